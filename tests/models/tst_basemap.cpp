#include "models/basemap.h"

#include <QBuffer>
#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>
#include <QtEndian>
#include <cstring>

using namespace Qt::StringLiterals;
using gig::Basemap;

namespace {

// Writes the basemap format by hand, so tests can state exactly what a file holds.
class BasemapWriter
{
public:
    struct Section
    {
        quint8 kind = 1;
        double scale = 0.5; // degrees per grid step, both axes
        QList<QList<QPoint>> paths; // grid coordinates
        QList<bool> holes;
    };

    static QByteArray write(const QList<Section> &sections)
    {
        QByteArray body;
        for (const Section &section : sections) {
            QByteArray payload;
            quint32 points = 0;
            for (qsizetype i = 0; i < section.paths.size(); ++i) {
                const QList<QPoint> &path = section.paths[i];
                const bool hole = i < section.holes.size() && section.holes[i];
                varint((quint32(path.size()) << 1) | quint32(hole), payload);
                QPoint previous;
                for (const QPoint &p : path) {
                    varint(zigzag(p.x() - previous.x()), payload);
                    varint(zigzag(p.y() - previous.y()), payload);
                    previous = p;
                }
                points += quint32(path.size());
            }
            body += char(section.kind);
            body += QByteArray(3, '\0');
            appendDouble(section.scale, body);
            appendDouble(section.scale, body);
            appendDouble(-180.0, body);
            appendDouble(-90.0, body);
            appendU32(quint32(section.paths.size()), body);
            appendU32(points, body);
            appendU32(quint32(payload.size()), body);
            body += payload;
        }
        QByteArray file = "GMBM"_ba;
        appendU16(1, file);
        appendU16(quint16(sections.size()), file);
        appendU32(quint32(16 + body.size()), file);
        appendU32(0, file);
        return file + body;
    }

