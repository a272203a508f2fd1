// The credit line under the map, as its data's licences ask.
#pragma once

#include <QString>

namespace gig {

struct AppSettings;

// Rich text for the map's corner: the tiles' credit (the settings' own text, escaped, or
// OpenStreetMap's), or in the demo the offline basemap's (Natural Earth); then GeoNames' whenever
// the map writes the cities' names itself, i.e. when the tiles carry none.
QString tileAttributionHtml(const AppSettings &settings, bool demo);

} // namespace gig
