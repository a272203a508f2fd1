#include "app/sandbox/sandboxresponsewriter.h"

#include <sys/socket.h>

namespace gig {

namespace {

constexpr qsizetype dripBytes = 16;
constexpr qint64 hugeChunk = 256 * 1024;
constexpr qint64 defaultHugeBytes = 64LL * 1024 * 1024;
constexpr qint64 hugeBacklog = 1024 * 1024;

} // namespace

QByteArray SandboxResponseWriter::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 304:
        return "Not Modified";
    case 307:
        return "Temporary Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

void SandboxResponseWriter::deliver(QTcpSocket *socket, const SandboxReply &reply, Mode mode,
    std::chrono::milliseconds delay, std::chrono::milliseconds dripInterval, qint64 hugeBytes,
    bool headOnly)
{
    auto *writer
        = new SandboxResponseWriter(socket, reply, mode, dripInterval, hugeBytes, headOnly);
    if (delay.count() <= 0) {
        writer->start();
        return;
    }
    writer->m_timer.setSingleShot(true);
    // A coarse timer may fire up to 5 % early; an injected latency is a promised minimum.
    writer->m_timer.setTimerType(Qt::PreciseTimer);
    connect(&writer->m_timer, &QTimer::timeout, writer, &SandboxResponseWriter::start,
        Qt::SingleShotConnection);
    writer->m_timer.start(delay);
}

SandboxResponseWriter::SandboxResponseWriter(QTcpSocket *socket, const SandboxReply &reply,
    Mode mode, std::chrono::milliseconds dripInterval, qint64 hugeBytes, bool headOnly)
    : QObject(socket)
    , m_socket(socket)
    , m_reply(reply)
    , m_mode(mode)
    , m_dripInterval(dripInterval.count() > 0 ? dripInterval : std::chrono::milliseconds(100))
    , m_hugeBytes(hugeBytes > 0 ? std::max<qint64>(hugeBytes, 16)
                                : defaultHugeBytes) // room for {"padding":""}
    , m_headOnly(headOnly)
{
    // Parented to the socket: when the client goes away, the pending answer goes with it.
}

QByteArray SandboxResponseWriter::head(qint64 contentLength) const
{
    QByteArray text = "HTTP/1.1 " + QByteArray::number(m_reply.status) + ' '
        + reasonPhrase(m_reply.status) + "\r\n";
    if (!m_reply.contentType.isEmpty() && m_reply.status != 304)
        text += "Content-Type: " + m_reply.contentType + "\r\n";
    for (const auto &[name, value] : m_reply.headers)
        text += name + ": " + value + "\r\n";
    if (m_reply.status != 304)
        text += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    text += "Server: gigmap-sandbox\r\n\r\n";
    return text;
}

void SandboxResponseWriter::start()
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState) {
        deleteLater();
        return;
    }
    switch (m_mode) {
    case Mode::Whole:
        m_socket->write(head(m_reply.body.size()));
        if (!m_headOnly && m_reply.status != 304)
            m_socket->write(m_reply.body);
        finish(false);
        return;
    case Mode::Truncated:
        m_socket->write(head(m_reply.body.size()));
        m_socket->write(m_reply.body.left(m_reply.body.size() / 2));
        finish(true);
        return;
    case Mode::Reset: {
        // SO_LINGER with a zero timeout makes close() send RST instead of FIN.
        const struct linger hardClose = { 1, 0 };
        ::setsockopt(
            int(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hardClose, sizeof hardClose);
        m_socket->abort();
        deleteLater();
        return;
    }
    case Mode::Drip:
        m_socket->write(head(m_reply.body.size()));
        connect(&m_timer, &QTimer::timeout, this, &SandboxResponseWriter::drip);
        m_timer.setSingleShot(false);
        m_timer.start(m_dripInterval);
        return;
    case Mode::Huge:
        m_socket->write(head(m_hugeBytes));
        connect(m_socket, &QTcpSocket::bytesWritten, this, &SandboxResponseWriter::pumpHuge);
        pumpHuge();
        return;
    }
}

void SandboxResponseWriter::drip()
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState) {
        deleteLater();
        return;
    }
    m_socket->write(m_reply.body.mid(m_dripOffset, dripBytes));
    m_dripOffset += dripBytes;
    if (m_dripOffset >= m_reply.body.size()) {
        m_timer.stop();
        finish(false);
    }
}

void SandboxResponseWriter::pumpHuge()
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState) {
        deleteLater();
        return;
    }
    // A valid JSON document: {"padding":"xxxx…x"} of exactly m_hugeBytes bytes.
    static const QByteArray opening = "{\"padding\":\"";
    static const QByteArray closing = "\"}";
    while (m_hugeWritten < m_hugeBytes && m_socket->bytesToWrite() < hugeBacklog) {
        QByteArray chunk;
        if (m_hugeWritten == 0)
            chunk = opening;
        const qint64 left = m_hugeBytes - m_hugeWritten - chunk.size();
        const qint64 fill = std::max<qint64>(0, std::min(hugeChunk, left - closing.size()));
        chunk += QByteArray(fill, 'x');
        if (m_hugeWritten + chunk.size() + closing.size() >= m_hugeBytes)
            chunk += closing.left(m_hugeBytes - m_hugeWritten - chunk.size());
        m_socket->write(chunk);
        m_hugeWritten += chunk.size();
        if (chunk.isEmpty())
            break;
    }
    if (m_hugeWritten >= m_hugeBytes)
        finish(false);
}

void SandboxResponseWriter::finish(bool close)
{
    if (m_socket) {
        disconnect(m_socket, nullptr, this, nullptr);
        if (close)
            m_socket->disconnectFromHost();
    }
    deleteLater();
}

} // namespace gig
