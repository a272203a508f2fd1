// The SeatGeek reader over answers shaped like the recorded ones (tests/data/seatgeek/README.md).
#include "app/sources/seatgeekparser.h"
#include "fixture.h"

#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using gig::test::findEvent;
using gig::test::fixture;

namespace gig {

class TstSeatGeekParser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Skipped records are asserted through Parsed::skipped; keep the log quiet.
        QLoggingCategory::setFilterRules(u"gigmap.sources.warning=false"_s);
    }

    void answersGiveEventsOrTypedErrors_data();
    void answersGiveEventsOrTypedErrors();
    void readsEachEventAsRecorded();
    void timeTbdHasADateAndNoTime();
    void dateTbdIsLeftOut();
    void venueWithoutLocationOrWithoutVenue();
    void primaryPerformerHeadlines();
    void readsPaging();
    void wrongTypesAreSkippedWithReasons();
    void errorBodiesGiveTheServiceMessage_data();
    void errorBodiesGiveTheServiceMessage();
    void statusWords_data();
    void statusWords();
};

void TstSeatGeekParser::answersGiveEventsOrTypedErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("errorKind"); // -1: no error
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("events");

    const int none = -1;
    const int bad = int(SourceError::Kind::BadResponse);
    const int service = int(SourceError::Kind::ServiceError);
    QTest::newRow("page") << fixture(u"seatgeek/events_page.json"_s) << none << QString() << 3;
    QTest::newRow("tbd cases") << fixture(u"seatgeek/events_tbd.json"_s) << none << QString() << 2;
    QTest::newRow("no events") << fixture(u"seatgeek/empty.json"_s) << none << QString() << 0;
    QTest::newRow("403 client required")
        << fixture(u"seatgeek/client_required.json"_s) << service << u"Client is required"_s << 0;
    QTest::newRow("400 missing parameter") << fixture(u"seatgeek/missing_parameter.json"_s)
                                           << service << u"missing required parameter: q"_s << 0;
    QTest::newRow("captcha page") << fixture(u"seatgeek/captcha.html"_s) << bad << u"HTML"_s << 0;
    QTest::newRow("truncated") << fixture(u"seatgeek/truncated.json"_s) << bad << u"not JSON"_s
                               << 0;
    QTest::newRow("events not a list")
        << fixture(u"seatgeek/events_not_array.json"_s) << bad << u"not an array"_s << 0;
    QTest::newRow("no meta.total")
        << fixture(u"seatgeek/no_total.json"_s) << bad << u"meta.total is missing"_s << 0;
    QTest::newRow("top-level array")
        << fixture(u"seatgeek/top_array.json"_s) << bad << u"not a JSON object"_s << 0;
    QTest::newRow("empty body") << QByteArray() << bad << u"empty"_s << 0;
    QTest::newRow("garbage") << "\x01\xff{]]"_ba << bad << u"not JSON"_s << 0;
    QTest::newRow("a number") << "42"_ba << bad << u"not JSON"_s << 0;
    QTest::newRow("meta.total a word")
        << R"({"events":[],"meta":{"total":"many"}})"_ba << bad << u"meta.total"_s << 0;
    QTest::newRow("empty object") << "{}"_ba << bad << u"meta.total"_s << 0;
}

void TstSeatGeekParser::answersGiveEventsOrTypedErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(int, errorKind);
    QFETCH(QString, message);
    QFETCH(int, events);

    const Parsed<SeatGeekPage> result = parseSeatGeekEvents(body);
    test::verifyOutcome(result, errorKind, message);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(result.value.batch.events.size(), events);
}

