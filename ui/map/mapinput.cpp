#include "ui/map/mapinput.h"

#include "ui/map/markerlayer.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QWheelEvent>

namespace gig {

MapInput::MapInput(MarkerLayer *markers, QObject *parent)
    : QObject(parent)
    , m_markers(markers)
{
    Q_ASSERT(markers);
    m_clock.start();
}

MapInput::~MapInput() = default;

bool MapInput::mousePress(const QMouseEvent &event, const MapCamera &camera)
{
    if (event.button() != Qt::LeftButton)
        return false;
    emit pressed();
    m_pressed = true;
    m_dragging = false;
    m_pressPosition = event.position();
    m_grabbed = camera.toMercator(event.position());
    m_inertia.press(m_clock.elapsed(), event.position());
    return true;
}

void MapInput::mouseMove(const QMouseEvent &event)
{
    if (!m_pressed)
        return;
    if (!m_dragging
        && (event.position() - m_pressPosition).manhattanLength()
            < QApplication::startDragDistance())
        return;
    if (!m_dragging) {
        m_dragging = true;
        emit dragStarted();
    }
    m_inertia.move(m_clock.elapsed(), event.position());
    emit dragged(m_grabbed, event.position());
}

bool MapInput::mouseRelease(const QMouseEvent &event, const MapCamera &camera)
{
    if (event.button() != Qt::LeftButton || !m_pressed)
        return false;
    m_pressed = false;
    emit released();
    if (!m_dragging) {
        m_markers->flush();
        const MarkerLayer::Hit hit = m_markers->hitTest(camera, event.position());
        if (hit.isValid())
            m_markers->activate(hit, camera);
        else
            m_markers->closeFan(); // a click on the bare map moves nothing and picks nothing
        return true;
    }
    m_dragging = false;
    // A flick keeps the map gliding, slowing down as Leaflet's does.
    if (!m_inertiaEnabled)
        return true;
    if (const auto glide = m_inertia.release(m_clock.elapsed(), event.position()))
        emit glideRequested(glide->offset, glide->durationMs);
    return true;
}

bool MapInput::mouseDoubleClick(const QMouseEvent &event, const MapCamera &camera)
{
    if (event.button() != Qt::LeftButton)
        return false;
    m_pressed = false;
    // The first click of the two already selected a marker's gig; only the bare map picks.
    m_markers->flush();
    if (!m_markers->hitTest(camera, event.position()).isValid())
        emit placeDoubleClicked(event.position());
    return true;
}

bool MapInput::wheel(const QWheelEvent &event)
{
    const int delta = event.angleDelta().y();
    if (delta == 0)
        return false;
    emit zoomRequested(event.position(), delta / 120.0 * WheelZoomPerNotch);
    return true;
}

bool MapInput::keyPress(const QKeyEvent &event, QPointF viewCentre)
{
    switch (event.key()) {
    case Qt::Key_Left: // the view goes west: the map slides right
        emit panRequested(QPointF(KeyboardPanPx, 0));
        return true;
    case Qt::Key_Right:
        emit panRequested(QPointF(-KeyboardPanPx, 0));
        return true;
    case Qt::Key_Up:
        emit panRequested(QPointF(0, KeyboardPanPx));
        return true;
    case Qt::Key_Down:
        emit panRequested(QPointF(0, -KeyboardPanPx));
        return true;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        emit zoomRequested(viewCentre, 1.0);
        return true;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        emit zoomRequested(viewCentre, -1.0);
        return true;
    case Qt::Key_Escape:
        if (m_markers->isFanned()) {
            m_markers->closeFan();
            return true;
        }
        return false;
    default:
        return false;
    }
}

} // namespace gig