    static void appendU16(quint16 value, QByteArray &out)
    {
        char bytes[2];
        qToLittleEndian(value, bytes);
        out.append(bytes, 2);
    }
    static void appendU32(quint32 value, QByteArray &out)
    {
        char bytes[4];
        qToLittleEndian(value, bytes);
        out.append(bytes, 4);
    }
    static void appendDouble(double value, QByteArray &out)
    {
        quint64 bits;
        std::memcpy(&bits, &value, sizeof bits);
        char bytes[8];
        qToLittleEndian(bits, bytes);
        out.append(bytes, 8);
    }

private:
    static quint32 zigzag(int value)
    {
        return value >= 0 ? quint32(value) << 1 : (quint32(-value) << 1) - 1;
    }
    static void varint(quint32 value, QByteArray &out)
    {
        do {
            quint8 byte = value & 0x7f;
            value >>= 7;
            if (value)
                byte |= 0x80;
            out.append(char(byte));
        } while (value);
    }
};

// A square of land from (10°E, 40°N) to (20°E, 50°N) with a lake in it, and one border line.
// Grid: lng = x / 2 - 180, lat = y / 2 - 90.
QByteArray smallMap()
{
    BasemapWriter::Section land;
    land.kind = 1;
    land.paths = {
        { { 380, 260 }, { 400, 260 }, { 400, 280 }, { 380, 280 }, { 380, 260 } },
        { { 388, 268 }, { 392, 268 }, { 392, 272 }, { 388, 272 }, { 388, 268 } },
    };
    land.holes = { false, true };
    BasemapWriter::Section borders;
    borders.kind = 2;
    borders.paths = { { { 390, 260 }, { 390, 270 }, { 390, 280 } } };
    return BasemapWriter::write({ land, borders });
}

QByteArray builtInBytes()
{
    QFile file(u":/basemap/world.gmbm"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool boundsHold(const QRectF &bounds, QPointF p)
{
    return p.x() >= bounds.left() && p.x() <= bounds.right() && p.y() >= bounds.top()
        && p.y() <= bounds.bottom();
}

} // namespace

class TestBasemap : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void builtInLoadsOnceWithPlausibleSize();
    void builtInShipsItsNotice();
    void ringsAreClosedAndBoundsHoldTheirPoints();
    void knowsLandFromSea_data();
    void knowsLandFromSea();
    void bordersRunBetweenCountriesOnly();
    void decodesExactCoordinatesAndHoles();
    void lakesAreNotLand();
    void pathIntersectsIncludesEdgesAndFlatBounds();
    void loadsFromDevice();
    void rejectsBrokenInput_data();
    void rejectsBrokenInput();
    void rejectsEveryTruncation();
    void failedLoadEmptiesEarlierMap();
    void skipsUnknownSections();
    void survivesRandomCorruption();
};

void TestBasemap::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestBasemap::builtInLoadsOnceWithPlausibleSize()
{
    const Basemap &map = Basemap::builtIn();
    QVERIFY2(!map.isEmpty(), qPrintable(map.errorString()));
    QVERIFY(map.errorString().isEmpty());
    QCOMPARE(&Basemap::builtIn(), &map);
    // Natural Earth 1:50m land: about 1,400 rings and 60,000 points; 1:110m borders.
    QVERIFY2(map.landRings().size() > 1000 && map.landRings().size() < 5000,
        qPrintable(QString::number(map.landRings().size())));
    QVERIFY2(map.borderLines().size() > 50 && map.borderLines().size() < 2000,
        qPrintable(QString::number(map.borderLines().size())));
    QVERIFY2(map.pointCount() > 30000 && map.pointCount() < 300000,
        qPrintable(QString::number(map.pointCount())));
    const auto holes = std::count_if(map.landRings().cbegin(), map.landRings().cend(),
        [](const Basemap::Path &ring) { return ring.isHole; });
    QVERIFY(holes < map.landRings().size() / 10);
}

void TestBasemap::builtInShipsItsNotice()
{
    QFile notice(u":/basemap/NOTICE"_s);
    QVERIFY(notice.open(QIODevice::ReadOnly));
    const QByteArray text = notice.readAll();
    QVERIFY(text.contains("Natural Earth"));
    QVERIFY(text.contains("world-atlas"));
    QVERIFY(text.contains("Permission to use, copy, modify, and/or distribute"));
}

void TestBasemap::ringsAreClosedAndBoundsHoldTheirPoints()
{
    const Basemap &map = Basemap::builtIn();
    QVERIFY(!map.isEmpty());
    for (const Basemap::Path &ring : map.landRings()) {
        QVERIFY(ring.points.size() >= 4);
        QCOMPARE(ring.points.first(), ring.points.last());
    }
    for (const QList<Basemap::Path> *paths : { &map.landRings(), &map.borderLines() }) {
        for (const Basemap::Path &path : *paths) {
            QVERIFY(path.bounds.width() >= 0 && path.bounds.height() >= 0);
            QVERIFY(path.bounds.left() >= -180 && path.bounds.right() <= 180);
            QVERIFY(path.bounds.top() >= -90 && path.bounds.bottom() <= 90);
            for (const QPointF &p : path.points)
                QVERIFY2(boundsHold(path.bounds, p), qPrintable(u"%1,%2"_s.arg(p.x()).arg(p.y())));
            // Tight: the bounds touch the extreme points.
            const auto [minX, maxX] = std::minmax_element(path.points.cbegin(), path.points.cend(),
                [](QPointF a, QPointF b) { return a.x() < b.x(); });
            QCOMPARE(minX->x(), path.bounds.left());
            QCOMPARE(maxX->x(), path.bounds.right());
        }
    }
}

void TestBasemap::knowsLandFromSea_data()
{
    QTest::addColumn<QPointF>("lngLat");
    QTest::addColumn<bool>("land");

    QTest::newRow("berlin") << QPointF(13.4, 52.5) << true;
    QTest::newRow("mid-atlantic") << QPointF(-30, 30) << false;
    QTest::newRow("sydney suburbs") << QPointF(150.9, -33.8) << true;
    QTest::newRow("central pacific") << QPointF(-150, 0) << false;
    QTest::newRow("madagascar") << QPointF(46.9, -18.8) << true;
    QTest::newRow("iceland") << QPointF(-19, 64.9) << true;
    QTest::newRow("hawaii big island") << QPointF(-155.5, 19.6) << true;
    QTest::newRow("antarctic plateau") << QPointF(0, -85) << true;
    QTest::newRow("arctic ocean at the pole") << QPointF(0, 89.9) << false;
    QTest::newRow("north sea") << QPointF(3, 56) << false;
    QTest::newRow("mediterranean") << QPointF(18, 35) << false;
    QTest::newRow("sahara") << QPointF(10, 23) << true;
    QTest::newRow("amazon") << QPointF(-60, -5) << true;
    QTest::newRow("chukotka east of 180") << QPointF(-175, 66.5) << true;
}

void TestBasemap::knowsLandFromSea()
{
    QFETCH(QPointF, lngLat);
    QFETCH(bool, land);

    QCOMPARE(Basemap::builtIn().isLand(lngLat), land);
}

void TestBasemap::bordersRunBetweenCountriesOnly()
{
    const Basemap &map = Basemap::builtIn();
    const auto anyLineIn = [&map](const QRectF &area) {
        return std::any_of(map.borderLines().cbegin(), map.borderLines().cend(),
            [&area](const Basemap::Path &line) {
                return std::any_of(line.points.cbegin(), line.points.cend(),
                    [&area](QPointF p) { return boundsHold(area, p); });
            });
    };
    QVERIFY(anyLineIn(QRectF(14.0, 50.8, 1.2, 3.2))); // the Oder: Germany | Poland
    QVERIFY(anyLineIn(QRectF(-125, 48.5, 30, 1))); // the 49th parallel: USA | Canada
    QVERIFY(!anyLineIn(QRectF(-45, 20, 25, 25))); // open Atlantic
    QVERIFY(!anyLineIn(QRectF(113, -39, 40, 28))); // Australia borders nobody
}

void TestBasemap::decodesExactCoordinatesAndHoles()
{
    Basemap map;
    QVERIFY2(map.load(smallMap()), qPrintable(map.errorString()));
    QCOMPARE(map.landRings().size(), 2);
    QCOMPARE(map.borderLines().size(), 1);
    QCOMPARE(map.pointCount(), 13);

    const Basemap::Path &outer = map.landRings()[0];
    QVERIFY(!outer.isHole);
    QCOMPARE(outer.points,
        (QList<QPointF> { { 10, 40 }, { 20, 40 }, { 20, 50 }, { 10, 50 }, { 10, 40 } }));
    QCOMPARE(outer.bounds, QRectF(10, 40, 10, 10));
    QVERIFY(map.landRings()[1].isHole);
    QCOMPARE(map.landRings()[1].bounds, QRectF(14, 44, 2, 2));

    const Basemap::Path &border = map.borderLines()[0];
    QCOMPARE(border.points, (QList<QPointF> { { 15, 40 }, { 15, 45 }, { 15, 50 } }));
    QCOMPARE(border.bounds, QRectF(15, 40, 0, 10));
}

void TestBasemap::lakesAreNotLand()
{
    Basemap map;
    QVERIFY(map.load(smallMap()));
    QVERIFY(map.isLand(QPointF(11, 41)));
    QVERIFY(map.isLand(QPointF(19.9, 49.9)));
    QVERIFY(!map.isLand(QPointF(15, 45))); // in the lake
    QVERIFY(!map.isLand(QPointF(9, 45)));
    QVERIFY(!map.isLand(QPointF(15, 51)));
    QVERIFY(!Basemap().isLand(QPointF(15, 45)));
}

void TestBasemap::pathIntersectsIncludesEdgesAndFlatBounds()
{
    Basemap map;
    QVERIFY(map.load(smallMap()));
    const Basemap::Path &border = map.borderLines()[0]; // zero width at 15°E
    QVERIFY(border.intersects(QRectF(14, 44, 2, 2)));
    QVERIFY(border.intersects(QRectF(15, 50, 1, 1))); // touches the end
    QVERIFY(border.intersects(QRectF(16, 41, -2, 2))); // unnormalised view
    QVERIFY(!border.intersects(QRectF(15.1, 40, 1, 10)));
    QVERIFY(!border.intersects(QRectF(14, 50.1, 2, 2)));
    const Basemap::Path &outer = map.landRings()[0];
    QVERIFY(outer.intersects(QRectF(-180, -90, 360, 180)));
    QVERIFY(outer.intersects(QRectF(12, 42, 0, 0)));
    QVERIFY(!outer.intersects(QRectF(-10, 40, 5, 5)));
}

void TestBasemap::loadsFromDevice()
{
    QByteArray bytes = builtInBytes();
    QVERIFY(!bytes.isEmpty());
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    Basemap map;
    QVERIFY2(map.load(&buffer), qPrintable(map.errorString()));
    QCOMPARE(map.landRings(), Basemap::builtIn().landRings());
    QCOMPARE(map.borderLines(), Basemap::builtIn().borderLines());

    QBuffer closed(&bytes);
    QVERIFY(!map.load(&closed));
    QVERIFY(map.isEmpty());
    QVERIFY(map.errorString().contains(u"not open"_s));
    QVERIFY(!map.load(static_cast<QIODevice *>(nullptr)));
}

void TestBasemap::rejectsBrokenInput_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("reason");

