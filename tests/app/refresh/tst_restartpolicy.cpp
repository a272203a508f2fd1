#include "app/refresh/restartpolicy.h"

#include <QTest>

using namespace std::chrono_literals;
using gig::RestartPolicy;

class TestRestartPolicy : public QObject
{
    Q_OBJECT

private slots:
    void boundDoublesUpToTheCap_data();
    void boundDoublesUpToTheCap();
    void delayIsFullJitterWithinBound();
    void moreThanFiveFailuresInTenMinutesParks();
    void failuresSpreadOutNeverPark();
    void successAndRetryNowStartAfresh();
};

void TestRestartPolicy::boundDoublesUpToTheCap_data()
{
    QTest::addColumn<int>("failure");
    QTest::addColumn<qint64>("boundMs");
    QTest::newRow("first") << 1 << qint64(30'000);
    QTest::newRow("second") << 2 << qint64(60'000);
    QTest::newRow("third") << 3 << qint64(120'000);
    QTest::newRow("sixth") << 6 << qint64(960'000);
    QTest::newRow("seventh hits the cap") << 7 << qint64(1'800'000);
    QTest::newRow("hundredth stays at the cap") << 100 << qint64(1'800'000);
}

void TestRestartPolicy::boundDoublesUpToTheCap()
{
    QFETCH(int, failure);
    QFETCH(qint64, boundMs);
    QCOMPARE(RestartPolicy().backoffBound(failure).count(), boundMs);
}

void TestRestartPolicy::delayIsFullJitterWithinBound()
{
    QList<double> draws = { 0.0, 0.5, 0.999 };
    RestartPolicy policy({}, [&] { return draws.takeFirst(); });
    auto now = RestartPolicy::TimePoint();
    QCOMPARE(policy.recordFailure(now).delay, 0ms); // full jitter may retry at once
    now += 1min;
    QCOMPARE(policy.recordFailure(now).delay, 30s); // half of 60 s
    now += 1min;
    const auto third = policy.recordFailure(now);
    QVERIFY(third.delay < 120s && third.delay >= 119s);
    QVERIFY(!third.parked);
    QCOMPARE(policy.consecutiveFailures(), 3);
}

void TestRestartPolicy::moreThanFiveFailuresInTenMinutesParks()
{
    RestartPolicy policy({}, [] { return 0.5; });
    auto now = RestartPolicy::TimePoint();
    for (int i = 0; i < 5; ++i) {
        QVERIFY(!policy.recordFailure(now).parked);
        now += 1min;
    }
    const auto sixth = policy.recordFailure(now);
    QVERIFY(sixth.parked);
    QCOMPARE(sixth.delay, std::chrono::milliseconds(30min));
    QVERIFY(policy.isParked(now + 29min));
    QVERIFY(!policy.isParked(now + 30min)); // the cap ends the parking
}

void TestRestartPolicy::failuresSpreadOutNeverPark()
{
    RestartPolicy policy({}, [] { return 0.5; });
    auto now = RestartPolicy::TimePoint();
    for (int i = 0; i < 20; ++i) {
        QVERIFY(!policy.recordFailure(now).parked);
        now += 3min; // at most four in any ten minutes
    }
}

void TestRestartPolicy::successAndRetryNowStartAfresh()
{
    RestartPolicy policy({}, [] { return 0.999; });
    auto now = RestartPolicy::TimePoint();
    for (int i = 0; i < 6; ++i)
        policy.recordFailure(now);
    QVERIFY(policy.isParked(now));
    policy.reset();
    QVERIFY(!policy.isParked(now));
    QCOMPARE(policy.consecutiveFailures(), 0);
    QVERIFY(policy.recordFailure(now).delay < 30s); // back to the base bound

    policy.recordSuccess();
    QCOMPARE(policy.consecutiveFailures(), 0);
}

QTEST_GUILESS_MAIN(TestRestartPolicy)
#include "tst_restartpolicy.moc"
