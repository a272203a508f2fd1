#include "app/sandbox/sandboxserver.h"
#include "app/sandbox/sandboxticketmaster.h"

#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using gig::SandboxFault;
using gig::SandboxServer;
using gig::SandboxService;

namespace {

struct Answer
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QByteArray contentType;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    int progressSignals = 0;

    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
};

constexpr char berlinGeohash[] = "u33dc0";

} // namespace

class TestSandboxServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void ticketmasterAnswersEventsAroundAGeohash();
    void ticketmasterLatlongFindsTheSameEvents();
    void ticketmasterWithoutKeyGetsTheRealFault();
    void ticketmasterRefusesPagingPastAThousand_data();
    void ticketmasterRefusesPagingPastAThousand();
    void ticketmasterFiltersByDateRange();
    void songkickFindsMetroAreaAndItsCalendar();
    void songkickAndTicketmasterShareTheGigs();
    void songkickEventSearchFiltersByArtist();
    void musicBrainzBrowsesAllReleaseGroupsInPages();
    void musicBrainzFiltersByType();
    void musicBrainzSearchesArtistsWithScores();
    void musicBrainzSearchesReleaseGroups();
    void musicBrainzRejectsBadAndUnknownIds();
    void musicBrainzLookupStopsAt25ReleaseGroups();
    void musicBrainzServesTheArtistsAndReleasesPages();
    void nominatimAnswersInTheJsonv2Shape();
    void tilesArePngWithCachingHeaders();
    void matchingEtagGets304_data();
    void matchingEtagGets304();
    void sameSeedGivesSameAnswers();

    void faultModesDoWhatTheySay_data();
    void faultModesDoWhatTheySay();
    void latencyDelaysWithoutBlockingTheServer();
    void retryAfterComesAsSecondsOrHttpDate();
    void faultAppliesOnlyToItsCount();
    void faultScheduleGivesEachRequestTheFirstDueFault();
    void faultMatchesOnlyTheRequestsItNames();
    void hugeBodyIsValidJsonOfTheAskedSize();
    void slowDripDeliversTheWholeBodyInPieces();
    void controlEndpointSetsAndClearsFaults();
    void controlEndpointRejectsBadFaults();
    void controlEndpointChangesSettings();

    void rateLimitTriggersExactlyPastTheThreshold_data();
    void rateLimitTriggersExactlyPastTheThreshold();
    void ticketmasterReportsItsDailyQuota();
    void realismOffLiftsTheLimits();

    void requestLogRecordsEveryRequest();
    void controlEndpointListsAndClearsTheLog();

private:
    Answer get(
        const QString &pathAndQuery, const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    Answer send(const QByteArray &verb, const QString &path, const QByteArray &body = {});
    Answer fetch(QNetworkRequest request, const QByteArray &verb, const QByteArray &body);
    static QString tmEvents(const QString &extra = {});
    QString musicBrainzArtistWithGroups(int atLeast);

    QNetworkAccessManager m_network;
    SandboxServer m_server;
    std::chrono::steady_clock::time_point m_fakeNow { 1000s };
};

void TestSandboxServer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_server.listen());
    QVERIFY(m_server.port() > 0);
    m_server.setToday(QDate(2026, 11, 26));
    m_server.setClock([this] { return m_fakeNow; });
}

void TestSandboxServer::init()
{
    m_server.clearFaults();
    m_server.clearRequestLog();
    m_server.setRealism(true);
    m_server.setSeed(1);
    m_fakeNow += 1h; // every rate-limit window of earlier tests is over
}

