// My artists as a table for the "My Artists" dialog: name, where each came from, the next gig
// gigmap has seen, when it was added and the MusicBrainz id, kept in step with MyArtists and the
// gigs of the store.
#pragma once

#include "models/event.h"
#include "models/followedartist.h"

#include <QAbstractTableModel>
#include <QTimer>
#include <optional>

namespace gig {

class GigStore;
class MyArtists;

class MyArtistsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MyArtistsModel)

public:
    enum Column { NameColumn, OriginColumn, NextGigColumn, AddedColumn, MbidColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        SearchTextRole = Qt::UserRole + 200, // QString: name and MBID, folded for searching
    };

    // Neither is owned; both must outlive the model. Without a store no gig is shown.
    explicit MyArtistsModel(
        const MyArtists *artists, const GigStore *store = nullptr, QObject *parent = nullptr);

    // The entry a row shows.
    FollowedArtist artistAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();
    void findNextGigs();
    QString nextGigText(int row) const;

    const MyArtists *m_artists;
    const GigStore *m_store;
    QList<FollowedArtist> m_rows;
    QList<std::optional<Event>> m_nextGigs; // by row
    QTimer m_gigsChanged; // the store's changes come in bursts: one look after each
};

} // namespace gig
