#include "models/gigmerge.h"

#include "models/textfold.h"

#include <QHash>
#include <QSet>
#include <QVarLengthArray>
#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

using namespace Qt::StringLiterals;

namespace gig {

QString normalizedGigName(const QString &name)
{
    // Plain ASCII needs no decomposition: lower case is its case fold (most names, and the
    // merge reads thousands of them).
    const bool ascii
        = std::all_of(name.cbegin(), name.cend(), [](QChar c) { return c.unicode() < 0x80; });
    QString folded = (ascii ? name.toLower() : foldForSearch(name)).trimmed();
    // A trailing ", The" (a catalogue's "Beatles, The"), then a leading "The " ("The The" keeps
    // its second word: only a "the" followed by more letters or digits goes).
    static constexpr QStringView trailingThe = u"the";
    if (folded.endsWith(trailingThe)) {
        qsizetype end = folded.size() - trailingThe.size();
        while (end > 0 && folded.at(end - 1).isSpace())
            --end;
        if (end > 0 && folded.at(end - 1) == u',')
            folded.truncate(end - 1);
    }
    if (folded.startsWith(u"the") && folded.size() > 3 && !folded.at(3).isLetterOrNumber()) {
        const bool more = std::any_of(
            folded.cbegin() + 4, folded.cend(), [](QChar c) { return c.isLetterOrNumber(); });
        if (more)
            folded.remove(0, 3);
    }
    QString key;
    key.reserve(folded.size());
    for (const QChar c : std::as_const(folded)) {
        if (c.isLetterOrNumber())
            key.append(c);
    }
    if (!key.isEmpty())
        return key;
    // "!!!": no letter or digit, so its punctuation is all there is to compare.
    for (const QChar c : std::as_const(folded)) {
        if (!c.isSpace())
            key.append(c);
    }
    return key;
}

QStringList MergedGig::eventIds() const
{
    QStringList ids;
    ids.reserve(listings.size());
    for (const GigListing &listing : listings)
        ids.append(listing.eventId);
    return ids;
}

namespace {

constexpr double earthRadiusMetres = 6'371'008.8; // the mean radius
constexpr double degree = std::numbers::pi / 180.0;
// A latitude difference of this many degrees is at least namedVenueMetres apart (with a margin
// for rounding: the window only saves work, the distance decides).
constexpr double latitudeWindow
    = GigMergeRule::namedVenueMetres / (earthRadiusMetres * degree) * (1 + 1e-9);
constexpr int untimedGap = GigMergeRule::maxStartGapSeconds + 1; // ranks after every timed match
constexpr double unknownDistance = std::numeric_limits<double>::infinity();

// Great-circle distance (haversine). Written out rather than QGeoCoordinate::distanceTo() so that
// it is exactly symmetric: the merge must not depend on which of two events comes first.
double distanceMetres(double lat1, double lon1, double lat2, double lon2)
{
    const double dLat = std::sin((lat2 - lat1) * degree / 2);
    const double dLon = std::sin((lon2 - lon1) * degree / 2);
    const double h = dLat * dLat + std::cos(lat1 * degree) * std::cos(lat2 * degree) * dLon * dLon;
    return 2 * earthRadiusMetres * std::asin(std::sqrt(std::min(1.0, h)));
}

// An event as the rule reads it, computed once.
struct Listing
{
    const Event *event = nullptr;
    int provider = -1; // Service, -1 for an unknown one
    bool dated = false; // a valid start date: without one nothing is compared
    qint64 day = 0; // the local date's Julian day
    int time = -1; // seconds since local midnight, -1 when untimed
    bool hasCoordinate = false;
    double latitude = 0;
    double longitude = 0;
    QVarLengthArray<int, 6> acts; // the normalized names' numbers, sorted, each once
    // Read only when needed (a venue 150 m to 1 km away, or one without a coordinate).
    mutable std::optional<QString> venueKey;
    mutable std::optional<QString> cityKey;

