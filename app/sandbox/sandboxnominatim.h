// The sandbox's Nominatim: place search over the built-in gazetteer, in the jsonv2 shape.
#pragma once

#include "app/sandbox/sandboxservicehandler.h"

namespace gig {

class SandboxNominatim final : public SandboxServiceHandler
{
public:
    SandboxReply handle(const SandboxWorld &world, const SandboxCall &call) const override;
    SandboxReply errorReply(int status) const override;
    SandboxReply wrongShapeReply() const override;

    static constexpr int maxLimit = 40;
};

} // namespace gig
