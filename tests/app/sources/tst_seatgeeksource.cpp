// The SeatGeek source against a stand-in that pages as SeatGeek does: meta.total, per_page, page.
#include "app/net/redaction.h"
#include "app/sources/seatgeeksource.h"
#include "fakeservice.h"
#include "fixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using gig::test::FakeService;

namespace gig {

namespace {

const QDate firstDay(2026, 12, 1);

// A SeatGeek that lists `count` concerts, one every two hours from firstDay 18:00 local (UTC-5),
// the page asked for of `per_page` each, with meta as SeatGeek writes it. No client id: 403.
FakeService::Answer eventsAnswer(const QUrlQuery &query, int count)
{
    if (query.queryItemValue(u"client_id"_s).isEmpty())
        return { 403, test::fixture(u"seatgeek/client_required.json"_s) };
    const int perPage = query.queryItemValue(u"per_page"_s).toInt();
    const int page = query.queryItemValue(u"page"_s).toInt();
    if (perPage < 1 || page < 1)
        return { 400, R"({"status":400,"meta":{"status":400},"message":"bad paging"})"_ba };
    QJsonArray events;
    for (int i = (page - 1) * perPage; i < std::min(count, page * perPage); ++i) {
        const QDateTime local = QDateTime(firstDay, QTime(18, 0), Qt::UTC).addSecs(i * 7200LL);
        const QDateTime utc = local.addSecs(5 * 3600);
        events.append(QJsonObject {
            { u"id"_s, 1000 + i },
            { u"title"_s, u"Gig %1"_s.arg(i) },
            { u"datetime_local"_s, local.toString(u"yyyy-MM-ddTHH:mm:ss"_s) },
            { u"datetime_utc"_s, utc.toString(u"yyyy-MM-ddTHH:mm:ss"_s) },
            { u"time_tbd"_s, false },
            { u"date_tbd"_s, false },
            { u"status"_s, u"normal"_s },
            { u"performers"_s,
                QJsonArray { QJsonObject { { u"id"_s, 50 + i % 7 },
                    { u"name"_s, u"Artist %1"_s.arg(i % 7) }, { u"primary"_s, true } } } },
        });
    }
    const QJsonObject root { { u"events"_s, events },
        { u"meta"_s,
            QJsonObject { { u"total"_s, count }, { u"took"_s, 3 }, { u"page"_s, page },
                { u"per_page"_s, perPage }, { u"geolocation"_s, QJsonValue() } } },
        { u"in_hand"_s, QJsonObject {} } };
    return { 200, QJsonDocument(root).toJson(QJsonDocument::Compact) };
}

EventQuery chicagoQuery(int days = 30)
{
    return EventQuery { QGeoCoordinate(41.8781, -87.6298), 30.0, firstDay,
        firstDay.addDays(days - 1) };
}

QStringList pagesAsked(const FakeService &service)
{
    QStringList pages;
    for (const QUrl &url : service.requests())
        pages.append(QUrlQuery(url).queryItemValue(u"page"_s));
    std::sort(pages.begin(), pages.end(),
        [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
    return pages;
}

} // namespace

class TstSeatGeekSource : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLoggingCategory::setFilterRules(u"gigmap.sources.warning=false\ngigmap.net.*=false"_s);
    }

    void asksAsTheServiceDocuments();
    void readsEveryPageFromMetaTotal();
    void onePageWhenAllFit();
    void stopsAtTheRequestCap();
    void lostPageKeepsThePagesRead();
    void failedFirstPageFailsTheFetch_data();
    void failedFirstPageFailsTheFetch();
    void refusesQueriesItCannotAsk_data();
    void refusesQueriesItCannotAsk();
    void cancelledFetchNeverFinishes();
    void namesItself();

private:
    using Run = test::Outcome<EventBatch>;
    Run fetch(FakeService &service, const EventQuery &query, const QString &clientId = u"c1d"_s,
        int maxRequests = 50);
};

TstSeatGeekSource::Run TstSeatGeekSource::fetch(
    FakeService &service, const EventQuery &query, const QString &clientId, int maxRequests)
{
    RequestQueue queue;
    test::makeLanesFast(queue);
    SeatGeekSource::Config config;
    config.baseUrl = service.root();
    config.clientId = clientId;
    config.maxRequests = maxRequests;
    SeatGeekSource source(&queue, config);
    return test::waitFor(source.fetchEvents(query));
}

void TstSeatGeekSource::asksAsTheServiceDocuments()
{
    FakeService service(
        [](const QString &, const QUrlQuery &query) { return eventsAnswer(query, 3); });
    QVERIFY(service.isListening());
    const Run run = fetch(service, chicagoQuery(3));
    QVERIFY2(!run.error, qPrintable(toString(run.error.value_or(SourceError {}))));
    QCOMPARE(service.requests().size(), 1);
    const QUrl url = service.requests().first();
    QCOMPARE(url.path(), u"/svc/events"_s);
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(u"client_id"_s), u"c1d"_s);
    QCOMPARE(query.queryItemValue(u"lat"_s), u"41.878100"_s);
    QCOMPARE(query.queryItemValue(u"lon"_s), u"-87.629800"_s);
    QCOMPARE(query.queryItemValue(u"range"_s), u"30km"_s);
    QCOMPARE(query.queryItemValue(u"taxonomies.name"_s), u"concert"_s);
    QCOMPARE(query.queryItemValue(u"datetime_local.gte"_s), u"2026-12-01T00:00:00"_s);
    QCOMPARE(query.queryItemValue(u"datetime_local.lte"_s), u"2026-12-03T23:59:59"_s);
    QCOMPARE(query.queryItemValue(u"sort"_s), u"id.asc"_s);
    QCOMPARE(query.queryItemValue(u"per_page"_s), u"100"_s);
    QCOMPARE(query.queryItemValue(u"page"_s), u"1"_s);
    QVERIFY(!query.hasQueryItem(u"client_secret"_s));
    QCOMPARE(query.queryItems().size(), 10);
    QVERIFY(!redactedUrl(url).contains(u"c1d"_s)); // the client id never reaches the log

