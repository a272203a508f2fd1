#include "models/savedplaces.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using gig::SavedPlace;
using gig::SavedPlaces;

class TestSavedPlaces : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"gigmap-tests"_s);
        QCoreApplication::setApplicationName(u"tst_savedplaces"_s);
    }
    void init() { QSettings().clear(); }
    void placesSurviveANewInstance();
    void addingTheSameSpotReplacesIt();
    void removeForgetsThePlace();
    void unusablePlacesAreRefused();
    void damagedSettingsAreSkipped();
    void toPlaceSpansTheRadius();
};

void TestSavedPlaces::placesSurviveANewInstance()
{
    {
        SavedPlaces places;
        QSignalSpy changed(&places, &SavedPlaces::changed);
        QVERIFY(places.add({ u"Berlin"_s, QGeoCoordinate(52.52, 13.405), 25 }));
        QVERIFY(places.add({ u"Leipzig"_s, QGeoCoordinate(51.34, 12.37), 10 }));
        QCOMPARE(changed.count(), 2);
    }
    SavedPlaces again;
    QCOMPARE(again.count(), 2);
    QCOMPARE(again.places().at(0), (SavedPlace { u"Berlin"_s, QGeoCoordinate(52.52, 13.405), 25 }));
    QCOMPARE(again.places().at(1).name, u"Leipzig"_s);
    QVERIFY(again.contains(QGeoCoordinate(51.3401, 12.3701))); // within a few metres
    QVERIFY(!again.contains(QGeoCoordinate(48.14, 11.58)));
}

void TestSavedPlaces::addingTheSameSpotReplacesIt()
{
    SavedPlaces places;
    QSignalSpy changed(&places, &SavedPlaces::changed);
    QVERIFY(places.add({ u"Berlin"_s, QGeoCoordinate(52.52, 13.405), 25 }));
    QVERIFY(!places.add({ u"Berlin"_s, QGeoCoordinate(52.52, 13.405), 25 })); // nothing new
    QCOMPARE(changed.count(), 1);
    QVERIFY(places.add({ u"Mitte"_s, QGeoCoordinate(52.5201, 13.405), 5 }));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(places.count(), 1);
    QCOMPARE(places.places().constFirst().name, u"Mitte"_s);
    QCOMPARE(SavedPlaces().places().constFirst().radiusKm, 5.0);
}

void TestSavedPlaces::removeForgetsThePlace()
{
    SavedPlaces places;
    places.add({ u"Berlin"_s, QGeoCoordinate(52.52, 13.405), 25 });
    QSignalSpy changed(&places, &SavedPlaces::changed);
    QVERIFY(!places.remove(QGeoCoordinate(48.14, 11.58)));
    QCOMPARE(changed.count(), 0);
    QVERIFY(places.remove(QGeoCoordinate(52.52, 13.405)));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(places.count(), 0);
    QCOMPARE(SavedPlaces().count(), 0);
}

void TestSavedPlaces::unusablePlacesAreRefused()
{
    SavedPlaces places;
    QVERIFY(!places.add({ u"Nowhere"_s, QGeoCoordinate(), 25 }));
    QVERIFY(!places.add({ u"Dot"_s, QGeoCoordinate(52.0, 13.0), 0 }));
    QVERIFY(!places.add({ u"Huge"_s, QGeoCoordinate(52.0, 13.0), qInf() }));
    QCOMPARE(places.count(), 0);
}

void TestSavedPlaces::damagedSettingsAreSkipped()
{
    {
        QSettings settings;
        settings.beginWriteArray(u"savedPlaces"_s, 3);
        settings.setArrayIndex(0);
        settings.setValue(u"name"_s, u"Broken"_s);
        settings.setValue(u"latitude"_s, u"north"_s);
        settings.setValue(u"longitude"_s, 13.4);
        settings.setValue(u"radiusKm"_s, 10);
        settings.setArrayIndex(1);
        settings.setValue(u"latitude"_s, 52.52);
        settings.setValue(u"longitude"_s, 13.405);
        settings.setValue(u"radiusKm"_s, 10);
        settings.setArrayIndex(2);
        settings.setValue(u"name"_s, u"Pole"_s);
        settings.setValue(u"latitude"_s, 123.0);
        settings.setValue(u"longitude"_s, 0.0);
        settings.setValue(u"radiusKm"_s, 10);
        settings.endArray();
    }
    SavedPlaces places;
    QCOMPARE(places.count(), 1);
    QCOMPARE(places.places().constFirst().name, u"52.5200, 13.4050"_s); // unnamed: its position
}

void TestSavedPlaces::toPlaceSpansTheRadius()
{
    const gig::Place place
        = SavedPlace { u"Berlin"_s, QGeoCoordinate(52.52, 13.405), 10 }.toPlace();
    QCOMPARE(place.name, u"Berlin"_s);
    QCOMPARE(place.coordinate, QGeoCoordinate(52.52, 13.405));
    QVERIFY(place.boundingBox.isValid());
    QVERIFY(place.boundingBox.contains(QGeoCoordinate(52.52, 13.405)));
    const double halfHeightKm
        = place.boundingBox.center().distanceTo(QGeoCoordinate(
              place.boundingBox.topLeft().latitude(), place.boundingBox.center().longitude()))
        / 1000.0;
    QVERIFY2(qAbs(halfHeightKm - 10.0) < 0.5, qPrintable(QString::number(halfHeightKm)));
}

QTEST_GUILESS_MAIN(TestSavedPlaces)
#include "tst_savedplaces.moc"
