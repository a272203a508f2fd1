#include "models/giglistmodel.h"

#include "models/gigstore.h"
#include "models/lineupreleases.h"
#include "models/localeformat.h"
#include "models/myartists.h"

#include <QLocale>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

// A gig only one provider lists, as mergeGigs() gives it.
MergedGig loneGig(Event event)
{
    GigListing listing = GigListing::of(event);
    return MergedGig { std::move(event), { std::move(listing) } };
}

} // namespace

GigListModel::GigListModel(const GigStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    Q_ASSERT(store);
    connect(store, &GigStore::locationsChanged, this, &GigListModel::onLocationsChanged);
    connect(store, &GigStore::eventsChanged, this, &GigListModel::onEventsChanged);
    connect(store, &GigStore::artistsChanged, this, &GigListModel::onArtistsChanged);
    connect(store, &GigStore::releasesChanged, this, &GigListModel::onReleasesChanged);
}

GigListModel::~GigListModel() = default;

void GigListModel::setLocationId(const QString &locationId)
{
    beginResetModel();
    m_locationId = locationId;
    m_origin
        = locationId.isEmpty() ? QGeoCoordinate() : m_store->location(locationId).value.coordinate;
    m_rows.clear();
    m_rowOfEvent.clear();
    m_listedEventIds.clear();
    m_days.clear();
    if (!locationId.isEmpty()) {
        const QStringList listed = m_store->location(locationId).value.eventIds;
        m_listedEventIds = QSet<QString>(listed.cbegin(), listed.cend());
        QSet<QDate> days;
        QSet<QString> wanted;
        for (const Cached<Event> &event : m_store->eventsOf(locationId)) {
            m_days.place(event.value.id, event.value.start.localDate());
            days.insert(event.value.start.localDate());
            wanted.insert(event.value.id);
        }
        for (MergedGig &gig : mergedGigsOf(days, wanted)) {
            m_rows.append(makeRow(std::move(gig)));
            mapListings(int(m_rows.size()) - 1);
        }
    }
    rebuildIndexes();
    endResetModel();
}

void GigListModel::setMyArtists(const MyArtists *artists)
{
    if (m_myArtists == artists)
        return;
    if (m_myArtists)
        disconnect(m_myArtists, nullptr, this, nullptr);
    m_myArtists = artists;
    if (artists) {
        connect(artists, &MyArtists::changed, this, &GigListModel::onMyArtistsChanged);
        connect(artists, &MyArtists::loaded, this, &GigListModel::onMyArtistsChanged);
        connect(artists, &QObject::destroyed, this, [this] {
            m_myArtists = nullptr;
            onMyArtistsChanged();
        });
    }
    onMyArtistsChanged();
}

bool GigListModel::isMine(const Event &event) const
{
    if (!m_myArtists || m_myArtists->size() == 0)
        return false;
    return std::any_of(event.lineup.cbegin(), event.lineup.cend(),
        [this](const QString &id) { return m_myArtists->follows(m_store->artist(id).value); });
}

void GigListModel::onMyArtistsChanged()
{
    for (int row = 0; row < m_rows.size(); ++row) {
        Row &entry = m_rows[row];
        const bool mine = isMine(entry.gig.event);
        if (mine == entry.mine)
            continue;
        entry.mine = mine;
        // Every role: the filter proxy re-filters only on changes it is told may concern it.
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

QString GigListModel::eventIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).gig.event.id : QString();
}

int GigListModel::rowOf(const QString &eventId) const
{
    return m_rowOfEvent.value(eventId, -1);
}

int GigListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int GigListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

GigListModel::Row GigListModel::makeRow(MergedGig gig) const
{
    Row row;
    row.gig = std::move(gig);
    const QList<ArtistRelease> lineup = lineupReleases(*m_store, row.gig.event);
    row.lineupText = lineupNamesText(lineup);
    row.releasesText = lineupReleasesText(lineup);
    const bool fetching = std::any_of(lineup.cbegin(), lineup.cend(),
        [](const ArtistRelease &a) { return a.state == ArtistRelease::State::Fetching; });
    // Stale when any provider's listing is: the gig may have changed there.
    const bool stale = std::any_of(row.gig.listings.cbegin(), row.gig.listings.cend(),
        [this](const auto &l) { return m_store->eventById(l.eventId).isStale(); });
    row.freshness = stale ? Freshness::Stale : fetching ? Freshness::Pending : Freshness::Fresh;
    row.distanceKm = distanceKmOf(row.gig.event);
    row.mine = isMine(row.gig.event);
    for (const Column column : { EventColumn, VenueColumn, LineupColumn, ReleasesColumn })
        row.textSortKeys[column] = displayData(row, column).toString().toCaseFolded();
    return row;
}

