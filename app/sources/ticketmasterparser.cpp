#include "app/sources/ticketmasterparser.h"

#include "app/sources/eventcollector.h"
#include "app/sources/jsonrecord.h"

#include <QTimeZone>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

constexpr auto service = u"Ticketmaster";

QString errorMessage(const QJsonObject &root)
{
    const QJsonValue fault = root.value("fault"_L1);
    if (fault.isObject()) {
        const QString text = fault.toObject().value("faultstring"_L1).toString();
        return text.isEmpty() ? u"unexplained fault"_s : text;
    }
    const QJsonValue errors = root.value("errors"_L1);
    if (errors.isArray()) {
        QStringList parts;
        for (const QJsonValue &error : errors.toArray()) {
            const QJsonObject object = error.toObject();
            QString text = object.value("detail"_L1).toString();
            if (text.isEmpty())
                text = object.value("title"_L1).toString();
            const QString code = object.value("code"_L1).toString();
            if (!code.isEmpty())
                text = text.isEmpty() ? code : code + u": "_s + text;
            if (!text.isEmpty())
                parts.append(text);
        }
        return parts.isEmpty() ? u"unexplained error"_s : parts.join(u"; "_s);
    }
    return {};
}

EventStatus statusFromCode(const std::optional<QString> &code, QStringList *notes)
{
    if (!code || *code == "onsale"_L1 || *code == "offsale"_L1)
        return EventStatus::Ok;
    if (*code == "canceled"_L1 || *code == "cancelled"_L1)
        return EventStatus::Cancelled;
    if (*code == "postponed"_L1)
        return EventStatus::Postponed;
    if (*code == "rescheduled"_L1)
        return EventStatus::Rescheduled;
    notes->append(u"status \"%1\" is unknown; taken as ok"_s.arg(*code));
    return EventStatus::Ok;
}

// "2026-12-05T19:00:00Z" as Ticketmaster writes dateTime (other ISO forms through QDateTime).
std::optional<std::pair<QDate, QTime>> readUtcDateTime(const QString &text)
{
    if (text.size() == 20 && text.at(10) == u'T' && text.at(19) == u'Z') {
        const QDate date = QDate::fromString(QStringView(text).first(10), Qt::ISODate);
        const QTime time = QTime::fromString(QStringView(text).sliced(11, 8), Qt::ISODate);
        if (date.isValid() && time.isValid())
            return std::pair(date, time);
        return std::nullopt;
    }
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODate);
    if (!parsed.isValid())
        return std::nullopt;
    const QDateTime utc = parsed.toUTC();
    return std::pair(utc.date(), utc.time());
}

// The local start and its UTC offset: from dateTime (UTC) minus local, else from the time zone.
// Invalid (and the record failed) when the start date is missing or not a date.
EventStart readStart(JsonRecord &record, QStringList *notes)
{
    const QDate date = record.date(u"dates.start.localDate");
    if (!record.ok())
        return {};
    std::optional<QTime> time = record.optionalTime(u"dates.start.localTime");
    std::optional<int> offset;
    if (const auto text = record.optionalString(u"dates.start.dateTime"); text && time) {
        const std::optional<std::pair<QDate, QTime>> utc = readUtcDateTime(*text);
        if (utc) {
            offset = EventStart::offsetBetween(date, *time, utc->first, utc->second);
            if (!offset)
                notes->append(
                    u"dates.start.dateTime \"%1\" is too far from the local time"_s.arg(*text));
        } else {
            notes->append(u"dates.start.dateTime \"%1\" is not a date-time"_s.arg(*text));
        }
    }
    if (!offset) {
        if (const auto zoneId = record.optionalString(u"dates.timezone")) {
            const QTimeZone zone(zoneId->toUtf8());
            if (zone.isValid())
                offset = QDateTime(date, time.value_or(QTime(12, 0)), zone).offsetFromUtc();
            else
                notes->append(u"dates.timezone \"%1\" is unknown"_s.arg(*zoneId));
        }
    }
    return EventStart(date, time, offset);
}

