#include "app/sandbox/sandboxticketmaster.h"

#include "app/sandbox/sandboxgazetteer.h"
#include "app/sandbox/sandboxpages.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

constexpr char16_t geohashAlphabet[] = u"0123456789bcdefghjkmnpqrstuvwxyz";

QJsonObject errorsBody(const QString &code, const QString &detail, int status)
{
    return { { u"errors"_s,
        QJsonArray { QJsonObject { { u"code"_s, code }, { u"detail"_s, detail },
            { u"status"_s, QString::number(status) },
            { u"_links"_s,
                QJsonObject { { u"self"_s,
                    QJsonObject { { u"href"_s,
                        QString(u"/discovery/v2/errors.html#"_s + code) } } } } } } } } };
}

QJsonObject fault(const QString &text, const QString &code)
{
    return { { u"fault"_s,
        QJsonObject { { u"faultstring"_s, text },
            { u"detail"_s, QJsonObject { { u"errorcode"_s, code } } } } } };
}

QString statusCode(SandboxGigStatus status)
{
    switch (status) {
    case SandboxGigStatus::Ok:
        return u"onsale"_s;
    case SandboxGigStatus::Cancelled:
        return u"canceled"_s;
    case SandboxGigStatus::Postponed:
        return u"postponed"_s;
    case SandboxGigStatus::Rescheduled:
        return u"rescheduled"_s;
    }
    return u"onsale"_s;
}

QJsonObject musicClassification()
{
    return { { u"primary"_s, true },
        { u"segment"_s,
            QJsonObject { { u"id"_s, u"KZFzniwnSyZfZ7v7nJ"_s }, { u"name"_s, u"Music"_s } } },
        { u"genre"_s, QJsonObject { { u"id"_s, u"KnvZfZ7vAeA"_s }, { u"name"_s, u"Rock"_s } } } };
}

QJsonObject attractionJson(const SandboxArtist &artist)
{
    QJsonObject attraction { { u"name"_s, artist.name }, { u"type"_s, u"attraction"_s },
        { u"id"_s, artist.ticketmasterId }, { u"test"_s, false },
        { u"url"_s, QString(u"https://www.ticketmaster.com/artist/"_s + artist.ticketmasterId) },
        { u"locale"_s, u"en-us"_s },
        { u"classifications"_s, QJsonArray { musicClassification() } } };
    if (!artist.mbids.isEmpty()) {
        QJsonArray musicbrainz;
        for (const QString &mbid : artist.mbids)
            musicbrainz.append(QJsonObject { { u"id"_s, mbid } });
        attraction.insert(u"externalLinks"_s, QJsonObject { { u"musicbrainz"_s, musicbrainz } });
    }
    return attraction;
}

// Face values in the country's money for three gigs in four, as Ticketmaster lists them: a range
// without fees and one with; none for the others.
QJsonArray priceRanges(const SandboxGig &gig, const SandboxMetro &metro)
{
    if (gig.id % 4 == 0)
        return {};
    const double min = 18 + double(gig.id % 40) + (gig.id % 3 == 0 ? 0.5 : 0.0);
    auto range = [&](const QString &type, double factor) {
        return QJsonObject { { u"type"_s, type }, { u"currency"_s, metro.currency },
            { u"min"_s, std::round(min * factor * 100) / 100 },
            { u"max"_s, std::round(min * 2.5 * factor * 100) / 100 } };
    };
    return { range(u"standard"_s, 1.0), range(u"standard including fees"_s, 1.12) };
}

