#include "app/net/lanestatus.h"
#include "app/net/laneturns.h"
#include "app/net/requestqueue.h"
#include "app/sandbox/sandboxserver.h"
#include "loopbackhttpserver.h"
#include "models/version.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QLocale>
#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using gig::Clock;
using gig::LanePolicy;
using gig::NetworkError;
using gig::NetworkResult;
using gig::QueuedReply;
using gig::RequestPriority;
using gig::RequestQueue;
using Server = LoopbackHttpServer;

namespace gig {
// Lets QCOMPARE print NetworkError values.
char *toString(NetworkError error)
{
    return qstrdup(qPrintable(errorName(error)));
}
} // namespace gig

namespace {

const QString testLane = u"test"_s;

double logicalSeconds(Clock::Time t)
{
    return double(t.count()) / 1e6;
}

// A lane that does not pace, so each test sets only what it checks.
// Turns as another desktop would leave them: the first asked must wait `firstWait`; the daily
// budget shared with the others has `dailyLeft` requests left.
class ScriptedTurns final : public gig::LaneTurns
{
public:
    std::chrono::milliseconds firstWait { 0 };
    int dailyLeft = 1000;
    int asked = 0;

    std::optional<std::chrono::milliseconds> takeTurn(
        const QString &, std::chrono::milliseconds) override
    {
        if (asked++ == 0 && firstWait > 0ms)
            return firstWait;
        return std::nullopt;
    }
    bool spendDaily(const QString &, int) override { return dailyLeft-- > 0; }
};

LanePolicy openPolicy()
{
    LanePolicy policy;
    policy.ratePerSecond = 0;
    policy.maxInFlight = 4;
    policy.backoffBase = 100ms;
    policy.backoffCap = 1000ms;
    policy.circuitFailureThreshold = 0;
    return policy;
}

Server::Response ok(const QByteArray &body = "ok"_ba)
{
    Server::Response response;
    response.body = body;
    return response;
}

Server::Response status(int code, QList<Server::Header> headers = {})
{
    Server::Response response;
    response.status = code;
    response.headers = std::move(headers);
    response.body = "status " + QByteArray::number(code);
    return response;
}

Server::Response delayedOk(const QByteArray &body, std::chrono::milliseconds delay)
{
    Server::Response response = ok(body);
    response.delay = delay;
    return response;
}

Server::Response hanging()
{
    Server::Response response;
    response.hang = true;
    return response;
}

// Keeps each finished reply's result (replies delete themselves after finished()).
class Results
{
public:
    QueuedReply *watch(QueuedReply *reply)
    {
        QObject::connect(reply, &QueuedReply::finished, reply, [this, reply] {
            m_results.append(reply->result());
            m_order.append(reply->result().url.query());
        });
        return reply;
    }
    int count() const { return int(m_results.size()); }
    const NetworkResult &at(int i) const { return m_results.at(i); }
    const QList<NetworkResult> &all() const { return m_results; }

private:
    QList<NetworkResult> m_results;
    QStringList m_order;
};

QStringList capturedLog;
QMutex capturedLogMutex;

void captureMessages(QtMsgType, const QMessageLogContext &, const QString &message)
{
    QMutexLocker lock(&capturedLogMutex);
    capturedLog.append(message);
}

} // namespace

class TestRequestQueue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void defaultLanesHaveTheServicesLimits_data();
    void defaultLanesHaveTheServicesLimits();
    void routePrefixGivesSandboxTheServiceLane();

    void rateLimitSpacesRequestsOnTheLane();
    void retryAfterPausesWholeLane_data();
    void retryAfterPausesWholeLane();
    void serviceUnavailableWithoutRetryAfterBacksOff();
    void serverErrorsRetryUpToTheLimit();
    void clientErrorIsNotRetried();
    void circuitOpensFailsFastAndClosesAfterProbe();
    void truncatedBodyIsRetriedNeverDelivered();
    void tricklingAnswerIsCutByTheDeadline();

    void identicalGetsAreSentOnce();
    void cancellingOneWaiterLeavesOthersServed();
    void cancellingEveryWaiterAbortsTheRequest();

    void oversizedBodyIsRefused_data();
    void oversizedBodyIsRefused();
    void stalledTransferTimesOut();
    void plainHttpToRemoteHostIsRefused_data();
    void plainHttpToRemoteHostIsRefused();
    void redirectsNotFollowed_data();
    void redirectsNotFollowed();
    void redirectOnLoopbackIsFollowed();
    void loopbackHostsMayUsePlainHttp_data();
    void loopbackHostsMayUsePlainHttp();
    void untrustedCertificateFailsWithoutBody();
    void diskCacheNeverKeepsSecrets();
    void logsAndErrorsRedactKeys();
    void userAgentIsSetAndCacheBustingHeadersAreNot();
    void dailyBudgetPersistsAndRefusesWhenSpent();
    void sharedTurnsPaceAndBudgetTheLane();
    void interactiveIsServedBeforeBackground();
    void etagRevalidationServesCachedBodyOn304();
    void laneStatusReportsCountersAndNextSend();
    void profilingAddsUpTheQueuesOwnTime();

private:
    // A queue on a sped-up clock whose "test" lane covers the server; no disk cache, budgets
    // in a temporary file.
    std::unique_ptr<RequestQueue> makeQueue(
        const Server &server, const LanePolicy &policy, std::shared_ptr<Clock> clock);

    QTemporaryDir m_dir;
};

void TestRequestQueue::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestRequestQueue::init()
{
    QLoggingCategory::setFilterRules(u"gigmap.net.debug=false"_s);
}

std::unique_ptr<RequestQueue> TestRequestQueue::makeQueue(
    const Server &server, const LanePolicy &policy, std::shared_ptr<Clock> clock)
{
    auto queue = std::make_unique<RequestQueue>(std::move(clock));
    queue->setCacheDirectory(QString());
    queue->setSettingsFile(m_dir.filePath(
        u"settings-%1.ini"_s.arg(QString::fromLatin1(QTest::currentTestFunction()))));
    queue->routePrefix(server.url(u"/"_s), testLane);
    queue->setLanePolicy(testLane, policy);
    return queue;
}

