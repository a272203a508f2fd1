#include "models/mercator.h"

#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <cmath>
#include <limits>
#include <numbers>

using namespace Qt::StringLiterals;
using gig::Mercator;
using Tile = gig::Mercator::Tile;
using TileRange = gig::Mercator::TileRange;

namespace {

constexpr double MaxLat = Mercator::MaxLatitude;

bool near(double a, double b, double tolerance)
{
    return std::abs(a - b) <= tolerance;
}

} // namespace

class TestMercator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void projectsKnownPoints_data();
    void projectsKnownPoints();
    void findsTilesOfKnownPlaces_data();
    void findsTilesOfKnownPlaces();
    void roundTripsAtManyZooms_data();
    void roundTripsAtManyZooms();
    void worldPixelsRoundTrip_data();
    void worldPixelsRoundTrip();
    void clampsLatitudeAtPoles_data();
    void clampsLatitudeAtPoles();
    void unprojectClampsRowsAndWrapsColumns_data();
    void unprojectClampsRowsAndWrapsColumns();
    void wrapsLongitude_data();
    void wrapsLongitude();
    void wrapsTileColumns_data();
    void wrapsTileColumns();
    void invalidInputGivesNoNumbersNotCrashes();
    void coversViewportWithTiles_data();
    void coversViewportWithTiles();
    void listsTilesWrappedAcrossAntimeridian();
    void rangeContainsWrappedColumns();
    void capsColumnsOfAbsurdViews();
    void placesTilesAtViewZoom_data();
    void placesTilesAtViewZoom();
    void givesViewAreaInDegrees_data();
    void givesViewAreaInDegrees();
    void givesTileBounds_data();
    void givesTileBounds();
    void tileBoundsContainTheirPoint_data();
    void tileBoundsContainTheirPoint();
    void tileValidityAndHash();
    void measuresMetresPerPixel_data();
    void measuresMetresPerPixel();
    void findsZoomForMetresPerPixel_data();
    void findsZoomForMetresPerPixel();
    void measuresGreatCircleDistance_data();
    void measuresGreatCircleDistance();
};

void TestMercator::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMercator::projectsKnownPoints_data()
{
    QTest::addColumn<double>("lat");
    QTest::addColumn<double>("lng");
    QTest::addColumn<double>("zoom");
    QTest::addColumn<QPointF>("expected");

    // Expected values from the slippy-map formula y = (1 - asinh(tan φ) / π) / 2 · size,
    // a different form from the one Mercator uses.
    QTest::newRow("origin z0") << 0.0 << 0.0 << 0.0 << QPointF(128, 128);
    QTest::newRow("origin z1") << 0.0 << 0.0 << 1.0 << QPointF(256, 256);
    QTest::newRow("north-west corner") << MaxLat << -180.0 << 0.0 << QPointF(0, 0);
    QTest::newRow("south-east corner") << -MaxLat << 180.0 << 0.0 << QPointF(256, 256);
    QTest::newRow("equator 90E z2") << 0.0 << 90.0 << 2.0 << QPointF(768, 512);
    QTest::newRow("60N 120W z0") << 60.0 << -120.0 << 0.0
                                 << QPointF(42.666666666666664, 74.34230806029022);
    QTest::newRow("berlin z10") << 52.52 << 13.405 << 10.0
                                << QPointF(140833.22311111112, 85971.47767488271);
    QTest::newRow("sydney z3.5") << -33.8688 << 151.2093 << 3.5
                                 << QPointF(2664.679447006431, 1738.0528142090386);
}

void TestMercator::projectsKnownPoints()
{
    QFETCH(double, lat);
    QFETCH(double, lng);
    QFETCH(double, zoom);
    QFETCH(QPointF, expected);

    const QPointF p = Mercator::project(QGeoCoordinate(lat, lng), zoom);
    QVERIFY2(near(p.x(), expected.x(), 1e-6), qPrintable(QString::number(p.x(), 'g', 17)));
    QVERIFY2(near(p.y(), expected.y(), 1e-6), qPrintable(QString::number(p.y(), 'g', 17)));
    QCOMPARE(Mercator::projectLngLat(QPointF(lng, lat), zoom), p);
}

