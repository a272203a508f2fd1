// The sandbox's MusicBrainz ws/2: release groups browsed by artist or searched, artists searched.
#pragma once

#include "app/sandbox/sandboxservicehandler.h"

namespace gig {

class SandboxMusicBrainz final : public SandboxServiceHandler
{
public:
    SandboxReply handle(const SandboxWorld &world, const SandboxCall &call) const override;
    QList<SandboxRateLimiter> rateLimits() const override; // 1 per second
    SandboxReply rateLimitedReply(int limitIndex) const override;
    SandboxReply errorReply(int status) const override;
    SandboxReply wrongShapeReply() const override;

    static constexpr int maxLimit = 100;
    static constexpr int defaultLimit = 25;
};

} // namespace gig
