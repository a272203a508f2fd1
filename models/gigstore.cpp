#include "models/gigstore.h"

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

constexpr qint64 msPerHour = 3600 * 1000;
constexpr qint64 graceAfterDay = 6 * msPerHour;
constexpr qint64 latestZoneOffset = -12 * msPerHour; // UTC-12: the last place where a day ends

QDateTime earlierOf(const QDateTime &a, const QDateTime &b)
{
    if (!a.isValid())
        return b;
    return b < a ? b : a;
}

} // namespace

// ---- Batch ----

GigStore::Batch::Batch(GigStore &store)
    : m_store(store)
{
    m_store.beginBatch();
}

GigStore::Batch::~Batch()
{
    m_store.endBatch();
}

void GigStore::Changes::touch(const QString &id)
{
    changed.insert(id);
    removed.remove(id);
}

void GigStore::Changes::remove(const QString &id)
{
    changed.remove(id);
    removed.insert(id);
}

// ---- GigStore ----

GigStore::GigStore(QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{ }

GigStore::~GigStore() = default;

void GigStore::setClock(Clock clock)
{
    Q_ASSERT(clock);
    m_clock = std::move(clock);
}

QDateTime GigStore::now() const
{
    return m_clock();
}

void GigStore::beginBatch()
{
    ++m_batchDepth;
}

void GigStore::endBatch()
{
    Q_ASSERT(m_batchDepth > 0);
    if (--m_batchDepth == 0)
        finishBatch();
}

void GigStore::finishBatch()
{
    if (m_eventChanges.isEmpty() && m_artistChanges.isEmpty() && m_releaseChanges.isEmpty()
        && m_locationChanges.isEmpty()) {
        return;
    }
    const quint64 revision = ++m_revision;
    // Take the change sets first: a slot may write again, which makes a batch of its own.
    const Changes events = std::exchange(m_eventChanges, {});
    const Changes artists = std::exchange(m_artistChanges, {});
    const Changes releases = std::exchange(m_releaseChanges, {});
    const Changes locations = std::exchange(m_locationChanges, {});
    if (!events.isEmpty())
        emit eventsChanged(events.changed, events.removed);
    if (!artists.isEmpty())
        emit artistsChanged(artists.changed, artists.removed);
    if (!releases.isEmpty())
        emit releasesChanged(releases.changed, releases.removed);
    if (!locations.isEmpty())
        emit locationsChanged(locations.changed, locations.removed);
    emit batchFinished(revision);
}

// ---- reads ----

template<class Row>
Cached<typename Row::Value> GigStore::cached(const Row &row, const QDateTime &now)
{
    return { row.value, freshnessAt(row.fetchedAt, row.expiresAt, now), row.fetchedAt,
        row.expiresAt };
}

template<class Row>
Cached<typename Row::Value> GigStore::lookup(
    const QHash<QString, Row> &table, const QString &key, QString Row::Value::*keyField) const
{
    const auto it = table.constFind(key);
    if (it == table.cend()) {
        Cached<typename Row::Value> pending;
        pending.value.*keyField = key;
        return pending;
    }
    return cached(*it, now());
}

Cached<Event> GigStore::eventById(const QString &id) const
{
    return lookup(m_events, id, &Event::id);
}

Cached<Artist> GigStore::artist(const QString &id) const
{
    return lookup(m_artists, id, &Artist::id);
}

Cached<LatestRelease> GigStore::latestRelease(const QString &artistMbid) const
{
    return lookup(m_releases, artistMbid, &LatestRelease::artistMbid);
}

Cached<Location> GigStore::location(const QString &id) const
{
    return lookup(m_locations, id, &Location::id);
}

QList<const GigStore::EventRow *> GigStore::sortedEventRows(const QString &locationId) const
{
    QList<const EventRow *> rows;
    const auto location = m_locations.constFind(locationId);
    if (location == m_locations.cend())
        return rows;
    const QStringList &ids = location->value.eventIds;
    rows.reserve(ids.size());
    QSet<QString> seen;
    for (const QString &id : ids) {
        const auto it = m_events.constFind(id);
        if (it != m_events.cend() && !seen.contains(id)) {
            seen.insert(id);
            rows.append(&*it);
        }
    }
    std::sort(rows.begin(), rows.end(), [](const EventRow *a, const EventRow *b) {
        if (a->sortKey != b->sortKey)
            return a->sortKey < b->sortKey;
        if (const auto c = a->value.start <=> b->value.start; c != 0)
            return c < 0;
        return a->value.id < b->value.id;
    });
    return rows;
}

QList<Cached<Event>> GigStore::eventsOf(const QString &locationId) const
{
    const QDateTime at = now();
    QList<Cached<Event>> events;
    const auto rows = sortedEventRows(locationId);
    events.reserve(rows.size());
    for (const EventRow *row : rows)
        events.append(cached(*row, at));
    return events;
}

QStringList GigStore::eventIdsOf(const QString &locationId) const
{
    QStringList ids;
    const auto rows = sortedEventRows(locationId);
    ids.reserve(rows.size());
    for (const EventRow *row : rows)
        ids.append(row->value.id);
    return ids;
}

QList<Cached<Artist>> GigStore::lineupOf(const QString &eventId) const
{
    QList<Cached<Artist>> lineup;
    const auto it = m_events.constFind(eventId);
    if (it == m_events.cend())
        return lineup;
    lineup.reserve(it->value.lineup.size());
    for (const QString &artistId : it->value.lineup)
        lineup.append(artist(artistId));
    return lineup;
}

QStringList GigStore::locationsContaining(const QString &eventId) const
{
    QStringList ids;
    for (auto it = m_locations.cbegin(); it != m_locations.cend(); ++it) {
        if (it->value.eventIds.contains(eventId))
            ids.append(it.key());
    }
    ids.sort();
    return ids;
}

QStringList GigStore::artistsLackingFreshRelease() const
{
    const QDateTime at = now();
    // Artist id → MBID for the artists whose release row is missing or not fresh.
    QHash<QString, QString> lacking;
    for (auto it = m_artists.cbegin(); it != m_artists.cend(); ++it) {
        const QString &mbid = it->value.mbid;
        if (mbid.isEmpty())
            continue;
        const auto release = m_releases.constFind(mbid);
        if (release == m_releases.cend()
            || freshnessAt(release->fetchedAt, release->expiresAt, at) != Freshness::Fresh) {
            lacking.insert(it.key(), mbid);
        }
    }
    if (lacking.isEmpty())
        return {};

    QHash<QString, qint64> soonest; // MBID → earliest gig start
    for (auto it = lacking.cbegin(); it != lacking.cend(); ++it)
        soonest.insert(it.value(), std::numeric_limits<qint64>::max());
    for (const EventRow &row : m_events) {
        for (const QString &artistId : row.value.lineup) {
            const auto mbid = lacking.constFind(artistId);
            if (mbid == lacking.cend())
                continue;
            qint64 &key = soonest[*mbid];
            key = std::min(key, row.sortKey);
        }
    }
    QList<std::pair<qint64, QString>> order;
    order.reserve(soonest.size());
    for (auto it = soonest.cbegin(); it != soonest.cend(); ++it)
        order.append({ it.value(), it.key() });
    std::sort(order.begin(), order.end());
    QStringList mbids;
    mbids.reserve(order.size());
    for (const auto &entry : std::as_const(order))
        mbids.append(entry.second);
    return mbids;
}

StoreSnapshot GigStore::snapshot() const
{
    const QDateTime at = now();
    StoreSnapshot snapshot;
    snapshot.events.reserve(m_events.size());
    for (const EventRow &row : m_events)
        snapshot.events.append(cached(row, at));
    snapshot.artists.reserve(m_artists.size());
    for (const ArtistRow &row : m_artists)
        snapshot.artists.append(cached(row, at));
    snapshot.releases.reserve(m_releases.size());
    for (const ReleaseRow &row : m_releases)
        snapshot.releases.append(cached(row, at));
    snapshot.locations.reserve(m_locations.size());
    for (const LocationRow &row : m_locations)
        snapshot.locations.append(cached(row, at));
    return snapshot;
}

qint64 GigStore::overAtMSecs(const EventStart &start)
{
    if (!start.isValid())
        return std::numeric_limits<qint64>::max();
    const qint64 dayEndAsUtc
        = QDateTime(start.localDate().addDays(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 offset
        = start.utcOffsetSeconds() ? qint64(*start.utcOffsetSeconds()) * 1000 : latestZoneOffset;
    return dayEndAsUtc - offset + graceAfterDay;
}

bool GigStore::isOver(const Event &event, const QDateTime &now)
{
    return now.toMSecsSinceEpoch() >= overAtMSecs(event.start);
}

// ---- writes ----

void GigStore::setEventKeys(EventRow &row)
{
    row.sortKey = row.value.start.sortKey();
    row.overAt = overAtMSecs(row.value.start);
    const QStringList &lineup = row.value.lineup;
    row.lineupSlots.resize(lineup.size());
    for (qsizetype i = 0; i < lineup.size(); ++i)
        row.lineupSlots[i] = m_artistSlots.intern(lineup.at(i));
    row.slot = m_eventSlots.intern(row.value.id);
    m_eventSlots.value(row.slot) = row.overAt;
}

void GigStore::setLocationKeys(LocationRow &row)
{
    const QStringList &ids = row.value.eventIds;
    row.eventSlots.resize(ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i)
        row.eventSlots[i] = m_eventSlots.intern(ids.at(i));
}

void GigStore::forgetEvent(const EventRow &row)
{
    m_eventSlots.value(row.slot) = noEventOverAt;
}

void GigStore::compactEventSlots()
{
    m_eventSlots.clear();
    for (EventRow &row : m_events) {
        row.slot = m_eventSlots.intern(row.value.id);
        m_eventSlots.value(row.slot) = row.overAt;
    }
    for (LocationRow &row : m_locations)
        setLocationKeys(row);
}

void GigStore::compactArtistSlots()
{
    m_artistSlots.clear();
    for (ArtistRow &row : m_artists)
        row.slot = m_artistSlots.intern(row.value.id);
    for (EventRow &row : m_events) {
        const QStringList &lineup = row.value.lineup;
        for (qsizetype i = 0; i < lineup.size(); ++i)
            row.lineupSlots[i] = m_artistSlots.intern(lineup.at(i));
    }
}

template<class Row>
Row *GigStore::write(QHash<QString, Row> &table, Changes &changes, const QString &id,
    const typename Row::Value &value, const QDateTime &fetchedAt, const QDateTime &expiresAt)
{
    auto it = table.find(id);
    if (it == table.end()) {
        Row row;
        row.value = value;
        row.fetchedAt = fetchedAt;
        row.expiresAt = expiresAt;
        it = table.insert(id, std::move(row));
    } else {
        // QDateTime compares instants, so a reloaded UTC stamp equals the local one it came from.
        if (it->value == value && it->fetchedAt == fetchedAt && it->expiresAt == expiresAt)
            return nullptr;
        it->value = value;
        it->fetchedAt = fetchedAt;
        it->expiresAt = expiresAt;
    }
    changes.touch(id);
    return &*it;
}

void GigStore::upsertEvents(
    const QList<Event> &events, const QDateTime &fetchedAt, const QDateTime &expiresAt)
{
    Batch batch(*this);
    m_events.reserve(m_events.size() + events.size());
    for (const Event &event : events) {
        if (EventRow *row = write(m_events, m_eventChanges, event.id, event, fetchedAt, expiresAt))
            setEventKeys(*row);
    }
}

void GigStore::upsertArtists(
    const QList<Artist> &artists, const QDateTime &fetchedAt, const QDateTime &expiresAt)
{
    Batch batch(*this);
    for (const Artist &artist : artists) {
        if (ArtistRow *row
            = write(m_artists, m_artistChanges, artist.id, artist, fetchedAt, expiresAt))
            row->slot = m_artistSlots.intern(artist.id);
    }
}

void GigStore::upsertLatestRelease(
    const LatestRelease &latest, const QDateTime &fetchedAt, const QDateTime &expiresAt)
{
    Batch batch(*this);
    write(m_releases, m_releaseChanges, latest.artistMbid, latest, fetchedAt, expiresAt);
}

void GigStore::upsertLocation(
    const Location &location, const QDateTime &fetchedAt, const QDateTime &expiresAt)
{
    Batch batch(*this);
    Location value = location;
    value.refreshedAt = fetchedAt;
    if (LocationRow *row
        = write(m_locations, m_locationChanges, value.id, value, fetchedAt, expiresAt))
        setLocationKeys(*row);
}

void GigStore::watchLocation(const Location &location)
{
    Batch batch(*this);
    const auto it = m_locations.constFind(location.id);
    if (it == m_locations.cend()) {
        if (LocationRow *row = write(m_locations, m_locationChanges, location.id, location, {}, {}))
            setLocationKeys(*row);
        return;
    }
    Location value = it->value;
    value.name = location.name;
    value.coordinate = location.coordinate;
    value.radiusKm = location.radiusKm;
    value.metroArea = location.metroArea;
    if (LocationRow *row
        = write(m_locations, m_locationChanges, value.id, value, it->fetchedAt, it->expiresAt))
        setLocationKeys(*row);
}

void GigStore::forgetLocationEvents(const QStringList &ids)
{
    Batch batch(*this);
    for (const QString &id : ids) {
        const auto it = m_locations.constFind(id);
        if (it == m_locations.cend())
            continue;
        Location value = it->value;
        value.eventIds.clear();
        if (LocationRow *row = write(m_locations, m_locationChanges, id, value, {}, {}))
            setLocationKeys(*row);
    }
}

void GigStore::unwatchLocation(const QString &id)
{
    Batch batch(*this);
    if (m_locations.remove(id))
        m_locationChanges.remove(id);
}

template<class Row>
void GigStore::markStale(
    QHash<QString, Row> &table, Changes &changes, const QString &id, const QDateTime &now)
{
    const auto it = table.find(id);
    if (it == table.end() || !it->fetchedAt.isValid())
        return;
    if (freshnessAt(it->fetchedAt, it->expiresAt, now) == Freshness::Stale)
        return;
    it->expiresAt = earlierOf(it->expiresAt, now);
    changes.touch(id);
}

void GigStore::markLocationStale(const QString &id)
{
    Batch batch(*this);
    markStale(m_locations, m_locationChanges, id, now());
}

void GigStore::markEventsStale(const QStringList &ids)
{
    Batch batch(*this);
    const QDateTime at = now();
    for (const QString &id : ids)
        markStale(m_events, m_eventChanges, id, at);
}

void GigStore::markArtistsStale(const QStringList &ids)
{
    Batch batch(*this);
    const QDateTime at = now();
    for (const QString &id : ids)
        markStale(m_artists, m_artistChanges, id, at);
}

void GigStore::markReleasesStale(const QStringList &artistMbids)
{
    Batch batch(*this);
    const QDateTime at = now();
    for (const QString &mbid : artistMbids)
        markStale(m_releases, m_releaseChanges, mbid, at);
}

void GigStore::restore(const StoreSnapshot &snapshot)
{
    Batch batch(*this);
    m_events.reserve(m_events.size() + snapshot.events.size());
    for (const Cached<Event> &row : snapshot.events) {
        if (EventRow *written = write(
                m_events, m_eventChanges, row.value.id, row.value, row.fetchedAt, row.expiresAt)) {
            setEventKeys(*written);
        }
    }
    for (const Cached<Artist> &row : snapshot.artists) {
        if (ArtistRow *written = write(m_artists, m_artistChanges, row.value.id, row.value,
                row.fetchedAt, row.expiresAt)) {
            written->slot = m_artistSlots.intern(row.value.id);
        }
    }
    for (const Cached<LatestRelease> &row : snapshot.releases) {
        write(m_releases, m_releaseChanges, row.value.artistMbid, row.value, row.fetchedAt,
            row.expiresAt);
    }
    for (const Cached<Location> &row : snapshot.locations) {
        if (LocationRow *written = write(m_locations, m_locationChanges, row.value.id, row.value,
                row.fetchedAt, row.expiresAt)) {
            setLocationKeys(*written);
        }
    }

    for (const QString &id : snapshot.removedEventIds) {
        const auto event = m_events.find(id);
        if (event == m_events.end())
            continue;
        forgetEvent(*event);
        m_events.erase(event);
        m_eventChanges.remove(id);
    }
    for (const QString &id : snapshot.removedArtistIds) {
        if (m_artists.remove(id))
            m_artistChanges.remove(id);
    }
    for (const QString &mbid : snapshot.removedReleaseMbids) {
        if (m_releases.remove(mbid))
            m_releaseChanges.remove(mbid);
    }
    for (const QString &id : snapshot.removedLocationIds) {
        if (m_locations.remove(id))
            m_locationChanges.remove(id);
    }
}

GigStore::SweepResult GigStore::sweep(const QDateTime &now)
{
    Batch batch(*this);
    SweepResult result;
    const quint32 epoch = ++m_sweepEpoch;
    const qint64 nowMs = now.toMSecsSinceEpoch();

    // Mark: events reached from a watched location and not over; their ids leave the location
    // when they are over. Ids the store holds no event for stay (their gigs may still come).
    quint32 *eventMarks = m_eventSlots.marks();
    const qint64 *eventOverAt = m_eventSlots.values();
    qsizetype eventReferences = 0;
    for (auto location = m_locations.begin(); location != m_locations.end(); ++location) {
        const QList<quint32> &eventSlots = std::as_const(location->eventSlots);
        qsizetype kept = 0;
        for (qsizetype i = 0; i < eventSlots.size(); ++i) {
            const quint32 slot = eventSlots.at(i);
            const qint64 overAt = eventOverAt[slot];
            if (overAt != noEventOverAt && nowMs >= overAt)
                continue;
            if (overAt != noEventOverAt)
                eventMarks[slot] = epoch;
            if (kept != i) {
                location->eventSlots[kept] = slot;
                location->value.eventIds[kept] = location->value.eventIds.at(i);
            }
            ++kept;
        }
        if (kept != eventSlots.size()) {
            location->eventSlots.resize(kept);
            location->value.eventIds.resize(kept);
            m_locationChanges.touch(location.key());
        }
        eventReferences += kept;
    }

    // Sweep events; mark the artist slots of the events that stay.
    quint32 *slotMarks = m_artistSlots.marks();
    qsizetype liveSlots = 0;
    for (auto event = m_events.begin(); event != m_events.end();) {
        if (eventMarks[event->slot] != epoch) {
            forgetEvent(*event);
            m_eventChanges.remove(event.key());
            event = m_events.erase(event);
            ++result.events;
            continue;
        }
        for (const quint32 slot : std::as_const(event->lineupSlots)) {
            if (slotMarks[slot] != epoch) {
                slotMarks[slot] = epoch;
                ++liveSlots;
            }
        }
        ++event;
    }

    // Sweep artists; mark the release rows of the artists that stay.
    for (auto artist = m_artists.begin(); artist != m_artists.end();) {
        if (slotMarks[artist->slot] != epoch) {
            m_artistChanges.remove(artist.key());
            artist = m_artists.erase(artist);
            ++result.artists;
            continue;
        }
        if (!artist->value.mbid.isEmpty()) {
            const auto release = m_releases.find(artist->value.mbid);
            if (release != m_releases.end())
                release->mark = epoch;
        }
        ++artist;
    }

    for (auto release = m_releases.begin(); release != m_releases.end();) {
        if (release->mark != epoch) {
            m_releaseChanges.remove(release.key());
            release = m_releases.erase(release);
            ++result.releases;
            continue;
        }
        ++release;
    }

    if (m_artistSlots.size() > 2 * liveSlots + 4096)
        compactArtistSlots();
    if (m_eventSlots.size() > 2 * (m_events.size() + eventReferences) + 4096)
        compactEventSlots();
    return result;
}

} // namespace gig
