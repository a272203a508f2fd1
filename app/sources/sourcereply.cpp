#include "app/sources/sourcereply.h"

#include "app/net/backoff.h"
#include "app/net/redaction.h"
#include "app/sources/sourceslog.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace gig {

SourceReply::SourceReply(QObject *parent)
    : QObject(parent)
{ }

SourceReply::~SourceReply()
{
    cancelPending();
}

void SourceReply::cancel()
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    cancelPending();
    deleteLater();
}

void SourceReply::send(RequestQueue *queue, const QNetworkRequest &request,
    RequestPriority priority, std::function<void(const NetworkResult &)> handle)
{
    if (m_finished || m_cancelled)
        return;
    qCDebug(lcSources).noquote() << "asking" << redactedUrl(request.url());
    QueuedReply *reply = queue->get(request, priority);
    ++m_requestCount;
    m_pending.append(reply);
    connect(reply, &QueuedReply::finished, this, [this, reply, handle = std::move(handle)] {
        m_pending.removeAll(reply);
        if (m_finished || m_cancelled)
            return;
        handle(reply->result());
    });
}

void SourceReply::sendPage(RequestQueue *queue, const QNetworkRequest &request,
    RequestPriority priority, std::function<std::optional<SourceError>(const NetworkResult &)> read,
    std::function<void(const SourceError &)> lost)
{
    sendPageAttempt(queue, request, priority, std::move(read), std::move(lost), 0);
}

void SourceReply::sendPageAttempt(RequestQueue *queue, const QNetworkRequest &request,
    RequestPriority priority, std::function<std::optional<SourceError>(const NetworkResult &)> read,
    std::function<void(const SourceError &)> lost, int attempt)
{
    send(queue, request, priority,
        [=, this, queue = QPointer<RequestQueue>(queue)](const NetworkResult &result) {
            const std::optional<SourceError> error = read(result);
            if (!error)
                return;
            if (attempt > 0 || !queue || !isTransient(*error)) {
                qCInfo(lcSources).noquote() << "a page is lost:" << toString(*error);
                lost(*error);
                return;
            }
            // Once more, after the lane's backoff; the fetch waits for it.
            const LanePolicy policy = queue->lanePolicy(queue->laneFor(request.url()));
            const auto delay = randomBackoff(0, policy.backoffBase, policy.backoffCap);
            ++m_pagesWaitingToRetry;
            QTimer::singleShot(queue->clock().toRealInterval(Clock::Time(delay)), this, [=, this] {
                --m_pagesWaitingToRetry;
                if (m_finished || m_cancelled || !queue)
                    return;
                sendPageAttempt(queue, request, priority, read, lost, attempt + 1);
            });
        });
}

int SourceReply::pendingCount() const
{
    return int(m_pending.size()) + m_pagesWaitingToRetry;
}

void SourceReply::fail(const SourceError &error)
{
    if (m_finished || m_cancelled)
        return;
    qCInfo(lcSources).noquote() << "fetch failed:" << toString(error);
    m_error = error;
    end();
}

void SourceReply::succeed()
{
    if (m_finished || m_cancelled)
        return;
    end();
}

void SourceReply::end()
{
    m_finished = true;
    cancelPending();
    // Never inside the caller's own call: a fetch that fails at once still reports later.
    QTimer::singleShot(0, this, [this] {
        if (m_cancelled)
            return;
        emit finished();
        deleteLater();
    });
}

void SourceReply::cancelPending()
{
    const QList<QPointer<QueuedReply>> pending = std::exchange(m_pending, {});
    for (const QPointer<QueuedReply> &reply : pending) {
        if (reply && !reply->isFinished())
            reply->cancel();
    }
}

std::optional<SourceError> answerError(
    const NetworkResult &result, const std::function<QString(const QByteArray &)> &serviceMessage)
{
    using Kind = SourceError::Kind;
    switch (result.error) {
    case NetworkError::None:
    case NetworkError::Http:
        break;
    case NetworkError::Network:
    case NetworkError::Insecure:
        return SourceError { Kind::Network, result.errorString, result.status };
    case NetworkError::Timeout:
        return SourceError { Kind::Timeout, result.errorString, result.status };
    case NetworkError::TooLarge:
        return SourceError { Kind::BadResponse, result.errorString, result.status };
    case NetworkError::BudgetSpent:
    case NetworkError::CircuitOpen:
        return SourceError { Kind::Unavailable, result.errorString, result.status };
    case NetworkError::Cancelled:
        return SourceError { Kind::Cancelled, result.errorString, result.status };
    }
    if (result.status >= 200 && result.status < 300)
        return std::nullopt;

    const QString message = serviceMessage ? serviceMessage(result.body) : QString();
    if (result.status == 429 || result.status == 503) {
        return SourceError { Kind::RateLimited, message.isEmpty() ? result.errorString : message,
            result.status };
    }
    if (!message.isEmpty())
        return SourceError { Kind::ServiceError, message, result.status };
    QString text = result.errorString;
    if (text.isEmpty())
        text = u"the service answered HTTP %1"_s.arg(result.status);
    return SourceError { Kind::Http, text, result.status };
}

} // namespace gig
