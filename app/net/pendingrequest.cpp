#include "app/net/pendingrequest.h"

#include "app/net/queuedreply.h"

namespace gig {

bool PendingRequest::hasWaiters() const
{
    return std::any_of(waiters.cbegin(), waiters.cend(), [](const QPointer<QueuedReply> &waiter) {
        return waiter && !waiter->isCancelled() && !waiter->isFinished();
    });
}

} // namespace gig
