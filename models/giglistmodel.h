// The gigs of the shown place as a table (date, time, event, venue, distance, lineup, latest
// releases, status), read from GigStore and kept in step with its batched change signals.
#pragma once

#include "models/cached.h"
#include "models/event.h"
#include "models/gigroles.h"

#include <QAbstractTableModel>
#include <QGeoCoordinate>
#include <QHash>
#include <QSet>
#include <array>

namespace gig {

class GigStore;

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

    QString eventIdAt(int row) const;
    int rowOf(const QString &eventId) const; // -1 when not shown

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        Event event;
        Freshness freshness = Freshness::Pending; // of the row as FreshnessRole reports it
        QString lineupText;
        QString releasesText;
        double distanceKm = -1; // < 0 when unknown
        // Case-folded display text of the text columns, made once per row: sorting 10,000 rows
        // compares them 140,000 times.
        std::array<QString, ColumnCount> textSortKeys;
    };

    Row makeRow(const Cached<Event> &event) const;
    QVariant displayData(const Row &row, int column) const;
    QVariant sortData(const Row &row, int column) const;
    // Whether the cell shows or sorts differently in `a` and `b`.
    static bool cellDiffers(const Row &a, const Row &b, Column column);

    void onLocationsChanged(const QSet<QString> &changed, const QSet<QString> &removed);
    void onEventsChanged(const QSet<QString> &changed, const QSet<QString> &removed);
    void onLineupInputsChanged(const QSet<QString> &eventIds);
    void onArtistsChanged(const QSet<QString> &changed, const QSet<QString> &removed);
    void onReleasesChanged(const QSet<QString> &changed, const QSet<QString> &removed);

    // The events the location lists and the store holds.
    QSet<QString> wantedEventIds() const;
    void syncRows(); // inserts and removes rows so they match wantedEventIds()
    void appendRows(const QStringList &eventIds);
    void removeRowsAt(QList<int> rows); // not removeRows(), which would hide the model API's
    void updateRow(int row); // recomputes a row and reports the cells that changed
    void rebuildIndexes();
    void indexRow(const Row &row);

    const GigStore *m_store;
    QString m_locationId;
    QGeoCoordinate m_origin;
    QList<Row> m_rows;
    QHash<QString, int> m_rowOfEvent;
    QSet<QString> m_listedEventIds; // the shown location's event ids, as the store last listed them
    QHash<QString, QSet<QString>> m_eventsOfArtist; // artist id → event ids (may hold stale ids)
    QHash<QString, QSet<QString>> m_artistsOfMbid; // MBID → artist ids (may hold stale ids)
};

} // namespace gig