    bool canMerge() const { return provider >= 0 && dated && !acts.isEmpty(); }
    const QString &venue() const
    {
        if (!venueKey)
            venueKey = normalizedGigName(event->venue.name);
        return *venueKey;
    }
    const QString &city() const
    {
        if (!cityKey)
            cityKey = normalizedGigName(event->venue.city);
        return *cityKey;
    }
};

// How well two listings match: the smaller, the surer. Only for pairs that match.
struct Match
{
    int gap = 0; // seconds between the starts; untimedGap when one has no time
    double distance = 0; // metres; unknownDistance when a coordinate is missing
};

// The listings of a merge, and the act names read so far (each artist id is read and normalized
// once, however many gigs it plays).
class Reader
{
public:
    explicit Reader(const ArtistNameLookup &artistName, qsizetype eventCount = 0)
        : m_artistName(artistName)
    {
        m_acts.reserve(eventCount * 2);
        m_names.reserve(eventCount);
    }

    Listing read(const Event &event)
    {
        Listing listing;
        listing.event = &event;
        if (const auto provider = serviceOfRecord(event.id))
            listing.provider = int(*provider);
        listing.dated = event.start.isValid();
        listing.day = event.start.localDate().toJulianDay();
        if (const auto time = event.start.localTime())
            listing.time = time->msecsSinceStartOfDay() / 1000;
        const QGeoCoordinate &coordinate = event.venue.coordinate;
        listing.hasCoordinate = coordinate.isValid();
        if (listing.hasCoordinate) {
            listing.latitude = coordinate.latitude();
            listing.longitude = coordinate.longitude();
        }
        if (listing.provider >= 0 && listing.dated) {
            for (const QString &artistId : event.lineup) {
                const int act = actOf(artistId);
                if (act >= 0 && !listing.acts.contains(act))
                    listing.acts.append(act);
            }
            std::sort(listing.acts.begin(), listing.acts.end());
        }
        return listing;
    }

private:
    int actOf(const QString &artistId)
    {
        const auto known = m_acts.constFind(artistId);
        if (known != m_acts.cend())
            return *known;
        const QString name = m_artistName ? normalizedGigName(m_artistName(artistId)) : QString();
        int act = -1;
        if (!name.isEmpty()) {
            auto found = m_names.find(name);
            if (found == m_names.end())
                found = m_names.insert(name, int(m_names.size()));
            act = *found;
        }
        m_acts.insert(artistId, act);
        return act;
    }

