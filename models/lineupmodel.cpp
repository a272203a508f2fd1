#include "models/lineupmodel.h"

#include "models/gigstore.h"
#include "models/myartists.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gig {

LineupModel::LineupModel(const GigStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    Q_ASSERT(store);
    connect(store, &GigStore::eventsChanged, this,
        [this](const QSet<QString> &changed, const QSet<QString> &removed) {
            if (!m_eventId.isEmpty()
                && (changed.contains(m_eventId) || removed.contains(m_eventId)))
                refresh();
        });
    auto touchesLineup = [this](const QSet<QString> &changed, const QSet<QString> &removed,
                             auto keyOf) {
        return std::any_of(m_lineup.cbegin(), m_lineup.cend(), [&](const ArtistRelease &entry) {
            const QString key = keyOf(entry);
            return !key.isEmpty() && (changed.contains(key) || removed.contains(key));
        });
    };
    connect(store, &GigStore::artistsChanged, this,
        [this, touchesLineup](const QSet<QString> &changed, const QSet<QString> &removed) {
            if (touchesLineup(changed, removed, [](const ArtistRelease &e) { return e.artist.id; }))
                refresh();
        });
    connect(store, &GigStore::releasesChanged, this,
        [this, touchesLineup](const QSet<QString> &changed, const QSet<QString> &removed) {
            if (touchesLineup(
                    changed, removed, [](const ArtistRelease &e) { return e.artist.mbid; }))
                refresh();
        });
}

LineupModel::~LineupModel() = default;

void LineupModel::setEventId(const QString &eventId)
{
    beginResetModel();
    m_eventId = eventId;
    m_lineup = readLineup();
    endResetModel();
}

QStringList LineupModel::mbids() const
{
    QStringList result;
    for (const ArtistRelease &entry : m_lineup) {
        if (entry.artist.hasMbid() && !result.contains(entry.artist.mbid))
            result.append(entry.artist.mbid);
    }
    return result;
}

void LineupModel::setMyArtists(const MyArtists *artists)
{
    if (m_myArtists == artists)
        return;
    if (m_myArtists)
        disconnect(m_myArtists, nullptr, this, nullptr);
    m_myArtists = artists;
    const auto remark = [this] {
        if (!m_lineup.isEmpty())
            emit dataChanged(index(0, ArtistColumn), index(int(m_lineup.size()) - 1, ArtistColumn),
                { Qt::DisplayRole, Qt::ToolTipRole, FollowedRole });
    };
    if (artists) {
        connect(artists, &MyArtists::changed, this, remark);
        connect(artists, &MyArtists::loaded, this, remark);
        connect(artists, &QObject::destroyed, this, [this, remark] {
            m_myArtists = nullptr;
            remark();
        });
    }
    remark();
}

bool LineupModel::isFollowed(const ArtistRelease &entry) const
{
    return m_myArtists && m_myArtists->follows(entry.artist);
}

QList<ArtistRelease> LineupModel::readLineup() const
{
    if (m_eventId.isEmpty() || !m_store->containsEvent(m_eventId))
        return {};
    return lineupReleases(*m_store, m_store->eventById(m_eventId).value);
}

void LineupModel::refresh()
{
    const QList<ArtistRelease> lineup = readLineup();
    const bool sameArtists = lineup.size() == m_lineup.size()
        && std::equal(lineup.cbegin(), lineup.cend(), m_lineup.cbegin(),
            [](const ArtistRelease &a, const ArtistRelease &b) {
                return a.artist.id == b.artist.id;
            });
    if (!sameArtists) { // the billing itself changed: a new list
        beginResetModel();
        m_lineup = lineup;
        endResetModel();
        return;
    }
    for (int row = 0; row < lineup.size(); ++row) {
        if (lineup.at(row) == m_lineup.at(row))
            continue;
        int first = ColumnCount;
        int last = -1;
        for (int column = 0; column < ColumnCount; ++column) {
            if (displayData(lineup.at(row), column) != displayData(m_lineup.at(row), column)) {
                first = std::min(first, column);
                last = column;
            }
        }
        m_lineup[row] = lineup.at(row);
        if (last >= 0)
            emit dataChanged(index(row, first), index(row, last));
        else
            emit dataChanged(
                index(row, 0), index(row, ColumnCount - 1), { MbidRole, ReleaseStateRole });
    }
}

int LineupModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lineup.size());
}

int LineupModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LineupModel::displayData(const ArtistRelease &entry, int column) const
{
    const bool known = entry.state == ArtistRelease::State::Known;
    switch (Column(column)) {
    case ArtistColumn:
        if (entry.artist.name.isEmpty())
            return tr("fetching…");
        // A shape and words (the tooltip), not a colour alone.
        return isFollowed(entry) ? QString(u"\u2605 "_s + entry.artist.name) : entry.artist.name;
    case BillingColumn:
        return entry.billing == Billing::Headline ? tr("headline") : tr("support");
    case ReleaseColumn:
        return known ? entry.release->title : releaseStateText(entry);
    case TypeColumn:
        return known ? releaseTypeName(entry.release->type) : QString();
    case DateColumn:
        return known ? entry.release->date.toString() : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant LineupModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ArtistRelease &entry = m_lineup.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(entry, index.column());
    case Qt::ToolTipRole:
        if (index.column() == ArtistColumn && isFollowed(entry))
            return tr("One of my artists.");
        if (entry.artist.hasMbid())
            return tr("MusicBrainz id %1").arg(entry.artist.mbid);
        if (entry.state == ArtistRelease::State::SeveralArtists)
            return tr("Several MusicBrainz artists have this name, so gigmap cannot tell which one "
                      "plays here.");
        if (entry.state == ArtistRelease::State::NotOnMusicBrainz)
            return tr("No MusicBrainz artist has this name.");
        return tr("Looking this artist up on MusicBrainz by name.");
    case ArtistIdRole:
        return entry.artist.id;
    case MbidRole:
        return entry.artist.mbid;
    case ArtistNameRole:
        return entry.artist.name;
    case FollowedRole:
        return isFollowed(entry);
    case ReleaseStateRole:
        return int(entry.state);
    case ReleaseTitleRole:
        return entry.release ? entry.release->title : QString();
    case ReleaseIdRole:
        return entry.release ? entry.release->mbid : QString();
    case ReleaseDateRole:
        return entry.release ? entry.release->date.toString() : QString();
    case BillingRole:
        return int(entry.billing);
    default:
        return {};
    }
}

QVariant LineupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case ArtistColumn:
        return tr("Artist");
    case BillingColumn:
        return tr("Billing");
    case ReleaseColumn:
        return tr("Latest release");
    case TypeColumn:
        return tr("Type");
    case DateColumn:
        return tr("Released");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace gig
