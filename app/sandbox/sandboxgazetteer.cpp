#include "app/sandbox/sandboxgazetteer.h"

#include "app/gazetteer/geonamescities.h"

#include <QHash>
#include <QtMath>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

struct CityRow
{
    const char16_t *name;
    const char16_t *country;
    const char *code;
    double lat;
    double lng;
    const char *timeZone;
    int populationThousands;
};

// Coordinates of city centres (rounded), time zones and rough populations of the urban areas.
constexpr CityRow cityRows[] = {
    { u"London", u"United Kingdom", "GB", 51.5074, -0.1278, "Europe/London", 9000 },
    { u"Manchester", u"United Kingdom", "GB", 53.4808, -2.2426, "Europe/London", 2800 },
    { u"Glasgow", u"United Kingdom", "GB", 55.8642, -4.2518, "Europe/London", 1000 },
    { u"Bristol", u"United Kingdom", "GB", 51.4545, -2.5879, "Europe/London", 700 },
    { u"Dublin", u"Ireland", "IE", 53.3498, -6.2603, "Europe/Dublin", 1400 },
    { u"Paris", u"France", "FR", 48.8566, 2.3522, "Europe/Paris", 11000 },
    { u"Lyon", u"France", "FR", 45.7640, 4.8357, "Europe/Paris", 2300 },
    { u"Marseille", u"France", "FR", 43.2965, 5.3698, "Europe/Paris", 1800 },
    { u"Berlin", u"Germany", "DE", 52.5200, 13.4050, "Europe/Berlin", 3700 },
    { u"Hamburg", u"Germany", "DE", 53.5511, 9.9937, "Europe/Berlin", 1900 },
    { u"München", u"Germany", "DE", 48.1351, 11.5820, "Europe/Berlin", 1500 },
    { u"Köln", u"Germany", "DE", 50.9375, 6.9603, "Europe/Berlin", 1100 },
    { u"Leipzig", u"Germany", "DE", 51.3397, 12.3731, "Europe/Berlin", 600 },
    { u"Amsterdam", u"Netherlands", "NL", 52.3676, 4.9041, "Europe/Amsterdam", 1100 },
    { u"Rotterdam", u"Netherlands", "NL", 51.9244, 4.4777, "Europe/Amsterdam", 650 },
    { u"Brussels", u"Belgium", "BE", 50.8503, 4.3517, "Europe/Brussels", 1200 },
    { u"Antwerp", u"Belgium", "BE", 51.2194, 4.4025, "Europe/Brussels", 530 },
    { u"Luxembourg", u"Luxembourg", "LU", 49.6116, 6.1319, "Europe/Luxembourg", 130 },
    { u"Zürich", u"Switzerland", "CH", 47.3769, 8.5417, "Europe/Zurich", 1400 },
    { u"Genève", u"Switzerland", "CH", 46.2044, 6.1432, "Europe/Zurich", 600 },
    { u"Wien", u"Austria", "AT", 48.2082, 16.3738, "Europe/Vienna", 1900 },
    { u"Praha", u"Czechia", "CZ", 50.0755, 14.4378, "Europe/Prague", 1300 },
    { u"Warszawa", u"Poland", "PL", 52.2297, 21.0122, "Europe/Warsaw", 1800 },
    { u"Kraków", u"Poland", "PL", 50.0647, 19.9450, "Europe/Warsaw", 800 },
    { u"Budapest", u"Hungary", "HU", 47.4979, 19.0402, "Europe/Budapest", 1750 },
    { u"København", u"Denmark", "DK", 55.6761, 12.5683, "Europe/Copenhagen", 1350 },
    { u"Stockholm", u"Sweden", "SE", 59.3293, 18.0686, "Europe/Stockholm", 1600 },
    { u"Göteborg", u"Sweden", "SE", 57.7089, 11.9746, "Europe/Stockholm", 600 },
    { u"Oslo", u"Norway", "NO", 59.9139, 10.7522, "Europe/Oslo", 1000 },
    { u"Helsinki", u"Finland", "FI", 60.1699, 24.9384, "Europe/Helsinki", 1300 },
    { u"Reykjavík", u"Iceland", "IS", 64.1466, -21.9426, "Atlantic/Reykjavik", 130 },
    { u"Tallinn", u"Estonia", "EE", 59.4370, 24.7536, "Europe/Tallinn", 450 },
    { u"Riga", u"Latvia", "LV", 56.9496, 24.1052, "Europe/Riga", 620 },
    { u"Vilnius", u"Lithuania", "LT", 54.6872, 25.2797, "Europe/Vilnius", 580 },
    { u"Madrid", u"Spain", "ES", 40.4168, -3.7038, "Europe/Madrid", 6700 },
    { u"Barcelona", u"Spain", "ES", 41.3874, 2.1686, "Europe/Madrid", 5600 },
    { u"Valencia", u"Spain", "ES", 39.4699, -0.3763, "Europe/Madrid", 1600 },
    { u"Sevilla", u"Spain", "ES", 37.3891, -5.9845, "Europe/Madrid", 1300 },
    { u"Lisboa", u"Portugal", "PT", 38.7223, -9.1393, "Europe/Lisbon", 2900 },
    { u"Porto", u"Portugal", "PT", 41.1579, -8.6291, "Europe/Lisbon", 1700 },
    { u"Roma", u"Italy", "IT", 41.9028, 12.4964, "Europe/Rome", 4300 },
    { u"Milano", u"Italy", "IT", 45.4642, 9.1900, "Europe/Rome", 4300 },
    { u"Napoli", u"Italy", "IT", 40.8518, 14.2681, "Europe/Rome", 3100 },
    { u"Bologna", u"Italy", "IT", 44.4949, 11.3426, "Europe/Rome", 1000 },
    { u"Athína", u"Greece", "GR", 37.9838, 23.7275, "Europe/Athens", 3150 },
    { u"Beograd", u"Serbia", "RS", 44.7866, 20.4489, "Europe/Belgrade", 1700 },
    { u"Zagreb", u"Croatia", "HR", 45.8150, 15.9819, "Europe/Zagreb", 800 },
    { u"București", u"Romania", "RO", 44.4268, 26.1025, "Europe/Bucharest", 2100 },
    { u"Sofia", u"Bulgaria", "BG", 42.6977, 23.3219, "Europe/Sofia", 1300 },
    { u"İstanbul", u"Turkey", "TR", 41.0082, 28.9784, "Europe/Istanbul", 15500 },
    { u"Kyiv", u"Ukraine", "UA", 50.4501, 30.5234, "Europe/Kiev", 3000 },
    { u"Москва", u"Russia", "RU", 55.7558, 37.6173, "Europe/Moscow", 12600 },
    { u"Санкт-Петербург", u"Russia", "RU", 59.9311, 30.3609, "Europe/Moscow", 5400 },
    { u"Tel Aviv", u"Israel", "IL", 32.0853, 34.7818, "Asia/Jerusalem", 4000 },
    { u"Dubai", u"United Arab Emirates", "AE", 25.2048, 55.2708, "Asia/Dubai", 3500 },
    { u"القاهرة", u"Egypt", "EG", 30.0444, 31.2357, "Africa/Cairo", 21000 },
    { u"Casablanca", u"Morocco", "MA", 33.5731, -7.5898, "Africa/Casablanca", 3700 },
    { u"Lagos", u"Nigeria", "NG", 6.5244, 3.3792, "Africa/Lagos", 15000 },
    { u"Accra", u"Ghana", "GH", 5.6037, -0.1870, "Africa/Accra", 2500 },
    { u"Nairobi", u"Kenya", "KE", -1.2921, 36.8219, "Africa/Nairobi", 4700 },
    { u"Addis Ababa", u"Ethiopia", "ET", 8.9806, 38.7578, "Africa/Addis_Ababa", 3600 },
    { u"Johannesburg", u"South Africa", "ZA", -26.2041, 28.0473, "Africa/Johannesburg", 5600 },
    { u"Cape Town", u"South Africa", "ZA", -33.9249, 18.4241, "Africa/Johannesburg", 4600 },
    { u"Mumbai", u"India", "IN", 19.0760, 72.8777, "Asia/Kolkata", 20000 },
    { u"Delhi", u"India", "IN", 28.7041, 77.1025, "Asia/Kolkata", 30000 },
    { u"Bengaluru", u"India", "IN", 12.9716, 77.5946, "Asia/Kolkata", 12000 },
    { u"Kolkata", u"India", "IN", 22.5726, 88.3639, "Asia/Kolkata", 15000 },
    { u"Karachi", u"Pakistan", "PK", 24.8607, 67.0011, "Asia/Karachi", 16000 },
    { u"Dhaka", u"Bangladesh", "BD", 23.8103, 90.4125, "Asia/Dhaka", 21000 },
    { u"Bangkok", u"Thailand", "TH", 13.7563, 100.5018, "Asia/Bangkok", 10500 },
    { u"Singapore", u"Singapore", "SG", 1.3521, 103.8198, "Asia/Singapore", 5700 },
    { u"Kuala Lumpur", u"Malaysia", "MY", 3.1390, 101.6869, "Asia/Kuala_Lumpur", 8000 },
    { u"Jakarta", u"Indonesia", "ID", -6.2088, 106.8456, "Asia/Jakarta", 10500 },
    { u"Manila", u"Philippines", "PH", 14.5995, 120.9842, "Asia/Manila", 13500 },
    { u"Hà Nội", u"Vietnam", "VN", 21.0278, 105.8342, "Asia/Bangkok", 8000 },
    { u"Hồ Chí Minh", u"Vietnam", "VN", 10.8231, 106.6297, "Asia/Ho_Chi_Minh", 9000 },
    { u"Hong Kong", u"Hong Kong", "HK", 22.3193, 114.1694, "Asia/Hong_Kong", 7500 },
    { u"台北", u"Taiwan", "TW", 25.0330, 121.5654, "Asia/Taipei", 7000 },
    { u"上海", u"China", "CN", 31.2304, 121.4737, "Asia/Shanghai", 27000 },
    { u"北京", u"China", "CN", 39.9042, 116.4074, "Asia/Shanghai", 21000 },
    { u"Guangzhou", u"China", "CN", 23.1291, 113.2644, "Asia/Shanghai", 13000 },
    { u"Chengdu", u"China", "CN", 30.5728, 104.0668, "Asia/Shanghai", 9000 },
    { u"서울", u"South Korea", "KR", 37.5665, 126.9780, "Asia/Seoul", 9900 },
    { u"Busan", u"South Korea", "KR", 35.1796, 129.0756, "Asia/Seoul", 3400 },
    { u"東京", u"Japan", "JP", 35.6762, 139.6503, "Asia/Tokyo", 37000 },
    { u"大阪", u"Japan", "JP", 34.6937, 135.5023, "Asia/Tokyo", 19000 },
    { u"Nagoya", u"Japan", "JP", 35.1815, 136.9066, "Asia/Tokyo", 9500 },
    { u"Fukuoka", u"Japan", "JP", 33.5904, 130.4017, "Asia/Tokyo", 2500 },
    { u"Sapporo", u"Japan", "JP", 43.0618, 141.3545, "Asia/Tokyo", 2600 },
    { u"Sydney", u"Australia", "AU", -33.8688, 151.2093, "Australia/Sydney", 5300 },
    { u"Melbourne", u"Australia", "AU", -37.8136, 144.9631, "Australia/Melbourne", 5100 },
    { u"Brisbane", u"Australia", "AU", -27.4698, 153.0251, "Australia/Brisbane", 2600 },
    { u"Perth", u"Australia", "AU", -31.9505, 115.8605, "Australia/Perth", 2100 },
    { u"Adelaide", u"Australia", "AU", -34.9285, 138.6007, "Australia/Adelaide", 1400 },
    { u"Auckland", u"New Zealand", "NZ", -36.8485, 174.7633, "Pacific/Auckland", 1700 },
    { u"Wellington", u"New Zealand", "NZ", -41.2865, 174.7762, "Pacific/Auckland", 420 },
    { u"New York", u"United States", "US", 40.7128, -74.0060, "America/New_York", 19000 },
    { u"Los Angeles", u"United States", "US", 34.0522, -118.2437, "America/Los_Angeles", 13000 },
    { u"Chicago", u"United States", "US", 41.8781, -87.6298, "America/Chicago", 9500 },
    { u"Houston", u"United States", "US", 29.7604, -95.3698, "America/Chicago", 7100 },
    { u"Dallas", u"United States", "US", 32.7767, -96.7970, "America/Chicago", 7600 },
    { u"Austin", u"United States", "US", 30.2672, -97.7431, "America/Chicago", 2300 },
    { u"Nashville", u"United States", "US", 36.1627, -86.7816, "America/Chicago", 2000 },
    { u"New Orleans", u"United States", "US", 29.9511, -90.0715, "America/Chicago", 1300 },
    { u"Atlanta", u"United States", "US", 33.7490, -84.3880, "America/New_York", 6100 },
    { u"Miami", u"United States", "US", 25.7617, -80.1918, "America/New_York", 6100 },
    { u"Washington", u"United States", "US", 38.9072, -77.0369, "America/New_York", 6300 },
    { u"Philadelphia", u"United States", "US", 39.9526, -75.1652, "America/New_York", 6200 },
    { u"Boston", u"United States", "US", 42.3601, -71.0589, "America/New_York", 4900 },
    { u"Detroit", u"United States", "US", 42.3314, -83.0458, "America/Detroit", 4300 },
    { u"Minneapolis", u"United States", "US", 44.9778, -93.2650, "America/Chicago", 3700 },
    { u"Denver", u"United States", "US", 39.7392, -104.9903, "America/Denver", 3000 },
    { u"Seattle", u"United States", "US", 47.6062, -122.3321, "America/Los_Angeles", 4000 },
    { u"Portland", u"United States", "US", 45.5152, -122.6784, "America/Los_Angeles", 2500 },
    { u"San Francisco", u"United States", "US", 37.7749, -122.4194, "America/Los_Angeles", 4700 },
    { u"Las Vegas", u"United States", "US", 36.1699, -115.1398, "America/Los_Angeles", 2300 },
    { u"Phoenix", u"United States", "US", 33.4484, -112.0740, "America/Phoenix", 4900 },
    { u"Portland", u"United States", "US", 43.6591, -70.2568, "America/New_York", 550 },
    { u"Anchorage", u"United States", "US", 61.2181, -149.9003, "America/Anchorage", 400 },
    { u"Honolulu", u"United States", "US", 21.3069, -157.8583, "Pacific/Honolulu", 1000 },
    { u"Toronto", u"Canada", "CA", 43.6532, -79.3832, "America/Toronto", 6200 },
    { u"Montréal", u"Canada", "CA", 45.5017, -73.5673, "America/Toronto", 4300 },
    { u"Vancouver", u"Canada", "CA", 49.2827, -123.1207, "America/Vancouver", 2600 },
    { u"Calgary", u"Canada", "CA", 51.0447, -114.0719, "America/Edmonton", 1500 },
    { u"Ciudad de México", u"Mexico", "MX", 19.4326, -99.1332, "America/Mexico_City", 22000 },
    { u"Guadalajara", u"Mexico", "MX", 20.6597, -103.3496, "America/Mexico_City", 5300 },
    { u"Monterrey", u"Mexico", "MX", 25.6866, -100.3161, "America/Monterrey", 5300 },
    { u"La Habana", u"Cuba", "CU", 23.1136, -82.3666, "America/Havana", 2100 },
    { u"Bogotá", u"Colombia", "CO", 4.7110, -74.0721, "America/Bogota", 11000 },
    { u"Medellín", u"Colombia", "CO", 6.2442, -75.5812, "America/Bogota", 4000 },
    { u"Lima", u"Peru", "PE", -12.0464, -77.0428, "America/Lima", 11000 },
    { u"Santiago", u"Chile", "CL", -33.4489, -70.6693, "America/Santiago", 7000 },
    { u"Buenos Aires", u"Argentina", "AR", -34.6037, -58.3816, "America/Argentina/Buenos_Aires",
        15000 },
    { u"Córdoba", u"Argentina", "AR", -31.4201, -64.1888, "America/Argentina/Cordoba", 1500 },
    { u"Montevideo", u"Uruguay", "UY", -34.9011, -56.1645, "America/Montevideo", 1800 },
    { u"São Paulo", u"Brazil", "BR", -23.5505, -46.6333, "America/Sao_Paulo", 22000 },
    { u"Rio de Janeiro", u"Brazil", "BR", -22.9068, -43.1729, "America/Sao_Paulo", 13500 },
    { u"Belo Horizonte", u"Brazil", "BR", -19.9167, -43.9345, "America/Sao_Paulo", 6000 },
    { u"Salvador", u"Brazil", "BR", -12.9777, -38.5016, "America/Bahia", 3900 },
};