    const ArtistNameLookup &m_artistName;
    QHash<QString, int> m_acts; // artist id → act number, -1 when it has no name
    QHash<QString, int> m_names; // normalized name → act number
};

bool shareAnAct(const Listing &a, const Listing &b)
{
    const auto *i = a.acts.cbegin();
    const auto *j = b.acts.cbegin();
    while (i != a.acts.cend() && j != b.acts.cend()) {
        if (*i == *j)
            return true;
        if (*i < *j)
            ++i;
        else
            ++j;
    }
    return false;
}

// The rule. Symmetric: every part reads both listings alike.
std::optional<Match> matchOf(const Listing &a, const Listing &b)
{
    if (!a.canMerge() || !b.canMerge() || a.provider == b.provider || a.day != b.day)
        return std::nullopt;
    Match match;
    if (a.time >= 0 && b.time >= 0) {
        match.gap = std::abs(a.time - b.time);
        if (match.gap > GigMergeRule::maxStartGapSeconds)
            return std::nullopt;
    } else {
        match.gap = untimedGap;
    }
    if (a.hasCoordinate && b.hasCoordinate) {
        match.distance = distanceMetres(a.latitude, a.longitude, b.latitude, b.longitude);
        if (match.distance > GigMergeRule::namedVenueMetres)
            return std::nullopt;
        if (match.distance > GigMergeRule::nearVenueMetres
            && (a.venue().isEmpty() || a.venue() != b.venue()))
            return std::nullopt;
    } else {
        // A coordinate is missing: the venue's name and the city must both agree (and the
        // country, when both give one).
        match.distance = unknownDistance;
        if (a.venue().isEmpty() || a.venue() != b.venue() || a.city().isEmpty()
            || a.city() != b.city())
            return std::nullopt;
        const QString &countryA = a.event->venue.country;
        const QString &countryB = b.event->venue.country;
        if (!countryA.isEmpty() && !countryB.isEmpty()
            && countryA.compare(countryB, Qt::CaseInsensitive) != 0)
            return std::nullopt;
    }
    if (!shareAnAct(a, b))
        return std::nullopt;
    return match;
}

struct Edge
{
    int a = 0; // the listing whose event id sorts first
    int b = 0;
    Match match;
};

// The merged event of listings of one show, `members` in provider order.
Event mergedEvent(const QList<const Listing *> &members)
{
    const Event &first = *members.constFirst()->event;
    Event event = first;
    if (members.size() == 1)
        return event;

    const Event *longest = &first;
    const Event *earliest = nullptr;
    for (const Listing *member : members) {
        const Event &other = *member->event;
        if (other.lineup.size() > longest->lineup.size())
            longest = &other;
        if (other.start.localTime()
            && (!earliest || *other.start.localTime() < *earliest->start.localTime()))
            earliest = &other;
        // What the first provider leaves out comes from the next that gives it.
        if (event.name.isEmpty())
            event.name = other.name;
        if (event.venue.name.isEmpty())
            event.venue.name = other.venue.name;
        if (!event.venue.coordinate.isValid())
            event.venue.coordinate = other.venue.coordinate;
        if (event.venue.city.isEmpty())
            event.venue.city = other.venue.city;
        if (event.venue.country.isEmpty())
            event.venue.country = other.venue.country;
        if (event.url.isEmpty())
            event.url = other.url;
        if (!event.lowestPrice)
            event.lowestPrice = other.lowestPrice;
    }
    event.lineup = longest->lineup;
    event.billing = longest->billing;
    if (earliest) {
        std::optional<int> offset = earliest->start.utcOffsetSeconds();
        for (qsizetype i = 0; !offset && i < members.size(); ++i)
            offset = members.at(i)->event->start.utcOffsetSeconds();
        event.start = EventStart(first.start.localDate(), earliest->start.localTime(), offset);
    }
    return event;
}

} // namespace

bool isSameGig(const Event &a, const Event &b, const ArtistNameLookup &artistName)
{
    Reader reader(artistName);
    return matchOf(reader.read(a), reader.read(b)).has_value();
}

QList<MergedGig> mergeGigs(const QList<Event> &events, const ArtistNameLookup &artistName)
{
    const qsizetype count = events.size();
    Reader reader(artistName, count);
    QList<Listing> listings;
    listings.reserve(count);
    for (const Event &event : events)
        listings.append(reader.read(event));

    // Every matching pair, found without comparing all pairs: listings with a coordinate are
    // sorted by day, then latitude, and only those of one day less than 1 km of latitude apart
    // are compared; listings without one are grouped by day, venue and city (the only way they
    // can match).
    QList<Edge> edges;
    const auto addIfMatch = [&](int i, int j) {
        if (const auto match = matchOf(listings.at(i), listings.at(j))) {
            if (listings.at(j).event->id < listings.at(i).event->id)
                std::swap(i, j);
            edges.append({ i, j, *match });
        }
    };
    QList<int> placed;
    QList<int> unplaced;
    for (int i = 0; i < int(count); ++i) {
        if (listings.at(i).canMerge())
            (listings.at(i).hasCoordinate ? placed : unplaced).append(i);
    }
    std::sort(placed.begin(), placed.end(), [&listings](int i, int j) {
        const Listing &a = listings.at(i);
        const Listing &b = listings.at(j);
        return a.day != b.day ? a.day < b.day : a.latitude < b.latitude;
    });
    for (qsizetype p = 0; p < placed.size(); ++p) {
        const Listing &a = listings.at(placed.at(p));
        for (qsizetype q = p + 1; q < placed.size(); ++q) {
            const Listing &b = listings.at(placed.at(q));
            if (b.day != a.day || b.latitude - a.latitude > latitudeWindow)
                break;
            if (b.provider != a.provider)
                addIfMatch(placed.at(p), placed.at(q));
        }
    }
    if (!unplaced.isEmpty()) {
        const auto keyOf = [&listings](int i) -> QString {
            const Listing &listing = listings.at(i);
            return QString::number(listing.day) + u'\x1f' + listing.venue() + u'\x1f'
                + listing.city();
        };
        QHash<QString, QList<int>> byVenue;
        for (const int i : std::as_const(unplaced))
            byVenue[keyOf(i)].append(i);
        for (const int i : std::as_const(unplaced)) {
            for (const int j : byVenue.value(keyOf(i))) {
                if (i < j)
                    addIfMatch(i, j);
            }
        }
        for (const int i : std::as_const(placed)) {
            const auto found = byVenue.constFind(keyOf(i));
            if (found == byVenue.cend())
                continue;
            for (const int j : *found)
                addIfMatch(i, j);
        }
    }

    // Best match first: the smallest time gap, then the shortest distance, then the ids. Two
    // groups join only when they hold no provider twice and every pair across them matches, so
    // a listing never joins two listings of one provider and a gig is never chained together
    // from listings that do not all match.
    std::sort(edges.begin(), edges.end(), [&listings](const Edge &x, const Edge &y) {
        if (x.match.gap != y.match.gap)
            return x.match.gap < y.match.gap;
        if (x.match.distance != y.match.distance)
            return x.match.distance < y.match.distance;
        const QString &xa = listings.at(x.a).event->id;
        const QString &ya = listings.at(y.a).event->id;
        if (xa != ya)
            return xa < ya;
        return listings.at(x.b).event->id < listings.at(y.b).event->id;
    });
    QSet<quint64> matching;
    matching.reserve(edges.size());
    const auto pairKey = [](int i, int j) {
        return (quint64(quint32(std::min(i, j))) << 32) | quint32(std::max(i, j));
    };
    for (const Edge &edge : std::as_const(edges))
        matching.insert(pairKey(edge.a, edge.b));

    QList<int> groupOf(count);
    QList<QList<int>> groups(count);
    for (int i = 0; i < int(count); ++i) {
        groupOf[i] = i;
        groups[i] = { i };
    }
    const auto providersOf = [&listings](const QList<int> &group) {
        int mask = 0;
        for (const int i : group)
            mask |= 1 << listings.at(i).provider;
        return mask;
    };
    for (const Edge &edge : std::as_const(edges)) {
        const int ga = groupOf.at(edge.a);
        const int gb = groupOf.at(edge.b);
        if (ga == gb || (providersOf(groups.at(ga)) & providersOf(groups.at(gb))))
            continue;
        bool allMatch = true;
        for (const int i : groups.at(ga)) {
            for (const int j : groups.at(gb))
                allMatch = allMatch && matching.contains(pairKey(i, j));
        }
        if (!allMatch)
            continue;
        for (const int j : groups.at(gb))
            groupOf[j] = ga;
        groups[ga] += groups.at(gb);
        groups[gb].clear();
    }

    QList<MergedGig> gigs;
    gigs.reserve(count - edges.size() / 2);
    QList<const Listing *> members;
    for (int g = 0; g < int(count); ++g) {
        if (groups.at(g).isEmpty())
            continue;
        members.clear();
        for (const int i : groups.at(g))
            members.append(&listings.at(i));
        std::sort(members.begin(), members.end(), [](const Listing *x, const Listing *y) {
            // Unknown providers (-1) are always alone.
            return x->provider < y->provider;
        });
        MergedGig gig;
        gig.event = mergedEvent(members);
        for (const Listing *member : std::as_const(members)) {
            gig.listings.append(GigListing::of(*member->event));
        }
        gigs.append(std::move(gig));
    }

    // Sorted by start, then id: an order of indices over keys read once, then the gigs moved.
    QList<std::pair<qint64, int>> order;
    order.reserve(gigs.size());
    for (int g = 0; g < int(gigs.size()); ++g)
        order.append({ gigs.at(g).event.start.sortKey(), g });
    std::sort(order.begin(), order.end(), [&gigs](const auto &x, const auto &y) {
        if (x.first != y.first)
            return x.first < y.first;
        const Event &a = gigs.at(x.second).event;
        const Event &b = gigs.at(y.second).event;
        if (const auto byStart = a.start <=> b.start; byStart != 0)
            return byStart < 0;
        return a.id < b.id;
    });
    QList<MergedGig> sorted;
    sorted.reserve(gigs.size());
    for (const auto &entry : std::as_const(order))
        sorted.append(std::move(gigs[entry.second]));
    return sorted;
}

GigListing GigListing::of(const Event &event)
{
    return { serviceOfRecord(event.id), event.id, event.url, event.lowestPrice };
}

QDebug operator<<(QDebug debug, const GigListing &listing)
{
    const QDebugStateSaver saver(debug);
    debug.nospace() << "GigListing(" << listing.eventId << ", " << listing.url;
    if (listing.lowestPrice)
        debug << ", from " << *listing.lowestPrice;
    debug << ')';
    return debug;
}

QDebug operator<<(QDebug debug, const MergedGig &gig)
{
    const QDebugStateSaver saver(debug);
    debug.nospace() << "MergedGig(" << gig.event << ", " << gig.eventIds() << ')';
    return debug;
}

} // namespace gig
