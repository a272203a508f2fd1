#include "app/net/tokenbucket.h"

#include <QTest>

using gig::TokenBucket;
using Time = TokenBucket::Time;
using namespace std::chrono_literals;

class TestTokenBucket : public QObject
{
    Q_OBJECT

private slots:
    void takesUpToBurstAtOnce_data();
    void takesUpToBurstAtOnce();
    void waitsOneIntervalPerToken_data();
    void waitsOneIntervalPerToken();
    void refillNeverExceedsBurst();
    void unlimitedNeverWaits();
    void loweringBurstClipsTokens();
};

void TestTokenBucket::takesUpToBurstAtOnce_data()
{
    QTest::addColumn<double>("rate");
    QTest::addColumn<int>("burst");
    QTest::addRow("1/s burst 1") << 1.0 << 1;
    QTest::addRow("2/s burst 1") << 2.0 << 1;
    QTest::addRow("4/s burst 3") << 4.0 << 3;
    QTest::addRow("0.5/s burst 5") << 0.5 << 5;
    QTest::addRow("burst 0 means 1") << 1.0 << 0;
}

void TestTokenBucket::takesUpToBurstAtOnce()
{
    QFETCH(double, rate);
    QFETCH(int, burst);
    TokenBucket bucket(rate, burst, Time(0));
    const int expected = std::max(1, burst);
    for (int i = 0; i < expected; ++i)
        QVERIFY2(bucket.tryTake(Time(0)), qPrintable(QString::number(i)));
    QVERIFY(!bucket.tryTake(Time(0)));
    QVERIFY(bucket.timeUntilAvailable(Time(0)) > Time(0));
}

void TestTokenBucket::waitsOneIntervalPerToken_data()
{
    QTest::addColumn<double>("rate");
    QTest::addColumn<qint64>("intervalUs");
    QTest::addRow("1/s") << 1.0 << qint64(1'000'000);
    QTest::addRow("2/s") << 2.0 << qint64(500'000);
    QTest::addRow("4/s") << 4.0 << qint64(250'000);
    QTest::addRow("3/s rounds up") << 3.0 << qint64(333'334);
    QTest::addRow("0.25/s") << 0.25 << qint64(4'000'000);
}

void TestTokenBucket::waitsOneIntervalPerToken()
{
    QFETCH(double, rate);
    QFETCH(qint64, intervalUs);
    TokenBucket bucket(rate, 1, Time(0));
    QVERIFY(bucket.tryTake(Time(0)));
    QCOMPARE(bucket.timeUntilAvailable(Time(0)).count(), intervalUs);
    QCOMPARE(bucket.timeUntilAvailable(Time(intervalUs / 2)).count(), intervalUs - intervalUs / 2);
    QVERIFY(!bucket.tryTake(Time(intervalUs - 2)));
    QVERIFY(bucket.tryTake(Time(intervalUs)));
    // Ten sends in a row never come closer than one interval.
    Time now(intervalUs);
    for (int i = 0; i < 10; ++i) {
        const Time wait = bucket.timeUntilAvailable(now);
        QVERIFY(wait.count() >= intervalUs - 1);
        now += wait;
        QVERIFY(bucket.tryTake(now));
    }
}

void TestTokenBucket::refillNeverExceedsBurst()
{
    TokenBucket bucket(10.0, 2, Time(0));
    QVERIFY(bucket.tryTake(Time(0)));
    QVERIFY(bucket.tryTake(Time(0)));
    QCOMPARE(bucket.tokens(Time(3'600'000'000)), 2.0);
    QVERIFY(bucket.tryTake(Time(3'600'000'000)));
    QVERIFY(bucket.tryTake(Time(3'600'000'000)));
    QVERIFY(!bucket.tryTake(Time(3'600'000'000)));
}

void TestTokenBucket::unlimitedNeverWaits()
{
    TokenBucket bucket(0.0, 1, Time(0));
    QVERIFY(bucket.isUnlimited());
    for (int i = 0; i < 1000; ++i)
        QVERIFY(bucket.tryTake(Time(0)));
    QCOMPARE(bucket.timeUntilAvailable(Time(0)), Time(0));
}

void TestTokenBucket::loweringBurstClipsTokens()
{
    TokenBucket bucket(1.0, 5, Time(0));
    bucket.configure(1.0, 1, Time(0));
    QVERIFY(bucket.tryTake(Time(0)));
    QVERIFY(!bucket.tryTake(Time(0)));
}

QTEST_GUILESS_MAIN(TestTokenBucket)
#include "tst_tokenbucket.moc"
