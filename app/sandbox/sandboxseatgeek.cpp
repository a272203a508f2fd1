#include "app/sandbox/sandboxseatgeek.h"

#include "app/sandbox/sandboxgazetteer.h"
#include "app/sandbox/sandboxpages.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

// SeatGeek's error body: a status, a message, and the status again under meta.
SandboxReply errorBody(const QString &message, int status)
{
    return SandboxReply::json(QJsonObject { { u"status"_s, status }, { u"message"_s, message },
                                  { u"meta"_s, QJsonObject { { u"status"_s, status } } } },
        status);
}

QString slug(const QString &text)
{
    QString slug;
    for (QChar c : SandboxGazetteer::fold(text)) {
        if (c.isLetterOrNumber())
            slug.append(c);
        else if (!slug.isEmpty() && !slug.endsWith(u'-'))
            slug.append(u'-');
    }
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return slug;
}

// "YYYY-MM-DDTHH:MM:SS", SeatGeek's date-time without a zone.
QString seatGeekTime(const QDateTime &time)
{
    return time.toString(u"yyyy-MM-ddTHH:mm:ss"_s);
}

std::optional<QDateTime> parseSeatGeekTime(const QString &text)
{
    static const QRegularExpression format(u"^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2})?)?$"_s);
    if (!format.match(text).hasMatch())
        return std::nullopt;
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODate);
    if (!parsed.isValid())
        parsed = QDateTime(QDate::fromString(text, Qt::ISODate), QTime(0, 0), Qt::UTC);
    if (!parsed.isValid())
        return std::nullopt;
    parsed.setTimeSpec(Qt::UTC);
    return parsed;
}

// An act's name as SeatGeek writes it: some names gain or lose a leading "The".
QString seatGeekName(const QString &name, qint64 gigId)
{
    if (gigId % 3 != 0)
        return name;
    if (name.startsWith(u"The "_s))
        return name.mid(4);
    return u"The "_s + name;
}

// The local start SeatGeek lists: 15 minutes later for some gigs; 03:30 when the time is not
// announced (with time_tbd).
QDateTime localStart(const SandboxGig &gig)
{
    if (!gig.time)
        return QDateTime(gig.date, QTime(3, 30), Qt::UTC);
    const QDateTime start(gig.date, *gig.time, Qt::UTC);
    return gig.id % 4 == 1 ? start.addSecs(15 * 60) : start;
}

// Resale listings in US dollars (SeatGeek names no currency); one gig in five has none listed,
// and SeatGeek then sends null prices.
QJsonObject stats(const SandboxGig &gig)
{
    const int listings = gig.id % 5 == 0 ? 0 : 1 + int(gig.id % 200);
    if (listings == 0) {
        return { { u"listing_count"_s, QJsonValue(QJsonValue::Null) },
            { u"lowest_price"_s, QJsonValue(QJsonValue::Null) },
            { u"average_price"_s, QJsonValue(QJsonValue::Null) } };
    }
    const int lowest = 20 + int(gig.id % 60);
    return { { u"listing_count"_s, listings }, { u"lowest_price"_s, lowest },
        { u"average_price"_s, lowest + 14 } };
}

QJsonObject eventJson(const SandboxWorld &world, const SandboxGig &gig, const SandboxMetro &metro,
    const SandboxCall &call)
{
    const qint64 id = SandboxSeatGeek::idOffset + gig.id;
    QList<int> lineup = gig.lineup;
    if (lineup.size() > 1 && gig.id % 5 == 2)
        lineup.removeLast(); // a support act the other provider lists
    QJsonArray performers;
    QStringList names;
    for (qsizetype i = 0; i < lineup.size(); ++i) {
        const SandboxArtist artist = world.artist(lineup.at(i));
        const QString name = seatGeekName(artist.name, gig.id);
        names.append(name);
        QJsonObject performer { { u"id"_s, 200000 + artist.index }, { u"name"_s, name },
            { u"short_name"_s, name }, { u"type"_s, u"band"_s }, { u"slug"_s, slug(name) },
            { u"url"_s, u"https://seatgeek.com/%1-tickets"_s.arg(slug(name)) } };
        if (i == 0)
            performer.insert(u"primary"_s, true); // SeatGeek marks only the primary performer
        performers.append(performer);
    }
    const QString title = names.size() > 1
        ? names.constFirst() + u" with "_s + names.mid(1).join(u", "_s)
        : names.value(0, gig.name);

    const SandboxVenue &venue = gig.venue;
    // Venue coordinates as SeatGeek has them: some 50 m north of another provider's.
    const double lat = gig.id % 2 == 0 ? venue.lat + 0.00045 : venue.lat;
    const QDateTime local = localStart(gig);
    const bool tbd = !gig.time;
    return QJsonObject { { u"id"_s, id }, { u"type"_s, u"concert"_s }, { u"title"_s, title },
        { u"short_title"_s, title },
        // The sandbox serves the page: seatgeek.com has none for a made-up gig.
        { u"url"_s,
            sandboxPageUrl(call, u"event"_s, QString::number(id), title)
                .toString(QUrl::FullyEncoded) },
        { u"datetime_local"_s, seatGeekTime(local) },
        { u"datetime_utc"_s, seatGeekTime(local.addSecs(-gig.utcOffsetSeconds)) },
        { u"time_tbd"_s, tbd }, { u"date_tbd"_s, false }, { u"datetime_tbd"_s, false },
        { u"status"_s, u"normal"_s }, { u"performers"_s, performers },
        { u"venue"_s,
            QJsonObject { { u"id"_s, venue.id }, { u"name"_s, venue.name },
                { u"city"_s, metro.name }, { u"state"_s, QJsonValue(QJsonValue::Null) },
                { u"country"_s, metro.countryCode }, { u"timezone"_s, metro.timeZone },
                { u"address"_s, venue.address }, { u"postal_code"_s, venue.postalCode },
                { u"location"_s, QJsonObject { { u"lat"_s, lat }, { u"lon"_s, venue.lng } } } } },
        { u"stats"_s, stats(gig) } };
}

