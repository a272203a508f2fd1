// A server that drops a connection after reading a request must see the request again only when
// the lane's own pacing sends it, never from Qt's HTTP layer resending it behind the queue's back.
#include "app/net/lanestatus.h"
#include "app/net/requestqueue.h"

#include <QFile>
#include <QHostAddress>
#include <QMutex>
#include <QSslKey>
#include <QSslServer>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <algorithm>
#include <sys/socket.h>

using namespace Qt::StringLiterals;
using gig::Clock;
using gig::NetworkResult;
using gig::QueuedReply;
using gig::RequestQueue;

namespace {

// The test certificate for 127.0.0.1; trusted as a CA by this process only.
QSslConfiguration serverTls()
{
    QFile certificateFile(QStringLiteral(GIGMAP_TLS_DATA_DIR "/selfsigned.crt"));
    QFile keyFile(QStringLiteral(GIGMAP_TLS_DATA_DIR "/selfsigned.key"));
    if (!certificateFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return {};
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(certificateFile.readAll(), QSsl::Pem));
    tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem));
    return tls;
}

// HTTP/1.1 (or https) on 127.0.0.1, on its own thread. Keeps connections alive, answers every
// request except the `dropAt`-th one (counted over all connections): that one it reads, stamps, and
// then closes the connection without a word (a FIN, or with `hardReset` an RST).
class DroppingServer
{
    Q_DISABLE_COPY_MOVE(DroppingServer)

public:
    struct Arrival
    {
        QByteArray target;
        int connection = 0; // 1 for the first connection the server accepted, and so on
        int indexOnConnection = 0; // 1 for the first request on that connection
        Clock::Time at { 0 };
        bool dropped = false;
    };

    DroppingServer(std::shared_ptr<Clock> clock, int dropAt, bool hardReset, bool tls)
        : m_clock(std::move(clock))
        , m_dropAt(dropAt)
        , m_hardReset(hardReset)
        , m_scheme(tls ? u"https"_s : u"http"_s)
    {
        if (tls) {
            auto server = std::make_unique<QSslServer>();
            server->setSslConfiguration(serverTls());
            m_server = std::move(server);
        } else {
            m_server = std::make_unique<QTcpServer>();
        }
        m_server->moveToThread(&m_thread);
        // Emitted once a connection is ready for HTTP (for https: after the handshake).
        QObject::connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, m_server.get(),
            [this] { accept(); });
        m_thread.start();
    }

    ~DroppingServer()
    {
        QMetaObject::invokeMethod(
            m_server.get(), [this] { m_server->close(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    bool start()
    {
        QMetaObject::invokeMethod(
            m_server.get(),
            [this] {
                return m_server->listen(QHostAddress::LocalHost) ? m_server->serverPort()
                                                                 : quint16(0);
            },
            Qt::BlockingQueuedConnection, &m_port);
        return m_port != 0;
    }

    QUrl url(const QString &path) const
    {
        return QUrl(u"%1://127.0.0.1:%2%3"_s.arg(m_scheme).arg(m_port).arg(path));
    }

    QList<Arrival> arrivals() const
    {
        QMutexLocker lock(&m_mutex);
        return m_arrivals;
    }

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            const int connection = ++m_connections;
            auto buffer = std::make_shared<QByteArray>();
            auto served = std::make_shared<int>(0);
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [=, this] {
                *buffer += socket->readAll();
                for (qsizetype end; (end = buffer->indexOf("\r\n\r\n")) >= 0;) {
                    const QByteArray head = buffer->left(end);
                    buffer->remove(0, end + 4);
                    if (!answer(socket, connection, ++*served, head))
                        return;
                }
            });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    // False when the connection was dropped.
    bool answer(QTcpSocket *socket, int connection, int indexOnConnection, const QByteArray &head)
    {
        Arrival arrival;
        arrival.target = head.left(head.indexOf('\r')).split(' ').value(1);
        arrival.connection = connection;
        arrival.indexOnConnection = indexOnConnection;
        arrival.at = m_clock->now();
        {
            QMutexLocker lock(&m_mutex);
            arrival.dropped = m_arrivals.size() + 1 == m_dropAt;
            m_arrivals.append(arrival);
        }
        if (arrival.dropped) {
            if (m_hardReset) {
                const linger resetOnClose { 1, 0 }; // close() sends an RST instead of a FIN
                setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &resetOnClose,
                    sizeof resetOnClose);
                socket->abort();
            } else {
                socket->disconnectFromHost();
            }
            return false;
        }
        const QByteArray body = "answer to " + arrival.target;
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        return true;
    }

    std::shared_ptr<Clock> m_clock;
    const int m_dropAt;
    const bool m_hardReset;
    const QString m_scheme;
    QThread m_thread;
    std::unique_ptr<QTcpServer> m_server; // a QSslServer for https
    quint16 m_port = 0;
    int m_connections = 0; // server thread only
    mutable QMutex m_mutex;
    QList<Arrival> m_arrivals;
};

double seconds(Clock::Time t)
{
    return double(t.count()) / 1e6;
}

QString describe(const QList<DroppingServer::Arrival> &arrivals)
{
    QStringList lines;
    for (const auto &arrival : arrivals) {
        lines.append(u"  %1 s  %2  connection %3, request %4 on it%5"_s
                         .arg(seconds(arrival.at - arrivals.first().at), 0, 'f', 3)
                         .arg(QString::fromLatin1(arrival.target))
                         .arg(arrival.connection)
                         .arg(arrival.indexOnConnection)
                         .arg(arrival.dropped ? u", dropped"_s : QString()));
    }
    return lines.join(u'\n');
}

} // namespace

