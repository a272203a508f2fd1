#include "models/gigclusterindex.h"

#include "models/mercator.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace gig {

namespace {

constexpr int NodeSize = 16; // k-d tree leaves hold up to this many points, scanned linearly
constexpr int MaxWorldCopies = 8; // a query never repeats the world more often than this

} // namespace

QPointF GigClusterIndex::toMercator(QPointF lngLat)
{
    return Mercator::projectLngLat(lngLat, 0.0) / double(Mercator::TileSize);
}

QGeoCoordinate GigClusterIndex::toCoordinate(QPointF mercator)
{
    return Mercator::unproject(mercator * double(Mercator::TileSize), 0.0);
}

void GigClusterIndex::clear()
{
    m_levels.clear();
}

qsizetype GigClusterIndex::pointCount() const
{
    return m_levels.empty() ? 0 : qsizetype(m_levels.back().nodes.size());
}

int GigClusterIndex::levelFor(double zoom) const
{
    if (!std::isfinite(zoom))
        return m_options.minZoom;
    const double clamped
        = std::clamp(std::floor(zoom), double(m_options.minZoom), double(m_options.maxZoom + 1));
    return int(clamped);
}

void GigClusterIndex::build(const QList<Point> &points, const Options &options)
{
    m_options = options;
    m_options.minZoom = std::clamp(m_options.minZoom, 0, Mercator::MaxTileZoom);
    m_options.maxZoom = std::clamp(m_options.maxZoom, m_options.minZoom, Mercator::MaxTileZoom);
    if (!(m_options.radiusPx >= 0.0)) // NaN too
        m_options.radiusPx = 0.0;

    // Levels keep their buffers from the last build: rebuilding after a model change then costs
    // no fresh memory (page faults were a fifth of a build).
    m_levels.resize(size_t(m_options.maxZoom + 2 - m_options.minZoom));
    for (Level &level : m_levels) {
        level.nodes.clear();
        level.tree.clear();
        level.childOffsets.clear();
        level.childList.clear();
    }

    Level &leaves = m_levels.back();
    leaves.nodes.reserve(size_t(points.size()));
    for (const Point &point : points) {
        if (!std::isfinite(point.lngLat.x()) || !std::isfinite(point.lngLat.y()))
            continue;
        const QPointF p = toMercator(point.lngLat);
        leaves.nodes.push_back(Node { p.x(), p.y(), 1, point.id, -1 });
    }
    buildTree(leaves, nullptr);

    for (int zoom = m_options.maxZoom; zoom >= m_options.minZoom; --zoom) {
        Level &below = m_levels[size_t(zoom + 1 - m_options.minZoom)];
        Level &level = m_levels[size_t(zoom - m_options.minZoom)];
        if (clusterInto(below, level, zoom)) {
            buildTree(level, &below);
        } else {
            // Nothing merged: the level is the one below, in the same order, so is its tree.
            level.tree = below.tree;
        }
        linkChildren(below, level);
    }
}

void GigClusterIndex::buildTree(Level &level, Level *below)
{
    std::vector<TreePoint> &tree = level.tree;
    tree.resize(level.nodes.size());
    for (size_t i = 0; i < level.nodes.size(); ++i)
        tree[i] = TreePoint { level.nodes[i].x, level.nodes[i].y, int(i) };

    // Median splits alternating x and y, as a static k-d tree laid out in one array.
    struct Span
    {
        qsizetype left;
        qsizetype right;
        int axis;
    };
    std::vector<Span> stack;
    stack.push_back(Span { 0, qsizetype(tree.size()) - 1, 0 });
    while (!stack.empty()) {
        const Span span = stack.back();
        stack.pop_back();
        if (span.right - span.left <= NodeSize)
            continue;
        const qsizetype middle = (span.left + span.right) / 2;
        const auto first = tree.begin() + span.left;
        const auto nth = tree.begin() + middle;
        const auto last = tree.begin() + span.right + 1;
        if (span.axis == 0)
            std::nth_element(
                first, nth, last, [](const TreePoint &a, const TreePoint &b) { return a.x < b.x; });
        else
            std::nth_element(
                first, nth, last, [](const TreePoint &a, const TreePoint &b) { return a.y < b.y; });
        stack.push_back(Span { span.left, middle - 1, 1 - span.axis });
        stack.push_back(Span { middle + 1, span.right, 1 - span.axis });
    }

    // Lay the nodes out in tree order, so neighbours in space are neighbours in memory: the
    // clustering of the next level walks them in this order and its queries stay in cache.
    std::vector<int> &position = m_scratchPositions;
    std::vector<Node> &ordered = m_scratchNodes;
    position.resize(level.nodes.size());
    ordered.resize(level.nodes.size());
    for (size_t i = 0; i < tree.size(); ++i) {
        position[size_t(tree[i].index)] = int(i);
        ordered[i] = level.nodes[size_t(tree[i].index)];
        tree[i].index = int(i);
    }
    level.nodes.swap(ordered);
    if (below) {
        for (Node &node : below->nodes)
            node.parent = position[size_t(node.parent)];
    }
}

