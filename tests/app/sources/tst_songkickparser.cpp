#include "app/export/csvwriter.h"
#include "app/export/exportgig.h"
#include "app/sources/songkickparser.h"
#include "fixture.h"
#include "models/gigstore.h"

#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using gig::test::findEvent;
using gig::test::fixture;

namespace gig {

class TstSongkickParser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Skipped records are asserted through Parsed::skipped; keep the log quiet.
        QLoggingCategory::setFilterRules(u"gigmap.sources.warning=false"_s);
    }

    void calendarAnswersGiveEventsOrTypedErrors_data();
    void calendarAnswersGiveEventsOrTypedErrors();
    void readsEachEventAsDocumented_data();
    void readsEachEventAsDocumented();
    void ordersLineupByBillingIndex();
    void readsCityAndCountryCode();
    void keepsUntimedGigsUntimed();
    void takesBillingAsGiven();
    void billingReachesTheCsvArtistRows();
    void keepsFirstMbidAndTheOthers();
    void readsPaging();
    void locationsGiveMetroAreasOnce();
    void locationsAnswersGiveTypedErrors_data();
    void locationsAnswersGiveTypedErrors();
};

void TstSongkickParser::calendarAnswersGiveEventsOrTypedErrors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("errorKind"); // -1: no error
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("events");
    QTest::addColumn<int>("skipped");

    const int none = -1;
    const int bad = int(SourceError::Kind::BadResponse);
    const int service = int(SourceError::Kind::ServiceError);
    QTest::newRow("page") << u"calendar_page.json"_s << none << QString() << 5 << 6;
    QTest::newRow("no events") << u"calendar_empty.json"_s << none << QString() << 0 << 0;
    QTest::newRow("error body") << u"error.json"_s << service << u"Invalid or missing apikey"_s << 0
                                << 0;
    QTest::newRow("truncated") << u"truncated.json"_s << bad << u"not JSON"_s << 0 << 0;
    QTest::newRow("event not a list")
        << u"wrong_types.json"_s << bad << u"results.event"_s << 0 << 0;
    QTest::newRow("no resultsPage")
        << u"no_results_page.json"_s << bad << u"resultsPage"_s << 0 << 0;
    QTest::newRow("results not an object")
        << u"results_not_an_object.json"_s << bad << u"results"_s << 0 << 0;
    QTest::newRow("empty body") << u"empty.json"_s << bad << u"empty"_s << 0 << 0;
    QTest::newRow("html") << u"html.json"_s << bad << u"HTML"_s << 0 << 0;
    QTest::newRow("huge numbers") << u"huge_numbers.json"_s << none << QString() << 1 << 1;
}

void TstSongkickParser::calendarAnswersGiveEventsOrTypedErrors()
{
    QFETCH(QString, file);
    QFETCH(int, errorKind);
    QFETCH(QString, message);
    QFETCH(int, events);
    QFETCH(int, skipped);

    const auto result = parseSongkickCalendar(fixture(u"songkick/"_s + file));
    test::verifyOutcome(result, errorKind, message);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(result.value.batch.events.size(), events);
    QCOMPARE(result.skipped.size(), skipped);
}

