#include "models/myartistsmodel.h"

#include "models/myartists.h"
#include "models/textfold.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace gig {

MyArtistsModel::MyArtistsModel(const MyArtists *artists, QObject *parent)
    : QAbstractTableModel(parent)
    , m_artists(artists)
    , m_rows(artists->artists())
{
    Q_ASSERT(artists);
    connect(artists, &MyArtists::changed, this, &MyArtistsModel::reload);
    connect(artists, &MyArtists::loaded, this, &MyArtistsModel::reload);
}

void MyArtistsModel::reload()
{
    // The list is short (hundreds) and changes by whole imports: a reset is the honest signal.
    beginResetModel();
    m_rows = m_artists->artists();
    endResetModel();
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