QList<SandboxCity> buildCities()
{
    QList<SandboxCity> cities;
    cities.reserve(int(std::size(cityRows)));
    for (const CityRow &row : cityRows) {
        SandboxCity city;
        city.index = int(cities.size());
        city.name = QString::fromUtf16(row.name);
        city.country = QString::fromUtf16(row.country);
        city.countryCode = QString::fromLatin1(row.code);
        city.lat = row.lat;
        city.lng = row.lng;
        city.timeZone = QString::fromLatin1(row.timeZone);
        city.populationThousands = row.populationThousands;
        cities.append(city);
    }
    return cities;
}

// A place's words as the search compares them: folded once, not on every query.
struct FoldedPlace
{
    QString name;
    QString country;
    QString countryCode;
};

FoldedPlace foldedPlace(const SandboxCity &city)
{
    return FoldedPlace { SandboxGazetteer::fold(city.name), SandboxGazetteer::fold(city.country),
        SandboxGazetteer::fold(city.countryCode) };
}

struct Towns
{
    QList<SandboxCity> towns;
    QList<FoldedPlace> folded; // per town
    QHash<int, QList<int>> cells; // latCell * 360 + lngCell → towns, most populous first
};

int cellKey(double lat, double lng)
{
    const int latCell = std::clamp(int(std::floor(lat)) + 90, 0, 179);
    const int lngCell = std::clamp(int(std::floor(lng)) + 180, 0, 359);
    return latCell * 360 + lngCell;
}

