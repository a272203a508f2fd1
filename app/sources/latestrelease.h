// The latest-release rule: which of an artist's MusicBrainz release groups is shown as its latest.
#pragma once

#include "models/release.h"

#include <QDate>
#include <QDebug>
#include <QList>
#include <QStringList>
#include <optional>

namespace gig {

// One release group as MusicBrainz browses it.
struct ReleaseGroup
{
    QString mbid;
    QString title;
    QString primaryType; // "Album", "EP", "Single", "Broadcast", "Other" or empty
    QStringList secondaryTypes; // "Compilation", "Live", "Remix", …
    PartialDate firstReleaseDate; // null when MusicBrainz gives ""

    friend bool operator==(const ReleaseGroup &, const ReleaseGroup &) = default;
};

QDebug operator<<(QDebug debug, const ReleaseGroup &group);

// The primary types a latest release may have unless the user counts fewer: Album, EP, Single.
QList<ReleaseType> defaultCountedReleaseTypes();

// Among the groups whose primary type is counted (Album, EP or Single unless the user chose
// fewer; Other never counts), which have no secondary type and
// whose first release date is known and not after `today`: the latest by (year, month or 0,
// day or 0); on equal keys the more precise date, then Album before EP before Single, then the
// title (then the MBID, so the answer never depends on the order of the list). No candidate:
// std::nullopt.
std::optional<Release> latestRelease(const QList<ReleaseGroup> &groups, QDate today,
    const QList<ReleaseType> &counted = defaultCountedReleaseTypes());

} // namespace gig
