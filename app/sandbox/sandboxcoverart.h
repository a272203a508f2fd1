// The sandbox's Cover Art Archive: /release-group/{mbid}/front-250 answers as the real one does,
// a 307 redirect to the image (a square PNG drawn from the MBID, with long-lived caching headers
// and an ETag), or 404 for the release groups that have no cover (one in five).
#pragma once

#include "app/sandbox/sandboxservicehandler.h"

#include <QImage>

namespace gig {

class SandboxCoverArt final : public SandboxServiceHandler
{
public:
    SandboxReply handle(const SandboxWorld &world, const SandboxCall &call) const override;
    SandboxReply errorReply(int status) const override;
    SandboxReply wrongShapeReply() const override;

    // Whether the release group has a front cover here: every one but one in five.
    static bool hasCover(const QString &releaseGroupMbid);
    // The cover of a release group, `size` pixels square: a colour of its own and a ring.
    static QImage render(const QString &releaseGroupMbid, int size);

    static constexpr int maxAgeSeconds = 365 * 24 * 3600;
};

} // namespace gig