void TestMercator::findsTilesOfKnownPlaces_data()
{
    QTest::addColumn<double>("lat");
    QTest::addColumn<double>("lng");
    QTest::addColumn<int>("zoom");
    QTest::addColumn<int>("x");
    QTest::addColumn<int>("y");

    QTest::newRow("origin z0") << 0.0 << 0.0 << 0 << 0 << 0;
    QTest::newRow("origin z1 takes the south-east tile") << 0.0 << 0.0 << 1 << 1 << 1;
    QTest::newRow("berlin z10") << 52.52 << 13.405 << 10 << 550 << 335;
    QTest::newRow("london z12") << 51.5074 << -0.1278 << 12 << 2046 << 1362;
    QTest::newRow("sydney z10") << -33.8688 << 151.2093 << 10 << 942 << 614;
    QTest::newRow("new york z15") << 40.7128 << -74.006 << 15 << 9647 << 12320;
    QTest::newRow("rio z8") << -22.9068 << -43.1729 << 8 << 97 << 144;
    QTest::newRow("tokyo z17") << 35.6762 << 139.6503 << 17 << 116381 << 51615;
    QTest::newRow("suva z6") << -18.1416 << 178.4419 << 6 << 63 << 35;
    QTest::newRow("anchorage z5") << 61.2181 << -149.9003 << 5 << 2 << 9;
    QTest::newRow("north pole z3 clamps to row 0") << 90.0 << 10.0 << 3 << 4 << 0;
    QTest::newRow("south pole z3 clamps to last row") << -90.0 << 10.0 << 3 << 4 << 7;
    QTest::newRow("180E is column 0 again") << 10.0 << 180.0 << 4 << 0 << 7;
    QTest::newRow("zoom below 0 clamps") << 52.52 << 13.405 << -3 << 0 << 0;
}

void TestMercator::findsTilesOfKnownPlaces()
{
    QFETCH(double, lat);
    QFETCH(double, lng);
    QFETCH(int, zoom);
    QFETCH(int, x);
    QFETCH(int, y);

    const Tile tile = Mercator::tileAt(QGeoCoordinate(lat, lng), zoom);
    QCOMPARE(tile, (Tile { std::max(zoom, 0), x, y }));
    QVERIFY(tile.isValid());
}

void TestMercator::roundTripsAtManyZooms_data()
{
    QTest::addColumn<double>("lat");
    QTest::addColumn<double>("lng");

    QTest::newRow("origin") << 0.0 << 0.0;
    QTest::newRow("berlin") << 52.52 << 13.405;
    QTest::newRow("sydney") << -33.8688 << 151.2093;
    QTest::newRow("near north edge") << 85.0 << -179.9;
    QTest::newRow("near south edge") << -85.0 << 179.9;
    QTest::newRow("west edge") << 12.5 << -180.0;
    QTest::newRow("just west of antimeridian") << -41.3 << 179.999999;
    QTest::newRow("tiny offsets") << 1e-9 << -1e-9;
}

void TestMercator::roundTripsAtManyZooms()
{
    QFETCH(double, lat);
    QFETCH(double, lng);

    const QList<double> zooms { 0, 0.5, 1, 2.25, 3.7, 7, 10, 12.9, 15.25, 18, 19, 22 };
    for (double zoom : zooms) {
        const QPointF p = Mercator::project(QGeoCoordinate(lat, lng), zoom);
        QVERIFY(p.x() >= 0 && p.x() <= Mercator::worldSize(zoom));
        QVERIFY(p.y() >= 0 && p.y() <= Mercator::worldSize(zoom));
        const QGeoCoordinate back = Mercator::unproject(p, zoom);
        QVERIFY(back.isValid());
        QVERIFY2(near(back.latitude(), lat, 1e-9),
            qPrintable(u"zoom %1: lat %2"_s.arg(zoom).arg(back.latitude(), 0, 'g', 17)));
        QVERIFY2(near(back.longitude(), lng, 1e-9),
            qPrintable(u"zoom %1: lng %2"_s.arg(zoom).arg(back.longitude(), 0, 'g', 17)));
    }
}