double GigListModel::distanceKmOf(const Event &event) const
{
    if (m_origin.isValid() && event.venue.coordinate.isValid())
        return m_origin.distanceTo(event.venue.coordinate) / 1000.0;
    return -1;
}

QVariant GigListModel::displayData(const Row &row, int column) const
{
    const Event &event = row.gig.event;
    switch (Column(column)) {
    case DateColumn:
        return QLocale().toString(event.start.localDate(), u"ddd d MMM yyyy"_s);
    case TimeColumn:
        return event.start.localTime() ? timeText(*event.start.localTime()) : QString();
    case EventColumn:
        return event.name;
    case VenueColumn:
        return event.venue.city.isEmpty() ? event.venue.name
                                          : event.venue.name + u", "_s + event.venue.city;
    case DistanceColumn:
        return row.distanceKm < 0 ? QString() : distanceText(row.distanceKm);
    case LineupColumn:
        return row.lineupText;
    case ReleasesColumn:
        return row.releasesText;
    case StatusColumn:
        return eventStatusText(event.status);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant GigListModel::sortData(const Row &row, int column) const
{
    switch (Column(column)) {
    case DateColumn:
    case TimeColumn:
        return row.gig.event.start.sortKey();
    case DistanceColumn:
        return row.distanceKm < 0 ? std::numeric_limits<double>::max() : row.distanceKm;
    case StatusColumn:
        return int(row.gig.event.status);
    case EventColumn:
    case VenueColumn:
    case LineupColumn:
    case ReleasesColumn:
        return row.textSortKeys[column];
    case ColumnCount:
        break;
    }
    return {};
}

bool GigListModel::cellDiffers(const Row &a, const Row &b, Column column)
{
    // The inputs of displayData() and sortData(), compared without formatting either.
    switch (column) {
    case DateColumn:
    case TimeColumn:
        return !(a.gig.event.start == b.gig.event.start);
    case EventColumn:
        return a.gig.event.name != b.gig.event.name;
    case VenueColumn:
        return a.gig.event.venue.name != b.gig.event.venue.name
            || a.gig.event.venue.city != b.gig.event.venue.city;
    case DistanceColumn:
        return a.distanceKm != b.distanceKm;
    case LineupColumn:
        return a.lineupText != b.lineupText;
    case ReleasesColumn:
        return a.releasesText != b.releasesText;
    case StatusColumn:
        return a.gig.event.status != b.gig.event.status;
    case ColumnCount:
        break;
    }
    return false;
}

QVariant GigListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == LineupColumn || index.column() == ReleasesColumn
            || index.column() == EventColumn)
            return displayData(row, index.column());
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == DistanceColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortKeyRole:
        return sortData(row, index.column());
    case EventIdRole:
        return row.gig.event.id;
    case CoordinateRole:
        return QVariant::fromValue(row.gig.event.venue.coordinate);
    case StartRole:
        return row.gig.event.start.localDateTime();
    case StatusRole:
        return int(row.gig.event.status);
    case EventNameRole:
        return row.gig.event.name;
    case VenueNameRole:
        return row.gig.event.venue.name;
    case LineupTextRole:
        return row.lineupText;
    case DistanceKmRole:
        return row.distanceKm;
    case FreshnessRole:
        return int(row.freshness);
    case LineupIdsRole:
        return row.gig.event.lineup;
    case LocalDateRole:
        return row.gig.event.start.localDate();
    case ListingsRole:
        return row.gig.eventIds();
    case MineRole:
        return row.mine;
    default:
        return {};
    }
}

