#include "app/sandbox/demosandbox.h"
#include "app/sandbox/sandboxserver.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TestDemoSandbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void servesFromItsOwnThreadOnLoopback();
    void slowAnswersLeaveTheCallerThreadFree();
    void stopClosesThePort();
};

void TestDemoSandbox::servesFromItsOwnThreadOnLoopback()
{
    gig::DemoSandbox sandbox;
    QSignalSpy started(&sandbox, &gig::DemoSandbox::started);
    QVERIFY(sandbox.start(5));
    QCOMPARE(started.count(), 1);
    QVERIFY(sandbox.isRunning());
    QVERIFY(sandbox.server()->thread() != QThread::currentThread());
    QCOMPARE(sandbox.baseUrl().host(), u"127.0.0.1"_s);
    QVERIFY(sandbox.baseUrl().port() > 0);
    QCOMPARE(sandbox.serviceRoot(gig::SandboxService::Nominatim).path(), u"/nominatim"_s);
    QCOMPARE(sandbox.server()->seed(), 5u);

    // The log signal crosses threads: it arrives queued in this thread.
    QList<int> statuses;
    connect(sandbox.server(), &gig::SandboxServer::requestLogged, this,
        [&statuses](gig::SandboxService service, int status) {
            if (service == gig::SandboxService::Nominatim)
                statuses.append(status);
        });
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(
        QNetworkRequest(QUrl(sandbox.serviceRoot(gig::SandboxService::Nominatim).toString()
            + u"/search?q=Lagos&format=jsonv2"_s)));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(reply->isFinished() || finished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY(reply->readAll().contains("Lagos"));
    QCOMPARE(sandbox.server()->requestCount(gig::SandboxService::Nominatim), 1);
    QTRY_COMPARE(statuses, QList<int> { 200 });
    reply->deleteLater();
}

void TestDemoSandbox::slowAnswersLeaveTheCallerThreadFree()
{
    gig::DemoSandbox sandbox;
    QVERIFY(sandbox.start());
    gig::SandboxFault fault;
    fault.kind = gig::SandboxFault::Kind::Latency;
    fault.latency = 300ms;
    sandbox.server()->setFault(gig::SandboxService::Tiles, fault); // thread-safe setter

    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start(20ms);
    QNetworkAccessManager network;
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply
        = network.get(QNetworkRequest(QUrl(sandbox.baseUrl().toString() + u"/tiles/1/1/1.png"_s)));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(reply->isFinished() || finished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY(timer.elapsed() >= 300);
    QVERIFY2(ticks >= 3, "the caller's event loop kept running during the delay");
    reply->deleteLater();
}

void TestDemoSandbox::stopClosesThePort()
{
    gig::DemoSandbox sandbox;
    QVERIFY(sandbox.start());
    const quint16 port = quint16(sandbox.baseUrl().port());
    sandbox.stop();
    QVERIFY(!sandbox.isRunning());
    QVERIFY(sandbox.baseUrl().isEmpty());
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(!socket.waitForConnected(2000));
}

QTEST_GUILESS_MAIN(TestDemoSandbox)
#include "tst_demosandbox.moc"