void TstSeatGeekParser::readsEachEventAsRecorded()
{
    const Parsed<SeatGeekPage> result
        = parseSeatGeekEvents(fixture(u"seatgeek/events_page.json"_s));
    QVERIFY(result.ok());
    QVERIFY(result.skipped.isEmpty());
    const EventBatch &batch = result.value.batch;

    const Event *portland = findEvent(batch.events, u"sg:5752107"_s);
    QVERIFY(portland);
    QCOMPARE(portland->name, u"Sammy Boller with Essenger"_s);
    QCOMPARE(portland->status, EventStatus::Ok);
    // 20:00 local, 03:00 the next day in UTC: UTC-7.
    QCOMPARE(portland->start, EventStart(QDate(2022, 9, 6), QTime(20, 0), -7 * 3600));
    QCOMPARE(portland->venue.name, u"Dante's"_s);
    QCOMPARE(portland->venue.city, u"Portland"_s);
    QCOMPARE(portland->venue.country, u"US"_s);
    QCOMPARE(portland->venue.coordinate, QGeoCoordinate(45.523, -122.674));
    QCOMPARE(portland->url,
        u"https://seatgeek.com/sammy-boller-with-essenger-tickets/portland-oregon-dante-s-2022-09-06-8-pm/concert/5752107"_s);

    // A country SeatGeek gives by name.
    const Event *brasilia = findEvent(batch.events, u"sg:5225201"_s);
    QVERIFY(brasilia);
    QCOMPARE(brasilia->venue.country, u"BR"_s);
    QCOMPARE(brasilia->start, EventStart(QDate(2020, 3, 3), QTime(21, 0), -3 * 3600));

    // The cheapest listing, in US dollars (SeatGeek names no currency); none when none is listed.
    QCOMPARE(portland->lowestPrice, (TicketPrice { 36, u"USD"_s }));
    QCOMPARE(brasilia->lowestPrice, (TicketPrice { 187, u"USD"_s }));
    const Event *unlisted = findEvent(batch.events, u"sg:5753776"_s);
    QVERIFY(unlisted);
    QCOMPARE(unlisted->lowestPrice, std::nullopt);

    // Performers carry no MusicBrainz id: they are found by name later.
    QCOMPARE(batch.artists.size(), 5);
    for (const Artist &artist : batch.artists) {
        QVERIFY(artist.id.startsWith(u"sg:"_s));
        QVERIFY(!artist.hasMbid());
        QCOMPARE(artist.nameSearch, NameSearch::NotSearched);
    }
}

// time_tbd: the 03:30 of datetime_local is a placeholder; the offset still holds.
void TstSeatGeekParser::timeTbdHasADateAndNoTime()
{
    const Parsed<SeatGeekPage> result
        = parseSeatGeekEvents(fixture(u"seatgeek/events_page.json"_s));
    QVERIFY(result.ok());
    const Event *sanDiego = findEvent(result.value.batch.events, u"sg:5753776"_s);
    QVERIFY(sanDiego);
    QCOMPARE(sanDiego->start.localDate(), QDate(2022, 9, 5));
    QCOMPARE(sanDiego->start.localTime(), std::nullopt);
    QCOMPARE(sanDiego->start.utcOffsetSeconds(), -7 * 3600);
    QCOMPARE(sanDiego->start.utc(), std::nullopt);

    // Without datetime_utc the offset comes from the venue's time zone.
    const QByteArray noUtc = R"({"meta":{"total":1},"events":[{"id":1,"title":"T",
        "datetime_local":"2026-07-10T03:30:00","time_tbd":true,"date_tbd":false,
        "venue":{"timezone":"America/New_York"}}]})"_ba;
    const Parsed<SeatGeekPage> zoned = parseSeatGeekEvents(noUtc);
    QVERIFY(zoned.ok());
    QCOMPARE(zoned.value.batch.events.size(), 1);
    QCOMPARE(zoned.value.batch.events.first().start,
        EventStart(QDate(2026, 7, 10), std::nullopt, -4 * 3600));
}

void TstSeatGeekParser::dateTbdIsLeftOut()
{
    const Parsed<SeatGeekPage> result = parseSeatGeekEvents(fixture(u"seatgeek/events_tbd.json"_s));
    QVERIFY(result.ok());
    QVERIFY(!findEvent(result.value.batch.events, u"sg:5761430"_s));
    QCOMPARE(result.skipped.size(), 1);
    QVERIFY2(result.skipped.first().contains(u"5761430"_s)
            && result.skipped.first().contains(u"date_tbd"_s),
        qPrintable(result.skipped.first()));
}