Answer TestSandboxServer::fetch(
    QNetworkRequest request, const QByteArray &verb, const QByteArray &body)
{
    request.setAttribute(
        QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setTransferTimeout(20000);
    QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
    Answer answer;
    connect(reply, &QNetworkReply::downloadProgress, this, [&answer] { ++answer.progressSignals; });
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(20000);
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.error = reply->error();
    answer.body = reply->readAll();
    answer.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        answer.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return answer;
}

Answer TestSandboxServer::get(
    const QString &pathAndQuery, const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(QUrl(m_server.baseUrl().toString() + pathAndQuery));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    return fetch(request, "GET", {});
}

Answer TestSandboxServer::send(const QByteArray &verb, const QString &path, const QByteArray &body)
{
    QNetworkRequest request(QUrl(m_server.baseUrl().toString() + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    return fetch(request, verb, body);
}

QString TestSandboxServer::tmEvents(const QString &extra)
{
    return u"/ticketmaster/discovery/v2/events.json?apikey=test&geoPoint=%1&radius=30&unit=km"
           "&classificationName=music&sort=date,asc"_s.arg(QLatin1StringView(berlinGeohash))
        + extra;
}

void TestSandboxServer::musicBrainzServesTheArtistsAndReleasesPages()
{
    const QString mbid = musicBrainzArtistWithGroups(1);
    QVERIFY(!mbid.isEmpty());
    m_server.setRealism(false);
    const QJsonObject artist = get(u"/musicbrainz/ws/2/artist/%1?fmt=json"_s.arg(mbid)).object();
    const Answer page = get(u"/musicbrainz/artist/"_s + mbid);
    QCOMPARE(page.status, 200);
    QVERIFY(page.headers.value("content-type").startsWith("text/html"));
    QVERIFY(QString::fromUtf8(page.body).contains(artist[u"name"_s].toString().toHtmlEscaped()));
    const QString group
        = get(u"/musicbrainz/ws/2/release-group?artist=%1&limit=1&fmt=json"_s.arg(mbid))
              .object()[u"release-groups"_s][0][u"id"_s]
              .toString();
    QCOMPARE(get(u"/musicbrainz/release-group/"_s + group).status, 200);
    m_server.setRealism(true);
}

QString TestSandboxServer::musicBrainzArtistWithGroups(int atLeast)
{
    // Search the Berlin gigs' artists for one with enough release groups, via the API itself.
    TestSandboxServer *self = this;
    m_server.setRealism(false);
    const QJsonArray events
        = self->get(tmEvents(u"&size=200"_s)).object()[u"_embedded"_s][u"events"_s].toArray();
    for (const QJsonValue &event : events) {
        for (const QJsonValue &attraction : event[u"_embedded"_s][u"attractions"_s].toArray()) {
            for (const QJsonValue &link :
                attraction[u"externalLinks"_s][u"musicbrainz"_s].toArray()) {
                const QString mbid = link[u"id"_s].toString();
                const Answer answer = self->get(
                    u"/musicbrainz/ws/2/release-group?artist=%1&limit=1&fmt=json"_s.arg(mbid));
                if (answer.object()[u"release-group-count"_s].toInt() >= atLeast) {
                    m_server.setRealism(true);
                    return mbid;
                }
            }
        }
    }
    m_server.setRealism(true);
    return {};
}

void TestSandboxServer::ticketmasterAnswersEventsAroundAGeohash()
{
    const Answer answer = get(tmEvents(u"&size=50"_s));
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.contentType.startsWith("application/json"));
    const QJsonObject body = answer.object();
    const QJsonObject page = body[u"page"_s].toObject();
    QCOMPARE(page[u"size"_s].toInt(), 50);
    QCOMPARE(page[u"number"_s].toInt(), 0);
    QVERIFY(page[u"totalElements"_s].toInt() > 0);
    QCOMPARE(page[u"totalPages"_s].toInt(), (page[u"totalElements"_s].toInt() + 49) / 50);
    const QJsonArray events = body[u"_embedded"_s][u"events"_s].toArray();
    QVERIFY(!events.isEmpty() && events.size() <= 50);
    const QSet<QString> statuses
        = { u"onsale"_s, u"offsale"_s, u"canceled"_s, u"postponed"_s, u"rescheduled"_s };
    QString previous;
    bool someWithoutMbid = false;
    int priced = 0;
    for (const QJsonValue &event : events) {
        // Face values in euros, in Germany, for most gigs: a range without fees, one with.
        if (const QJsonArray ranges = event[u"priceRanges"_s].toArray(); !ranges.isEmpty()) {
            ++priced;
            QCOMPARE(ranges.size(), 2);
            QCOMPARE(ranges.at(0)[u"type"_s].toString(), u"standard"_s);
            QCOMPARE(ranges.at(0)[u"currency"_s].toString(), u"EUR"_s);
            QVERIFY(ranges.at(0)[u"min"_s].toDouble() < ranges.at(1)[u"min"_s].toDouble());
            QVERIFY(ranges.at(0)[u"min"_s].toDouble() < ranges.at(0)[u"max"_s].toDouble());
        }
        QVERIFY(!event[u"id"_s].toString().isEmpty());
        QVERIFY(!event[u"name"_s].toString().isEmpty());
        // The gig's page is the sandbox's: ticketmaster.com has none for a made-up gig.
        const QString gigPage = event[u"url"_s].toString();
        const QString pages = m_server.baseUrl().toString() + u"/ticketmaster/event/"_s;
        QVERIFY2(gigPage.startsWith(pages), qPrintable(gigPage));
        if (events.first() == event) {
            const Answer shown = get(gigPage.mid(m_server.baseUrl().toString().size()));
            QCOMPARE(shown.status, 200);
            QVERIFY(shown.headers.value("content-type").startsWith("text/html"));
            QVERIFY(QString::fromUtf8(shown.body)
                        .contains(event[u"name"_s].toString().toHtmlEscaped()));
        }
        const QJsonObject start = event[u"dates"_s][u"start"_s].toObject();
        QVERIFY(QDate::fromString(start[u"localDate"_s].toString(), Qt::ISODate).isValid());
        if (start.contains(u"dateTime"_s)) {
            QVERIFY(start[u"dateTime"_s].toString().endsWith(u'Z'));
            QVERIFY(previous <= start[u"dateTime"_s].toString()); // sort=date,asc
            previous = start[u"dateTime"_s].toString();
        }
        QVERIFY(!event[u"dates"_s][u"timezone"_s].toString().isEmpty());
        QVERIFY(statuses.contains(event[u"dates"_s][u"status"_s][u"code"_s].toString()));
        const QJsonObject venue = event[u"_embedded"_s][u"venues"_s][0].toObject();
        QVERIFY(!venue[u"name"_s].toString().isEmpty());
        QVERIFY(!venue[u"city"_s][u"name"_s].toString().isEmpty());
        QCOMPARE(venue[u"country"_s][u"countryCode"_s].toString(), u"DE"_s);
        QVERIFY(venue[u"location"_s][u"latitude"_s].isString()); // strings, as the real one sends
        QVERIFY(qAbs(venue[u"location"_s][u"latitude"_s].toString().toDouble() - 52.5) < 0.5);
        const QJsonArray attractions = event[u"_embedded"_s][u"attractions"_s].toArray();
        QVERIFY(!attractions.isEmpty());
        for (const QJsonValue &attraction : attractions) {
            QVERIFY(!attraction[u"id"_s].toString().isEmpty());
            someWithoutMbid
                = someWithoutMbid || !attraction.toObject().contains(u"externalLinks"_s);
        }
    }
    QVERIFY(body[u"_links"_s][u"next"_s][u"href"_s].toString().contains(u"page=1"_s));
    QVERIFY(!body[u"_links"_s][u"next"_s][u"href"_s].toString().contains(u"apikey"_s));
    QVERIFY2(someWithoutMbid, "some artists come without an MBID");
    QVERIFY(priced > events.size() / 2 && priced < events.size());
}

void TestSandboxServer::ticketmasterLatlongFindsTheSameEvents()
{
    const auto centre = gig::SandboxTicketmaster::decodeGeohash(QString::fromLatin1(berlinGeohash));
    QVERIFY(centre);
    QCOMPARE(gig::SandboxTicketmaster::encodeGeohash(centre->first, centre->second, 6),
        QLatin1StringView(berlinGeohash));
    const Answer byHash = get(tmEvents(u"&size=100"_s));
    const Answer byLatLong = get(
        u"/ticketmaster/discovery/v2/events.json?apikey=k&latlong=%1,%2&radius=30&unit=km&size=100&sort=date,asc"_s
            .arg(centre->first, 0, 'f', 8)
            .arg(centre->second, 0, 'f', 8));
    QCOMPARE(byLatLong.status, 200);
    QCOMPARE(byLatLong.object()[u"_embedded"_s], byHash.object()[u"_embedded"_s]);
}

void TestSandboxServer::ticketmasterWithoutKeyGetsTheRealFault()
{
    for (const QString &query : { u""_s, u"?apikey="_s }) {
        const Answer answer = get(u"/ticketmaster/discovery/v2/events.json"_s + query);
        QCOMPARE(answer.status, 401);
        QCOMPARE(answer.object(),
            QJsonDocument::fromJson(
                R"({"fault":{"faultstring":"Invalid ApiKey","detail":{"errorcode":"oauth.v2.InvalidApiKey"}}})"_ba)
                .object());
    }
}

void TestSandboxServer::ticketmasterRefusesPagingPastAThousand_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("page");
    QTest::addColumn<int>("status");
    QTest::newRow("199*5 = 995") << 199 << 5 << 200;
    QTest::newRow("200*4 = 800") << 200 << 4 << 200;
    QTest::newRow("200*5 = 1000") << 200 << 5 << 400;
    QTest::newRow("20*50 = 1000") << 20 << 50 << 400;
    QTest::newRow("20*49 = 980") << 20 << 49 << 200;
}

void TestSandboxServer::ticketmasterRefusesPagingPastAThousand()
{
    QFETCH(int, size);
    QFETCH(int, page);
    QFETCH(int, status);
    const Answer answer = get(tmEvents(u"&size=%1&page=%2"_s.arg(size).arg(page)));
    QCOMPARE(answer.status, status);
    if (status == 400) {
        const QJsonObject error = answer.object()[u"errors"_s][0].toObject();
        QCOMPARE(error[u"status"_s].toString(), u"400"_s);
        QVERIFY(error[u"detail"_s].toString().contains(u"1,000"_s));
    }
}

void TestSandboxServer::ticketmasterFiltersByDateRange()
{
    const Answer all = get(tmEvents(u"&size=200"_s));
    const Answer week = get(tmEvents(
        u"&size=200&startDateTime=2026-11-30T00:00:00Z&endDateTime=2026-12-06T23:59:59Z"_s));
    QCOMPARE(week.status, 200);
    const int weekCount = week.object()[u"page"_s][u"totalElements"_s].toInt();
    QVERIFY(weekCount > 0);
    QVERIFY(weekCount < all.object()[u"page"_s][u"totalElements"_s].toInt());
    for (const QJsonValue &event : week.object()[u"_embedded"_s][u"events"_s].toArray()) {
        const QString date = event[u"dates"_s][u"start"_s][u"localDate"_s].toString();
        QVERIFY2(date >= u"2026-11-29"_s && date <= u"2026-12-07"_s, qPrintable(date));
    }
    QCOMPARE(get(tmEvents(u"&startDateTime=2026-11-30"_s)).status, 400);
}

void TestSandboxServer::songkickFindsMetroAreaAndItsCalendar()
{
    const Answer search
        = get(u"/songkick/api/3.0/search/locations.json?location=geo:52.52,13.40&apikey=k"_s);
    QCOMPARE(search.status, 200);
    const QJsonObject metro
        = search.object()[u"resultsPage"_s][u"results"_s][u"location"_s][0][u"metroArea"_s]
              .toObject();
    const qint64 metroId = metro[u"id"_s].toInteger();
    QVERIFY(metroId > 0);
    QCOMPARE(metro[u"displayName"_s].toString(), u"Berlin"_s);

    const Answer first
        = get(u"/songkick/api/3.0/metro_areas/%1/calendar.json?apikey=k&page=1&per_page=50"_s.arg(
            metroId));
    QCOMPARE(first.status, 200);
    const QJsonObject page = first.object()[u"resultsPage"_s].toObject();
    QCOMPARE(page[u"status"_s].toString(), u"ok"_s);
    QCOMPARE(page[u"page"_s].toInt(), 1);
    QCOMPARE(page[u"perPage"_s].toInt(), 50);
    const int total = page[u"totalEntries"_s].toInt();
    QVERIFY(total > 50);
    const QJsonArray events = page[u"results"_s][u"event"_s].toArray();
    QCOMPARE(events.size(), 50);
    const QSet<QString> statuses = { u"ok"_s, u"cancelled"_s, u"postponed"_s };
    bool nullDatetime = false;
    int coHeadlined = 0; // events whose billing names several headliners
    for (const QJsonValue &event : events) {
        QVERIFY(event[u"id"_s].toInteger() > 0);
        QVERIFY(!event[u"displayName"_s].toString().isEmpty());
        QVERIFY(statuses.contains(event[u"status"_s].toString()));
        QVERIFY(
            event[u"uri"_s].toString().startsWith(m_server.baseUrl().toString() + u"/songkick/"_s));
        QVERIFY(QDate::fromString(event[u"start"_s][u"date"_s].toString(), Qt::ISODate).isValid());
        const QJsonValue datetime = event[u"start"_s][u"datetime"_s];
        nullDatetime = nullDatetime || datetime.isNull();
        if (!datetime.isNull())
            QVERIFY(
                QDateTime::fromString(datetime.toString(), u"yyyy-MM-dd'T'HH:mm:sst"_s).isValid()
                || datetime.toString().contains(QRegularExpression(u"[+-]\\d{4}$"_s)));
        const QJsonArray performances = event[u"performance"_s].toArray();
        QVERIFY(!performances.isEmpty());
        QCOMPARE(performances[0][u"billingIndex"_s].toInt(), 1);
        QCOMPARE(performances[0][u"billing"_s].toString(), u"headline"_s);
        int headliners = 0;
        for (const QJsonValue &performance : performances)
            headliners += performance[u"billing"_s].toString() == u"headline"_s ? 1 : 0;
        coHeadlined += headliners > 1 ? 1 : 0;
        QVERIFY(performances[0][u"artist"_s][u"identifier"_s].isArray());
        QCOMPARE(event[u"venue"_s][u"metroArea"_s][u"id"_s].toInteger(), metroId);
    }
    QVERIFY(coHeadlined > 0);
    const Answer last
        = get(u"/songkick/api/3.0/metro_areas/%1/calendar.json?apikey=k&page=%2&per_page=50"_s
                  .arg(metroId)
                  .arg((total + 49) / 50));
    QCOMPARE(last.object()[u"resultsPage"_s][u"results"_s][u"event"_s].toArray().size(),
        (total - 1) % 50 + 1);
    const Answer beyond
        = get(u"/songkick/api/3.0/metro_areas/%1/calendar.json?apikey=k&page=99"_s.arg(metroId));
    QCOMPARE(
        beyond.object()[u"resultsPage"_s][u"results"_s].toObject(), QJsonObject()); // {} when empty
    QCOMPARE(get(u"/songkick/api/3.0/metro_areas/3/calendar.json?apikey=k"_s).status, 404);
    QCOMPARE(get(u"/songkick/api/3.0/metro_areas/%1/calendar.json"_s.arg(metroId)).status, 401);
}

void TestSandboxServer::songkickAndTicketmasterShareTheGigs()
{
    const qint64 metroId
        = get(u"/songkick/api/3.0/search/locations.json?location=geo:52.52,13.40&apikey=k"_s)
              .object()[u"resultsPage"_s][u"results"_s][u"location"_s][0][u"metroArea"_s][u"id"_s]
              .toInteger();
    QSet<QString> songkick;
    for (int page = 1; page <= 3; ++page) {
        const QJsonArray events = get(
            u"/songkick/api/3.0/metro_areas/%1/calendar.json?apikey=k&page=%2"_s.arg(metroId).arg(
                page))
                                      .object()[u"resultsPage"_s][u"results"_s][u"event"_s]
                                      .toArray();
        for (const QJsonValue &event : events) {
            songkick.insert(event[u"start"_s][u"date"_s].toString() + u'|'
                + event[u"venue"_s][u"displayName"_s].toString() + u'|'
                + event[u"performance"_s][0][u"displayName"_s].toString());
        }
    }
    int shared = 0;
    const QJsonArray events
        = get(tmEvents(u"&size=100"_s)).object()[u"_embedded"_s][u"events"_s].toArray();
    for (const QJsonValue &event : events) {
        const QString key = event[u"dates"_s][u"start"_s][u"localDate"_s].toString() + u'|'
            + event[u"_embedded"_s][u"venues"_s][0][u"name"_s].toString() + u'|'
            + event[u"_embedded"_s][u"attractions"_s][0][u"name"_s].toString();
        shared += songkick.contains(key) ? 1 : 0;
    }
    QVERIFY2(shared > 10, qPrintable(QString::number(shared)));
}

void TestSandboxServer::songkickEventSearchFiltersByArtist()
{
    const QJsonArray all
        = get(u"/songkick/api/3.0/events.json?apikey=k&location=geo:48.8566,2.3522"_s)
              .object()[u"resultsPage"_s][u"results"_s][u"event"_s]
              .toArray();
    QVERIFY(!all.isEmpty());
    const QString artist = all[0][u"performance"_s][0][u"artist"_s][u"displayName"_s].toString();
    const Answer filtered = get(
        u"/songkick/api/3.0/events.json?apikey=k&location=geo:48.8566,2.3522&artist_name=%1"_s.arg(
            QString::fromLatin1(QUrl::toPercentEncoding(artist))));
    QCOMPARE(filtered.status, 200);
    const QJsonArray events
        = filtered.object()[u"resultsPage"_s][u"results"_s][u"event"_s].toArray();
    QVERIFY(!events.isEmpty());
    QVERIFY(filtered.object()[u"resultsPage"_s][u"totalEntries"_s].toInt()
        <= get(u"/songkick/api/3.0/events.json?apikey=k&location=geo:48.8566,2.3522"_s)
               .object()[u"resultsPage"_s][u"totalEntries"_s]
               .toInt());
}

void TestSandboxServer::musicBrainzBrowsesAllReleaseGroupsInPages()
{
    const QString mbid = musicBrainzArtistWithGroups(101);
    QVERIFY2(!mbid.isEmpty(), "some artist near Berlin has more than 100 release groups");
    m_server.setRealism(false);
    const Answer first
        = get(u"/musicbrainz/ws/2/release-group?artist=%1&limit=100&offset=0&fmt=json"_s.arg(mbid));
    QCOMPARE(first.status, 200);
    const int count = first.object()[u"release-group-count"_s].toInt();
    QVERIFY(count > 100);
    QCOMPARE(first.object()[u"release-group-offset"_s].toInt(), 0);
    QJsonArray groups = first.object()[u"release-groups"_s].toArray();
    QCOMPARE(groups.size(), 100);
    const Answer second = get(
        u"/musicbrainz/ws/2/release-group?artist=%1&limit=100&offset=100&fmt=json"_s.arg(mbid));
    const QJsonArray rest = second.object()[u"release-groups"_s].toArray();
    QCOMPARE(rest.size(), count - 100);
    for (const QJsonValue &group : rest)
        groups.append(group);
    QSet<QString> ids;
    for (const QJsonValue &group : std::as_const(groups)) {
        QVERIFY(ids.insert(group[u"id"_s].toString()) != ids.end());
        QVERIFY(group.toObject().contains(u"title"_s));
        QVERIFY(group.toObject().contains(u"primary-type"_s));
        QVERIFY(group[u"secondary-types"_s].isArray());
        const QString date = group[u"first-release-date"_s].toString();
        QVERIFY2(date.isEmpty() || date.size() == 4 || date.size() == 7 || date.size() == 10,
            qPrintable(date));
    }
    QCOMPARE(ids.size(), count);
}

void TestSandboxServer::musicBrainzFiltersByType()
{
    const QString mbid = musicBrainzArtistWithGroups(20);
    QVERIFY(!mbid.isEmpty());
    m_server.setRealism(false);
    const QJsonArray groups = get(
        u"/musicbrainz/ws/2/release-group?artist=%1&type=album|ep&limit=100&fmt=json"_s.arg(mbid))
                                  .object()[u"release-groups"_s]
                                  .toArray();
    QVERIFY(!groups.isEmpty());
    for (const QJsonValue &group : groups) {
        const QString type = group[u"primary-type"_s].toString();
        QVERIFY2(type == u"Album"_s || type == u"EP"_s, qPrintable(type));
    }
    QCOMPARE(
        get(u"/musicbrainz/ws/2/release-group?artist=%1&type=banana&fmt=json"_s.arg(mbid)).status,
        400);
}

void TestSandboxServer::musicBrainzSearchesArtistsWithScores()
{
    const QJsonObject attraction
        = get(tmEvents())
              .object()[u"_embedded"_s][u"events"_s][0][u"_embedded"_s][u"attractions"_s][0]
              .toObject();
    const QString name = attraction[u"name"_s].toString();
    m_server.setRealism(false);
    const Answer answer = get(u"/musicbrainz/ws/2/artist?query=%1&fmt=json"_s.arg(
        QString::fromLatin1(QUrl::toPercentEncoding(name))));
    QCOMPARE(answer.status, 200);
    const QJsonArray artists = answer.object()[u"artists"_s].toArray();
    QVERIFY(!artists.isEmpty());
    QCOMPARE(artists[0][u"score"_s].toInt(), 100);
    QVERIFY(answer.object()[u"count"_s].toInt() >= artists.size());
    int previous = 100;
    for (const QJsonValue &artist : artists) {
        QVERIFY(artist[u"score"_s].toInt() <= previous);
        previous = artist[u"score"_s].toInt();
        QCOMPARE(artist[u"id"_s].toString().size(), 36);
    }
}

void TestSandboxServer::musicBrainzSearchesReleaseGroups()
{
    const QString mbid = musicBrainzArtistWithGroups(5);
    m_server.setRealism(false);
    const Answer answer
        = get(u"/musicbrainz/ws/2/release-group?query=arid:%1&fmt=json"_s.arg(mbid));
    QCOMPARE(answer.status, 200);
    const QJsonArray groups = answer.object()[u"release-groups"_s].toArray();
    QVERIFY(!groups.isEmpty());
    QCOMPARE(groups[0][u"artist-credit"_s][0][u"artist"_s][u"id"_s].toString(), mbid);
    QVERIFY(groups[0].toObject().contains(u"score"_s));
}

void TestSandboxServer::musicBrainzRejectsBadAndUnknownIds()
{
    m_server.setRealism(false);
    const Answer bad = get(u"/musicbrainz/ws/2/release-group?artist=not-an-mbid&fmt=json"_s);
    QCOMPARE(bad.status, 400);
    QVERIFY(bad.object().contains(u"error"_s));
    const Answer unknown = get(
        u"/musicbrainz/ws/2/release-group?artist=00000000-0000-4000-8000-000000000000&fmt=json"_s);
    QCOMPARE(unknown.status, 404);
    m_server.setRealism(true);
    const Answer xml
        = get(u"/musicbrainz/ws/2/release-group?artist=00000000-0000-4000-8000-000000000000"_s);
    QVERIFY2(xml.contentType.contains("xml"), "without fmt=json the real one answers XML");
}

void TestSandboxServer::musicBrainzLookupStopsAt25ReleaseGroups()
{
    const QString mbid = musicBrainzArtistWithGroups(30);
    QVERIFY(!mbid.isEmpty());
    m_server.setRealism(false);
    const Answer lookup
        = get(u"/musicbrainz/ws/2/artist/%1?inc=release-groups&fmt=json"_s.arg(mbid));
    QCOMPARE(lookup.status, 200);
    QCOMPARE(lookup.object()[u"id"_s].toString(), mbid);
    QCOMPARE(
        lookup.object()[u"release-groups"_s].toArray().size(), 25); // the trap DESIGN.md warns of
}

void TestSandboxServer::nominatimAnswersInTheJsonv2Shape()
{
    const Answer answer = get(u"/nominatim/search?q=K%C3%B6ln&format=jsonv2&limit=5"_s);
    QCOMPARE(answer.status, 200);
    const QJsonArray places = answer.array();
    QCOMPARE(places.size(), 1);
    const QJsonObject place = places[0].toObject();
    QVERIFY(place[u"place_id"_s].isDouble());
    QVERIFY(place[u"lat"_s].isString());
    QVERIFY(place[u"lon"_s].isString());
    QVERIFY(qAbs(place[u"lat"_s].toString().toDouble() - 50.9375) < 0.01);
    QCOMPARE(place[u"name"_s].toString(), u"Köln"_s);
    QCOMPARE(place[u"display_name"_s].toString(), u"Köln, Germany"_s);
    QVERIFY(!place[u"type"_s].toString().isEmpty());
    QVERIFY(place[u"importance"_s].toDouble() > 0);
    const QJsonArray box = place[u"boundingbox"_s].toArray();
    QCOMPARE(box.size(), 4);
    QVERIFY(box[0].isString());
    QVERIFY(box[0].toString().toDouble() < box[1].toString().toDouble());
    QCOMPARE(get(u"/nominatim/search?q=san&format=jsonv2&limit=3"_s).array().size(), 3);
    QCOMPARE(get(u"/nominatim/search?q=Xyzzyquorn&format=jsonv2"_s).array().size(), 0);
    QCOMPARE(get(u"/nominatim/search?q=&format=jsonv2"_s).status, 400);
}

void TestSandboxServer::tilesArePngWithCachingHeaders()
{
    const Answer answer = get(u"/tiles/3/4/2.png"_s);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.contentType, "image/png"_ba);
    QVERIFY(!answer.headers.value("etag").isEmpty());
    QVERIFY(answer.headers.value("cache-control").contains("max-age="));
    QImage image;
    QVERIFY(image.loadFromData(answer.body, "PNG"));
    QCOMPARE(image.size(), QSize(256, 256));
    QCOMPARE(get(u"/tiles/3/8/2.png"_s).status, 404);
    QCOMPARE(get(u"/tiles/a/b/c.png"_s).status, 404);
}

