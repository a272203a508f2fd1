#include "models/myartistsmodel.h"

#include "models/gigstore.h"
#include "models/myartists.h"
#include "models/nextgigs.h"
#include "models/textfold.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace gig {

MyArtistsModel::MyArtistsModel(const MyArtists *artists, const GigStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_artists(artists)
    , m_store(store)
    , m_rows(artists->artists())
{
    Q_ASSERT(artists);
    connect(artists, &MyArtists::changed, this, &MyArtistsModel::reload);
    connect(artists, &MyArtists::loaded, this, &MyArtistsModel::reload);
    m_gigsChanged.setSingleShot(true);
    m_gigsChanged.setInterval(0);
    connect(&m_gigsChanged, &QTimer::timeout, this, [this] {
        findNextGigs();
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, NextGigColumn), index(rowCount() - 1, NextGigColumn));
    });
    if (store) {
        connect(store, &GigStore::eventsChanged, &m_gigsChanged, qOverload<>(&QTimer::start));
        connect(store, &GigStore::artistsChanged, &m_gigsChanged, qOverload<>(&QTimer::start));
    }
    findNextGigs();
}

void MyArtistsModel::reload()
{
    // The list is short (hundreds) and changes by whole imports: a reset is the honest signal.
    beginResetModel();
    m_rows = m_artists->artists();
    findNextGigs();
    endResetModel();
}

void MyArtistsModel::findNextGigs()
{
    m_nextGigs
        = m_store ? nextGigsOf(m_rows, *m_store) : QList<std::optional<Event>>(m_rows.size());
}

QString MyArtistsModel::nextGigText(int row) const
{
    const std::optional<Event> &gig = m_nextGigs.at(row);
    if (!gig)
        return tr("None seen yet");
    const QString date = QLocale().toString(gig->start.localDate(), QLocale::ShortFormat);
    const QString where = gig->venue.city.isEmpty()
        ? gig->venue.name
        //: A venue and its city: "Club Dust, Berlin".
        : tr("%1, %2").arg(gig->venue.name, gig->venue.city);
    //: The date of a gig, then where it is: "18/12/2026 · Club Dust, Berlin".
    return tr("%1 · %2").arg(date, where);
}

FollowedArtist MyArtistsModel::artistAt(int row) const
{
    return m_rows.value(row);
}

int MyArtistsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MyArtistsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MyArtistsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FollowedArtist &artist = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case NameColumn:
            return artist.name.isEmpty() ? tr("(name not known)") : artist.name;
        case OriginColumn:
            return artistOriginText(artist.origin);
        case NextGigColumn:
            return nextGigText(index.row());
        case AddedColumn:
            return artist.addedAt.isValid()
                ? QLocale().toString(artist.addedAt.toLocalTime().date(), QLocale::ShortFormat)
                : QString();
        case MbidColumn:
            return artist.mbid;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == MbidColumn && !artist.hasMbid())
            return tr("No MusicBrainz id is known: gigs are matched by the name.");
        if (index.column() == NextGigColumn) {
            const std::optional<Event> &gig = m_nextGigs.at(index.row());
            return gig ? gig->name
                       : tr("No gig of this artist is among the places gigmap has looked at.");
        }
        return {};
    case SearchTextRole:
        return foldForSearch(artist.name + u' ' + artist.mbid);
    default:
        return {};
    }
}

QVariant MyArtistsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn:
        return tr("Artist");
    case OriginColumn:
        return tr("Where from");
    case NextGigColumn:
        return tr("Next gig seen");
    case AddedColumn:
        return tr("Added");
    case MbidColumn:
        return tr("MusicBrainz id");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace gig