    const QByteArray good = smallMap();
    const auto patched = [&good](qsizetype at, const QByteArray &bytes) {
        QByteArray copy = good;
        copy.replace(at, bytes.size(), bytes);
        return copy;
    };
    const auto u32 = [](quint32 v) {
        QByteArray b;
        BasemapWriter::appendU32(v, b);
        return b;
    };
    const auto f64 = [](double v) {
        QByteArray b;
        BasemapWriter::appendDouble(v, b);
        return b;
    };
    // Offsets: header 16 bytes; first section header at 16: kind 16, scales 20/28,
    // translates 36/44, paths 52, points 56, payload bytes 60; payload from 64.
    QTest::newRow("empty") << QByteArray() << u"shorter than"_s;
    QTest::newRow("a few bytes") << "GMB"_ba << u"shorter than"_s;
    QTest::newRow("text") << "hello world, this is not a map"_ba << u"GMBM"_s;
    QTest::newRow("png header") << QByteArray::fromHex("89504e470d0a1a0a0000000d49484452")
                                << u"GMBM"_s;
    QTest::newRow("version 2") << patched(4, "\x02\x00"_ba) << u"version 2"_s;
    QTest::newRow("size says more") << patched(8, u32(quint32(good.size() + 1))) << u"truncated"_s;
    QTest::newRow("size says less")
        << patched(8, u32(quint32(good.size() - 1))) << u"header says"_s;
    QTest::newRow("trailing byte") << good + '\0' << u"header says"_s;
    QTest::newRow("one section too many")
        << patched(6, "\x03\x00"_ba) << u"section 2 is cut short"_s;
    QTest::newRow("section longer than file") << patched(60, u32(100000)) << u"claims"_s;
    QTest::newRow("million paths") << patched(52, u32(1000000)) << u"more than its"_s;
    QTest::newRow("billions of points") << patched(56, u32(0xffffffffu)) << u"more than its"_s;
    QTest::newRow("one point fewer declared") << patched(56, u32(9)) << u"more points"_s;
    QTest::newRow("zero scale") << patched(20, f64(0.0)) << u"transform"_s;
    QTest::newRow("nan scale") << patched(28, f64(qQNaN())) << u"transform"_s;
    QTest::newRow("infinite translate") << patched(36, f64(qInf())) << u"transform"_s;
    QTest::newRow("points outside the world") << patched(44, f64(100.0)) << u"outside the world"_s;
    QTest::newRow("ring not closed") << patched(64 + 1 + 4, "\x02"_ba) << u"not closed"_s;
    QTest::newRow("ring of one point") << patched(64, "\x02"_ba) << u"fewer than"_s;
    QTest::newRow("endless varint") << patched(65, "\xff\xff\xff\xff\xff\xff"_ba) << u"path 0"_s;