QJsonObject eventJson(const SandboxWorld &world, const SandboxGig &gig, const SandboxMetro &metro,
    const SandboxCall &call)
{
    QJsonObject start { { u"localDate"_s, gig.date.toString(Qt::ISODate) }, { u"dateTBD"_s, false },
        { u"dateTBA"_s, false }, { u"timeTBA"_s, !gig.time.has_value() },
        { u"noSpecificTime"_s, !gig.time.has_value() } };
    if (gig.time) {
        start.insert(u"localTime"_s, gig.time->toString(u"HH:mm:ss"_s));
        const QDateTime utc
            = QDateTime(gig.date, *gig.time, Qt::UTC).addSecs(-gig.utcOffsetSeconds);
        start.insert(u"dateTime"_s, utc.toString(u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s));
    }
    QJsonObject dates { { u"start"_s, start }, { u"timezone"_s, metro.timeZone },
        { u"status"_s, QJsonObject { { u"code"_s, statusCode(gig.status) } } },
        { u"spanMultipleDays"_s, gig.endDate != gig.date } };
    if (gig.endDate != gig.date)
        dates.insert(
            u"end"_s, QJsonObject { { u"localDate"_s, gig.endDate.toString(Qt::ISODate) } });

    const SandboxVenue &venue = gig.venue;
    const QJsonObject venueJson { { u"name"_s, venue.name }, { u"type"_s, u"venue"_s },
        { u"id"_s, venue.ticketmasterId }, { u"test"_s, false },
        { u"url"_s, QString(u"https://www.ticketmaster.com/venue/"_s + venue.ticketmasterId) },
        { u"locale"_s, u"en-us"_s }, { u"postalCode"_s, venue.postalCode },
        { u"timezone"_s, metro.timeZone }, { u"city"_s, QJsonObject { { u"name"_s, metro.name } } },
        { u"country"_s,
            QJsonObject { { u"name"_s, metro.country }, { u"countryCode"_s, metro.countryCode } } },
        { u"address"_s, QJsonObject { { u"line1"_s, venue.address } } },
        { u"location"_s,
            QJsonObject { { u"longitude"_s, QString::number(venue.lng, 'f', 6) },
                { u"latitude"_s, QString::number(venue.lat, 'f', 6) } } } };
    QJsonArray attractions;
    for (int index : gig.lineup)
        attractions.append(attractionJson(world.artist(index)));

    QJsonObject event { { u"name"_s, gig.name }, { u"type"_s, u"event"_s },
        { u"id"_s, gig.ticketmasterId }, { u"test"_s, false },
        // The sandbox serves the page: ticketmaster.com has none for a made-up gig.
        { u"url"_s,
            sandboxPageUrl(call, u"event"_s, gig.ticketmasterId, gig.name)
                .toString(QUrl::FullyEncoded) },
        { u"locale"_s, u"en-us"_s }, { u"dates"_s, dates },
        { u"classifications"_s, QJsonArray { musicClassification() } },
        { u"_embedded"_s,
            QJsonObject {
                { u"venues"_s, QJsonArray { venueJson } }, { u"attractions"_s, attractions } } } };
    if (const QJsonArray ranges = priceRanges(gig, metro); !ranges.isEmpty())
        event.insert(u"priceRanges"_s, ranges);
    return event;
}

std::optional<QDateTime> parseUtc(const QString &text)
{
    static const QRegularExpression format(u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$"_s);
    if (!format.match(text).hasMatch())
        return std::nullopt;
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODate);
    if (!parsed.isValid())
        return std::nullopt;
    return parsed.toUTC();
}

} // namespace

std::optional<std::pair<double, double>> SandboxTicketmaster::decodeGeohash(QStringView hash)
{
    if (hash.isEmpty() || hash.size() > 12)
        return std::nullopt;
    double latRange[2] = { -90.0, 90.0 };
    double lngRange[2] = { -180.0, 180.0 };
    bool even = true;
    const QStringView alphabet(geohashAlphabet);
    for (QChar c : hash) {
        const qsizetype value = alphabet.indexOf(c.toLower());
        if (value < 0)
            return std::nullopt;
        for (int bit = 4; bit >= 0; --bit) {
            double *range = even ? lngRange : latRange;
            const double mid = (range[0] + range[1]) / 2;
            if ((value >> bit) & 1)
                range[0] = mid;
            else
                range[1] = mid;
            even = !even;
        }
    }
    return std::pair { (latRange[0] + latRange[1]) / 2, (lngRange[0] + lngRange[1]) / 2 };
}

QString SandboxTicketmaster::encodeGeohash(double lat, double lng, int precision)
{
    double latRange[2] = { -90.0, 90.0 };
    double lngRange[2] = { -180.0, 180.0 };
    QString hash;
    bool even = true;
    int bit = 0;
    int value = 0;
    while (hash.size() < precision) {
        double *range = even ? lngRange : latRange;
        const double coordinate = even ? lng : lat;
        const double mid = (range[0] + range[1]) / 2;
        value <<= 1;
        if (coordinate >= mid) {
            value |= 1;
            range[0] = mid;
        } else {
            range[1] = mid;
        }
        even = !even;
        if (++bit == 5) {
            hash.append(QChar(geohashAlphabet[value]));
            bit = 0;
            value = 0;
        }
    }
    return hash;
}

QList<SandboxRateLimiter> SandboxTicketmaster::rateLimits() const
{
    return { SandboxRateLimiter(5, std::chrono::seconds(1)),
        SandboxRateLimiter(5000, std::chrono::hours(24)) };
}

