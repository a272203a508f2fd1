#include "app/sandbox/sandboxworld.h"

#include "app/sandbox/sandboxgazetteer.h"
#include "app/sandbox/sandboxrandom.h"

#include <QLocale>
#include <QMutexLocker>
#include <QTimeZone>
#include <QtMath>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

// The money of a country ("DE": "EUR"), as Qt's locale data has it; US dollars when unknown.
QString currencyOf(const QString &countryCode)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(countryCode);
    if (territory == QLocale::AnyTerritory)
        return u"USD"_s;
    const QList<QLocale> locales
        = QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, territory);
    const QString code = locales.isEmpty()
        ? QString()
        : locales.constFirst().currencySymbol(QLocale::CurrencyIsoCode);
    return code.isEmpty() ? u"USD"_s : code;
}

// Tags keep the random streams of different kinds of things apart.
enum Tag : quint64 {
    ArtistTag = 1,
    MbidTag,
    MbidCountTag,
    MetroTag,
    VenueTag,
    DayTag,
    GigTag,
    RegionTag,
    ReleaseTag,
    ReleaseCountTag,
    NameTag,
    BillingTag,
    SharedCreditTag,
};

const char16_t *const adjectives[] = {
    u"Silver",
    u"Electric",
    u"Velvet",
    u"Hollow",
    u"Golden",
    u"Midnight",
    u"Crimson",
    u"Quiet",
    u"Wild",
    u"Paper",
    u"Broken",
    u"Neon",
    u"Lonely",
    u"Burning",
    u"Frozen",
    u"Northern",
    u"Sunken",
    u"Secret",
    u"Glass",
    u"Iron",
    u"Radiant",
    u"Restless",
    u"Distant",
    u"Bitter",
};
const char16_t *const nouns[] = {
    u"Wolves",
    u"Harbours",
    u"Lanterns",
    u"Machines",
    u"Tides",
    u"Pilots",
    u"Gardens",
    u"Echoes",
    u"Comets",
    u"Saints",
    u"Rivers",
    u"Ghosts",
    u"Engines",
    u"Satellites",
    u"Horses",
    u"Mirrors",
    u"Parades",
    u"Foxes",
    u"Orchards",
    u"Signals",
    u"Cathedrals",
    u"Swallows",
    u"Tigers",
    u"Waves",
};
const char16_t *const firstNames[] = {
    u"Ada",
    u"Jonas",
    u"Mira",
    u"Theo",
    u"Lena",
    u"Oscar",
    u"Nina",
    u"Felix",
    u"Ines",
    u"Hugo",
    u"Zoë",
    u"Rafael",
    u"Amara",
    u"Kofi",
    u"Yuki",
    u"Priya",
    u"Mateo",
    u"Sofía",
    u"Björn",
    u"Chloé",
};
const char16_t *const lastNames[] = {
    u"Marsh",
    u"Okafor",
    u"Lindqvist",
    u"Moreau",
    u"Castillo",
    u"Nakamura",
    u"Brennan",
    u"Kowalski",
    u"Haddad",
    u"Fischer",
    u"O'Neill",
    u"Dubois",
    u"Silva",
    u"Novak",
    u"Mbeki",
    u"Whitfield",
};
// Names in other scripts, so clients and exports meet more than Latin letters.
const char16_t *const foreignNames[] = {
    u"Кино",
    u"Звёздный Путь",
    u"ゆらゆら帝国",
    u"少年ナイフ",
    u"Λευκή Σιωπή",
    u"새벽의 노래",
    u"فرقة النور",
    u"שקט גדול",
    u"ท้องฟ้า",
    u"北京之夏",
    u"Город 312",
    u"東京事変",
};
// Names that turn into formulas in spreadsheets when exported carelessly.
const char16_t *const formulaNames[] = {
    u"=SUM(1+1)",
    u"+44 Lights",
    u"-Minus-",
    u"@handle",
    u"=cmd|' /C calc'!A0",
    u"+Plus+",
};
const char16_t *const venueWords[] = {
    u"Hall",
    u"Club",
    u"Arena",
    u"Theatre",
    u"Ballroom",
    u"Lounge",
    u"Warehouse",
    u"Palace",
    u"Cellar",
    u"Room",
    u"Garage",
    u"Pavilion",
};
const char16_t *const titleWords[] = {
    u"Light",
    u"Shadows",
    u"Home",
    u"Nowhere",
    u"Summer",
    u"Static",
    u"Gravity",
    u"Blue",
    u"Ashes",
    u"Fever",
    u"Harvest",
    u"Ocean",
    u"Maps",
    u"Silence",
    u"Halo",
    u"Dust",
    u"Heat",
    u"Roads",
};
const char16_t *const townSyllables[] = {
    u"Var",
    u"nol",
    u"hem",
    u"sta",
    u"dor",
    u"ri",
    u"ka",
    u"mund",
    u"vik",
    u"lo",
    u"ben",
    u"tor",
};

