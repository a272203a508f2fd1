#include "models/giglistmodel.h"

#include "models/gigstore.h"
#include "models/lineupreleases.h"

#include <QLocale>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

QString statusText(EventStatus status)
{
    switch (status) {
    case EventStatus::Ok:
        return {};
    case EventStatus::Cancelled:
        return GigListModel::tr("Cancelled");
    case EventStatus::Postponed:
        return GigListModel::tr("Postponed");
    case EventStatus::Rescheduled:
        return GigListModel::tr("Rescheduled");
    }
    Q_UNREACHABLE();
    return {};
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
    if (!locationId.isEmpty()) {
        const QStringList listed = m_store->location(locationId).value.eventIds;
        m_listedEventIds = QSet<QString>(listed.cbegin(), listed.cend());
        for (const Cached<Event> &event : m_store->eventsOf(locationId)) {
            m_rowOfEvent.insert(event.value.id, int(m_rows.size()));
            m_rows.append(makeRow(event));
        }
    }
    rebuildIndexes();
    endResetModel();
}

QString GigListModel::eventIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).event.id : QString();
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

GigListModel::Row GigListModel::makeRow(const Cached<Event> &cached) const
{
    Row row;
    row.event = cached.value;
    const QList<ArtistRelease> lineup = lineupReleases(*m_store, cached.value);
    row.lineupText = lineupNamesText(lineup);
    row.releasesText = lineupReleasesText(lineup);
    const bool fetching = std::any_of(lineup.cbegin(), lineup.cend(),
        [](const ArtistRelease &a) { return a.state == ArtistRelease::State::Fetching; });
    row.freshness = cached.isStale() ? Freshness::Stale
        : fetching                   ? Freshness::Pending
                                     : Freshness::Fresh;
    if (m_origin.isValid() && cached.value.venue.coordinate.isValid())
        row.distanceKm = m_origin.distanceTo(cached.value.venue.coordinate) / 1000.0;
    for (const Column column : { EventColumn, VenueColumn, LineupColumn, ReleasesColumn })
        row.textSortKeys[column] = displayData(row, column).toString().toCaseFolded();
    return row;
}

QVariant GigListModel::displayData(const Row &row, int column) const
{
    const Event &event = row.event;
    switch (Column(column)) {
    case DateColumn:
        return QLocale().toString(event.start.localDate(), u"ddd d MMM yyyy"_s);
    case TimeColumn:
        return event.start.localTime() ? event.start.localTime()->toString(u"HH:mm") : QString();
    case EventColumn:
        return event.name;
    case VenueColumn:
        return event.venue.city.isEmpty() ? event.venue.name
                                          : event.venue.name + u", "_s + event.venue.city;
    case DistanceColumn:
        return row.distanceKm < 0 ? QString()
                                  : QLocale().toString(row.distanceKm, 'f', 1) + u" km"_s;
    case LineupColumn:
        return row.lineupText;
    case ReleasesColumn:
        return row.releasesText;
    case StatusColumn:
        return statusText(event.status);
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
        return row.event.start.sortKey();
    case DistanceColumn:
        return row.distanceKm < 0 ? std::numeric_limits<double>::max() : row.distanceKm;
    case StatusColumn:
        return int(row.event.status);
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
        return !(a.event.start == b.event.start);
    case EventColumn:
        return a.event.name != b.event.name;
    case VenueColumn:
        return a.event.venue.name != b.event.venue.name || a.event.venue.city != b.event.venue.city;
    case DistanceColumn:
        return a.distanceKm != b.distanceKm;
    case LineupColumn:
        return a.lineupText != b.lineupText;
    case ReleasesColumn:
        return a.releasesText != b.releasesText;
    case StatusColumn:
        return a.event.status != b.event.status;
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
        return row.event.id;
    case CoordinateRole:
        return QVariant::fromValue(row.event.venue.coordinate);
    case StartRole:
        return row.event.start.localDateTime();
    case StatusRole:
        return int(row.event.status);
    case EventNameRole:
        return row.event.name;
    case VenueNameRole:
        return row.event.venue.name;
    case LineupTextRole:
        return row.lineupText;
    case DistanceKmRole:
        return row.distanceKm;
    case FreshnessRole:
        return int(row.freshness);
    case LineupIdsRole:
        return row.event.lineup;
    case LocalDateRole:
        return row.event.start.localDate();
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
    return names;
}

QSet<QString> GigListModel::wantedEventIds() const
{
    QSet<QString> wanted;
    for (const QString &id : m_listedEventIds) {
        if (m_store->containsEvent(id))
            wanted.insert(id);
    }
    return wanted;
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
        for (int i = 0; i < m_rows.size(); ++i)
            m_rows[i].distanceKm = makeRow(m_store->eventById(m_rows.at(i).event.id)).distanceKm;
        if (!m_rows.isEmpty())
            emit dataChanged(
                index(0, DistanceColumn), index(int(m_rows.size()) - 1, DistanceColumn));
    }
}

