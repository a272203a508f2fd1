// The gazetteer as Debian's libgeonames gives it: read whole, then asked what the window asks.
#include "app/gazetteer/gazetteerloader.h"
#include "app/gazetteer/geonamescities.h"
#include "models/cityindex.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using gig::City;
using gig::CityIndex;

class TestGeonamesCities : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loadsBehindTheWindow();
    void readsEveryCity();
    void answersWhatTheWindowAsks();

private:
    CityIndex m_index;
};

void TestGeonamesCities::initTestCase()
{
    qputenv("LANGUAGE", "en"); // English names, whatever the machine's language
    m_index = CityIndex(gig::loadGeonamesCities());
}

void TestGeonamesCities::loadsBehindTheWindow()
{
    gig::GazetteerLoader loader;
    QSignalSpy loaded(&loader, &gig::GazetteerLoader::loaded);
    loader.start();
    QVERIFY(!loader.cities() || loaded.count() == 1); // read on a thread of its own
    QVERIFY(loaded.wait(10'000));
    QVERIFY(loader.cities());
    QCOMPARE(loaded.constFirst().constFirst().value<const CityIndex *>(), loader.cities());
    QCOMPARE(loader.cities()->size(), m_index.size());
    loader.start(); // once only
    QVERIFY(!loaded.wait(200));
}

void TestGeonamesCities::readsEveryCity()
{
    // GeoNames' cities of 15,000 people or more.
    QVERIFY2(m_index.size() > 20'000, qPrintable(QString::number(m_index.size())));
    const auto found = m_index.search(u"Berlin"_s, 1);
    QCOMPARE(found.size(), 1);
    const City &berlin = m_index.city(found.constFirst());
    QCOMPARE(berlin.country, u"Germany"_s);
    QCOMPARE(berlin.countryCode, u"DE"_s);
    QCOMPARE(berlin.timeZone, u"Europe/Berlin"_s);
    QVERIFY(berlin.population > 3'000'000);
    QVERIFY(berlin.coordinate.distanceTo(QGeoCoordinate(52.52, 13.405)) < 5'000);
    for (qsizetype i = 0; i < m_index.size(); ++i) {
        const City &city = m_index.city(i);
        QVERIFY2(!city.name.isEmpty() && city.coordinate.isValid(), qPrintable(city.name));
        QVERIFY2(city.countryCode.size() == 2, qPrintable(city.name));
    }
}

void TestGeonamesCities::answersWhatTheWindowAsks()
{
    QCOMPARE(m_index.placeNameAt(QGeoCoordinate(52.52, 13.405)), u"Berlin, Germany"_s);
    QCOMPARE(m_index.placeNameAt(QGeoCoordinate(38.72, -9.14)), u"Lisbon, Portugal"_s);
    const auto lisb = m_index.search(u"lisb"_s, 3);
    QVERIFY(!lisb.isEmpty());
    QCOMPARE(m_index.city(lisb.constFirst()).name, u"Lisbon"_s);
    const auto sao = m_index.search(u"sao paulo"_s, 1);
    QVERIFY(!sao.isEmpty());
    QCOMPARE(m_index.city(sao.constFirst()).name, u"São Paulo"_s);
    QVERIFY(m_index.placeNameAt(QGeoCoordinate(-60, -150)).isEmpty()); // the Southern Ocean
}

QTEST_GUILESS_MAIN(TestGeonamesCities)
#include "tst_geonamescities.moc"
