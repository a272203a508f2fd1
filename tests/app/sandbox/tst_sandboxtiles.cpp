#include "app/sandbox/sandboxtiles.h"
#include "models/basemap.h"
#include "models/mercator.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The colour at a place on a rendered tile of that zoom.
QColor colourAt(const gig::SandboxTiles &tiles, double lng, double lat, int zoom)
{
    const gig::Mercator::Tile tile = gig::Mercator::tileAt(QGeoCoordinate(lat, lng), zoom);
    const QImage image = tiles.render(zoom, tile.x, tile.y);
    const QPointF pixel = gig::Mercator::projectLngLat(QPointF(lng, lat), zoom)
        - QPointF(tile.x * 256.0, tile.y * 256.0);
    return image.pixelColor(pixel.toPoint());
}

} // namespace

class TestSandboxTiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void landAndWaterDiffer_data();
    void landAndWaterDiffer();
    void etagNamesOneTile();
    void answersPngWithCachingHeaders();

private:
    QColor m_land;
    QColor m_water;
};

void TestSandboxTiles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(!gig::Basemap::builtIn().isEmpty(), "the built-in basemap loads");
    gig::SandboxTiles tiles;
    m_land = colourAt(tiles, 20.0, 0.0, 3); // central Africa
    m_water = colourAt(tiles, -140.0, 0.0, 3); // the Pacific
    QVERIFY(m_land != m_water);
}

void TestSandboxTiles::landAndWaterDiffer_data()
{
    QTest::addColumn<double>("lng");
    QTest::addColumn<double>("lat");
    QTest::addColumn<int>("zoom");
    QTest::addColumn<bool>("land");
    QTest::newRow("Atlantic z2") << -35.0 << 35.0 << 2 << false;
    QTest::newRow("Germany z5") << 10.5 << 51.0 << 5 << true;
    QTest::newRow("Australia z4") << 134.0 << -25.0 << 4 << true;
    QTest::newRow("Indian Ocean z6") << 75.0 << -20.0 << 6 << false;
    QTest::newRow("Brazil z8") << -50.0 << -10.0 << 8 << true;
}

void TestSandboxTiles::landAndWaterDiffer()
{
    QFETCH(double, lng);
    QFETCH(double, lat);
    QFETCH(int, zoom);
    QFETCH(bool, land);
    gig::SandboxTiles tiles;
    QCOMPARE(gig::Basemap::builtIn().isLand(QPointF(lng, lat)), land);
    QCOMPARE(colourAt(tiles, lng, lat, zoom), land ? m_land : m_water);
}

void TestSandboxTiles::etagNamesOneTile()
{
    gig::SandboxTiles tiles;
    QCOMPARE(tiles.etag(4, 8, 5), tiles.etag(4, 8, 5));
    QVERIFY(tiles.etag(4, 8, 5) != tiles.etag(4, 8, 6));
    QVERIFY(tiles.etag(4, 8, 5) != tiles.etag(5, 8, 5));
}

void TestSandboxTiles::answersPngWithCachingHeaders()
{
    gig::SandboxTiles tiles;
    const gig::SandboxWorld world(1);
    gig::SandboxCall call;
    call.path = u"/2/2/1.png"_s;
    call.now = QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);
    const gig::SandboxReply reply = tiles.handle(world, call);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.contentType, "image/png"_ba);
    QVERIFY(reply.body.startsWith("\x89PNG"));
    QVERIFY(reply.headers.contains(std::pair { "ETag"_ba, tiles.etag(2, 2, 1) }));
    QVERIFY(reply.headers.contains(std::pair { "Cache-Control"_ba, "max-age=604800"_ba }));
    call.path = u"/20/0/0.png"_s;
    QCOMPARE(tiles.handle(world, call).status, 404);
}

QTEST_GUILESS_MAIN(TestSandboxTiles)
#include "tst_sandboxtiles.moc"
