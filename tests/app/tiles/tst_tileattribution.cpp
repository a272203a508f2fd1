// The map's credit line: the tiles' credit as the settings say, and GeoNames' whenever the map
// writes the place names itself.
#include "app/tiles/tileattribution.h"
#include "models/appsettings.h"

#include <QTest>

using namespace Qt::StringLiterals;
using gig::AppSettings;
using gig::tileAttributionHtml;

class TestTileAttribution : public QObject
{
    Q_OBJECT

private slots:
    void openStreetMapByDefault();
    void theSettingsCreditIsShownAsText();
    void placeNamesWrittenByTheMapCreditGeoNames();
    void theDemoCreditsItsOfflineMap();
};

void TestTileAttribution::openStreetMapByDefault()
{
    const QString html = tileAttributionHtml(AppSettings(), false);
    QVERIFY(html.contains(u"href=\"https://www.openstreetmap.org/copyright\""_s));
    QVERIFY(html.contains(u"contributors"_s));
    QVERIFY(!html.contains(u"GeoNames"_s)); // OpenStreetMap's tiles name the places
}

void TestTileAttribution::theSettingsCreditIsShownAsText()
{
    AppSettings settings;
    settings.tileAttribution = u"Maps © Thunderforest <b>& friends</b>"_s;
    const QString html = tileAttributionHtml(settings, false);
    QCOMPARE(html, u"Maps © Thunderforest &lt;b&gt;&amp; friends&lt;/b&gt;"_s);
}

void TestTileAttribution::placeNamesWrittenByTheMapCreditGeoNames()
{
    AppSettings settings;
    settings.tileAttribution = u"© Stamen"_s;
    settings.tilesShowPlaceNames = false;
    const QString html = tileAttributionHtml(settings, false);
    QVERIFY(html.startsWith(u"© Stamen"_s));
    QVERIFY(html.contains(u"<a href=\"https://www.geonames.org\">GeoNames</a>"_s));
}

void TestTileAttribution::theDemoCreditsItsOfflineMap()
{
    AppSettings settings;
    settings.tileAttribution = u"© Someone else"_s; // for the real server, not the demo's
    const QString html = tileAttributionHtml(settings, true);
    QVERIFY(html.contains(u"Natural Earth"_s));
    QVERIFY(html.contains(u"GeoNames"_s));
    QVERIFY(!html.contains(u"Someone else"_s));
    QVERIFY(!html.contains(u"OpenStreetMap"_s));
}

QTEST_GUILESS_MAIN(TestTileAttribution)
#include "tst_tileattribution.moc"