QVariant GigListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case DateColumn:
        return tr("Date");
    case TimeColumn:
        return tr("Time");
    case EventColumn:
        return tr("Event");
    case VenueColumn:
        return tr("Venue");
    case DistanceColumn:
        return tr("Distance");
    case LineupColumn:
        return tr("Lineup");
    case ReleasesColumn:
        return tr("Latest releases");
    case StatusColumn:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> GigListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(EventIdRole, "eventId");
    names.insert(CoordinateRole, "coordinate");
    names.insert(StartRole, "start");
    names.insert(StatusRole, "status");
    names.insert(EventNameRole, "eventName");
    names.insert(VenueNameRole, "venueName");
    names.insert(LineupTextRole, "lineupText");
    names.insert(DistanceKmRole, "distanceKm");
    names.insert(FreshnessRole, "freshness");
    names.insert(SortKeyRole, "sortKey");
    names.insert(LineupIdsRole, "lineupIds");
    names.insert(LocalDateRole, "localDate");
    names.insert(ListingsRole, "listings");
    names.insert(MineRole, "mine");
    return names;
}

bool GigListModel::isWanted(const QString &eventId) const
{
    return m_listedEventIds.contains(eventId) && m_store->containsEvent(eventId);
}

void GigListModel::onLocationsChanged(const QSet<QString> &changed, const QSet<QString> &removed)
{
    if (m_locationId.isEmpty())
        return;
    if (removed.contains(m_locationId)) {
        setLocationId({});
        return;
    }
    if (!changed.contains(m_locationId))
        return;
    const QGeoCoordinate origin = m_store->location(m_locationId).value.coordinate;
    syncRows();
    if (origin != m_origin) {
        m_origin = origin;
        for (Row &row : m_rows)
            row.distanceKm = distanceKmOf(row.gig.event);
        if (!m_rows.isEmpty())
            emit dataChanged(
                index(0, DistanceColumn), index(int(m_rows.size()) - 1, DistanceColumn));
    }
}

void GigListModel::onEventsChanged(const QSet<QString> &changed, const QSet<QString> &removed)
{
    if (m_locationId.isEmpty())
        return;
    QSet<QString> ids;
    for (const QSet<QString> *set : { &changed, &removed }) {
        for (const QString &id : *set) {
            if (m_listedEventIds.contains(id) || m_days.contains(id))
                ids.insert(id);
        }
    }
    refreshEvents(ids);
}

void GigListModel::onArtistsChanged(const QSet<QString> &changed, const QSet<QString> &removed)
{
    QSet<QString> events;
    for (const QSet<QString> *ids : { &changed, &removed }) {
        for (const QString &artistId : *ids)
            events.unite(m_eventsOfArtist.value(artistId));
    }
    for (const QString &artistId : changed) { // an artist may have gained an MBID
        const QString mbid = m_store->artist(artistId).value.mbid;
        if (!mbid.isEmpty() && m_eventsOfArtist.contains(artistId))
            m_artistsOfMbid[mbid].insert(artistId);
    }
    // A name decides whether two providers' listings share an act.
    QSet<QDate> days;
    for (const QString &id : std::as_const(events)) {
        if (m_days.contains(id) && m_days.canMerge(m_days.dayOf(id)))
            days.insert(m_days.dayOf(id));
    }
    if (!days.isEmpty())
        applyGigs({}, mergedGigsOf(days, {}));
    onLineupInputsChanged(events);
}

void GigListModel::onReleasesChanged(const QSet<QString> &changed, const QSet<QString> &removed)
{
    QSet<QString> events;
    for (const QSet<QString> *mbids : { &changed, &removed }) {
        for (const QString &mbid : *mbids) {
            for (const QString &artistId : m_artistsOfMbid.value(mbid))
                events.unite(m_eventsOfArtist.value(artistId));
        }
    }
    onLineupInputsChanged(events);
}