template<size_t N> QString pick(SandboxRandom &random, const char16_t *const (&words)[N])
{
    return QString::fromUtf16(words[random.below(N)]);
}

QString artistName(quint64 seed, int index)
{
    SandboxRandom random({ seed, NameTag, quint64(index) });
    if (index % 13 == 2)
        return pick(random, foreignNames);
    if (index % 31 == 11)
        return pick(random, formulaNames);
    if (index % 17 == 3)
        return pick(random, adjectives) + u", "_s + pick(random, nouns) + u" & "_s
            + pick(random, nouns);
    if (index % 17 == 5)
        return u"The \""_s + pick(random, adjectives) + u"\" "_s + pick(random, nouns);
    if (index % 29 == 7)
        return pick(random, adjectives) + u"\n"_s + pick(random, nouns);
    switch (random.below(4)) {
    case 0:
        return u"The "_s + pick(random, adjectives) + u' ' + pick(random, nouns);
    case 1:
        return pick(random, firstNames) + u' ' + pick(random, lastNames);
    case 2:
        return pick(random, adjectives) + u' ' + pick(random, nouns);
    default:
        return pick(random, firstNames) + u" & the "_s + pick(random, nouns);
    }
}

QString townName(SandboxRandom &random)
{
    QString name;
    const int parts = random.between(2, 3);
    for (int i = 0; i < parts; ++i)
        name += pick(random, townSyllables);
    name = name.toLower();
    name[0] = name[0].toUpper();
    return name;
}

QString base62(quint64 value, int length)
{
    static constexpr char digits[]
        = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    QString text;
    for (int i = 0; i < length; ++i) {
        text.append(QLatin1Char(digits[value % 62]));
        value /= 62;
    }
    return text;
}

constexpr qint64 cityMetroBase = 24000;
constexpr qint64 cityMetroStep = 7;
constexpr qint64 gridMetroBase = 1000000;

qint64 epochHour(const QDateTime &now)
{
    return now.toSecsSinceEpoch() / 3600;
}

} // namespace

QString sandboxGigStatusName(SandboxGigStatus status)
{
    switch (status) {
    case SandboxGigStatus::Ok:
        return u"ok"_s;
    case SandboxGigStatus::Cancelled:
        return u"cancelled"_s;
    case SandboxGigStatus::Postponed:
        return u"postponed"_s;
    case SandboxGigStatus::Rescheduled:
        return u"rescheduled"_s;
    }
    return u"ok"_s;
}

SandboxWorld::SandboxWorld(quint64 seed)
    : m_seed(seed)
{ }

void SandboxWorld::ensureArtists() const
{
    std::call_once(m_artistsBuilt, [this] {
        m_artists.reserve(artistPoolSize);
        m_foldedNames.reserve(artistPoolSize);
        for (int index = 0; index < artistPoolSize; ++index) {
            m_artists.append(makeArtist(index));
            m_foldedNames.append(SandboxGazetteer::fold(m_artists.constLast().name));
            const QStringList &mbids = m_artists.constLast().mbids;
            for (int slot = 0; slot < mbids.size(); ++slot)
                m_mbidIndex.insert(mbids.at(slot), index * 4 + slot);
        }
    });
}

