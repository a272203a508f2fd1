#include "app/net/queuedreply.h"

#include "app/net/requestqueue.h"

using namespace Qt::StringLiterals;

namespace gig {

QueuedReply::QueuedReply(const QUrl &url, RequestQueue *queue)
    : QObject(queue)
    , m_queue(queue)
{
    m_result.url = url;
}

QueuedReply::~QueuedReply() = default;

const NetworkResult &QueuedReply::result() const
{
    return m_result;
}

void QueuedReply::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    m_result.error = NetworkError::Cancelled;
    m_result.errorString = u"Cancelled by the caller"_s;
    if (m_queue)
        m_queue->cancelReply(this);
    deleteLater();
}

void QueuedReply::deliver(const NetworkResult &result)
{
    if (m_finished || m_cancelled)
        return;
    m_result = result;
    m_finished = true;
    emit finished();
    deleteLater();
}

} // namespace gig