void GigListModel::onLineupInputsChanged(const QSet<QString> &eventIds)
{
    QList<int> rows;
    for (const QString &id : eventIds) {
        if (const int row = rowOf(id); row >= 0)
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (int row : rows)
        updateRow(row, m_rows.at(row).gig);
}

void GigListModel::syncRows()
{
    const QStringList listed = m_store->location(m_locationId).value.eventIds;
    m_listedEventIds = QSet<QString>(listed.cbegin(), listed.cend());
    QSet<QString> moved; // events that come or go
    for (const QString &id : m_days.eventIds()) {
        if (!isWanted(id))
            moved.insert(id);
    }
    for (const QString &id : listed) {
        if (!m_days.contains(id) && m_store->containsEvent(id))
            moved.insert(id);
    }
    refreshEvents(moved);
}

void GigListModel::refreshEvents(const QSet<QString> &eventIds)
{
    if (eventIds.isEmpty())
        return;
    QSet<QDate> days;
    for (const QString &id : eventIds) {
        const bool filed = m_days.contains(id);
        QDate before;
        if (isWanted(id)) {
            const QDate day = m_store->eventById(id).value.start.localDate();
            before = m_days.place(id, day);
            days.insert(day);
        } else {
            before = m_days.remove(id);
        }
        if (filed)
            days.insert(before);
    }
    applyGigs(eventIds, mergedGigsOf(days, eventIds));
}

QList<MergedGig> GigListModel::mergedGigsOf(const QSet<QDate> &days, QSet<QString> eventIds)
{
    const ArtistNameLookup artistName = [this](const QString &artistId) {
        return m_store->artist(artistId).value.name;
    };
    QList<MergedGig> gigs;
    for (const QDate &day : days) {
        const bool merges = m_days.canMerge(day);
        const bool merged = m_days.hasMergedGig(day);
        if (!merges && !merged)
            continue; // every event of the day is alone; only `eventIds` change
        const QSet<QString> ids = m_days.eventsOn(day);
        if (!merges) { // the day's merged gigs fall apart
            eventIds.unite(ids);
            m_days.setHasMergedGig(day, false);
            continue;
        }
        QList<Event> events;
        events.reserve(ids.size());
        for (const QString &id : ids)
            events.append(m_store->eventById(id).value);
        bool anyMerged = false;
        for (MergedGig &gig : mergeGigs(events, artistName)) {
            anyMerged = anyMerged || gig.listings.size() > 1;
            gigs.append(std::move(gig));
        }
        m_days.setHasMergedGig(day, anyMerged);
    }
    for (const QString &id : std::as_const(eventIds)) {
        if (m_days.contains(id) && !m_days.canMerge(m_days.dayOf(id)))
            gigs.append(loneGig(m_store->eventById(id).value));
    }
    std::sort(gigs.begin(), gigs.end(), [](const MergedGig &a, const MergedGig &b) {
        return std::tie(a.event.start, a.event.id) < std::tie(b.event.start, b.event.id);
    });
    return gigs;
}

void GigListModel::applyGigs(const QSet<QString> &eventIds, QList<MergedGig> gigs)
{
    // The rows that may change: those of the given events and of every event the gigs list.
    QSet<int> rows;
    QHash<QString, qsizetype> gigOfId; // a gig's id → its index in `gigs`
    for (qsizetype i = 0; i < gigs.size(); ++i) {
        gigOfId.insert(gigs.at(i).event.id, i);
        for (const GigListing &listing : std::as_const(gigs.at(i).listings))
            rows.insert(rowOf(listing.eventId));
    }
    for (const QString &id : eventIds)
        rows.insert(rowOf(id));
    rows.remove(-1);

    // Each gig keeps its row: the row of its id, else (its id changed, as when another
    // provider's listing joins and leads) the row of one of its listings, so that the row and a
    // selection of it stay. Rows `rows` names that no gig keeps are gone.
    QHash<int, qsizetype> gigOfRow;
    QList<qsizetype> homeless;
    for (qsizetype i = 0; i < gigs.size(); ++i) {
        const int row = rowOf(gigs.at(i).event.id);
        if (row >= 0 && m_rows.at(row).gig.event.id == gigs.at(i).event.id)
            gigOfRow.insert(row, i);
        else
            homeless.append(i);
    }
    QList<qsizetype> added;
    for (const qsizetype i : std::as_const(homeless)) {
        int kept = -1;
        for (const GigListing &listing : std::as_const(gigs.at(i).listings)) {
            const int row = rowOf(listing.eventId);
            if (row >= 0 && rows.contains(row) && !gigOfRow.contains(row)
                && !gigOfId.contains(m_rows.at(row).gig.event.id)) {
                kept = row;
                break;
            }
        }
        if (kept >= 0)
            gigOfRow.insert(kept, i);
        else
            added.append(i);
    }
    QList<int> gone;
    QList<std::pair<QString, qsizetype>> kept; // a kept row's id before the update → its gig
    for (const int row : std::as_const(rows)) {
        if (const auto gig = gigOfRow.constFind(row); gig != gigOfRow.cend())
            kept.append({ m_rows.at(row).gig.event.id, *gig });
        else
            gone.append(row);
    }
    removeRowsAt(gone); // moves the rows below; their ids still find them
    for (const auto &[id, gig] : std::as_const(kept))
        updateRow(rowOf(id), std::move(gigs[gig]));
    QList<MergedGig> appended;
    appended.reserve(added.size());
    for (const qsizetype i : std::as_const(added))
        appended.append(std::move(gigs[i]));
    appendRows(appended);
}

void GigListModel::appendRows(const QList<MergedGig> &gigs)
{
    if (gigs.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(gigs.size()) - 1);
    for (const MergedGig &gig : gigs) {
        m_rows.append(makeRow(gig));
        mapListings(int(m_rows.size()) - 1);
        indexRow(m_rows.constLast());
    }
    endInsertRows();
}

void GigListModel::removeRowsAt(QList<int> rows)
{
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<>());
    // Remove contiguous runs from the bottom up, one notification per run.
    qsizetype i = 0;
    while (i < rows.size()) {
        const int last = rows.at(i);
        int first = last;
        while (i + 1 < rows.size() && rows.at(i + 1) == first - 1) {
            ++i;
            first = rows.at(i);
        }
        ++i;
        beginRemoveRows({}, first, last);
        for (int r = first; r <= last; ++r) {
            for (const GigListing &listing : std::as_const(m_rows.at(r).gig.listings)) {
                if (m_rowOfEvent.value(listing.eventId, -1) == r)
                    m_rowOfEvent.remove(listing.eventId);
            }
        }
        m_rows.remove(first, last - first + 1);
        for (int r = first; r < m_rows.size(); ++r)
            mapListings(r);
        endRemoveRows();
    }
}

