// An artist's latest release: a MusicBrainz release group (album, EP or single) and its date.
#pragma once

#include "models/partialdate.h"

#include <QDebug>
#include <QString>

namespace gig {

// In the order the latest-release rule breaks ties: Album before EP before Single.
enum class ReleaseType { Album, EP, Single, Other };

QString releaseTypeName(ReleaseType type); // "Album", "EP", "Single", "Other"
ReleaseType releaseTypeFromName(QStringView name); // MusicBrainz primary-type, case-insensitive

struct Release
{
    QString mbid; // of the release group
    QString title;
    ReleaseType type = ReleaseType::Other;
    PartialDate date;

    friend bool operator==(const Release &, const Release &) = default;
};

QDebug operator<<(QDebug debug, const Release &release);

} // namespace gig