void TestMercator::worldPixelsRoundTrip_data()
{
    QTest::addColumn<double>("zoom");
    QTest::addColumn<QPointF>("px");

    QTest::newRow("z0 centre") << 0.0 << QPointF(128, 128);
    QTest::newRow("z0 corner") << 0.0 << QPointF(0, 0);
    QTest::newRow("z4.5 somewhere") << 4.5 << QPointF(1234.5, 3210.25);
    QTest::newRow("z10 berlin") << 10.0 << QPointF(140833.2, 85971.5);
    QTest::newRow("z17.3 deep") << 17.3 << QPointF(2.5e7, 1.1e7);
}

void TestMercator::worldPixelsRoundTrip()
{
    QFETCH(double, zoom);
    QFETCH(QPointF, px);

    const QPointF again = Mercator::project(Mercator::unproject(px, zoom), zoom);
    const double tolerance = 1e-6 * std::max(1.0, Mercator::worldSize(zoom) / 1e6);
    QVERIFY2(near(again.x(), px.x(), tolerance), qPrintable(QString::number(again.x(), 'g', 17)));
    QVERIFY2(near(again.y(), px.y(), tolerance), qPrintable(QString::number(again.y(), 'g', 17)));
}

void TestMercator::clampsLatitudeAtPoles_data()
{
    QTest::addColumn<double>("lat");
    QTest::addColumn<double>("expectedY"); // at zoom 0

    QTest::newRow("north pole") << 90.0 << 0.0;
    QTest::newRow("89N") << 89.0 << 0.0;
    QTest::newRow("edge") << MaxLat << 0.0;
    QTest::newRow("south pole") << -90.0 << 256.0;
    QTest::newRow("89S") << -89.0 << 256.0;
    QTest::newRow("beyond the world") << 1000.0 << 0.0;
}

void TestMercator::clampsLatitudeAtPoles()
{
    QFETCH(double, lat);
    QFETCH(double, expectedY);

    QVERIFY(std::abs(Mercator::clampLatitude(lat)) <= MaxLat);
    QGeoCoordinate coordinate;
    coordinate.setLatitude(lat);
    coordinate.setLongitude(0);
    const QPointF p = Mercator::project(coordinate, 0);
    QVERIFY2(near(p.y(), expectedY, 1e-6), qPrintable(QString::number(p.y(), 'g', 17)));
    QVERIFY(std::isfinite(p.x()));
}

void TestMercator::unprojectClampsRowsAndWrapsColumns_data()
{
    QTest::addColumn<double>("zoom");
    QTest::addColumn<QPointF>("px");
    QTest::addColumn<double>("lat");
    QTest::addColumn<double>("lng");

    QTest::newRow("above the world") << 0.0 << QPointF(128, -50) << MaxLat << 0.0;
    QTest::newRow("below the world") << 0.0 << QPointF(128, 900) << -MaxLat << 0.0;
    QTest::newRow("west of the world") << 0.0 << QPointF(-64, 128) << 0.0 << 90.0;
    QTest::newRow("east of the world") << 0.0 << QPointF(256 + 64, 128) << 0.0 << -90.0;
    QTest::newRow("two worlds east, z2") << 2.0 << QPointF(2 * 1024 + 256, 512) << 0.0 << -90.0;
    QTest::newRow("east edge is west edge") << 1.0 << QPointF(512, 256) << 0.0 << -180.0;
}

void TestMercator::unprojectClampsRowsAndWrapsColumns()
{
    QFETCH(double, zoom);
    QFETCH(QPointF, px);
    QFETCH(double, lat);
    QFETCH(double, lng);

    const QGeoCoordinate c = Mercator::unproject(px, zoom);
    QVERIFY(c.isValid());
    QVERIFY2(near(c.latitude(), lat, 1e-7), qPrintable(QString::number(c.latitude(), 'g', 17)));
    QVERIFY2(near(c.longitude(), lng, 1e-9), qPrintable(QString::number(c.longitude(), 'g', 17)));
}

