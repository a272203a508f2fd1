#include "app/sources/ticketmastersource.h"
#include "fakeservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using gig::test::FakeService;

namespace gig {

namespace {

const QDate firstDay(2026, 12, 1);

// A Ticketmaster that lists `count` gigs spread over `days` days from firstDay (all at the
// same instant when `days` is 0), honouring startDateTime/endDateTime, size, page and the
// deep-paging limit as the real one does.
FakeService::Answer eventsAnswer(const QUrlQuery &query, int count, int days)
{
    if (query.queryItemValue(u"apikey"_s).isEmpty()) {
        return {
            401,
            R"({"fault":{"faultstring":"Invalid ApiKey","detail":{"errorcode":"oauth.v2.InvalidApiKey"}}})"_ba
        };
    }
    const QDateTime start
        = QDateTime::fromString(query.queryItemValue(u"startDateTime"_s), Qt::ISODate);
    const QDateTime end
        = QDateTime::fromString(query.queryItemValue(u"endDateTime"_s), Qt::ISODate);
    const int size = query.queryItemValue(u"size"_s).toInt();
    const int page = query.queryItemValue(u"page"_s).toInt();
    if (size * page >= 1000) {
        return {
            400,
            R"({"errors":[{"code":"DIS1035","detail":"API Limits Exceeded: Max paging depth exceeded. (page * size) must be less than 1,000"}]})"_ba
        };
    }
    QJsonArray matching;
    for (int i = 0; i < count; ++i) {
        const QDateTime at = QDateTime(firstDay, QTime(0, 0), Qt::UTC)
                                 .addSecs(days == 0 ? 0 : qint64(i) * days * 86400 / count);
        if (at < start || at > end)
            continue;
        const QDateTime local = at.addSecs(3600);
        matching.append(QJsonObject {
            { u"id"_s, u"E%1"_s.arg(i) },
            { u"name"_s, u"Gig %1"_s.arg(i) },
            { u"dates"_s,
                QJsonObject { { u"start"_s,
                    QJsonObject { { u"localDate"_s, local.date().toString(Qt::ISODate) },
                        { u"localTime"_s, local.time().toString(Qt::ISODate) },
                        { u"dateTime"_s, at.toString(Qt::ISODate) } } } } },
            { u"_embedded"_s,
                QJsonObject { { u"attractions"_s,
                    QJsonArray { QJsonObject { { u"id"_s, u"A%1"_s.arg(i % 7) },
                        { u"name"_s, u"Artist %1"_s.arg(i % 7) } } } } } },
        });
    }
    QJsonArray pageEvents;
    for (int i = page * size; i < std::min<qsizetype>(matching.size(), (page + 1) * size); ++i)
        pageEvents.append(matching.at(i));
    QJsonObject root { { u"page"_s,
        QJsonObject { { u"size"_s, size }, { u"totalElements"_s, matching.size() },
            { u"totalPages"_s, int((matching.size() + size - 1) / size) },
            { u"number"_s, page } } } };
    if (!pageEvents.isEmpty())
        root.insert(u"_embedded"_s, QJsonObject { { u"events"_s, pageEvents } });
    return { 200, QJsonDocument(root).toJson(QJsonDocument::Compact) };
}

EventQuery berlinQuery(int days = 30)
{
    return EventQuery { QGeoCoordinate(52.52, 13.405), 30.0, firstDay, firstDay.addDays(days - 1) };
}

} // namespace

class TstTicketmasterSource : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLoggingCategory::setFilterRules(u"gigmap.sources.warning=false\ngigmap.net.*=false"_s);
    }

    void asksAsTheServiceDocuments();
    void readsEveryPageOnce();
    void splitsDenseRangesSoNoGigIsLost();
    void saysWhenARangeCannotBeSplitFurther();
    void lostPageKeepsThePagesRead();
    void pageThatFailsOnceIsAskedAgain();
    void errorsBecomeTypedErrors_data();
    void errorsBecomeTypedErrors();
    void refusesQueriesItCannotAsk_data();
    void refusesQueriesItCannotAsk();
    void cancelledFetchNeverFinishes();
    void plainHttpToARemoteHostIsRefusedUnsent();