SandboxArtist SandboxWorld::artist(int index) const
{
    if (index < 0 || index >= artistPoolSize)
        return {};
    ensureArtists();
    return m_artists.at(index);
}

SandboxArtist SandboxWorld::makeArtist(int index) const
{
    SandboxArtist artist;
    if (index < 0 || index >= artistPoolSize)
        return artist;
    artist.index = index;
    artist.name = artistName(m_seed, index);
    SandboxRandom random({ m_seed, MbidCountTag, quint64(index) });
    const double roll = random.unit();
    const int mbidCount = roll < 0.12 ? 0 : (roll < 0.16 ? 2 : 1);
    for (int slot = 0; slot < mbidCount; ++slot)
        artist.mbids.append(
            SandboxRandom::uuid({ m_seed, MbidTag, quint64(index), quint64(slot) }));
    artist.songkickId = 100000 + index * 13 + qint64(m_seed % 7);
    artist.ticketmasterId
        = u"K8vZ9"_s + base62(SandboxRandom::hash({ m_seed, ArtistTag, quint64(index) }), 5);
    return artist;
}

std::optional<std::pair<int, int>> SandboxWorld::artistByMbid(const QString &mbid) const
{
    ensureArtists();
    const auto found = m_mbidIndex.constFind(mbid.toLower());
    if (found == m_mbidIndex.constEnd())
        return std::nullopt;
    return std::pair { *found / 4, *found % 4 };
}

QList<SandboxWorld::ArtistHit> SandboxWorld::searchArtists(const QString &query, int limit) const
{
    const QString wanted = SandboxGazetteer::fold(query);
    QList<ArtistHit> hits;
    if (wanted.isEmpty())
        return hits;
    ensureArtists();
    int namesakes = 0; // hits so far with exactly the name
    for (int index = 0; index < artistPoolSize; ++index) {
        const SandboxArtist &candidate = m_artists.at(index);
        if (candidate.mbids.isEmpty())
            continue;
        const QString &name = m_foldedNames.at(index);
        if (name == wanted) {
            // Each MBID is its own artist: the first scores 100, its namesakes less.
            for (int slot = 0; slot < candidate.mbids.size(); ++slot, ++namesakes)
                hits.append({ index, slot, std::max(80, 100 - 4 * namesakes) });
            continue;
        }
        int score = 0;
        if (name.startsWith(wanted))
            score = 60 + int(35.0 * double(wanted.size()) / double(name.size()));
        else if (name.contains(wanted))
            score = 30 + int(30.0 * double(wanted.size()) / double(name.size()));
        if (score == 0)
            continue;
        for (int slot = 0; slot < candidate.mbids.size(); ++slot)
            hits.append({ index, slot, score });
    }
    std::stable_sort(hits.begin(), hits.end(),
        [](const ArtistHit &a, const ArtistHit &b) { return a.score > b.score; });
    if (hits.size() > limit)
        hits.resize(limit);
    return hits;
}

SandboxMetro SandboxWorld::cityMetro(int cityIndex) const
{
    const SandboxCity &city = SandboxGazetteer::cities().at(cityIndex);
    SandboxMetro metro;
    metro.id = cityMetroBase + qint64(cityIndex) * cityMetroStep;
    metro.name = city.name;
    metro.country = city.country;
    metro.countryCode = city.countryCode;
    metro.currency = currencyOf(city.countryCode);
    metro.lat = city.lat;
    metro.lng = city.lng;
    metro.timeZone = city.timeZone;
    metro.cityIndex = cityIndex;
    SandboxRandom random({ m_seed, MetroTag, quint64(metro.id) });
    metro.gigTarget = std::min(400, 30 + city.populationThousands / 40 + random.between(0, 40));
    return metro;
}