void TestMercator::wrapsLongitude_data()
{
    QTest::addColumn<double>("lng");
    QTest::addColumn<double>("expected");

    QTest::newRow("inside") << 13.4 << 13.4;
    QTest::newRow("180 stays") << 180.0 << 180.0;
    QTest::newRow("-180 stays") << -180.0 << -180.0;
    QTest::newRow("190") << 190.0 << -170.0;
    QTest::newRow("-190") << -190.0 << 170.0;
    QTest::newRow("360") << 360.0 << 0.0;
    QTest::newRow("540") << 540.0 << -180.0;
    QTest::newRow("-725") << -725.0 << -5.0;
}

void TestMercator::wrapsLongitude()
{
    QFETCH(double, lng);
    QFETCH(double, expected);

    QVERIFY(near(Mercator::wrapLongitude(lng), expected, 1e-9));
    QGeoCoordinate raw;
    raw.setLatitude(20);
    raw.setLongitude(lng);
    QVERIFY(near(Mercator::project(raw, 3).x(),
        Mercator::project(QGeoCoordinate(20, expected), 3).x(), 1e-6));
}

void TestMercator::wrapsTileColumns_data()
{
    QTest::addColumn<int>("x");
    QTest::addColumn<int>("zoom");
    QTest::addColumn<int>("expected");

    QTest::newRow("inside") << 3 << 2 << 3;
    QTest::newRow("one west") << -1 << 2 << 3;
    QTest::newRow("one east") << 4 << 2 << 0;
    QTest::newRow("far west") << -9 << 2 << 3;
    QTest::newRow("z0 anything") << 12345 << 0 << 0;
    QTest::newRow("int min") << std::numeric_limits<int>::min() << 3 << 0;
}

void TestMercator::wrapsTileColumns()
{
    QFETCH(int, x);
    QFETCH(int, zoom);
    QFETCH(int, expected);

    QCOMPARE(Mercator::wrapTileX(x, zoom), expected);
}

void TestMercator::invalidInputGivesNoNumbersNotCrashes()
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();

    const QPointF p = Mercator::project(QGeoCoordinate(), 5);
    QVERIFY(std::isnan(p.x()) && std::isnan(p.y()));
    QVERIFY(!Mercator::unproject(QPointF(nan, 10), 3).isValid());
    QVERIFY(!Mercator::unproject(QPointF(inf, 10), 3).isValid());
    QVERIFY(std::isnan(Mercator::wrapLongitude(inf)));

    const Tile tile = Mercator::tileAt(QGeoCoordinate(), 4);
    QVERIFY(tile.isValid());
    QVERIFY(Mercator::tilesCovering(QRectF(nan, 0, 10, 10), 3).isEmpty());
    QVERIFY(Mercator::tilesCovering(QRectF(0, 0, inf, 10), 3).isEmpty());
    QVERIFY(Mercator::tilesCovering(QRectF(0, 0, 10, 10), nan, 3).isEmpty());
    QVERIFY(Mercator::tilesCovering(QRectF(0, 0, 10, 10), -5000.0, 3).isEmpty()); // 0 · ∞
    QCOMPARE(
        Mercator::tilesCovering(QRectF(0, 0, 10, 10), 5000.0, 3), (TileRange { 3, 0, 0, 0, 0 }));
    QVERIFY(!Mercator::tileBounds(Tile { 3, 0, 8 }).isValid());
    QVERIFY(!Mercator::tileBounds(Tile { 3, 0, -1 }).isValid());
    QCOMPARE(Mercator::tileCount(99), 1 << Mercator::MaxTileZoom);
}