    QCOMPARE(run.value.events.size(), 3);
    const Event &first = run.value.events.first();
    QCOMPARE(first.id, u"sg:1000"_s);
    QCOMPARE(first.start, EventStart(firstDay, QTime(18, 0), -5 * 3600));
    QCOMPARE(first.lineup, QStringList { u"sg:50"_s });
    QVERIFY(run.value.complete);
    QVERIFY(run.value.hasEveryPage());

    // A radius that is not whole km is rounded up.
    const SeatGeekSource::Config config { service.root(), u"c1d"_s };
    RequestQueue queue;
    const SeatGeekSource source(&queue, config);
    EventQuery wide = chicagoQuery();
    wide.radiusKm = 12.2;
    QCOMPARE(QUrlQuery(source.pageUrl(wide, 4)).queryItemValue(u"range"_s), u"13km"_s);
    QCOMPARE(QUrlQuery(source.pageUrl(wide, 4)).queryItemValue(u"page"_s), u"4"_s);
}

void TstSeatGeekSource::readsEveryPageFromMetaTotal()
{
    // 250 gigs at 100 a page: pages 1, 2 and 3, each once.
    FakeService service(
        [](const QString &, const QUrlQuery &query) { return eventsAnswer(query, 250); });
    const Run run = fetch(service, chicagoQuery());
    QVERIFY2(!run.error, qPrintable(toString(run.error.value_or(SourceError {}))));
    QCOMPARE(run.value.events.size(), 250);
    QCOMPARE(run.value.artists.size(), 7);
    QVERIFY(run.value.complete);
    QCOMPARE(run.requestCount, 3);
    QCOMPARE(pagesAsked(service), (QStringList { u"1"_s, u"2"_s, u"3"_s }));
    // Sorted by start, whatever order the pages came back in.
    for (qsizetype i = 1; i < run.value.events.size(); ++i)
        QVERIFY(!(run.value.events.at(i).start < run.value.events.at(i - 1).start));
}

void TstSeatGeekSource::onePageWhenAllFit()
{
    for (const int count : { 0, 100 }) {
        FakeService service([count](const QString &, const QUrlQuery &query) {
            return eventsAnswer(query, count);
        });
        const Run run = fetch(service, chicagoQuery());
        QVERIFY(!run.error);
        QCOMPARE(run.value.events.size(), count);
        QCOMPARE(run.requestCount, 1);
        QVERIFY(run.value.complete);
    }
}

void TstSeatGeekSource::stopsAtTheRequestCap()
{
    // 1000 gigs are 10 pages; a cap of 4 reads pages 1 to 4 and says the list is incomplete.
    FakeService service(
        [](const QString &, const QUrlQuery &query) { return eventsAnswer(query, 1000); });
    const Run run = fetch(service, chicagoQuery(), u"c1d"_s, 4);
    QVERIFY(!run.error);
    QCOMPARE(run.requestCount, 4);
    QCOMPARE(pagesAsked(service), (QStringList { u"1"_s, u"2"_s, u"3"_s, u"4"_s }));
    QCOMPARE(run.value.events.size(), 400);
    QVERIFY(!run.value.complete);
    QVERIFY(run.value.hasEveryPage()); // not lost: never asked
}

void TstSeatGeekSource::lostPageKeepsThePagesRead()
{
    // Page 2 always fails: pages 1 and 3 stay, page 2 is named, and it was asked twice.
    FakeService service([](const QString &, const QUrlQuery &query) -> FakeService::Answer {
        if (query.queryItemValue(u"page"_s) == u"2"_s)
            return { 500, "Internal Server Error"_ba, "text/plain"_ba };
        return eventsAnswer(query, 250);
    });
    const Run run = fetch(service, chicagoQuery());
    QVERIFY2(!run.error, qPrintable(toString(run.error.value_or(SourceError {}))));
    QCOMPARE(run.value.events.size(), 150);
    QCOMPARE(run.value.missingPages.size(), 1);
    QVERIFY2(run.value.missingPages.first().startsWith(u"page 2 of 3 of the gigs ("_s),
        qPrintable(run.value.missingPages.first()));
    QCOMPARE(pagesAsked(service).count(u"2"_s), 2);
}