private:
    using Run = test::Outcome<EventBatch>;
    Run fetch(FakeService &service, const EventQuery &query, const QString &apiKey = u"k3y"_s);
};

TstTicketmasterSource::Run TstTicketmasterSource::fetch(
    FakeService &service, const EventQuery &query, const QString &apiKey)
{
    RequestQueue queue;
    test::makeLanesFast(queue);
    TicketmasterSource::Config config;
    config.baseUrl = service.root();
    config.apiKey = apiKey;
    TicketmasterSource source(&queue, config);
    return test::waitFor(source.fetchEvents(query));
}

void TstTicketmasterSource::asksAsTheServiceDocuments()
{
    FakeService service(
        [](const QString &, const QUrlQuery &query) { return eventsAnswer(query, 3, 3); });
    QVERIFY(service.isListening());
    const Run run = fetch(service, berlinQuery(3));
    QVERIFY(!run.error);
    QCOMPARE(service.requests().size(), 1);
    const QUrl url = service.requests().first();
    QCOMPARE(url.path(), u"/svc/events.json"_s);
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(u"apikey"_s), u"k3y"_s);
    QCOMPARE(query.queryItemValue(u"geoPoint"_s), u"u33dc0"_s); // 6 characters for 30 km
    QCOMPARE(query.queryItemValue(u"radius"_s), u"30"_s);
    QCOMPARE(query.queryItemValue(u"unit"_s), u"km"_s);
    QCOMPARE(query.queryItemValue(u"classificationName"_s), u"music"_s);
    QCOMPARE(query.queryItemValue(u"sort"_s), u"date,asc"_s);
    QCOMPARE(query.queryItemValue(u"size"_s), u"200"_s);
    QCOMPARE(query.queryItemValue(u"page"_s), u"0"_s);
    QCOMPARE(query.queryItemValue(u"startDateTime"_s), u"2026-12-01T00:00:00Z"_s);
    QCOMPARE(query.queryItemValue(u"endDateTime"_s), u"2026-12-03T23:59:59Z"_s);
    QVERIFY(!query.hasQueryItem(u"latlong"_s));
    QCOMPARE(run.value.events.size(), 3);
    QCOMPARE(run.value.events.first().id, u"tm:E0"_s);
    QCOMPARE(run.value.events.first().start, EventStart(firstDay, QTime(1, 0), 3600));
    QCOMPARE(run.value.events.first().lineup, QStringList { u"tm:A0"_s });
    QVERIFY(run.value.metroArea.isEmpty());
}

void TstTicketmasterSource::readsEveryPageOnce()
{
    FakeService service(
        [](const QString &, const QUrlQuery &query) { return eventsAnswer(query, 950, 30); });
    const Run run = fetch(service, berlinQuery());
    QVERIFY(!run.error);
    QCOMPARE(run.value.events.size(), 950);
    QVERIFY(run.value.complete);
    QCOMPARE(run.value.artists.size(), 7);
    QCOMPARE(run.requestCount, 5);
    QStringList pages;
    for (const QUrl &url : service.requests())
        pages.append(QUrlQuery(url).queryItemValue(u"page"_s));
    pages.sort();
    QCOMPARE(pages, (QStringList { u"0"_s, u"1"_s, u"2"_s, u"3"_s, u"4"_s }));
    // Sorted by start, whatever order the pages came back in.
    for (qsizetype i = 1; i < run.value.events.size(); ++i)
        QVERIFY(!(run.value.events.at(i).start < run.value.events.at(i - 1).start));
}