void TestMercator::coversViewportWithTiles_data()
{
    QTest::addColumn<QRectF>("view");
    QTest::addColumn<double>("viewZoom");
    QTest::addColumn<int>("tileZoom");
    QTest::addColumn<TileRange>("expected");

    QTest::newRow("whole world z0")
        << QRectF(0, 0, 256, 256) << 0.0 << 0 << TileRange { 0, 0, 0, 0, 0 };
    QTest::newRow("whole world z1")
        << QRectF(0, 0, 512, 512) << 1.0 << 1 << TileRange { 1, 0, 1, 0, 1 };
    QTest::newRow("exactly one tile")
        << QRectF(256, 256, 256, 256) << 2.0 << 2 << TileRange { 2, 1, 1, 1, 1 };
    QTest::newRow("one pixel into the next")
        << QRectF(256, 256, 257, 256) << 2.0 << 2 << TileRange { 2, 1, 2, 1, 1 };
    QTest::newRow("zero-size view")
        << QRectF(300, 300, 0, 0) << 3.0 << 3 << TileRange { 3, 1, 1, 1, 1 };
    QTest::newRow("above the top clamps rows")
        << QRectF(100, -300, 400, 400) << 2.0 << 2 << TileRange { 2, 0, 1, 0, 0 };
    QTest::newRow("below the bottom clamps rows")
        << QRectF(0, 900, 100, 200) << 2.0 << 2 << TileRange { 2, 0, 0, 3, 3 };
    QTest::newRow("taller than the world")
        << QRectF(0, -1000, 10, 5000) << 2.0 << 2 << TileRange { 2, 0, 0, 0, 3 };
    QTest::newRow("entirely below the world")
        << QRectF(0, 2000, 100, 100) << 2.0 << 2 << TileRange { 2, 0, 0, 7, 3 };
    QTest::newRow("entirely above the world")
        << QRectF(0, -300, 100, 100) << 2.0 << 2 << TileRange { 2, 0, 0, 0, -1 };
    QTest::newRow("across antimeridian westward")
        << QRectF(-100, 0, 300, 256) << 2.0 << 2 << TileRange { 2, -1, 0, 0, 0 };
    QTest::newRow("across antimeridian eastward")
        << QRectF(1000, 0, 100, 10) << 2.0 << 2 << TileRange { 2, 3, 4, 0, 0 };
    QTest::newRow("wider than the world")
        << QRectF(-300, 0, 900, 256) << 0.0 << 0 << TileRange { 0, -2, 2, 0, 0 };
    QTest::newRow("negative size is normalised")
        << QRectF(512, 512, -256, -256) << 2.0 << 2 << TileRange { 2, 1, 1, 1, 1 };
    QTest::newRow("z3 view drawn with z2 tiles")
        << QRectF(0, 0, 1024, 1024) << 3.0 << 2 << TileRange { 2, 0, 1, 0, 1 };
    QTest::newRow("z2.5 view drawn with z3 tiles")
        << QRectF(0, 0, 256, 256) << 2.5 << 3 << TileRange { 3, 0, 1, 0, 1 };
    QTest::newRow("z10.4 berlin view with z10 tiles") << QRectF(
        Mercator::project(QGeoCoordinate(52.52, 13.405), 10.4) - QPointF(400, 300),
        QSizeF(800, 600)) << 10.4 << 10 << TileRange { 10, 548, 551, 334, 336 };
}

void TestMercator::coversViewportWithTiles()
{
    QFETCH(QRectF, view);
    QFETCH(double, viewZoom);
    QFETCH(int, tileZoom);
    QFETCH(TileRange, expected);

    const TileRange range = Mercator::tilesCovering(view, viewZoom, tileZoom);
    QCOMPARE(range, expected);
    if (viewZoom == tileZoom)
        QCOMPARE(Mercator::tilesCovering(view, tileZoom), expected);
    if (!range.isEmpty()) {
        // Every corner of the view that lies inside the world falls in a listed tile.
        const double size = Mercator::worldSize(viewZoom);
        const QRectF v = view.normalized();
        for (QPointF corner : { v.topLeft(), v.bottomRight() - QPointF(1e-9, 1e-9) }) {
            if (corner.y() < 0 || corner.y() >= size)
                continue;
            const QPointF atTileZoom = corner * std::exp2(tileZoom - viewZoom);
            QVERIFY(range.contains(Mercator::tileAtWorldPixel(atTileZoom, tileZoom)));
        }
    }
}

void TestMercator::listsTilesWrappedAcrossAntimeridian()
{
    const TileRange range = Mercator::tilesCovering(QRectF(-100, 300, 300, 100), 2);
    QCOMPARE(range, (TileRange { 2, -1, 0, 1, 1 }));
    QCOMPARE(range.columnCount(), 2);
    QCOMPARE(range.rowCount(), 1);
    QCOMPARE(range.tiles(), (QList<Tile> { Tile { 2, 3, 1 }, Tile { 2, 0, 1 } }));
    QVERIFY(TileRange {}.tiles().isEmpty());
    QCOMPARE(TileRange {}.count(), 0);
}

