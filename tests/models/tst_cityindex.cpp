#include "models/cityindex.h"
#include "models/mercator.h"

#include <QTest>

using namespace Qt::StringLiterals;
using gig::City;
using gig::CityIndex;

namespace {

City city(const QString &name, const QString &state, const QString &country, double latitude,
    double longitude, quint32 population)
{
    return City { name, state, country, {}, {}, QGeoCoordinate(latitude, longitude), population };
}

// A few cities in no order, as the gazetteer gives them.
QList<City> someCities()
{
    return {
        city(u"Potsdam"_s, u"Brandenburg"_s, u"Germany"_s, 52.3989, 13.0657, 183'154),
        city(u"Berlin"_s, u"Berlin"_s, u"Germany"_s, 52.5244, 13.4105, 3'426'354),
        city(u"Bernau bei Berlin"_s, u"Brandenburg"_s, u"Germany"_s, 52.6795, 13.5874, 36'000),
        city(u"York"_s, u"England"_s, u"United Kingdom"_s, 53.9576, -1.0827, 144'202),
        city(u"New York"_s, u"New York"_s, u"United States"_s, 40.7143, -74.006, 8'804'190),
        city(u"São Paulo"_s, u"São Paulo"_s, u"Brazil"_s, -23.5475, -46.6361, 10'021'295),
        city(u"Springfield"_s, u"Illinois"_s, u"United States"_s, 39.8017, -89.6437, 116'250),
        city(u"Springfield"_s, u"Massachusetts"_s, u"United States"_s, 42.1015, -72.5898, 153'606),
        city(u"Suva"_s, u"Central"_s, u"Fiji"_s, -18.1416, 178.4415, 77'366),
        city(u"Labasa"_s, u"Northern"_s, u"Fiji"_s, -16.4167, 179.3833, 27'949),
    };
}

QStringList namesOf(const CityIndex &index, const QList<qsizetype> &found)
{
    QStringList names;
    for (const qsizetype i : found)
        names.append(index.city(i).fullName());
    return names;
}

} // namespace

class TestCityIndex : public QObject
{
    Q_OBJECT

private slots:
    void keepsTheLargestFirst();
    void searchFindsPrefixesOfNamesAndWords_data();
    void searchFindsPrefixesOfNamesAndWords();
    void searchStopsAtTheLimit();
    void closeToForgivesOneSlip_data();
    void closeToForgivesOneSlip();
    void largestInAPartOfTheWorld();
    void nearestCity();
    void nearestAcrossTheAntimeridian();
    void namesAPickedPlace_data();
    void namesAPickedPlace();
    void reachGrowsWithPopulation();
};

void TestCityIndex::keepsTheLargestFirst()
{
    const CityIndex index(someCities());
    QCOMPARE(index.size(), 10);
    QCOMPARE(index.city(0).name, u"São Paulo"_s);
    QCOMPARE(index.city(1).name, u"New York"_s);
    QCOMPARE(index.city(2).name, u"Berlin"_s);
    // Mercator positions are computed once: Berlin is north-east of the world's middle.
    QVERIFY(index.mercator(2).x() > 0.5 && index.mercator(2).y() < 0.5);
    QVERIFY(CityIndex().isEmpty());
    QVERIFY(CityIndex().search(u"Berlin"_s).isEmpty());
}

void TestCityIndex::searchFindsPrefixesOfNamesAndWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("found");
    QTest::newRow("prefix") << u"ber"_s
                            << QStringList { u"Berlin, Germany"_s,
                                   u"Bernau bei Berlin, Brandenburg, Germany"_s };
    QTest::newRow("a later word") << u"york"_s
                                  << QStringList { u"New York, United States"_s,
                                         u"York, England, United Kingdom"_s };
    QTest::newRow("case and accents") << u"SAO P"_s << QStringList { u"São Paulo, Brazil"_s };
    QTest::newRow("spaces around")
        << u"  potsdam "_s << QStringList { u"Potsdam, Brandenburg, Germany"_s };
    QTest::newRow("same name, two states")
        << u"springf"_s
        << QStringList { u"Springfield, Massachusetts, United States"_s,
               u"Springfield, Illinois, United States"_s };
    QTest::newRow("nothing") << u"Tokyo"_s << QStringList();
    QTest::newRow("empty") << u"  "_s << QStringList();
    QTest::newRow("inside a word is no prefix") << u"erlin"_s << QStringList();
}

void TestCityIndex::searchFindsPrefixesOfNamesAndWords()
{
    QFETCH(QString, text);
    QFETCH(QStringList, found);
    const CityIndex index(someCities());
    QCOMPARE(namesOf(index, index.search(text)), found);
}

void TestCityIndex::searchStopsAtTheLimit()
{
    const CityIndex index(someCities());
    QCOMPARE(namesOf(index, index.search(u"s"_s, 2)),
        (QStringList { u"São Paulo, Brazil"_s, u"Springfield, Massachusetts, United States"_s }));
    QVERIFY(index.search(u"s"_s, 0).isEmpty());
}

void TestCityIndex::closeToForgivesOneSlip_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("letters swapped")
        << u"Potsadm"_s << QStringList { u"Potsdam, Brandenburg, Germany"_s };
    QTest::newRow("letter missing") << u"Sprngfield"_s
                                    << QStringList { u"Springfield, Massachusetts, United States"_s,
                                           u"Springfield, Illinois, United States"_s };
    QTest::newRow("letter wrong, while typing")
        << u"Berkin"_s
        << QStringList { u"Berlin, Germany"_s, u"Bernau bei Berlin, Brandenburg, Germany"_s };
    QTest::newRow("a later word") << u"Yrok"_s
                                  << QStringList { u"New York, United States"_s,
                                         u"York, England, United Kingdom"_s };
    QTest::newRow("accent left out, letters swapped")
        << u"Sao Pualo"_s << QStringList { u"São Paulo, Brazil"_s };
    QTest::newRow("two slips in a short name") << u"Yrko"_s << QStringList {};
    QTest::newRow("two slips, long enough")
        << u"Springfeeld"_s
        << QStringList { u"Springfield, Massachusetts, United States"_s,
               u"Springfield, Illinois, United States"_s };
    QTest::newRow("too short to guess") << u"Yrk"_s << QStringList {};
    QTest::newRow("first letter wrong") << u"Xerlin"_s << QStringList {};
    QTest::newRow("nothing near") << u"Zzzzzz"_s << QStringList {};
}

void TestCityIndex::closeToForgivesOneSlip()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, expected);
    const CityIndex index(someCities());
    QCOMPARE(namesOf(index, index.closeTo(typed)), expected);
}

void TestCityIndex::largestInAPartOfTheWorld()
{
    const CityIndex index(someCities());
    const auto box = [](double west, double north, double east, double south) {
        const QPointF nw = gig::Mercator::project(QGeoCoordinate(north, west), 0) / 256;
        const QPointF se = gig::Mercator::project(QGeoCoordinate(south, east), 0) / 256;
        return QRectF(nw, se);
    };
    // Around Berlin: read from the cells, largest first, the small ones only when wanted.
    QCOMPARE(namesOf(index, index.largestIn(box(12.5, 53, 14, 52), 0)),
        (QStringList { u"Berlin, Germany"_s, u"Potsdam, Brandenburg, Germany"_s,
            u"Bernau bei Berlin, Brandenburg, Germany"_s }));
    QCOMPARE(namesOf(index, index.largestIn(box(12.5, 53, 14, 52), 100'000)),
        (QStringList { u"Berlin, Germany"_s, u"Potsdam, Brandenburg, Germany"_s }));
    // The whole world, and more than one world wide: each city once, largest first.
    QRectF world(-0.3, 0, 1.6, 1);
    QCOMPARE(index.largestIn(world, 1'000'000), (QList<qsizetype> { 0, 1, 2 }));
    // Across the antimeridian, east of it in the copy beside the world.
    const QPointF fiji = gig::Mercator::project(QGeoCoordinate(-17, 179), 0) / 256;
    const QRectF across(fiji.x(), fiji.y() - 0.01, 0.01, 0.02); // 179° E to 178.4° W
    QCOMPARE(
        namesOf(index, index.largestIn(across, 0)), (QStringList { u"Labasa, Northern, Fiji"_s }));
    QCOMPARE(namesOf(index, index.largestIn(across.translated(-1, 0), 0)),
        (QStringList { u"Labasa, Northern, Fiji"_s }));
}

void TestCityIndex::nearestCity()
{
    const CityIndex index(someCities());
    const auto [found, km] = index.nearest(QGeoCoordinate(52.40, 13.07), 50);
    QCOMPARE(index.city(found).name, u"Potsdam"_s);
    QVERIFY(km < 1);
    QCOMPARE(index.nearest(QGeoCoordinate(0, 0), 100).first, -1); // the Gulf of Guinea
    QCOMPARE(index.nearest(QGeoCoordinate(), 100).first, -1);
}

void TestCityIndex::nearestAcrossTheAntimeridian()
{
    // A point at 179.9° west lies 76 km east of Labasa, across the 180th meridian.
    const CityIndex index(someCities());
    const auto [found, km] = index.nearest(QGeoCoordinate(-16.4167, -179.9), 200);
    QVERIFY(found >= 0);
    QCOMPARE(index.city(found).name, u"Labasa"_s);
    QVERIFY2(km > 70 && km < 80, qPrintable(QString::number(km)));
}

void TestCityIndex::namesAPickedPlace_data()
{
    QTest::addColumn<QGeoCoordinate>("where");
    QTest::addColumn<QString>("name");
    QTest::newRow("the centre") << QGeoCoordinate(52.52, 13.405) << u"Berlin, Germany"_s;
    // 12 km out is still Berlin: a big city reaches far.
    QTest::newRow("the suburbs") << QGeoCoordinate(52.63, 13.41) << u"Berlin, Germany"_s;
    QTest::newRow("a smaller city") << QGeoCoordinate(52.40, 13.06) << u"Potsdam, Germany"_s;
    QTest::newRow("beyond every reach")
        << QGeoCoordinate(52.30, 12.75) << u"near Potsdam, Germany"_s;
    QTest::newRow("far from every city") << QGeoCoordinate(0, 0) << QString();
}

void TestCityIndex::namesAPickedPlace()
{
    QFETCH(QGeoCoordinate, where);
    QFETCH(QString, name);
    QCOMPARE(CityIndex(someCities()).placeNameAt(where), name);
}

void TestCityIndex::reachGrowsWithPopulation()
{
    QCOMPARE(CityIndex::reachKm(15'000), 4.224744871391589);
    QVERIFY(CityIndex::reachKm(183'154) < CityIndex::reachKm(3'426'354));
    QCOMPARE(CityIndex::reachKm(40'000'000), 25.0);
    QCOMPARE(CityIndex::reachKm(0), 3.0);
}

QTEST_APPLESS_MAIN(TestCityIndex)
#include "tst_cityindex.moc"