void TstTicketmasterSource::splitsDenseRangesSoNoGigIsLost()
{
    FakeService service(
        [](const QString &, const QUrlQuery &query) { return eventsAnswer(query, 2500, 30); });
    const Run run = fetch(service, berlinQuery());
    QVERIFY2(!run.error, qPrintable(toString(run.error.value_or(SourceError {}))));
    QCOMPARE(run.value.events.size(), 2500);
    QVERIFY(run.value.complete);
    QSet<QString> ids;
    for (const Event &event : run.value.events)
        ids.insert(event.id);
    QCOMPARE(ids.size(), 2500);
    // Every URL asked once, none past the deep-paging limit.
    QSet<QUrl> asked;
    for (const QUrl &url : service.requests()) {
        QVERIFY2(!asked.contains(url), qPrintable(url.toString()));
        asked.insert(url);
        const QUrlQuery query(url);
        QVERIFY(query.queryItemValue(u"size"_s).toInt() * query.queryItemValue(u"page"_s).toInt()
            < 1000);
    }
}

void TstTicketmasterSource::saysWhenARangeCannotBeSplitFurther()
{
    // 1500 gigs at one instant: no split can bring them under the limit.
    FakeService service(
        [](const QString &, const QUrlQuery &query) { return eventsAnswer(query, 1500, 0); });
    const Run run = fetch(service, berlinQuery(1));
    QVERIFY(!run.error);
    QVERIFY(!run.value.complete);
    QCOMPARE(run.value.events.size(), 1000);
}

void TstTicketmasterSource::lostPageKeepsThePagesRead()
{
    // Page 2 (the third) always fails: the other four pages' 750 gigs stay, the lost page is
    // named, and it was asked twice.
    FakeService service([](const QString &, const QUrlQuery &query) -> FakeService::Answer {
        if (query.queryItemValue(u"page"_s) == u"2"_s)
            return { 500, "Internal Server Error"_ba, "text/plain"_ba };
        return eventsAnswer(query, 950, 30);
    });
    const Run run = fetch(service, berlinQuery());
    QVERIFY2(!run.error, qPrintable(toString(run.error.value_or(SourceError {}))));
    QCOMPARE(run.value.events.size(), 750);
    QCOMPARE(run.value.missingPages.size(), 1);
    QVERIFY2(run.value.missingPages.first().startsWith(
                 u"page 3 of 5 of the gigs from 2026-12-01 to 2026-12-30"_s),
        qPrintable(run.value.missingPages.first()));
    int askedForPage2 = 0;
    for (const QUrl &url : service.requests())
        askedForPage2 += QUrlQuery(url).queryItemValue(u"page"_s) == u"2"_s ? 1 : 0;
    QCOMPARE(askedForPage2, 2);
}

void TstTicketmasterSource::pageThatFailsOnceIsAskedAgain()
{
    // An unreadable 200 on page 1, once: asked again, and every gig is read.
    bool broken = false;
    FakeService service([&broken](const QString &, const QUrlQuery &query) -> FakeService::Answer {
        if (query.queryItemValue(u"page"_s) == u"1"_s && !broken) {
            broken = true;
            return { 200, R"({"_embedded":{"events":[{"id":"E1",,)"_ba };
        }
        return eventsAnswer(query, 950, 30);
    });
    const Run run = fetch(service, berlinQuery());
    QVERIFY(!run.error);
    QCOMPARE(run.value.events.size(), 950);
    QVERIFY(run.value.hasEveryPage());
    QCOMPARE(run.requestCount, 6);
}

void TstTicketmasterSource::errorsBecomeTypedErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<SourceError::Kind>("kind");
    QTest::addColumn<QString>("message");

    QTest::newRow("fault body") << 401 << R"({"fault":{"faultstring":"Invalid ApiKey"}})"_ba
                                << SourceError::Kind::ServiceError << u"Invalid ApiKey"_s;
    QTest::newRow("errors body")
        << 400 << R"({"errors":[{"code":"DIS1004","detail":"Bad startDateTime"}]})"_ba
        << SourceError::Kind::ServiceError << u"DIS1004: Bad startDateTime"_s;
    QTest::newRow("rate limited")
        << 429 << R"({"fault":{"faultstring":"Spike arrest violation. Allowed rate : 5ps"}})"_ba
        << SourceError::Kind::RateLimited << u"Spike arrest violation"_s;
    QTest::newRow("plain 500") << 500 << "oops"_ba << SourceError::Kind::Http << QString();
    QTest::newRow("garbage") << 200 << "{\"page\": tru"_ba << SourceError::Kind::BadResponse
                             << u"not JSON"_s;
    QTest::newRow("html") << 200 << "<html>maintenance</html>"_ba << SourceError::Kind::BadResponse
                          << u"HTML"_s;
}

