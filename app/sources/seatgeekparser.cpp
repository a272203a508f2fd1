#include "app/sources/seatgeekparser.h"

#include "app/sources/countrycode.h"
#include "app/sources/eventcollector.h"
#include "app/sources/jsonrecord.h"

#include <QTimeZone>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

constexpr auto service = u"SeatGeek";

// SeatGeek's error bodies: {"status":400,"meta":{"status":400},"message":"missing required
// parameter: q"}, and for a missing or bad client id (HTTP 403) the same with
// "errors":[{"code":40307,"message":"Client is required - visit …"}] besides "message".
QString errorMessage(const QJsonObject &root)
{
    const qint64 status = std::max(JsonRecord::toInteger(root.value("status"_L1)).value_or(0),
        JsonRecord::toInteger(root.value("meta"_L1).toObject().value("status"_L1)).value_or(0));
    const QJsonValue message = root.value("message"_L1);
    const QJsonValue errors = root.value("errors"_L1);
    const bool isError = status >= 400
        || (!root.contains("events"_L1) && (message.isString() || errors.isArray()));
    if (!isError)
        return {};
    QString text = message.toString().trimmed();
    if (text.isEmpty()) {
        QStringList parts;
        for (const QJsonValue &error : errors.toArray()) {
            const QJsonObject object = error.toObject();
            QString part = object.value("message"_L1).toString().trimmed();
            if (const auto code = JsonRecord::toInteger(object.value("code"_L1)))
                part = part.isEmpty() ? QString::number(*code)
                                      : u"%1: %2"_s.arg(QString::number(*code), part);
            if (!part.isEmpty())
                parts.append(part);
        }
        text = parts.join(u"; "_s);
    }
    if (text.isEmpty())
        text = status >= 400 ? u"unexplained error (status %1)"_s.arg(status)
                             : u"unexplained error"_s;
    return text;
}

// "2020-03-03T03:30:00" as SeatGeek writes datetime_local and datetime_utc: no UTC offset (a
// trailing "Z" is taken too).
std::optional<std::pair<QDate, QTime>> readDateTime(QStringView text)
{
    if (text.endsWith(u'Z'))
        text.chop(1);
    if (text.size() < 16 || text.at(10) != u'T')
        return std::nullopt;
    const QDate date = QDate::fromString(text.first(10), Qt::ISODate);
    const QTime time = QTime::fromString(text.sliced(11), Qt::ISODate);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return std::pair(date, time);
}

// The UTC offset of a start at `local`: datetime_utc minus the local date-time (SeatGeek keeps
// the two in step, the 03:30 placeholder of a gig without a time too), else the offset of the
// venue's time zone on that day.
std::optional<int> readOffset(
    JsonRecord &record, const std::pair<QDate, QTime> &local, QStringList *notes)
{
    if (const auto text = record.optionalString(u"datetime_utc")) {
        if (const auto utc = readDateTime(*text)) {
            if (const auto offset
                = EventStart::offsetBetween(local.first, local.second, utc->first, utc->second))
                return offset;
            notes->append(u"datetime_utc \"%1\" is too far from the local time"_s.arg(*text));
        } else {
            notes->append(u"datetime_utc \"%1\" is not a date-time"_s.arg(*text));
        }
    }
    if (const auto zoneId = record.optionalString(u"venue.timezone")) {
        const QTimeZone zone(zoneId->toUtf8());
        if (zone.isValid())
            return QDateTime(local.first, local.second, zone).offsetFromUtc();
        notes->append(u"venue.timezone \"%1\" is unknown"_s.arg(*zoneId));
    }
    return std::nullopt;
}

EventStatus statusFromWord(const std::optional<QString> &word, QStringList *notes)
{
    // "normal" is what SeatGeek lists; it leaves cancelled gigs out of its answers altogether.
    // "contingent" is a gig that depends on another (a playoff round): it is on as planned.
    if (!word || *word == "normal"_L1 || *word == "contingent"_L1)
        return EventStatus::Ok;
    if (*word == "cancelled"_L1 || *word == "canceled"_L1)
        return EventStatus::Cancelled;
    if (*word == "postponed"_L1)
        return EventStatus::Postponed;
    if (*word == "rescheduled"_L1)
        return EventStatus::Rescheduled;
    notes->append(u"status \"%1\" is unknown; taken as ok"_s.arg(*word));
    return EventStatus::Ok;
}

Venue readVenue(const JsonRecord &event, QStringList *notes)
{
    const QJsonValue value = event.value(u"venue");
    if (value.isUndefined() || value.isNull())
        return {};
    JsonRecord record(value);
    if (!record.isObject()) {
        notes->append(
            u"venue is %1, not an object; venue unknown"_s.arg(JsonRecord::typeName(value)));
        return {};
    }
    Venue venue;
    venue.name = record.optionalString(u"name").value_or(QString());
    venue.city = record.optionalString(u"city").value_or(QString());
    // "US", "CA", but also names: "Brazil".
    const QString country = record.optionalString(u"country").value_or(QString());
    venue.country = isoCountryCode(country);
    if (venue.country.isEmpty() && !country.trimmed().isEmpty())
        notes->append(u"venue.country \"%1\" is not a known country; left out"_s.arg(country));
    venue.coordinate = record.optionalCoordinate(u"location.lat", u"location.lon");
    for (const QString &note : record.notes())
        notes->append(u"venue."_s + note);
    return venue;
}

