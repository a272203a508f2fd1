#include "faketilesource.h"
#include "ui/map/tilelayer.h"

#include <QPainter>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <cmath>

using namespace gig;

namespace {

MapCamera cameraAt(QPointF centre, double zoom, QSizeF viewport = QSizeF(1280, 800))
{
    MapCamera camera;
    camera.centre = centre;
    camera.zoom = zoom;
    camera.viewport = viewport;
    return camera;
}

// Squared distance, in tiles, from the view's centre to the middle of the nearest copy of tile.
double distanceToCentre(const MapCamera &camera, const TileId &tile)
{
    const double tiles = std::exp2(tile.zoom);
    const QPointF centre = camera.centre * tiles;
    double dx = tile.x + 0.5 - centre.x();
    dx -= std::round(dx / tiles) * tiles;
    const double dy = tile.y + 0.5 - centre.y();
    return dx * dx + dy * dy;
}

QImage render(const TileLayer &layer, const MapCamera &camera)
{
    QImage image(camera.viewport.toSize(), QImage::Format_RGB32);
    image.fill(Qt::black);
    QPainter painter(&image);
    layer.paint(&painter, camera);
    return image;
}

} // namespace

class TestTileLayer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void requestsNearestCentreFirst_data();
    void requestsNearestCentreFirst();
    void requestsNothingBeyondOneTilePastTheEdge_data();
    void requestsNothingBeyondOneTilePastTheEdge();
    void cancelsTilesThatScrolledOut();
    void keepsRequestsStillInView();
    void doesNotAskTwiceForTheSameTile();
    void drawsArrivedTiles();
    void replacedTilesAreDroppedAndAskedAgain();
    void parentStandsInWhileTileLoads();
    void childrenStandInAfterZoomingOut();
    void bareWhenNothingIsLoaded();
    void failedTileRestsBeforeRetry();
    void changingSourceCancelsAndForgets();
};

void TestTileLayer::requestsNearestCentreFirst_data()
{
    QTest::addColumn<QPointF>("centre");
    QTest::addColumn<double>("zoom");
    QTest::newRow("integer zoom") << QPointF(0.5123, 0.3377) << 6.0;
    QTest::newRow("fractional zoom") << QPointF(0.2, 0.7) << 9.4;
    QTest::newRow("across the antimeridian") << QPointF(0.001, 0.4) << 4.0;
}

void TestTileLayer::requestsNearestCentreFirst()
{
    QFETCH(QPointF, centre);
    QFETCH(double, zoom);
    FakeTileSource source;
    TileLayer layer;
    layer.setSource(&source);
    const MapCamera camera = cameraAt(centre, zoom);
    layer.setCamera(camera);

    const auto range = Mercator::tilesCovering(camera.viewportWorldPx(), zoom, qRound(zoom));
    QCOMPARE(source.requests.size(), range.count());
    double previous = -1;
    for (int i = 0; i < source.requests.size(); ++i) {
        const double distance = distanceToCentre(camera, source.requests[i]);
        QVERIFY2(distance >= previous - 1e-9, qPrintable(QString::number(i)));
        previous = distance;
        QCOMPARE(source.priorities[i], i); // 0 = most urgent
    }
    // The first tile asked for is the one under the centre.
    QCOMPARE(source.requests.first(),
        Mercator::tileAtWorldPixel(
            camera.viewportWorldPx().center() * std::exp2(qRound(zoom) - zoom), qRound(zoom)));
}

void TestTileLayer::requestsNothingBeyondOneTilePastTheEdge_data()
{
    QTest::addColumn<QPointF>("centre");
    QTest::addColumn<double>("zoom");
    QTest::addColumn<QSizeF>("viewport");
    QTest::newRow("wide") << QPointF(0.53, 0.34) << 12.3 << QSizeF(1280, 800);
    QTest::newRow("small") << QPointF(0.1, 0.9) << 7.6 << QSizeF(300, 200);
    QTest::newRow("deep") << QPointF(0.777, 0.333) << 17.0 << QSizeF(1000, 700);
}