Towns buildTowns()
{
    Towns built;
    const QList<City> all = loadGeonamesCities();
    built.towns.reserve(all.size());
    for (const City &city : all) {
        SandboxCity town;
        town.index = int(built.towns.size());
        town.name = city.name;
        town.country = city.country;
        town.countryCode = city.countryCode;
        town.lat = city.coordinate.latitude();
        town.lng = city.coordinate.longitude();
        town.timeZone = city.timeZone;
        town.populationThousands = int(city.population / 1000);
        town.town = true;
        built.folded.append(foldedPlace(town));
        built.cells[cellKey(town.lat, town.lng)].append(town.index);
        built.towns.append(town);
    }
    for (QList<int> &cell : built.cells) {
        std::stable_sort(cell.begin(), cell.end(), [&built](int a, int b) {
            return built.towns[a].populationThousands > built.towns[b].populationThousands;
        });
    }
    return built;
}

const Towns &allTowns()
{
    static const Towns towns = buildTowns();
    return towns;
}

const QList<FoldedPlace> &foldedCities()
{
    static const QList<FoldedPlace> folded = [] {
        QList<FoldedPlace> result;
        for (const SandboxCity &city : SandboxGazetteer::cities())
            result.append(foldedPlace(city));
        return result;
    }();
    return folded;
}

} // namespace

