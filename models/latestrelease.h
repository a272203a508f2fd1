// The answer to "what is this artist's latest release?": a release group, or a definite none.
#pragma once

#include "models/release.h"

#include <QDebug>
#include <QString>

#include <optional>

namespace gig {

struct LatestRelease
{
    QString artistMbid; // the key: one row per artist MBID
    std::optional<Release> release; // std::nullopt once fetched means the artist has none

    friend bool operator==(const LatestRelease &, const LatestRelease &) = default;
};

QDebug operator<<(QDebug debug, const LatestRelease &latest);

} // namespace gig
