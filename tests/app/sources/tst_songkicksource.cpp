#include "app/sources/songkicksource.h"
#include "fakeservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using gig::test::FakeService;

namespace gig {

namespace {

const QDate firstDay(2026, 12, 1);
const QGeoCoordinate brixton(51.4613, -0.1156);

// A Songkick whose metro area 24426 holds `count` gigs: one a day from firstDay, every fifth
// one 80 km away (outside a 30 km radius), every seventh without venue coordinates but with the
// location's, every eleventh with no coordinates at all.
FakeService::Answer songkickAnswer(const QString &path, const QUrlQuery &query, int count)
{
    if (query.queryItemValue(u"apikey"_s) != u"k3y"_s)
        return {
            401,
            R"({"resultsPage":{"status":"error","error":{"message":"Invalid or missing apikey"}}})"_ba
        };
    if (path == u"/search/locations.json"_s) {
        if (query.queryItemValue(u"location"_s) == u"geo:0.000000,0.000000"_s)
            return {
                200,
                R"({"resultsPage":{"status":"ok","results":{},"perPage":50,"page":1,"totalEntries":0}})"_ba
            };
        return {
            200,
            R"({"resultsPage":{"status":"ok","results":{"location":[{"city":{"displayName":"London"},"metroArea":{"id":24426,"displayName":"London","lat":51.5078,"lng":-0.128}}]},"perPage":50,"page":1,"totalEntries":1}})"_ba
        };
    }
    if (path != u"/metro_areas/24426/calendar.json"_s)
        return { 404, R"({"resultsPage":{"status":"error","error":{"message":"Not found"}}})"_ba };
    const int page = query.queryItemValue(u"page"_s).toInt();
    const int perPage = query.queryItemValue(u"per_page"_s).toInt();
    QJsonArray events;
    for (int i = (page - 1) * perPage; i < std::min(count, page * perPage); ++i) {
        const bool far = i % 5 == 0;
        const QJsonValue lat
            = i % 7 == 0 || i % 11 == 0 ? QJsonValue() : QJsonValue(far ? 52.2 : 51.47);
        const QJsonValue locationLat = i % 11 == 0 ? QJsonValue() : QJsonValue(far ? 52.2 : 51.46);
        events.append(QJsonObject {
            { u"id"_s, 1000 + i },
            { u"displayName"_s, u"Gig %1"_s.arg(i) },
            { u"status"_s, u"ok"_s },
            { u"start"_s,
                QJsonObject { { u"date"_s, firstDay.addDays(i).toString(Qt::ISODate) },
                    { u"time"_s, u"20:00:00"_s },
                    { u"datetime"_s,
                        QString(
                            firstDay.addDays(i).toString(Qt::ISODate) + u"T20:00:00+0000"_s) } } },
            { u"performance"_s,
                QJsonArray { QJsonObject { { u"billingIndex"_s, 1 },
                    { u"artist"_s,
                        QJsonObject { { u"id"_s, i }, { u"displayName"_s, u"Artist %1"_s.arg(i) },
                            { u"identifier"_s, QJsonArray() } } } } } },
            { u"venue"_s,
                QJsonObject { { u"displayName"_s, u"Hall"_s }, { u"lat"_s, lat },
                    { u"lng"_s, lat.isNull() ? QJsonValue() : QJsonValue(-0.11) } } },
            { u"location"_s,
                QJsonObject { { u"city"_s, u"London, UK"_s }, { u"lat"_s, locationLat },
                    { u"lng"_s, locationLat.isNull() ? QJsonValue() : QJsonValue(-0.12) } } },
        });
    }
    QJsonObject results;
    if (!events.isEmpty())
        results.insert(u"event"_s, events);
    const QJsonObject root { { u"resultsPage"_s,
        QJsonObject { { u"status"_s, u"ok"_s }, { u"results"_s, results },
            { u"perPage"_s, perPage }, { u"page"_s, page }, { u"totalEntries"_s, count } } } };
    return { 200, QJsonDocument(root).toJson(QJsonDocument::Compact) };
}

} // namespace

class TstSongkickSource : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLoggingCategory::setFilterRules(u"gigmap.sources.warning=false\ngigmap.net.*=false"_s);
    }

    void findsMetroAreaThenReadsEveryPage();
    void dropsGigsOutsideRadiusAndDates();
    void placeWithoutMetroAreaHasNoGigs();
    void errorBodyBecomesServiceError();
    void placesInOneMetroAreaShareItsCalendar();
    void failedCalendarFailsEveryPlaceWaitingForIt();
    void lostPageKeepsThePagesRead();

private:
    using Run = test::Outcome<EventBatch>;
    Run fetch(FakeService &service, const EventQuery &query, const QString &apiKey = u"k3y"_s);
};

TstSongkickSource::Run TstSongkickSource::fetch(
    FakeService &service, const EventQuery &query, const QString &apiKey)
{
    RequestQueue queue;
    test::makeLanesFast(queue);
    SongkickSource source(&queue, { service.root(), apiKey });
    return test::waitFor(source.fetchEvents(query));
}