void TestSandboxServer::matchingEtagGets304_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("tile") << u"/tiles/5/16/10.png"_s;
    QTest::newRow("nominatim") << u"/nominatim/search?q=Oslo&format=jsonv2"_s;
    QTest::newRow("ticketmaster")
        << u"/ticketmaster/discovery/v2/events.json?apikey=k&geoPoint=u4xsu&radius=20&unit=km"_s;
}

void TestSandboxServer::matchingEtagGets304()
{
    QFETCH(QString, path);
    const Answer first = get(path);
    QCOMPARE(first.status, 200);
    const QByteArray etag = first.headers.value("etag");
    QVERIFY(etag.startsWith('"'));
    const Answer again = get(path, { { "If-None-Match", etag } });
    QCOMPARE(again.status, 304);
    QVERIFY(again.body.isEmpty());
    QCOMPARE(again.headers.value("etag"), etag);
    QCOMPARE(get(path, { { "If-None-Match", "\"something-else\"" } }).status, 200);
}

void TestSandboxServer::sameSeedGivesSameAnswers()
{
    SandboxServer other;
    QVERIFY(other.listen());
    other.setToday(QDate(2026, 11, 26));
    const QString path = tmEvents(u"&size=20"_s);
    const Answer mine = get(path);
    QNetworkRequest request(QUrl(other.baseUrl().toString() + path));
    const Answer theirs = fetch(request, "GET", {});
    // The same but for the links to each server's own pages.
    QCOMPARE(QByteArray(theirs.body).replace(other.baseUrl().toEncoded(), "ROOT"),
        QByteArray(mine.body).replace(m_server.baseUrl().toEncoded(), "ROOT"));
    other.setSeed(2);
    const Answer reseeded = fetch(request, "GET", {});
    QVERIFY(reseeded.body != mine.body);
}