void TestRequestQueue::defaultLanesHaveTheServicesLimits_data()
{
    QTest::addColumn<QString>("lane");
    QTest::addColumn<double>("rate");
    QTest::addColumn<int>("inFlight");
    QTest::addColumn<int>("budget");
    QTest::addColumn<bool>("resendSafe");
    QTest::addRow("MusicBrainz") << u"musicbrainz.org"_s << 1.0 << 1 << 0 << false;
    QTest::addRow("Ticketmaster") << u"app.ticketmaster.com"_s << 4.0 << 2 << 5000 << true;
    QTest::addRow("Songkick") << u"api.songkick.com"_s << 2.0 << 2 << 0 << true;
    QTest::addRow("Nominatim") << u"nominatim.openstreetmap.org"_s << 1.0 << 1 << 0 << false;
    QTest::addRow("OSM tiles") << u"tile.openstreetmap.org"_s << 0.0 << 4 << 0 << true;
    QTest::addRow("unknown host") << u"example.org"_s << 2.0 << 2 << 0 << true;
}

void TestRequestQueue::defaultLanesHaveTheServicesLimits()
{
    QFETCH(QString, lane);
    QFETCH(double, rate);
    QFETCH(int, inFlight);
    QFETCH(int, budget);
    QFETCH(bool, resendSafe);
    RequestQueue queue;
    const LanePolicy policy = queue.lanePolicy(lane);
    QCOMPARE(policy.ratePerSecond, rate);
    QCOMPARE(policy.maxInFlight, inFlight);
    QCOMPARE(policy.dailyBudget, budget);
    QCOMPARE(policy.resendSafe, resendSafe);
    QCOMPARE(policy.maxRetries, 4);
    QCOMPARE(policy.backoffBase, 1000ms);
    QCOMPARE(policy.backoffCap, 300000ms);
    QCOMPARE(policy.transferTimeout, 30000ms);
    QCOMPARE(policy.transferDeadline, 120000ms);
    QCOMPARE(policy.maxResponseBytes, 10 * 1024 * 1024);
}

void TestRequestQueue::routePrefixGivesSandboxTheServiceLane()
{
    RequestQueue queue;
    queue.routePrefix(QUrl(u"http://127.0.0.1:8080/musicbrainz"_s), u"musicbrainz.org"_s);
    queue.routePrefix(QUrl(u"http://127.0.0.1:8080/"_s), u"sandbox"_s);
    QCOMPARE(queue.laneFor(QUrl(u"http://127.0.0.1:8080/musicbrainz/ws/2/release-group?x=1"_s)),
        u"musicbrainz.org"_s);
    QCOMPARE(queue.laneFor(QUrl(u"http://127.0.0.1:8080/musicbrainzish"_s)), u"sandbox"_s);
    QCOMPARE(queue.laneFor(QUrl(u"http://127.0.0.1:9999/musicbrainz/ws/2"_s)), u"127.0.0.1"_s);
    QCOMPARE(queue.laneFor(QUrl(u"https://MusicBrainz.org/ws/2"_s)), u"musicbrainz.org"_s);
    QCOMPARE(queue.lanePolicy(queue.laneFor(QUrl(u"http://127.0.0.1:8080/musicbrainz/ws/2"_s)))
                 .ratePerSecond,
        1.0);
}

void TestRequestQueue::rateLimitSpacesRequestsOnTheLane()
{
    // 1 logical second lasts 200 ms: 20 requests at 2/s take about 2 s of real time.
    auto clock = std::make_shared<Clock>(5.0);
    Server server([](const Server::Request &) { return ok(); }, clock);
    QVERIFY(server.start());
    LanePolicy policy = openPolicy();
    policy.ratePerSecond = 2.0;
    policy.burst = 1;
    policy.maxInFlight = 2;
    auto queue = makeQueue(server, policy, clock);

    // Warm the network stack up (its thread, a connection) outside the measured lane.
    Results warmUp;
    queue->routePrefix(server.url(u"/warm-up"_s), u"warm-up"_s);
    warmUp.watch(queue->get(QNetworkRequest(server.url(u"/warm-up"_s))));
    QTRY_COMPARE(warmUp.count(), 1);
    server.clearLog();

    QList<Clock::Time> sendTimes;
    connect(queue->laneStatus(testLane), &gig::LaneStatus::sentChanged, this,
        [&] { sendTimes.append(clock->now()); });
    Results results;
    const Clock::Time start = clock->now();
    for (int i = 0; i < 20; ++i)
        results.watch(queue->get(QNetworkRequest(server.url(u"/r?i="_s + QString::number(i)))));
    QTRY_COMPARE_WITH_TIMEOUT(results.count(), 20, 10000);

    const auto requests = server.requests();
    QCOMPARE(requests.size(), 20);
    const double interval = 0.5;
    const double span = logicalSeconds(requests.last().arrivedAt - start);
    QVERIFY2(span >= 9.5, qPrintable(u"20 requests took %1 s"_s.arg(span)));
    for (int i = 1; i < sendTimes.size(); ++i) {
        const double gap = logicalSeconds(sendTimes[i] - sendTimes[i - 1]);
        QVERIFY2(gap >= interval - 0.001, qPrintable(u"send gap %1: %2 s"_s.arg(i).arg(gap)));
    }
    // What the server sees adds loopback delivery jitter to the same gaps: a thread woken 20 real
    // ms late on a busy machine moves an arrival by 0.1 logical s at this speed. So single gaps
    // get that slack, and their median must keep the interval.
    QList<double> serverGaps;
    for (int i = 1; i < requests.size(); ++i)
        serverGaps.append(logicalSeconds(requests[i].arrivedAt - requests[i - 1].arrivedAt));
    for (int i = 0; i < serverGaps.size(); ++i)
        QVERIFY2(serverGaps[i] >= interval * 0.5,
            qPrintable(u"server gap %1: %2 s"_s.arg(i + 1).arg(serverGaps[i])));
    std::sort(serverGaps.begin(), serverGaps.end());
    const double median = serverGaps[serverGaps.size() / 2];
    QVERIFY2(median >= interval * 0.98, qPrintable(u"median server gap %1 s"_s.arg(median)));
}

void TestRequestQueue::retryAfterPausesWholeLane_data()
{
    QTest::addColumn<bool>("asDate");
    QTest::addColumn<double>("minimumPause"); // HTTP-dates have whole seconds
    QTest::addRow("seconds") << false << 2.0;
    QTest::addRow("HTTP-date") << true << 2.0;
}

