// Reads a gig's lineup with each artist's latest release from GigStore, in the words every view
// and export uses ("Title (2021-05, Album)", "none", "fetching…", "no MusicBrainz id").
#pragma once

#include "models/artist.h"
#include "models/cached.h"
#include "models/release.h"

#include <QList>
#include <QString>

#include <optional>

namespace gig {

class GigStore;
struct Event;

struct ArtistRelease
{
    enum class State {
        Known, // the latest release is known
        None, // MusicBrainz has no qualifying release for the artist
        Fetching, // the artist or its release is not known yet (pending, never fetched)
        NoMbid, // the artist has no MusicBrainz id, so its release cannot be known
    };

    Artist artist; // name empty while the artist itself is pending
    State state = State::Fetching;
    std::optional<Release> release;
    Freshness freshness = Freshness::Pending; // of the release row (or the artist row when no MBID)

    friend bool operator==(const ArtistRelease &, const ArtistRelease &) = default;
};

// The lineup of `event` in billing order with each artist's latest release.
QList<ArtistRelease> lineupReleases(const GigStore &store, const Event &event);

// "Title (DATE, Type)" with DATE as MusicBrainz writes it; "Title (Type)" when the date is empty.
QString releaseLabel(const Release &release);

// The release part of an ArtistRelease for people: releaseLabel(), "none", "fetching…" or
// "no MusicBrainz id".
QString releaseStateText(const ArtistRelease &entry);

// "Name A; Name B" in billing order ("…" for an artist not fetched yet).
QString lineupNamesText(const QList<ArtistRelease> &lineup);

// "Name A: Title (DATE, Type); Name B: none" in billing order.
QString lineupReleasesText(const QList<ArtistRelease> &lineup);

} // namespace gig
