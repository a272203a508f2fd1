// Light or dark, text keeps to WCAG AA (4.5:1) against what it is drawn on: the window's
// palette, the muted rows, the city names on the map; and the map turns dark with the palette.
#include "faketilesource.h"
#include "ui/colorscheme.h"
#include "ui/contrast.h"
#include "ui/map/basemaplayer.h"
#include "ui/map/citylabellayer.h"
#include "ui/map/darktiles.h"
#include "ui/map/mapview.h"

#include <QApplication>
#include <QStandardPaths>
#include <QStyle>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gig;

namespace {

QString ratioText(const QColor &text, const QColor &background)
{
    return u"%1 on %2: %3"_s.arg(text.name(), background.name())
        .arg(contrastRatio(text, background), 0, 'f', 2);
}

// `color` drawn over `background` with its alpha.
QColor over(const QColor &color, const QColor &background)
{
    const double a = color.alphaF();
    return QColor::fromRgbF(color.redF() * a + background.redF() * (1 - a),
        color.greenF() * a + background.greenF() * (1 - a),
        color.blueF() * a + background.blueF() * (1 - a));
}

} // namespace

class TestColorScheme : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void contrastFollowsWcag();
    void everyTextOfTheDarkPaletteIsReadable_data();
    void everyTextOfTheDarkPaletteIsReadable();
    void mutedRowsStayReadable_data();
    void mutedRowsStayReadable();
    void cityNamesAreReadableOnEveryMap_data();
    void cityNamesAreReadableOnEveryMap();
    void darkTilesTurnLightnessOverAndKeepTheHue();
    void theSchemeIsAppliedAndUndone();
    void theMapTurnsDarkWithThePalette();
};

void TestColorScheme::contrastFollowsWcag()
{
    QCOMPARE(qRound(contrastRatio(Qt::black, Qt::white) * 10), 210);
    QCOMPARE(contrastRatio(Qt::red, Qt::red), 1.0);
    // WCAG's own example: #777 on white is just under AA.
    QVERIFY(contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) < ReadableContrast);
    QVERIFY(contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) >= ReadableContrast);
}

void TestColorScheme::everyTextOfTheDarkPaletteIsReadable_data()
{
    QTest::addColumn<QPalette::ColorRole>("text");
    QTest::addColumn<QPalette::ColorRole>("background");
    QTest::newRow("window") << QPalette::WindowText << QPalette::Window;
    QTest::newRow("text") << QPalette::Text << QPalette::Base;
    QTest::newRow("alternate rows") << QPalette::Text << QPalette::AlternateBase;
    QTest::newRow("buttons") << QPalette::ButtonText << QPalette::Button;
    QTest::newRow("selection") << QPalette::HighlightedText << QPalette::Highlight;
    QTest::newRow("tooltips") << QPalette::ToolTipText << QPalette::ToolTipBase;
    QTest::newRow("placeholders") << QPalette::PlaceholderText << QPalette::Base;
    QTest::newRow("links") << QPalette::Link << QPalette::Base;
    QTest::newRow("links in the window") << QPalette::Link << QPalette::Window;
}

void TestColorScheme::everyTextOfTheDarkPaletteIsReadable()
{
    QFETCH(QPalette::ColorRole, text);
    QFETCH(QPalette::ColorRole, background);
    const QPalette palette = darkPalette();
    for (const QPalette::ColorGroup group : { QPalette::Active, QPalette::Inactive }) {
        const QColor ink = palette.color(group, text);
        const QColor ground = palette.color(group, background);
        QVERIFY2(
            contrastRatio(ink, ground) >= ReadableContrast, qPrintable(ratioText(ink, ground)));
    }
}

void TestColorScheme::mutedRowsStayReadable_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("the style's light palette") << QApplication::style()->standardPalette();
    QTest::newRow("dark") << darkPalette();
    QPalette grey = darkPalette();
    grey.setColor(QPalette::Text, QColor(0x88, 0x88, 0x88)); // already faint: kept as it is
    grey.setColor(QPalette::Base, QColor(0x40, 0x40, 0x40));
    QTest::newRow("a faint theme") << grey;
}

