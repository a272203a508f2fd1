// The gigs of the shown place as a table (date, time, event, venue, distance, lineup, latest
// releases, status), read from GigStore and kept in step with its batched change signals. A show
// that several providers list is one row: the merged gig of models/gigmerge.h.
#pragma once

#include "models/cached.h"
#include "models/event.h"
#include "models/gigmerge.h"
#include "models/gigroles.h"
#include "models/mergedays.h"

#include <QAbstractTableModel>
#include <QGeoCoordinate>
#include <QHash>
#include <QSet>
#include <array>

namespace gig {

class GigStore;
class MyArtists;

class GigListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GigListModel)

public:
    enum Column {
        DateColumn,
        TimeColumn,
        EventColumn,
        VenueColumn,
        DistanceColumn,
        LineupColumn,
        ReleasesColumn,
        StatusColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit GigListModel(const GigStore *store, QObject *parent = nullptr);
    ~GigListModel() override;

    // Shows the gigs of this watched location (empty: none). A change of place resets the model;
    // everything after that is incremental.
    void setLocationId(const QString &locationId);
    QString locationId() const { return m_locationId; }

    // The artists whose gigs MineRole marks; not owned, must outlive the model (nullptr: none).
    // A change of the list re-marks every row.
    void setMyArtists(const MyArtists *artists);

    // A row's id is its merged gig's id: the id of its first provider's listing.
    QString eventIdAt(int row) const;
    // The row that lists this event id (any of its providers' listings); -1 when not shown.
    int rowOf(const QString &eventId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        MergedGig gig;
        Freshness freshness = Freshness::Pending; // of the row as FreshnessRole reports it
        QString lineupText;
        QString releasesText;
        double distanceKm = -1; // < 0 when unknown
        bool mine = false; // one of my artists is on the lineup
        // Case-folded display text of the text columns, made once per row: sorting 10,000 rows
        // compares them 140,000 times.
        std::array<QString, ColumnCount> textSortKeys;
    };

    Row makeRow(MergedGig gig) const;
    double distanceKmOf(const Event &event) const; // < 0 when unknown
    QVariant displayData(const Row &row, int column) const;
    QVariant sortData(const Row &row, int column) const;
    // Whether the cell shows or sorts differently in `a` and `b`.
    static bool cellDiffers(const Row &a, const Row &b, Column column);

    void onLocationsChanged(const QSet<QString> &changed, const QSet<QString> &removed);
    void onEventsChanged(const QSet<QString> &changed, const QSet<QString> &removed);
    void onLineupInputsChanged(const QSet<QString> &eventIds);
    void onArtistsChanged(const QSet<QString> &changed, const QSet<QString> &removed);
    void onReleasesChanged(const QSet<QString> &changed, const QSet<QString> &removed);
    void onMyArtistsChanged();
    bool isMine(const Event &event) const;

    // Whether the location lists the event and the store holds it.
    bool isWanted(const QString &eventId) const;
    void syncRows(); // inserts and removes rows so they match the events wanted
    // Re-reads these events and re-merges the days they were and are on.
    void refreshEvents(const QSet<QString> &eventIds);
    // The merged gigs of these days, and a lone gig for each of `eventIds` on another day.
    QList<MergedGig> mergedGigsOf(const QSet<QDate> &days, QSet<QString> eventIds);
    // Puts the rows of `eventIds` and of these days' events in step with `gigs`.
    void applyGigs(const QSet<QString> &eventIds, QList<MergedGig> gigs);
    void appendRows(const QList<MergedGig> &gigs);
    void removeRowsAt(QList<int> rows); // not removeRows(), which would hide the model API's
    // Recomputes a row from its gig and reports the cells that changed.
    void updateRow(int row, MergedGig gig);
    void mapListings(int row); // m_rowOfEvent for the row's listings
    void rebuildIndexes();
    void indexRow(const Row &row);

    const GigStore *m_store;
    const MyArtists *m_myArtists = nullptr;
    QString m_locationId;
    QGeoCoordinate m_origin;
    QList<Row> m_rows;
    QHash<QString, int> m_rowOfEvent; // every listing's event id → its row
    QSet<QString> m_listedEventIds; // the shown location's event ids, as the store last listed them
    MergeDays m_days; // the wanted events by local date
    // artist id → ids of the listings whose lineup holds it (may hold stale ids)
    QHash<QString, QSet<QString>> m_eventsOfArtist;
    QHash<QString, QSet<QString>> m_artistsOfMbid; // MBID → artist ids (may hold stale ids)
};

} // namespace gig
