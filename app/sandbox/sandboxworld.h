// The sandbox's generated world: artists, metro areas, venues, gigs and release groups, all
// derived from a seed, the coordinates and the current time bucket, so every service agrees.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <QTime>
#include <mutex>
#include <optional>

namespace gig {

struct SandboxArtist
{
    int index = -1; // position in the global artist pool
    QString name;
    QStringList mbids; // empty, one, or several (several MusicBrainz artists share the name)
    qint64 songkickId = 0;
    QString ticketmasterId;

    friend bool operator==(const SandboxArtist &, const SandboxArtist &) = default;
};

struct SandboxMetro
{
    qint64 id = 0; // Songkick metro area id
    QString name;
    QString country;
    QString countryCode;
    double lat = 0;
    double lng = 0;
    QString timeZone;
    int cityIndex = -1; // gazetteer city, or -1 for a grid cell far from any city
    int gigTarget = 0; // about this many gigs over 90 days

    QString currency; // ISO 4217 code of the country's money, "EUR"; "USD" in made-up towns

    friend bool operator==(const SandboxMetro &, const SandboxMetro &) = default;
};

struct SandboxVenue
{
    qint64 id = 0;
    QString ticketmasterId;
    QString name;
    double lat = 0;
    double lng = 0;
    bool coordinatesPublished = true; // Songkick sometimes has no coordinates for a venue
    QString address;
    QString postalCode;

    friend bool operator==(const SandboxVenue &, const SandboxVenue &) = default;
};

enum class SandboxGigStatus { Ok, Cancelled, Postponed, Rescheduled };

struct SandboxGig
{
    qint64 id = 0; // Songkick event id
    QString ticketmasterId;
    QString name; // without venue and date, as Ticketmaster names events
    bool festival = false;
    QDate date; // local
    std::optional<QTime> time; // local; empty when the time is not announced
    int utcOffsetSeconds = 0;
    QDate endDate; // festivals may span days; equal to date otherwise
    SandboxGigStatus status = SandboxGigStatus::Ok;
    SandboxVenue venue;
    qint64 metroId = 0;
    QList<int> lineup; // artist pool indices, headliners first
    int headliners = 1; // the first this many acts of the lineup headline (co-headliners)
    bool onTicketmaster = true;
    bool onSongkick = true;
    bool onSeatGeek = true;
    qint64 announcedHour = 0; // hours since the epoch when it appeared

    friend bool operator==(const SandboxGig &, const SandboxGig &) = default;
};

struct SandboxReleaseGroup
{
    QString id;
    QString title;
    QString primaryType; // "Album", "Single", "EP", "Broadcast", "Other" or empty
    QStringList secondaryTypes;
    QString firstReleaseDate; // "", "YYYY", "YYYY-MM" or "YYYY-MM-DD"
    // The artist credit: (pool index, MBID slot) of each credited artist, the group's own artist
    // first. A shared group is in the history of every artist it credits.
    QList<std::pair<int, int>> credits;

    friend bool operator==(const SandboxReleaseGroup &, const SandboxReleaseGroup &) = default;
};

class SandboxWorld
{
    Q_DISABLE_COPY_MOVE(SandboxWorld)

public:
    static constexpr int artistPoolSize = 6000;
    static constexpr int touringArtists = 300; // the first indices tour everywhere
    static constexpr int horizonDays = 90;

    explicit SandboxWorld(quint64 seed);

    quint64 seed() const { return m_seed; }

    SandboxArtist artist(int index) const;
    // The pool index and MBID slot of an artist MBID, or nothing when no artist has it.
    std::optional<std::pair<int, int>> artistByMbid(const QString &mbid) const;
    // Artists with MBIDs whose name matches, each MBID a hit, with a 0–100 score, best first. As
    // on MusicBrainz the score is text relevance: of several artists with exactly the name, only
    // the first scores 100, the others a little less (96, 92…).
    struct ArtistHit
    {
        int index;
        int slot;
        int score;
    };
    QList<ArtistHit> searchArtists(const QString &query, int limit) const;

    SandboxMetro metroAt(double lat, double lng) const;
    std::optional<SandboxMetro> metroById(qint64 id) const;
    // Metro areas that may hold venues within radiusKm of the point.
    QList<SandboxMetro> metrosNear(double lat, double lng, double radiusKm) const;
    QList<SandboxVenue> venuesOf(const SandboxMetro &metro) const;

    // Gigs of a metro area from now's local date over the horizon, as known at `now`, by start.
    QList<SandboxGig> gigsOf(const SandboxMetro &metro, const QDateTime &now) const;
    // Gigs at venues within radiusKm of the point (radius capped at 300 km), by start.
    QList<SandboxGig> gigsNear(double lat, double lng, double radiusKm, const QDateTime &now) const;

    // Every release group crediting the artist: its own, then those of its partner (the pool
    // index next to it, first MBID slots only) that credit it too.
    QList<SandboxReleaseGroup> releaseGroups(int artistIndex, int mbidSlot, QDate today) const;
    // The artist that may share release groups with (artistIndex, 0); -1 when none.
    int creditPartner(int artistIndex) const;

    static constexpr double cityClusterKm = 60.0;
    static constexpr double maxSearchRadiusKm = 300.0;

private:
    SandboxArtist makeArtist(int index) const;
    QList<SandboxReleaseGroup> ownReleaseGroups(int artistIndex, int mbidSlot, QDate today) const;
    void ensureArtists() const; // builds the pool, its folded names and the MBID index once
    SandboxMetro cityMetro(int cityIndex) const;
    SandboxMetro gridMetro(int latCell, int lngCell) const;
    QList<SandboxGig> generateGigs(const SandboxMetro &metro, const QDateTime &now) const;

    quint64 m_seed;
    mutable QMutex m_mutex;
    mutable std::once_flag m_artistsBuilt;
    mutable QList<SandboxArtist> m_artists; // the whole pool, built on first use
    mutable QStringList m_foldedNames; // for search
    mutable QHash<QString, int> m_mbidIndex; // mbid → index * 4 + slot
    mutable QHash<QString, QList<SandboxGig>> m_gigCache; // key: metro id, now's hour
};

QString sandboxGigStatusName(SandboxGigStatus status);

} // namespace gig