void TstSeatGeekParser::venueWithoutLocationOrWithoutVenue()
{
    const Parsed<SeatGeekPage> result = parseSeatGeekEvents(fixture(u"seatgeek/events_tbd.json"_s));
    QVERIFY(result.ok());
    const Event *knoxville = findEvent(result.value.batch.events, u"sg:5761429"_s);
    QVERIFY(knoxville);
    QCOMPARE(knoxville->venue.name, u"Pilot Light"_s);
    QCOMPARE(knoxville->venue.city, u"Knoxville"_s);
    QVERIFY(!knoxville->venue.coordinate.isValid());
    QCOMPARE(knoxville->start, EventStart(QDate(2022, 9, 5), std::nullopt, -4 * 3600));

    const Event *noVenue = findEvent(result.value.batch.events, u"sg:5761431"_s);
    QVERIFY(noVenue);
    QCOMPARE(noVenue->venue, Venue {});
    QVERIFY(noVenue->lineup.isEmpty());
    QCOMPARE(noVenue->start, EventStart(QDate(2022, 9, 9), QTime(19, 0), -7 * 3600));
}

// Only the primary performer carries "primary": true: it headlines wherever it is listed, and
// the others follow in SeatGeek's order.
void TstSeatGeekParser::primaryPerformerHeadlines()
{
    const Parsed<SeatGeekPage> result
        = parseSeatGeekEvents(fixture(u"seatgeek/events_page.json"_s));
    QVERIFY(result.ok());
    const Event *sanDiego = findEvent(result.value.batch.events, u"sg:5753776"_s);
    QVERIFY(sanDiego);
    QCOMPARE(sanDiego->lineup, (QStringList { u"sg:497542"_s, u"sg:219579"_s }));
    const Event *portland = findEvent(result.value.batch.events, u"sg:5752107"_s);
    QVERIFY(portland);
    QCOMPARE(portland->lineup, (QStringList { u"sg:799109"_s, u"sg:794754"_s }));
    QCOMPARE(portland->billingAt(0), Billing::Headline);
    QCOMPARE(portland->billingAt(1), Billing::Support);

    // No primary at all: SeatGeek's order; the same act twice is named once.
    const QByteArray body = R"({"meta":{"total":1},"events":[{"id":9,"title":"T",
        "datetime_local":"2026-07-10T20:00:00","performers":[{"id":3,"name":"C"},
        {"id":1,"name":"A"},{"id":3,"name":"C"}]}]})"_ba;
    const Parsed<SeatGeekPage> plain = parseSeatGeekEvents(body);
    QVERIFY(plain.ok());
    QCOMPARE(plain.value.batch.events.first().lineup, (QStringList { u"sg:3"_s, u"sg:1"_s }));
    QCOMPARE(plain.value.batch.artists.size(), 2);
}

void TstSeatGeekParser::readsPaging()
{
    const Parsed<SeatGeekPage> result
        = parseSeatGeekEvents(fixture(u"seatgeek/events_page.json"_s));
    QVERIFY(result.ok());
    QCOMPARE(result.value.total, 3);
    QCOMPARE(result.value.page, 1);
    QCOMPARE(result.value.perPage, 100);

    const Parsed<SeatGeekPage> later
        = parseSeatGeekEvents(R"({"events":[],"meta":{"total":1234,"page":7,"per_page":100}})"_ba);
    QVERIFY(later.ok());
    QCOMPARE(later.value.total, 1234);
    QCOMPARE(later.value.page, 7);

    // Out of range numbers are clamped, a negative total is none.
    const Parsed<SeatGeekPage> odd
        = parseSeatGeekEvents(R"({"events":[],"meta":{"total":-5,"page":-2,"per_page":1e12}})"_ba);
    QVERIFY(odd.ok());
    QCOMPARE(odd.value.total, 0);
    QCOMPARE(odd.value.page, 1);
    QCOMPARE(odd.value.perPage, 1'000'000);
}