void TestSandboxServer::faultModesDoWhatTheySay_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("networkError");
    QTest::addColumn<QString>("check");
    using K = SandboxFault::Kind;
    QTest::newRow("429") << int(K::TooManyRequests) << 429 << false << u"serviceErrorBody"_s;
    QTest::newRow("503") << int(K::ServiceUnavailable) << 503 << false << u"serviceErrorBody"_s;
    QTest::newRow("500") << int(K::InternalError) << 500 << false << u""_s;
    QTest::newRow("reset") << int(K::ConnectionReset) << 0 << true << u""_s;
    QTest::newRow("truncated") << int(K::TruncatedBody) << 200 << true << u"short"_s;
    QTest::newRow("malformed") << int(K::MalformedJson) << 200 << false << u"unparsable"_s;
    QTest::newRow("content type") << int(K::WrongContentType) << 200 << false << u"html"_s;
    QTest::newRow("wrong shape") << int(K::WrongShape) << 200 << false << u"wrongShape"_s;
}

void TestSandboxServer::faultModesDoWhatTheySay()
{
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(bool, networkError);
    QFETCH(QString, check);
    SandboxFault fault;
    fault.kind = SandboxFault::Kind(kind);
    m_server.setFault(SandboxService::Ticketmaster, fault);
    const Answer answer = get(tmEvents(u"&size=20"_s));
    QCOMPARE(answer.status, status);
    QCOMPARE(
        answer.error != QNetworkReply::NoError && answer.error < QNetworkReply::ContentAccessDenied,
        networkError);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(answer.body, &parseError);
    if (check == u"serviceErrorBody"_s) {
        QVERIFY(document.object()[u"fault"_s][u"faultstring"_s].isString());
        QVERIFY(!answer.headers.contains("retry-after"));
    } else if (check == u"short"_s) {
        QVERIFY(answer.body.size() < answer.headers.value("content-length").toInt()
            || answer.headers.value("content-length").isEmpty());
    } else if (check == u"unparsable"_s) {
        QVERIFY(parseError.error != QJsonParseError::NoError);
        QVERIFY(answer.contentType.startsWith("application/json"));
    } else if (check == u"html"_s) {
        QVERIFY(answer.contentType.startsWith("text/html"));
    } else if (check == u"wrongShape"_s) {
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QVERIFY(!document.object()[u"_embedded"_s][u"events"_s].isArray());
        QVERIFY(!document.object()[u"page"_s].isObject());
    }
    // The same fault also shapes the request log; then clearing it brings the normal answer back.
    QCOMPARE(m_server.requestLog().constLast().status, status);
    m_server.clearFaults();
    QCOMPARE(get(tmEvents(u"&size=20"_s)).status, 200);
}

