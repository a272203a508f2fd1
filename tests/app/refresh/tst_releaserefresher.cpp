// ReleaseRefresher against a loopback MusicBrainz: what a search by name leaves on the artist row.
// Only a readable answer records a miss ("not on MusicBrainz", "several artists of that name");
// a 404, a 5xx, a timeout or an unreadable answer is a failure that is asked again.
#include "../net/loopbackhttpserver.h"
#include "app/net/requestqueue.h"
#include "app/refresh/releaserefresher.h"
#include "app/sources/musicbrainzsource.h"
#include "fastlane.h"
#include "models/gigstore.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUrlQuery>
#include <atomic>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

const QString artistId = u"sk:700001"_s;
const QString artistName = u"Solstice"_s;
const QString doomMbid = u"8efbe043-1fac-5651-9609-cf48075bb6bd"_s;
const QString progMbid = u"f98f8cdc-231d-50ca-8e19-e9dcb16dbc32"_s;

using Response = LoopbackHttpServer::Response;

Response json(int status, const QByteArray &body)
{
    return Response { status, { { "Content-Type", "application/json" } }, body, {}, false, false };
}

// One artist of the name: the search resolves it; its release-group browse is empty.
Response uniqueAnswer(const LoopbackHttpServer::Request &request)
{
    if (request.target.contains("/release-group"))
        return json(
            200, R"({"release-group-count":0,"release-group-offset":0,"release-groups":[]})");
    return json(200,
        R"({"created":"2027-01-15T10:00:00.000Z","count":2,"offset":0,"artists":[)"
        R"({"id":"8efbe043-1fac-5651-9609-cf48075bb6bd","type":"Group","score":100,)"
        R"("name":"Solstice","sort-name":"Solstice","country":"GB","disambiguation":"UK doom metal"},)"
        R"({"id":"967e84ce-f373-5c52-9e8a-28bf56b026f8","type":"Group","score":62,)"
        R"("name":"Solstice Coil","sort-name":"Solstice Coil"}]})");
}

} // namespace

class TstReleaseRefresher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLoggingCategory::setFilterRules(u"gigmap.*.info=false\ngigmap.*.warning=false"_s);
    }

    void failedSearchIsNoMiss_data();
    void failedSearchIsNoMiss();
    void readableAnswerRecordsTheMiss_data();
    void readableAnswerRecordsTheMiss();
    void artistAskedElsewhereIsReadNotAsked();
    void artistOfALapsedLeaseIsAskedHere();
};

namespace {

// A store with one artist without an MBID, a queue whose MusicBrainz lane does not wait, and a
// refresher on a source pointed at `server`.
struct Rig
{
    explicit Rig(LoopbackHttpServer &server)
    {
        test::useFastMusicBrainzLane(queue);
        MusicBrainzSource::Config config;
        config.baseUrl = server.url(u"/ws/2"_s);
        source = std::make_unique<MusicBrainzSource>(&queue, config);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        store.upsertArtists({ Artist { artistId, {}, artistName, {} } }, now, now.addDays(1));
        refresher = std::make_unique<ReleaseRefresher>(
            source.get(), &store, Clock::system(), RefreshSettings {});
    }

    Artist artist() const { return store.artist(artistId).value; }

    RequestQueue queue;
    GigStore store;
    std::unique_ptr<MusicBrainzSource> source;
    std::unique_ptr<ReleaseRefresher> refresher;
};

} // namespace