void TstSeatGeekSource::failedFirstPageFailsTheFetch_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<SourceError::Kind>("kind");
    QTest::addColumn<QString>("message");

    QTest::newRow("bad client id") << 403 << QByteArray() << u"c1d"_s
                                   << SourceError::Kind::ServiceError << u"Client is required"_s;
    QTest::newRow("400 with message")
        << 400
        << R"({"status":400,"meta":{"status":400},"message":"missing required parameter: q"})"_ba
        << u"c1d"_s << SourceError::Kind::ServiceError << u"missing required parameter"_s;
    QTest::newRow("plain 500") << 500 << "oops"_ba << u"c1d"_s << SourceError::Kind::Http
                               << QString();
    QTest::newRow("captcha page")
        << 200
        << "<!DOCTYPE html><html><title>Access to this page has been denied.</title></html>"_ba
        << u"c1d"_s << SourceError::Kind::BadResponse << u"HTML"_s;
    QTest::newRow("no meta") << 200 << R"({"events":[]})"_ba << u"c1d"_s
                             << SourceError::Kind::BadResponse << u"meta.total"_s;
}

void TstSeatGeekSource::failedFirstPageFailsTheFetch()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, clientId);
    QFETCH(SourceError::Kind, kind);
    QFETCH(QString, message);

    FakeService service([&](const QString &, const QUrlQuery &query) {
        // The 403 row is SeatGeek's own answer to a client id it does not know.
        if (status == 403) {
            QUrlQuery without = query;
            without.removeAllQueryItems(u"client_id"_s);
            return eventsAnswer(without, 1);
        }
        return FakeService::Answer { status, body };
    });
    const Run run = fetch(service, chicagoQuery(), clientId);
    QVERIFY(run.error);
    QCOMPARE(run.error->kind, kind);
    QVERIFY2(run.error->message.contains(message), qPrintable(run.error->message));
    QVERIFY(!run.error->message.contains(clientId)); // the client id never shows
    if (status != 200)
        QCOMPARE(run.error->httpStatus, status);
    QCOMPARE(service.requests().size(), 1);
}

void TstSeatGeekSource::refusesQueriesItCannotAsk_data()
{
    QTest::addColumn<EventQuery>("query");
    QTest::addColumn<QString>("clientId");
    QTest::newRow("no client id") << chicagoQuery() << QString();
    QTest::newRow("no place") << EventQuery { QGeoCoordinate(), 30, firstDay, firstDay } << u"c"_s;
    QTest::newRow("no radius") << EventQuery { QGeoCoordinate(1, 2), 0, firstDay, firstDay }
                               << u"c"_s;
    QTest::newRow("reversed dates")
        << EventQuery { QGeoCoordinate(1, 2), 30, firstDay, firstDay.addDays(-1) } << u"c"_s;
}

void TstSeatGeekSource::refusesQueriesItCannotAsk()
{
    QFETCH(EventQuery, query);
    QFETCH(QString, clientId);
    FakeService service([](const QString &, const QUrlQuery &q) { return eventsAnswer(q, 1); });
    const Run run = fetch(service, query, clientId);
    QVERIFY(run.error);
    QCOMPARE(run.error->kind, SourceError::Kind::InvalidQuery);
    QVERIFY(service.requests().isEmpty());
    if (clientId.isEmpty())
        QVERIFY2(
            run.error->message.contains(u"no SeatGeek API key"_s), qPrintable(run.error->message));
}

void TstSeatGeekSource::cancelledFetchNeverFinishes()
{
    FakeService service(
        [](const QString &, const QUrlQuery &query) { return eventsAnswer(query, 250); });
    RequestQueue queue;
    test::makeLanesFast(queue);
    SeatGeekSource source(&queue, { service.root(), u"c"_s });
    QPointer<EventFetch> reply = source.fetchEvents(chicagoQuery());
    QSignalSpy finished(reply.data(), &SourceReply::finished);
    reply->cancel();
    QTRY_VERIFY(reply.isNull()); // it deleted itself, without reporting
    QCOMPARE(finished.count(), 0);
}

void TstSeatGeekSource::namesItself()
{
    RequestQueue queue;
    const SeatGeekSource source(&queue, {});
    QCOMPARE(source.name(), u"seatgeek"_s);
    QCOMPARE(source.displayName(), u"SeatGeek"_s);
    QCOMPARE(SeatGeekSource::defaultBaseUrl(), QUrl(u"https://api.seatgeek.com/2"_s));
    QCOMPARE(SeatGeekSource::laneName(), u"api.seatgeek.com"_s);
}

} // namespace gig

QTEST_GUILESS_MAIN(gig::TstSeatGeekSource)
#include "tst_seatgeeksource.moc"
