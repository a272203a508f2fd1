#include "app/sandbox/sandboxservicehandler.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace gig {

SandboxHeaders SandboxServiceHandler::quotaHeaders(
    const QList<SandboxRateLimiter> &limits, SandboxRateLimiter::TimePoint now) const
{
    Q_UNUSED(limits)
    Q_UNUSED(now)
    return {};
}

SandboxReply SandboxServiceHandler::rateLimitedReply(int limitIndex) const
{
    Q_UNUSED(limitIndex)
    return errorReply(429);
}

SandboxReply SandboxServiceHandler::errorReply(int status) const
{
    return SandboxReply::json(QJsonObject { { u"error"_s, u"HTTP %1"_s.arg(status) } }, status);
}

SandboxReply SandboxServiceHandler::wrongShapeReply() const
{
    return SandboxReply::json(
        QJsonArray { QJsonObject { { u"unexpected"_s, true } }, 42, u"shape"_s });
}

} // namespace gig
