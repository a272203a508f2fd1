#include "models/partialdate.h"

#include <QTest>

using namespace Qt::StringLiterals;
using gig::PartialDate;

class TestPartialDate : public QObject
{
    Q_OBJECT

private slots:
    void parsesValidDates_data();
    void parsesValidDates();
    void rejectsMalformedDates_data();
    void rejectsMalformedDates();
    void ordersByKeyThenPrecision_data();
    void ordersByKeyThenPrecision();
    void releasedByComparesEarliestDay_data();
    void releasedByComparesEarliestDay();
};

void TestPartialDate::parsesValidDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("precision");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");

    const int none = int(PartialDate::Precision::None);
    const int year = int(PartialDate::Precision::Year);
    const int month = int(PartialDate::Precision::Month);
    const int day = int(PartialDate::Precision::Day);
    QTest::newRow("empty") << u""_s << none << 0 << 0 << 0;
    QTest::newRow("year") << u"2015"_s << year << 2015 << 0 << 0;
    QTest::newRow("year 0001") << u"0001"_s << year << 1 << 0 << 0;
    QTest::newRow("year-month") << u"2015-01"_s << month << 2015 << 1 << 0;
    QTest::newRow("december") << u"1999-12"_s << month << 1999 << 12 << 0;
    QTest::newRow("full date") << u"2015-01-01"_s << day << 2015 << 1 << 1;
    QTest::newRow("leap day 2024") << u"2024-02-29"_s << day << 2024 << 2 << 29;
    QTest::newRow("leap day 2000") << u"2000-02-29"_s << day << 2000 << 2 << 29;
    QTest::newRow("last day of year") << u"2023-12-31"_s << day << 2023 << 12 << 31;
    QTest::newRow("april 30") << u"2023-04-30"_s << day << 2023 << 4 << 30;
}

void TestPartialDate::parsesValidDates()
{
    QFETCH(QString, text);
    QFETCH(int, precision);
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(int, day);

    QString error;
    const auto date = PartialDate::fromString(text, &error);
    QVERIFY2(date.has_value(), qPrintable(error));
    QCOMPARE(int(date->precision()), precision);
    QCOMPARE(date->year(), year);
    QCOMPARE(date->month(), month);
    QCOMPARE(date->day(), day);
    QCOMPARE(date->toString(), text); // round trip, exactly as MusicBrainz writes it
}

void TestPartialDate::rejectsMalformedDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reasonPart");

    QTest::newRow("unpadded month and day") << u"2015-1-1"_s << u"expected YYYY"_s;
    QTest::newRow("unpadded day") << u"2015-01-1"_s << u"expected YYYY"_s;
    QTest::newRow("month 13") << u"2015-13"_s << u"month 13 does not exist"_s;
    QTest::newRow("month 00") << u"2015-00"_s << u"month 0 does not exist"_s;
    QTest::newRow("month 13 with day") << u"2015-13-01"_s << u"month 13 does not exist"_s;
    QTest::newRow("feb 29 in non-leap year") << u"2015-02-29"_s << u"day does not exist"_s;
    QTest::newRow("feb 29 in 1900") << u"1900-02-29"_s << u"day does not exist"_s;
    QTest::newRow("april 31") << u"2023-04-31"_s << u"day does not exist"_s;
    QTest::newRow("day 00") << u"2023-04-00"_s << u"day does not exist"_s;
    QTest::newRow("year 0000") << u"0000"_s << u"no year 0"_s;
    QTest::newRow("three digit year") << u"201"_s << u"expected YYYY"_s;
    QTest::newRow("five digit year") << u"20150"_s << u"expected YYYY"_s;
    QTest::newRow("trailing dash") << u"2015-"_s << u"expected YYYY"_s;
    QTest::newRow("slashes") << u"2015/01/01"_s << u"expected '-'"_s;
    QTest::newRow("letters") << u"abcd"_s << u"four digits"_s;
    QTest::newRow("leading space") << u" 2015"_s << u"expected YYYY"_s;
    QTest::newRow("plus sign") << u"+201"_s << u"four digits"_s;
    QTest::newRow("time appended") << u"2015-01-01T00:00"_s << u"expected YYYY"_s;
    QTest::newRow("arabic-indic digits") << u"\u0662\u0660\u0661\u0665"_s << u"four digits"_s;
    QTest::newRow("letter month") << u"2015-ab"_s << u"two digits"_s;
}

void TestPartialDate::rejectsMalformedDates()
{
    QFETCH(QString, text);
    QFETCH(QString, reasonPart);

    QString error;
    QVERIFY(!PartialDate::fromString(text, &error).has_value());
    QVERIFY2(error.contains(reasonPart), qPrintable(error));
    QVERIFY2(error.contains(text), qPrintable(error)); // the message quotes the bad text
}

void TestPartialDate::ordersByKeyThenPrecision_data()
{
    QTest::addColumn<QString>("earlier");
    QTest::addColumn<QString>("later");

    QTest::newRow("year before year-month") << u"2015"_s << u"2015-01"_s;
    QTest::newRow("year-month before full date") << u"2015-01"_s << u"2015-01-01"_s;
    QTest::newRow("year before full date") << u"2015"_s << u"2015-01-01"_s;
    QTest::newRow("full date before next month") << u"2015-01-31"_s << u"2015-02"_s;
    QTest::newRow("december before next year") << u"2014-12-31"_s << u"2015"_s;
    QTest::newRow("year-only after earlier full date") << u"2014-06-01"_s << u"2015"_s;
    QTest::newRow("empty before any year") << u""_s << u"0001"_s;
    QTest::newRow("days") << u"2020-02-28"_s << u"2020-02-29"_s;
    QTest::newRow("centuries") << u"1999"_s << u"2000"_s;
}

void TestPartialDate::ordersByKeyThenPrecision()
{
    QFETCH(QString, earlier);
    QFETCH(QString, later);

    const PartialDate a = *PartialDate::fromString(earlier);
    const PartialDate b = *PartialDate::fromString(later);
    QVERIFY(a < b);
    QVERIFY(b > a);
    QVERIFY(a != b);
    QVERIFY(!(b < a));
    QCOMPARE(a <=> a, std::strong_ordering::equal);
}

void TestPartialDate::releasedByComparesEarliestDay_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<bool>("released");

    const QDate today(2026, 11, 26);
    QTest::newRow("empty is never released") << u""_s << today << false;
    QTest::newRow("this year") << u"2026"_s << today << true;
    QTest::newRow("next year") << u"2027"_s << today << false;
    QTest::newRow("this month") << u"2026-11"_s << today << true;
    QTest::newRow("next month") << u"2026-12"_s << today << false;
    QTest::newRow("today") << u"2026-11-26"_s << today << true;
    QTest::newRow("tomorrow") << u"2026-11-27"_s << today << false;
}

void TestPartialDate::releasedByComparesEarliestDay()
{
    QFETCH(QString, text);
    QFETCH(QDate, today);
    QFETCH(bool, released);

    QCOMPARE(PartialDate::fromString(text)->isReleasedBy(today), released);
}

QTEST_GUILESS_MAIN(TestPartialDate)
#include "tst_partialdate.moc"
