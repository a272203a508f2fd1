// Groups gig markers per zoom level (as supercluster does) so the map stays readable with
// thousands.
#pragma once

#include <QGeoCoordinate>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <vector>

namespace gig {

// A static, hierarchical clustering of points for every integer zoom from minZoom to
// maxZoom + 1. Level maxZoom + 1 holds the points themselves; each level above is made from the
// one below by greedily merging items closer than radiusPx screen pixels (at that level's zoom)
// into one cluster at their weighted centre. Every level has its own k-d tree, so a view's
// markers are found in time proportional to what is shown.
//
// Positions are normalised Web Mercator: x in [0, 1] eastwards from longitude -180, y in [0, 1]
// southwards from the north edge of the Mercator square. Multiply by Mercator::worldSize(zoom)
// for world pixels.
class GigClusterIndex
{
public:
    struct Options
    {
        int minZoom = 0;
        int maxZoom = 19; // deepest zoom with clusters; points alone live at maxZoom + 1
        double radiusPx = 40.0;
        friend bool operator==(const Options &, const Options &) = default;
    };

    // One point to cluster: where, and the caller's key (e.g. the row of a gig in its model).
    struct Point
    {
        QPointF lngLat; // (longitude, latitude) degrees
        int id = -1;
        friend bool operator==(const Point &, const Point &) = default;
    };

    // One marker of one level: a lone point (count 1, id set) or a cluster (count > 1, id -1).
    // zoom and index name it for children(), expansionZoom() and leaves().
    struct Item
    {
        QPointF position; // normalised Web Mercator
        int count = 0;
        int id = -1;
        int zoom = 0;
        int index = -1;

        bool isCluster() const { return count > 1; }
        QGeoCoordinate coordinate() const { return GigClusterIndex::toCoordinate(position); }
        friend bool operator==(const Item &, const Item &) = default;
    };

    GigClusterIndex() = default;

    // Replaces the content. Points with a non-finite coordinate are left out. Zoom bounds are
    // clamped to [0, 30] and maxZoom to at least minZoom; radiusPx to at least 0.
    void build(const QList<Point> &points, const Options &options);
    void build(const QList<Point> &points) { build(points, Options()); }
    void clear();

    const Options &options() const { return m_options; }
    qsizetype pointCount() const; // points indexed (after leaving out invalid ones)
    bool isEmpty() const { return pointCount() == 0; }

    // The level shown at a map zoom: floor(zoom) clamped to [minZoom, maxZoom + 1].
    int levelFor(double zoom) const;

    // The items of the level for zoom whose positions lie in rect (normalised Mercator, edges
    // included). The rect's x may run outside [0, 1] to cover the copies of the world beside
    // the first one; their items come back shifted by whole worlds. out is cleared first and
    // keeps its capacity, so a caller that reuses it allocates nothing per frame.
    void query(const QRectF &rect, double zoom, QList<Item> *out) const;
    QList<Item> query(const QRectF &rect, double zoom) const;

    // The items one level deeper that make up item (one for a lone point).
    QList<Item> children(const Item &item) const;
    // The first zoom at which the item splits into more than one marker; maxZoom + 1 when it
    // never does (a lone point, or points at the same place).
    int expansionZoom(const Item &item) const;
    // The ids of the points inside the item, at most limit of them (all when limit < 0).
    QList<int> leaves(const Item &item, qsizetype limit = -1) const;

    static QPointF toMercator(QPointF lngLat);
    static QGeoCoordinate toCoordinate(QPointF mercator);

private:
    struct Node
    {
        double x = 0;
        double y = 0;
        int count = 0;
        int id = -1;
        int parent = -1; // index in the level above (one zoom out), set while building it
    };
    struct TreePoint
    {
        double x;
        double y;
        int index;
    };
    struct Level
    {
        std::vector<Node> nodes;
        std::vector<TreePoint> tree; // k-d ordered
        std::vector<int> childOffsets; // nodes of the level below: childList[off[i], off[i+1])
        std::vector<int> childList;
    };

    // Builds the level's k-d tree and reorders its nodes to match (fixing below's parents).
    void buildTree(Level &level, Level *below);
    template<typename Visit>
    static void range(
        const Level &level, double minX, double minY, double maxX, double maxY, Visit &&visit);
    // Fills level from below; false when nothing merged (level is then below's copy, in order).
    bool clusterInto(Level &below, Level &level, int zoom) const;
    void linkChildren(const Level &below, Level &level);
    const Level *levelAt(int zoom) const;
    Item itemAt(int zoom, int index) const;

    Options m_options;
    std::vector<Level> m_levels; // indexed by zoom - minZoom
    std::vector<Node> m_scratchNodes; // reused while building
    std::vector<int> m_scratchPositions;
};

} // namespace gig
