// Delivers one sandbox answer on its socket: at once, late, dripping, truncated, huge or reset,
// always from timers and socket signals, never by blocking the server's thread.
#pragma once

#include "app/sandbox/sandboxreply.h"

#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <chrono>

namespace gig {

class SandboxResponseWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxResponseWriter)

public:
    enum class Mode { Whole, Truncated, Drip, Huge, Reset };

    // Takes care of itself: deletes itself once the answer is out or the socket is gone.
    static void deliver(QTcpSocket *socket, const SandboxReply &reply, Mode mode,
        std::chrono::milliseconds delay, std::chrono::milliseconds dripInterval = {},
        qint64 hugeBytes = 0, bool headOnly = false);

    static QByteArray reasonPhrase(int status);

private:
    SandboxResponseWriter(QTcpSocket *socket, const SandboxReply &reply, Mode mode,
        std::chrono::milliseconds dripInterval, qint64 hugeBytes, bool headOnly);

    void start();
    QByteArray head(qint64 contentLength) const;
    void drip();
    void pumpHuge();
    void finish(bool close);

    QPointer<QTcpSocket> m_socket;
    SandboxReply m_reply;
    Mode m_mode;
    std::chrono::milliseconds m_dripInterval;
    qint64 m_hugeBytes;
    qint64 m_hugeWritten = 0;
    qsizetype m_dripOffset = 0;
    bool m_headOnly;
    QTimer m_timer;
};

} // namespace gig