void TstSeatGeekParser::wrongTypesAreSkippedWithReasons()
{
    const Parsed<SeatGeekPage> result
        = parseSeatGeekEvents(fixture(u"seatgeek/wrong_types.json"_s));
    QVERIFY(result.ok());
    QCOMPARE(result.value.total, 5); // a string of digits is read
    QCOMPARE(result.value.batch.events.size(), 1);
    const Event &kept = result.value.batch.events.first();
    QCOMPARE(kept.id, u"sg:79"_s);
    // time_tbd that is not a boolean is ignored: the time stands. No offset can be read.
    QCOMPARE(kept.start, EventStart(QDate(2022, 9, 5), QTime(20, 0)));
    QCOMPARE(kept.status, EventStatus::Ok);
    QVERIFY(kept.url.isEmpty());
    QCOMPARE(kept.venue, Venue {});
    QCOMPARE(kept.lineup, QStringList { u"sg:6"_s });

    const QString reasons = result.skipped.join(u'\n');
    QVERIFY2(
        reasons.contains(u"event (no id): id is an object, not an integer"_s), qPrintable(reasons));
    QVERIFY2(reasons.contains(u"event 77: title is a number, not a string"_s), qPrintable(reasons));
    QVERIFY2(reasons.contains(u"event 78: datetime_local \"next tuesday\" is not a date-time"_s),
        qPrintable(reasons));
    QVERIFY2(reasons.contains(u"event 79: performer #0: id is a string"_s), qPrintable(reasons));
    QVERIFY2(reasons.contains(u"event 79: performer #1: name is empty"_s), qPrintable(reasons));
    QCOMPARE(result.skipped.size(), 6); // with the event that is not an object
}

void TstSeatGeekParser::errorBodiesGiveTheServiceMessage_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("403")
        << fixture(u"seatgeek/client_required.json"_s)
        << u"Client is required - visit \"https://seatgeek.com/account/develop\""_s;
    QTest::newRow("400") << fixture(u"seatgeek/missing_parameter.json"_s)
                         << u"missing required parameter: q"_s;
    QTest::newRow("errors only")
        << R"({"errors":[{"code":40307,"message":"Client is required"}]})"_ba
        << u"40307: Client is required"_s;
    QTest::newRow("status only") << R"({"status":500,"meta":{"status":500}})"_ba
                                 << u"unexplained error (status 500)"_s;
    QTest::newRow("a page") << fixture(u"seatgeek/events_page.json"_s) << QString();
    QTest::newRow("an empty page") << fixture(u"seatgeek/empty.json"_s) << QString();
    QTest::newRow("html") << fixture(u"seatgeek/captcha.html"_s) << QString();
    QTest::newRow("nothing") << QByteArray() << QString();
}

void TstSeatGeekParser::errorBodiesGiveTheServiceMessage()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    QCOMPARE(seatGeekErrorMessage(body), message);
}

void TstSeatGeekParser::statusWords_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<EventStatus>("status");
    QTest::newRow("normal") << u"normal"_s << EventStatus::Ok;
    QTest::newRow("contingent") << u"contingent"_s << EventStatus::Ok;
    QTest::newRow("cancelled") << u"cancelled"_s << EventStatus::Cancelled;
    QTest::newRow("canceled") << u"canceled"_s << EventStatus::Cancelled;
    QTest::newRow("postponed") << u"postponed"_s << EventStatus::Postponed;
    QTest::newRow("rescheduled") << u"rescheduled"_s << EventStatus::Rescheduled;
    QTest::newRow("unknown") << u"on fire"_s << EventStatus::Ok;
}

void TstSeatGeekParser::statusWords()
{
    QFETCH(QString, word);
    QFETCH(EventStatus, status);
    const QByteArray body = uR"({"meta":{"total":1},"events":[{"id":1,"title":"T",
        "datetime_local":"2026-07-10T20:00:00","status":"%1"}]})"_s.arg(word)
                                .toUtf8();
    const Parsed<SeatGeekPage> result = parseSeatGeekEvents(body);
    QVERIFY(result.ok());
    QCOMPARE(result.value.batch.events.size(), 1);
    QCOMPARE(result.value.batch.events.first().status, status);
}

} // namespace gig

QTEST_GUILESS_MAIN(gig::TstSeatGeekParser)
#include "tst_seatgeekparser.moc"