void TestRequestQueue::retryAfterPausesWholeLane()
{
    QFETCH(bool, asDate);
    QFETCH(double, minimumPause);
    auto clock = std::make_shared<Clock>(20.0);
    std::atomic<int> throttled { 0 };
    Server server(
        [&](const Server::Request &request) {
            if (request.target.startsWith("/a") && throttled++ == 0) {
                QByteArray value = "2";
                if (asDate)
                    value = QLocale::c()
                                .toString(clock->systemNow().addSecs(3),
                                    u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s)
                                .toLatin1();
                return status(429, { { "Retry-After", value } });
            }
            return ok();
        },
        clock);
    QVERIFY(server.start());
    LanePolicy policy = openPolicy();
    policy.maxInFlight = 1;
    auto queue = makeQueue(server, policy, clock);

    Results results;
    results.watch(queue->get(QNetworkRequest(server.url(u"/a"_s))));
    results.watch(queue->get(QNetworkRequest(server.url(u"/b"_s))));
    results.watch(queue->get(QNetworkRequest(server.url(u"/c"_s))));
    QTRY_COMPARE_WITH_TIMEOUT(results.count(), 3, 5000);

    for (const auto &result : results.all())
        QVERIFY2(result.ok(), qPrintable(result.errorString));
    const auto requests = server.requests();
    QCOMPARE(requests.size(), 4);
    QCOMPARE(requests[0].target, "/a"_ba);
    QCOMPARE(requests[1].target, "/a"_ba); // the retry keeps its place at the head
    for (int i = 1; i < requests.size(); ++i) {
        const double after = logicalSeconds(requests[i].arrivedAt - requests[0].arrivedAt);
        QVERIFY2(after >= minimumPause,
            qPrintable(u"%1 sent %2 s after the 429"_s.arg(QString::fromLatin1(requests[i].target))
                           .arg(after)));
    }
    QCOMPARE(queue->laneStatus(testLane)->retried(), 1);
}

void TestRequestQueue::serviceUnavailableWithoutRetryAfterBacksOff()
{
    auto clock = std::make_shared<Clock>(20.0);
    std::atomic<int> calls { 0 };
    Server server([&](const Server::Request &) { return calls++ < 4 ? status(503) : ok(); }, clock);
    QVERIFY(server.start());
    LanePolicy policy = openPolicy();
    policy.backoffBase = 1000ms;
    policy.backoffCap = 8000ms;
    auto queue = makeQueue(server, policy, clock);

    Results results;
    results.watch(queue->get(QNetworkRequest(server.url(u"/busy"_s))));
    QTRY_COMPARE_WITH_TIMEOUT(results.count(), 1, 5000);
    QVERIFY(results.at(0).ok());
    QCOMPARE(results.at(0).attempts, 5);

    const auto requests = server.requests();
    QCOMPARE(requests.size(), 5);
    double total = 0;
    for (int i = 1; i < requests.size(); ++i) {
        const double gap = logicalSeconds(requests[i].arrivedAt - requests[i - 1].arrivedAt);
        const double ceiling = std::min(8.0, std::exp2(i - 1));
        // Slack for a busy machine: 2 logical s are 100 real ms here.
        QVERIFY2(gap <= ceiling + 2.0, qPrintable(u"retry %1 waited %2 s"_s.arg(i).arg(gap)));
        total += gap;
    }
    // Four full-jitter draws below 0.05 s together would be a one-in-millions event.
    QVERIFY2(total > 0.05, qPrintable(u"retries waited %1 s in all"_s.arg(total)));
}

void TestRequestQueue::serverErrorsRetryUpToTheLimit()
{
    auto clock = std::make_shared<Clock>(50.0);
    Server server([](const Server::Request &) { return status(500); }, clock);
    QVERIFY(server.start());
    LanePolicy policy = openPolicy();
    policy.maxRetries = 3;
    auto queue = makeQueue(server, policy, clock);

    Results results;
    results.watch(queue->get(QNetworkRequest(server.url(u"/broken"_s))));
    QTRY_COMPARE_WITH_TIMEOUT(results.count(), 1, 5000);
    QCOMPARE(results.at(0).error, NetworkError::Http);
    QCOMPARE(results.at(0).status, 500);
    QCOMPARE(results.at(0).attempts, 4);
    QCOMPARE(server.requestCount(), 4);
    QCOMPARE(queue->laneStatus(testLane)->retried(), 3);
    QCOMPARE(queue->laneStatus(testLane)->failed(), 1);
}

void TestRequestQueue::clientErrorIsNotRetried()
{
    auto clock = std::make_shared<Clock>(50.0);
    Server server([](const Server::Request &) { return status(404); }, clock);
    QVERIFY(server.start());
    auto queue = makeQueue(server, openPolicy(), clock);

    Results results;
    results.watch(queue->get(QNetworkRequest(server.url(u"/missing"_s))));
    QTRY_COMPARE_WITH_TIMEOUT(results.count(), 1, 5000);
    QCOMPARE(results.at(0).error, NetworkError::Http);
    QCOMPARE(results.at(0).status, 404);
    QCOMPARE(results.at(0).attempts, 1);
    QCOMPARE(results.at(0).body, "status 404"_ba);
    QTest::qWait(50);
    QCOMPARE(server.requestCount(), 1);
    QCOMPARE(queue->laneStatus(testLane)->retried(), 0);
}

