#include "models/cityindex.h"
#include "models/mercator.h"
#include "ui/map/citylabellayer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using gig::City;
using gig::CityIndex;
using gig::CityLabelLayer;
using gig::MapCamera;

namespace {

City city(const QString &name, double latitude, double longitude, quint32 population)
{
    return City { name, {}, {}, {}, {}, QGeoCoordinate(latitude, longitude), population };
}

MapCamera cameraAt(double latitude, double longitude, double zoom)
{
    MapCamera camera;
    camera.centre
        = gig::Mercator::project(QGeoCoordinate(latitude, longitude), 0) / gig::Mercator::TileSize;
    camera.zoom = zoom;
    camera.viewport = QSizeF(800, 600);
    return camera;
}

QStringList namesOf(const CityIndex &cities, const QList<CityLabelLayer::Label> &labels)
{
    QStringList names;
    for (const CityLabelLayer::Label &label : labels)
        names.append(cities.city(label.city).name);
    return names;
}

} // namespace

class TestCityLabelLayer : public QObject
{
    Q_OBJECT

private slots:
    void largeCitiesFarOutTownsClose();
    void labelsNeverOverlap();
    void nothingWithoutCities();
    void citiesAcrossTheAntimeridian();

private:
    const CityIndex m_cities { {
        city(u"Berlin"_s, 52.5244, 13.4105, 3'426'354),
        city(u"Potsdam"_s, 52.3989, 13.0657, 183'154),
        city(u"Falkensee"_s, 52.5600, 13.0927, 41'000),
        city(u"Hamburg"_s, 53.5753, 10.0153, 1'739'117),
        city(u"Paris"_s, 48.8534, 2.3488, 2'138'551),
        city(u"London"_s, 51.5085, -0.1257, 7'556'900),
        city(u"Suva"_s, -18.1416, 178.4415, 77'366),
        city(u"Labasa"_s, -16.4167, 179.3833, 27'949),
    } };
    const QFont m_font { u"DejaVu Sans"_s, 9 };
};

void TestCityLabelLayer::largeCitiesFarOutTownsClose()
{
    CityLabelLayer layer;
    layer.setCities(&m_cities);
    // Europe from afar: the cities of millions only, largest first.
    const auto far = layer.layout(cameraAt(51, 6, 3.5), m_font);
    QCOMPARE(namesOf(m_cities, far), (QStringList { u"London"_s, u"Berlin"_s, u"Paris"_s }));
    // Close to Berlin: the towns around it too.
    const QStringList close = namesOf(m_cities, layer.layout(cameraAt(52.5, 13.2, 9.5), m_font));
    QVERIFY2(close.contains(u"Berlin"_s) && close.contains(u"Potsdam"_s)
            && close.contains(u"Falkensee"_s),
        qPrintable(close.join(u", ")));
    QVERIFY(!close.contains(u"Hamburg"_s)); // out of view
    QVERIFY(CityLabelLayer::minimumPopulation(3) > CityLabelLayer::minimumPopulation(7));
    QCOMPARE(CityLabelLayer::minimumPopulation(12), 0u);
}

void TestCityLabelLayer::labelsNeverOverlap()
{
    CityLabelLayer layer;
    layer.setCities(&m_cities);
    // At zoom 7 Potsdam and Falkensee sit close to Berlin: a name that would cover another is
    // left out, the larger city's kept.
    const MapCamera camera = cameraAt(52.5, 13.2, 7.5);
    const auto labels = layer.layout(camera, m_font);
    QVERIFY(!labels.isEmpty());
    QCOMPARE(m_cities.city(labels.constFirst().city).name, u"Berlin"_s);
    const QRectF view(QPointF(0, 0), camera.viewport);
    for (qsizetype i = 0; i < labels.size(); ++i) {
        QVERIFY(view.contains(labels.at(i).box));
        for (qsizetype j = i + 1; j < labels.size(); ++j)
            QVERIFY(!labels.at(i).box.intersects(labels.at(j).box));
    }
    QVERIFY(labels.size() < 3);
}

void TestCityLabelLayer::nothingWithoutCities()
{
    CityLabelLayer layer;
    QVERIFY(layer.layout(cameraAt(52.5, 13.4, 9), m_font).isEmpty());
    const CityIndex none;
    layer.setCities(&none);
    QVERIFY(layer.layout(cameraAt(52.5, 13.4, 9), m_font).isEmpty());
}

void TestCityLabelLayer::citiesAcrossTheAntimeridian()
{
    // Looking at 179.9° west: Fiji's cities east of the line show in the world copy beside it.
    CityLabelLayer layer;
    layer.setCities(&m_cities);
    const QStringList names = namesOf(m_cities, layer.layout(cameraAt(-16.5, -179.9, 9.0), m_font));
    QVERIFY2(names.contains(u"Labasa"_s), qPrintable(names.join(u", ")));
}

QTEST_MAIN(TestCityLabelLayer)
#include "tst_citylabellayer.moc"