void GigListModel::onEventsChanged(const QSet<QString> &changed, const QSet<QString> &removed)
{
    if (m_locationId.isEmpty())
        return;
    QList<int> gone;
    for (const QString &id : removed) {
        if (const int row = rowOf(id); row >= 0)
            gone.append(row);
    }
    removeRowsAt(gone);
    bool arrived = false; // an event the location listed before the store held it
    for (const QString &id : changed) {
        if (const int row = rowOf(id); row >= 0)
            updateRow(row);
        else
            arrived = arrived || m_listedEventIds.contains(id);
    }
    if (arrived)
        syncRows();
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
    for (int row : rows)
        updateRow(row);
}

void GigListModel::syncRows()
{
    const QStringList listed = m_store->location(m_locationId).value.eventIds;
    m_listedEventIds = QSet<QString>(listed.cbegin(), listed.cend());
    const QSet<QString> wanted = wantedEventIds();
    QList<int> gone;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (!wanted.contains(m_rows.at(i).event.id))
            gone.append(i);
    }
    removeRowsAt(gone);

    QStringList added;
    for (const QString &id : listed) {
        if (wanted.contains(id) && !m_rowOfEvent.contains(id) && !added.contains(id))
            added.append(id);
    }
    appendRows(added);
}

void GigListModel::appendRows(const QStringList &eventIds)
{
    if (eventIds.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(eventIds.size()) - 1);
    for (const QString &id : eventIds) {
        m_rowOfEvent.insert(id, int(m_rows.size()));
        m_rows.append(makeRow(m_store->eventById(id)));
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
        for (int r = first; r <= last; ++r)
            m_rowOfEvent.remove(m_rows.at(r).event.id);
        m_rows.remove(first, last - first + 1);
        for (int r = first; r < m_rows.size(); ++r)
            m_rowOfEvent.insert(m_rows.at(r).event.id, r);
        endRemoveRows();
    }
}

void GigListModel::updateRow(int row)
{
    const Row old = m_rows.at(row);
    Row fresh = makeRow(m_store->eventById(old.event.id));
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
    if (old.event.venue.coordinate != fresh.event.venue.coordinate)
        roles.append(CoordinateRole);
    if (old.event.lineup != fresh.event.lineup)
        roles.append(LineupIdsRole);
    if (old.event.lineup != fresh.event.lineup)
        indexRow(fresh);
    m_rows[row] = std::move(fresh);
    if (lastChanged >= 0)
        emit dataChanged(index(row, firstChanged), index(row, lastChanged));
    if (!roles.isEmpty()) // row-wide item-data roles the cells do not show
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1), roles);
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
    for (const QString &artistId : row.event.lineup) {
        m_eventsOfArtist[artistId].insert(row.event.id);
        const QString mbid = m_store->artist(artistId).value.mbid;
        if (!mbid.isEmpty())
            m_artistsOfMbid[mbid].insert(artistId);
    }
}

} // namespace gig