SandboxMetro SandboxWorld::gridMetro(int latCell, int lngCell) const
{
    SandboxMetro metro;
    metro.id = gridMetroBase + qint64(latCell) * 360 + lngCell;
    metro.lat = latCell - 90 + 0.5;
    metro.lng = lngCell - 180 + 0.5;
    // Towns of the gazetteer in the cell: the area is named after the largest, and each town has
    // gigs, so any city a person searches shows some.
    const QList<int> towns = SandboxGazetteer::townsInCell(latCell, lngCell);
    if (!towns.isEmpty()) {
        const SandboxCity &largest = SandboxGazetteer::towns().at(towns.constFirst());
        metro.name = largest.name;
        metro.country = largest.country;
        metro.countryCode = largest.countryCode;
        metro.currency = currencyOf(largest.countryCode);
        metro.timeZone = largest.timeZone;
        int target = 0;
        for (int town : towns)
            target += 4 + SandboxGazetteer::towns().at(town).populationThousands / 25;
        metro.gigTarget = std::min(150, target);
        return metro;
    }
    SandboxRandom random({ m_seed, MetroTag, quint64(metro.id) });
    metro.name = townName(random);
    metro.country = u"Sandbox"_s;
    metro.countryCode = u"XX"_s;
    metro.currency = u"USD"_s;
    const int offsetHours = int(std::lround(metro.lng / 15.0));
    metro.timeZone = offsetHours == 0
        ? u"Etc/GMT"_s
        : u"Etc/GMT%1%2"_s.arg(QChar(offsetHours > 0 ? u'-' : u'+')).arg(std::abs(offsetHours));
    metro.gigTarget = random.chance(0.3) ? 0 : random.between(1, 25);
    return metro;
}

SandboxMetro SandboxWorld::metroAt(double lat, double lng) const
{
    if (const SandboxCity *city = SandboxGazetteer::nearest(lat, lng, cityClusterKm))
        return cityMetro(city->index);
    const int latCell = std::clamp(int(std::floor(lat)) + 90, 0, 179);
    const double wrapped = lng - 360.0 * std::floor((lng + 180.0) / 360.0);
    const int lngCell = std::clamp(int(std::floor(wrapped)) + 180, 0, 359);
    return gridMetro(latCell, lngCell);
}

std::optional<SandboxMetro> SandboxWorld::metroById(qint64 id) const
{
    if (id >= gridMetroBase && id < gridMetroBase + 180 * 360)
        return gridMetro(int((id - gridMetroBase) / 360), int((id - gridMetroBase) % 360));
    if (id >= cityMetroBase && (id - cityMetroBase) % cityMetroStep == 0) {
        const qint64 index = (id - cityMetroBase) / cityMetroStep;
        if (index < SandboxGazetteer::cities().size())
            return cityMetro(int(index));
    }
    return std::nullopt;
}

QList<SandboxMetro> SandboxWorld::metrosNear(double lat, double lng, double radiusKm) const
{
    radiusKm = std::clamp(radiusKm, 0.0, maxSearchRadiusKm);
    QList<SandboxMetro> metros;
    for (const SandboxCity &city : SandboxGazetteer::cities()) {
        if (SandboxGazetteer::distanceKm(lat, lng, city.lat, city.lng) <= radiusKm + cityClusterKm)
            metros.append(cityMetro(city.index));
    }
    const double latSpan = radiusKm / 111.0 + 1.0;
    const double cosLat = std::max(0.05, std::cos(qDegreesToRadians(std::clamp(lat, -89.0, 89.0))));
    const double lngSpan = std::min(180.0, radiusKm / (111.0 * cosLat) + 1.0);
    const int latFrom = std::max(0, int(std::floor(lat - latSpan)) + 90);
    const int latTo = std::min(179, int(std::floor(lat + latSpan)) + 90);
    const int lngFrom = int(std::floor(lng - lngSpan));
    const int lngTo = int(std::floor(lng + lngSpan));
    QList<int> seenLng;
    for (int latCell = latFrom; latCell <= latTo; ++latCell) {
        seenLng.clear();
        for (int lngDegree = lngFrom; lngDegree <= lngTo; ++lngDegree) {
            const int lngCell = ((lngDegree + 180) % 360 + 360) % 360;
            if (seenLng.contains(lngCell))
                continue;
            seenLng.append(lngCell);
            metros.append(gridMetro(latCell, lngCell));
        }
    }
    return metros;
}