void TestMercator::rangeContainsWrappedColumns()
{
    const TileRange range { 3, -2, 1, 2, 4 }; // columns 6, 7, 0, 1
    QVERIFY(range.contains(Tile { 3, 6, 2 }));
    QVERIFY(range.contains(Tile { 3, 7, 4 }));
    QVERIFY(range.contains(Tile { 3, 0, 3 }));
    QVERIFY(range.contains(Tile { 3, 1, 3 }));
    QVERIFY(range.contains(Tile { 3, -1, 3 })); // column -1 is column 7
    QVERIFY(!range.contains(Tile { 3, 2, 3 }));
    QVERIFY(!range.contains(Tile { 3, 5, 3 }));
    QVERIFY(!range.contains(Tile { 3, 0, 1 }));
    QVERIFY(!range.contains(Tile { 3, 0, 5 }));
    QVERIFY(!range.contains(Tile { 4, 0, 3 }));
    QVERIFY(range.contains(Tile { 3, std::numeric_limits<int>::max(), 3 })); // ≡ 7 modulo 8
}

void TestMercator::capsColumnsOfAbsurdViews()
{
    const TileRange range = Mercator::tilesCovering(QRectF(-1e15, 0, 2e15, 10), 3);
    QVERIFY(!range.isEmpty());
    QCOMPARE(range.columnCount(), Mercator::MaxColumns);
    QCOMPARE(range.rowCount(), 1);
    QVERIFY(range.contains(Tile { 3, 5, 0 }));
}

void TestMercator::placesTilesAtViewZoom_data()
{
    QTest::addColumn<int>("x");
    QTest::addColumn<int>("y");
    QTest::addColumn<int>("tileZoom");
    QTest::addColumn<double>("viewZoom");
    QTest::addColumn<QRectF>("expected");

    QTest::newRow("same zoom") << 1 << 2 << 2 << 2.0 << QRectF(256, 512, 256, 256);
    QTest::newRow("one zoom deeper") << 1 << 2 << 2 << 3.0 << QRectF(512, 1024, 512, 512);
    QTest::newRow("one zoom out") << 1 << 2 << 2 << 1.0 << QRectF(128, 256, 128, 128);
    QTest::newRow("unwrapped west copy") << -1 << 0 << 1 << 1.0 << QRectF(-256, 0, 256, 256);
}

void TestMercator::placesTilesAtViewZoom()
{
    QFETCH(int, x);
    QFETCH(int, y);
    QFETCH(int, tileZoom);
    QFETCH(double, viewZoom);
    QFETCH(QRectF, expected);

    QCOMPARE(Mercator::tileRect(x, y, tileZoom, viewZoom), expected);
}

void TestMercator::givesViewAreaInDegrees_data()
{
    QTest::addColumn<QRectF>("view");
    QTest::addColumn<double>("zoom");
    QTest::addColumn<QRectF>("expected"); // west, south, width, height

    QTest::newRow("whole world z0")
        << QRectF(0, 0, 256, 256) << 0.0 << QRectF(-180, -MaxLat, 360, 2 * MaxLat);
    QTest::newRow("north-east quarter z1")
        << QRectF(256, 0, 256, 256) << 1.0 << QRectF(0, 0, 180, MaxLat);
    QTest::newRow("across antimeridian stays one piece") << QRectF(
        -128, 256, 256, 128) << 1.0 << QRectF(-270, -66.51326044311186, 180, 66.51326044311186);
    QTest::newRow("taller than the world is clamped")
        << QRectF(0, -500, 256, 2000) << 0.0 << QRectF(-180, -MaxLat, 360, 2 * MaxLat);
    QTest::newRow("unnormalised") << QRectF(512, 256, -256, -256) << 1.0
                                  << QRectF(0, 0, 180, MaxLat);
    QTest::newRow("not finite") << QRectF(qQNaN(), 0, 1, 1) << 3.0 << QRectF();
}

