#include "app/tiles/tileattribution.h"

#include "models/appsettings.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

QString link(const QString &url, const QString &text)
{
    return u"<a href=\"%1\">%2</a>"_s.arg(url, text.toHtmlEscaped());
}

} // namespace

QString tileAttributionHtml(const AppSettings &settings, bool demo)
{
    QString tiles;
    if (demo)
        tiles = QCoreApplication::translate("gig::TileAttribution", "Map: %1")
                    .arg(link(u"https://www.naturalearthdata.com"_s, u"Natural Earth"_s));
    else if (!settings.tileAttribution.isEmpty())
        tiles = settings.tileAttribution.toHtmlEscaped();
    else
        //: %1 is a link to OpenStreetMap's copyright page.
        tiles = QCoreApplication::translate("gig::TileAttribution", "© %1 contributors")
                    .arg(link(u"https://www.openstreetmap.org/copyright"_s, u"OpenStreetMap"_s));
    const bool mapWritesNames = demo || !settings.tilesShowPlaceNames;
    if (!mapWritesNames)
        return tiles;
    //: The map's credit line: %1 credits the map, %2 is a link to GeoNames.
    return QCoreApplication::translate("gig::TileAttribution", "%1 · Place names: %2")
        .arg(tiles, link(u"https://www.geonames.org"_s, u"GeoNames"_s));
}

} // namespace gig
