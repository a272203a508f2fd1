// Feeds arbitrary bytes to Basemap::load, the reader of the offline world map (docs/BASEMAP.md).
#include "fuzzinput.h"
#include "models/basemap.h"

#include <QBuffer>

namespace {

void checkPath(const gig::Basemap::Path &path, qsizetype minimumPoints)
{
    FUZZ_CHECK(path.points.size() >= minimumPoints);
    // The bounds are a QRectF (west, south, width, height): right() and bottom() are sums and may
    // round by an ulp or so, far below anything a map can show.
    constexpr double slack = 1e-9;
    for (const QPointF &point : path.points) {
        FUZZ_CHECK(qAbs(point.x()) <= 180 && qAbs(point.y()) <= 90);
        FUZZ_CHECK(
            point.x() >= path.bounds.left() - slack && point.x() <= path.bounds.right() + slack);
        FUZZ_CHECK(
            point.y() >= path.bounds.top() - slack && point.y() <= path.bounds.bottom() + slack);
    }
    FUZZ_CHECK(path.intersects(path.bounds));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = gig::fuzz::bytes(data, size);
    gig::Basemap map;
    const bool loaded = map.load(bytes);
    // Either a complete map or an empty one that says why.
    FUZZ_CHECK(loaded == map.errorString().isEmpty());
    if (!loaded) {
        FUZZ_CHECK(map.isEmpty() && map.pointCount() == 0);
        return 0;
    }
    qsizetype points = 0;
    for (const gig::Basemap::Path &ring : map.landRings()) {
        checkPath(ring, 4);
        FUZZ_CHECK(ring.points.constFirst() == ring.points.constLast()); // closed
        points += ring.points.size();
    }
    for (const gig::Basemap::Path &line : map.borderLines()) {
        checkPath(line, 2);
        FUZZ_CHECK(!line.isHole);
        points += line.points.size();
    }
    FUZZ_CHECK(map.pointCount() == points);

    // The point-in-land test over the rings, at their own corners and at fixed places.
    for (const gig::Basemap::Path &ring :
        map.landRings().first(std::min<qsizetype>(8, map.landRings().size()))) {
        (void)map.isLand(ring.points.constFirst());
        (void)map.isLand(ring.bounds.center());
    }
    for (const QPointF place :
        { QPointF(0, 0), QPointF(-180, -90), QPointF(180, 90), QPointF(13.4, 52.5) })
        (void)map.isLand(place);

    // The device reader gives the same map.
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    gig::Basemap again;
    FUZZ_CHECK(again.load(&buffer));
    FUZZ_CHECK(again.landRings() == map.landRings() && again.borderLines() == map.borderLines());
    return 0;
}
