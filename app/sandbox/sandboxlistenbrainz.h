// The sandbox's ListenBrainz: a user's top artists (GET /1/stats/user/{user}/artists) in the
// real answer's shape, drawn from the generated world's artists so that they tour its places.
// Users whose name starts with "unknown" do not exist (404), and those starting with "new" have
// no statistics yet (204), as on the real service.
#pragma once

#include "app/sandbox/sandboxservicehandler.h"

namespace gig {

class SandboxListenBrainz final : public SandboxServiceHandler
{
public:
    SandboxReply handle(const SandboxWorld &world, const SandboxCall &call) const override;
    SandboxReply errorReply(int status) const override;
    SandboxReply wrongShapeReply() const override;

    static constexpr int maxCount = 100; // the service's MAX_ITEMS_PER_GET
    static constexpr int defaultCount = 25;
    // How many artists a user's all-time statistics list (the same on every call).
    static int artistCountOf(const QString &user);
};

} // namespace gig