void TstSongkickParser::readsEachEventAsDocumented_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<EventStatus>("status");
    QTest::addColumn<EventStart>("start");
    QTest::addColumn<QString>("venue");
    QTest::addColumn<QGeoCoordinate>("coordinate");

    QTest::newRow("venue coordinates, +0000")
        << u"sk:3037536"_s << u"Vampire Weekend at O2 Academy Brixton (February 16, 2010)"_s
        << EventStatus::Ok << EventStart(QDate(2010, 2, 16), QTime(19, 30), 0)
        << u"O2 Academy Brixton"_s << QGeoCoordinate(51.4681, -0.1187);
    QTest::newRow("formula-like name, null venue coordinates fall back to location, cancelled")
        << u"sk:3037537"_s << u"=HYPERLINK(\"x\") @ the\nPub, -night +1"_s << EventStatus::Cancelled
        << EventStart(QDate(2010, 2, 17)) << u"Unknown venue"_s << QGeoCoordinate(51.5, -0.2);
    QTest::newRow("-0800 offset, no coordinates at all, postponed")
        << u"sk:3037538"_s << u"Postponed in LA"_s << EventStatus::Postponed
        << EventStart(QDate(2012, 4, 18), QTime(20, 0), -8 * 3600) << u"Hall"_s << QGeoCoordinate();
    QTest::newRow("time and +05:30 from datetime alone")
        << u"sk:3037539"_s << u"Datetime only"_s << EventStatus::Ok
        << EventStart(QDate(2012, 4, 19), QTime(21, 15), 5 * 3600 + 1800) << QString()
        << QGeoCoordinate();
}

void TstSongkickParser::readsEachEventAsDocumented()
{
    QFETCH(QString, id);
    QFETCH(QString, name);
    QFETCH(EventStatus, status);
    QFETCH(EventStart, start);
    QFETCH(QString, venue);
    QFETCH(QGeoCoordinate, coordinate);

    const auto result = parseSongkickCalendar(fixture(u"songkick/calendar_page.json"_s));
    const Event *event = findEvent(result.value.batch.events, id);
    QVERIFY2(event, qPrintable(id));
    QCOMPARE(event->name, name);
    QCOMPARE(event->status, status);
    QCOMPARE(event->start, start);
    QCOMPARE(event->venue.name, venue);
    QCOMPARE(event->venue.coordinate, coordinate);
}

void TstSongkickParser::ordersLineupByBillingIndex()
{
    const auto result = parseSongkickCalendar(fixture(u"songkick/calendar_page.json"_s));
    const auto &events = result.value.batch.events;
    QCOMPARE(findEvent(events, u"sk:3037536"_s)->lineup,
        (QStringList { u"sk:288696"_s, u"sk:112"_s, u"sk:111"_s }));
    // A performance without billingIndex goes after the indexed ones.
    QCOMPARE(
        findEvent(events, u"sk:3037538"_s)->lineup, (QStringList { u"sk:115"_s, u"sk:114"_s }));
    QVERIFY(findEvent(events, u"sk:3037542"_s)->lineup.isEmpty());
    QCOMPARE(findEvent(events, u"sk:3037536"_s)->venue.city, u"London"_s);
    QCOMPARE(findEvent(events, u"sk:3037536"_s)->venue.country, u"GB"_s);
    QCOMPARE(QUrl(findEvent(events, u"sk:3037536"_s)->url).host(), u"www.songkick.com"_s);

    QStringList artistIds;
    for (const Artist &artist : result.value.batch.artists)
        artistIds.append(artist.id);
    QCOMPARE(artistIds,
        (QStringList {
            u"sk:288696"_s, u"sk:112"_s, u"sk:111"_s, u"sk:113"_s, u"sk:115"_s, u"sk:114"_s }));
    QCOMPARE(result.value.batch.artists.at(2).name, u"Support, \"The\" Act"_s);
    QCOMPARE(result.value.batch.artists.at(3).name, u"Кино"_s);
}

void TstSongkickParser::readsCityAndCountryCode()
{
    // Calendar venues have no city object: the city is location.city before its first comma,
    // the country the code of venue.metroArea.country.displayName; an unknown name stays empty.
    const auto result = parseSongkickCalendar(fixture(u"songkick/calendar_minneapolis.json"_s));
    QVERIFY(result.ok());
    const auto &events = result.value.batch.events;
    QCOMPARE(events.size(), 4);
    const Event *first = findEvent(events, u"sk:41000001"_s);
    QCOMPARE(first->venue.city, u"Minneapolis"_s);
    QCOMPARE(first->venue.country, u"US"_s);
    QCOMPARE(findEvent(events, u"sk:41000002"_s)->venue.city, u"Duluth"_s);
    QCOMPARE(findEvent(events, u"sk:41000002"_s)->venue.country, u"US"_s);
    QCOMPARE(findEvent(events, u"sk:41000003"_s)->venue.city, u"Atlantis"_s);
    QCOMPARE(findEvent(events, u"sk:41000003"_s)->venue.country, QString());
    QCOMPARE(findEvent(events, u"sk:41000004"_s)->venue.country, u"DE"_s);
}

