#include "app/sandbox/demosandbox.h"

#include "app/sandbox/sandboxserver.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDemo, "gigmap.sandbox.demo", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace gig {

DemoSandbox::DemoSandbox(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(u"gigmap-sandbox"_s);
}

DemoSandbox::~DemoSandbox()
{
    stop();
}

bool DemoSandbox::start(quint64 seed)
{
    if (m_server)
        return true;
    m_errorString.clear();
    auto *server = new SandboxServer;
    server->setSeed(seed);
    server->moveToThread(&m_thread);
    m_thread.start();
    bool listening = false;
    QMetaObject::invokeMethod(
        server, [server, &listening] { listening = server->listen(0); },
        Qt::BlockingQueuedConnection);
    if (!listening) {
        m_errorString = tr("The demo sandbox found no free port on 127.0.0.1.");
        QMetaObject::invokeMethod(
            server, [server] { delete server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
        return false;
    }
    m_server = server;
    qCInfo(lcDemo).noquote() << "demo sandbox serving at" << baseUrl().toString();
    emit started(baseUrl());
    return true;
}

void DemoSandbox::stop()
{
    if (!m_server)
        return;
    SandboxServer *server = std::exchange(m_server, nullptr);
    QMetaObject::invokeMethod(
        server, [server] { delete server; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QUrl DemoSandbox::baseUrl() const
{
    return m_server ? m_server->baseUrl() : QUrl();
}

QUrl DemoSandbox::serviceRoot(SandboxService service) const
{
    return m_server ? m_server->serviceRoot(service) : QUrl();
}

QMap<Service, QUrl> DemoSandbox::demoRoots() const
{
    QMap<Service, QUrl> roots;
    for (const Service service : { Service::Ticketmaster, Service::SeatGeek, Service::MusicBrainz,
             Service::Nominatim, Service::ListenBrainz, Service::LastFm, Service::CoverArtArchive })
        roots.insert(service, serviceRoot(service));
    return roots;
}

} // namespace gig
