#include "loopbackhttpserver.h"

#include <QHash>
#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

class LoopbackHttpServerWorker final : public QObject
{
    Q_OBJECT

public:
    explicit LoopbackHttpServerWorker(LoopbackHttpServer *owner)
        : m_owner(owner)
    { }

    quint16 listen()
    {
        m_server = new QTcpServer(this);
        connect(m_server, &QTcpServer::newConnection, this, &LoopbackHttpServerWorker::accept);
        return m_server->listen(QHostAddress::LocalHost) ? m_server->serverPort() : 0;
    }

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            const auto end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = buffer.left(end);
            buffer.remove(0, end + 4);
            const QList<QByteArray> lines = head.split('\n');
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            LoopbackHttpServer::Request request;
            request.method = requestLine.value(0);
            request.target = requestLine.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const auto colon = lines[i].indexOf(':');
                if (colon > 0)
                    request.headers.append(
                        { lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed() });
            }
            const auto response = m_owner->answer(std::move(request));
            if (response.hang)
                continue;
            QPointer<QTcpSocket> guarded(socket);
            if (response.delay.count() > 0)
                QTimer::singleShot(response.delay, this, [guarded, response] {
                    if (guarded)
                        write(guarded, response);
                });
            else
                write(socket, response);
        }
    }

    static void write(QTcpSocket *socket, const LoopbackHttpServer::Response &response)
    {
        QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " Status\r\n";
        for (const auto &[name, value] : response.headers)
            out += name + ": " + value + "\r\n";
        if (response.closeDelimited)
            out += "Connection: close\r\n";
        else
            out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
        out += "\r\n" + response.body;
        socket->write(out);
        if (response.closeDelimited)
            socket->disconnectFromHost();
    }

    LoopbackHttpServer *m_owner;
    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

QByteArray LoopbackHttpServer::Request::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (qstrnicmp(key.constData(), key.size(), name.data(), name.size()) == 0)
            return value;
    }
    return {};
}

bool LoopbackHttpServer::Request::hasHeader(QByteArrayView name) const
{
    return std::any_of(headers.cbegin(), headers.cend(), [name](const Header &header) {
        return qstrnicmp(header.first.constData(), header.first.size(), name.data(), name.size())
            == 0;
    });
}

LoopbackHttpServer::LoopbackHttpServer(Handler handler, std::shared_ptr<gig::Clock> clock)
    : m_handler(std::move(handler))
    , m_clock(std::move(clock))
{ }

LoopbackHttpServer::~LoopbackHttpServer()
{
    if (m_worker) {
        QMetaObject::invokeMethod(
            m_worker, [this] { delete m_worker; }, Qt::BlockingQueuedConnection);
        m_worker = nullptr;
    }
    m_thread.quit();
    m_thread.wait();
}

bool LoopbackHttpServer::start()
{
    m_thread.setObjectName(u"loopback-http"_s);
    m_thread.start();
    m_worker = new LoopbackHttpServerWorker(this);
    m_worker->moveToThread(&m_thread);
    QMetaObject::invokeMethod(
        m_worker, [this] { m_port = m_worker->listen(); }, Qt::BlockingQueuedConnection);
    return m_port != 0;
}

QUrl LoopbackHttpServer::url(const QString &pathAndQuery) const
{
    return QUrl(u"http://127.0.0.1:"_s + QString::number(m_port) + pathAndQuery);
}

QList<LoopbackHttpServer::Request> LoopbackHttpServer::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_log;
}

int LoopbackHttpServer::requestCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_log.size());
}

void LoopbackHttpServer::clearLog()
{
    QMutexLocker lock(&m_mutex);
    m_log.clear();
}

LoopbackHttpServer::Response LoopbackHttpServer::answer(Request request)
{
    request.arrivedAt = m_clock->now();
    {
        QMutexLocker lock(&m_mutex);
        m_log.append(request);
    }
    return m_handler(request);
}

#include "loopbackhttpserver.moc"
