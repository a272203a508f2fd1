#include "app/sandbox/sandboxgazetteer.h"
#include "app/sandbox/sandboxworld.h"

#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using gig::SandboxGazetteer;

class TestSandboxGazetteer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void holdsAtLeastAHundredRealCities();
    void searchIgnoresCaseAndAccents_data();
    void searchIgnoresCaseAndAccents();
    void countryNarrowsTheSearch();
    void everyGazetteerTownIsFoundAndHasGigsNearby();
    void nearestFindsTheCityWithinReach();
};

void TestSandboxGazetteer::holdsAtLeastAHundredRealCities()
{
    const auto &cities = SandboxGazetteer::cities();
    QVERIFY(cities.size() >= 100);
    QSet<QString> zones;
    for (const gig::SandboxCity &city : cities) {
        QVERIFY(std::abs(city.lat) <= 90 && std::abs(city.lng) <= 180);
        QCOMPARE(city.countryCode.size(), 2);
        QVERIFY(!city.timeZone.isEmpty());
        zones.insert(city.timeZone);
    }
    QVERIFY(zones.size() > 40);
}

void TestSandboxGazetteer::searchIgnoresCaseAndAccents_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("first");
    QTest::newRow("plain") << u"berlin"_s << u"Berlin"_s;
    QTest::newRow("accent dropped") << u"koln"_s << u"Köln"_s;
    QTest::newRow("accent kept") << u"MONTRÉAL"_s << u"Montréal"_s;
    QTest::newRow("prefix") << u"Buen"_s << u"Buenos Aires"_s;
    QTest::newRow("non-Latin") << u"東京"_s << u"東京"_s;
}

void TestSandboxGazetteer::searchIgnoresCaseAndAccents()
{
    QFETCH(QString, query);
    QFETCH(QString, first);
    const auto hits = SandboxGazetteer::search(query, 5);
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits.constFirst().name, first);
}

void TestSandboxGazetteer::countryNarrowsTheSearch()
{
    // Oregon's and Maine's, and the gazetteer's smaller (Texan, …) Portlands after them.
    const auto all = SandboxGazetteer::search(u"Portland"_s, 10);
    QVERIFY(all.size() >= 2);
    const auto american = SandboxGazetteer::search(u"portland, united states"_s, 10);
    QVERIFY(american.size() >= 2);
    for (const auto &city : american)
        QCOMPARE(city.countryCode, u"US"_s);
    QVERIFY(SandboxGazetteer::search(u"Portland, Germany"_s, 5).isEmpty());
    QVERIFY(SandboxGazetteer::search(u"   "_s, 5).isEmpty());
}

void TestSandboxGazetteer::everyGazetteerTownIsFoundAndHasGigsNearby()
{
    const QList<gig::SandboxCity> &towns = SandboxGazetteer::towns();
    QVERIFY(towns.size() > 20000);
    // Tokyo under its English name, though the metro areas' city is written 東京.
    const auto tokyo = SandboxGazetteer::search(u"Tokyo"_s, 3);
    QVERIFY(!tokyo.isEmpty());
    QVERIFY(
        SandboxGazetteer::distanceKm(tokyo.constFirst().lat, tokyo.constFirst().lng, 35.68, 139.69)
        < 30);
    // Towns far from every metro area's city still have gigs of their own.
    const gig::SandboxWorld world(7);
    const QDateTime now(QDate(2026, 12, 4), QTime(12, 0), Qt::UTC);
    int checked = 0;
    for (qsizetype i = 0; i < towns.size() && checked < 12; i += 997) {
        const gig::SandboxCity &town = towns.at(i);
        if (SandboxGazetteer::nearest(town.lat, town.lng, gig::SandboxWorld::cityClusterKm))
            continue;
        ++checked;
        QVERIFY2(!world.gigsNear(town.lat, town.lng, 30, now).isEmpty(), qPrintable(town.name));
    }
    QVERIFY(checked >= 6);
}

void TestSandboxGazetteer::nearestFindsTheCityWithinReach()
{
    const gig::SandboxCity *paris = SandboxGazetteer::nearest(48.80, 2.30, 60);
    QVERIFY(paris);
    QCOMPARE(paris->name, u"Paris"_s);
    QVERIFY(!SandboxGazetteer::nearest(0, -150, 60));
    QVERIFY(qAbs(SandboxGazetteer::distanceKm(52.52, 13.405, 48.8566, 2.3522) - 878) < 5);
}

QTEST_GUILESS_MAIN(TestSandboxGazetteer)
#include "tst_sandboxgazetteer.moc"
