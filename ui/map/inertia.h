// The glide after a flick of the map: recent pointer positions in, how far and how long out.
#pragma once

#include <QPointF>
#include <optional>
#include <vector>

namespace gig {

// Leaflet's rule: the speed over the last InertiaWindowMs of the drag, capped at MaxSpeed,
// slows down at Deceleration; a drag that paused before the release, or was slow, does not glide.
class Inertia
{
public:
    static constexpr double Deceleration = 3000.0; // px/s²
    static constexpr double MaxSpeed = 2500.0; // px/s
    static constexpr double MinSpeed = 100.0; // px/s: slower is a placement, not a flick
    static constexpr qint64 WindowMs = 100;
    static constexpr qint64 MaxPauseMs = 50; // a longer still pause before release: no glide

    struct Glide
    {
        QPointF offset; // how far the map content slides, in pixels
        int durationMs = 0;
    };

    // A press at `ms` (any monotonic milliseconds) and `position`: the samples start over.
    void press(qint64 ms, QPointF position);
    // The pointer moved while dragging; only the last WindowMs are kept (at least two samples).
    void move(qint64 ms, QPointF position);
    // The release: the glide, or none.
    std::optional<Glide> release(qint64 ms, QPointF position) const;

private:
    struct Sample
    {
        qint64 ms;
        QPointF position;
    };
    std::vector<Sample> m_samples;
};

} // namespace gig