QList<SandboxVenue> SandboxWorld::venuesOf(const SandboxMetro &metro) const
{
    SandboxRandom random({ m_seed, VenueTag, quint64(metro.id) });
    QList<SandboxVenue> venues;
    const bool city = metro.cityIndex >= 0;
    // A cell of the grid with gazetteer towns: venues in each town (two in the largest ones).
    QList<int> towns;
    if (!city && metro.id >= gridMetroBase) {
        const qint64 cell = metro.id - gridMetroBase;
        towns = SandboxGazetteer::townsInCell(int(cell / 360), int(cell % 360));
    }
    const int count = city ? std::min(40, 6 + metro.gigTarget / 12)
        : !towns.isEmpty()
        ? int(std::min<qsizetype>(40, towns.size() + std::min<qsizetype>(towns.size(), 5)))
        : random.between(1, 5);
    for (int i = 0; i < count; ++i) {
        SandboxRandom venueRandom({ m_seed, VenueTag, quint64(metro.id), quint64(i) });
        SandboxVenue venue;
        venue.id = 500000 + metro.id * 50 + i;
        venue.ticketmasterId = u"KovZpZA"_s
            + base62(SandboxRandom::hash({ m_seed, VenueTag, quint64(venue.id) }), 5);
        bool placed = false;
        for (int attempt = 0; attempt < 8 && !placed; ++attempt) {
            if (city) {
                const double distance = 15.0 * std::sqrt(venueRandom.unit());
                const double bearing = 2 * M_PI * venueRandom.unit();
                venue.lat = metro.lat + distance / 111.0 * std::cos(bearing);
                venue.lng = metro.lng
                    + distance / (111.0 * std::max(0.05, std::cos(qDegreesToRadians(metro.lat))))
                        * std::sin(bearing);
            } else if (!towns.isEmpty()) {
                const SandboxCity &town = SandboxGazetteer::towns().at(towns.at(i % towns.size()));
                const double distance = 6.0 * std::sqrt(venueRandom.unit());
                const double bearing = 2 * M_PI * venueRandom.unit();
                venue.lat = town.lat + distance / 111.0 * std::cos(bearing);
                venue.lng = town.lng
                    + distance / (111.0 * std::max(0.05, std::cos(qDegreesToRadians(town.lat))))
                        * std::sin(bearing);
            } else {
                venue.lat = metro.lat - 0.5 + venueRandom.unit();
                venue.lng = metro.lng - 0.5 + venueRandom.unit();
            }
            // Every venue maps back to its own metro area.
            placed = metroAt(venue.lat, venue.lng).id == metro.id;
        }
        if (!placed)
            continue;
        const QString word = pick(venueRandom, venueWords);
        switch (venueRandom.below(6)) {
        case 0:
            venue.name
                = (towns.isEmpty() ? metro.name
                                   : SandboxGazetteer::towns().at(towns.at(i % towns.size())).name)
                + u' ' + word;
            break;
        case 1:
            venue.name = u"The "_s + pick(venueRandom, adjectives) + u' ' + word;
            break;
        case 2:
            venue.name = pick(venueRandom, titleWords) + u", Bar & "_s + word; // a comma in a name
            break;
        case 3:
            venue.name = u"Club \""_s + pick(venueRandom, titleWords) + u'"';
            break;
        default:
            venue.name = pick(venueRandom, lastNames) + u' ' + word;
            break;
        }
        venue.coordinatesPublished = !venueRandom.chance(0.08);
        venue.address
            = u"%1 %2 Street"_s.arg(venueRandom.between(1, 240)).arg(pick(venueRandom, titleWords));
        venue.postalCode = QString::number(venueRandom.between(10000, 99999));
        venues.append(venue);
    }
    return venues;
}

