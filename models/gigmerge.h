// One show listed by several gig providers (Ticketmaster, Songkick, SeatGeek) becomes one gig:
// the rule that says when two listings are the same show, and the merge that applies it to a
// whole list. Pure functions: no store, no network (docs/SOURCES.md, "One gig from several
// providers").
#pragma once

#include "models/event.h"
#include "models/services.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace gig {

// An act's or a venue's name as the merge compares it: case-folded without accents
// (foldForSearch), a leading "The " or a trailing ", The" dropped, and only letters and digits
// kept ("The Beatles", "Beatles, The" and "beatles!" all give "beatles"; "Björk" gives "bjork").
// A name with no letter or digit ("!!!") keeps its other characters, without spaces. Empty for
// an empty name.
QString normalizedGigName(const QString &name);

// The performer's name for an artist id (Event::lineup holds ids); empty when unknown, and then
// the act takes no part in the comparison. With a GigStore:
//   [&store](const QString &id) { return store.artist(id).value.name; }
using ArtistNameLookup = std::function<QString(const QString &artistId)>;

// The limits of the rule.
struct GigMergeRule
{
    static constexpr double nearVenueMetres = 150; // the same venue whatever its name
    static constexpr double namedVenueMetres = 1000; // the same venue when the names agree
    static constexpr int maxStartGapSeconds = 45 * 60; // when both listings give a time
};

// Whether `a` and `b` are listings of one show: see docs/SOURCES.md. Symmetric. False for two
// listings of one provider, and for an event whose provider serviceOfRecord() does not know.
bool isSameGig(const Event &a, const Event &b, const ArtistNameLookup &artistName);

// One provider's listing of a merged gig.
struct GigListing
{
    std::optional<Service> provider; // std::nullopt for an id of no known provider
    QString eventId;
    QString url; // the provider's page of the gig; empty when it gave none
    std::optional<TicketPrice> lowestPrice; // the provider's cheapest ticket, when it gives one

    // The listing of one provider's event.
    static GigListing of(const Event &event);

    friend bool operator==(const GigListing &, const GigListing &) = default;
};

struct MergedGig
{
    // The gig as shown: id, name, venue and status of the first provider (in Service
    // order), the lineup of the provider that lists the most acts, the earliest time announced.
    Event event;
    QList<GigListing> listings; // one per provider, in Service order; one for a lone event

    QStringList eventIds() const;

    friend bool operator==(const MergedGig &, const MergedGig &) = default;
};

// Merges the listings of several providers into one gig per show. Every event of the input is in
// exactly one merged gig; an event of an unknown provider stays alone. The result does not
// depend on the input's order: it is sorted by start (EventStart order), then by id.
QList<MergedGig> mergeGigs(const QList<Event> &events, const ArtistNameLookup &artistName);

QDebug operator<<(QDebug debug, const GigListing &listing);
QDebug operator<<(QDebug debug, const MergedGig &gig);

} // namespace gig