void TstSongkickSource::findsMetroAreaThenReadsEveryPage()
{
    FakeService service([](const QString &path, const QUrlQuery &query) {
        return songkickAnswer(path, query, 120);
    });
    QVERIFY(service.isListening());
    const Run run = fetch(service, EventQuery { brixton, 1000.0, firstDay, firstDay.addDays(200) });
    QVERIFY2(!run.error, qPrintable(toString(run.error.value_or(SourceError {}))));
    QCOMPARE(run.value.metroArea, u"24426"_s);
    QCOMPARE(run.value.events.size(), 120);
    QCOMPARE(run.requestCount, 4); // the location, then pages 1, 2 and 3
    const QUrlQuery location(service.requests().first());
    QCOMPARE(service.requests().first().path(), u"/svc/search/locations.json"_s);
    QCOMPARE(location.queryItemValue(u"location"_s), u"geo:51.461300,-0.115600"_s);
    QStringList pages;
    for (const QUrl &url : service.requests().mid(1)) {
        QCOMPARE(url.path(), u"/svc/metro_areas/24426/calendar.json"_s);
        QCOMPARE(QUrlQuery(url).queryItemValue(u"per_page"_s), u"50"_s);
        pages.append(QUrlQuery(url).queryItemValue(u"page"_s));
    }
    pages.sort();
    QCOMPARE(pages, (QStringList { u"1"_s, u"2"_s, u"3"_s }));
    QCOMPARE(run.value.events.first().id, u"sk:1000"_s);
    QCOMPARE(run.value.events.first().lineup, QStringList { u"sk:0"_s });
}

void TstSongkickSource::dropsGigsOutsideRadiusAndDates()
{
    FakeService service([](const QString &path, const QUrlQuery &query) {
        return songkickAnswer(path, query, 120);
    });
    const Run run
        = fetch(service, EventQuery { brixton, 30.0, firstDay.addDays(10), firstDay.addDays(39) });
    QVERIFY(!run.error);
    QStringList expected;
    for (int i = 10; i <= 39; ++i) {
        if (i % 5 != 0 || i % 11 == 0) // far ones are dropped unless nothing tells where they are
            expected.append(u"sk:%1"_s.arg(1000 + i));
    }
    QStringList ids;
    for (const Event &event : run.value.events)
        ids.append(event.id);
    QCOMPARE(ids, expected);
    // Only the artists of the gigs kept.
    QCOMPARE(run.value.artists.size(), expected.size());
    // Venue coordinates fall back to the location's.
    QCOMPARE(run.value.events.at(expected.indexOf(u"sk:1014"_s)).venue.coordinate,
        QGeoCoordinate(51.46, -0.12));
}

void TstSongkickSource::placeWithoutMetroAreaHasNoGigs()
{
    FakeService service([](const QString &path, const QUrlQuery &query) {
        return songkickAnswer(path, query, 120);
    });
    const Run run
        = fetch(service, EventQuery { QGeoCoordinate(0, 0), 30.0, firstDay, firstDay.addDays(30) });
    QVERIFY(!run.error);
    QVERIFY(run.value.metroArea.isEmpty());
    QVERIFY(run.value.events.isEmpty());
    QCOMPARE(run.requestCount, 1);
}

void TstSongkickSource::errorBodyBecomesServiceError()
{
    FakeService service([](const QString &path, const QUrlQuery &query) {
        return songkickAnswer(path, query, 120);
    });
    const Run run
        = fetch(service, EventQuery { brixton, 30.0, firstDay, firstDay.addDays(30) }, u"wrong"_s);
    QVERIFY(run.error);
    QCOMPARE(run.error->kind, SourceError::Kind::ServiceError);
    QCOMPARE(run.error->message, u"Invalid or missing apikey"_s);
    QCOMPARE(run.error->httpStatus, 401);
}