void TstTicketmasterSource::errorsBecomeTypedErrors()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(SourceError::Kind, kind);
    QFETCH(QString, message);

    FakeService service([&](const QString &, const QUrlQuery &) {
        return FakeService::Answer { status, body };
    });
    const Run run = fetch(service, berlinQuery());
    QVERIFY(run.error);
    QCOMPARE(run.error->kind, kind);
    QVERIFY2(run.error->message.contains(message), qPrintable(run.error->message));
    QVERIFY(!run.error->message.contains(u"k3y"_s)); // the key never shows
    if (status != 200)
        QCOMPARE(run.error->httpStatus, status);
}

void TstTicketmasterSource::refusesQueriesItCannotAsk_data()
{
    QTest::addColumn<EventQuery>("query");
    QTest::addColumn<QString>("apiKey");
    QTest::newRow("no key") << berlinQuery() << QString();
    QTest::newRow("no place") << EventQuery { QGeoCoordinate(), 30, firstDay, firstDay } << u"k"_s;
    QTest::newRow("no radius") << EventQuery { QGeoCoordinate(1, 2), 0, firstDay, firstDay }
                               << u"k"_s;
    QTest::newRow("reversed dates")
        << EventQuery { QGeoCoordinate(1, 2), 30, firstDay, firstDay.addDays(-1) } << u"k"_s;
}

void TstTicketmasterSource::refusesQueriesItCannotAsk()
{
    QFETCH(EventQuery, query);
    QFETCH(QString, apiKey);
    FakeService service([](const QString &, const QUrlQuery &q) { return eventsAnswer(q, 1, 1); });
    const Run run = fetch(service, query, apiKey);
    QVERIFY(run.error);
    QCOMPARE(run.error->kind, SourceError::Kind::InvalidQuery);
    QVERIFY(service.requests().isEmpty());
}

void TstTicketmasterSource::cancelledFetchNeverFinishes()
{
    FakeService service(
        [](const QString &, const QUrlQuery &query) { return eventsAnswer(query, 950, 30); });
    RequestQueue queue;
    test::makeLanesFast(queue);
    TicketmasterSource source(&queue, { service.root(), u"k"_s });
    QPointer<EventFetch> reply = source.fetchEvents(berlinQuery());
    QSignalSpy finished(reply.data(), &SourceReply::finished);
    reply->cancel();
    QTRY_VERIFY(reply.isNull()); // it deleted itself, without reporting
    QCOMPARE(finished.count(), 0);
}

// A base URL that would send the key in the clear is refused with a reason, before any request.
void TstTicketmasterSource::plainHttpToARemoteHostIsRefusedUnsent()
{
    RequestQueue queue;
    test::makeLanesFast(queue);
    TicketmasterSource::Config config;
    config.baseUrl = QUrl(u"http://app.ticketmaster.com/discovery/v2"_s);
    config.apiKey = u"k3y"_s;
    TicketmasterSource source(&queue, config);
    const Run run = test::waitFor(source.fetchEvents(berlinQuery(3)));
    QVERIFY(run.error);
    QCOMPARE(run.error->kind, SourceError::Kind::Network);
    QVERIFY2(run.error->message.contains(u"only uses https"_s), qPrintable(run.error->message));
    QVERIFY2(!run.error->message.contains(u"k3y"_s), qPrintable(run.error->message));
    QCOMPARE(queue.laneStatus(queue.laneFor(config.baseUrl))->sent(), 0);
}

} // namespace gig

QTEST_GUILESS_MAIN(gig::TstTicketmasterSource)
#include "tst_ticketmastersource.moc"