void GigListModel::updateRow(int row, MergedGig gig)
{
    const Row old = m_rows.at(row);
    Row fresh = makeRow(std::move(gig));
    int firstChanged = ColumnCount;
    int lastChanged = -1;
    for (int column = 0; column < ColumnCount; ++column) {
        if (cellDiffers(old, fresh, Column(column))) {
            firstChanged = std::min(firstChanged, column);
            lastChanged = column;
        }
    }
    QList<int> roles;
    if (old.freshness != fresh.freshness)
        roles.append(FreshnessRole);
    if (old.gig.event.venue.coordinate != fresh.gig.event.venue.coordinate)
        roles.append(CoordinateRole);
    if (old.gig.event.lineup != fresh.gig.event.lineup)
        roles.append(LineupIdsRole);
    const bool relisted = old.gig.listings != fresh.gig.listings;
    if (relisted)
        roles.append(ListingsRole);
    if (old.gig.event.id != fresh.gig.event.id)
        roles.append(EventIdRole);
    m_rows[row] = std::move(fresh);
    if (relisted) {
        for (const GigListing &listing : old.gig.listings) {
            if (m_rowOfEvent.value(listing.eventId, -1) == row)
                m_rowOfEvent.remove(listing.eventId);
        }
        mapListings(row);
    }
    if (relisted || old.gig.event.lineup != m_rows.at(row).gig.event.lineup)
        indexRow(m_rows.at(row));
    if (old.mine != m_rows.at(row).mine) { // every role, as in onMyArtistsChanged()
        firstChanged = 0;
        lastChanged = ColumnCount - 1;
    }
    if (lastChanged >= 0)
        emit dataChanged(index(row, firstChanged), index(row, lastChanged));
    if (!roles.isEmpty()) // row-wide item-data roles the cells do not show
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1), roles);
}

void GigListModel::mapListings(int row)
{
    for (const GigListing &listing : std::as_const(m_rows.at(row).gig.listings))
        m_rowOfEvent.insert(listing.eventId, row);
}

void GigListModel::rebuildIndexes()
{
    m_eventsOfArtist.clear();
    m_artistsOfMbid.clear();
    for (const Row &row : std::as_const(m_rows))
        indexRow(row);
}

void GigListModel::indexRow(const Row &row)
{
    auto indexLineup = [this](const QString &eventId, const QStringList &lineup) {
        for (const QString &artistId : lineup) {
            m_eventsOfArtist[artistId].insert(eventId);
            const QString mbid = m_store->artist(artistId).value.mbid;
            if (!mbid.isEmpty())
                m_artistsOfMbid[mbid].insert(artistId);
        }
    };
    if (row.gig.listings.size() == 1) {
        indexLineup(row.gig.event.id, row.gig.event.lineup);
        return;
    }
    // Every provider's lineup: a name there decides the merge.
    for (const GigListing &listing : row.gig.listings)
        indexLineup(listing.eventId, m_store->eventById(listing.eventId).value.lineup);
}

} // namespace gig