    BasemapWriter::Section hole;
    hole.kind = 2;
    hole.paths = { { { 1, 1 }, { 2, 2 } } };
    hole.holes = { true };
    QTest::newRow("border marked as hole") << BasemapWriter::write({ hole }) << u"hole"_s;
    BasemapWriter::Section onlyBorders;
    onlyBorders.kind = 2;
    onlyBorders.paths = { { { 1, 1 }, { 2, 2 } } };
    QTest::newRow("no land") << BasemapWriter::write({ onlyBorders }) << u"no land"_s;
}

void TestBasemap::rejectsBrokenInput()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, reason);

    Basemap map;
    QVERIFY(!map.load(data));
    QVERIFY(map.isEmpty());
    QVERIFY2(
        map.errorString().startsWith(u"Not a usable basemap: "_s), qPrintable(map.errorString()));
    QVERIFY2(map.errorString().contains(reason), qPrintable(map.errorString()));
}

void TestBasemap::rejectsEveryTruncation()
{
    const QByteArray good = smallMap();
    for (qsizetype size = 0; size < good.size(); ++size) {
        Basemap map;
        QVERIFY2(!map.load(good.left(size)), qPrintable(QString::number(size)));
        QVERIFY(map.isEmpty());
        QVERIFY(!map.errorString().isEmpty());
    }
    const QByteArray world = builtInBytes();
    for (qsizetype size : { qsizetype(15), qsizetype(16), qsizetype(63), qsizetype(64),
             world.size() / 2, world.size() - 1 }) {
        Basemap map;
        QVERIFY(!map.load(world.left(size)));
        QVERIFY2(
            map.errorString().contains(u"truncated"_s) || size < 16, qPrintable(map.errorString()));
    }
}

