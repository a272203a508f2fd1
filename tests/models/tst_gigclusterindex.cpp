#include "models/gigclusterindex.h"
#include "models/mercator.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using gig::GigClusterIndex;

namespace {

const QRectF WholeWorld(0.0, 0.0, 1.0, 1.0);

// Gigs scattered around a few cities, plus some at exactly the same venue.
QList<GigClusterIndex::Point> cityPoints(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    const QList<QPointF> cities { { -0.1276, 51.5072 }, { 2.3522, 48.8566 }, { 13.405, 52.52 },
        { -73.9857, 40.7484 }, { 151.2093, -33.8688 }, { 139.6503, 35.6762 } };
    QList<GigClusterIndex::Point> points;
    for (int i = 0; i < count; ++i) {
        const QPointF city = cities[i % cities.size()];
        const double spread = (i % 7 == 0) ? 0.0 : 0.5; // every 7th gig at the city's hall
        points.append({ city
                + QPointF((random.generateDouble() - 0.5) * spread,
                    (random.generateDouble() - 0.5) * spread),
            i });
    }
    return points;
}

int totalCount(const QList<GigClusterIndex::Item> &items)
{
    int total = 0;
    for (const auto &item : items)
        total += item.count;
    return total;
}

} // namespace

class TestGigClusterIndex : public QObject
{
    Q_OBJECT

private slots:
    void countsAreConservedAtEveryZoom_data();
    void countsAreConservedAtEveryZoom();
    void everyPointIsLeafOfExactlyOneItemPerZoom();
    void nearbyPointsMergeAtLowZoomAndSplitDeeper();
    void expansionZoomIsWhereTheClusterSplits();
    void identicalCoordinatesNeverSplit();
    void childrenSumToTheCluster();
    void queryReturnsOnlyTheView();
    void queryRepeatsWorldCopiesShifted();
    void invalidCoordinatesAreLeftOut();
    void leavesHonoursTheLimit();
    void emptyIndexAnswersNothing();
};

void TestGigClusterIndex::countsAreConservedAtEveryZoom_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<double>("radius");
    QTest::newRow("few") << 5 << 40.0;
    QTest::newRow("many") << 3000 << 40.0;
    QTest::newRow("small radius") << 3000 << 5.0;
    QTest::newRow("no radius") << 500 << 0.0;
}

void TestGigClusterIndex::countsAreConservedAtEveryZoom()
{
    QFETCH(int, count);
    QFETCH(double, radius);
    GigClusterIndex index;
    GigClusterIndex::Options options;
    options.radiusPx = radius;
    index.build(cityPoints(count, 7), options);
    QCOMPARE(index.pointCount(), count);
    for (int zoom = 0; zoom <= options.maxZoom + 1; ++zoom) {
        const auto items = index.query(WholeWorld, zoom);
        QCOMPARE(totalCount(items), count);
        for (const auto &item : items)
            QCOMPARE(item.zoom, zoom);
    }
    // Clusters really form when the radius is positive: the world at zoom 0 is a few markers.
    if (radius > 0)
        QVERIFY(index.query(WholeWorld, 0).size() < qMin(count, 10));
    else
        QCOMPARE(index.query(WholeWorld, 0).size(), count);
}

void TestGigClusterIndex::everyPointIsLeafOfExactlyOneItemPerZoom()
{
    GigClusterIndex index;
    index.build(cityPoints(800, 3));
    for (int zoom : { 0, 4, 9, 14, 20 }) {
        QSet<int> seen;
        for (const auto &item : index.query(WholeWorld, zoom)) {
            const QList<int> leaves = index.leaves(item);
            QCOMPARE(leaves.size(), item.count);
            for (int id : leaves) {
                QVERIFY2(!seen.contains(id), qPrintable(QString::number(id)));
                seen.insert(id);
            }
            if (!item.isCluster())
                QCOMPARE(leaves, QList<int> { item.id });
        }
        QCOMPARE(seen.size(), 800);
    }
}

void TestGigClusterIndex::nearbyPointsMergeAtLowZoomAndSplitDeeper()
{
    // Two points 0.01° apart: about 7 px at zoom 10, 230 px at zoom 15.
    GigClusterIndex index;
    index.build({ { { 10.0, 50.0 }, 1 }, { { 10.01, 50.0 }, 2 } });
    const auto at10 = index.query(WholeWorld, 10);
    QCOMPARE(at10.size(), 1);
    QVERIFY(at10.first().isCluster());
    QCOMPARE(at10.first().count, 2);
    QCOMPARE(at10.first().coordinate().longitude(), 10.005);
    const auto at15 = index.query(WholeWorld, 15.7);
    QCOMPARE(at15.size(), 2);
    QVERIFY(!at15[0].isCluster());
    QCOMPARE(QSet<int>({ at15[0].id, at15[1].id }), QSet<int>({ 1, 2 }));
}