void TestSandboxServer::latencyDelaysWithoutBlockingTheServer()
{
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::Latency;
    fault.latency = 800ms;
    m_server.setFault(SandboxService::MusicBrainz, fault);
    QElapsedTimer timer;
    timer.start();
    QNetworkRequest slowRequest(
        QUrl(m_server.baseUrl().toString() + u"/musicbrainz/ws/2/artist?query=x&fmt=json"_s));
    QNetworkReply *slow = m_network.get(slowRequest);
    qint64 slowDoneAt = -1;
    connect(slow, &QNetworkReply::finished, this, [&] { slowDoneAt = timer.elapsed(); });
    // While the slow answer waits, another service answers at once.
    const Answer quick = get(u"/nominatim/search?q=Lima&format=jsonv2"_s);
    const qint64 quickDoneAt = timer.elapsed();
    QCOMPARE(quick.status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(slowDoneAt >= 0, 10000);
    QVERIFY2(quickDoneAt < slowDoneAt, "the quick answer did not wait for the slow one");
    QVERIFY(slowDoneAt >= 800);
    QCOMPARE(slow->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    slow->deleteLater();
}

void TestSandboxServer::retryAfterComesAsSecondsOrHttpDate()
{
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::ServiceUnavailable;
    fault.retryAfterSeconds = 7;
    m_server.setFault(SandboxService::MusicBrainz, fault);
    const Answer seconds = get(u"/musicbrainz/ws/2/artist?query=x&fmt=json"_s);
    QCOMPARE(seconds.status, 503);
    QCOMPARE(seconds.headers.value("retry-after"), "7"_ba);
    QVERIFY(seconds.object()[u"error"_s].toString().contains(u"rate limit"_s));

    fault.kind = SandboxFault::Kind::TooManyRequests;
    fault.retryAfterAsHttpDate = true;
    fault.retryAfterSeconds = 120;
    m_server.setFault(SandboxService::MusicBrainz, fault);
    const Answer date = get(u"/musicbrainz/ws/2/artist?query=x&fmt=json"_s);
    QCOMPARE(date.status, 429);
    const QByteArray header = date.headers.value("retry-after");
    QVERIFY2(header.endsWith(" GMT"), header.constData());
    QDateTime when = QDateTime::fromString(
        QString::fromLatin1(header.chopped(4)), u"ddd, dd MMM yyyy HH:mm:ss"_s);
    when.setTimeSpec(Qt::UTC);
    QVERIFY(when.isValid());
    const qint64 ahead = QDateTime::currentDateTimeUtc().secsTo(when);
    QVERIFY2(ahead > 100 && ahead <= 121, qPrintable(QString::number(ahead)));
}

void TestSandboxServer::faultAppliesOnlyToItsCount()
{
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::InternalError;
    fault.remaining = 2;
    m_server.setFault(SandboxService::Nominatim, fault);
    QCOMPARE(get(u"/nominatim/search?q=Rome&format=jsonv2"_s).status, 500);
    QCOMPARE(m_server.fault(SandboxService::Nominatim).remaining, 1);
    QCOMPARE(get(u"/tiles/0/0/0.png"_s).status, 200); // other services are untouched
    QCOMPARE(get(u"/nominatim/search?q=Rome&format=jsonv2"_s).status, 500);
    QCOMPARE(get(u"/nominatim/search?q=Rome&format=jsonv2"_s).status, 200);
    QCOMPARE(m_server.fault(SandboxService::Nominatim).kind, SandboxFault::Kind::None);
}

void TestSandboxServer::faultScheduleGivesEachRequestTheFirstDueFault()
{
    // Every 3rd request a 503, every 2nd broken JSON: 1 ok, 2 broken, 3 503, 4 broken, 5 ok,
    // 6 503 (both due; the first listed wins).
    m_server.setRealism(false); // no rate limit on the test's frozen clock
    const QByteArray faults = R"({"nominatim":[{"kind":"serviceUnavailable","every":3},
                                               {"kind":"malformedJson","every":2}]})";
    QCOMPARE(send("PUT", u"/_sandbox/faults"_s, faults).status, 200);
    QList<int> statuses;
    QList<bool> readable;
    for (int i = 0; i < 6; ++i) {
        const Answer answer = get(u"/nominatim/search?q=Rome&format=jsonv2"_s);
        statuses.append(answer.status);
        readable.append(!QJsonDocument::fromJson(answer.body).isNull());
    }
    QCOMPARE(statuses, (QList<int> { 200, 200, 503, 200, 200, 503 }));
    QCOMPARE(readable.mid(0, 2), (QList<bool> { true, false }));
    QCOMPARE(readable.at(3), false);
    QCOMPARE(readable.at(4), true);
    const QJsonValue listed = get(u"/_sandbox/faults"_s).object()[u"nominatim"_s];
    QVERIFY(listed.isArray());
    QCOMPARE(listed.toArray().size(), 2);
    QCOMPARE(listed.toArray().at(1)[u"every"_s].toInt(), 2);
}