void TestMercator::givesViewAreaInDegrees()
{
    QFETCH(QRectF, view);
    QFETCH(double, zoom);
    QFETCH(QRectF, expected);

    const QRectF area = Mercator::lngLatRect(view, zoom);
    if (expected.isNull()) {
        QVERIFY(area.isNull());
        return;
    }
    for (auto [actual, wanted] : { std::pair(area.left(), expected.left()),
             std::pair(area.top(), expected.top()), std::pair(area.width(), expected.width()),
             std::pair(area.height(), expected.height()) })
        QVERIFY2(near(actual, wanted, 1e-7), qPrintable(QString::number(actual, 'g', 17)));
}

void TestMercator::givesTileBounds_data()
{
    QTest::addColumn<Tile>("tile");
    QTest::addColumn<double>("north");
    QTest::addColumn<double>("west");
    QTest::addColumn<double>("south");
    QTest::addColumn<double>("east");

    QTest::newRow("z0 is the world") << Tile { 0, 0, 0 } << MaxLat << -180.0 << -MaxLat << 180.0;
    QTest::newRow("z1 north-east") << Tile { 1, 1, 0 } << MaxLat << 0.0 << 0.0 << 180.0;
    QTest::newRow("z1 south-west") << Tile { 1, 0, 1 } << 0.0 << -180.0 << -MaxLat << 0.0;
    QTest::newRow("z1 column -1 wraps to 1") << Tile { 1, -1, 1 } << 0.0 << 0.0 << -MaxLat << 180.0;
    QTest::newRow("z2 row 1") << Tile { 2, 2, 1 } << 66.51326044311186 << 0.0 << 0.0 << 90.0;
}

void TestMercator::givesTileBounds()
{
    QFETCH(Tile, tile);
    QFETCH(double, north);
    QFETCH(double, west);
    QFETCH(double, south);
    QFETCH(double, east);

    const QGeoRectangle bounds = Mercator::tileBounds(tile);
    QVERIFY(bounds.isValid());
    QVERIFY2(near(bounds.topLeft().latitude(), north, 1e-7),
        qPrintable(QString::number(bounds.topLeft().latitude(), 'g', 17)));
    QVERIFY(near(bounds.topLeft().longitude(), west, 1e-9));
    QVERIFY2(near(bounds.bottomRight().latitude(), south, 1e-7),
        qPrintable(QString::number(bounds.bottomRight().latitude(), 'g', 17)));
    QVERIFY(near(bounds.bottomRight().longitude(), east, 1e-9));
}

void TestMercator::tileBoundsContainTheirPoint_data()
{
    QTest::addColumn<double>("lat");
    QTest::addColumn<double>("lng");
    QTest::addColumn<int>("zoom");

    QTest::newRow("berlin z10") << 52.52 << 13.405 << 10;
    QTest::newRow("sydney z14") << -33.8688 << 151.2093 << 14;
    QTest::newRow("suva z6") << -18.1416 << 178.4419 << 6;
    QTest::newRow("anchorage z18") << 61.2181 << -149.9003 << 18;
}

void TestMercator::tileBoundsContainTheirPoint()
{
    QFETCH(double, lat);
    QFETCH(double, lng);
    QFETCH(int, zoom);

    const QGeoCoordinate c(lat, lng);
    const QGeoRectangle bounds = Mercator::tileBounds(Mercator::tileAt(c, zoom));
    QVERIFY(bounds.contains(c));
    // The neighbour to the east does not.
    Tile east = Mercator::tileAt(c, zoom);
    east.x += 1;
    QVERIFY(!Mercator::tileBounds(east).contains(c));
}

void TestMercator::tileValidityAndHash()
{
    QVERIFY((Tile { 0, 0, 0 }).isValid());
    QVERIFY((Tile { 2, 3, 3 }).isValid());
    QVERIFY(!(Tile { 2, 4, 0 }).isValid());
    QVERIFY(!(Tile { 2, 0, -1 }).isValid());
    QVERIFY(!(Tile { -1, 0, 0 }).isValid());
    QVERIFY(!(Tile { 31, 0, 0 }).isValid());

    QSet<Tile> set { Tile { 10, 550, 335 }, Tile { 10, 550, 335 }, Tile { 10, 335, 550 } };
    QCOMPARE(set.size(), 2);
    QVERIFY(set.contains(Tile { 10, 335, 550 }));
    QVERIFY(!set.contains(Tile { 11, 550, 335 }));
}

