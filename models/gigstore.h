// The in-process cache every view reads and only the refresh engine writes: events, artists,
// latest releases (by artist MBID) and watched locations, each row stamped with its freshness.
#pragma once

#include "models/artist.h"
#include "models/cached.h"
#include "models/event.h"
#include "models/idslots.h"
#include "models/latestrelease.h"
#include "models/location.h"
#include "models/storesnapshot.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <functional>
#include <limits>

namespace gig {

// Tables are normalized: a location holds event ids, an event holds artist ids, an artist's
// latest release is keyed by the artist's MBID. An event found around two places is stored once.
// A location in the store is a watched place; unwatchLocation() leaves its rows to sweep().
//
// Every write belongs to a batch. Writes outside an explicit Batch are a batch of their own.
// When the outermost batch ends, each table that changed emits one signal carrying the ids that
// changed (written, or freshness changed) and the ids that were removed, then batchFinished().
//
// Time: freshness is read against now(), the injectable clock (setClock()); writes take their
// fetched-at and expires-at stamps as parameters; sweep() takes `now`. A row that turns stale
// because time passed emits nothing: a view that shows freshness re-reads it on its own timer.
//
// Everything here runs on the thread the store lives on (the GUI thread); nothing locks.
class GigStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GigStore)

public:
    using Clock = std::function<QDateTime()>;

    // Groups writes: the change signals are emitted once, when the outermost Batch ends.
    class Batch
    {
    public:
        explicit Batch(GigStore &store);
        ~Batch();
        Q_DISABLE_COPY_MOVE(Batch)

    private:
        GigStore &m_store;
    };

    explicit GigStore(QObject *parent = nullptr);
    ~GigStore() override;

    void setClock(Clock clock); // default: QDateTime::currentDateTimeUtc
    QDateTime now() const;

    void beginBatch();
    void endBatch();
    bool isInBatch() const { return m_batchDepth > 0; }
    // Counts finished batches that changed something; CacheDatabase reports what it has
    // written in these terms.
    quint64 revision() const { return m_revision; }

    // Lookups by id. An id the store does not hold gives a Pending row with an empty value
    // (except for its id / artistMbid, which is filled in).
    Cached<Event> eventById(const QString &id) const; // not event(): QObject::event() is taken
    Cached<Artist> artist(const QString &id) const;
    Cached<LatestRelease> latestRelease(const QString &artistMbid) const;
    Cached<Location> location(const QString &id) const;

    bool containsEvent(const QString &id) const { return m_events.contains(id); }
    bool containsArtist(const QString &id) const { return m_artists.contains(id); }
    bool containsLatestRelease(const QString &artistMbid) const
    {
        return m_releases.contains(artistMbid);
    }
    bool containsLocation(const QString &id) const { return m_locations.contains(id); }

    qsizetype eventCount() const { return m_events.size(); }
    qsizetype artistCount() const { return m_artists.size(); }
    qsizetype releaseCount() const { return m_releases.size(); }
    qsizetype locationCount() const { return m_locations.size(); }

    // All ids of a table, in no particular order.
    QStringList eventIds() const { return m_events.keys(); }
    QStringList artistIds() const { return m_artists.keys(); }
    QStringList releaseMbids() const { return m_releases.keys(); }
    QStringList locationIds() const { return m_locations.keys(); }

    // The events of a location that the store holds, sorted by start (EventStart order), then id.
    QList<Cached<Event>> eventsOf(const QString &locationId) const;
    QStringList eventIdsOf(const QString &locationId) const;
    // The lineup of an event in billing order; artists not fetched yet come back Pending.
    QList<Cached<Artist>> lineupOf(const QString &eventId) const;
    // Ids of the watched locations whose event list holds `eventId`.
    QStringList locationsContaining(const QString &eventId) const;

    // Artist MBIDs (each once) whose latest release is missing, pending or stale at now(),
    // soonest gig first, then by MBID. Artists without an MBID are never listed.
    QStringList artistsLackingFreshRelease() const;

    // Every row, for persistence and tests.
    StoreSnapshot snapshot() const;

    // When a gig counts as over: 6 hours after the end of its local day, read in its UTC offset
    // when known, otherwise in UTC-12 so that no gig is dropped early. Never for invalid starts.
    static qint64 overAtMSecs(const EventStart &start);
    static bool isOver(const Event &event, const QDateTime &now);

    // Writes. Rows that already hold exactly the given value and stamps are left alone and do
    // not count as changed. `expiresAt` invalid means the row never expires.
    void upsertEvents(
        const QList<Event> &events, const QDateTime &fetchedAt, const QDateTime &expiresAt);
    void upsertArtists(
        const QList<Artist> &artists, const QDateTime &fetchedAt, const QDateTime &expiresAt);
    // One row per artist MBID; `latest.release == std::nullopt` records a definite "none".
    void upsertLatestRelease(
        const LatestRelease &latest, const QDateTime &fetchedAt, const QDateTime &expiresAt);
    // Replaces the location (its event ids too); its refreshedAt becomes `fetchedAt`.
    void upsertLocation(
        const Location &location, const QDateTime &fetchedAt, const QDateTime &expiresAt);
    // Starts watching a place: a Pending row when new; when already held, only its description
    // (name, coordinate, radius, metro area) changes and its events and stamps stay.
    void watchLocation(const Location &location);
    // Forgets what the locations' gigs were, as when the gigs come from other sources now: each
    // keeps its description but lists no events and is Pending again, so it is fetched at once;
    // the events, and the artists only they played, go at the next sweep(). Unknown ids are
    // ignored.
    void forgetLocationEvents(const QStringList &ids);
    // Stops watching: the location goes now, its events and artists at the next sweep().
    void unwatchLocation(const QString &id);

    // A refresh failed: the rows stay with their values and become Stale at now().
    // Pending rows stay Pending; unknown ids are ignored.
    void markLocationStale(const QString &id);
    void markEventsStale(const QStringList &ids);
    void markArtistsStale(const QStringList &ids);
    void markReleasesStale(const QStringList &artistMbids);

    // Writes rows exactly as given (stamps included) and deletes the removed ids: CacheDatabase
    // uses it to load the cache at start.
    void restore(const StoreSnapshot &snapshot);

    struct SweepResult
    {
        qsizetype events = 0;
        qsizetype artists = 0;
        qsizetype releases = 0;
        friend bool operator==(const SweepResult &, const SweepResult &) = default;
    };
    // Mark and sweep: drops gigs that are over at `now` (and their ids from the locations), then
    // every event no watched location references, every artist no remaining event plays, and
    // every latest release no remaining artist has. Never drops a row for its age alone.
    SweepResult sweep(const QDateTime &now);

