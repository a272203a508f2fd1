#include "app/gazetteer/geonamescities.h"

// GLib's headers name a struct member "signals", which Qt defines as a keyword.
#undef signals
#include <geonames.h>

namespace gig {

namespace {

QString text(const gchar *utf8)
{
    return utf8 ? QString::fromUtf8(utf8) : QString();
}

} // namespace

QList<City> loadGeonamesCities()
{
    const gint count = geonames_get_n_cities();
    QList<City> cities;
    cities.reserve(std::max(count, 0));
    for (gint index = 0; index < count; ++index) {
        g_autoptr(GeonamesCity) found = geonames_get_city(index);
        if (!found)
            continue;
        City city;
        city.name = text(geonames_city_get_name(found));
        city.state = text(geonames_city_get_state(found));
        city.country = text(geonames_city_get_country(found));
        city.countryCode = text(geonames_city_get_country_code(found));
        city.timeZone = text(geonames_city_get_timezone(found));
        city.coordinate
            = QGeoCoordinate(geonames_city_get_latitude(found), geonames_city_get_longitude(found));
        city.population = geonames_city_get_population(found);
        if (!city.name.isEmpty() && city.coordinate.isValid())
            cities.append(std::move(city));
    }
    return cities;
}

} // namespace gig
