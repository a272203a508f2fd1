// The sandbox's socket side: Qt HttpServer parses each request and hands it, with its socket, on.
#pragma once

#include <QAbstractHttpServer>
#include <functional>

namespace gig {

class SandboxHttpFrontend final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxHttpFrontend)

public:
    using Handler = std::function<void(const QHttpServerRequest &request, QTcpSocket *socket)>;

    explicit SandboxHttpFrontend(Handler handler, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};

} // namespace gig
