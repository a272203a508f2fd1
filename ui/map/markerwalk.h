// The keyboard's way through the map's markers.
#pragma once

#include "ui/map/markerlayer.h"

#include <QObject>
#include <optional>

class QKeyEvent;
class QPainter;

namespace gig {

// N and P go to the next and the previous marker in view (in reading order), Enter opens the
// marker it is on as a click would, Escape leaves it. The marker it is on gets a ring. A change
// of zoom ends the walk: the markers are others then.
class MarkerWalk final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarkerWalk)

public:
    // Not owned; must outlive the walk.
    explicit MarkerWalk(MarkerLayer *markers, QObject *parent = nullptr);

    // Handles N, P, Escape, and Enter while on a marker; false for any other key.
    bool keyPress(const QKeyEvent &event, const MapCamera &camera);
    void leave();
    std::optional<MarkerLayer::Hit> current() const { return m_current; }

    void paint(QPainter &painter, const MapCamera &camera, const QColor &color) const;

signals:
    void moved(); // on another marker, or off the markers

private:
    void step(int direction, const MapCamera &camera);

    MarkerLayer *m_markers;
    std::optional<MarkerLayer::Hit> m_current;
};

} // namespace gig
