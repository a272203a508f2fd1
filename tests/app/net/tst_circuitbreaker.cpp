#include "app/net/circuitbreaker.h"

#include <QTest>

using gig::CircuitBreaker;
using State = CircuitBreaker::State;
using Time = CircuitBreaker::Time;

class TestCircuitBreaker : public QObject
{
    Q_OBJECT

private slots:
    void opensAfterThresholdConsecutiveFailures_data();
    void opensAfterThresholdConsecutiveFailures();
    void successResetsTheCount();
    void halfOpenProbeClosesOrReopens();
    void disabledNeverOpens();
};

void TestCircuitBreaker::opensAfterThresholdConsecutiveFailures_data()
{
    QTest::addColumn<int>("threshold");
    QTest::addRow("1") << 1;
    QTest::addRow("3") << 3;
    QTest::addRow("5") << 5;
}

void TestCircuitBreaker::opensAfterThresholdConsecutiveFailures()
{
    QFETCH(int, threshold);
    CircuitBreaker breaker;
    breaker.configure(threshold, Time(10'000));
    for (int i = 1; i < threshold; ++i) {
        QVERIFY(!breaker.recordFailure(Time(i)));
        QCOMPARE(breaker.state(Time(i)), State::Closed);
    }
    QVERIFY(breaker.recordFailure(Time(threshold)));
    QCOMPARE(breaker.state(Time(threshold)), State::Open);
    QCOMPARE(breaker.openUntil(), Time(threshold + 10'000));
}

void TestCircuitBreaker::successResetsTheCount()
{
    CircuitBreaker breaker;
    breaker.configure(3, Time(10'000));
    breaker.recordFailure(Time(1));
    breaker.recordFailure(Time(2));
    breaker.recordSuccess();
    QVERIFY(!breaker.recordFailure(Time(3)));
    QVERIFY(!breaker.recordFailure(Time(4)));
    QCOMPARE(breaker.state(Time(4)), State::Closed);
}

void TestCircuitBreaker::halfOpenProbeClosesOrReopens()
{
    CircuitBreaker breaker;
    breaker.configure(1, Time(100));
    QVERIFY(breaker.recordFailure(Time(0)));
    QCOMPARE(breaker.state(Time(99)), State::Open);
    QVERIFY(!breaker.recordFailure(Time(50))); // a straggler does not extend the cool-down
    QCOMPARE(breaker.state(Time(100)), State::HalfOpen);
    QVERIFY(breaker.recordFailure(Time(120))); // the probe failed: open again
    QCOMPARE(breaker.state(Time(200)), State::Open);
    QCOMPARE(breaker.state(Time(220)), State::HalfOpen);
    breaker.recordSuccess();
    QCOMPARE(breaker.state(Time(220)), State::Closed);
}

void TestCircuitBreaker::disabledNeverOpens()
{
    CircuitBreaker breaker;
    breaker.configure(0, Time(100));
    for (int i = 0; i < 100; ++i)
        QVERIFY(!breaker.recordFailure(Time(i)));
    QCOMPARE(breaker.state(Time(100)), State::Closed);
}

QTEST_GUILESS_MAIN(TestCircuitBreaker)
#include "tst_circuitbreaker.moc"
