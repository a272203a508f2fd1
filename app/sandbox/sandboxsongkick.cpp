#include "app/sandbox/sandboxsongkick.h"

#include "app/sandbox/sandboxgazetteer.h"
#include "app/sandbox/sandboxpages.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <functional>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

SandboxReply errorPage(const QString &message, int status)
{
    return SandboxReply::json(
        QJsonObject { { u"resultsPage"_s,
            QJsonObject { { u"status"_s, u"error"_s },
                { u"error"_s, QJsonObject { { u"message"_s, message } } } } } },
        status);
}

QString slug(const QString &text)
{
    QString slug;
    for (QChar c : SandboxGazetteer::fold(text)) {
        if (c.isLetterOrNumber())
            slug.append(c);
        else if (!slug.endsWith(u'-'))
            slug.append(u'-');
    }
    return slug;
}

// Songkick names most countries in full ("Germany") but the US and the UK by their
// abbreviations, and writes no codes.
QString songkickCountryName(const SandboxMetro &metro)
{
    if (metro.countryCode == "US"_L1)
        return u"US"_s;
    if (metro.countryCode == "GB"_L1)
        return u"UK"_s;
    return metro.country;
}

QJsonObject metroJson(const SandboxMetro &metro)
{
    return { { u"id"_s, metro.id }, { u"displayName"_s, metro.name },
        { u"uri"_s,
            u"https://www.songkick.com/metro-areas/%1-%2"_s.arg(metro.id).arg(slug(metro.name)) },
        { u"country"_s, QJsonObject { { u"displayName"_s, songkickCountryName(metro) } } },
        { u"lat"_s, metro.lat }, { u"lng"_s, metro.lng } };
}

QJsonObject locationJson(const SandboxMetro &metro)
{
    return {
        { u"city"_s,
            QJsonObject { { u"displayName"_s, metro.name },
                { u"country"_s, QJsonObject { { u"displayName"_s, songkickCountryName(metro) } } },
                { u"lat"_s, metro.lat }, { u"lng"_s, metro.lng } } },
        { u"metroArea"_s, metroJson(metro) }
    };
}

