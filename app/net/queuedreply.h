// One caller's handle on a GET waiting in the RequestQueue; several handles may share one request.
#pragma once

#include "app/net/networkresult.h"

#include <QObject>
#include <QPointer>
#include <memory>

namespace gig {

class RequestQueue;
struct PendingRequest;

// Parented to the queue; it deletes itself (deleteLater) after finished() has been delivered, or
// after cancel(), so callers never delete it and never keep it past then.
class QueuedReply final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueuedReply)

public:
    ~QueuedReply() override;

    const NetworkResult &result() const; // valid once finished() was emitted
    bool isFinished() const { return m_finished; }
    bool isCancelled() const { return m_cancelled; }
    // This caller no longer wants it: finished() is NOT emitted for it; the network request is
    // aborted only when no other waiter remains.
    void cancel();

signals:
    void finished(); // exactly once per reply unless cancelled

private:
    friend class RequestQueue;
    QueuedReply(const QUrl &url, RequestQueue *queue);
    void deliver(const NetworkResult &result);

    NetworkResult m_result;
    bool m_finished = false;
    bool m_cancelled = false;
    QPointer<RequestQueue> m_queue;
    std::weak_ptr<PendingRequest> m_request; // the shared GET it waits for
};

} // namespace gig
