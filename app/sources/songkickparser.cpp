#include "app/sources/songkickparser.h"

#include "app/sources/countrycode.h"
#include "app/sources/eventcollector.h"
#include "app/sources/jsonrecord.h"

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

constexpr auto service = u"Songkick";

QString errorMessage(const QJsonObject &root)
{
    const QJsonObject page = root.value("resultsPage"_L1).toObject();
    if (page.value("status"_L1).toString() != "error"_L1)
        return {};
    const QString message = page.value("error"_L1).toObject().value("message"_L1).toString();
    return message.isEmpty() ? u"unexplained error"_s : message;
}

// The resultsPage object of a successful answer, or the error to report.
std::optional<SourceError> readResultsPage(const QByteArray &body, QJsonObject *resultsPage)
{
    const JsonBody json = readJsonBody(body);
    if (json.error)
        return json.error;
    const QJsonObject root = json.document.object();
    if (const QString message = errorMessage(root); !message.isEmpty())
        return SourceError { SourceError::Kind::ServiceError, message, 0 };
    const QJsonValue page = root.value("resultsPage"_L1);
    if (!page.isObject())
        return badResponse(u"the answer has no resultsPage object"_s);
    // "Nothing matched" is an empty results object; anything else is not Songkick's shape, and
    // must not read as "no gigs here" (which would empty a place's cached list).
    if (!page.toObject().value("results"_L1).isObject())
        return badResponse(u"resultsPage.results is not an object"_s);
    *resultsPage = page.toObject();
    return std::nullopt;
}

// "2012-04-18T20:00:00-0800" (also "+01:00" and "Z"): the UTC offset at its end, in seconds.
std::optional<int> offsetOf(QStringView datetime)
{
    if (datetime.endsWith(u'Z'))
        return 0;
    QStringView tail;
    if (datetime.size() >= 6 && datetime.at(datetime.size() - 3) == u':')
        tail = datetime.last(6);
    else if (datetime.size() >= 5)
        tail = datetime.last(5);
    else
        return std::nullopt;
    const QChar sign = tail.at(0);
    if (sign != u'+' && sign != u'-')
        return std::nullopt;
    const QStringView hours = tail.sliced(1, 2);
    const QStringView minutes = tail.last(2);
    const auto isDigit = [](QChar c) {
        return c >= u'0' && c <= u'9';
    };
    if (!std::all_of(hours.begin(), hours.end(), isDigit)
        || !std::all_of(minutes.begin(), minutes.end(), isDigit)) {
        return std::nullopt;
    }
    const int seconds = (hours.toInt() * 60 + minutes.toInt()) * 60;
    if (minutes.toInt() > 59 || seconds > EventStart::maxUtcOffsetSeconds)
        return std::nullopt;
    return sign == u'-' ? -seconds : seconds;
}

// Invalid (and the record failed) when the start date is missing or not a date.
EventStart readStart(JsonRecord &record, QStringList *notes)
{
    const QDate date = record.date(u"start.date");
    if (!record.ok())
        return {};
    std::optional<QTime> time = record.optionalTime(u"start.time");
    std::optional<int> offset;
    if (const auto text = record.optionalString(u"start.datetime")) {
        offset = offsetOf(*text);
        if (!offset)
            notes->append(u"start.datetime \"%1\" has no UTC offset; ignored"_s.arg(*text));
        if (!time && text->size() >= 19) {
            const QTime parsed = QTime::fromString(text->sliced(11, 8), Qt::ISODate);
            if (parsed.isValid())
                time = parsed;
        }
    }
    return EventStart(date, time, offset);
}

EventStatus statusFromName(const std::optional<QString> &name, QStringList *notes)
{
    if (!name || *name == "ok"_L1)
        return EventStatus::Ok;
    if (*name == "cancelled"_L1 || *name == "canceled"_L1)
        return EventStatus::Cancelled;
    if (*name == "postponed"_L1)
        return EventStatus::Postponed;
    notes->append(u"status \"%1\" is unknown; taken as ok"_s.arg(*name));
    return EventStatus::Ok;
}

struct Performance
{
    qint64 billingIndex;
    Artist artist;
    std::optional<Billing>
        billing; // "headline" or "support" as given; none when missing or unknown
};

std::optional<Artist> readArtist(const QJsonValue &performance, QString *why, qint64 *billingIndex,
    std::optional<Billing> *billing)
{
    JsonRecord record(performance);
    const qint64 id = record.integer(u"artist.id");
    Artist artist;
    artist.name = record.string(u"artist.displayName");
    if (!record.ok()) {
        *why = record.failure();
        return std::nullopt;
    }
    artist.id = u"sk:"_s + QString::number(id);
    *billingIndex
        = record.optionalInteger(u"billingIndex").value_or(std::numeric_limits<qint64>::max());
    if (const auto word = record.optionalString(u"billing"))
        *billing = billingFromName(*word);
    for (const QJsonValue &identifier : record.optionalArray(u"artist.identifier")) {
        const QString mbid = normalizedMbid(identifier.toObject().value("mbid"_L1).toString());
        if (mbid.isEmpty() || mbid == artist.mbid || artist.otherMbids.contains(mbid))
            continue;
        if (artist.mbid.isEmpty())
            artist.mbid = mbid;
        else
            artist.otherMbids.append(mbid);
    }
    return artist;
}

