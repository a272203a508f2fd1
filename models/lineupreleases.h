// Reads a gig's lineup with each artist's latest release from GigStore, in the words every view
// and export uses ("Title (2021-05, Album)", "none", "fetching…", "not on MusicBrainz", "several
// artists of that name").
#pragma once

#include "models/artist.h"
#include "models/cached.h"
#include "models/event.h"
#include "models/release.h"

#include <QList>
#include <QString>
#include <optional>

namespace gig {

class GigStore;

struct ArtistRelease
{
    enum class State {
        Known, // the latest release is known
        None, // MusicBrainz has no qualifying release for the artist
        // The artist or its release is not known yet: pending, never fetched, or an artist
        // without an MBID not searched by name yet (or whose search failed and is asked again).
        Fetching,
        NotOnMusicBrainz, // searched by name: no MusicBrainz artist has that name
        SeveralArtists, // searched by name: several MusicBrainz artists have it, none is taken
    };

    Artist artist; // name empty while the artist itself is pending
    Billing billing = Billing::Support; // the act's place on the gig's bill
    State state = State::Fetching;
    std::optional<Release> release;
    Freshness freshness = Freshness::Pending; // of the release row (or the artist row when no MBID)

    friend bool operator==(const ArtistRelease &, const ArtistRelease &) = default;
};

// The lineup of `event` in billing order with each artist's latest release.
QList<ArtistRelease> lineupReleases(const GigStore &store, const Event &event);

// "Title (DATE, Type)" with DATE as MusicBrainz writes it; "Title (Type)" when the date is empty.
QString releaseLabel(const Release &release);

// The release part of an ArtistRelease for people: releaseLabel(), "none", "fetching…",
// "not on MusicBrainz" or "several artists of that name".
QString releaseStateText(const ArtistRelease &entry);

// "Name A; Name B" in billing order ("…" for an artist not fetched yet).
QString lineupNamesText(const QList<ArtistRelease> &lineup);

// "Name A: Title (DATE, Type); Name B: none" in billing order.
QString lineupReleasesText(const QList<ArtistRelease> &lineup);

} // namespace gig