void TestRequestQueue::circuitOpensFailsFastAndClosesAfterProbe()
{
    auto clock = std::make_shared<Clock>(50.0);
    std::atomic<bool> failing { true };
    Server server([&](const Server::Request &) { return failing ? status(500) : ok(); }, clock);
    QVERIFY(server.start());
    LanePolicy policy = openPolicy();
    policy.maxInFlight = 1;
    policy.maxRetries = 0;
    policy.circuitFailureThreshold = 3;
    policy.circuitCooldown = 5000ms;
    auto queue = makeQueue(server, policy, clock);
    gig::LaneStatus *status = queue->laneStatus(testLane);

    Results results;
    for (int i = 0; i < 3; ++i)
        results.watch(queue->get(QNetworkRequest(server.url(u"/f?i="_s + QString::number(i)))));
    QTRY_COMPARE_WITH_TIMEOUT(results.count(), 3, 5000);
    QVERIFY(status->isCircuitOpen());
    QCOMPARE(server.requestCount(), 3);

    results.watch(queue->get(QNetworkRequest(server.url(u"/f?i=3"_s))));
    QTRY_COMPARE_WITH_TIMEOUT(results.count(), 4, 5000);
    QCOMPARE(results.at(3).error, NetworkError::CircuitOpen);
    QCOMPARE(server.requestCount(), 3); // failed fast: the server never saw it

    // After the cool-down the next request is the probe; its success closes the circuit.
    failing = false;
    QTRY_VERIFY_WITH_TIMEOUT(!status->isCircuitOpen(), 5000);
    results.watch(queue->get(QNetworkRequest(server.url(u"/f?i=4"_s))));
    results.watch(queue->get(QNetworkRequest(server.url(u"/f?i=5"_s))));
    QTRY_COMPARE_WITH_TIMEOUT(results.count(), 6, 5000);
    QVERIFY(results.at(4).ok());
    QVERIFY(results.at(5).ok());
    QCOMPARE(server.requestCount(), 5);
    QVERIFY(!status->isCircuitOpen());
}

void TestRequestQueue::identicalGetsAreSentOnce()
{
    auto clock = std::make_shared<Clock>(1.0);
    Server server([](const Server::Request &) { return delayedOk("shared body"_ba, 50ms); }, clock);
    QVERIFY(server.start());
    auto queue = makeQueue(server, openPolicy(), clock);

    Results results;
    for (int i = 0; i < 5; ++i)
        results.watch(queue->get(QNetworkRequest(server.url(u"/same?q=1"_s))));
    QCoreApplication::processEvents(); // the first is in flight now; the rest join it there
    for (int i = 0; i < 5; ++i)
        results.watch(queue->get(QNetworkRequest(server.url(u"/same?q=1"_s))));
    QTRY_COMPARE_WITH_TIMEOUT(results.count(), 10, 5000);
    for (const auto &result : results.all()) {
        QVERIFY(result.ok());
        QCOMPARE(result.body, "shared body"_ba);
    }
    QCOMPARE(server.requestCount(), 1);

    // A different header is a different request.
    QNetworkRequest json(server.url(u"/same?q=1"_s));
    json.setRawHeader("Accept", "application/json");
    results.watch(queue->get(json));
    QTRY_COMPARE_WITH_TIMEOUT(results.count(), 11, 5000);
    QCOMPARE(server.requestCount(), 2);
}

void TestRequestQueue::cancellingOneWaiterLeavesOthersServed()
{
    auto clock = std::make_shared<Clock>(1.0);
    Server server([](const Server::Request &) { return delayedOk("tile"_ba, 50ms); }, clock);
    QVERIFY(server.start());
    auto queue = makeQueue(server, openPolicy(), clock);

    Results results;
    QueuedReply *first = queue->get(QNetworkRequest(server.url(u"/tile/1"_s)));
    QSignalSpy firstFinished(first, &QueuedReply::finished);
    results.watch(queue->get(QNetworkRequest(server.url(u"/tile/1"_s))));
    results.watch(queue->get(QNetworkRequest(server.url(u"/tile/1"_s))));
    QTRY_COMPARE(server.requestCount(), 1); // in flight
    first->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(results.count(), 2, 5000);
    QVERIFY(results.at(0).ok());
    QVERIFY(results.at(1).ok());
    QCOMPARE(results.at(1).body, "tile"_ba);
    QCOMPARE(firstFinished.count(), 0);
    QCOMPARE(server.requestCount(), 1);
}

void TestRequestQueue::cancellingEveryWaiterAbortsTheRequest()
{
    auto clock = std::make_shared<Clock>(1.0);
    Server server([](const Server::Request &) { return hanging(); }, clock);
    QVERIFY(server.start());
    LanePolicy policy = openPolicy();
    policy.maxInFlight = 1;
    auto queue = makeQueue(server, policy, clock);
    gig::LaneStatus *status = queue->laneStatus(testLane);

    QueuedReply *inFlight = queue->get(QNetworkRequest(server.url(u"/tile/1"_s)));
    QueuedReply *queued = queue->get(QNetworkRequest(server.url(u"/tile/2"_s)));
    QSignalSpy inFlightFinished(inFlight, &QueuedReply::finished);
    QSignalSpy queuedFinished(queued, &QueuedReply::finished);
    QTRY_COMPARE(server.requestCount(), 1);
    QCOMPARE(status->inFlight(), 1);
    QCOMPARE(status->queued(), 1);
    queued->cancel();
    QCOMPARE(status->queued(), 0);
    inFlight->cancel();
    QCOMPARE(status->inFlight(), 0);
    QCOMPARE(queue->totalQueued(), 0);
    QTest::qWait(50);
    QCOMPARE(inFlightFinished.count(), 0);
    QCOMPARE(queuedFinished.count(), 0);
    QCOMPARE(server.requestCount(), 1); // the queued one was never sent
}

void TestRequestQueue::oversizedBodyIsRefused_data()
{
    QTest::addColumn<bool>("closeDelimited");
    QTest::addRow("declared by Content-Length") << false;
    QTest::addRow("streamed without length") << true;
}

