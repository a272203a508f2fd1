// The sandbox's Ticketmaster Discovery v2: events.json around a geohash or lat/long, paged.
#pragma once

#include "app/sandbox/sandboxservicehandler.h"

#include <optional>

namespace gig {

class SandboxTicketmaster final : public SandboxServiceHandler
{
public:
    SandboxReply handle(const SandboxWorld &world, const SandboxCall &call) const override;
    QList<SandboxRateLimiter> rateLimits() const override; // 5 per second, 5000 per day
    // Rate-Limit, Rate-Limit-Available, Rate-Limit-Over and Rate-Limit-Reset of the daily quota.
    SandboxHeaders quotaHeaders(
        const QList<SandboxRateLimiter> &limits, SandboxRateLimiter::TimePoint now) const override;
    SandboxReply rateLimitedReply(int limitIndex) const override;
    SandboxReply errorReply(int status) const override;
    SandboxReply wrongShapeReply() const override;

    // The centre of a geohash cell as (lat, lng), or nothing for an invalid hash.
    static std::optional<std::pair<double, double>> decodeGeohash(QStringView hash);
    static QString encodeGeohash(double lat, double lng, int precision);

    static constexpr int maxPageSize = 200;
    static constexpr int maxPagingDepth = 1000; // size * page must stay below this
};

} // namespace gig
