// A loopback HTTP server for the sources' tests: answers each request with a handler and keeps
// the URLs it was asked for; plus a RequestQueue whose service lanes do not wait.
#pragma once

#include "app/net/requestqueue.h"
#include "app/sources/sourcereply.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTest>
#include <QUrlQuery>
#include <functional>
#include <memory>

namespace gig::test {

class FakeService final : public QAbstractHttpServer
{
public:
    struct Answer
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = QByteArrayLiteral("application/json");
    };
    // The path below the service root ("/events.json") and the query.
    using Handler = std::function<Answer(const QString &path, const QUrlQuery &query)>;

    explicit FakeService(Handler handler)
        : m_handler(std::move(handler))
    {
        m_port = listen(QHostAddress::LocalHost);
    }

    bool isListening() const { return m_port != 0; }
    QUrl root() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/svc").arg(m_port)); }
    const QList<QUrl> &requests() const { return m_requests; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        m_requests.append(request.url());
        QString path = request.url().path();
        path.remove(0, 4); // "/svc"
        const Answer answer = m_handler(path, request.query());
        auto responder = makeResponder(request, socket);
        responder.write(
            answer.body, answer.contentType, QHttpServerResponder::StatusCode(answer.status));
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override { }

private:
    Handler m_handler;
    quint16 m_port = 0;
    QList<QUrl> m_requests;
};

// Lanes without pacing or retries, so the tests run at loopback speed.
inline void makeLanesFast(RequestQueue &queue)
{
    queue.setCacheDirectory(QString());
    for (const QString &lane : { QStringLiteral("app.ticketmaster.com"),
             QStringLiteral("api.songkick.com"), QStringLiteral("api.seatgeek.com"),
             QStringLiteral("musicbrainz.org"), QStringLiteral("nominatim.openstreetmap.org") }) {
        LanePolicy policy;
        policy.ratePerSecond = 0;
        policy.maxInFlight = 4;
        policy.maxRetries = 0;
        policy.backoffBase = std::chrono::milliseconds(10); // a lost page is asked again soon
        policy.dailyBudget = 0;
        policy.transferTimeout = std::chrono::milliseconds(5000);
        policy.circuitFailureThreshold = 1000;
        queue.setLanePolicy(lane, policy);
    }
}

// What a fetch ended with.
template<typename T> struct Outcome
{
    bool finished = false; // false when it did not finish in time
    std::optional<SourceError> error;
    T value {};
    int requestCount = 0;
};

// Fills `outcome` with what `reply` carried when it finishes (the reply deletes itself then).
template<typename T> void collectInto(SourceResult<T> *reply, std::shared_ptr<Outcome<T>> outcome)
{
    QObject::connect(reply, &SourceReply::finished, reply, [outcome, reply] {
        outcome->finished = true;
        outcome->error = reply->error();
        outcome->value = reply->value();
        outcome->requestCount = reply->requestCount();
    });
}

// Waits (running the event loop) until `reply` has finished, and takes what it carried.
template<typename T> Outcome<T> waitFor(SourceResult<T> *reply, int timeoutMs = 20000)
{
    auto outcome = std::make_shared<Outcome<T>>();
    collectInto(reply, outcome);
    outcome->finished = QTest::qWaitFor([&outcome] { return outcome->finished; }, timeoutMs);
    return *outcome;
}

} // namespace gig::test
