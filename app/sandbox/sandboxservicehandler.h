// The common face of the sandbox's fake services: answer a call, and say how the real one fails.
#pragma once

#include "app/sandbox/sandboxratelimiter.h"
#include "app/sandbox/sandboxreply.h"
#include "app/sandbox/sandboxworld.h"

namespace gig {

class SandboxServiceHandler
{
    Q_DISABLE_COPY_MOVE(SandboxServiceHandler)

public:
    SandboxServiceHandler() = default;
    virtual ~SandboxServiceHandler() = default;

    virtual SandboxReply handle(const SandboxWorld &world, const SandboxCall &call) const = 0;

    // The real service's limits, checked in order; empty when it has none the sandbox enforces.
    virtual QList<SandboxRateLimiter> rateLimits() const { return {}; }
    // Headers the real service adds to say how much of its quota is left (none by default).
    virtual SandboxHeaders quotaHeaders(
        const QList<SandboxRateLimiter> &limits, SandboxRateLimiter::TimePoint now) const;
    // What the real service answers when limit number `limitIndex` is exceeded.
    virtual SandboxReply rateLimitedReply(int limitIndex) const;
    // The real service's error answer for a status such as 429, 500 or 503.
    virtual SandboxReply errorReply(int status) const;
    // Valid JSON (or bytes) of a shape clients of this service do not expect.
    virtual SandboxReply wrongShapeReply() const;
};

} // namespace gig