void TestSandboxServer::faultMatchesOnlyTheRequestsItNames()
{
    // A failing second page: only requests whose query names page=2 get the fault.
    m_server.setRealism(false);
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::InternalError;
    fault.match = u"page=2"_s;
    m_server.setFault(SandboxService::Nominatim, fault);
    QCOMPARE(get(u"/nominatim/search?q=Rome&format=jsonv2&page=1"_s).status, 200);
    QCOMPARE(get(u"/nominatim/search?q=Rome&format=jsonv2&page=2"_s).status, 500);
    QCOMPARE(get(u"/nominatim/search?q=Rome&format=jsonv2"_s).status, 200);
    QCOMPARE(SandboxFault::fromJson(fault.toJson()), std::optional<SandboxFault>(fault));
}

void TestSandboxServer::hugeBodyIsValidJsonOfTheAskedSize()
{
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::HugeBody;
    fault.bodyBytes = 3 * 1024 * 1024 + 7;
    m_server.setFault(SandboxService::Songkick, fault);
    const Answer answer
        = get(u"/songkick/api/3.0/search/locations.json?location=geo:1,1&apikey=k"_s);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body.size(), fault.bodyBytes);
    QCOMPARE(answer.headers.value("content-length").toLongLong(), fault.bodyBytes);
    QVERIFY(answer.object()[u"padding"_s].isString());
}