Venue readVenue(const QJsonArray &venues, QStringList *notes)
{
    if (venues.isEmpty())
        return {};
    JsonRecord record(venues.first());
    if (!record.isObject()) {
        notes->append(u"_embedded.venues[0] is not an object; venue unknown"_s);
        return {};
    }
    Venue venue;
    venue.name = record.optionalString(u"name").value_or(QString());
    venue.city = record.optionalString(u"city.name").value_or(QString());
    venue.country = record.optionalString(u"country.countryCode").value_or(QString());
    venue.coordinate = record.optionalCoordinate(u"location.latitude", u"location.longitude");
    notes->append(record.notes());
    return venue;
}

// The lowest "min" of the price ranges ({type, currency, min, max}); ranges in another currency
// than the first usable one, or without a currency or minimum, are passed over.
std::optional<TicketPrice> readLowestPrice(const QJsonArray &ranges, QStringList *notes)
{
    QList<TicketPrice> prices;
    for (qsizetype i = 0; i < ranges.size(); ++i) {
        JsonRecord range(ranges.at(i));
        const std::optional<double> min = range.optionalNumber(u"min");
        const std::optional<QString> currency = range.optionalString(u"currency");
        notes->append(range.notes());
        if (!min || !currency)
            continue;
        if (const std::optional<TicketPrice> price = ticketPrice(*min, *currency))
            prices.append(*price);
        else
            notes->append(
                u"priceRanges[%1] is not a price (%2 %3)"_s.arg(i).arg(*min).arg(*currency));
    }
    return lowestTicketPrice(prices);
}

std::optional<Artist> readAttraction(const QJsonValue &value, QString *why)
{
    JsonRecord record(value);
    Artist artist;
    const QString id = record.string(u"id");
    artist.name = record.string(u"name");
    if (!record.ok()) {
        *why = record.failure();
        return std::nullopt;
    }
    artist.id = u"tm:"_s + id;
    const QJsonArray links = record.optionalArray(u"externalLinks.musicbrainz");
    if (!links.isEmpty()) {
        JsonRecord link(links.first());
        if (const auto mbid = link.optionalString(u"id"))
            artist.mbid = normalizedMbid(*mbid);
    }
    return artist;
}

std::optional<Event> readEvent(
    const QJsonValue &value, EventCollector &collector, QStringList *notes)
{
    JsonRecord record(value);
    Event event;
    const QString id = record.string(u"id");
    event.name = record.string(u"name");
    const EventStart start = record.ok() ? readStart(record, notes) : EventStart();
    if (!record.ok()) {
        collector.skip(u"event %1: %2"_s.arg(id.isEmpty() ? u"(no id)"_s : id, record.failure()));
        return std::nullopt;
    }
    event.start = start;
    event.id = u"tm:"_s + id;
    event.status = statusFromCode(record.optionalString(u"dates.status.code"), notes);
    event.url = webUrl(record.optionalString(u"url"), u"url", notes);
    event.venue = readVenue(record.optionalArray(u"_embedded.venues"), notes);
    event.lowestPrice = readLowestPrice(record.optionalArray(u"priceRanges"), notes);

    const QJsonArray attractions = record.optionalArray(u"_embedded.attractions");
    for (qsizetype i = 0; i < attractions.size(); ++i) {
        QString why;
        const std::optional<Artist> artist = readAttraction(attractions.at(i), &why);
        if (artist)
            collector.addPerformer(event, *artist);
        else
            collector.skip(u"event %1: attraction #%2: %3"_s.arg(id).arg(i).arg(why));
    }
    notes->append(record.notes());
    return event;
}

} // namespace

QString ticketmasterErrorMessage(const QByteArray &body)
{
    return serviceMessageIn(body, &errorMessage);
}

Parsed<TicketmasterPage> parseTicketmasterEvents(const QByteArray &body)
{
    Parsed<TicketmasterPage> result;
    QJsonObject root;
    if ((result.error = readAnswerObject(body, &errorMessage, &root)))
        return result;

    JsonRecord top(root);
    TicketmasterPage &page = result.value;
    page.number = int(std::clamp<qint64>(top.integer(u"page.number"), 0, 1'000'000));
    page.size = int(std::clamp<qint64>(top.integer(u"page.size"), 0, 1'000'000));
    page.totalPages = int(std::clamp<qint64>(top.integer(u"page.totalPages"), 0, 1'000'000'000));
    page.totalElements = qMax<qint64>(0, top.integer(u"page.totalElements"));
    result.error = EventCollector::readEvents(top, u"_embedded.events", u"an events page", service,
        &readEvent, &page.batch, &result.skipped);
    return result;
}

} // namespace gig