template<typename Visit>
void GigClusterIndex::range(
    const Level &level, double minX, double minY, double maxX, double maxY, Visit &&visit)
{
    const std::vector<TreePoint> &tree = level.tree;
    if (tree.empty())
        return;
    // Depth is about log2(n / NodeSize); each step leaves at most one span pending per depth.
    std::array<qsizetype, 3 * 128> stack;
    size_t top = 0;
    stack[top++] = 0;
    stack[top++] = qsizetype(tree.size()) - 1;
    stack[top++] = 0;
    while (top > 0) {
        const int axis = int(stack[--top]);
        const qsizetype right = stack[--top];
        const qsizetype left = stack[--top];
        if (right - left <= NodeSize) {
            for (qsizetype i = left; i <= right; ++i) {
                const TreePoint &p = tree[size_t(i)];
                if (p.x >= minX && p.x <= maxX && p.y >= minY && p.y <= maxY)
                    visit(p.index, p.x, p.y);
            }
            continue;
        }
        const qsizetype middle = (left + right) / 2;
        const TreePoint &p = tree[size_t(middle)];
        if (p.x >= minX && p.x <= maxX && p.y >= minY && p.y <= maxY)
            visit(p.index, p.x, p.y);
        const bool goLeft = axis == 0 ? minX <= p.x : minY <= p.y;
        const bool goRight = axis == 0 ? maxX >= p.x : maxY >= p.y;
        if (goLeft && left <= middle - 1) {
            stack[top++] = left;
            stack[top++] = middle - 1;
            stack[top++] = 1 - axis;
        }
        if (goRight && middle + 1 <= right) {
            stack[top++] = middle + 1;
            stack[top++] = right;
            stack[top++] = 1 - axis;
        }
    }
}

bool GigClusterIndex::clusterInto(Level &below, Level &level, int zoom) const
{
    bool anyMerged = false;
    const double radius = m_options.radiusPx / Mercator::worldSize(zoom);
    const double radiusSquared = radius * radius;
    level.nodes.clear();
    level.nodes.reserve(below.nodes.size());
    for (size_t i = 0; i < below.nodes.size(); ++i) {
        Node &seed = below.nodes[i];
        if (seed.parent >= 0)
            continue; // already taken by an earlier cluster of this level
        const int parent = int(level.nodes.size());
        seed.parent = parent;
        int count = seed.count;
        double weightedX = seed.x * seed.count;
        double weightedY = seed.y * seed.count;
        bool merged = false;
        if (radius > 0.0) {
            const double sx = seed.x;
            const double sy = seed.y;
            range(below, sx - radius, sy - radius, sx + radius, sy + radius,
                [&](int index, double x, double y) {
                    Node &other = below.nodes[size_t(index)];
                    if (other.parent >= 0)
                        return;
                    const double dx = x - sx;
                    const double dy = y - sy;
                    if (dx * dx + dy * dy > radiusSquared)
                        return;
                    other.parent = parent;
                    count += other.count;
                    weightedX += x * other.count;
                    weightedY += y * other.count;
                    merged = true;
                });
        }
        anyMerged = anyMerged || merged;
        if (merged)
            level.nodes.push_back(Node { weightedX / count, weightedY / count, count, -1, -1 });
        else
            level.nodes.push_back(Node { seed.x, seed.y, seed.count, seed.id, -1 });
    }
    return anyMerged;
}

void GigClusterIndex::linkChildren(const Level &below, Level &level)
{
    level.childOffsets.assign(level.nodes.size() + 1, 0);
    for (const Node &node : below.nodes)
        ++level.childOffsets[size_t(node.parent) + 1];
    for (size_t i = 1; i < level.childOffsets.size(); ++i)
        level.childOffsets[i] += level.childOffsets[i - 1];
    level.childList.resize(below.nodes.size());
    std::vector<int> &fill = m_scratchPositions;
    fill.assign(level.childOffsets.begin(), level.childOffsets.end() - 1);
    for (size_t i = 0; i < below.nodes.size(); ++i)
        level.childList[size_t(fill[size_t(below.nodes[i].parent)]++)] = int(i);
}