void TestMercator::measuresMetresPerPixel_data()
{
    QTest::addColumn<double>("lat");
    QTest::addColumn<double>("zoom");
    QTest::addColumn<double>("expected");

    QTest::newRow("equator z0") << 0.0 << 0.0 << 156543.03392804097;
    QTest::newRow("equator z1") << 0.0 << 1.0 << 78271.516964020485;
    QTest::newRow("60N z0 is half") << 60.0 << 0.0 << 78271.516964020485;
    QTest::newRow("60S z0 is half") << -60.0 << 0.0 << 78271.516964020485;
    QTest::newRow("equator z18") << 0.0 << 18.0 << 0.59716428337097;
    QTest::newRow("equator z0.5") << 0.0 << 0.5 << 156543.03392804097 / std::sqrt(2.0);
}

void TestMercator::measuresMetresPerPixel()
{
    QFETCH(double, lat);
    QFETCH(double, zoom);
    QFETCH(double, expected);

    const double m = Mercator::metresPerPixel(lat, zoom);
    QVERIFY2(near(m, expected, expected * 1e-9), qPrintable(QString::number(m, 'g', 17)));
}

void TestMercator::findsZoomForMetresPerPixel_data()
{
    measuresMetresPerPixel_data();
}

void TestMercator::findsZoomForMetresPerPixel()
{
    QFETCH(double, lat);
    QFETCH(double, zoom);
    QFETCH(double, expected);

    QVERIFY(near(Mercator::zoomForMetresPerPixel(expected, lat), zoom, 1e-9));
    QVERIFY(std::isnan(Mercator::zoomForMetresPerPixel(0.0, lat)));
}

void TestMercator::measuresGreatCircleDistance_data()
{
    QTest::addColumn<QGeoCoordinate>("a");
    QTest::addColumn<QGeoCoordinate>("b");
    QTest::addColumn<double>("expectedKm");
    QTest::addColumn<double>("toleranceKm");

    const double halfCircumference = std::numbers::pi * Mercator::EarthRadiusKm;
    QTest::newRow("same point") << QGeoCoordinate(52.52, 13.405) << QGeoCoordinate(52.52, 13.405)
                                << 0.0 << 1e-9;
    QTest::newRow("berlin-paris") << QGeoCoordinate(52.52, 13.405)
                                  << QGeoCoordinate(48.8566, 2.3522) << 877.5 << 1.0;
    QTest::newRow("london-new york")
        << QGeoCoordinate(51.5074, -0.1278) << QGeoCoordinate(40.7128, -74.006) << 5570.2 << 2.0;
    QTest::newRow("one degree of equator")
        << QGeoCoordinate(0, 0) << QGeoCoordinate(0, 1) << halfCircumference / 180 << 1e-9;
    QTest::newRow("across the antimeridian")
        << QGeoCoordinate(0, 179.5) << QGeoCoordinate(0, -179.5) << halfCircumference / 180 << 1e-9;
    QTest::newRow("pole to pole") << QGeoCoordinate(90, 0) << QGeoCoordinate(-90, 0)
                                  << halfCircumference << 1e-9;
    QTest::newRow("antipodes") << QGeoCoordinate(10, 20) << QGeoCoordinate(-10, -160)
                               << halfCircumference << 1e-3; // haversine is ill-conditioned here
}

void TestMercator::measuresGreatCircleDistance()
{
    QFETCH(QGeoCoordinate, a);
    QFETCH(QGeoCoordinate, b);
    QFETCH(double, expectedKm);
    QFETCH(double, toleranceKm);

    const double km = Mercator::distanceKm(a, b);
    QVERIFY2(near(km, expectedKm, toleranceKm), qPrintable(QString::number(km, 'g', 17)));
    QCOMPARE(Mercator::distanceKm(b, a), km);
    // Qt's own haversine uses a radius 1.6 m smaller: the two agree to a few parts per million.
    QVERIFY(near(km, a.distanceTo(b) / 1000.0, std::max(1e-6, km * 1e-5)));
}

QTEST_GUILESS_MAIN(TestMercator)
#include "tst_mercator.moc"
