#include "app/sandbox/sandboxhttpfrontend.h"

#include <QTcpSocket>

namespace gig {

SandboxHttpFrontend::SandboxHttpFrontend(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{ }

bool SandboxHttpFrontend::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    m_handler(request, socket);
    return true; // every request gets an answer, even a 404 or a reset
}

void SandboxHttpFrontend::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Q_UNUSED(request)
    socket->disconnectFromHost();
}

} // namespace gig
