#include "app/net/backoff.h"

#include <QTest>

using namespace std::chrono_literals;
using std::chrono::milliseconds;

class TestBackoff : public QObject
{
    Q_OBJECT

private slots:
    void ceilingDoublesUpToCap_data();
    void ceilingDoublesUpToCap();
    void jitterSpansZeroToCeiling_data();
    void jitterSpansZeroToCeiling();
    void randomDelaysStayInBoundsAndSpread();
};

void TestBackoff::ceilingDoublesUpToCap_data()
{
    QTest::addColumn<int>("retry");
    QTest::addColumn<qint64>("baseMs");
    QTest::addColumn<qint64>("capMs");
    QTest::addColumn<qint64>("expectedMs");
    QTest::addRow("first retry is base") << 0 << qint64(1000) << qint64(300000) << qint64(1000);
    QTest::addRow("second doubles") << 1 << qint64(1000) << qint64(300000) << qint64(2000);
    QTest::addRow("fifth") << 4 << qint64(1000) << qint64(300000) << qint64(16000);
    QTest::addRow("capped") << 9 << qint64(1000) << qint64(300000) << qint64(300000);
    QTest::addRow("huge retry stays capped")
        << 5000 << qint64(1000) << qint64(300000) << qint64(300000);
    QTest::addRow("negative retry is first") << -3 << qint64(250) << qint64(1000) << qint64(250);
    QTest::addRow("cap below base") << 0 << qint64(1000) << qint64(10) << qint64(10);
}

void TestBackoff::ceilingDoublesUpToCap()
{
    QFETCH(int, retry);
    QFETCH(qint64, baseMs);
    QFETCH(qint64, capMs);
    QFETCH(qint64, expectedMs);
    QCOMPARE(
        gig::backoffCeiling(retry, milliseconds(baseMs), milliseconds(capMs)).count(), expectedMs);
}

void TestBackoff::jitterSpansZeroToCeiling_data()
{
    QTest::addColumn<int>("retry");
    QTest::addColumn<double>("unit");
    QTest::addColumn<qint64>("expectedMs");
    QTest::addRow("zero unit") << 2 << 0.0 << qint64(0);
    QTest::addRow("half of 4 s") << 2 << 0.5 << qint64(2000);
    QTest::addRow("full unit is ceiling") << 2 << 1.0 << qint64(4000);
    QTest::addRow("unit above 1 clamps") << 2 << 7.0 << qint64(4000);
    QTest::addRow("negative unit clamps") << 2 << -1.0 << qint64(0);
    QTest::addRow("NaN unit is zero") << 2 << std::nan("") << qint64(0);
}

void TestBackoff::jitterSpansZeroToCeiling()
{
    QFETCH(int, retry);
    QFETCH(double, unit);
    QFETCH(qint64, expectedMs);
    QCOMPARE(gig::backoffDelay(retry, 1000ms, 300000ms, unit).count(), expectedMs);
}

void TestBackoff::randomDelaysStayInBoundsAndSpread()
{
    for (int retry = 0; retry < 12; ++retry) {
        const auto ceiling = gig::backoffCeiling(retry, 1000ms, 300000ms);
        milliseconds low = ceiling;
        milliseconds high = 0ms;
        for (int i = 0; i < 400; ++i) {
            const auto delay = gig::randomBackoff(retry, 1000ms, 300000ms);
            QVERIFY(delay >= 0ms);
            QVERIFY(delay <= ceiling);
            low = std::min(low, delay);
            high = std::max(high, delay);
        }
        // Full jitter: the draws cover the range, not a narrow band near the ceiling.
        QVERIFY2(low < ceiling / 4, qPrintable(QString::number(retry)));
        QVERIFY2(high > ceiling * 3 / 4, qPrintable(QString::number(retry)));
    }
}

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
