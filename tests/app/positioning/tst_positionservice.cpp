#include "app/positioning/positionservice.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using gig::PositionService;

class TestPositionService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void nmeaLogGivesItsPosition();
    void missingFileFailsWithReason();
    void logWithoutFixTimesOut();
    void requestNeverAnswersInsideTheCall();
    void defaultSourceAnswersWithinItsTimeout();
};

void TestPositionService::nmeaLogGivesItsPosition()
{
    PositionService service(QFINDTESTDATA("../../data/positioning/berlin.nmea"));
    QVERIFY(service.isAvailable());
    QVERIFY(service.unavailableReason().isEmpty());
    QSignalSpy found(&service, &PositionService::positionFound);
    QSignalSpy failed(&service, &PositionService::positionFailed);
    service.requestPosition();
    QVERIFY(service.isRequesting());
    QVERIFY(found.count() == 1 || found.wait(5000));
    QCOMPARE(failed.count(), 0);
    const auto coordinate = found.constFirst().constFirst().value<QGeoCoordinate>();
    // 52°31.314' N 13°24.792' E: Alexanderplatz.
    QCOMPARE(qRound(coordinate.latitude() * 1e4), 525219);
    QCOMPARE(qRound(coordinate.longitude() * 1e4), 134132);
    QVERIFY(!service.isRequesting());
}

void TestPositionService::missingFileFailsWithReason()
{
    PositionService service(u"/nonexistent/trip.nmea"_s);
    QVERIFY(!service.isAvailable());
    QVERIFY(service.unavailableReason().contains(u"trip.nmea"_s));
    QSignalSpy found(&service, &PositionService::positionFound);
    QSignalSpy failed(&service, &PositionService::positionFailed);
    service.requestPosition();
    QVERIFY(failed.count() == 1 || failed.wait(1000));
    QCOMPARE(failed.constFirst().constFirst().toString(), service.unavailableReason());
    QCOMPARE(found.count(), 0);
}

void TestPositionService::logWithoutFixTimesOut()
{
    // Sentences with a void fix ('V', quality 0): the log plays, but no position comes of it.
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write("$GPRMC,120000.00,V,,,,,,,261126,,,N*7E\r\n"
               "$GPGGA,120000.00,,,,,0,00,99.99,,,,,,*65\r\n");
    file.flush();
    PositionService service(file.fileName());
    service.setTimeout(300ms);
    QSignalSpy found(&service, &PositionService::positionFound);
    QSignalSpy failed(&service, &PositionService::positionFailed);
    service.requestPosition();
    QVERIFY(failed.count() == 1 || failed.wait(3000));
    QCOMPARE(found.count(), 0);
    QVERIFY2(failed.constFirst().constFirst().toString().startsWith(u"No position available"_s),
        qPrintable(failed.constFirst().constFirst().toString()));
    // It can be asked again.
    service.requestPosition();
    QVERIFY(failed.wait(3000));
    QCOMPARE(failed.count(), 2);
}

void TestPositionService::requestNeverAnswersInsideTheCall()
{
    PositionService service(u"/nonexistent/trip.nmea"_s);
    QSignalSpy failed(&service, &PositionService::positionFailed);
    service.requestPosition();
    service.requestPosition(); // joins the running request
    QCOMPARE(failed.count(), 0);
    QVERIFY(failed.wait(1000));
    QTest::qWait(50);
    QCOMPARE(failed.count(), 1);
}

void TestPositionService::defaultSourceAnswersWithinItsTimeout()
{
    // Whatever this system has (geoclue2 without a daemon, nothing at all, or a real fix), the
    // request answers once and does not block the event loop past its timeout.
    PositionService service;
    service.setTimeout(500ms);
    QSignalSpy found(&service, &PositionService::positionFound);
    QSignalSpy failed(&service, &PositionService::positionFailed);
    QElapsedTimer clock;
    clock.start();
    service.requestPosition();
    QVERIFY(clock.elapsed() < 400); // the call itself returns at once
    QTRY_COMPARE_WITH_TIMEOUT(found.count() + failed.count(), 1, 5000);
    if (!service.isAvailable())
        QCOMPARE(failed.constFirst().constFirst().toString(), service.unavailableReason());
    else if (failed.count() == 1)
        QVERIFY(!failed.constFirst().constFirst().toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestPositionService)
#include "tst_positionservice.moc"