void TstSongkickSource::placesInOneMetroAreaShareItsCalendar()
{
    FakeService service([](const QString &path, const QUrlQuery &query) {
        return songkickAnswer(path, query, 120);
    });
    auto pagesAsked = [&service] {
        int pages = 0;
        for (const QUrl &url : service.requests())
            pages += url.path().endsWith(u"/calendar.json"_s) ? 1 : 0;
        return pages;
    };
    RequestQueue queue;
    test::makeLanesFast(queue);
    SongkickSource source(&queue, { service.root(), u"k3y"_s });

    // Two places in London at once: one set of pages, each place keeps its own radius.
    const QGeoCoordinate camden(51.539, -0.1426);
    auto near = std::make_shared<Run>();
    auto wide = std::make_shared<Run>();
    test::collectInto(
        source.fetchEvents(EventQuery { brixton, 30.0, firstDay, firstDay.addDays(200) }), near);
    test::collectInto(
        source.fetchEvents(EventQuery { camden, 1000.0, firstDay, firstDay.addDays(200) }), wide);
    QVERIFY(QTest::qWaitFor([&] { return near->finished && wide->finished; }, 20000));
    const Run &nearRun = *near;
    const Run &wideRun = *wide;
    QVERIFY(!nearRun.error && !wideRun.error);
    QCOMPARE(pagesAsked(), 3);
    QCOMPARE(wideRun.value.events.size(), 120);
    QVERIFY(nearRun.value.events.size() < 120); // the far gigs are outside 30 km
    QCOMPARE(nearRun.value.metroArea, u"24426"_s);
    QCOMPARE(wideRun.value.metroArea, u"24426"_s);

    // A third place soon after: its metro area is looked up, the calendar is not read again.
    const Run later = test::waitFor(
        source.fetchEvents(EventQuery { camden, 30.0, firstDay, firstDay.addDays(200) }));
    QVERIFY(!later.error);
    QCOMPARE(pagesAsked(), 3);
    QCOMPARE(later.requestCount, 1);
    QVERIFY(!later.value.events.isEmpty());

    // Without reuse every fetch reads the pages.
    SongkickSource::Config config { service.root(), u"k3y"_s };
    config.calendarReuse = std::chrono::milliseconds(0);
    SongkickSource fresh(&queue, config);
    QVERIFY(!test::waitFor(
        fresh.fetchEvents(EventQuery { brixton, 30.0, firstDay, firstDay.addDays(200) }))
                 .error);
    QVERIFY(!test::waitFor(
        fresh.fetchEvents(EventQuery { brixton, 30.0, firstDay, firstDay.addDays(200) }))
                 .error);
    QCOMPARE(pagesAsked(), 9);
}

void TstSongkickSource::failedCalendarFailsEveryPlaceWaitingForIt()
{
    FakeService service([](const QString &path, const QUrlQuery &query) -> FakeService::Answer {
        if (path.endsWith(u"/calendar.json"_s))
            return { 500, "oops"_ba };
        return songkickAnswer(path, query, 120);
    });
    RequestQueue queue;
    test::makeLanesFast(queue);
    SongkickSource source(&queue, { service.root(), u"k3y"_s });
    auto first = std::make_shared<Run>();
    auto second = std::make_shared<Run>();
    test::collectInto(
        source.fetchEvents(EventQuery { brixton, 30.0, firstDay, firstDay.addDays(30) }), first);
    test::collectInto(
        source.fetchEvents(EventQuery { brixton, 50.0, firstDay, firstDay.addDays(30) }), second);
    QVERIFY(QTest::qWaitFor([&] { return first->finished && second->finished; }, 20000));
    const Run &firstRun = *first;
    const Run &secondRun = *second;
    QVERIFY(firstRun.error && secondRun.error);
    QCOMPARE(secondRun.error->kind, firstRun.error->kind);

    // Nothing of the failure is kept: the next place reads the calendar again (and fails again).
    const qsizetype asked = service.requests().size();
    QVERIFY(test::waitFor(
        source.fetchEvents(EventQuery { brixton, 30.0, firstDay, firstDay.addDays(30) }))
                .error);
    QVERIFY(service.requests().size() > asked + 1);
}

void TstSongkickSource::lostPageKeepsThePagesRead()
{
    // Page 2 of the metro area's calendar always fails: pages 1 and 3 are kept (70 of 120
    // gigs), the lost page is named, and the calendar is not reused by the next place.
    FakeService service([](const QString &path, const QUrlQuery &query) -> FakeService::Answer {
        if (path.endsWith(u"/calendar.json"_s) && query.queryItemValue(u"page"_s) == u"2"_s)
            return { 503, "Service Unavailable"_ba, "text/plain"_ba };
        return songkickAnswer(path, query, 120);
    });
    RequestQueue queue;
    test::makeLanesFast(queue);
    SongkickSource source(&queue, { service.root(), u"k3y"_s });
    const Run run = test::waitFor(
        source.fetchEvents(EventQuery { brixton, 1000.0, firstDay, firstDay.addDays(200) }));
    QVERIFY2(!run.error, qPrintable(toString(run.error.value_or(SourceError {}))));
    QCOMPARE(run.value.events.size(), 70); // pages 1 and 3
    QCOMPARE(run.value.missingPages.size(), 1);
    QVERIFY2(
        run.value.missingPages.first().startsWith(u"page 2 of 3 of the metro area's calendar"_s),
        qPrintable(run.value.missingPages.first()));
    QCOMPARE(run.requestCount, 5); // the location, pages 1 to 3, page 2 again

    const Run next = test::waitFor(
        source.fetchEvents(EventQuery { brixton, 30.0, firstDay, firstDay.addDays(200) }));
    QVERIFY(!next.error);
    QCOMPARE(next.requestCount, 5);
    QVERIFY(!next.value.hasEveryPage());
}

} // namespace gig

QTEST_GUILESS_MAIN(gig::TstSongkickSource)
#include "tst_songkicksource.moc"