QList<SandboxGig> SandboxWorld::generateGigs(const SandboxMetro &metro, const QDateTime &now) const
{
    QList<SandboxGig> gigs;
    const QList<SandboxVenue> venues = venuesOf(metro);
    if (venues.isEmpty())
        return gigs;
    QTimeZone zone(metro.timeZone.toLatin1());
    if (!zone.isValid())
        zone = QTimeZone(int(std::lround(metro.lng / 15.0)) * 3600);
    const QDate today = now.toTimeZone(zone).date();
    const qint64 nowHour = epochHour(now);
    const qint64 firstDay = today.toJulianDay();
    // A region of 8°×8° shares a pool of local artists, so nearby places share artists.
    const quint64 region = quint64(std::floor(metro.lat / 8.0) + 20) * 100
        + quint64(std::floor(metro.lng / 8.0) + 30);
    const double perDay = metro.gigTarget / double(horizonDays);
    auto drawArtist = [&](SandboxRandom &random) {
        if (random.chance(0.3))
            return int(random.below(touringArtists));
        const quint64 slot = random.below(400);
        return int(touringArtists
            + SandboxRandom::hash({ m_seed, RegionTag, region, slot })
                % (artistPoolSize - touringArtists));
    };

    for (qint64 day = firstDay; day < firstDay + horizonDays; ++day) {
        SandboxRandom dayRandom({ m_seed, DayTag, quint64(metro.id), quint64(day) });
        const double expected = perDay * (0.4 + 1.2 * dayRandom.unit());
        int count = int(expected) + (dayRandom.chance(expected - std::floor(expected)) ? 1 : 0);
        // A few festivals a season in cities, now and then elsewhere.
        const bool festivalDay
            = dayRandom.chance(metro.cityIndex >= 0 ? 0.025 : 0.002) && metro.gigTarget > 0;
        if (festivalDay)
            ++count;
        for (int slot = 0; slot < count; ++slot) {
            SandboxRandom random(
                { m_seed, GigTag, quint64(metro.id), quint64(day), quint64(slot) });
            SandboxGig gig;
            gig.festival = festivalDay && slot == count - 1;
            // Announced 20–120 days ahead; later gigs appear as time goes by.
            const int leadDays = random.between(20, 120);
            gig.announcedHour = (day - 2440588 - leadDays) * 24 + random.between(0, 23);
            if (nowHour < gig.announcedHour)
                continue;
            gig.id = 30000000
                + qint64(SandboxRandom::hash(
                             { m_seed, GigTag, quint64(metro.id), quint64(day), quint64(slot) })
                    % 900000000);
            gig.ticketmasterId = u"vvG1"_s + base62(quint64(gig.id) * 2654435761ULL + m_seed, 10);
            gig.metroId = metro.id;
            gig.date = QDate::fromJulianDay(day);
            gig.endDate = gig.date;
            gig.venue = venues.at(int(random.below(quint64(venues.size()))));
            if (gig.festival) {
                gig.time = QTime(random.between(12, 16), 0);
                gig.endDate = gig.date.addDays(random.between(0, 3));
            } else if (!random.chance(0.1)) {
                gig.time = QTime(random.between(18, 21), random.chance(0.5) ? 30 : 0);
            }
            const QDateTime local(gig.date, gig.time.value_or(QTime(12, 0)), zone);
            gig.utcOffsetSeconds = local.offsetFromUtc();

            const int lineupSize = gig.festival ? random.between(15, 60) : random.between(1, 4);
            for (int attempt = 0; gig.lineup.size() < lineupSize && attempt < lineupSize * 4;
                 ++attempt) {
                const int index = drawArtist(random);
                if (!gig.lineup.contains(index))
                    gig.lineup.append(index);
            }
            // Some bills have two headliners (festivals three), as Songkick's billing says.
            SandboxRandom billing({ m_seed, BillingTag, quint64(gig.id) });
            gig.headliners = gig.festival                      ? std::min(3, int(gig.lineup.size()))
                : gig.lineup.size() > 1 && billing.chance(0.3) ? 2
                                                               : 1;
            const QString headliner = artistName(m_seed, gig.lineup.constFirst());
            if (gig.festival) {
                gig.name = pick(random, titleWords) + u' ' + pick(random, nouns) + u" Festival "_s
                    + QString::number(gig.date.year());
            } else if (gig.lineup.size() > 1) {
                gig.name = headliner + u" with "_s + artistName(m_seed, gig.lineup.at(1));
            } else {
                gig.name = headliner;
            }

            const double statusRoll = random.unit();
            if (statusRoll < 0.02)
                gig.status = SandboxGigStatus::Cancelled;
            else if (statusRoll < 0.05)
                gig.status = SandboxGigStatus::Postponed;
            else if (statusRoll < 0.07)
                gig.status = SandboxGigStatus::Rescheduled;
            // Some gigs get cancelled later, after they were announced.
            if (gig.status == SandboxGigStatus::Ok && random.chance(0.1)) {
                const qint64 cancelHour
                    = gig.announcedHour + random.between(24, std::max(25, leadDays * 24));
                if (nowHour >= cancelHour)
                    gig.status = SandboxGigStatus::Cancelled;
            }
            const double coverage = random.unit();
            gig.onSongkick = coverage < 0.9;
            gig.onTicketmaster = coverage > 0.25;
            // A fifth on SeatGeek and not on Ticketmaster, three tenths on both.
            gig.onSeatGeek = coverage < 0.2 || (coverage > 0.5 && coverage < 0.8);
            gigs.append(gig);
        }
    }
    std::stable_sort(gigs.begin(), gigs.end(), [](const SandboxGig &a, const SandboxGig &b) {
        const auto key = [](const SandboxGig &gig) {
            return std::tuple(gig.date, gig.time.value_or(QTime(0, 0)), gig.id);
        };
        return key(a) < key(b);
    });
    return gigs;
}

