// The sandbox's Songkick 3.0: location search, metro area calendars and event search.
#pragma once

#include "app/sandbox/sandboxservicehandler.h"

namespace gig {

class SandboxSongkick final : public SandboxServiceHandler
{
public:
    SandboxReply handle(const SandboxWorld &world, const SandboxCall &call) const override;
    SandboxReply errorReply(int status) const override;
    SandboxReply wrongShapeReply() const override;

    static constexpr int maxPerPage = 50;
};

} // namespace gig