void TstSongkickParser::keepsUntimedGigsUntimed()
{
    const auto result = parseSongkickCalendar(fixture(u"songkick/calendar_minneapolis.json"_s));
    const Event *untimed = findEvent(result.value.batch.events, u"sk:41000002"_s);
    QCOMPARE(untimed->start.localDate(), QDate(2027, 7, 29));
    QVERIFY(!untimed->start.localTime().has_value());
    QVERIFY(!untimed->start.utcOffsetSeconds().has_value());
    // Read as a person does: after the timed gig of its day, not before it as midnight UTC.
    const Event *timed = findEvent(result.value.batch.events, u"sk:41000001"_s);
    QCOMPARE(timed->start.utcOffsetSeconds(), -5 * 3600);
    QVERIFY(timed->start < untimed->start);
}

void TstSongkickParser::takesBillingAsGiven()
{
    const auto result = parseSongkickCalendar(fixture(u"songkick/calendar_billing.json"_s));
    QVERIFY(result.ok());
    const auto &events = result.value.batch.events;
    const QList<Billing> twoHeadliners { Billing::Headline, Billing::Headline, Billing::Support };
    // Two headliners, listed out of billing order.
    const Event *coHeadlined = findEvent(events, u"sk:40100001"_s);
    QCOMPARE(coHeadlined->lineup, (QStringList { u"sk:700001"_s, u"sk:700002"_s, u"sk:700003"_s }));
    QCOMPARE(coHeadlined->billing, twoHeadliners);
    QCOMPARE(coHeadlined->billingAt(1), Billing::Headline);
    // A festival: billing as given; an act without billing, or with a word Songkick does not
    // document, is support unless it comes first.
    const Event *festival = findEvent(events, u"sk:40100002"_s);
    QCOMPARE(festival->lineup,
        (QStringList {
            u"sk:700011"_s, u"sk:700012"_s, u"sk:700013"_s, u"sk:700014"_s, u"sk:700015"_s }));
    QCOMPARE(festival->billing,
        (QList<Billing> { Billing::Headline, Billing::Headline, Billing::Support, Billing::Support,
            Billing::Support }));
    // One act without billing: it comes first, so it headlines.
    const Event *alone = findEvent(events, u"sk:40100003"_s);
    QCOMPARE(alone->billing, QList<Billing> { Billing::Headline });
    // The older fixture: one headliner, as given.
    const auto page = parseSongkickCalendar(fixture(u"songkick/calendar_page.json"_s));
    QCOMPARE(findEvent(page.value.batch.events, u"sk:3037536"_s)->billing,
        (QList<Billing> { Billing::Headline, Billing::Support, Billing::Support }));
}

void TstSongkickParser::billingReachesTheCsvArtistRows()
{
    // From Songkick's answer through the store to the export: each act's billing as given.
    const auto result = parseSongkickCalendar(fixture(u"songkick/calendar_billing.json"_s));
    QVERIFY(result.ok());
    GigStore store;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    store.upsertEvents(result.value.batch.events, now, now.addDays(1));
    store.upsertArtists(result.value.batch.artists, now, now.addDays(1));
    const QByteArray csv = CsvWriter::write(
        collectExportGigs(store, { u"sk:40100001"_s }, {}), { CsvWriter::Rows::Artists, false });
    const QStringList rows = QString::fromUtf8(csv).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 4);
    QStringList billing;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        // Counted from the end: the event's name before them holds a quoted comma.
        const QStringList fields = rows.at(i).split(u',');
        billing.append(fields.at(fields.size() - 7) + u'=' + fields.at(fields.size() - 5));
    }
    QCOMPARE(billing,
        (QStringList { u"North Sea Choir=headline"_s, u"Hollow Pilots=headline"_s,
            u"Pale Lanterns=support"_s }));
}