void TestTileLayer::requestsNothingBeyondOneTilePastTheEdge()
{
    QFETCH(QPointF, centre);
    QFETCH(double, zoom);
    QFETCH(QSizeF, viewport);
    FakeTileSource source;
    TileLayer layer;
    layer.setSource(&source);
    const MapCamera camera = cameraAt(centre, zoom, viewport);
    layer.setCamera(camera);
    QVERIFY(!source.requests.isEmpty());

    const int tileZoom = qRound(zoom);
    const double tilePx = Mercator::TileSize * std::exp2(zoom - tileZoom);
    const QRectF view = camera.viewportWorldPx();
    const QRectF allowed = view.adjusted(-tilePx, -tilePx, tilePx, tilePx);
    for (const TileId &tile : std::as_const(source.requests)) {
        QCOMPARE(tile.zoom, tileZoom);
        const QRectF rect = Mercator::tileRect(tile.x, tile.y, tileZoom, zoom);
        QVERIFY2(allowed.contains(rect), qPrintable(QString::number(tile.x)));
        QVERIFY(rect.intersects(view)); // in fact: only tiles that touch the view
    }
}

void TestTileLayer::cancelsTilesThatScrolledOut()
{
    FakeTileSource source;
    TileLayer layer;
    layer.setSource(&source);
    layer.setCamera(cameraAt(QPointF(0.3, 0.4), 10));
    const QList<TileId> first = source.requests;
    QVERIFY(!first.isEmpty());
    source.requests.clear();
    layer.setCamera(cameraAt(QPointF(0.6, 0.4), 10)); // far away at this zoom
    QCOMPARE(QSet<TileId>(source.cancels.cbegin(), source.cancels.cend()),
        QSet<TileId>(first.cbegin(), first.cend()));
    QCOMPARE(layer.pendingTiles().size(), source.requests.size());
}

void TestTileLayer::keepsRequestsStillInView()
{
    FakeTileSource source;
    TileLayer layer;
    layer.setSource(&source);
    const MapCamera camera = cameraAt(QPointF(0.3, 0.4), 10);
    layer.setCamera(camera);
    const QList<TileId> first = source.requests;
    MapCamera moved = camera;
    moved.centre += QPointF(300.0 / camera.worldSize(), 0); // 300 px east
    layer.setCamera(moved);
    QVERIFY(!source.cancels.isEmpty());
    for (const TileId &tile : std::as_const(source.cancels)) {
        const QRectF rect = Mercator::tileRect(tile.x, tile.y, 10, 10);
        QVERIFY(!rect.intersects(moved.viewportWorldPx()));
    }
    QVERIFY(source.cancels.size() < first.size());
}

void TestTileLayer::doesNotAskTwiceForTheSameTile()
{
    FakeTileSource source;
    TileLayer layer;
    layer.setSource(&source);
    const MapCamera camera = cameraAt(QPointF(0.5, 0.5), 1, QSizeF(2000, 600));
    layer.setCamera(camera); // the world twice side by side: each tile asked for once
    layer.setCamera(camera);
    QCOMPARE(QSet<TileId>(source.requests.cbegin(), source.requests.cend()).size(),
        source.requests.size());
}

void TestTileLayer::drawsArrivedTiles()
{
    FakeTileSource source;
    source.autoColor = Qt::red;
    TileLayer layer;
    QSignalSpy changed(&layer, &TileLayer::changed);
    layer.setSource(&source);
    const MapCamera camera = cameraAt(QPointF(0.5, 0.5), 3, QSizeF(400, 300));
    layer.setCamera(camera);
    QTRY_VERIFY(layer.covers(camera));
    QVERIFY(changed.count() > 1);
    QVERIFY(layer.pendingTiles().isEmpty());
    const QImage image = render(layer, camera);
    QCOMPARE(image.pixelColor(200, 150), QColor(Qt::red));
    QCOMPARE(image.pixelColor(0, 0), QColor(Qt::red));
}

void TestTileLayer::replacedTilesAreDroppedAndAskedAgain()
{
    FakeTileSource source;
    source.autoColor = Qt::red;
    TileLayer layer;
    layer.setSource(&source);
    const MapCamera camera = cameraAt(QPointF(0.5, 0.5), 3, QSizeF(400, 300));
    layer.setCamera(camera);
    QTRY_VERIFY(layer.covers(camera));
    const qsizetype asked = source.requests.size();

    // Another server: its tiles, not the old ones, must be drawn.
    source.autoColor = QColor();
    emit source.tilesReplaced();
    QVERIFY(!layer.covers(camera));
    QCOMPARE(source.requests.size(), 2 * asked);
    for (const TileId &tile : layer.pendingTiles())
        source.answer(tile, Qt::green);
    QTRY_VERIFY(layer.covers(camera));
    QCOMPARE(render(layer, camera).pixelColor(200, 150), QColor(Qt::green));
}

