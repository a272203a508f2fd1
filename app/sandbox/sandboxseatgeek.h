// The sandbox's SeatGeek Platform API: /2/events around lat/lon within a range, paged, over the
// same world as the other providers. A gig SeatGeek also lists comes out with the small
// differences real providers show: a "The" more or less in an act's name, a start 15 minutes
// apart, venue coordinates 50 m apart, a support act left out.
#pragma once

#include "app/sandbox/sandboxservicehandler.h"

namespace gig {

class SandboxSeatGeek final : public SandboxServiceHandler
{
public:
    SandboxReply handle(const SandboxWorld &world, const SandboxCall &call) const override;
    SandboxReply errorReply(int status) const override;
    SandboxReply wrongShapeReply() const override;

    static constexpr int defaultPerPage = 10;
    static constexpr int maxPerPage = 100;
    // SeatGeek's event ids are its own: the world's gig id moved into another range.
    static constexpr qint64 idOffset = 5'000'000;
};

} // namespace gig
