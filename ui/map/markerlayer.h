// The gig markers on the map: an index of the gigs a model holds, clustered per zoom, their
// sprites, the fan-out of gigs that share a place, and what lies under a point.
#pragma once

#include "models/gigclusterindex.h"
#include "ui/map/mapcamera.h"

#include <QAbstractItemModel>
#include <QColor>
#include <QGeoCoordinate>
#include <QHash>
#include <QImage>
#include <QItemSelectionModel>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <vector>

class QPainter;
class QTimer;

namespace gig {

// Reads gigs from any item model that answers the roles of models/gigroles.h (row = gig);
// changes are gathered for one pass of the event loop, but whatever reads the markers calls
// flush() first and sees the model as it is. The selection is shared with the gig table through
// the selection model the view passes in.
class MarkerLayer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarkerLayer)

public:
    static constexpr double ClusterRadiusPx = 40.0;
    static constexpr double GigMarkerDiameter = 14.0;
    static constexpr double SelectedMarkerDiameter = 20.0;
    static constexpr int FanLimit = 200;

    // One marker under a point: a gig (row >= 0) or a cluster (row -1).
    struct Hit
    {
        GigClusterIndex::Item item;
        int row = -1;
        bool fanned = false;
        bool isValid() const { return row >= 0 || item.count > 1; }
    };

    explicit MarkerLayer(QObject *parent = nullptr);
    ~MarkerLayer() override;

    // Not owned. Rows are gigs; CoordinateRole places them, StatusRole colours them.
    void setModel(QAbstractItemModel *model);
    QAbstractItemModel *model() const { return m_model; }
    // Not owned. Its model may be model() or a proxy of the same gigs (matched by EventIdRole).
    void setSelectionModel(QItemSelectionModel *selectionModel);
    QItemSelectionModel *selectionModel() const { return m_selectionModel; }

    // The deepest zoom of the map: clusters are built down to it.
    void setMaximumZoom(double zoom);
    // Brings the index up to date with the model now, if a change is waiting.
    void flush();
    // The area every located gig lies in (normalised Mercator); null when there is none.
    QRectF gigBounds();

    // The marker under `position` (widget pixels) on `camera`: a fanned gig first, then the
    // nearest gig or cluster whose disc holds the point.
    Hit hitTest(const MapCamera &camera, QPointF position) const;
    // A gig is selected; a cluster asks for the zoom where it splits (zoomRequested). Gigs that
    // share a venue ask for their list (venueGigsRequested); other gigs that share a place, or
    // stay together at the deepest zoom, fan out.
    void activate(const Hit &hit, const MapCamera &camera);
    // Selects the gig of this row of model() in the selection model.
    void selectRow(int row);
    QString toolTipFor(const Hit &hit) const;

    // The markers on screen in reading order (top to bottom, then left to right): what the
    // keyboard walks from marker to marker.
    QList<Hit> markersInView(const MapCamera &camera) const;
    // The gigs those markers hold.
    static int gigCount(const QList<Hit> &markers);
    // A marker in words, for a screen reader: "Columbiahalle: 3 gigs", "12 gigs", or a gig's
    // name, date, venue and status.
    QString spokenText(const Hit &hit) const;
    // The radius of the marker's disc, in pixels.
    static double radiusOf(const Hit &hit);

    bool isFanned() const { return !m_fan.rows.isEmpty(); }
    void closeFan();

    // Paints clusters, gigs (selected ones on top) and the fan, with the view's font.
    void paint(QPainter &painter, const MapCamera &camera);
    // What sprites are drawn with: the selected gig's colour, and the screen's pixel ratio.
    void setAccent(const QColor &accent);
    void setDevicePixelRatio(qreal ratio);

signals:
    void changed(); // the markers look different: repaint
    void zoomRequested(const QGeoCoordinate &centre, double zoom);
    // Rows of model() playing at one venue, whose marker was activated.
    void venueGigsRequested(const QList<int> &rows, const QGeoCoordinate &venue);

private:
    struct GigMarker
    {
        QString eventId;
        int status = 0;
        bool located = false;
        bool mine = false; // one of my artists plays (MineRole)
    };
    // Gigs at one place shown apart around it after a click on their cluster.
    struct Fan
    {
        QPointF centre; // normalised Mercator
        QList<int> rows;
    };

    void scheduleRebuild();
    void rebuildIndex();
    void onSelectionChanged();
    QString sharedVenueName(const QList<int> &rows) const; // empty unless all play at one venue
    QPointF fanCentre(const MapCamera &camera) const; // screen position of the fanned place
    QPointF fanPosition(const MapCamera &camera, int i) const; // of the fan's i-th gig
    void paintMarkers(QPainter &painter, const MapCamera &camera);
    void paintFan(QPainter &painter, const MapCamera &camera);
    // My artists' gigs carry a violet ring and a star: a shape as well as a colour.
    const QImage &gigSprite(int status, bool selected, bool mine = false);
    const QImage &clusterSprite(int count, const QFont &font);

    QPointer<QAbstractItemModel> m_model;
    QPointer<QItemSelectionModel> m_selectionModel;
    QList<QMetaObject::Connection> m_modelConnections;
    QMetaObject::Connection m_selectionConnection;
    double m_maximumZoom = 19.0;

    GigClusterIndex m_index;
    std::vector<GigMarker> m_gigs; // by row
    QSet<QString> m_selectedIds;
    // Where the selected gigs are, with their status: drawn there even when their marker is part
    // of a cluster at the current zoom.
    struct SelectedMarker
    {
        QGeoCoordinate coordinate;
        int status = 0;
        bool mine = false;
    };
    QList<SelectedMarker> m_selectedMarkers;
    QTimer *m_rebuildTimer = nullptr;
    Fan m_fan;

    // Per frame, reused: no allocation while painting.
    QList<GigClusterIndex::Item> m_visible;
    QHash<int, QImage> m_clusterSprites;
    QHash<int, QImage> m_gigSprites;
    qreal m_spriteRatio = 1.0;
    QColor m_accent;
};

} // namespace gig
