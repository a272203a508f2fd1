// The selected gig's artists in billing order (my artists starred), each with its billing
// ("headline", "support"), its MusicBrainz id and latest release (or "fetching…", "none", "not on
// MusicBrainz", "several artists of that name"), kept in step with GigStore.
#pragma once

#include "models/lineupreleases.h"

#include <QAbstractTableModel>

namespace gig {

class GigStore;
class MyArtists;

class LineupModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LineupModel)

public:
    enum Column { ArtistColumn, BillingColumn, ReleaseColumn, TypeColumn, DateColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        ArtistIdRole = Qt::UserRole + 100, // QString
        MbidRole, // QString, empty when none
        ReleaseStateRole, // int(ArtistRelease::State)
        ReleaseTitleRole, // QString
        ReleaseIdRole, // QString: the release group's MBID, empty when none
        ReleaseDateRole, // QString as MusicBrainz writes it
        BillingRole, // int(gig::Billing)
        ArtistNameRole, // QString as the source names the artist; empty while fetching
        FollowedRole, // bool: the artist is one of my artists (models/myartists.h)
    };

    explicit LineupModel(const GigStore *store, QObject *parent = nullptr);
    ~LineupModel() override;

    void setEventId(const QString &eventId); // empty: no gig selected
    QString eventId() const { return m_eventId; }
    // The artists FollowedRole and the star before a name ("★ Björk") follow; not owned, must
    // outlive the model (nullptr: none).
    void setMyArtists(const MyArtists *artists);

    // The MBIDs of the shown lineup, so the release refresher can put them first.
    QStringList mbids() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ArtistRelease> readLineup() const;
    void refresh(); // re-reads the lineup and reports exactly what changed
    QVariant displayData(const ArtistRelease &entry, int column) const;

    bool isFollowed(const ArtistRelease &entry) const;

    const GigStore *m_store;
    const MyArtists *m_myArtists = nullptr;
    QString m_eventId;
    QList<ArtistRelease> m_lineup;
};

} // namespace gig