void TestRequestQueue::oversizedBodyIsRefused()
{
    QFETCH(bool, closeDelimited);
    auto clock = std::make_shared<Clock>(1.0);
    Server server(
        [closeDelimited](const Server::Request &request) {
            auto response = ok(QByteArray(request.target == "/small" ? 900 : 200'000, 'x'));
            response.closeDelimited = closeDelimited;
            return response;
        },
        clock);
    QVERIFY(server.start());
    LanePolicy policy = openPolicy();
    policy.maxResponseBytes = 1000;
    auto queue = makeQueue(server, policy, clock);

    Results results;
    results.watch(queue->get(QNetworkRequest(server.url(u"/big"_s))));
    QTRY_COMPARE_WITH_TIMEOUT(results.count(), 1, 5000);
    QCOMPARE(results.at(0).error, NetworkError::TooLarge);
    QVERIFY(results.at(0).body.isEmpty());
    QCOMPARE(results.at(0).attempts, 1);

    results.watch(queue->get(QNetworkRequest(server.url(u"/small"_s))));
    QTRY_COMPARE_WITH_TIMEOUT(results.count(), 2, 5000);
    QVERIFY(results.at(1).ok());
    QCOMPARE(results.at(1).body.size(), 900);
}

void TestRequestQueue::stalledTransferTimesOut()
{
    auto clock = std::make_shared<Clock>(20.0);
    Server server([](const Server::Request &) { return hanging(); }, clock);
    QVERIFY(server.start());
    LanePolicy policy = openPolicy();
    policy.transferTimeout = 2000ms;
    policy.maxRetries = 1;
    auto queue = makeQueue(server, policy, clock);

    Results results;
    const Clock::Time start = clock->now();
    results.watch(queue->get(QNetworkRequest(server.url(u"/stall"_s))));
    QTRY_COMPARE_WITH_TIMEOUT(results.count(), 1, 5000);
    QCOMPARE(results.at(0).error, NetworkError::Timeout);
    QCOMPARE(results.at(0).attempts, 2);
    QCOMPARE(server.requestCount(), 2);
    QVERIFY(logicalSeconds(clock->now() - start) >= 4.0);
}

void TestRequestQueue::truncatedBodyIsRetriedNeverDelivered()
{
    // The status line and Content-Length arrive, then half the body, then the connection closes.
    gig::SandboxServer sandbox;
    sandbox.setRealism(false);
    QVERIFY(sandbox.listen());
    gig::SandboxFault cut;
    cut.kind = gig::SandboxFault::Kind::TruncatedBody;
    sandbox.setFault(gig::SandboxService::Tiles, cut);
    auto clock = std::make_shared<Clock>(20.0);
    LanePolicy policy = openPolicy();
    policy.maxRetries = 2;
    RequestQueue queue(clock);
    queue.setCacheDirectory(m_dir.filePath(u"http-truncated"_s));
    queue.setSettingsFile(m_dir.filePath(u"settings-truncated.ini"_s));
    const QUrl root = sandbox.serviceRoot(gig::SandboxService::Tiles);
    queue.routePrefix(root, testLane);
    queue.setLanePolicy(testLane, policy);
    const QUrl tile(root.toString() + u"/3/1/1.png"_s);

    Results results;
    results.watch(queue.get(QNetworkRequest(tile)));
    QTRY_COMPARE_WITH_TIMEOUT(results.count(), 1, 10000);
    QCOMPARE(results.at(0).error, NetworkError::Network);
    QCOMPARE(results.at(0).attempts, 3);
    QVERIFY(results.at(0).body.isEmpty());
    QCOMPARE(sandbox.requestCount(gig::SandboxService::Tiles), 3);

    // Nothing half was kept for revalidation: the next answer is whole.
    sandbox.clearFaults();
    results.watch(queue.get(QNetworkRequest(tile)));
    QTRY_COMPARE_WITH_TIMEOUT(results.count(), 2, 10000);
    QVERIFY(results.at(1).ok());
    QVERIFY(!results.at(1).fromCache);
    QVERIFY(results.at(1).body.startsWith("\x89PNG"));
    QCOMPARE(results.at(1).body.size(), results.at(1).header("Content-Length").toLongLong());
}

void TestRequestQueue::tricklingAnswerIsCutByTheDeadline()
{
    // 16 bytes every 20 ms: never silent for the transfer timeout, done only after seconds.
    gig::SandboxServer sandbox;
    sandbox.setRealism(false);
    QVERIFY(sandbox.listen());
    gig::SandboxFault drip;
    drip.kind = gig::SandboxFault::Kind::SlowDrip;
    drip.latency = 20ms;
    sandbox.setFault(gig::SandboxService::Tiles, drip);
    auto clock = std::make_shared<Clock>(20.0);
    LanePolicy policy = openPolicy();
    policy.maxRetries = 0;
    policy.transferTimeout = 4000ms; // 200 ms of real time: longer than every pause of the drip
    policy.transferDeadline = 10000ms; // 500 ms of real time
    auto queue = std::make_unique<RequestQueue>(clock);
    queue->setCacheDirectory(QString());
    queue->setSettingsFile(m_dir.filePath(u"settings-drip.ini"_s));
    const QUrl root = sandbox.serviceRoot(gig::SandboxService::Tiles);
    queue->routePrefix(root, testLane);
    queue->setLanePolicy(testLane, policy);

    Results results;
    const Clock::Time start = clock->now();
    results.watch(queue->get(QNetworkRequest(QUrl(root.toString() + u"/3/2/2.png"_s))));
    QTRY_COMPARE_WITH_TIMEOUT(results.count(), 1, 10000);
    QCOMPARE(results.at(0).error, NetworkError::Timeout);
    QVERIFY2(results.at(0).errorString.contains(u"longer than 10 s"_s),
        qPrintable(results.at(0).errorString));
    const double took = logicalSeconds(clock->now() - start);
    QVERIFY2(took >= 10.0 && took < 60.0, qPrintable(QString::number(took)));
}

void TestRequestQueue::plainHttpToRemoteHostIsRefused_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addRow("http to a remote host") << QUrl(u"http://musicbrainz.org/ws/2/artist"_s);
    QTest::addRow("other scheme") << QUrl(u"ftp://tile.openstreetmap.org/1/1/1.png"_s);
    QTest::addRow("a name under .localhost") << QUrl(u"http://gigmap.localhost/events.json"_s);
    QTest::addRow("localhost as a subdomain")
        << QUrl(u"http://localhost.example.org/events.json"_s);
    QTest::addRow("loopback address as a subdomain") << QUrl(u"http://127.0.0.1.example.org/x"_s);
    QTest::addRow("private network") << QUrl(u"http://192.168.1.1/x"_s);
}

void TestRequestQueue::plainHttpToRemoteHostIsRefused()
{
    QFETCH(QUrl, url);
    RequestQueue queue;
    queue.setCacheDirectory(QString());
    Results results;
    results.watch(queue.get(QNetworkRequest(url)));
    QCOMPARE(results.count(), 0); // never synchronously
    QTRY_COMPARE(results.count(), 1);
    QCOMPARE(results.at(0).error, NetworkError::Insecure);
    QCOMPARE(results.at(0).attempts, 0);
    QVERIFY(results.at(0).errorString.contains(u"https"_s));
    QCOMPARE(queue.laneStatus(queue.laneFor(url))->sent(), 0);
}

void TestRequestQueue::redirectsNotFollowed_data()
{
    QTest::addColumn<QByteArray>("location");
    QTest::addColumn<NetworkError>("error");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("requests");
    QTest::newRow("down to plain http") << "http://gigmap.invalid/elsewhere"_ba
                                        << NetworkError::Insecure << u"gigmap.invalid"_s << 1;
    // The first request and five redirects.
    QTest::newRow("a loop") << "/loop"_ba << NetworkError::Network << u"kept redirecting"_s << 6;
}

void TestRequestQueue::redirectsNotFollowed()
{
    QFETCH(QByteArray, location);
    auto clock = std::make_shared<Clock>(1.0);
    Server server(
        [location](const Server::Request &) {
            return status(302, { { "Location", location } });
        },
        clock);
    QVERIFY(server.start());
    auto queue = makeQueue(server, openPolicy(), clock);

    Results results;
    results.watch(queue->get(QNetworkRequest(server.url(u"/loop"_s))));
    QTRY_COMPARE_WITH_TIMEOUT(results.count(), 1, 5000);
    QTEST(results.at(0).error, "error");
    QFETCH(QString, reason);
    QVERIFY2(results.at(0).errorString.contains(reason), qPrintable(results.at(0).errorString));
    QTEST(server.requestCount(), "requests");
}

void TestRequestQueue::redirectOnLoopbackIsFollowed()
{
    auto clock = std::make_shared<Clock>(1.0);
    Server server(
        [](const Server::Request &request) {
            return request.target == "/old" ? status(301, { { "Location", "/new" } })
                                            : ok("moved here");
        },
        clock);
    QVERIFY(server.start());
    auto queue = makeQueue(server, openPolicy(), clock);

    Results results;
    results.watch(queue->get(QNetworkRequest(server.url(u"/old"_s))));
    QTRY_COMPARE_WITH_TIMEOUT(results.count(), 1, 5000);
    QVERIFY2(results.at(0).ok(), qPrintable(results.at(0).errorString));
    QCOMPARE(results.at(0).body, "moved here"_ba);
    QCOMPARE(server.requestCount(), 2);
}

void TestRequestQueue::loopbackHostsMayUsePlainHttp_data()
{
    QTest::addColumn<QString>("host");
    QTest::addRow("127.0.0.1") << u"127.0.0.1"_s;
    QTest::addRow("::1") << u"::1"_s;
    QTest::addRow("localhost") << u"localhost"_s;
    QTest::addRow("LOCALHOST") << u"LOCALHOST"_s;
}

void TestRequestQueue::loopbackHostsMayUsePlainHttp()
{
    QFETCH(QString, host);
    QVERIFY(RequestQueue::isLoopbackHost(
        QUrl(u"http://"_s + (host.contains(u':') ? u'[' + host + u']' : host)).host()));
    QVERIFY(!RequestQueue::isLoopbackHost(host + u".example.org"_s));
}

// A server on loopback that speaks https with a self-signed certificate, and would answer any
// request that got through with a body: the client must refuse it at the handshake.
void TestRequestQueue::untrustedCertificateFailsWithoutBody()
{
    if (!QSslSocket::supportsSsl())
        QFAIL("this Qt has no TLS backend");
    QFile certificateFile(QStringLiteral(GIGMAP_TLS_DATA_DIR "/selfsigned.crt"));
    QFile keyFile(QStringLiteral(GIGMAP_TLS_DATA_DIR "/selfsigned.key"));
    QVERIFY(certificateFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(certificateFile.readAll(), QSsl::Pem));
    tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem));
    QVERIFY(!tls.localCertificate().isNull() && !tls.privateKey().isNull());

    QSslServer server;
    server.setSslConfiguration(tls);
    int requestsAnswered = 0;
    connect(
        &server, &QTcpServer::pendingConnectionAvailable, &server, [&server, &requestsAnswered] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                connect(socket, &QIODevice::readyRead, socket, [socket, &requestsAnswered] {
                    if (!socket->readAll().contains("\r\n\r\n"))
                        return;
                    ++requestsAnswered;
                    socket->write(
                        "HTTP/1.1 200 OK\r\nContent-Length: 11\r\nConnection: close\r\n\r\n"
                        "secret body");
                    socket->disconnectFromHost();
                });
            }
        });
    QVERIFY(server.listen(QHostAddress::LocalHost));

    auto clock = std::make_shared<Clock>(20.0);
    auto queue = std::make_unique<RequestQueue>(clock);
    queue->setCacheDirectory(QString());
    queue->setSettingsFile(m_dir.filePath(u"settings-tls.ini"_s));
    const QUrl url(u"https://127.0.0.1:%1/events.json"_s.arg(server.serverPort()));
    queue->setLanePolicy(queue->laneFor(url), openPolicy());

    Results results;
    results.watch(queue->get(QNetworkRequest(url)));
    QTRY_COMPARE_WITH_TIMEOUT(results.count(), 1, 10000);
    const NetworkResult &result = results.at(0);
    QCOMPARE(result.error, NetworkError::Insecure);
    QVERIFY(result.body.isEmpty());
    QCOMPARE(result.status, 0);
    QCOMPARE(result.attempts, 1); // not retried: the same certificate would come back
    QVERIFY2(result.errorString.contains(u"127.0.0.1"_s)
            && result.errorString.contains(u"certificate"_s, Qt::CaseInsensitive),
        qPrintable(result.errorString));
    QCOMPARE(requestsAnswered, 0);
}