void TestBasemap::failedLoadEmptiesEarlierMap()
{
    Basemap map;
    QVERIFY(map.load(smallMap()));
    QVERIFY(!map.isEmpty());
    QVERIFY(!map.load("GMBM garbage"_ba));
    QVERIFY(map.isEmpty());
    QCOMPARE(map.pointCount(), 0);
    QVERIFY(map.load(smallMap()));
    QVERIFY(map.errorString().isEmpty());
}

void TestBasemap::skipsUnknownSections()
{
    BasemapWriter::Section land;
    land.paths = { { { 0, 0 }, { 4, 0 }, { 4, 4 }, { 0, 0 } } };
    BasemapWriter::Section future;
    future.kind = 77;
    future.scale = 0; // nonsense a newer format might mean something by: never read
    future.paths = { { { 1, 1 } } };
    Basemap map;
    QVERIFY2(map.load(BasemapWriter::write({ future, land })), qPrintable(map.errorString()));
    QCOMPARE(map.landRings().size(), 1);
    QVERIFY(map.borderLines().isEmpty());
}

void TestBasemap::survivesRandomCorruption()
{
    // Flip bytes of the small map and of the real one at random (seeded): every result is a
    // complete map or an error, never a crash or a half-loaded map.
    QRandomGenerator random(20240611);
    const QList<std::pair<QByteArray, int>> originals { { smallMap(), 500 },
        { builtInBytes(), 40 } };
    int loaded = 0;
    int rejected = 0;
    for (const auto &[original, rounds] : originals) {
        for (int round = 0; round < rounds; ++round) {
            QByteArray data = original;
            const int flips = 1 + int(random.bounded(4));
            for (int i = 0; i < flips; ++i)
                data[qsizetype(random.bounded(quint32(data.size())))] = char(random.bounded(256));
            Basemap map;
            if (map.load(data)) {
                ++loaded;
                QVERIFY(!map.landRings().isEmpty());
                for (const Basemap::Path &ring : map.landRings())
                    QCOMPARE(ring.points.first(), ring.points.last());
            } else {
                ++rejected;
                QVERIFY(map.isEmpty());
                QVERIFY(!map.errorString().isEmpty());
            }
        }
    }
    QVERIFY(rejected > 0);
    QCOMPARE(loaded + rejected, 540);

    for (int round = 0; round < 200; ++round) {
        QByteArray noise(qsizetype(random.bounded(300)), '\0');
        for (char &c : noise)
            c = char(random.bounded(256));
        if (round % 2)
            noise.replace(0, std::min<qsizetype>(4, noise.size()), "GMBM"_ba.left(noise.size()));
        Basemap map;
        QVERIFY(!map.load(noise));
        QVERIFY(!map.errorString().isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestBasemap)
#include "tst_basemap.moc"
