// The slippy map: tiles over an offline basemap, gig markers with clustering, the picked place.
#pragma once

#include "ui/map/citylabellayer.h"
#include "ui/map/mapcamera.h"
#include "ui/map/markerlayer.h"

#include <QAbstractItemModel>
#include <QGeoCoordinate>
#include <QItemSelectionModel>
#include <QWidget>

class QLabel;
class QToolButton;
class QVariantAnimation;

namespace gig {

class BasemapLayer;
class CityIndex;
class MapInput;
class MarkerWalk;
class TileLayer;
class TileSource;

// Reads gigs from any item model that answers the roles of models/gigroles.h (row = gig) and
// shares the selection with the gig table through the selection model the window passes in; its
// MarkerLayer draws them, its MapInput turns the user's hands into moves of the camera.
// Leaflet is the yardstick: drag with inertia, smooth wheel zoom about the cursor, keyboard (with
// a focus ring), zoom buttons, scale bar, attribution. Picking a place is deliberate: a
// double-click on the bare map, "Search Here" in its context menu, or Enter on the centre; a
// plain click only selects what is under it. A click on a marker selects its gig; on a cluster
// it zooms to where the cluster splits, lists a venue's gigs, or fans out gigs at one spot.
class MapView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MapView)

public:
    static constexpr double MinimumZoom = 1.0;

    explicit MapView(QWidget *parent = nullptr);
    ~MapView() override;

    // Not owned; nullptr shows the offline basemap alone. The default is none.
    void setTileSource(TileSource *source);
    TileSource *tileSource() const;

    // Not owned. Rows are gigs; CoordinateRole places them, StatusRole colours them.
    void setModel(QAbstractItemModel *model);
    QAbstractItemModel *model() const;
    // Not owned. Its model may be m_model or a proxy of the same gigs (matched by EventIdRole).
    void setSelectionModel(QItemSelectionModel *selectionModel);
    QItemSelectionModel *selectionModel() const;

    QGeoCoordinate center() const;
    double zoom() const { return m_camera.zoom; }
    double maximumZoom() const;
    // Jumps (no animation); zoom is clamped to [MinimumZoom, maximumZoom()].
    void setView(const QGeoCoordinate &center, double zoom);
    void setCenter(const QGeoCoordinate &center) { setView(center, m_camera.zoom); }
    void setZoom(double zoom) { setView(center(), zoom); }
    // Moves to a view the way the user would see it (animated when animations are on).
    void flyTo(const QGeoCoordinate &center, double zoom);

    // The place the gig list is about: a pin and the search radius as a circle.
    void setPickedPlace(const QGeoCoordinate &place, double radiusKm);
    void clearPickedPlace();
    QGeoCoordinate pickedPlace() const { return m_pickedPlace; }
    double pickedRadiusKm() const { return m_pickedRadiusKm; }

    // Widget pixels ↔ coordinates for the current view.
    QGeoCoordinate coordinateAt(QPointF position) const;
    QPointF positionOf(const QGeoCoordinate &coordinate) const;

    // Off: every move and zoom happens at once and drags have no inertia (tests, reduced motion).
    void setAnimationsEnabled(bool enabled);
    bool animationsEnabled() const { return m_animationsEnabled; }
    bool isAnimating() const;

    // The gazetteer whose city names the map writes where its tiles carry none (the offline
    // basemap, the demo's tiles). Not owned; nullptr: no names.
    void setCities(const CityIndex *cities);
    // The city names the current view shows, largest city first.
    QList<CityLabelLayer::Label> cityLabels() const;

    // The place the gig list is about, in words ("Berlin, Germany"), for the screen reader.
    void setPlaceName(const QString &name);
    // What a screen reader says of the map (its accessible description): the place, the zoom,
    // the gigs in view and the keys. Its accessible name is the marker the keyboard is on, or
    // "Map".
    QString accessibleSummary() const;
    // The marker the keyboard is on: N and P walk the markers in view, Enter opens one.
    std::optional<MarkerLayer::Hit> focusedMarker() const;

    // Rich text with links, shown at the bottom right at all times.
    void setAttributionHtml(const QString &html);
    QString attributionHtml() const;
    // Where the scale bar and its label are drawn: at the bottom left, lifted above the credits
    // when a narrow map brings them across to it. Empty when the scale cannot be told.
    QRectF scaleBarArea() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public slots:
    void zoomIn();
    void zoomOut();
    // Shows every gig with a coordinate (animated); does nothing when there is none.
    void fitToGigs();

signals:
    void placePicked(const QGeoCoordinate &coordinate);
    void placeSaveRequested(const QGeoCoordinate &coordinate);
    void viewChanged(); // centre or zoom

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void connectInput(); // what the mouse, the wheel and the keys ask for moves the camera
    void setUpControls(); // zoom buttons and attribution

    // A move from where the map is to where it goes: `anchor` (normalised Mercator) slides from
    // screenFrom to screenTo while the zoom goes from zoomFrom to zoomTo.
    struct Flight
    {
        QPointF anchor;
        QPointF screenFrom;
        QPointF screenTo;
        double zoomFrom = 0;
        double zoomTo = 0;
    };

    void applyCamera(QPointF centre, double zoom);
    void cameraChanged();
    void startFlight(const Flight &flight, int durationMs, bool decelerate);
    void onFlightStep(double progress);
    void zoomAbout(QPointF screen, double zoomDelta);
    // Slides the map content by pixels (animated, slowing down).
    void slideBy(QPointF pixels, int durationMs);

    // Brings a gig selected elsewhere (the table) into view, keeping the zoom; its marker is
    // drawn on top even inside a cluster.
    void revealGig(const QModelIndex &gig);
    void showVenueGigs(const QList<int> &rows, const QGeoCoordinate &venue);
    void paintPickedArea(QPainter &painter) const;
    void paintPickedPin(QPainter &painter) const;
    void paintScaleBar(QPainter &painter) const;
    void paintFocusRing(QPainter &painter) const;
    void updateAccessibleText();
    bool tilesNamePlaces() const; // the tiles in view carry place names of their own
    QFont cityLabelFont() const;
    void updatePaletteColors();
    void layoutChildren();

    MapCamera m_camera;
    TileLayer *m_tiles = nullptr;
    BasemapLayer *m_basemap = nullptr;
    MarkerLayer *m_markers = nullptr;
    MapInput *m_input = nullptr;
    MarkerWalk *m_walk = nullptr;
    QString m_placeName;
    CityLabelLayer m_cityLabels;
    QMetaObject::Connection m_selectionConnection;

    QGeoCoordinate m_pickedPlace;
    double m_pickedRadiusKm = 0;

    bool m_animationsEnabled = true;
    QVariantAnimation *m_animation = nullptr;
    Flight m_flight;

    QToolButton *m_zoomInButton = nullptr;
    QToolButton *m_zoomOutButton = nullptr;
    QToolButton *m_fitButton = nullptr;
    QLabel *m_attribution = nullptr;

    qreal m_spriteRatio = 0;
    QColor m_accent;
};

} // namespace gig