std::optional<Event> readEvent(
    const QJsonValue &value, EventCollector &collector, QStringList *notes)
{
    JsonRecord record(value);
    Event event;
    const qint64 id = record.integer(u"id");
    event.name = record.string(u"displayName");
    const EventStart start = record.ok() ? readStart(record, notes) : EventStart();
    const QString label = record.value(u"id").isDouble() || record.value(u"id").isString()
        ? QString::number(id)
        : u"(no id)"_s;
    if (!record.ok()) {
        collector.skip(u"event %1: %2"_s.arg(label, record.failure()));
        return std::nullopt;
    }
    event.id = u"sk:"_s + QString::number(id);
    event.start = start;
    event.status = statusFromName(record.optionalString(u"status"), notes);
    event.url = webUrl(record.optionalString(u"uri"), u"uri", notes);
    event.venue.name = record.optionalString(u"venue.displayName").value_or(QString());
    // Calendar venues carry no city object: the event's location names it ("Duluth, MN, US"),
    // and the venue's metro area names the country ("US", "UK", "Germany").
    const QString place = record.optionalString(u"location.city").value_or(QString());
    event.venue.city = place.section(u',', 0, 0).trimmed();
    event.venue.country = isoCountryCode(
        record.optionalString(u"venue.metroArea.country.displayName").value_or(QString()));
    event.venue.coordinate = record.optionalCoordinate(u"venue.lat", u"venue.lng");
    if (!event.venue.coordinate.isValid())
        event.venue.coordinate = record.optionalCoordinate(u"location.lat", u"location.lng");

    QList<Performance> performances;
    const QJsonArray list = record.optionalArray(u"performance");
    for (qsizetype i = 0; i < list.size(); ++i) {
        qint64 billingIndex = 0;
        std::optional<Billing> billing;
        QString why;
        std::optional<Artist> artist = readArtist(list.at(i), &why, &billingIndex, &billing);
        if (!artist) {
            collector.skip(u"event %1: performance #%2: %3"_s.arg(label).arg(i).arg(why));
            continue;
        }
        performances.append(Performance { billingIndex, std::move(*artist), billing });
    }
    std::stable_sort(performances.begin(), performances.end(),
        [](const Performance &a, const Performance &b) { return a.billingIndex < b.billingIndex; });
    // Billing as given: several acts may headline. An act without a known billing headlines
    // only when it comes first.
    for (qsizetype i = 0; i < performances.size(); ++i) {
        const Performance &performance = performances.at(i);
        const Billing fallback = event.lineup.isEmpty() ? Billing::Headline : Billing::Support;
        collector.addPerformer(event, performance.artist, performance.billing.value_or(fallback));
    }
    notes->append(record.notes());
    return event;
}

} // namespace

QString songkickErrorMessage(const QByteArray &body)
{
    const JsonBody json = readJsonBody(body);
    return json.error ? QString() : errorMessage(json.document.object());
}

Parsed<QList<SongkickMetroArea>> parseSongkickLocations(const QByteArray &body)
{
    Parsed<QList<SongkickMetroArea>> result;
    QJsonObject resultsPage;
    if ((result.error = readResultsPage(body, &resultsPage)))
        return result;
    JsonRecord page(resultsPage);
    const QJsonValue locations = page.value(u"results.location");
    if (!locations.isUndefined() && !locations.isArray()) {
        result.error = badResponse(u"results.location is not an array"_s);
        return result;
    }
    const QJsonArray list = locations.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        JsonRecord record(list.at(i));
        SongkickMetroArea area;
        const qint64 id = record.integer(u"metroArea.id");
        area.name = record.string(u"metroArea.displayName");
        if (!record.ok()) {
            logSkipped(
                service, &result.skipped, u"location #%1: %2"_s.arg(i).arg(record.failure()));
            continue;
        }
        area.id = QString::number(id);
        area.coordinate = record.optionalCoordinate(u"metroArea.lat", u"metroArea.lng");
        logNotes(service, area.id, record.notes());
        const bool known = std::any_of(result.value.cbegin(), result.value.cend(),
            [&](const SongkickMetroArea &a) { return a.id == area.id; });
        if (!known)
            result.value.append(area);
    }
    return result;
}

Parsed<SongkickCalendarPage> parseSongkickCalendar(const QByteArray &body)
{
    Parsed<SongkickCalendarPage> result;
    QJsonObject resultsPage;
    if ((result.error = readResultsPage(body, &resultsPage)))
        return result;
    JsonRecord page(resultsPage);
    SongkickCalendarPage &calendar = result.value;
    calendar.totalEntries = std::max<qint64>(0, page.integer(u"totalEntries"));
    calendar.page
        = int(std::clamp<qint64>(page.optionalInteger(u"page").value_or(1), 1, 1'000'000));
    calendar.perPage
        = int(std::clamp<qint64>(page.optionalInteger(u"perPage").value_or(50), 1, 1'000'000));
    result.error = EventCollector::readEvents(page, u"results.event", u"a calendar page", service,
        &readEvent, &calendar.batch, &result.skipped);
    return result;
}

} // namespace gig
