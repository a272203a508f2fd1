// The sandbox's MusicBrainz ws/2: release groups browsed by artist or searched, artists searched.
#pragma once

#include "app/sandbox/sandboxservicehandler.h"

namespace gig {

struct SandboxLuceneQuery;

class SandboxMusicBrainz final : public SandboxServiceHandler
{
public:
    SandboxReply handle(const SandboxWorld &world, const SandboxCall &call) const override;
    QList<SandboxRateLimiter> rateLimits() const override; // 1 per second
    SandboxReply rateLimitedReply(int limitIndex) const override;
    SandboxReply errorReply(int status) const override;
    SandboxReply wrongShapeReply() const override;

    // `arid:(A OR B …)` with primarytype, secondarytype and firstreleasedate filters: every
    // release group crediting an asked artist that passes them, best score first, paged.
    SandboxReply structuredSearch(const SandboxWorld &world, const SandboxLuceneQuery &query,
        const SandboxCall &call, int offset, int limit) const;

    // The website's page (HTML) of an artist or a release group ("artist", "release-group"),
    // which the window's lineup links to.
    SandboxReply webPage(
        const SandboxWorld &world, const QString &entity, const QString &mbid) const;

    static constexpr int maxLimit = 100;
    static constexpr int defaultLimit = 25;
    static constexpr int lookupReleaseGroupLimit = 25; // artist lookup with inc=release-groups
    // A search query longer than this (characters, decoded) is refused with 400, as a real
    // server refuses an over-long request line.
    static constexpr int maxQueryLength = 4096;
};

} // namespace gig