void TestSandboxServer::slowDripDeliversTheWholeBodyInPieces()
{
    const Answer normal = get(u"/nominatim/search?q=Oslo&format=jsonv2"_s);
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::SlowDrip;
    fault.latency = 5ms;
    m_server.setFault(SandboxService::Nominatim, fault);
    QElapsedTimer timer;
    timer.start();
    const Answer dripped = get(u"/nominatim/search?q=Oslo&format=jsonv2"_s);
    QCOMPARE(dripped.status, 200);
    QCOMPARE(dripped.body, normal.body);
    QVERIFY2(dripped.progressSignals > 1, qPrintable(QString::number(dripped.progressSignals)));
    QVERIFY(timer.elapsed() >= (normal.body.size() / 16 - 1) * 5);
}

void TestSandboxServer::controlEndpointSetsAndClearsFaults()
{
    const QByteArray faults = R"({"songkick":{"kind":"serviceUnavailable","retryAfter":5},
                                  "tiles":{"kind":"latency","latencyMs":10,"remaining":1}})";
    const Answer put = send("PUT", u"/_sandbox/faults"_s, faults);
    QCOMPARE(put.status, 200);
    QCOMPARE(put.object()[u"songkick"_s][u"kind"_s].toString(), u"serviceUnavailable"_s);
    QCOMPARE(m_server.fault(SandboxService::Songkick).retryAfterSeconds, 5);
    QCOMPARE(m_server.fault(SandboxService::Tiles).latency, 10ms);
    const Answer faulted
        = get(u"/songkick/api/3.0/search/locations.json?location=geo:1,1&apikey=k"_s);
    QCOMPARE(faulted.status, 503);
    QCOMPARE(faulted.headers.value("retry-after"), "5"_ba);
    QCOMPARE(
        get(u"/_sandbox/faults"_s).object().keys(), QStringList({ u"songkick"_s, u"tiles"_s }));
    QCOMPARE(send("DELETE", u"/_sandbox/faults"_s).object(), QJsonObject());
    QCOMPARE(
        get(u"/songkick/api/3.0/search/locations.json?location=geo:1,1&apikey=k"_s).status, 200);
}

void TestSandboxServer::controlEndpointRejectsBadFaults()
{
    const Answer badService
        = send("PUT", u"/_sandbox/faults"_s, R"({"spotify":{"kind":"internalError"}})");
    QCOMPARE(badService.status, 400);
    QVERIFY(badService.object()[u"error"_s].toString().contains(u"spotify"_s));
    // One bad entry changes nothing, not even the good ones beside it.
    const Answer mixed = send("PUT", u"/_sandbox/faults"_s,
        R"({"tiles":{"kind":"internalError"},"songkick":{"kind":"explode"}})");
    QCOMPARE(mixed.status, 400);
    QCOMPARE(m_server.fault(SandboxService::Tiles).kind, SandboxFault::Kind::None);
    QCOMPARE(send("PUT", u"/_sandbox/faults"_s, "{not json").status, 400);
}