void TestRequestQueue::diskCacheNeverKeepsSecrets()
{
    auto clock = std::make_shared<Clock>(1.0);
    Server server(
        [](const Server::Request &request) {
            Server::Response response = ok("cached answer");
            response.headers = { { "ETag", "\"v1\"" } };
            if (request.header("If-None-Match") == "\"v1\"") {
                response.status = 304;
                response.body.clear();
            }
            return response;
        },
        clock);
    QVERIFY(server.start());
    auto queue = makeQueue(server, openPolicy(), clock);
    QTemporaryDir cacheDir;
    QVERIFY(cacheDir.isValid());
    queue->setCacheDirectory(cacheDir.path());

    Results results;
    results.watch(
        queue->get(QNetworkRequest(server.url(u"/events.json?apikey=Sekr3tKey42&page=0"_s))));
    QTRY_COMPARE_WITH_TIMEOUT(results.count(), 1, 5000);
    QVERIFY(results.at(0).ok());
    QVERIFY(!results.at(0).fromCache);

    int files = 0;
    QDirIterator it(cacheDir.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains("Sekr3tKey42"), qPrintable(file.fileName()));
        ++files;
    }
    QVERIFY(files > 0); // the answer was cached

    // The cache still serves the URL (whatever key asks for it).
    results.watch(
        queue->get(QNetworkRequest(server.url(u"/events.json?apikey=Sekr3tKey42&page=0"_s))));
    QTRY_COMPARE_WITH_TIMEOUT(results.count(), 2, 5000);
    QVERIFY(results.at(1).fromCache);
    QCOMPARE(results.at(1).body, "cached answer"_ba);
}