void TstReleaseRefresher::failedSearchIsNoMiss_data()
{
    QTest::addColumn<Response>("failure");
    QTest::addColumn<SourceError::Kind>("kind");

    QTest::newRow("404") << Response { 404, { { "Content-Type", "text/html" } },
        "<html>Not Found</html>", {}, false, false }
                         << SourceError::Kind::Http;
    QTest::newRow("404 in MusicBrainz's words") << json(404,
        R"({"error":"Not Found","help":"For usage, please see: https://musicbrainz.org/development/mmd"})")
                                                << SourceError::Kind::ServiceError;
    QTest::newRow("500 after the queue's retry")
        << json(500, R"({"error":"Internal server error"})") << SourceError::Kind::ServiceError;
    QTest::newRow("502 without a body")
        << Response { 502, {}, {}, {}, false, false } << SourceError::Kind::Http;
    QTest::newRow("503 over the rate")
        << json(503, R"({"error":"Your requests are exceeding the allowable rate limit."})")
        << SourceError::Kind::RateLimited;
    QTest::newRow("timeout") << Response { 200, {}, {}, {}, true, false }
                             << SourceError::Kind::Timeout;
    QTest::newRow("not JSON") << Response { 200, { { "Content-Type", "text/html" } },
        "<html><body>Maintenance</body></html>", {}, false, false }
                              << SourceError::Kind::BadResponse;
    QTest::newRow("truncated") << json(
        200, R"({"created":"2027-01-15T10:00:00.000Z","count":2,"offset":0,"artists":[{"id":"8efb)")
                               << SourceError::Kind::BadResponse;
    QTest::newRow("no artists array")
        << json(200, R"({"created":"2027-01-15T10:00:00.000Z","count":0})")
        << SourceError::Kind::BadResponse;
    // The second hit cannot be read: it may be a second Solstice, so nothing is proven.
    QTest::newRow("a hit without an id") << json(200,
        R"({"created":"2027-01-15T10:00:00.000Z","count":2,"offset":0,"artists":[)"
        R"({"id":"8efbe043-1fac-5651-9609-cf48075bb6bd","type":"Group","score":100,"name":"Solstice"},)"
        R"({"type":"Group","score":96,"name":"Solstice","country":"GB"}]})")
                                         << SourceError::Kind::BadResponse;
}

void TstReleaseRefresher::failedSearchIsNoMiss()
{
    QFETCH(Response, failure);
    QFETCH(SourceError::Kind, kind);
    std::atomic<bool> failing = true;
    LoopbackHttpServer server([&](const LoopbackHttpServer::Request &request) {
        // Only the search fails: a browse (were an MBID found) would succeed.
        return failing && request.target.contains("/ws/2/artist?") ? failure
                                                                   : uniqueAnswer(request);
    });
    QVERIFY(server.start());
    Rig rig(server);
    QSignalSpy failed(rig.refresher.get(), &ReleaseRefresher::releaseFailed);

    rig.refresher->enqueueLacking();
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.constFirst().at(1).value<SourceError>().kind, kind);
    QVERIFY(server.requests().constFirst().target.contains("/ws/2/artist?"));
    // A failure, not a "no match": no miss recorded, so nothing waits out the retry period.
    const Artist after = rig.artist();
    QVERIFY(!after.hasMbid());
    QVERIFY(!after.mbidSearchedAt.isValid());
    QCOMPARE(after.nameSearch, NameSearch::NotSearched);

    // Asked again (here at a rescan), it is resolved once the service answers.
    failing = false;
    rig.refresher->enqueueLacking();
    QTRY_COMPARE_WITH_TIMEOUT(rig.artist().mbid, doomMbid, 10000);
    QCOMPARE(rig.artist().nameSearch, NameSearch::Found);
    QVERIFY(!rig.artist().mbidSearchedAt.isValid());
}

void TstReleaseRefresher::readableAnswerRecordsTheMiss_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<NameSearch>("outcome");
    // A real answer's shape: several artists named exactly so, the first scoring 100.
    QTest::newRow("several artists of the name") << QByteArray(
        R"({"created":"2027-01-15T10:00:00.000Z","count":3,"offset":0,"artists":[)"
        R"({"id":"8efbe043-1fac-5651-9609-cf48075bb6bd","type":"Group","score":100,"name":"Solstice",)"
        R"("sort-name":"Solstice","country":"GB","disambiguation":"UK doom metal"},)"
        R"({"id":"f98f8cdc-231d-50ca-8e19-e9dcb16dbc32","type":"Group","score":96,"name":"Solstice",)"
        R"("sort-name":"Solstice","country":"GB","disambiguation":"UK neo-progressive rock"},)"
        R"({"id":"967e84ce-f373-5c52-9e8a-28bf56b026f8","type":"Group","score":62,"name":"Solstice Coil"}]})")
                                                 << NameSearch::Several;
    QTest::newRow("no artist of the name") << QByteArray(
        R"({"created":"2027-01-15T10:00:00.000Z","count":1,"offset":0,"artists":[)"
        R"({"id":"967e84ce-f373-5c52-9e8a-28bf56b026f8","type":"Group","score":62,"name":"Solstice Coil"}]})")
                                           << NameSearch::NoMatch;
    QTest::newRow("no hits") << QByteArray(
        R"({"created":"2027-01-15T10:00:00.000Z","count":0,"offset":0,"artists":[]})")
                             << NameSearch::NoMatch;
}