QString offsetText(int seconds)
{
    const int minutes = std::abs(seconds) / 60;
    return u"%1%2%3"_s.arg(QChar(seconds < 0 ? u'-' : u'+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QJsonObject eventJson(const SandboxWorld &world, const SandboxGig &gig, const SandboxMetro &metro,
    const SandboxCall &call)
{
    const QJsonValue null(QJsonValue::Null);
    QJsonObject start { { u"date"_s, gig.date.toString(Qt::ISODate) } };
    if (gig.time) {
        start.insert(u"time"_s, gig.time->toString(u"HH:mm:ss"_s));
        start.insert(u"datetime"_s,
            QString(gig.date.toString(Qt::ISODate) + u'T' + gig.time->toString(u"HH:mm:ss"_s)
                + offsetText(gig.utcOffsetSeconds)));
    } else {
        start.insert(u"time"_s, null);
        start.insert(u"datetime"_s, null);
    }

    QJsonArray performances;
    for (int billingIndex = 0; billingIndex < gig.lineup.size(); ++billingIndex) {
        const SandboxArtist artist = world.artist(gig.lineup.at(billingIndex));
        QJsonArray identifiers;
        for (const QString &mbid : artist.mbids) {
            identifiers.append(QJsonObject { { u"mbid"_s, mbid },
                { u"href"_s,
                    u"https://api.songkick.com/api/3.0/artists/mbid:%1.json"_s.arg(mbid) } });
        }
        performances.append(QJsonObject { { u"id"_s, gig.id * 100 + billingIndex },
            { u"displayName"_s, artist.name },
            { u"billing"_s, billingIndex < gig.headliners ? u"headline"_s : u"support"_s },
            { u"billingIndex"_s, billingIndex + 1 },
            { u"artist"_s,
                QJsonObject { { u"id"_s, artist.songkickId }, { u"displayName"_s, artist.name },
                    { u"uri"_s,
                        u"https://www.songkick.com/artists/%1-%2"_s.arg(artist.songkickId)
                            .arg(slug(artist.name)) },
                    { u"identifier"_s, identifiers } } } });
    }

    const SandboxVenue &venue = gig.venue;
    const QJsonValue venueLat = venue.coordinatesPublished ? QJsonValue(venue.lat) : null;
    const QJsonValue venueLng = venue.coordinatesPublished ? QJsonValue(venue.lng) : null;
    const QString dateText = QLocale(QLocale::English).toString(gig.date, u"MMMM d, yyyy"_s);
    const QString displayName
        = gig.festival ? gig.name : u"%1 at %2 (%3)"_s.arg(gig.name, venue.name, dateText);
    QJsonObject event { { u"id"_s, gig.id }, { u"displayName"_s, displayName },
        { u"type"_s, gig.festival ? u"Festival"_s : u"Concert"_s },
        // The sandbox serves the page: songkick.com has none for a made-up gig.
        { u"uri"_s,
            sandboxPageUrl(call, gig.festival ? u"festivals"_s : u"concerts"_s,
                QString::number(gig.id), gig.name)
                .toString(QUrl::FullyEncoded) },
        { u"status"_s,
            gig.status == SandboxGigStatus::Cancelled       ? u"cancelled"_s
                : gig.status == SandboxGigStatus::Postponed ? u"postponed"_s
                                                            : u"ok"_s },
        { u"popularity"_s, double(gig.lineup.size()) / 100.0 }, { u"start"_s, start },
        { u"performance"_s, performances }, { u"ageRestriction"_s, null },
        { u"venue"_s,
            QJsonObject { { u"id"_s, venue.id }, { u"displayName"_s, venue.name },
                { u"uri"_s,
                    u"https://www.songkick.com/venues/%1-%2"_s.arg(venue.id).arg(
                        slug(venue.name)) },
                { u"lat"_s, venueLat }, { u"lng"_s, venueLng },
                { u"metroArea"_s, metroJson(metro) } } },
        { u"location"_s,
            QJsonObject { { u"city"_s, QString(metro.name + u", "_s + songkickCountryName(metro)) },
                { u"lat"_s, venueLat }, { u"lng"_s, venueLng } } } };
    if (gig.festival) {
        event.insert(u"series"_s, QJsonObject { { u"displayName"_s, gig.name } });
        event.insert(u"end"_s,
            QJsonObject { { u"date"_s, gig.endDate.toString(Qt::ISODate) }, { u"time"_s, null },
                { u"datetime"_s, null } });
    }
    return event;
}

struct Paging
{
    int page = 1;
    int perPage = SandboxSongkick::maxPerPage;
    QString error;
};

Paging paging(const SandboxCall &call)
{
    Paging paging;
    bool ok = true;
    if (call.has(u"page"_s)) {
        paging.page = call.value(u"page"_s).toInt(&ok);
        if (!ok || paging.page < 1)
            paging.error = u"Invalid page: must be a positive integer"_s;
    }
    if (call.has(u"per_page"_s)) {
        paging.perPage = call.value(u"per_page"_s).toInt(&ok);
        if (!ok || paging.perPage < 1)
            paging.error = u"Invalid per_page: must be a positive integer"_s;
        paging.perPage = std::min(paging.perPage, SandboxSongkick::maxPerPage);
    }
    return paging;
}

// One page of `total` items; `item(i)` makes the JSON of item i, only for the items shown.
SandboxReply resultsPage(const QString &key, qsizetype total, const Paging &paging,
    const std::function<QJsonValue(qsizetype)> &item)
{
    QJsonArray items;
    const qsizetype first = qsizetype(paging.page - 1) * paging.perPage;
    for (qsizetype i = first; i < std::min(total, first + paging.perPage); ++i)
        items.append(item(i));
    // Songkick answers an empty object, not an empty list, when nothing matched.
    const QJsonObject results = items.isEmpty() ? QJsonObject {} : QJsonObject { { key, items } };
    return SandboxReply::json(QJsonObject { { u"resultsPage"_s,
        QJsonObject { { u"status"_s, u"ok"_s }, { u"results"_s, results },
            { u"perPage"_s, paging.perPage }, { u"page"_s, paging.page },
            { u"totalEntries"_s, total } } } });
}

std::optional<std::pair<double, double>> parseGeo(const QString &location)
{
    static const QRegularExpression geo(u"^geo:(-?[0-9.]+),(-?[0-9.]+)$"_s);
    const auto match = geo.match(location.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const double lat = match.captured(1).toDouble();
    const double lng = match.captured(2).toDouble();
    if (std::abs(lat) > 90 || std::abs(lng) > 180)
        return std::nullopt;
    return std::pair { lat, lng };
}

QList<SandboxGig> filterByDate(QList<SandboxGig> gigs, const SandboxCall &call)
{
    const QDate minDate = QDate::fromString(call.value(u"min_date"_s), Qt::ISODate);
    const QDate maxDate = QDate::fromString(call.value(u"max_date"_s), Qt::ISODate);
    gigs.removeIf([&](const SandboxGig &gig) {
        return !gig.onSongkick || (minDate.isValid() && gig.date < minDate)
            || (maxDate.isValid() && gig.date > maxDate);
    });
    return gigs;
}

} // namespace

SandboxReply SandboxSongkick::errorReply(int status) const
{
    switch (status) {
    case 429:
        return errorPage(u"Rate limit exceeded"_s, 429);
    case 503:
        return errorPage(u"Service temporarily unavailable"_s, 503);
    default:
        return errorPage(u"Internal server error"_s, status);
    }
}

SandboxReply SandboxSongkick::wrongShapeReply() const
{
    return SandboxReply::json(QJsonObject { { u"resultsPage"_s,
        QJsonObject { { u"status"_s, u"ok"_s }, { u"results"_s, QJsonArray { 1, 2 } },
            { u"page"_s, u"one"_s } } } });
}

SandboxReply SandboxSongkick::handle(const SandboxWorld &world, const SandboxCall &call) const
{
    if (isSandboxPage(call, u"concerts"_s) || isSandboxPage(call, u"festivals"_s))
        return sandboxGigPage(call, u"Songkick"_s);
    if (!call.path.startsWith(u"/api/3.0/"_s))
        return errorPage(u"Not found"_s, 404);
    const QString path = call.path.mid(8);
    if (call.value(u"apikey"_s).isEmpty())
        return errorPage(u"Invalid or missing apikey"_s, 401);
    const Paging pages = paging(call);
    if (!pages.error.isEmpty())
        return errorPage(pages.error, 400);

    if (path == u"/search/locations.json"_s) {
        QJsonArray locations;
        if (call.has(u"location"_s)) {
            const auto geo = parseGeo(call.value(u"location"_s));
            if (!geo)
                return errorPage(u"Invalid location: expected geo:LAT,LNG"_s, 400);
            locations.append(locationJson(world.metroAt(geo->first, geo->second)));
        } else if (call.has(u"query"_s)) {
            for (const SandboxCity &city : SandboxGazetteer::search(call.value(u"query"_s), 50))
                locations.append(locationJson(world.metroAt(city.lat, city.lng)));
        } else {
            return errorPage(u"You must supply either a query or a location"_s, 400);
        }
        return resultsPage(
            u"location"_s, locations.size(), pages, [&](qsizetype i) { return locations.at(i); });
    }

    static const QRegularExpression calendar(u"^/metro_areas/(\\d+)/calendar\\.json$"_s);
    if (const auto match = calendar.match(path); match.hasMatch()) {
        const auto metro = world.metroById(match.captured(1).toLongLong());
        if (!metro)
            return errorPage(u"Metro area not found"_s, 404);
        const QList<SandboxGig> gigs = filterByDate(world.gigsOf(*metro, call.now), call);
        return resultsPage(u"event"_s, gigs.size(), pages,
            [&](qsizetype i) { return eventJson(world, gigs.at(i), *metro, call); });
    }

    if (path == u"/events.json"_s) {
        std::optional<SandboxMetro> metro;
        const QString location = call.value(u"location"_s);
        if (location.startsWith(u"sk:"_s)) {
            metro = world.metroById(location.mid(3).toLongLong());
            if (!metro)
                return errorPage(u"Metro area not found"_s, 404);
        } else if (const auto geo = parseGeo(location)) {
            metro = world.metroAt(geo->first, geo->second);
        } else {
            return errorPage(u"Invalid location: expected geo:LAT,LNG or sk:ID"_s, 400);
        }
        const QString artistName = SandboxGazetteer::fold(call.value(u"artist_name"_s));
        QList<SandboxGig> gigs = filterByDate(world.gigsOf(*metro, call.now), call);
        if (!artistName.isEmpty()) {
            gigs.removeIf([&](const SandboxGig &gig) {
                return std::none_of(gig.lineup.cbegin(), gig.lineup.cend(), [&](int index) {
                    return SandboxGazetteer::fold(world.artist(index).name).contains(artistName);
                });
            });
        }
        return resultsPage(u"event"_s, gigs.size(), pages,
            [&](qsizetype i) { return eventJson(world, gigs.at(i), *metro, call); });
    }
    return errorPage(u"Not found"_s, 404);
}

} // namespace gig