SandboxHeaders SandboxTicketmaster::quotaHeaders(
    const QList<SandboxRateLimiter> &limits, SandboxRateLimiter::TimePoint now) const
{
    if (limits.size() < 2)
        return {};
    const SandboxRateLimiter &daily = limits.at(1);
    const qint64 resetAt = QDateTime::currentMSecsSinceEpoch()
        + (daily.used(now) > 0 ? daily.untilOldestLeaves(now) : daily.window()).count();
    return { { "Rate-Limit", QByteArray::number(daily.limit()) },
        { "Rate-Limit-Available",
            QByteArray::number(std::max(0, daily.limit() - daily.used(now))) },
        { "Rate-Limit-Over", "0" }, { "Rate-Limit-Reset", QByteArray::number(resetAt) } };
}

SandboxReply SandboxTicketmaster::rateLimitedReply(int limitIndex) const
{
    if (limitIndex == 0) {
        return SandboxReply::json(fault(u"Spike arrest violation. Allowed rate : 5ps"_s,
                                      u"policies.ratelimit.SpikeArrestViolation"_s),
            429);
    }
    return SandboxReply::json(
        fault(u"Rate limit quota violation. Quota limit  exceeded. Identifier : sandbox"_s,
            u"policies.ratelimit.QuotaViolation"_s),
        429);
}

SandboxReply SandboxTicketmaster::errorReply(int status) const
{
    switch (status) {
    case 429:
        return rateLimitedReply(0);
    case 503:
        return SandboxReply::json(fault(u"The Service is temporarily unavailable"_s,
                                      u"messaging.adaptors.http.flow.ServiceUnavailable"_s),
            503);
    default:
        return SandboxReply::json(errorsBody(u"DIS1001"_s, u"Internal error"_s, status), status);
    }
}

SandboxReply SandboxTicketmaster::wrongShapeReply() const
{
    return SandboxReply::json(QJsonObject {
        { u"_embedded"_s, QJsonObject { { u"events"_s, QJsonObject { { u"id"_s, 7 } } } } },
        { u"page"_s, u"first"_s } });
}

