// A small HTTP/1.1 server on 127.0.0.1 for the network tests and benchmarks: runs on its own
// thread, answers through a handler, logs every request with its arrival time on a gig::Clock.
#pragma once

#include "app/net/clock.h"

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QThread>
#include <QUrl>
#include <chrono>
#include <functional>
#include <memory>

class LoopbackHttpServerWorker;

class LoopbackHttpServer
{
    Q_DISABLE_COPY_MOVE(LoopbackHttpServer)

public:
    using Header = std::pair<QByteArray, QByteArray>;

    struct Request
    {
        QByteArray method;
        QByteArray target; // path and query, as sent
        QList<Header> headers;
        gig::Clock::Time arrivedAt { 0 };

        QByteArray header(QByteArrayView name) const; // case-insensitive; empty when absent
        bool hasHeader(QByteArrayView name) const;
    };

    struct Response
    {
        int status = 200;
        QList<Header> headers;
        QByteArray body;
        std::chrono::milliseconds delay { 0 }; // real time before answering
        bool hang = false; // never answer
        bool closeDelimited = false; // no Content-Length: the body ends when the connection closes
    };

    using Handler = std::function<Response(const Request &)>;

    // The handler runs on the server thread. Arrival times are read from `clock`.
    explicit LoopbackHttpServer(
        Handler handler, std::shared_ptr<gig::Clock> clock = gig::Clock::system());
    ~LoopbackHttpServer();

    bool start();
    quint16 port() const { return m_port; }
    QUrl url(const QString &pathAndQuery) const;

    QList<Request> requests() const;
    int requestCount() const;
    void clearLog();

private:
    friend class LoopbackHttpServerWorker;
    Response answer(Request request);

    Handler m_handler;
    std::shared_ptr<gig::Clock> m_clock;
    QThread m_thread;
    LoopbackHttpServerWorker *m_worker = nullptr;
    quint16 m_port = 0;
    mutable QMutex m_mutex;
    QList<Request> m_log;
};