void TestTileLayer::parentStandsInWhileTileLoads()
{
    FakeTileSource source;
    source.autoColor = Qt::blue;
    TileLayer layer;
    layer.setSource(&source);
    const MapCamera parentView = cameraAt(QPointF(0.51, 0.52), 6, QSizeF(400, 300));
    layer.setCamera(parentView);
    QTRY_VERIFY(layer.covers(parentView));

    source.autoColor = QColor(); // tiles of zoom 8 never arrive
    MapCamera deeper = parentView;
    deeper.zoom = 8; // two levels up is still close enough to stand in
    layer.setCamera(deeper);
    QVERIFY(!layer.pendingTiles().isEmpty());
    QVERIFY(!layer.hasTile(layer.pendingTiles().first()));
    QVERIFY(layer.covers(deeper));
    const QImage image = render(layer, deeper);
    QCOMPARE(image.pixelColor(200, 150), QColor(Qt::blue));
    QCOMPARE(image.pixelColor(5, 5), QColor(Qt::blue));

    MapCamera tooDeep = parentView;
    tooDeep.zoom = 11; // five levels: too blurry, left bare
    layer.setCamera(tooDeep);
    QVERIFY(!layer.covers(tooDeep));
    QCOMPARE(render(layer, tooDeep).pixelColor(200, 150), QColor(Qt::black));
}

void TestTileLayer::childrenStandInAfterZoomingOut()
{
    FakeTileSource source;
    source.autoColor = Qt::green;
    TileLayer layer;
    layer.setSource(&source);
    // A view of exactly four tiles at zoom 5, then zoom 4 where one tile covers them.
    const MapCamera children = cameraAt(QPointF(13.0 / 32, 21.0 / 32), 5, QSizeF(512, 512));
    layer.setCamera(children);
    QTRY_VERIFY(layer.covers(children));
    source.autoColor = QColor();
    MapCamera out = children;
    out.zoom = 4;
    out.viewport = QSizeF(256, 256);
    layer.setCamera(out);
    QCOMPARE(layer.pendingTiles().size(), 1);
    QVERIFY(layer.covers(out));
    QCOMPARE(render(layer, out).pixelColor(128, 128), QColor(Qt::green));
}

void TestTileLayer::bareWhenNothingIsLoaded()
{
    FakeTileSource source;
    TileLayer layer;
    layer.setSource(&source);
    const MapCamera camera = cameraAt(QPointF(0.5, 0.5), 4, QSizeF(300, 300));
    layer.setCamera(camera);
    QVERIFY(!layer.covers(camera));
    QCOMPARE(render(layer, camera).pixelColor(150, 150), QColor(Qt::black));
}

void TestTileLayer::failedTileRestsBeforeRetry()
{
    FakeTileSource source;
    TileLayer layer;
    layer.setSource(&source);
    const MapCamera camera = cameraAt(QPointF(0.5, 0.5), 2, QSizeF(200, 200));
    layer.setCamera(camera);
    const QList<TileId> asked = source.requests;
    for (const TileId &tile : asked)
        source.fail(tile);
    QVERIFY(layer.pendingTiles().isEmpty());
    source.requests.clear();
    layer.setCamera(camera);
    QVERIFY(source.requests.isEmpty()); // resting
    layer.setRetryInterval(std::chrono::milliseconds(0));
    layer.setCamera(camera);
    QCOMPARE(source.requests.size(), asked.size());
}

void TestTileLayer::changingSourceCancelsAndForgets()
{
    FakeTileSource first;
    first.autoColor = Qt::red;
    FakeTileSource second;
    TileLayer layer;
    layer.setSource(&first);
    const MapCamera camera = cameraAt(QPointF(0.5, 0.5), 2, QSizeF(200, 200));
    layer.setCamera(camera);
    QTRY_VERIFY(layer.covers(camera));
    layer.setSource(&second);
    QVERIFY(!layer.covers(camera)); // the old source's tiles are gone
    QVERIFY(!second.requests.isEmpty()); // and the new one is asked at once
    first.autoColor = QColor();
    layer.setSource(&first);
    QCOMPARE(QSet<TileId>(second.cancels.cbegin(), second.cancels.cend()),
        QSet<TileId>(second.requests.cbegin(), second.requests.cend()));
}

QTEST_MAIN(TestTileLayer)
#include "tst_tilelayer.moc"
