// The map follows the source and the settings: the tile server with its key, the credit line,
// and whether the map writes the place names itself.
#include "app/net/requestqueue.h"
#include "app/refresh/refreshengine.h"
#include "app/sandbox/demosandbox.h"
#include "app/tiles/networktilesource.h"
#include "app/wiring/settingsbinding.h"
#include "app/wiring/sourcerouting.h"
#include "models/appstatus.h"
#include "models/gigstore.h"
#include "ui/mainwindow.h"
#include "ui/map/mapview.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gig;

class TestSourceRouting : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void aKeyedTileServerGetsItsKeyAndCredit();
    void aKeyedTileServerWaitsForItsKey();
    void theDemoDrawsItsOwnTilesAndNames();

private:
    struct Rig
    {
        explicit Rig(const AppSettings &settings, const ApiKeys &keys)
            : engine(&store, &queue, SettingsBinding::engineConfig(settings, keys, false, sandbox))
            , tiles(&queue)
            , window(&store)
            , routing(&engine, &tiles, &sandbox, &status, &window)
        { }
        GigStore store;
        RequestQueue queue;
        DemoSandbox sandbox; // not started: the demo's roots are empty
        RefreshEngine engine;
        NetworkTileSource tiles;
        AppStatus status;
        MainWindow window;
        SourceRouting routing;
    };

    static AppSettings keyedTiles()
    {
        AppSettings settings;
        settings.sources = { Source::Ticketmaster };
        settings.tileUrl = u"https://tiles.example/{z}/{x}/{y}.png?apikey={key}"_s;
        settings.tileAttribution = u"Maps © Example"_s;
        settings.tilesShowPlaceNames = false;
        return settings;
    }
};

void TestSourceRouting::aKeyedTileServerGetsItsKeyAndCredit()
{
    const ApiKeys keys { { Service::Ticketmaster, u"tm"_s }, { Service::Tiles, u"tile-key"_s } };
    Rig rig(keyedTiles(), keys);
    rig.routing.apply(keyedTiles(), keys);
    QCOMPARE(rig.tiles.urlFor(TileId { 1, 0, 1 }),
        QUrl(u"https://tiles.example/1/0/1.png?apikey=tile-key"_s));
    QVERIFY(!rig.tiles.drawsPlaceNames()); // the map writes the names over unlabelled tiles
    const QString credit = rig.window.mapView()->attributionHtml();
    QVERIFY2(credit.startsWith(u"Maps © Example"_s), qPrintable(credit));
    QVERIFY(credit.contains(u"GeoNames"_s));

    AppSettings labelled = keyedTiles();
    labelled.tilesShowPlaceNames = true;
    rig.routing.apply(labelled, keys);
    QVERIFY(rig.tiles.drawsPlaceNames());
    QCOMPARE(rig.window.mapView()->attributionHtml(), u"Maps © Example"_s);
}

void TestSourceRouting::aKeyedTileServerWaitsForItsKey()
{
    const ApiKeys noTileKey { { Service::Ticketmaster, u"tm"_s } };
    Rig rig(keyedTiles(), noTileKey);
    rig.routing.apply(keyedTiles(), noTileKey); // the keyring has not answered yet
    QCOMPARE(rig.tiles.urlTemplate(), NetworkTileSource::defaultUrlTemplate());
    ApiKeys keys = noTileKey;
    keys.setKey(Service::Tiles, u"later"_s);
    rig.routing.apply(keyedTiles(), keys);
    QCOMPARE(rig.tiles.urlTemplate(), keyedTiles().tileUrl);
}

void TestSourceRouting::theDemoDrawsItsOwnTilesAndNames()
{
    AppSettings settings = keyedTiles();
    settings.sources.clear(); // no source: the demo
    settings.tilesShowPlaceNames = true;
    Rig rig(settings, {});
    QVERIFY(rig.sandbox.start());
    rig.routing.apply(settings, {});
    QVERIFY(rig.tiles.urlTemplate().startsWith(
        rig.sandbox.serviceRoot(SandboxService::Tiles).toString()));
    QVERIFY(!rig.tiles.drawsPlaceNames());
    QVERIFY(rig.window.mapView()->attributionHtml().contains(u"Natural Earth"_s));
}

QTEST_MAIN(TestSourceRouting)
#include "tst_sourcerouting.moc"
