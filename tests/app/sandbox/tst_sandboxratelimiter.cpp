#include "app/sandbox/sandboxratelimiter.h"

#include <QStandardPaths>
#include <QTest>

using gig::SandboxRateLimiter;
using namespace std::chrono_literals;

class TestSandboxRateLimiter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void acceptsExactlyTheLimitInAWindow_data();
    void acceptsExactlyTheLimitInAWindow();
    void refusedRequestsAreNotCounted();
    void waitSaysWhenTheNextIsAccepted();
};

void TestSandboxRateLimiter::acceptsExactlyTheLimitInAWindow_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("windowMs");
    QTest::newRow("musicbrainz 1/s") << 1 << 1000;
    QTest::newRow("ticketmaster 5/s") << 5 << 1000;
    QTest::newRow("burst 20/100ms") << 20 << 100;
}

void TestSandboxRateLimiter::acceptsExactlyTheLimitInAWindow()
{
    QFETCH(int, limit);
    QFETCH(int, windowMs);
    SandboxRateLimiter limiter(limit, std::chrono::milliseconds(windowMs));
    const auto start = std::chrono::steady_clock::time_point(100s);
    for (int i = 0; i < limit; ++i)
        QVERIFY(limiter.tryAcquire(start));
    QVERIFY(!limiter.tryAcquire(start));
    QVERIFY(!limiter.tryAcquire(start + std::chrono::milliseconds(windowMs - 1)));
    QVERIFY(limiter.tryAcquire(start + std::chrono::milliseconds(windowMs)));
}

void TestSandboxRateLimiter::refusedRequestsAreNotCounted()
{
    SandboxRateLimiter limiter(1, 1s);
    const auto start = std::chrono::steady_clock::time_point(10s);
    QVERIFY(limiter.tryAcquire(start));
    QVERIFY(!limiter.tryAcquire(start + 500ms));
    QVERIFY(!limiter.tryAcquire(start + 900ms));
    QCOMPARE(limiter.used(start + 900ms), 1);
    QVERIFY(limiter.tryAcquire(start + 1000ms)); // only the accepted one blocked
}

void TestSandboxRateLimiter::waitSaysWhenTheNextIsAccepted()
{
    SandboxRateLimiter limiter(2, 1s);
    const auto start = std::chrono::steady_clock::time_point(10s);
    QCOMPARE(limiter.waitFrom(start), 0ms);
    QVERIFY(limiter.tryAcquire(start));
    QVERIFY(limiter.tryAcquire(start + 300ms));
    QCOMPARE(limiter.waitFrom(start + 400ms), 600ms);
    QCOMPARE(limiter.waitFrom(start + 1000ms), 0ms);
    QCOMPARE(limiter.untilOldestLeaves(start + 400ms), 600ms);
    QCOMPARE(limiter.untilOldestLeaves(start + 1000ms),
        300ms); // the first has left, the second leaves next
    QCOMPARE(limiter.untilOldestLeaves(start + 2000ms), 0ms);
}

QTEST_GUILESS_MAIN(TestSandboxRateLimiter)
#include "tst_sandboxratelimiter.moc"
