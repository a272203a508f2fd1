// What the mouse, the wheel and the keys do to the map: drag with inertia, zoom, pan, clicks on
// markers and on places. It says what should happen; MapView moves the camera.
#pragma once

#include "ui/map/inertia.h"
#include "ui/map/mapcamera.h"

#include <QElapsedTimer>
#include <QGeoCoordinate>
#include <QObject>
#include <QPointF>

class QKeyEvent;
class QMouseEvent;
class QWheelEvent;

namespace gig {

class MarkerLayer;

// Picking a place is deliberate: a click on a marker activates it (MarkerLayer::activate), a
// click on the bare map changes nothing, and a double-click on the bare map picks the place
// there. Each handler returns whether it used the event; the view hands unused ones to QWidget.
class MapInput final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MapInput)

public:
    static constexpr double WheelZoomPerNotch = 0.5; // 120 units of angleDelta
    static constexpr double KeyboardPanPx = 100.0;

    // `markers` is not owned and must outlive the input.
    explicit MapInput(MarkerLayer *markers, QObject *parent = nullptr);
    ~MapInput() override;

    // Off: a flick stops where it is released (tests, reduced motion).
    void setInertiaEnabled(bool enabled) { m_inertiaEnabled = enabled; }
    bool isDragging() const { return m_dragging; }

    bool mousePress(const QMouseEvent &event, const MapCamera &camera);
    void mouseMove(const QMouseEvent &event);
    bool mouseRelease(const QMouseEvent &event, const MapCamera &camera);
    bool mouseDoubleClick(const QMouseEvent &event, const MapCamera &camera);
    bool wheel(const QWheelEvent &event);
    bool keyPress(const QKeyEvent &event, QPointF viewCentre);

signals:
    void pressed(); // a press stops any movement
    void dragStarted();
    void released();
    // Keep the Mercator point `grabbed` under the pointer at `screen`.
    void dragged(QPointF grabbed, QPointF screen);
    // Slide the map content by `offset` pixels over `durationMs`, slowing down.
    void glideRequested(QPointF offset, int durationMs);
    void panRequested(QPointF offset);
    void zoomRequested(QPointF screen, double zoomDelta);
    void placeDoubleClicked(QPointF screen);

private:
    MarkerLayer *m_markers;
    bool m_inertiaEnabled = true;
    QPointF m_pressPosition;
    QPointF m_grabbed; // normalised Mercator under the cursor at press
    bool m_pressed = false;
    bool m_dragging = false;
    Inertia m_inertia;
    QElapsedTimer m_clock;
};

} // namespace gig
