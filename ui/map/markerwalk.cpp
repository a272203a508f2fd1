#include "ui/map/markerwalk.h"

#include <QKeyEvent>
#include <QPainter>

namespace gig {

MarkerWalk::MarkerWalk(MarkerLayer *markers, QObject *parent)
    : QObject(parent)
    , m_markers(markers)
{
    Q_ASSERT(markers);
}

bool MarkerWalk::keyPress(const QKeyEvent &event, const MapCamera &camera)
{
    const Qt::KeyboardModifiers modifiers = event.modifiers() & ~Qt::KeypadModifier;
    if (modifiers != Qt::NoModifier && modifiers != Qt::ShiftModifier)
        return false;
    switch (event.key()) {
    case Qt::Key_N:
        step(modifiers == Qt::ShiftModifier ? -1 : +1, camera);
        return true;
    case Qt::Key_P:
        step(-1, camera);
        return true;
    case Qt::Key_Escape:
        if (!m_current)
            return false;
        leave();
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter: {
        if (!m_current || modifiers != Qt::NoModifier)
            return false;
        const MarkerLayer::Hit hit = *m_current;
        if (hit.item.isCluster())
            leave(); // the cluster splits or lists its gigs: its marker is gone
        m_markers->activate(hit, camera);
        return true;
    }
    default:
        return false;
    }
}

void MarkerWalk::leave()
{
    if (!m_current)
        return;
    m_current.reset();
    emit moved();
}

void MarkerWalk::step(int direction, const MapCamera &camera)
{
    const QList<MarkerLayer::Hit> markers = m_markers->markersInView(camera);
    if (markers.isEmpty()) {
        leave();
        return;
    }
    qsizetype at = -1;
    if (m_current) {
        for (qsizetype i = 0; i < markers.size(); ++i) {
            if (markers[i].item == m_current->item)
                at = i;
        }
    }
    const qsizetype count = markers.size();
    const qsizetype next
        = at < 0 ? (direction > 0 ? 0 : count - 1) : ((at + direction) % count + count) % count;
    m_current = markers[next];
    emit moved();
}

void MarkerWalk::paint(QPainter &painter, const MapCamera &camera, const QColor &color) const
{
    if (!m_current)
        return;
    const QPointF centre = camera.toScreen(m_current->item.position);
    const double radius = MarkerLayer::radiusOf(*m_current) + 4.0;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(color, 3.0));
    painter.drawEllipse(centre, radius, radius);
    painter.restore();
}

} // namespace gig