void TstSongkickParser::keepsFirstMbidAndTheOthers()
{
    const auto result = parseSongkickCalendar(fixture(u"songkick/calendar_page.json"_s));
    const auto &artists = result.value.batch.artists;
    QCOMPARE(artists.at(0).mbid, u"af37c51c-0790-4a29-b995-456f98a6b8c9"_s);
    QVERIFY(artists.at(0).otherMbids.isEmpty());
    // Several MBIDs: the first one, the others de-duplicated and lower-case, invalid ones dropped.
    QCOMPARE(artists.at(1).mbid, u"11111111-2222-3333-4444-555555555555"_s);
    QCOMPARE(artists.at(1).otherMbids, QStringList { u"66666666-7777-8888-9999-aaaaaaaaaaaa"_s });
    QVERIFY(!artists.at(2).hasMbid()); // empty identifier[]
}

void TstSongkickParser::readsPaging()
{
    const auto result = parseSongkickCalendar(
        R"({"resultsPage":{"status":"ok","results":{},"perPage":50,"page":3,"totalEntries":1234}})"_ba);
    QVERIFY(result.ok());
    QCOMPARE(result.value.page, 3);
    QCOMPARE(result.value.perPage, 50);
    QCOMPARE(result.value.totalEntries, 1234);
}

void TstSongkickParser::locationsGiveMetroAreasOnce()
{
    const auto result = parseSongkickLocations(fixture(u"songkick/locations.json"_s));
    QVERIFY(result.ok());
    QCOMPARE(result.value.size(), 2);
    QCOMPARE(result.value.at(0),
        (SongkickMetroArea { u"24426"_s, u"London"_s, QGeoCoordinate(51.5078, -0.128) }));
    QCOMPARE(result.value.at(1), (SongkickMetroArea { u"17835"_s, u"London"_s, QGeoCoordinate() }));
    QCOMPARE(result.skipped.size(), 1);
    QVERIFY(result.skipped.at(0).contains(u"metroArea.id is missing"_s));

    const auto none = parseSongkickLocations(fixture(u"songkick/locations_empty.json"_s));
    QVERIFY(none.ok());
    QVERIFY(none.value.isEmpty());
}

void TstSongkickParser::locationsAnswersGiveTypedErrors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<SourceError::Kind>("kind");
    QTest::newRow("error body") << u"error.json"_s << SourceError::Kind::ServiceError;
    QTest::newRow("truncated") << u"truncated.json"_s << SourceError::Kind::BadResponse;
    QTest::newRow("location not a list") << u"wrong_types.json"_s << SourceError::Kind::BadResponse;
    // Must not read as "no metro area here": a refresh would then empty the place's gig list.
    QTest::newRow("results not an object")
        << u"results_not_an_object.json"_s << SourceError::Kind::BadResponse;
    QTest::newRow("empty body") << u"empty.json"_s << SourceError::Kind::BadResponse;
    QTest::newRow("html") << u"html.json"_s << SourceError::Kind::BadResponse;
}

void TstSongkickParser::locationsAnswersGiveTypedErrors()
{
    QFETCH(QString, file);
    QFETCH(SourceError::Kind, kind);
    const auto result = parseSongkickLocations(fixture(u"songkick/"_s + file));
    QVERIFY(!result.ok());
    QCOMPARE(result.error->kind, kind);
    QVERIFY(!result.error->message.isEmpty());
}

} // namespace gig

QTEST_GUILESS_MAIN(gig::TstSongkickParser)
#include "tst_songkickparser.moc"