signals:
    void eventsChanged(const QSet<QString> &changed, const QSet<QString> &removed);
    void artistsChanged(const QSet<QString> &changed, const QSet<QString> &removed);
    void releasesChanged(const QSet<QString> &changedMbids, const QSet<QString> &removedMbids);
    void locationsChanged(const QSet<QString> &changed, const QSet<QString> &removed);
    // After the table signals of a batch that changed something.
    void batchFinished(quint64 revision);

private:
    // A row of any table: the value and its freshness stamps.
    template<class T> struct Stamped
    {
        using Value = T;
        T value;
        QDateTime fetchedAt;
        QDateTime expiresAt;
    };
    struct EventRow : Stamped<Event>
    {
        qint64 sortKey = 0; // EventStart::sortKey()
        qint64 overAt = 0; // overAtMSecs()
        quint32 slot = 0; // in m_eventSlots
        QList<quint32> lineupSlots; // the artist slot of each lineup entry
    };
    struct ArtistRow : Stamped<Artist>
    {
        quint32 slot = 0; // in m_artistSlots
    };
    struct ReleaseRow : Stamped<LatestRelease>
    {
        quint32 mark = 0; // the sweep epoch that reached the row
    };
    struct LocationRow : Stamped<Location>
    {
        QList<quint32> eventSlots; // the event slot of each event id
    };
    struct Changes
    {
        QSet<QString> changed;
        QSet<QString> removed;
        void touch(const QString &id);
        void remove(const QString &id);
        bool isEmpty() const { return changed.isEmpty() && removed.isEmpty(); }
    };

    template<class Row>
    static Cached<typename Row::Value> cached(const Row &row, const QDateTime &now);
    // The row under `key`, or a Pending one whose `keyField` holds the key.
    template<class Row>
    Cached<typename Row::Value> lookup(
        const QHash<QString, Row> &table, const QString &key, QString Row::Value::*keyField) const;
    // The row written, or nullptr when it already held exactly this.
    template<class Row>
    static Row *write(QHash<QString, Row> &table, Changes &changes, const QString &id,
        const typename Row::Value &value, const QDateTime &fetchedAt, const QDateTime &expiresAt);
    template<class Row>
    static void markStale(
        QHash<QString, Row> &table, Changes &changes, const QString &id, const QDateTime &now);
    void setEventKeys(EventRow &row);
    void setLocationKeys(LocationRow &row);
    void forgetEvent(const EventRow &row); // its id stays interned; its slot holds no event
    void compactArtistSlots();
    void compactEventSlots();
    QList<const EventRow *> sortedEventRows(const QString &locationId) const;
    void finishBatch();

    QHash<QString, EventRow> m_events;
    QHash<QString, ArtistRow> m_artists;
    QHash<QString, ReleaseRow> m_releases;
    QHash<QString, LocationRow> m_locations;

    Changes m_eventChanges;
    Changes m_artistChanges;
    Changes m_releaseChanges;
    Changes m_locationChanges;

    Clock m_clock;
    int m_batchDepth = 0;
    quint64 m_revision = 0;
    quint32 m_sweepEpoch = 0;

    // Every id of an artist row or a lineup has a slot; compacted when unused slots outnumber
    // the live ones.
    IdSlots<> m_artistSlots;
    // Every id of an event row or a location's event list has a slot, whose value is when its
    // event is over (noEventOverAt while the store holds no event), so that marking the events
    // of the watched locations reads two arrays instead of hashing 100,000 id strings.
    static constexpr qint64 noEventOverAt = std::numeric_limits<qint64>::min();
    IdSlots<qint64> m_eventSlots { noEventOverAt };
};

} // namespace gig