const QList<SandboxCity> &SandboxGazetteer::cities()
{
    static const QList<SandboxCity> all = buildCities();
    return all;
}

const QList<SandboxCity> &SandboxGazetteer::towns()
{
    return allTowns().towns;
}

QList<int> SandboxGazetteer::townsInCell(int latCell, int lngCell)
{
    return allTowns().cells.value(latCell * 360 + lngCell);
}

QString SandboxGazetteer::fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        folded.append(c.toCaseFolded());
    }
    return folded.simplified();
}

QList<SandboxCity> SandboxGazetteer::search(const QString &query, int limit)
{
    const QString wanted = fold(query);
    if (wanted.isEmpty() || limit <= 0)
        return {};
    // Split "Portland, United States" into a name part and an optional country part.
    const qsizetype comma = wanted.indexOf(u',');
    const QString namePart = (comma < 0 ? wanted : wanted.left(comma)).trimmed();
    const QString countryPart = comma < 0 ? QString() : wanted.mid(comma + 1).trimmed();

    struct Hit
    {
        int rank;
        const SandboxCity *city;
    };
    QList<Hit> hits;
    const auto consider = [&](const SandboxCity &city, const FoldedPlace &folded) {
        if (!countryPart.isEmpty() && !folded.country.startsWith(countryPart)
            && folded.countryCode != countryPart)
            return;
        const QString &name = folded.name;
        int rank = -1;
        if (name == namePart)
            rank = 0;
        else if (name.startsWith(namePart))
            rank = 1;
        else if (!namePart.isEmpty() && name.contains(namePart))
            rank = 2;
        if (rank >= 0)
            hits.append({ rank, &city });
    };
    for (qsizetype i = 0; i < cities().size(); ++i)
        consider(cities()[i], foldedCities()[i]);
    const Towns &towns = allTowns();
    for (qsizetype i = 0; i < towns.towns.size(); ++i)
        consider(towns.towns[i], towns.folded[i]);
    std::stable_sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        return a.city->populationThousands > b.city->populationThousands;
    });
    QList<SandboxCity> result;
    for (const Hit &hit : std::as_const(hits)) {
        if (result.size() >= limit)
            break;
        // A town that is one of the metro areas' cities under another spelling is found once.
        const bool again = std::any_of(result.cbegin(), result.cend(), [&hit](const auto &found) {
            return distanceKm(found.lat, found.lng, hit.city->lat, hit.city->lng) < 10.0;
        });
        if (!again)
            result.append(*hit.city);
    }
    return result;
}

double SandboxGazetteer::distanceKm(double lat1, double lng1, double lat2, double lng2)
{
    constexpr double earthRadiusKm = 6371.0088;
    const double phi1 = qDegreesToRadians(lat1);
    const double phi2 = qDegreesToRadians(lat2);
    const double dPhi = phi2 - phi1;
    const double dLambda = qDegreesToRadians(lng2 - lng1);
    const double a = std::sin(dPhi / 2) * std::sin(dPhi / 2)
        + std::cos(phi1) * std::cos(phi2) * std::sin(dLambda / 2) * std::sin(dLambda / 2);
    return 2 * earthRadiusKm * std::asin(std::min(1.0, std::sqrt(a)));
}

const SandboxCity *SandboxGazetteer::nearest(double lat, double lng, double maxKm)
{
    const SandboxCity *best = nullptr;
    double bestKm = maxKm;
    for (const SandboxCity &city : cities()) {
        const double km = distanceKm(lat, lng, city.lat, city.lng);
        if (km <= bestKm) {
            bestKm = km;
            best = &city;
        }
    }
    return best;
}

} // namespace gig