SandboxReply SandboxTicketmaster::handle(const SandboxWorld &world, const SandboxCall &call) const
{
    if (isSandboxPage(call, u"event"_s))
        return sandboxGigPage(call, u"Ticketmaster"_s);
    if (call.path != u"/discovery/v2/events.json"_s && call.path != u"/discovery/v2/events"_s)
        return SandboxReply::json(errorsBody(u"DIS1004"_s, u"Resource not found"_s, 404), 404);
    if (call.value(u"apikey"_s).isEmpty()) {
        return SandboxReply::json(fault(u"Invalid ApiKey"_s, u"oauth.v2.InvalidApiKey"_s), 401);
    }

    bool ok = true;
    const int size = call.has(u"size"_s) ? call.value(u"size"_s).toInt(&ok) : 20;
    if (!ok || size < 0)
        return SandboxReply::json(
            errorsBody(u"DIS1013"_s, u"Invalid value for parameter: size"_s, 400), 400);
    const int page = call.has(u"page"_s) ? call.value(u"page"_s).toInt(&ok) : 0;
    if (!ok || page < 0)
        return SandboxReply::json(
            errorsBody(u"DIS1013"_s, u"Invalid value for parameter: page"_s, 400), 400);
    const int pageSize = std::min(size, maxPageSize);
    if (qint64(pageSize) * page >= maxPagingDepth) {
        return SandboxReply::json(
            errorsBody(u"DIS1035"_s,
                u"API Limits Exceeded: Max paging depth exceeded. (page * size) must be less than 1,000"_s,
                400),
            400);
    }

    std::optional<std::pair<double, double>> centre;
    if (call.has(u"geoPoint"_s)) {
        centre = decodeGeohash(call.value(u"geoPoint"_s));
        if (!centre)
            return SandboxReply::json(
                errorsBody(u"DIS1013"_s, u"Invalid value for parameter: geoPoint"_s, 400), 400);
    } else if (call.has(u"latlong"_s)) {
        const QStringList parts = call.value(u"latlong"_s).split(u',');
        bool latOk = false;
        bool lngOk = false;
        const double lat = parts.value(0).trimmed().toDouble(&latOk);
        const double lng = parts.value(1).trimmed().toDouble(&lngOk);
        if (parts.size() != 2 || !latOk || !lngOk || std::abs(lat) > 90 || std::abs(lng) > 180)
            return SandboxReply::json(
                errorsBody(u"DIS1013"_s, u"Invalid value for parameter: latlong"_s, 400), 400);
        centre = std::pair { lat, lng };
    }
    double radius = call.has(u"radius"_s) ? call.value(u"radius"_s).toDouble(&ok) : 100.0;
    if (!ok || radius < 0)
        return SandboxReply::json(
            errorsBody(u"DIS1013"_s, u"Invalid value for parameter: radius"_s, 400), 400);
    const QString unit = call.has(u"unit"_s) ? call.value(u"unit"_s) : u"miles"_s;
    if (unit != u"km"_s && unit != u"miles"_s)
        return SandboxReply::json(
            errorsBody(u"DIS1013"_s, u"Invalid value for parameter: unit"_s, 400), 400);
    const double radiusKm = unit == u"km"_s ? radius : radius * 1.609344;

    std::optional<QDateTime> from;
    std::optional<QDateTime> to;
    for (const auto &[key, target] :
        { std::pair { u"startDateTime"_s, &from }, std::pair { u"endDateTime"_s, &to } }) {
        if (!call.has(key))
            continue;
        *target = parseUtc(call.value(key));
        if (!*target) {
            return SandboxReply::json(
                errorsBody(u"DIS1015"_s,
                    u"Query param with date must be of valid format YYYY-MM-DDTHH:mm:ssZ {example: 2016-12-31T23:59:59Z}"_s,
                    400),
                400);
        }
    }
    const QString classification = call.value(u"classificationName"_s).trimmed();
    const bool musicWanted = classification.isEmpty()
        || classification.split(u',').contains(u"music"_s, Qt::CaseInsensitive);

    QList<SandboxGig> gigs;
    if (centre && musicWanted) {
        for (const SandboxGig &gig :
            world.gigsNear(centre->first, centre->second, radiusKm, call.now)) {
            if (!gig.onTicketmaster)
                continue;
            const QDateTime startUtc = QDateTime(gig.date, gig.time.value_or(QTime(0, 0)), Qt::UTC)
                                           .addSecs(-gig.utcOffsetSeconds);
            if ((from && startUtc < *from) || (to && startUtc > *to))
                continue;
            gigs.append(gig);
        }
    }
    const QString sort = call.value(u"sort"_s);
    if (sort == u"date,desc"_s) {
        std::reverse(gigs.begin(), gigs.end());
    } else if (sort == u"name,asc"_s || sort == u"name,desc"_s) {
        std::stable_sort(gigs.begin(), gigs.end(),
            [](const SandboxGig &a, const SandboxGig &b) { return a.name < b.name; });
        if (sort == u"name,desc"_s)
            std::reverse(gigs.begin(), gigs.end());
    }

    // Ticketmaster never serves past the paging depth, whatever the total.
    const qint64 total = gigs.size();
    const qint64 totalPages = pageSize == 0 ? 0 : (total + pageSize - 1) / pageSize;
    QJsonArray events;
    QHash<qint64, SandboxMetro> metros;
    for (qint64 i = qint64(page) * pageSize; i < std::min(total, qint64(page + 1) * pageSize);
         ++i) {
        const SandboxGig &gig = gigs.at(i);
        if (!metros.contains(gig.metroId))
            metros.insert(gig.metroId, world.metroById(gig.metroId).value_or(SandboxMetro {}));
        events.append(eventJson(world, gig, metros.value(gig.metroId), call));
    }

    QUrlQuery selfQuery = call.query;
    const auto link = [&](int number) {
        QUrlQuery linkQuery = selfQuery;
        linkQuery.removeAllQueryItems(u"apikey"_s);
        linkQuery.removeAllQueryItems(u"page"_s);
        linkQuery.addQueryItem(u"page"_s, QString::number(number));
        return QJsonObject { { u"href"_s,
            QString(u"/discovery/v2/events.json?"_s + linkQuery.toString(QUrl::FullyEncoded)) } };
    };
    QJsonObject links { { u"self"_s, link(page) } };
    if (totalPages > 0)
        links.insert(u"first"_s, link(0));
    if (page + 1 < totalPages && qint64(page + 1) * pageSize < maxPagingDepth)
        links.insert(u"next"_s, link(page + 1));
    if (totalPages > 0)
        links.insert(u"last"_s, link(int(totalPages - 1)));

    QJsonObject body { { u"_links"_s, links },
        { u"page"_s,
            QJsonObject { { u"size"_s, pageSize }, { u"totalElements"_s, total },
                { u"totalPages"_s, totalPages }, { u"number"_s, page } } } };
    if (!events.isEmpty())
        body.insert(u"_embedded"_s, QJsonObject { { u"events"_s, events } });
    return SandboxReply::json(body);
}

} // namespace gig
