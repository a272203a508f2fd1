#include "app/net/retryafter.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestRetryAfter : public QObject
{
    Q_OBJECT

private slots:
    void parsesDelay_data();
    void parsesDelay();
    void parsesHttpDateForms_data();
    void parsesHttpDateForms();
};

namespace {
const QDateTime now(QDate(2026, 11, 26), QTime(22, 0, 0), Qt::UTC);
}

void TestRetryAfter::parsesDelay_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("expectedMs");
    QTest::addRow("seconds") << "120"_ba << true << qint64(120000);
    QTest::addRow("zero seconds") << "0"_ba << true << qint64(0);
    QTest::addRow("seconds with spaces") << "  7 "_ba << true << qint64(7000);
    QTest::addRow("IMF date ahead") << "Thu, 26 Nov 2026 22:00:30 GMT"_ba << true << qint64(30000);
    QTest::addRow("RFC 850 date ahead")
        << "Thursday, 26-Nov-26 22:01:00 GMT"_ba << true << qint64(60000);
    QTest::addRow("asctime date ahead") << "Thu Nov 26 22:00:05 2026"_ba << true << qint64(5000);
    QTest::addRow("date in the past is now")
        << "Sun, 06 Nov 1994 08:49:37 GMT"_ba << true << qint64(0);
    QTest::addRow("empty") << ""_ba << false << qint64(0);
    QTest::addRow("garbage") << "soon, please"_ba << false << qint64(0);
    QTest::addRow("negative") << "-5"_ba << false << qint64(0);
    QTest::addRow("fraction") << "1.5"_ba << false << qint64(0);
    QTest::addRow("absurdly many digits") << "99999999999999999999"_ba << false << qint64(0);
    QTest::addRow("date with bad month")
        << "Thu, 26 Foo 2026 22:00:30 GMT"_ba << false << qint64(0);
    QTest::addRow("date with bad day") << "Thu, 31 Nov 2026 22:00:30 GMT"_ba << false << qint64(0);
    QTest::addRow("date not in GMT") << "Thu, 26 Nov 2026 22:00:30 CET"_ba << false << qint64(0);
    QTest::addRow("date with bad time") << "Thu, 26 Nov 2026 25:00:30 GMT"_ba << false << qint64(0);
}

void TestRetryAfter::parsesDelay()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, valid);
    QFETCH(qint64, expectedMs);
    const auto delay = gig::parseRetryAfter(value, now);
    QCOMPARE(delay.has_value(), valid);
    if (valid)
        QCOMPARE(delay->count(), expectedMs);
}

void TestRetryAfter::parsesHttpDateForms_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addRow("IMF-fixdate") << "Sun, 06 Nov 1994 08:49:37 GMT"_ba;
    QTest::addRow("RFC 850") << "Sunday, 06-Nov-94 08:49:37 GMT"_ba;
    QTest::addRow("asctime") << "Sun Nov  6 08:49:37 1994"_ba;
}

void TestRetryAfter::parsesHttpDateForms()
{
    QFETCH(QByteArray, text);
    const auto date = gig::parseHttpDate(text);
    QVERIFY(date);
    QCOMPARE(*date, QDateTime(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC));
}

QTEST_GUILESS_MAIN(TestRetryAfter)
#include "tst_retryafter.moc"
