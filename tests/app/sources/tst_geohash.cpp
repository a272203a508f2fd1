#include "app/sources/geohash.h"

#include <QStandardPaths>
#include <QTest>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gig {

class TstGeohash : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void encodesKnownPlaces_data();
    void encodesKnownPlaces();
    void longerHashesRefineShorterOnes();
    void precisionFitsRadius_data();
    void precisionFitsRadius();
    void cellsShrinkWithPrecision();
};

void TstGeohash::encodesKnownPlaces_data()
{
    QTest::addColumn<double>("latitude");
    QTest::addColumn<double>("longitude");
    QTest::addColumn<int>("precision");
    QTest::addColumn<QString>("hash");

    // Reference values of the geohash definition (geohash.org, Wikipedia's worked example).
    QTest::newRow("Wikipedia example") << 42.6 << -5.6 << 5 << u"ezs42"_s;
    QTest::newRow("Jutland") << 57.64911 << 10.40744 << 11 << u"u4pruydqqvj"_s;
    QTest::newRow("origin") << 0.0 << 0.0 << 6 << u"s00000"_s;
    QTest::newRow("south-west corner") << -90.0 << -180.0 << 4 << u"0000"_s;
    QTest::newRow("north-east corner") << 90.0 << 179.999999 << 4 << u"zzzz"_s;
    QTest::newRow("Berlin") << 52.52 << 13.405 << 6 << u"u33dc0"_s;
    QTest::newRow("New York") << 40.7128 << -74.006 << 6 << u"dr5reg"_s;
    QTest::newRow("Sydney") << -33.8688 << 151.2093 << 6 << u"r3gx2f"_s;
    QTest::newRow("longitude 180 wraps to -180") << 0.0 << 180.0 << 3 << u"800"_s;
    QTest::newRow("precision clamped low") << 42.6 << -5.6 << 0 << u"e"_s;
    QTest::newRow("precision clamped high") << 42.6 << -5.6 << 40 << u"ezs42e44yx96"_s;
    QTest::newRow("not a number") << std::nan("") << std::nan("") << 3 << u"s00"_s;
}

void TstGeohash::encodesKnownPlaces()
{
    QFETCH(double, latitude);
    QFETCH(double, longitude);
    QFETCH(int, precision);
    QFETCH(QString, hash);
    QCOMPARE(Geohash::encode(latitude, longitude, precision), hash);
}

void TstGeohash::longerHashesRefineShorterOnes()
{
    const QString full = Geohash::encode(48.8566, 2.3522, Geohash::maxPrecision);
    for (int precision = 1; precision < Geohash::maxPrecision; ++precision)
        QCOMPARE(Geohash::encode(48.8566, 2.3522, precision), full.left(precision));
}

void TstGeohash::precisionFitsRadius_data()
{
    QTest::addColumn<double>("radiusKm");
    QTest::addColumn<int>("precision");
    QTest::newRow("continent") << 20000.0 << 2;
    QTest::newRow("region 500 km") << 500.0 << 4;
    QTest::newRow("100 km") << 100.0 << 5;
    QTest::newRow("30 km (default)") << 30.0 << 6;
    QTest::newRow("10 km") << 10.0 << 7;
    QTest::newRow("5 km") << 5.0 << 7;
    QTest::newRow("1 km") << 1.0 << 8;
    QTest::newRow("tiny") << 0.01 << 9;
    QTest::newRow("zero") << 0.0 << 9;
    QTest::newRow("negative") << -5.0 << 9;
    QTest::newRow("infinite") << double(INFINITY) << 9;
}

void TstGeohash::precisionFitsRadius()
{
    QFETCH(double, radiusKm);
    QFETCH(int, precision);
    QCOMPARE(Geohash::precisionForRadius(radiusKm), precision);
    if (radiusKm > 0 && std::isfinite(radiusKm) && precision < 9) {
        // The chosen cell is small against the radius, and the next coarser one is not.
        const auto diagonal = [](int p) {
            return std::hypot(Geohash::cellWidthKm(p), Geohash::cellHeightKm(p));
        };
        QVERIFY(diagonal(precision) <= radiusKm / 10);
        if (precision > 1)
            QVERIFY(diagonal(precision - 1) > radiusKm / 10);
    }
}

void TstGeohash::cellsShrinkWithPrecision()
{
    // Known cell sizes: 5 characters ≈ 4.9 km × 4.9 km, 6 ≈ 1.2 km × 0.61 km.
    QCOMPARE(qRound(Geohash::cellWidthKm(5) * 10), 49);
    QCOMPARE(qRound(Geohash::cellHeightKm(5) * 10), 49);
    QCOMPARE(qRound(Geohash::cellWidthKm(6) * 100), 122);
    QCOMPARE(qRound(Geohash::cellHeightKm(6) * 100), 61);
}

} // namespace gig

QTEST_GUILESS_MAIN(gig::TstGeohash)
#include "tst_geohash.moc"