void TestRequestQueue::logsAndErrorsRedactKeys()
{
    auto clock = std::make_shared<Clock>(50.0);
    Server server([](const Server::Request &) { return status(500); }, clock);
    QVERIFY(server.start());
    LanePolicy policy = openPolicy();
    policy.maxRetries = 1;
    auto queue = makeQueue(server, policy, clock);

    {
        QMutexLocker lock(&capturedLogMutex);
        capturedLog.clear();
    }
    QLoggingCategory::setFilterRules(u"gigmap.net.debug=true"_s);
    const auto previous = qInstallMessageHandler(captureMessages);
    Results results;
    results.watch(queue->get(QNetworkRequest(server.url(
        u"/events.json?apikey=SEKRIT1&api_key=SEKRIT2&key=SEKRIT3&token=SEKRIT4&size=5"_s))));
    QTRY_COMPARE_WITH_TIMEOUT(results.count(), 1, 5000);
    // Refused before sending, with the key in a non-loopback URL.
    results.watch(
        queue->get(QNetworkRequest(QUrl(u"http://app.ticketmaster.com/x?apikey=SEKRIT5"_s))));
    QTRY_COMPARE_WITH_TIMEOUT(results.count(), 2, 5000);
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(u"gigmap.net.debug=false"_s);

    QMutexLocker lock(&capturedLogMutex);
    QVERIFY(!capturedLog.isEmpty());
    QVERIFY(capturedLog.join(u'\n').contains(u"apikey=REDACTED"_s));
    QVERIFY(capturedLog.join(u'\n').contains(u"size=5"_s));
    for (const QString &line : std::as_const(capturedLog))
        QVERIFY2(!line.contains(u"SEKRIT"_s), qPrintable(line));
    for (const auto &result : results.all())
        QVERIFY2(!result.errorString.contains(u"SEKRIT"_s), qPrintable(result.errorString));
    QVERIFY(!queue->laneStatus(testLane)->lastError().contains(u"SEKRIT"_s));
}