// "30km", "30mi" or a bare number of miles; SeatGeek's default is 30 miles.
std::optional<double> rangeKm(const SandboxCall &call)
{
    if (!call.has(u"range"_s))
        return 30 * 1.609344;
    static const QRegularExpression format(u"^([0-9]+(?:\\.[0-9]+)?)(km|mi)?$"_s);
    const auto match = format.match(call.value(u"range"_s).trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const double value = match.captured(1).toDouble();
    return match.captured(2) == u"km"_s ? value : value * 1.609344;
}

} // namespace

SandboxReply SandboxSeatGeek::errorReply(int status) const
{
    switch (status) {
    case 429:
        return errorBody(u"Too many requests"_s, 429);
    case 503:
        return errorBody(u"Service temporarily unavailable"_s, 503);
    default:
        return errorBody(u"Internal server error"_s, status);
    }
}

SandboxReply SandboxSeatGeek::wrongShapeReply() const
{
    return SandboxReply::json(QJsonObject { { u"events"_s, QJsonObject { { u"id"_s, 7 } } },
        { u"meta"_s, QJsonObject { { u"total"_s, u"many"_s } } } });
}

SandboxReply SandboxSeatGeek::handle(const SandboxWorld &world, const SandboxCall &call) const
{
    if (isSandboxPage(call, u"event"_s))
        return sandboxGigPage(call, u"SeatGeek"_s);
    if (call.path != u"/2/events"_s)
        return errorBody(u"Not found"_s, 404);
    if (call.value(u"client_id"_s).isEmpty()) {
        return SandboxReply::json(
            QJsonObject { { u"errors"_s,
                              QJsonArray { QJsonObject { { u"code"_s, 40307 },
                                  { u"message"_s, u"Client is required"_s } } } },
                { u"message"_s, u"Client is required"_s }, { u"status"_s, 403 },
                { u"meta"_s, QJsonObject { { u"status"_s, 403 } } } },
            403);
    }
    bool ok = true;
    const int page = call.has(u"page"_s) ? call.value(u"page"_s).toInt(&ok) : 1;
    if (!ok || page < 1)
        return errorBody(u"invalid value for parameter: page"_s, 400);
    int perPage = call.has(u"per_page"_s) ? call.value(u"per_page"_s).toInt(&ok) : defaultPerPage;
    if (!ok || perPage < 0)
        return errorBody(u"invalid value for parameter: per_page"_s, 400);
    perPage = std::min(perPage, maxPerPage);
    const std::optional<double> radiusKm = rangeKm(call);
    if (!radiusKm)
        return errorBody(u"invalid value for parameter: range"_s, 400);
    std::optional<QDateTime> from;
    std::optional<QDateTime> to;
    for (const auto &[key, target] : { std::pair { u"datetime_local.gte"_s, &from },
             std::pair { u"datetime_local.lte"_s, &to } }) {
        if (!call.has(key))
            continue;
        *target = parseSeatGeekTime(call.value(key));
        if (!*target)
            return errorBody(u"invalid value for parameter: %1"_s.arg(key), 400);
    }
    const double lat = call.value(u"lat"_s).toDouble(&ok);
    bool lngOk = false;
    const double lng = call.value(u"lon"_s).toDouble(&lngOk);
    const bool concerts = !call.has(u"taxonomies.name"_s)
        || call.value(u"taxonomies.name"_s).split(u',').contains(u"concert"_s);

    QList<SandboxGig> gigs;
    if (ok && lngOk && concerts) {
        for (const SandboxGig &gig : world.gigsNear(lat, lng, *radiusKm, call.now)) {
            // SeatGeek leaves cancelled events out of its answers.
            if (!gig.onSeatGeek || gig.status == SandboxGigStatus::Cancelled)
                continue;
            const QDateTime local = localStart(gig);
            if ((from && local < *from) || (to && local > *to))
                continue;
            gigs.append(gig);
        }
    }
    if (call.value(u"sort"_s) == u"id.asc"_s) {
        std::stable_sort(gigs.begin(), gigs.end(),
            [](const SandboxGig &a, const SandboxGig &b) { return a.id < b.id; });
    }

    QJsonArray events;
    QHash<qint64, SandboxMetro> metros;
    const qint64 total = gigs.size();
    for (qint64 i = qint64(page - 1) * perPage; i < std::min(total, qint64(page) * perPage); ++i) {
        const SandboxGig &gig = gigs.at(i);
        if (!metros.contains(gig.metroId))
            metros.insert(gig.metroId, world.metroById(gig.metroId).value_or(SandboxMetro {}));
        events.append(eventJson(world, gig, metros.value(gig.metroId), call));
    }
    return SandboxReply::json(QJsonObject { { u"events"_s, events },
        { u"meta"_s,
            QJsonObject { { u"total"_s, total }, { u"page"_s, page }, { u"per_page"_s, perPage },
                { u"took"_s, 3 }, { u"geolocation"_s, QJsonValue(QJsonValue::Null) } } } });
}

} // namespace gig