namespace {

// Leases as another desktop would leave them: every claim is held elsewhere while `elsewhere`.
class ScriptedLeases final : public WorkLeases
{
public:
    bool elsewhere = true;
    QStringList claimed;
    QStringList released;

    Claim claim(const QString &key) override
    {
        claimed.append(key);
        return elsewhere ? Claim::HeldElsewhere : Claim::Granted;
    }
    void release(const QString &key, bool) override { released.append(key); }
};

} // namespace

void TstReleaseRefresher::artistAskedElsewhereIsReadNotAsked()
{
    LoopbackHttpServer server(uniqueAnswer);
    QVERIFY(server.start());
    Rig rig(server);
    ScriptedLeases leases;
    rig.refresher->setLeases(&leases);
    rig.refresher->enqueueLacking();
    QCOMPARE(leases.claimed, QStringList { u"name:"_s + artistId });
    QCOMPARE(rig.refresher->pendingCount(), 1); // waiting for the other desktop

    // The other desktop's answers arrive through the shared cache.
    QSignalSpy idle(rig.refresher.get(), &ReleaseRefresher::idle);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    rig.store.upsertArtists({ Artist { artistId, doomMbid, artistName, {} } }, now, now.addDays(1));
    rig.store.upsertLatestRelease(LatestRelease { doomMbid, std::nullopt }, now, now.addDays(7));
    QVERIFY(idle.wait(5000));
    QCOMPARE(server.requestCount(), 0);
    QVERIFY(leases.released.isEmpty()); // nothing was this desktop's to let go
}

void TstReleaseRefresher::artistOfALapsedLeaseIsAskedHere()
{
    LoopbackHttpServer server(uniqueAnswer);
    QVERIFY(server.start());
    Rig rig(server);
    ScriptedLeases leases;
    rig.refresher->setLeases(&leases);
    QSignalSpy idle(rig.refresher.get(), &ReleaseRefresher::idle);
    rig.refresher->enqueueLacking();
    QTest::qWait(1200); // asked again after a second, still held elsewhere
    QVERIFY(leases.claimed.size() >= 2);
    QCOMPARE(server.requestCount(), 0);

    leases.elsewhere = false; // the other desktop was killed: its lease lapsed
    QVERIFY(idle.wait(10000));
    QCOMPARE(rig.artist().mbid, doomMbid);
    QVERIFY(server.requestCount() >= 1);
    QVERIFY(leases.released.contains(u"name:"_s + artistId));
    QVERIFY(leases.released.contains(u"release:"_s + doomMbid));
}

void TstReleaseRefresher::readableAnswerRecordsTheMiss()
{
    QFETCH(QByteArray, body);
    QFETCH(NameSearch, outcome);
    LoopbackHttpServer server([&](const LoopbackHttpServer::Request &) { return json(200, body); });
    QVERIFY(server.start());
    Rig rig(server);
    QSignalSpy idle(rig.refresher.get(), &ReleaseRefresher::idle);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    rig.refresher->enqueueLacking();
    QVERIFY(idle.wait(10000));
    QCOMPARE(rig.refresher->failures(), 0);
    const Artist after = rig.artist();
    QVERIFY(!after.hasMbid());
    QCOMPARE(after.nameSearch, outcome);
    QVERIFY(after.mbidSearchedAt >= before.addSecs(-1));
    QVERIFY(after.isUnresolved());
    // A miss is not asked again before the retry period.
    rig.refresher->enqueueLacking();
    QVERIFY(rig.refresher->isIdle());
    QCOMPARE(server.requestCount(), 1);
    Q_UNUSED(progMbid)
}

} // namespace gig

QTEST_GUILESS_MAIN(gig::TstReleaseRefresher)
#include "tst_releaserefresher.moc"