void TestRequestQueue::userAgentIsSetAndCacheBustingHeadersAreNot()
{
    auto clock = std::make_shared<Clock>(1.0);
    Server server([](const Server::Request &) { return ok(); }, clock);
    QVERIFY(server.start());
    auto queue = makeQueue(server, openPolicy(), clock);

    QNetworkRequest request(server.url(u"/ua"_s));
    request.setHeader(QNetworkRequest::UserAgentHeader, "Mozilla/5.0"_ba);
    request.setRawHeader("Pragma", "no-cache");
    request.setRawHeader("Cache-Control", "no-cache");
    request.setAttribute(
        QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    Results results;
    results.watch(queue->get(request));
    QTRY_COMPARE_WITH_TIMEOUT(results.count(), 1, 5000);

    const auto seen = server.requests().value(0);
    const QByteArray expected
        = "gigmap/"_ba + gig::versionString + " ( "_ba + gig::projectUrl + " )"_ba;
    QCOMPARE(seen.header("User-Agent"), expected);
    QVERIFY(!seen.hasHeader("Pragma"));
    QVERIFY(!seen.header("Cache-Control").toLower().contains("no-cache"));
}

void TestRequestQueue::dailyBudgetPersistsAndRefusesWhenSpent()
{
    auto clock = std::make_shared<Clock>(1.0);
    Server server([](const Server::Request &) { return ok(); }, clock);
    QVERIFY(server.start());
    LanePolicy policy = openPolicy();
    policy.dailyBudget = 3;
    const QString settings = m_dir.filePath(u"budget.ini"_s);
    QFile::remove(settings);
    Results results;
    {
        auto first = makeQueue(server, policy, clock);
        first->setSettingsFile(settings);
        results.watch(first->get(QNetworkRequest(server.url(u"/b?i=1"_s))));
        results.watch(first->get(QNetworkRequest(server.url(u"/b?i=2"_s))));
        QTRY_COMPARE_WITH_TIMEOUT(results.count(), 2, 5000);
        QCOMPARE(first->laneStatus(testLane)->budgetRemaining(), 1);
    }
    auto second = makeQueue(server, policy, clock);
    second->setSettingsFile(settings);
    QCOMPARE(second->laneStatus(testLane)->budgetRemaining(), 1);
    results.watch(second->get(QNetworkRequest(server.url(u"/b?i=3"_s))));
    QTRY_COMPARE_WITH_TIMEOUT(results.count(), 3, 5000);
    results.watch(second->get(QNetworkRequest(server.url(u"/b?i=4"_s))));
    QTRY_COMPARE_WITH_TIMEOUT(results.count(), 4, 5000);

    for (int i = 0; i < 3; ++i)
        QVERIFY(results.at(i).ok());
    QCOMPARE(results.at(3).error, NetworkError::BudgetSpent);
    QVERIFY(results.at(3).errorString.contains(u"budget"_s));
    QCOMPARE(server.requestCount(), 3);
}

void TestRequestQueue::sharedTurnsPaceAndBudgetTheLane()
{
    auto clock = std::make_shared<Clock>(1.0);
    Server server([](const Server::Request &) { return ok(); }, clock);
    QVERIFY(server.start());
    LanePolicy policy = openPolicy();
    policy.ratePerSecond = 100; // paced, so it takes turns
    policy.burst = 10;
    policy.dailyBudget = 100; // budgeted, so it counts against the shared budget too
    const QString settings = m_dir.filePath(u"shared-budget.ini"_s);
    QFile::remove(settings);
    ScriptedTurns turns;
    turns.firstWait = 400ms; // another desktop just sent
    turns.dailyLeft = 2; // and the others spent all but two of today's requests
    auto queue = makeQueue(server, policy, clock);
    queue->setSettingsFile(settings);
    queue->setLaneTurns(&turns);
    Results results;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 3; ++i)
        results.watch(queue->get(QNetworkRequest(server.url(u"/t?i=%1"_s.arg(i)))));
    QTRY_COMPARE_WITH_TIMEOUT(results.count(), 3, 5000);
    QVERIFY2(timer.elapsed() >= 390, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(server.requestCount(), 2);
    const auto spent = std::count_if(results.all().cbegin(), results.all().cend(),
        [](const NetworkResult &result) { return result.error == NetworkError::BudgetSpent; });
    QCOMPARE(spent, 1);
    queue->setLaneTurns(nullptr);
}

void TestRequestQueue::interactiveIsServedBeforeBackground()
{
    auto clock = std::make_shared<Clock>(1.0);
    Server server([](const Server::Request &) { return ok(); }, clock);
    QVERIFY(server.start());
    LanePolicy policy = openPolicy();
    policy.maxInFlight = 1;
    auto queue = makeQueue(server, policy, clock);

    Results results;
    results.watch(queue->get(QNetworkRequest(server.url(u"/p?b1"_s)), RequestPriority::Background));
    results.watch(queue->get(QNetworkRequest(server.url(u"/p?b2"_s)), RequestPriority::Background));
    results.watch(
        queue->get(QNetworkRequest(server.url(u"/p?i1"_s)), RequestPriority::Interactive));
    results.watch(queue->get(QNetworkRequest(server.url(u"/p?b3"_s)), RequestPriority::Background));
    results.watch(
        queue->get(QNetworkRequest(server.url(u"/p?i2"_s)), RequestPriority::Interactive));
    // Asking interactively for something queued in the background moves it up.
    results.watch(
        queue->get(QNetworkRequest(server.url(u"/p?b3"_s)), RequestPriority::Interactive));
    QTRY_COMPARE_WITH_TIMEOUT(results.count(), 6, 5000);

    QList<QByteArray> order;
    for (const auto &request : server.requests())
        order.append(request.target);
    const QList<QByteArray> expected = { "/p?i1", "/p?i2", "/p?b3", "/p?b1", "/p?b2" };
    QCOMPARE(order, expected);
}

void TestRequestQueue::etagRevalidationServesCachedBodyOn304()
{
    auto clock = std::make_shared<Clock>(1.0);
    Server server(
        [](const Server::Request &request) {
            if (request.header("If-None-Match") == "\"v1\"")
                return status(304, { { "ETag", "\"v1\"" } });
            auto response = ok("a tile's bytes"_ba);
            response.headers = { { "ETag", "\"v1\"" }, { "Content-Type", "image/png" } };
            return response;
        },
        clock);
    QVERIFY(server.start());
    auto queue = makeQueue(server, openPolicy(), clock);
    QTemporaryDir cacheDir;
    queue->setCacheDirectory(cacheDir.path());

    Results results;
    results.watch(queue->get(QNetworkRequest(server.url(u"/tile/3/4/2.png"_s))));
    QTRY_COMPARE_WITH_TIMEOUT(results.count(), 1, 5000);
    QVERIFY(results.at(0).ok());
    QVERIFY(!results.at(0).fromCache);

    results.watch(queue->get(QNetworkRequest(server.url(u"/tile/3/4/2.png"_s))));
    QTRY_COMPARE_WITH_TIMEOUT(results.count(), 2, 5000);
    const auto requests = server.requests();
    QCOMPARE(requests.size(), 2);
    QVERIFY(!requests[0].hasHeader("If-None-Match"));
    QCOMPARE(requests[1].header("If-None-Match"), "\"v1\""_ba);
    QVERIFY(results.at(1).ok());
    QVERIFY(results.at(1).fromCache);
    QCOMPARE(results.at(1).status, 200);
    QCOMPARE(results.at(1).body, "a tile's bytes"_ba);
    QCOMPARE(results.at(1).header("content-type"), "image/png"_ba);
}

void TestRequestQueue::laneStatusReportsCountersAndNextSend()
{
    auto clock = std::make_shared<Clock>(1.0);
    Server server([](const Server::Request &) { return ok(); }, clock);
    QVERIFY(server.start());
    LanePolicy policy = openPolicy();
    policy.ratePerSecond = 0.5; // one every 2 s: the second waits
    auto queue = makeQueue(server, policy, clock);
    gig::LaneStatus *status = queue->laneStatus(testLane);
    QVERIFY(queue->lanes().contains(testLane));
    QSignalSpy totalChanged(queue.get(), &RequestQueue::totalQueuedChanged);
    QSignalSpy nextChanged(status, &gig::LaneStatus::nextSendAtChanged);

    Results results;
    results.watch(queue->get(QNetworkRequest(server.url(u"/s?1"_s))));
    results.watch(queue->get(QNetworkRequest(server.url(u"/s?2"_s))));
    QCOMPARE(queue->totalQueued(), 2);
    QCOMPARE(status->queued(), 2);
    QTRY_COMPARE(results.count(), 1);
    QCOMPARE(status->sent(), 1);
    QCOMPARE(status->queued(), 1);
    QVERIFY(status->nextSendAt().isValid());
    QVERIFY(status->nextSendAt() > clock->systemNow().addMSecs(500));
    QVERIFY(totalChanged.count() >= 2);
    QVERIFY(nextChanged.count() >= 1);
    QCOMPARE(status->property("queued").toInt(), 1);
    QCOMPARE(status->property("lane").toString(), testLane);
}

void TestRequestQueue::profilingAddsUpTheQueuesOwnTime()
{
    auto clock = std::make_shared<Clock>(1.0);
    Server server([](const Server::Request &) { return ok(); }, clock);
    QVERIFY(server.start());
    auto queue = makeQueue(server, openPolicy(), clock);

    Results results;
    results.watch(queue->get(QNetworkRequest(server.url(u"/quiet"_s))));
    QTRY_COMPARE(results.count(), 1);
    QCOMPARE(queue->busyTime().count(), 0); // off by default

    queue->setProfiling(true);
    for (int i = 0; i < 20; ++i)
        results.watch(queue->get(QNetworkRequest(server.url(u"/timed?"_s + QString::number(i)))));
    QTRY_COMPARE(results.count(), 21);
    QVERIFY(queue->busyTime().count() > 0);
}

QTEST_GUILESS_MAIN(TestRequestQueue)
#include "tst_requestqueue.moc"