void TestSandboxServer::controlEndpointChangesSettings()
{
    const QString path = tmEvents(u"&size=5"_s);
    const QByteArray before = get(path).body;
    const Answer put = send("PUT", u"/_sandbox/settings"_s, R"({"seed":2,"realism":false})");
    QCOMPARE(put.status, 200);
    QCOMPARE(put.object()[u"seed"_s].toInt(), 2);
    QCOMPARE(m_server.seed(), 2u);
    QVERIFY(!m_server.realism());
    QVERIFY(get(path).body != before);
    QCOMPARE(send("PUT", u"/_sandbox/settings"_s, "[1,2]").status, 400);
    QCOMPARE(get(u"/_sandbox"_s).object()[u"services"_s][u"tiles"_s].toString(),
        m_server.serviceRoot(SandboxService::Tiles).toString());
}

void TestSandboxServer::rateLimitTriggersExactlyPastTheThreshold_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("errorKey");
    QTest::newRow("ticketmaster 5/s") << tmEvents(u"&size=1"_s) << 5 << 429 << u"fault"_s;
    QTest::newRow("musicbrainz 1/s")
        << u"/musicbrainz/ws/2/artist?query=ghosts&fmt=json"_s << 1 << 503 << u"error"_s;
}

void TestSandboxServer::rateLimitTriggersExactlyPastTheThreshold()
{
    QFETCH(QString, path);
    QFETCH(int, limit);
    QFETCH(int, status);
    QFETCH(QString, errorKey);
    for (int i = 0; i < limit; ++i)
        QCOMPARE(get(path).status, 200);
    const Answer refused = get(path);
    QCOMPARE(refused.status, status);
    QVERIFY(refused.object().contains(errorKey));
    if (errorKey == u"fault"_s) {
        QCOMPARE(refused.object()[u"fault"_s][u"detail"_s][u"errorcode"_s].toString(),
            u"policies.ratelimit.SpikeArrestViolation"_s);
    }
    if (errorKey == u"fault"_s) {
        QVERIFY(!refused.headers.contains(
            "rate-limit-available")); // quota headers come on answers only
    }
    m_fakeNow += 999ms;
    QCOMPARE(get(path).status, status);
    m_fakeNow += 1ms; // one second after the first request
    QCOMPARE(get(path).status, 200);
}

void TestSandboxServer::ticketmasterReportsItsDailyQuota()
{
    const Answer first = get(tmEvents());
    const int available = first.headers.value("rate-limit-available").toInt();
    QCOMPARE(first.headers.value("rate-limit"), "5000"_ba);
    QVERIFY(available > 0 && available < 5000);
    QVERIFY(
        first.headers.value("rate-limit-reset").toLongLong() > QDateTime::currentMSecsSinceEpoch());
    QCOMPARE(get(tmEvents()).headers.value("rate-limit-available").toInt(), available - 1);
}

void TestSandboxServer::realismOffLiftsTheLimits()
{
    m_server.setRealism(false);
    for (int i = 0; i < 8; ++i)
        QCOMPARE(get(u"/musicbrainz/ws/2/artist?query=ghosts&fmt=json"_s).status, 200);
}

void TestSandboxServer::requestLogRecordsEveryRequest()
{
    QSignalSpy logged(&m_server, &SandboxServer::requestLogged);
    get(tmEvents());
    get(u"/nominatim/search?q=Oslo&format=jsonv2"_s);
    get(u"/tiles/0/0/0.png"_s);
    get(u"/musicbrainz/ws/2/artist?query=ghosts&fmt=json"_s);
    get(u"/musicbrainz/ws/2/artist?query=ghosts&fmt=json"_s); // refused: still logged
    get(u"/songkick/api/3.0/search/locations.json?location=geo:1,1"_s); // no key: still logged
    get(u"/_sandbox/faults"_s); // control requests are not part of the log
    const QList<gig::SandboxRequest> log = m_server.requestLog();
    QCOMPARE(log.size(), 6);
    QCOMPARE(logged.count(), 6);
    QCOMPARE(log[0].service, SandboxService::Ticketmaster);
    QCOMPARE(log[0].method, "GET"_ba);
    QCOMPARE(log[0].path, u"/ticketmaster/discovery/v2/events.json"_s);
    QCOMPARE(log[0].query.queryItemValue(u"geoPoint"_s), QLatin1StringView(berlinGeohash));
    QCOMPARE(log[0].status, 200);
    QCOMPARE(log[1].service, SandboxService::Nominatim);
    QCOMPARE(log[2].service, SandboxService::Tiles);
    QCOMPARE(log[3].status, 200);
    QCOMPARE(log[4].status, 503);
    QCOMPARE(log[5].status, 401);
    QCOMPARE(m_server.requestCount(SandboxService::MusicBrainz), 2);
    QCOMPARE(m_server.requestCount(SandboxService::Songkick), 1);
    for (qsizetype i = 1; i < log.size(); ++i) {
        QVERIFY(log[i].at >= log[i - 1].at);
        QVERIFY(log[i].steadyAt >= log[i - 1].steadyAt);
    }
    const bool sentUserAgent = std::any_of(log[0].headers.cbegin(), log[0].headers.cend(),
        [](const auto &header) { return header.first == "user-agent"; });
    QVERIFY(sentUserAgent);
}

void TestSandboxServer::controlEndpointListsAndClearsTheLog()
{
    get(u"/tiles/0/0/0.png"_s);
    get(u"/nominatim/search?q=Oslo&format=jsonv2"_s);
    const QJsonObject all = get(u"/_sandbox/requests"_s).object();
    QCOMPARE(all[u"count"_s].toInt(), 2);
    const QJsonObject entry = all[u"requests"_s][1].toObject();
    QCOMPARE(entry[u"service"_s].toString(), u"nominatim"_s);
    QCOMPARE(entry[u"path"_s].toString(), u"/nominatim/search"_s);
    QCOMPARE(entry[u"method"_s].toString(), u"GET"_s);
    QCOMPARE(entry[u"status"_s].toInt(), 200);
    QVERIFY(entry[u"query"_s].toString().contains(u"q=Oslo"_s));
    QVERIFY(QDateTime::fromString(entry[u"at"_s].toString(), Qt::ISODateWithMs).isValid());
    QCOMPARE(get(u"/_sandbox/requests?service=tiles"_s).object()[u"count"_s].toInt(), 1);
    QCOMPARE(get(u"/_sandbox/requests?service=spotify"_s).status, 400);
    QCOMPARE(send("DELETE", u"/_sandbox/requests"_s).status, 200);
    QCOMPARE(m_server.requestLog().size(), 0);
}

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandboxserver.moc"