const GigClusterIndex::Level *GigClusterIndex::levelAt(int zoom) const
{
    if (zoom < m_options.minZoom || zoom > m_options.maxZoom + 1 || m_levels.empty())
        return nullptr;
    return &m_levels[size_t(zoom - m_options.minZoom)];
}

GigClusterIndex::Item GigClusterIndex::itemAt(int zoom, int index) const
{
    const Node &node = levelAt(zoom)->nodes[size_t(index)];
    return Item { QPointF(node.x, node.y), node.count, node.id, zoom, index };
}

void GigClusterIndex::query(const QRectF &rect, double zoom, QList<Item> *out) const
{
    out->clear();
    const int z = levelFor(zoom);
    const Level *level = levelAt(z);
    const QRectF r = rect.normalized();
    if (!level || level->nodes.empty() || !std::isfinite(r.left()) || !std::isfinite(r.right())
        || !std::isfinite(r.top()) || !std::isfinite(r.bottom()))
        return;
    const double firstWorld = std::floor(r.left());
    const double lastWorld = std::min(std::floor(r.right()), firstWorld + MaxWorldCopies - 1);
    for (double world = firstWorld; world <= lastWorld; world += 1.0) {
        const double minX = std::max(r.left() - world, 0.0);
        const double maxX = std::min(r.right() - world, 1.0);
        range(*level, minX, r.top(), maxX, r.bottom(), [&](int index, double x, double y) {
            const Node &node = level->nodes[size_t(index)];
            out->append(Item { QPointF(x + world, y), node.count, node.id, z, index });
        });
    }
}

QList<GigClusterIndex::Item> GigClusterIndex::query(const QRectF &rect, double zoom) const
{
    QList<Item> items;
    query(rect, zoom, &items);
    return items;
}

QList<GigClusterIndex::Item> GigClusterIndex::children(const Item &item) const
{
    QList<Item> result;
    const Level *level = levelAt(item.zoom);
    if (!level || item.index < 0 || size_t(item.index) >= level->nodes.size())
        return result;
    if (item.zoom > m_options.maxZoom) // the points themselves have no children
        return result;
    const int first = level->childOffsets[size_t(item.index)];
    const int last = level->childOffsets[size_t(item.index) + 1];
    result.reserve(last - first);
    for (int i = first; i < last; ++i)
        result.append(itemAt(item.zoom + 1, level->childList[size_t(i)]));
    return result;
}

int GigClusterIndex::expansionZoom(const Item &item) const
{
    const Level *level = levelAt(item.zoom);
    if (!level || item.index < 0 || size_t(item.index) >= level->nodes.size())
        return m_options.maxZoom + 1;
    int zoom = item.zoom;
    int index = item.index;
    while (zoom <= m_options.maxZoom) {
        const Level &current = m_levels[size_t(zoom - m_options.minZoom)];
        const int first = current.childOffsets[size_t(index)];
        const int last = current.childOffsets[size_t(index) + 1];
        ++zoom;
        if (last - first != 1)
            return zoom;
        index = current.childList[size_t(first)];
    }
    return zoom;
}

QList<int> GigClusterIndex::leaves(const Item &item, qsizetype limit) const
{
    QList<int> ids;
    const Level *level = levelAt(item.zoom);
    if (!level || item.index < 0 || size_t(item.index) >= level->nodes.size() || limit == 0)
        return ids;
    struct Entry
    {
        int zoom;
        int index;
    };
    std::vector<Entry> stack { Entry { item.zoom, item.index } };
    while (!stack.empty()) {
        const Entry entry = stack.back();
        stack.pop_back();
        const Level &current = m_levels[size_t(entry.zoom - m_options.minZoom)];
        const Node &node = current.nodes[size_t(entry.index)];
        if (node.count == 1) {
            // A lone point keeps its id at every level: no need to walk down to the leaves.
            ids.append(node.id);
            if (limit > 0 && ids.size() >= limit)
                break;
            continue;
        }
        const int first = current.childOffsets[size_t(entry.index)];
        const int last = current.childOffsets[size_t(entry.index) + 1];
        for (int i = last - 1; i >= first; --i) // reversed so the stack pops them in order
            stack.push_back(Entry { entry.zoom + 1, current.childList[size_t(i)] });
    }
    return ids;
}

} // namespace gig