struct Performer
{
    Artist artist;
    bool primary = false;
};

std::optional<Performer> readPerformer(const QJsonValue &value, QString *why)
{
    JsonRecord record(value);
    Performer performer;
    const qint64 id = record.integer(u"id");
    performer.artist.name = record.string(u"name");
    if (!record.ok()) {
        *why = record.failure();
        return std::nullopt;
    }
    // SeatGeek gives no MusicBrainz id: the artist is found by name later.
    performer.artist.id = u"sg:"_s + QString::number(id);
    // Only the primary performer carries "primary": true; the others lack the field.
    performer.primary = record.optionalBool(u"primary").value_or(false);
    return performer;
}

// SeatGeek's cheapest listing, null when nothing is listed. SeatGeek gives no currency: its
// prices are US dollars.
std::optional<TicketPrice> readLowestPrice(JsonRecord &record, QStringList *notes)
{
    const std::optional<double> lowest = record.optionalNumber(u"stats.lowest_price");
    if (!lowest)
        return std::nullopt;
    const std::optional<TicketPrice> price = ticketPrice(*lowest, u"USD"_s);
    if (!price)
        notes->append(u"stats.lowest_price %1 is not a price"_s.arg(*lowest));
    return price;
}

std::optional<Event> readEvent(
    const QJsonValue &value, EventCollector &collector, QStringList *notes)
{
    JsonRecord record(value);
    Event event;
    const qint64 id = record.integer(u"id");
    event.name = record.string(u"title");
    const QString localText = record.string(u"datetime_local");
    const QJsonValue idValue = record.value(u"id");
    const QString label
        = idValue.isDouble() || idValue.isString() ? QString::number(id) : u"(no id)"_s;
    if (!record.ok()) {
        collector.skip(u"event %1: %2"_s.arg(label, record.failure()));
        return std::nullopt;
    }
    const std::optional<std::pair<QDate, QTime>> local = readDateTime(localText);
    if (!local) {
        collector.skip(
            u"event %1: datetime_local \"%2\" is not a date-time"_s.arg(label, localText));
        return std::nullopt;
    }
    // The date is a guess: a gig is not put on a day it may not be on.
    if (record.optionalBool(u"date_tbd").value_or(false)) {
        collector.skip(u"event %1: its date is not decided yet (date_tbd)"_s.arg(label));
        return std::nullopt;
    }
    event.id = u"sg:"_s + QString::number(id);
    const bool timeTbd = record.optionalBool(u"time_tbd").value_or(false);
    event.start = EventStart(local->first, timeTbd ? std::nullopt : std::optional(local->second),
        readOffset(record, *local, notes));
    event.status = statusFromWord(record.optionalString(u"status"), notes);
    event.url = webUrl(record.optionalString(u"url"), u"url", notes);
    event.venue = readVenue(record, notes);
    event.lowestPrice = readLowestPrice(record, notes);

    QList<Performer> performers;
    const QJsonArray list = record.optionalArray(u"performers");
    for (qsizetype i = 0; i < list.size(); ++i) {
        QString why;
        if (std::optional<Performer> performer = readPerformer(list.at(i), &why))
            performers.append(std::move(*performer));
        else
            collector.skip(u"event %1: performer #%2: %3"_s.arg(label).arg(i).arg(why));
    }
    // The primary performer headlines; the others follow in SeatGeek's order.
    std::stable_partition(performers.begin(), performers.end(),
        [](const Performer &performer) { return performer.primary; });
    for (const Performer &performer : std::as_const(performers))
        collector.addPerformer(event, performer.artist);
    notes->append(record.notes());
    return event;
}

} // namespace

QString seatGeekErrorMessage(const QByteArray &body)
{
    return serviceMessageIn(body, &errorMessage);
}

Parsed<SeatGeekPage> parseSeatGeekEvents(const QByteArray &body)
{
    Parsed<SeatGeekPage> result;
    QJsonObject root;
    if ((result.error = readAnswerObject(body, &errorMessage, &root)))
        return result;

    // meta.total is required: an answer without it must not read as "no gigs here".
    JsonRecord top(root);
    SeatGeekPage &page = result.value;
    page.total = std::max<qint64>(0, top.integer(u"meta.total"));
    page.perPage
        = int(std::clamp<qint64>(top.optionalInteger(u"meta.per_page").value_or(0), 0, 1'000'000));
    page.page
        = int(std::clamp<qint64>(top.optionalInteger(u"meta.page").value_or(1), 1, 1'000'000));
    result.error = EventCollector::readEvents(
        top, u"events", u"an events page", service, &readEvent, &page.batch, &result.skipped);
    return result;
}

} // namespace gig