void TestColorScheme::mutedRowsStayReadable()
{
    QFETCH(QPalette, palette);
    const QColor muted = mutedTextColor(palette);
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    if (contrastRatio(text, base) >= ReadableContrast) {
        QVERIFY2(
            contrastRatio(muted, base) >= ReadableContrast, qPrintable(ratioText(muted, base)));
        QVERIFY(contrastRatio(muted, base) <= contrastRatio(text, base)); // it does recede
    } else {
        QCOMPARE(muted, text);
    }
}

void TestColorScheme::cityNamesAreReadableOnEveryMap_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addColumn<QColor>("ground");
    const BasemapLayer::Colors light = BasemapLayer::colorsFor(false);
    const BasemapLayer::Colors dark = BasemapLayer::colorsFor(true);
    QTest::newRow("light land") << false << light.land;
    QTest::newRow("light water") << false << light.ocean;
    QTest::newRow("dark land") << true << dark.land;
    QTest::newRow("dark water") << true << dark.ocean;
    // The demo's tiles are drawn from the light basemap; on a dark map they are darkened.
    QTest::newRow("darkened tile land") << true << QColor(darkenedColor(light.land.rgb()));
    QTest::newRow("darkened tile water") << true << QColor(darkenedColor(light.ocean.rgb()));
}

void TestColorScheme::cityNamesAreReadableOnEveryMap()
{
    QFETCH(bool, dark);
    QFETCH(QColor, ground);
    const CityLabelLayer::Ink ink = CityLabelLayer::inkFor(dark);
    QVERIFY2(contrastRatio(ink.text, ground) >= ReadableContrast,
        qPrintable(ratioText(ink.text, ground)));
    const QColor halo = over(ink.halo, ground);
    QVERIFY2(
        contrastRatio(ink.text, halo) >= ReadableContrast, qPrintable(ratioText(ink.text, halo)));
}

void TestColorScheme::darkTilesTurnLightnessOverAndKeepTheHue()
{
    QCOMPARE(QColor(darkenedColor(qRgb(255, 255, 255))).lightness(), 32); // white: dark grey
    QCOMPARE(QColor(darkenedColor(qRgb(0, 0, 0))).lightness(), 255); // black: white
    const QColor water(0xaa, 0xd3, 0xdf);
    const QColor dark(darkenedColor(water.rgb()));
    QVERIFY(dark.lightness() < 100);
    QVERIFY(qAbs(dark.hslHue() - water.hslHue()) <= 2);
    QImage tile(4, 4, QImage::Format_ARGB32_Premultiplied);
    tile.fill(QColor(255, 255, 255, 128));
    const QImage darkTile = darkenedTile(tile);
    QCOMPARE(darkTile.format(), QImage::Format_ARGB32_Premultiplied);
    QCOMPARE(darkTile.pixelColor(1, 1).alpha(), 128); // see-through stays see-through
    QVERIFY(darkTile.pixelColor(1, 1).lightness() < 64);
}

void TestColorScheme::theSchemeIsAppliedAndUndone()
{
    const QPalette system = QApplication::palette();
    applyColorScheme(ColorScheme::Dark);
    QCOMPARE(QApplication::palette().color(QPalette::Base), darkPalette().color(QPalette::Base));
    applyColorScheme(ColorScheme::Light);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 128);
    applyColorScheme(ColorScheme::System);
    QCOMPARE(QApplication::palette(), system);
}

void TestColorScheme::theMapTurnsDarkWithThePalette()
{
    MapView view;
    view.resize(400, 300);
    view.setAnimationsEnabled(false);
    FakeTileSource tiles;
    tiles.autoColor = QColor(0xf2, 0xef, 0xe9); // light land, as the demo's tiles draw it
    view.setTileSource(&tiles);
    view.setView(QGeoCoordinate(10, 10), 5);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_COMPARE(view.grab().toImage().pixelColor(200, 150), QColor(0xf2, 0xef, 0xe9));

    applyColorScheme(ColorScheme::Dark);
    QTRY_VERIFY(view.grab().toImage().pixelColor(200, 150).lightness() < 80);
    applyColorScheme(ColorScheme::System);
    QTRY_COMPARE(view.grab().toImage().pixelColor(200, 150), QColor(0xf2, 0xef, 0xe9));
}

QTEST_MAIN(TestColorScheme)
#include "tst_colorscheme.moc"
