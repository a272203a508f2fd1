// What a release-group search over a window of years, read in full, proves about each artist it
// asked about: the latest release of those with a counted release group in the window.
#pragma once

#include "app/sources/latestrelease.h"
#include "app/sources/musicbrainzparser.h"
#include "app/sources/releasebatchquery.h"

#include <QHash>

namespace gig {

// For each MBID of `asked`: the latest-release rule over the hits crediting it (so secondary
// types, undated and future groups do not count, and a hit shared with an artist not asked counts
// only for the asked one). An artist whose latest candidate is dated from 1 January of `fromYear`
// on is decided: every group that could beat it lies in the window, so the answer holds it. Over
// the whole history (`fromYear` wholeHistory) every asked artist is decided, std::nullopt ("none")
// when no hit is a candidate. The others (no candidate in the window, or only hits before it,
// which the search should not have given) are left out and asked about again.
QHash<QString, std::optional<Release>> latestReleasesInWindow(const QList<ReleaseGroupHit> &hits,
    const QStringList &asked, int fromYear, QDate today,
    const QList<ReleaseType> &counted = defaultCountedReleaseTypes());

} // namespace gig
