#include "models/eventstart.h"

#include <QTest>

#include <algorithm>

using gig::EventStart;

namespace {
constexpr int hour = 3600;
}

class TestEventStart : public QObject
{
    Q_OBJECT

private slots:
    void utcNeedsTimeAndOffset();
    void ordersAcrossOffsets_data();
    void ordersAcrossOffsets();
    void sortsAListByInstant();
    void equalityIsExact();
};

void TestEventStart::utcNeedsTimeAndOffset()
{
    const QDate date(2012, 4, 18);
    const EventStart full(date, QTime(20, 0), -8 * hour);
    QVERIFY(full.utc().has_value());
    QCOMPARE(*full.utc(), QDateTime(QDate(2012, 4, 19), QTime(4, 0), Qt::UTC));

    QVERIFY(!EventStart(date, QTime(20, 0)).utc().has_value());
    QVERIFY(!EventStart(date, std::nullopt, 2 * hour).utc().has_value());
    QVERIFY(!EventStart(date).utc().has_value());
    QVERIFY(!EventStart().isValid());
}

void TestEventStart::ordersAcrossOffsets_data()
{
    QTest::addColumn<EventStart>("earlier");
    QTest::addColumn<EventStart>("later");

    const QDate day(2026, 12, 5);
    // 20:00 in Berlin (UTC+1) is 19:00 UTC; 15:00 in New York (UTC-5) is 20:00 UTC.
    QTest::newRow("offsets reverse local order")
        << EventStart(day, QTime(20, 0), 1 * hour) << EventStart(day, QTime(15, 0), -5 * hour);
    QTest::newRow("same local time, east is earlier")
        << EventStart(day, QTime(20, 0), 9 * hour) << EventStart(day, QTime(20, 0), 0);
    QTest::newRow("crosses midnight")
        << EventStart(day, QTime(23, 30), 0) << EventStart(day, QTime(23, 0), -1 * hour);
    QTest::newRow("untimed leads its day")
        << EventStart(day) << EventStart(day, QTime(0, 0), 0);
    QTest::newRow("untimed after previous day's gigs")
        << EventStart(day.addDays(-1), QTime(22, 0), 0) << EventStart(day);
    QTest::newRow("no offset reads local as UTC")
        << EventStart(day, QTime(19, 0)) << EventStart(day, QTime(19, 30), 0);
    QTest::newRow("dates") << EventStart(day) << EventStart(day.addDays(1));
    QTest::newRow("invalid first") << EventStart() << EventStart(QDate(1900, 1, 1));
}

void TestEventStart::ordersAcrossOffsets()
{
    QFETCH(EventStart, earlier);
    QFETCH(EventStart, later);

    QVERIFY(earlier < later);
    QVERIFY(later > earlier);
    QVERIFY(earlier != later);
}

void TestEventStart::sortsAListByInstant()
{
    const QDate day(2026, 12, 5);
    QList<EventStart> starts = {
        EventStart(day, QTime(21, 0), -8 * hour), // 05:00 UTC next day
        EventStart(day.addDays(1)), // next day, untimed: 00:00
        EventStart(day, QTime(20, 0), 1 * hour), // 19:00 UTC
        EventStart(day, QTime(18, 0), 0), // 18:00 UTC
    };
    std::sort(starts.begin(), starts.end());
    QCOMPARE(starts.at(0).localTime(), QTime(18, 0));
    QCOMPARE(starts.at(1).localTime(), QTime(20, 0));
    QCOMPARE(starts.at(2).localDate(), day.addDays(1));
    QCOMPARE(starts.at(3).localTime(), QTime(21, 0));
}

void TestEventStart::equalityIsExact()
{
    const QDate day(2026, 12, 5);
    // The same instant written in two zones is two different starts, ordered but not equal.
    const EventStart berlin(day, QTime(20, 0), 1 * hour);
    const EventStart london(day, QTime(19, 0), 0);
    QCOMPARE(berlin.sortKey(), london.sortKey());
    QVERIFY(berlin != london);
    QVERIFY((berlin <=> london) != 0);
    QCOMPARE(berlin, EventStart(day, QTime(20, 0), 1 * hour));
}

QTEST_GUILESS_MAIN(TestEventStart)
#include "tst_eventstart.moc"