QList<SandboxGig> SandboxWorld::gigsOf(const SandboxMetro &metro, const QDateTime &now) const
{
    // The gigs change with the hour (announcements, cancellations), so the hour is in the key.
    const QString key = QString::number(metro.id) + u':' + QString::number(epochHour(now));
    {
        QMutexLocker locker(&m_mutex);
        const auto found = m_gigCache.constFind(key);
        if (found != m_gigCache.constEnd())
            return *found;
    }
    const QList<SandboxGig> gigs = generateGigs(metro, now);
    QMutexLocker locker(&m_mutex);
    if (m_gigCache.size() > 512)
        m_gigCache.clear();
    m_gigCache.insert(key, gigs);
    return gigs;
}

QList<SandboxGig> SandboxWorld::gigsNear(
    double lat, double lng, double radiusKm, const QDateTime &now) const
{
    radiusKm = std::clamp(radiusKm, 0.0, maxSearchRadiusKm);
    QList<SandboxGig> gigs;
    for (const SandboxMetro &metro : metrosNear(lat, lng, radiusKm)) {
        for (const SandboxGig &gig : gigsOf(metro, now)) {
            if (SandboxGazetteer::distanceKm(lat, lng, gig.venue.lat, gig.venue.lng) <= radiusKm)
                gigs.append(gig);
        }
    }
    std::stable_sort(gigs.begin(), gigs.end(), [](const SandboxGig &a, const SandboxGig &b) {
        const auto key = [](const SandboxGig &gig) {
            return std::tuple(gig.date.toJulianDay() * 86400
                    + gig.time.value_or(QTime(0, 0)).msecsSinceStartOfDay() / 1000
                    - gig.utcOffsetSeconds,
                gig.id);
        };
        return key(a) < key(b);
    });
    return gigs;
}

int SandboxWorld::creditPartner(int artistIndex) const
{
    const int partner = artistIndex ^ 1;
    if (artistIndex < 0 || partner >= artistPoolSize || artist(artistIndex).mbids.isEmpty()
        || artist(partner).mbids.isEmpty())
        return -1;
    return partner;
}

