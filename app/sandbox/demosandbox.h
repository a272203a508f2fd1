// Demo mode: runs a SandboxServer on its own thread on a free loopback port, so the app has
// services to talk to without keys or network, and its delays never touch the GUI thread.
#pragma once

#include "app/sandbox/sandboxfault.h"

#include <QMap>
#include <QObject>
#include <QThread>
#include <QUrl>

namespace gig {

class SandboxServer;

class DemoSandbox final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoSandbox)

public:
    explicit DemoSandbox(QObject *parent = nullptr);
    ~DemoSandbox() override; // stops the server and its thread

    // Starts the thread and listens; false (with errorString()) when no port could be had.
    bool start(quint64 seed = 1);
    void stop();
    bool isRunning() const { return m_server != nullptr; }
    QString errorString() const { return m_errorString; }

    QUrl baseUrl() const;
    QUrl serviceRoot(SandboxService service) const;
    // The roots the demo's engine asks: its gig sources (the stand-ins of Ticketmaster and
    // SeatGeek, which list some shows both), MusicBrainz, Nominatim and ListenBrainz.
    QMap<Service, QUrl> demoRoots() const;
    // The server itself, living on the sandbox thread; its setters and log are thread-safe.
    SandboxServer *server() const { return m_server; }

signals:
    void started(const QUrl &baseUrl);

private:
    QThread m_thread;
    SandboxServer *m_server = nullptr;
    QString m_errorString;
};

} // namespace gig
