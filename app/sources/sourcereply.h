// One fetch from an outside service as the refresh engine sees it: finished() once, then a value
// or a SourceError; it sends its GETs through the RequestQueue and cancels them when cancelled.
#pragma once

#include "app/net/requestqueue.h"
#include "app/sources/parsed.h"
#include "app/sources/sourceerror.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

namespace gig {

class SourceReply : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceReply)

public:
    ~SourceReply() override;

    bool isFinished() const { return m_finished; }
    // Valid once finished() was emitted: std::nullopt when the fetch succeeded.
    const std::optional<SourceError> &error() const { return m_error; }
    bool ok() const { return m_finished && !m_error; }
    // How many GETs this fetch has asked the queue for (pages, lookups).
    int requestCount() const { return m_requestCount; }

    // The caller no longer wants the answer: the GETs still waiting are cancelled, finished() is
    // not emitted, and the reply deletes itself soon.
    void cancel();

    // --- For the sources that fill the reply ---

    // Queues a GET; `handle` runs with its result unless this reply has finished or was
    // cancelled by then.
    void send(RequestQueue *queue, const QNetworkRequest &request, RequestPriority priority,
        std::function<void(const NetworkResult &)> handle);
    // Like send(), for a page after the first of a listing, whose loss must not cost the pages
    // read: `read` takes the answer and says why it cannot be used (std::nullopt when it could).
    // An unusable answer (an error after the queue's own retries, or an unreadable body) is
    // asked once more after a backoff; when that fails too, `lost` runs with the reason and the
    // fetch goes on without the page.
    void sendPage(RequestQueue *queue, const QNetworkRequest &request, RequestPriority priority,
        std::function<std::optional<SourceError>(const NetworkResult &)> read,
        std::function<void(const SourceError &)> lost);
    // GETs waiting for an answer, and pages waiting to be asked again.
    int pendingCount() const;
    // Ends the fetch with `error`: the GETs still waiting are cancelled; finished() follows from
    // the event loop (never inside the caller's call), then the reply deletes itself.
    void fail(const SourceError &error);
    // The parsed body of a finished GET; when there is none the fetch fails with the reason
    // (see answerError) and std::nullopt comes back.
    template<typename T>
    std::optional<T> take(const NetworkResult &result, Parsed<T> (*parse)(const QByteArray &),
        QString (*serviceMessage)(const QByteArray &));

signals:
    void finished(); // exactly once, unless cancelled

protected:
    explicit SourceReply(QObject *parent);
    void succeed();

private:
    void end();
    void cancelPending();
    void sendPageAttempt(RequestQueue *queue, const QNetworkRequest &request,
        RequestPriority priority,
        std::function<std::optional<SourceError>(const NetworkResult &)> read,
        std::function<void(const SourceError &)> lost, int attempt);

    QList<QPointer<QueuedReply>> m_pending;
    std::optional<SourceError> m_error;
    int m_requestCount = 0;
    int m_pagesWaitingToRetry = 0;
    bool m_finished = false; // finish() was called (the signal may still be on its way)
    bool m_cancelled = false;
};

// A SourceReply that carries a value of type T once it has finished without error.
template<typename T> class SourceResult final : public SourceReply
{
public:
    explicit SourceResult(QObject *parent)
        : SourceReply(parent)
    { }

    const T &value() const { return m_value; } // default-constructed until a success

    // For the source: ends the fetch with `value`.
    void finish(T value)
    {
        if (isFinished())
            return;
        m_value = std::move(value);
        succeed();
    }

private:
    T m_value {};
};

// What a finished GET means for a source: std::nullopt when a 2xx body arrived; otherwise the
// typed error (429 and 503 → RateLimited; an error body in the service's own format → ServiceError
// with its message; other statuses → Http; queue failures → Network, Timeout, Unavailable…).
// `serviceMessage` reads the service's message from an error body (empty when it is none).
std::optional<SourceError> answerError(
    const NetworkResult &result, const std::function<QString(const QByteArray &)> &serviceMessage);

// The parsed body of a finished GET, or the error that ends the fetch (a ServiceError carries
// the HTTP status of the answer).
template<typename T>
std::optional<T> parseAnswer(const NetworkResult &result, Parsed<T> (*parse)(const QByteArray &),
    QString (*serviceMessage)(const QByteArray &), SourceError *error)
{
    if (std::optional<SourceError> failure = answerError(result, serviceMessage)) {
        *error = *failure;
        return std::nullopt;
    }
    Parsed<T> parsed = parse(result.body);
    if (parsed.error) {
        *error = *parsed.error;
        error->httpStatus = result.status;
        return std::nullopt;
    }
    return std::move(parsed.value);
}

template<typename T>
std::optional<T> SourceReply::take(const NetworkResult &result,
    Parsed<T> (*parse)(const QByteArray &), QString (*serviceMessage)(const QByteArray &))
{
    SourceError error;
    std::optional<T> value = parseAnswer(result, parse, serviceMessage, &error);
    if (!value)
        fail(error);
    return value;
}

} // namespace gig