void TestGigClusterIndex::expansionZoomIsWhereTheClusterSplits()
{
    GigClusterIndex index;
    index.build(cityPoints(2000, 11));
    int checked = 0;
    for (int zoom = 0; zoom <= 18; ++zoom) {
        for (const auto &item : index.query(WholeWorld, zoom)) {
            if (!item.isCluster())
                continue;
            const int expansion = index.expansionZoom(item);
            QVERIFY(expansion > zoom);
            // Follow the cluster down: one marker until expansion - 1, more than one at expansion.
            GigClusterIndex::Item current = item;
            for (int z = zoom + 1; z < expansion; ++z) {
                const auto kids = index.children(current);
                QCOMPARE(kids.size(), 1);
                current = kids.first();
            }
            if (expansion <= index.options().maxZoom + 1) {
                const auto kids = index.children(current);
                if (expansion <= index.options().maxZoom || kids.size() > 1)
                    QVERIFY2(kids.size() > 1, qPrintable(QString::number(expansion)));
                QCOMPARE(totalCount(kids), item.count);
            }
            ++checked;
        }
    }
    QVERIFY(checked > 50);
}

void TestGigClusterIndex::identicalCoordinatesNeverSplit()
{
    GigClusterIndex index;
    QList<GigClusterIndex::Point> points;
    for (int i = 0; i < 5; ++i)
        points.append({ { -3.7038, 40.4168 }, i });
    index.build(points);
    const int deepest = index.options().maxZoom;
    const auto items = index.query(WholeWorld, deepest);
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().count, 5);
    QCOMPARE(index.expansionZoom(items.first()), deepest + 1);
    QCOMPARE(index.leaves(items.first()), QList<int>({ 0, 1, 2, 3, 4 }));
    // At the points' own level they are apart again, each at the same place.
    const auto alone = index.query(WholeWorld, deepest + 1);
    QCOMPARE(alone.size(), 5);
    for (const auto &item : alone)
        QCOMPARE(item.position, items.first().position);
}

void TestGigClusterIndex::childrenSumToTheCluster()
{
    GigClusterIndex index;
    index.build(cityPoints(1000, 5));
    for (int zoom : { 0, 3, 8 }) {
        for (const auto &item : index.query(WholeWorld, zoom)) {
            const auto kids = index.children(item);
            QVERIFY(!kids.isEmpty());
            QCOMPARE(totalCount(kids), item.count);
            for (const auto &kid : kids)
                QCOMPARE(kid.zoom, zoom + 1);
        }
    }
    const auto points = index.query(WholeWorld, index.options().maxZoom + 1);
    QVERIFY(index.children(points.first()).isEmpty());
}

void TestGigClusterIndex::queryReturnsOnlyTheView()
{
    GigClusterIndex index;
    index.build(cityPoints(1200, 9));
    const QPointF london = GigClusterIndex::toMercator({ -0.1276, 51.5072 });
    const double half = 0.002;
    const QRectF view(london - QPointF(half, half), london + QPointF(half, half));
    const auto items = index.query(view, 12);
    QVERIFY(!items.isEmpty());
    for (const auto &item : items)
        QVERIFY(view.contains(item.position));
    int inside = 0;
    for (const auto &item : index.query(WholeWorld, 12))
        inside += view.contains(item.position) ? 1 : 0;
    QCOMPARE(items.size(), inside);
}

void TestGigClusterIndex::queryRepeatsWorldCopiesShifted()
{
    GigClusterIndex index;
    index.build({ { { 0.0, 0.0 }, 1 } }); // at x = 0.5
    const auto items = index.query(QRectF(-1.0, 0.0, 3.0, 1.0), 3);
    QCOMPARE(items.size(), 3);
    QList<double> xs;
    for (const auto &item : items)
        xs.append(item.position.x());
    std::sort(xs.begin(), xs.end());
    QCOMPARE(xs, QList<double>({ -0.5, 0.5, 1.5 }));
}

void TestGigClusterIndex::invalidCoordinatesAreLeftOut()
{
    GigClusterIndex index;
    const double nan = std::numeric_limits<double>::quiet_NaN();
    index.build({ { { nan, 10.0 }, 1 }, { { 5.0, 5.0 }, 2 },
        { { std::numeric_limits<double>::infinity(), 0.0 }, 3 } });
    QCOMPARE(index.pointCount(), 1);
    QCOMPARE(totalCount(index.query(WholeWorld, 5)), 1);
}

void TestGigClusterIndex::leavesHonoursTheLimit()
{
    GigClusterIndex index;
    index.build(cityPoints(600, 1));
    const auto world = index.query(WholeWorld, 0);
    const auto biggest = *std::max_element(
        world.begin(), world.end(), [](const auto &a, const auto &b) { return a.count < b.count; });
    QVERIFY(biggest.count > 10);
    QCOMPARE(index.leaves(biggest, 10).size(), 10);
    QCOMPARE(index.leaves(biggest).size(), biggest.count);
}

void TestGigClusterIndex::emptyIndexAnswersNothing()
{
    GigClusterIndex index;
    QVERIFY(index.query(WholeWorld, 3).isEmpty());
    QCOMPARE(index.expansionZoom({}), index.options().maxZoom + 1);
    QVERIFY(index.leaves({}).isEmpty());
    index.build({});
    QVERIFY(index.isEmpty());
    QVERIFY(index.query(WholeWorld, 3).isEmpty());
    QVERIFY(index.children(GigClusterIndex::Item { {}, 1, 1, 3, 99 }).isEmpty());
}

QTEST_GUILESS_MAIN(TestGigClusterIndex)
#include "tst_gigclusterindex.moc"