class TestConnectionReset : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void droppedRequestIsRetriedOnlyAtTheLanesPace_data();
    void droppedRequestIsRetriedOnlyAtTheLanesPace();

private:
    QTemporaryDir m_dir;
};

void TestConnectionReset::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    if (!QSslSocket::supportsSsl())
        QFAIL("this Qt has no TLS backend");
    // The queue never ignores certificate errors: trust the test certificate as a CA instead.
    const QSslCertificate certificate = serverTls().localCertificate();
    QVERIFY(!certificate.isNull());
    QSslConfiguration client = QSslConfiguration::defaultConfiguration();
    client.addCaCertificate(certificate);
    QSslConfiguration::setDefaultConfiguration(client);
}

void TestConnectionReset::droppedRequestIsRetriedOnlyAtTheLanesPace_data()
{
    QTest::addColumn<QString>("lane");
    QTest::addColumn<bool>("hardReset");
    QTest::addColumn<bool>("tls");
    QTest::addRow("MusicBrainz, http, reset") << u"musicbrainz.org"_s << true << false;
    QTest::addRow("Nominatim, https, close") << u"nominatim.openstreetmap.org"_s << false << true;
    QTest::addRow("MusicBrainz, https, reset") << u"musicbrainz.org"_s << true << true;
}

void TestConnectionReset::droppedRequestIsRetriedOnlyAtTheLanesPace()
{
    QFETCH(QString, lane);
    QFETCH(bool, hardReset);
    QFETCH(bool, tls);
    // Real time: the lane's own limits (1/s, backoff from 1 s) are what is checked.
    auto clock = std::make_shared<Clock>();
    DroppingServer server(clock, 2, hardReset, tls);
    QVERIFY(server.start());
    RequestQueue queue(clock);
    queue.setCacheDirectory(QString());
    queue.setSettingsFile(
        m_dir.filePath(u"settings-%1.ini"_s.arg(QString::fromLatin1(QTest::currentDataTag()))));
    queue.routePrefix(server.url(u"/"_s), lane); // the service's built-in lane policy
    const double interval = 1.0 / queue.lanePolicy(lane).ratePerSecond;
    QCOMPARE(interval, 1.0);

    QList<NetworkResult> results;
    const QStringList paths { u"/first"_s, u"/second"_s };
    for (const QString &path : paths) {
        QueuedReply *reply = queue.get(QNetworkRequest(server.url(path)));
        connect(reply, &QueuedReply::finished, this,
            [&results, reply] { results.append(reply->result()); });
    }
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 2, 15000);

    const auto arrivals = server.arrivals();
    const QString seen = describe(arrivals);
    double shortestGap = interval;
    for (qsizetype i = 1; i < arrivals.size(); ++i)
        shortestGap = std::min(shortestGap, seconds(arrivals[i].at - arrivals[i - 1].at));
    if (!tls) {
        // Over plain http Qt 6.4 reconnects and resends inside its own thread, with no signal
        // to the queue before the request leaves. Plain http only ever goes to loopback hosts.
        QEXPECT_FAIL("", "Qt resends over plain http before the queue can stop it", Abort);
    }
    QVERIFY2(shortestGap >= 0.9 * interval,
        qPrintable(
            u"two requests came %1 s apart; the server saw:\n%2"_s.arg(shortestGap, 0, 'f', 3)
                .arg(seen)));
    QVERIFY2(arrivals.size() == 3 && arrivals[1].dropped && arrivals[2].target == "/second",
        qPrintable(u"the server saw:\n"_s + seen));

    // Nothing lost: both answered, the dropped one through the queue's own retry.
    for (const NetworkResult &result : std::as_const(results)) {
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        QCOMPARE(result.body, "answer to " + result.url.path().toLatin1());
    }
    const auto second = std::find_if(results.cbegin(), results.cend(),
        [](const NetworkResult &r) { return r.url.path() == u"/second"_s; });
    QVERIFY(second != results.cend());
    QCOMPARE(second->attempts, 2);
    QCOMPARE(queue.laneStatus(lane)->retried(), 1);
    QCOMPARE(queue.laneStatus(lane)->failed(), 0);
}

QTEST_GUILESS_MAIN(TestConnectionReset)
#include "tst_connectionreset.moc"