QList<SandboxReleaseGroup> SandboxWorld::releaseGroups(
    int artistIndex, int mbidSlot, QDate today) const
{
    QList<SandboxReleaseGroup> groups = ownReleaseGroups(artistIndex, mbidSlot, today);
    const int partner = mbidSlot == 0 ? creditPartner(artistIndex) : -1;
    if (partner < 0)
        return groups;
    const std::pair<int, int> self { artistIndex, 0 };
    for (const SandboxReleaseGroup &group : ownReleaseGroups(partner, 0, today)) {
        if (group.credits.contains(self))
            groups.append(group);
    }
    return groups;
}

QList<SandboxReleaseGroup> SandboxWorld::ownReleaseGroups(
    int artistIndex, int mbidSlot, QDate today) const
{
    const int partner = mbidSlot == 0 ? creditPartner(artistIndex) : -1;
    QList<SandboxReleaseGroup> groups;
    SandboxRandom countRandom({ m_seed, ReleaseCountTag, quint64(artistIndex), quint64(mbidSlot) });
    const double roll = countRandom.unit();
    const int count = roll < 0.04
        ? 0
        : (roll < 0.12 ? countRandom.between(101, 180) : countRandom.between(1, 40));
    static const QStringList secondaries
        = { u"Compilation"_s, u"Live"_s, u"Remix"_s, u"Soundtrack"_s, u"DJ-mix"_s, u"Demo"_s };
    for (int k = 0; k < count; ++k) {
        SandboxRandom random(
            { m_seed, ReleaseTag, quint64(artistIndex), quint64(mbidSlot), quint64(k) });
        SandboxReleaseGroup group;
        group.id = SandboxRandom::uuid(
            { m_seed, ReleaseTag, quint64(artistIndex), quint64(mbidSlot), quint64(k) });
        const double typeRoll = random.unit();
        group.primaryType = typeRoll < 0.35 ? u"Album"_s
            : typeRoll < 0.75               ? u"Single"_s
            : typeRoll < 0.90               ? u"EP"_s
            : typeRoll < 0.95               ? u"Other"_s
            : typeRoll < 0.98               ? u"Broadcast"_s
                                            : QString();
        if (random.chance(0.15))
            group.secondaryTypes.append(
                secondaries.at(int(random.below(quint64(secondaries.size())))));
        if (random.chance(0.03))
            group.secondaryTypes.append(u"Live"_s);
        group.credits.append({ artistIndex, mbidSlot });
        // Its own stream, so that the rest of the group stays as it was before credits were shared.
        if (partner >= 0
            && SandboxRandom({ m_seed, SharedCreditTag, quint64(artistIndex), quint64(k) })
                   .chance(0.08))
            group.credits.append({ partner, 0 });
        group.title = pick(random, titleWords);
        if (random.chance(0.5))
            group.title += u' ' + pick(random, titleWords);
        if (random.chance(0.05))
            group.title
                = u"\"" + group.title + u"\", Vol. "_s + QString::number(random.between(1, 3));
        if (random.chance(0.04))
            group.title = pick(random, foreignNames);

        if (k > 0 && random.chance(0.1)) {
            group.firstReleaseDate = groups.constLast().firstReleaseDate; // a tie
        } else {
            const double dateRoll = random.unit();
            QDate date;
            if (dateRoll < 0.05)
                date = today.addDays(random.between(10, 300)); // announced, not out yet
            else
                date = QDate(random.between(1975, today.year()), random.between(1, 12),
                    random.between(1, 28));
            if (date > today && dateRoll >= 0.05)
                date = today.addDays(-random.between(1, 200));
            const double precisionRoll = random.unit();
            if (precisionRoll < 0.08)
                group.firstReleaseDate = QString();
            else if (precisionRoll < 0.2)
                group.firstReleaseDate = date.toString(u"yyyy"_s);
            else if (precisionRoll < 0.3)
                group.firstReleaseDate = date.toString(u"yyyy-MM"_s);
            else
                group.firstReleaseDate = date.toString(Qt::ISODate);
        }
        groups.append(group);
    }
    return groups;
}

} // namespace gig
