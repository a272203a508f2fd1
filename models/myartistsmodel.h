// My artists as a table for the "My Artists" dialog: name, MusicBrainz id, where each came from
// and when it was added, kept in step with MyArtists.
#pragma once

#include "models/followedartist.h"

#include <QAbstractTableModel>

namespace gig {

class MyArtists;

class MyArtistsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MyArtistsModel)

public:
    enum Column { NameColumn, OriginColumn, AddedColumn, MbidColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        SearchTextRole = Qt::UserRole + 200, // QString: name and MBID, folded for searching
    };

    // `artists` is not owned and must outlive the model.
    explicit MyArtistsModel(const MyArtists *artists, QObject *parent = nullptr);

    // The entry a row shows.
    FollowedArtist artistAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();

    const MyArtists *m_artists;
    QList<FollowedArtist> m_rows;
};

} // namespace gig
