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
    void offsetBetweenLocalAndUtc();
    void ordersAcrossOffsets_data();
    void ordersAcrossOffsets();
    void sortsAListAsAPersonReadsIt();
    void localDateTimeIsWhatAPersonReads();
    void farDatesDoNotOverflow();
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
    // A person reads the venue's local date and time; the offset only breaks ties.
    QTest::newRow("local time, whatever the offsets") // 19:00 UTC and 20:00 UTC reversed
        << EventStart(day, QTime(15, 0), -5 * hour) << EventStart(day, QTime(20, 0), 1 * hour);
    QTest::newRow("local date beats the instant") // 05:00 UTC next day vs 16:00 UTC today
        << EventStart(day, QTime(23, 0), -6 * hour)
        << EventStart(day.addDays(1), QTime(1, 0), 9 * hour);
    QTest::newRow("same local time, east is earlier")
        << EventStart(day, QTime(20, 0), 9 * hour) << EventStart(day, QTime(20, 0), 0);
    QTest::newRow("untimed after the day's timed gigs")
        << EventStart(day, QTime(23, 59), -6 * hour) << EventStart(day);
    QTest::newRow("untimed after midnight's gig of its day")
        << EventStart(day, QTime(0, 0), 0) << EventStart(day);
    QTest::newRow("untimed before the next day's gigs")
        << EventStart(day) << EventStart(day.addDays(1), QTime(0, 0), 14 * hour);
    QTest::newRow("no offset before an offset at one local time")
        << EventStart(day, QTime(19, 0)) << EventStart(day, QTime(19, 0), 0);
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
    QVERIFY(earlier.sortKey() <= later.sortKey());
}

void TestEventStart::sortsAListAsAPersonReadsIt()
{
    // Songkick gives many gigs a date and no time; beside gigs timed in UTC-6 they must not sort
    // as midnight UTC (which put them before the evening before).
    const QDate july29(2027, 7, 29);
    QList<EventStart> starts = {
        EventStart(july29), // no time
        EventStart(july29, QTime(20, 0), -6 * hour), // 02:00 UTC on 30 July
        EventStart(july29.addDays(-1), QTime(21, 0), -6 * hour), // 03:00 UTC on 29 July
        EventStart(july29, QTime(19, 0), -6 * hour),
        EventStart(july29.addDays(1)), // no time
    };
    std::sort(starts.begin(), starts.end());
    QCOMPARE(starts.at(0).localDate(), july29.addDays(-1));
    QCOMPARE(starts.at(1).localTime(), QTime(19, 0));
    QCOMPARE(starts.at(2).localTime(), QTime(20, 0));
    QCOMPARE(starts.at(3), EventStart(july29));
    QCOMPARE(starts.at(4), EventStart(july29.addDays(1)));
}

void TestEventStart::localDateTimeIsWhatAPersonReads()
{
    const QDate day(2027, 7, 29);
    QCOMPARE(EventStart(day, QTime(20, 0), -6 * hour).localDateTime(),
        QDateTime(day, QTime(20, 0), Qt::UTC));
    QCOMPARE(EventStart(day).localDateTime(), QDateTime(day, QTime(0, 0), Qt::UTC));
    QVERIFY(!EventStart().localDateTime().isValid());
}

void TestEventStart::farDatesDoNotOverflow()
{
    const EventStart far(QDate(5000000, 1, 1));
    const EventStart farther(QDate(5000001, 1, 1));
    QVERIFY(EventStart(QDate(2027, 1, 1)) < far);
    QVERIFY(far.sortKey() <= farther.sortKey());
}

void TestEventStart::equalityIsExact()
{
    const QDate day(2026, 12, 5);
    // One local time in two zones is two different starts, ordered but not equal.
    const EventStart berlin(day, QTime(20, 0), 1 * hour);
    const EventStart london(day, QTime(20, 0), 0);
    QCOMPARE(berlin.sortKey(), london.sortKey());
    QVERIFY(berlin != london);
    QVERIFY(berlin < london);
    QCOMPARE(berlin, EventStart(day, QTime(20, 0), 1 * hour));
}

void TestEventStart::offsetBetweenLocalAndUtc()
{
    const QDate day(2026, 12, 5);
    // Berlin in winter: 20:00 local is 19:00 UTC.
    QCOMPARE(EventStart::offsetBetween(day, QTime(20, 0), day, QTime(19, 0)), 3600);
    // Across midnight: 20:00 on the 5th in UTC-7 is 03:00 on the 6th in UTC.
    QCOMPARE(EventStart::offsetBetween(day, QTime(20, 0), day.addDays(1), QTime(3, 0)), -7 * 3600);
    // ±18 h is the widest offset; a second more is a wrong time.
    QCOMPARE(EventStart::offsetBetween(day.addDays(1), QTime(6, 0), day, QTime(12, 0)), 18 * 3600);
    QCOMPARE(
        EventStart::offsetBetween(day.addDays(1), QTime(6, 0, 1), day, QTime(12, 0)), std::nullopt);
}

QTEST_GUILESS_MAIN(TestEventStart)
#include "tst_eventstart.moc"
