// The fault matrix: every outside service × every sandbox fault, against the engine's real pieces
// on a sped-up clock. While a fault lasts the cached rows keep their values and turn stale, the
// error is reported and the requests stay within what the lane policy allows; afterwards the work
// recovers on its own. Also `gigmap export` under a fault: its exit code, message and file.
#include "app/refresh/locationregistry.h"
#include "app/sources/nominatimsource.h"
#include "app/storage/cachedatabase.h"
#include "app/tiles/networktilesource.h"
#include "childenvironment.h"
#include "enginefixture.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <atomic>
#include <limits>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using gig::Clock;
using gig::LanePolicy;
using gig::LocationWatch;
using gig::SandboxFault;
using gig::SandboxService;
using gig::testing::EngineFixture;

namespace {

// One logical minute lasts 50 ms.
constexpr double speed = 1200;
// How long each fault lasts (logical time) once the work has failed for the first time.
constexpr auto faultWindow = std::chrono::minutes(6);
// A few central km of Reykjavík: a handful of gigs and artists.
const QGeoCoordinate reykjavik(64.1466, -21.9426);
constexpr double radiusKm = 5;
const QString placeId = u"reykjavik"_s;

// A sped-up clock that can also jump ahead ("a day later"), for the engine and the store alike.
class JumpClock final : public Clock
{
public:
    explicit JumpClock(double speed)
        : Clock(speed)
    {
        Q_ASSERT(speed != 1.0); // Clock::systemNow() then reads now(), offset included
    }
    Time now() const override { return Clock::now() + Time(m_offsetUs.load()); }
    void advance(std::chrono::milliseconds by) { m_offsetUs += by.count() * 1000; }

private:
    std::atomic<qint64> m_offsetUs { 0 };
};

// What one fault does to an attempt, by the queue's rules (docs/NETWORK.md, "Failures").
struct FaultSpec
{
    SandboxFault fault;
    bool fails = true; // the work fails while the fault lasts
    bool retried = false; // the queue retries the attempt (up to maxRetries)
    bool breaker = false; // the failed attempt counts towards the circuit breaker
    // Requests the server sees per attempt of the queue: Qt's HTTP stack sends a request once
    // more, at once, when a kept-alive connection is reset before any byte of the answer.
    int wirePerAttempt = 1;
    // The lanes' transfer timeout and deadline (logical time; 10 minutes are 0.5 s of real time).
    std::chrono::minutes transferTimeout { 10 };
};

FaultSpec specFor(SandboxFault::Kind kind, int retryAfterSeconds)
{
    using K = SandboxFault::Kind;
    FaultSpec spec;
    spec.fault.kind = kind;
    if (retryAfterSeconds >= 0)
        spec.fault.retryAfterSeconds = retryAfterSeconds;
    switch (kind) {
    case K::Latency:
        spec.fault.latency = 100ms; // real time, 2 logical minutes: slow, but within the timeouts
        spec.fails = false;
        // 3 s of real time: a loaded machine's scheduling must not turn slow into timed out.
        spec.transferTimeout = std::chrono::minutes(60);
        break;
    case K::TooManyRequests:
        spec.retried = true; // throttling pauses the lane; it is not a failure of the service
        break;
    case K::ConnectionReset:
        spec.wirePerAttempt = 2;
        spec.retried = spec.breaker = true;
        break;
    case K::ServiceUnavailable:
    case K::InternalError:
    case K::TruncatedBody:
    case K::SlowDrip: // cut by the transfer deadline
        spec.retried = spec.breaker = true;
        break;
    case K::HugeBody:
        spec.fault.bodyBytes = LanePolicy().maxResponseBytes + 1024 * 1024; // 1 MiB over the cap
        break;
    case K::MalformedJson:
    case K::WrongShape:
    case K::WrongContentType:
    case K::None:
        break;
    }
    return spec;
}

Clock::Time logical(std::chrono::milliseconds ms)
{
    return std::chrono::duration_cast<Clock::Time>(ms);
}

// The most requests `jobs` first requests may cause under `policy` while `window` passes, when
// `successes` of the answers were good ones (a 304, say): each request is retried at most
// maxRetries times; a streak of counted failures opens the circuit (the other requests in flight
// still land), after which one probe goes per cool-down, and only a success starts a new streak;
// a Retry-After pauses the whole lane. Counted as the server sees them.
int allowedRequests(const LanePolicy &policy, const FaultSpec &spec, int jobs, Clock::Time window,
    int successes = 0)
{
    if (!spec.fails)
        return jobs;
    int bound = jobs * (spec.retried ? 1 + policy.maxRetries : 1);
    if (spec.breaker) {
        const int probes = 1 + int(window / logical(policy.circuitCooldown));
        const int streak = policy.circuitFailureThreshold + policy.maxInFlight - 1;
        bound = std::min(bound, (successes + 1) * streak + successes + probes);
    }
    if (spec.fault.retryAfterSeconds && *spec.fault.retryAfterSeconds > 0) {
        const int pauses
            = 1 + int(window / logical(std::chrono::seconds(*spec.fault.retryAfterSeconds)));
        bound = std::min(bound, policy.maxInFlight * pauses + successes);
    }
    return bound * spec.wirePerAttempt;
}

// The most refreshes a failing watch starts in `window`: the restart policy parks it for
// backoffCap after more than maxFailuresInWindow failures.
int allowedRefreshes(const gig::RestartPolicyConfig &restart, Clock::Time window)
{
    return (restart.maxFailuresInWindow + 1) * (1 + int(window / logical(restart.backoffCap)));
}

QString seconds(Clock::Time t)
{
    return QString::number(double(t.count()) / 1e6, 'f', 0) + u" s"_s;
}

// One line of the matrix, printed at the end as a Markdown table for docs/RELIABILITY.md.
struct MatrixLine
{
    QString service;
    QString fault;
    QString behaviour;
    int allowed = 0;
    int made = 0;
    QString stale;
    QString recovery;
};

QList<MatrixLine> &matrix()
{
    static QList<MatrixLine> lines;
    return lines;
}

void waitForLogical(const Clock &clock, Clock::Time since, Clock::Time duration)
{
    while (clock.now() - since < duration)
        QTest::qWait(10);
}

// The engine pieces of one matrix row, every lane with the real policy except for timeouts that
// a loaded test machine needs in logical time (10 logical minutes are 0.5 s of real time).
struct Bench
{
    explicit Bench(std::chrono::minutes transferTimeout = std::chrono::minutes(10))
        : clock(std::make_shared<JumpClock>(speed))
        , engine(clock)
    {
        for (const QString &lane : { gig::TicketmasterSource::laneName(),
                 gig::SongkickSource::laneName(), gig::MusicBrainzSource::laneName(),
                 gig::NominatimSource::laneName(), tileLane() }) {
            LanePolicy policy = LanePolicy::defaultFor(lane);
            policy.transferTimeout = transferTimeout;
            policy.transferDeadline = transferTimeout;
            policy.dailyBudget = 0;
            engine.queue->setLanePolicy(lane, policy);
        }
    }
    static QString tileLane() { return u"tile.openstreetmap.org"_s; }
    LanePolicy policy(const QString &lane) const { return engine.queue->lanePolicy(lane); }

    std::shared_ptr<JumpClock> clock;
    EngineFixture engine;
};

// The place's cached rows: the location and its gigs.
struct PlaceRows
{
    gig::Cached<gig::Location> location;
    QList<gig::Cached<gig::Event>> events;
};

PlaceRows placeRows(const gig::GigStore &store)
{
    return { store.location(placeId), store.eventsOf(placeId) };
}

} // namespace

class TestFaultMatrix : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void eventSourceKeepsCacheAndRecovers_data();
    void eventSourceKeepsCacheAndRecovers();
    void releasesKeepCacheAndRecover_data();
    void releasesKeepCacheAndRecover();
    void placeSearchReportsAndRecovers_data();
    void placeSearchReportsAndRecovers();
    void tilesFallBackToStaleCopiesAndRecover_data();
    void tilesFallBackToStaleCopiesAndRecover();
    void exportUnderFaultKeepsItsContract_data();
    void exportUnderFaultKeepsItsContract();

private:
    gig::StoreSnapshot m_releasePlace;
    int m_releasePlaceBrowses = 0;

    static void addFaultColumns();
    static void addFaultRows(SandboxService service);
};

void TestFaultMatrix::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);

    // The release rows the MusicBrainz rows start from: one gig of the place, its artists and
    // their latest releases, fetched once here (every row would spend a second on it).
    Bench bench;
    EngineFixture &engine = bench.engine;
    LocationWatch watch(gig::Location { placeId, u"Reykjavík"_s, reykjavik, radiusKm, {}, {}, {} },
        engine.ticketmaster.get(), &engine.store, engine.clock, engine.settings);
    QSignalSpy refreshed(&watch, &LocationWatch::refreshed);
    watch.start();
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, 20000);
    // The place's artists' releases the refresh asked for, answered before the place is cut down
    // (an answer arriving after the sweep would keep a release of an artist it dropped).
    QTRY_VERIFY_WITH_TIMEOUT(engine.releases->isIdle(), 60000);
    // The gig with the fewest artists that has an MBID, so each row asks MusicBrainz little.
    QString chosen;
    qsizetype fewest = std::numeric_limits<qsizetype>::max();
    for (const auto &event : engine.store.eventsOf(placeId)) {
        qsizetype withMbid = 0;
        for (const QString &artistId : event.value.lineup)
            withMbid += engine.store.artist(artistId).value.hasMbid() ? 1 : 0;
        if (withMbid > 0 && withMbid < fewest) {
            fewest = withMbid;
            chosen = event.value.id;
        }
    }
    QVERIFY(!chosen.isEmpty());
    gig::Location place = engine.store.location(placeId).value;
    place.eventIds = { chosen };
    engine.store.upsertLocation(
        place, engine.clock->systemNow(), engine.clock->systemNow().addDays(1));
    engine.store.sweep(engine.clock->systemNow());
    engine.sandbox.clearRequestLog();
    engine.releases->enqueueLacking();
    QTRY_VERIFY_WITH_TIMEOUT(engine.releases->isIdle(), 20000);
    engine.store.sweep(engine.clock->systemNow()); // nothing but the chosen gig's rows
    m_releasePlace = engine.store.snapshot();
    QVERIFY(!m_releasePlace.releases.isEmpty());
    // What the daily re-check asks when all is well: a browse per known release (the cold place
    // itself may have been looked up many artists a search).
    QStringList known;
    for (const gig::Cached<gig::LatestRelease> &release : std::as_const(m_releasePlace.releases))
        known.append(release.value.artistMbid);
    engine.sandbox.clearRequestLog();
    engine.store.markReleasesStale(known);
    engine.releases->enqueueLacking();
    QTRY_VERIFY_WITH_TIMEOUT(engine.releases->isIdle(), 20000);
    for (const gig::SandboxRequest &request : engine.sandbox.requestLog())
        m_releasePlaceBrowses += request.path.endsWith(u"/release-group"_s) ? 1 : 0;
}

void TestFaultMatrix::cleanupTestCase()
{
    QString table = u"| service | fault | behaviour while it lasts | requests allowed / made | "
                    u"cached rows | recovery |\n"
                    "|---|---|---|---|---|---|\n"_s;
    for (const MatrixLine &line : std::as_const(matrix())) {
        table += u"| %1 | %2 | %3 | %4 / %5 | %6 | %7 |\n"_s
                     .arg(line.service, line.fault, line.behaviour)
                     .arg(line.allowed)
                     .arg(line.made)
                     .arg(line.stale, line.recovery);
    }
    qInfo().noquote() << u"fault matrix:\n"_s + table;
}

void TestFaultMatrix::addFaultColumns()
{
    QTest::addColumn<int>("service");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("retryAfter");
}

void TestFaultMatrix::addFaultRows(SandboxService service)
{
    using K = SandboxFault::Kind;
    const QString name = gig::sandboxServiceName(service);
    const struct
    {
        K kind;
        int retryAfter;
        const char *label;
    } faults[] = {
        { K::Latency, -1, "latency" },
        { K::TooManyRequests, 30, "429 Retry-After 30" },
        { K::TooManyRequests, -1, "429" },
        { K::ServiceUnavailable, -1, "503" },
        { K::InternalError, -1, "500" },
        { K::ConnectionReset, -1, "connection reset" },
        { K::TruncatedBody, -1, "truncated body" },
        { K::MalformedJson, -1, "malformed JSON" },
        { K::WrongShape, -1, "wrong shape" },
        { K::WrongContentType, -1, "wrong content type" },
        { K::HugeBody, -1, "huge body" },
        { K::SlowDrip, -1, "slow drip" },
    };
    for (const auto &fault : faults) {
        QTest::addRow("%s/%s", qPrintable(name), fault.label)
            << int(service) << int(fault.kind) << fault.retryAfter;
    }
}

#define FETCH_FAULT()                                                                              \
    QFETCH(int, service);                                                                          \
    QFETCH(int, kind);                                                                             \
    QFETCH(int, retryAfter);                                                                       \
    const auto faulted = SandboxService(service);                                                  \
    const FaultSpec spec = specFor(SandboxFault::Kind(kind), retryAfter);                          \
    const QStringList rowName = QString::fromLatin1(QTest::currentDataTag()).split(u'/')

// Ticketmaster and Songkick: a watched place's refresh.
void TestFaultMatrix::eventSourceKeepsCacheAndRecovers_data()
{
    addFaultColumns();
    addFaultRows(SandboxService::Ticketmaster);
    addFaultRows(SandboxService::Songkick);
}

void TestFaultMatrix::eventSourceKeepsCacheAndRecovers()
{
    FETCH_FAULT();
    Bench bench(spec.transferTimeout);
    EngineFixture &engine = bench.engine;
    gig::EventSource *source = faulted == SandboxService::Ticketmaster
        ? static_cast<gig::EventSource *>(engine.ticketmaster.get())
        : engine.songkick.get();
    const QString lane = faulted == SandboxService::Ticketmaster
        ? gig::TicketmasterSource::laneName()
        : gig::SongkickSource::laneName();
    LocationWatch watch(gig::Location { placeId, u"Reykjavík"_s, reykjavik, radiusKm, {}, {}, {} },
        source, &engine.store, engine.clock, engine.settings);
    QSignalSpy refreshed(&watch, &LocationWatch::refreshed);
    QSignalSpy failed(&watch, &LocationWatch::refreshFailed);
    watch.start();
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, 20000);
    const int healthyRequests = engine.sandbox.requestCount(faulted);
    const PlaceRows before = placeRows(engine.store);
    QVERIFY(!before.events.isEmpty());

    engine.sandbox.clearRequestLog();
    engine.sandbox.setFault(faulted, spec.fault);
    const Clock::Time faultStart = bench.clock->now();
    watch.refreshNow();
    MatrixLine line { rowName.value(0), rowName.value(1), {}, 0, 0, {}, {} };
    if (spec.fails) {
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() >= 1, 30000);
        waitForLogical(*bench.clock, faultStart, faultWindow);
        const int made = engine.sandbox.requestCount(faulted);
        const Clock::Time window = bench.clock->now() - faultStart;
        const int refreshes = allowedRefreshes(engine.settings.restart, window);
        const int allowed = allowedRequests(bench.policy(lane), spec, refreshes, window);
        QVERIFY2(made >= 1 && made <= allowed,
            qPrintable(
                u"%1 requests in %2; %3 allowed"_s.arg(made).arg(seconds(window)).arg(allowed)));
        QVERIFY2(failed.count() <= refreshes, qPrintable(QString::number(failed.count())));
        // The error is reported: the signal, the watch's state and its last error.
        // (Refreshing: a retry is waiting out a Retry-After.)
        QVERIFY2(watch.state() != LocationWatch::State::Fresh,
            qPrintable(gig::watchStateName(watch.state())));
        QVERIFY(!watch.lastError().isEmpty());
        const auto error = failed.constFirst().constFirst().value<gig::SourceError>();
        // Every cached row is still there with its value, and stale.
        const PlaceRows during = placeRows(engine.store);
        QCOMPARE(during.location.value.eventIds, before.location.value.eventIds);
        QVERIFY(during.location.isStale());
        QCOMPARE(during.events.size(), before.events.size());
        for (qsizetype i = 0; i < during.events.size(); ++i) {
            QCOMPARE(during.events.at(i).value, before.events.at(i).value);
            QVERIFY(during.events.at(i).isStale());
        }
        line.behaviour = u"refresh fails (%1), %2 refresh(es), watch %3"_s.arg(
            gig::sourceErrorKindName(error.kind), QString::number(failed.count()),
            gig::watchStateName(watch.state()));
        line.allowed = allowed;
        line.made = made;
        line.stale = u"%1 gigs kept, stale"_s.arg(during.events.size());
    } else {
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 2, 30000);
        QCOMPARE(failed.count(), 0);
        // No more than the healthy refresh asked (a source may reuse what it read lately).
        line.made = engine.sandbox.requestCount(faulted);
        line.allowed = healthyRequests;
        QVERIFY2(
            line.made >= 1 && line.made <= healthyRequests, qPrintable(QString::number(line.made)));
        QVERIFY(engine.store.location(placeId).isFresh());
        line.behaviour = u"refresh succeeds, slower"_s;
        line.stale = u"fresh"_s;
    }

    // The fault ends; time passes (the watch's own backoff, the circuit's cool-down).
    engine.sandbox.clearFaults();
    const Clock::Time recoveryStart = bench.clock->now();
    QTRY_VERIFY_WITH_TIMEOUT(
        watch.state() == LocationWatch::State::Fresh && engine.store.location(placeId).isFresh(),
        20000);
    for (const auto &event : engine.store.eventsOf(placeId))
        QVERIFY(event.isFresh());
    QVERIFY(watch.lastError().isEmpty());
    line.recovery = u"fresh after %1"_s.arg(seconds(bench.clock->now() - recoveryStart));
    matrix().append(line);
}

// MusicBrainz: the latest releases of a place's artists, due again a day later.
void TestFaultMatrix::releasesKeepCacheAndRecover_data()
{
    addFaultColumns();
    addFaultRows(SandboxService::MusicBrainz);
}

void TestFaultMatrix::releasesKeepCacheAndRecover()
{
    FETCH_FAULT();
    QVERIFY(!m_releasePlace.releases.isEmpty());
    Bench bench(spec.transferTimeout);
    EngineFixture &engine = bench.engine;
    engine.store.restore(m_releasePlace);
    QHash<QString, gig::Cached<gig::LatestRelease>> before;
    for (const gig::Cached<gig::LatestRelease> &release : std::as_const(m_releasePlace.releases))
        before.insert(release.value.artistMbid, release);
    const int healthyBrowses = m_releasePlaceBrowses;

    // Past the last release's expiry every release is due again; MusicBrainz breaks. The stamps
    // were made on initTestCase's clock, which ran ahead of this one by however long that took
    // (at 1,200 times real time, a slow machine's extra second is 20 minutes).
    QDateTime lastExpiry = bench.clock->systemNow();
    for (const gig::Cached<gig::LatestRelease> &release : std::as_const(m_releasePlace.releases))
        lastExpiry = std::max(lastExpiry, release.expiresAt);
    bench.clock->advance(
        std::chrono::milliseconds(bench.clock->systemNow().msecsTo(lastExpiry)) + 1h);
    const QStringList due = engine.store.artistsLackingFreshRelease();
    QCOMPARE(due.size(), before.size());
    engine.sandbox.clearRequestLog();
    engine.sandbox.setFault(faulted, spec.fault);
    QSignalSpy releaseFailed(engine.releases.get(), &gig::ReleaseRefresher::releaseFailed);
    const Clock::Time faultStart = bench.clock->now();
    engine.releases->enqueueLacking();
    MatrixLine line { rowName.value(0), rowName.value(1), {}, 0, 0, {}, {} };
    if (spec.fails) {
        QTRY_VERIFY_WITH_TIMEOUT(releaseFailed.count() >= 1, 30000);
        waitForLogical(*bench.clock, faultStart, faultWindow);
        const int made = engine.sandbox.requestCount(faulted);
        const Clock::Time window = bench.clock->now() - faultStart;
        // Each due artist (and each artist without an MBID, looked up by name once a session) is
        // asked once, then again at every rescan; each of these asks, when it fails in a way that
        // may pass (every fault here), is asked again up to releaseRetries times with backoff.
        int withoutMbid = 0;
        for (const QString &id : engine.store.artistIds())
            withoutMbid += engine.store.artist(id).value.hasMbid() ? 0 : 1;
        const int asks = int(due.size() + withoutMbid)
            * (1 + int(window / logical(engine.settings.releaseRescanInterval)))
            * (1 + engine.settings.releaseRetries);
        const int allowed
            = allowedRequests(bench.policy(gig::MusicBrainzSource::laneName()), spec, asks, window);
        QVERIFY2(made >= 1 && made <= allowed,
            qPrintable(
                u"%1 requests in %2; %3 allowed"_s.arg(made).arg(seconds(window)).arg(allowed)));
        QVERIFY(releaseFailed.count() <= asks);
        const auto error = releaseFailed.constFirst().at(1).value<gig::SourceError>();
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            const auto now = engine.store.latestRelease(it.key());
            QCOMPARE(now.value, it.value().value);
            QVERIFY(now.isStale());
        }
        line.behaviour
            = u"release fetches fail (%1), %2 reported"_s.arg(gig::sourceErrorKindName(error.kind))
                  .arg(releaseFailed.count());
        line.allowed = allowed;
        line.made = made;
        line.stale = u"%1 releases kept, stale"_s.arg(before.size());
    } else {
        QTRY_VERIFY_WITH_TIMEOUT(engine.releases->isIdle(), 30000);
        QCOMPARE(releaseFailed.count(), 0);
        // The same release-group pages as before (name lookups aside, which repeat each session).
        for (const gig::SandboxRequest &request : engine.sandbox.requestLog())
            line.made += request.path.endsWith(u"/release-group"_s) ? 1 : 0;
        line.allowed = healthyBrowses;
        QVERIFY2(
            line.made >= 1 && line.made <= healthyBrowses, qPrintable(QString::number(line.made)));
        line.behaviour = u"release fetches succeed, slower"_s;
        line.stale = u"fresh"_s;
    }

    engine.sandbox.clearFaults();
    const Clock::Time recoveryStart = bench.clock->now();
    QTRY_VERIFY_WITH_TIMEOUT(engine.store.artistsLackingFreshRelease().isEmpty(), 20000);
    for (const QString &mbid : before.keys())
        QVERIFY(engine.store.latestRelease(mbid).isFresh());
    line.recovery = u"fresh after %1"_s.arg(seconds(bench.clock->now() - recoveryStart));
    matrix().append(line);
}

// Nominatim: a place search typed three times while the service is broken.
void TestFaultMatrix::placeSearchReportsAndRecovers_data()
{
    addFaultColumns();
    addFaultRows(SandboxService::Nominatim);
}

namespace {

std::optional<gig::SourceError> searchOnce(
    gig::PlaceSearch &search, const QString &text, QList<gig::Place> *places = nullptr)
{
    gig::PlaceFetch *fetch = search.search(text);
    QSignalSpy finished(fetch, &gig::SourceReply::finished);
    if (!finished.wait(30000))
        return gig::SourceError { gig::SourceError::Kind::Timeout, u"the search never finished"_s,
            0 };
    if (places)
        *places = fetch->value();
    return fetch->error();
}

} // namespace

void TestFaultMatrix::placeSearchReportsAndRecovers()
{
    FETCH_FAULT();
    Bench bench(spec.transferTimeout);
    EngineFixture &engine = bench.engine;
    gig::NominatimSource nominatim(
        engine.queue.get(), { engine.sandbox.serviceRoot(SandboxService::Nominatim), 5 });
    QList<gig::Place> places;
    QVERIFY(!searchOnce(nominatim, u"Reykjavik"_s, &places));
    QVERIFY(!places.isEmpty());

    engine.sandbox.clearRequestLog();
    engine.sandbox.setFault(faulted, spec.fault);
    const Clock::Time faultStart = bench.clock->now();
    constexpr int searches = 3;
    QList<gig::SourceError> errors;
    for (int i = 0; i < searches; ++i) {
        if (const auto error = searchOnce(nominatim, u"Reykjavik"_s))
            errors.append(*error);
    }
    const int made = engine.sandbox.requestCount(faulted);
    const Clock::Time window = bench.clock->now() - faultStart;
    const int allowed
        = allowedRequests(bench.policy(gig::NominatimSource::laneName()), spec, searches, window);
    MatrixLine line { rowName.value(0), rowName.value(1), {}, allowed, made, u"nothing cached"_s,
        {} };
    QVERIFY2(made >= 1 && made <= allowed,
        qPrintable(u"%1 requests in %2; %3 allowed"_s.arg(made).arg(seconds(window)).arg(allowed)));
    if (spec.fails) {
        QCOMPARE(errors.size(), searches);
        for (const gig::SourceError &error : std::as_const(errors))
            QVERIFY(!gig::toString(error).isEmpty());
        QStringList kinds;
        for (const gig::SourceError &error : std::as_const(errors)) {
            if (!kinds.contains(gig::sourceErrorKindName(error.kind)))
                kinds.append(gig::sourceErrorKindName(error.kind));
        }
        line.behaviour = u"each search reports an error (%1)"_s.arg(kinds.join(u", "_s));
    } else {
        QVERIFY(errors.isEmpty());
        line.behaviour = u"searches succeed, slower"_s;
    }

    engine.sandbox.clearFaults();
    const Clock::Time recoveryStart = bench.clock->now();
    std::optional<gig::SourceError> error = searchOnce(nominatim, u"Reykjavik"_s, &places);
    for (int i = 0; error && i < 50; ++i) {
        QTest::qWait(50); // a logical minute: the circuit's cool-down passes
        error = searchOnce(nominatim, u"Reykjavik"_s, &places);
    }
    QVERIFY2(!error, qPrintable(error ? gig::toString(*error) : QString()));
    QVERIFY(!places.isEmpty());
    line.recovery = u"search works after %1"_s.arg(seconds(bench.clock->now() - recoveryStart));
    matrix().append(line);
}

// Map tiles: four tiles cached a week ago (so revalidated) and two never fetched.
void TestFaultMatrix::tilesFallBackToStaleCopiesAndRecover_data()
{
    addFaultColumns();
    addFaultRows(SandboxService::Tiles);
}

namespace {

struct TileAnswers
{
    QHash<gig::TileId, QByteArray> ready;
    QHash<gig::TileId, QString> failed;
};

TileAnswers fetchTiles(gig::NetworkTileSource &tiles, const QList<gig::TileId> &ids)
{
    TileAnswers answers;
    QObject context;
    QObject::connect(&tiles, &gig::TileSource::tileReady, &context,
        [&](const gig::TileId &tile, const QByteArray &bytes) {
            answers.ready.insert(tile, bytes);
        });
    QObject::connect(&tiles, &gig::TileSource::tileFailed, &context,
        [&](const gig::TileId &tile, const QString &reason) {
            answers.failed.insert(tile, reason);
        });
    for (const gig::TileId &tile : ids)
        tiles.request(tile, gig::TileSource::MostUrgent);
    QElapsedTimer waited;
    waited.start();
    while (answers.ready.size() + answers.failed.size() < ids.size() && waited.elapsed() < 30000)
        QTest::qWait(10);
    return answers;
}

bool isPng(const QByteArray &bytes)
{
    return bytes.startsWith("\x89PNG\r\n\x1a\n");
}

} // namespace

void TestFaultMatrix::tilesFallBackToStaleCopiesAndRecover()
{
    FETCH_FAULT();
    Bench bench(spec.transferTimeout);
    EngineFixture &engine = bench.engine;
    const QUrl root = engine.sandbox.serviceRoot(SandboxService::Tiles);
    engine.queue->routePrefix(root, Bench::tileLane());
    gig::NetworkTileSource tiles(engine.queue.get());
    QVERIFY(tiles.setUrlTemplate(root.toString() + u"/{z}/{x}/{y}.png"_s));
    tiles.setCacheDirectory(engine.dir.filePath(u"tiles"_s));
    const QList<gig::TileId> cached = { { 3, 0, 0 }, { 3, 1, 0 }, { 3, 0, 1 }, { 3, 1, 1 } };
    const QList<gig::TileId> fresh = { { 3, 4, 2 }, { 3, 5, 2 } };

    const TileAnswers healthy = fetchTiles(tiles, cached);
    QCOMPARE(healthy.ready.size(), cached.size());
    for (const QByteArray &bytes : healthy.ready)
        QVERIFY(isPng(bytes));

    // A week and a day later the cached tiles must be revalidated; the tile server breaks.
    bench.clock->advance(std::chrono::hours(24 * 8));
    engine.sandbox.clearRequestLog();
    engine.sandbox.setFault(faulted, spec.fault);
    const Clock::Time faultStart = bench.clock->now();
    const TileAnswers during = fetchTiles(tiles, cached + fresh);
    const int made = engine.sandbox.requestCount(faulted);
    const Clock::Time window = bench.clock->now() - faultStart;
    // Faults that let a 304 through (latency, a cut or dripped body: a 304 has none) renew tiles.
    int renewed = 0;
    for (const gig::SandboxRequest &request : engine.sandbox.requestLog())
        renewed += request.status == 304 ? 1 : 0;
    const int allowed = allowedRequests(
        bench.policy(Bench::tileLane()), spec, int(cached.size() + fresh.size()), window, renewed);
    QVERIFY2(made >= 1 && made <= allowed,
        qPrintable(u"%1 requests in %2; %3 allowed"_s.arg(made).arg(seconds(window)).arg(allowed)));
    // A cached tile is always shown: renewed, or its stale copy when the server fails.
    for (const gig::TileId &tile : cached)
        QCOMPARE(during.ready.value(tile), healthy.ready.value(tile));
    const gig::HttpDiskCache disk(tiles.cacheDirectory());
    MatrixLine line { rowName.value(0), rowName.value(1), {}, allowed, made, {}, {} };
    if (spec.fails) {
        for (const gig::TileId &tile : fresh) {
            QVERIFY2(during.failed.contains(tile),
                qPrintable(u"tile %1/%2 did not fail"_s.arg(tile.x).arg(tile.y)));
            QVERIFY(!during.failed.value(tile).isEmpty());
        }
        int staleOnDisk = 0;
        for (const gig::TileId &tile : cached) {
            const auto entry = disk.find(tiles.urlFor(tile));
            QVERIFY(entry && entry->body == healthy.ready.value(tile));
            staleOnDisk += entry->isFresh(bench.clock->systemNow()) ? 0 : 1;
        }
        QCOMPARE(staleOnDisk, int(cached.size()) - renewed);
        line.behaviour = u"new tiles fail (\"%1\"); cached ones show their copy"_s.arg(
            during.failed.value(fresh.constFirst()));
        line.stale = renewed == 0
            ? u"4 stale copies shown, kept stale on disk"_s
            : u"%1 renewed by 304, %2 stale copies shown"_s.arg(renewed).arg(staleOnDisk);
    } else {
        for (const gig::TileId &tile : fresh)
            QVERIFY(isPng(during.ready.value(tile)));
        line.behaviour = u"tiles arrive, slower"_s;
        line.stale = u"renewed (304)"_s;
    }

    engine.sandbox.clearFaults();
    const Clock::Time recoveryStart = bench.clock->now();
    TileAnswers after = fetchTiles(tiles, cached + fresh);
    for (int i = 0; !after.failed.isEmpty() && i < 50; ++i) {
        QTest::qWait(50); // a logical minute: the circuit's cool-down passes
        after = fetchTiles(tiles, cached + fresh);
    }
    QVERIFY2(after.failed.isEmpty(), qPrintable(after.failed.values().join(u"; "_s)));
    for (const gig::TileId &tile : cached + fresh) {
        QVERIFY(isPng(after.ready.value(tile)));
        const auto entry = disk.find(tiles.urlFor(tile));
        QVERIFY(entry && entry->isFresh(bench.clock->systemNow()));
    }
    line.recovery = u"all fresh after %1"_s.arg(seconds(bench.clock->now() - recoveryStart));
    matrix().append(line);
}

// `gigmap export` (the built program) against a sandbox in this process whose Ticketmaster is
// broken: with nothing cached it exits 3 and writes nothing; with the place's gigs cached (but
// due for a refresh) it says the source failed, exits 0 and writes every cached gig.
void TestFaultMatrix::exportUnderFaultKeepsItsContract_data()
{
    QTest::addColumn<QByteArray>("faults"); // as PUT /_sandbox/faults takes them
    QTest::addColumn<bool>("cached");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("message");
    QTest::addRow("503 Retry-After 1, nothing cached")
        << R"({"ticketmaster":{"kind":"serviceUnavailable","retryAfter":1}})"_ba << false << 3
        << "The source failed (rate-limited"_ba;
    QTest::addRow("malformed JSON, nothing cached")
        << R"({"ticketmaster":{"kind":"malformedJson"}})"_ba << false << 3
        << "the cache has no gigs for this place"_ba;
    QTest::addRow("wrong content type, gigs cached")
        << R"({"ticketmaster":{"kind":"wrongContentType"}})"_ba << true << 0
        << "the source failed (bad-response"_ba;
    QTest::addRow("huge body, gigs cached")
        << R"({"ticketmaster":{"kind":"hugeBody","bodyBytes":11534336}})"_ba << true << 0
        << "using the cached gigs"_ba;
}

namespace {

// A cache file holding the place's gigs and releases, with the place and its gigs due for a
// refresh (as if fetched hours ago). Returns the gig ids.
QStringList writeStaleCache(const QString &path, const QString &locationId)
{
    QStringList ids;
    {
        EngineFixture engine(speed);
        gig::CacheDatabase cache(&engine.store, path);
        if (!cache.load())
            return {};
        LocationWatch watch(gig::Location { locationId, {}, reykjavik, radiusKm, {}, {}, {} },
            engine.ticketmaster.get(), &engine.store, engine.clock, engine.settings);
        QSignalSpy refreshed(&watch, &LocationWatch::refreshed);
        watch.start();
        if (!refreshed.wait(20000))
            return {};
        engine.releases->enqueueLacking();
        QSignalSpy idle(engine.releases.get(), &gig::ReleaseRefresher::idle);
        if (!engine.releases->isIdle() && !idle.wait(20000))
            return {};
        ids = engine.store.eventIdsOf(locationId);
        cache.flush();
    }
    const QString connection = u"age-cache"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path);
        QSqlQuery query(db);
        if (!db.open() || !query.exec(u"UPDATE locations SET expires_at = 1"_s)
            || !query.exec(u"UPDATE events SET expires_at = 1"_s))
            ids.clear();
    }
    QSqlDatabase::removeDatabase(connection);
    return ids;
}

} // namespace

void TestFaultMatrix::exportUnderFaultKeepsItsContract()
{
    QFETCH(QByteArray, faults);
    QFETCH(bool, cached);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, message);

    QTemporaryDir dir;
    gig::SandboxServer sandbox;
    sandbox.setRealism(false);
    sandbox.setSeed(7);
    QVERIFY(sandbox.listen());
    const QString cachePath = dir.filePath(u"cache.sqlite"_s);
    const QString locationId = gig::LocationRegistry::locationIdFor(reykjavik, radiusKm);
    QStringList cachedIds;
    if (cached) {
        cachedIds = writeStaleCache(cachePath, locationId);
        QVERIFY(!cachedIds.isEmpty());
    }
    QString error;
    QVERIFY2(sandbox.setFaultsFromJson(faults, &error), qPrintable(error));

    const QString output = dir.filePath(u"gigs.csv"_s);
    QProcess gigmap;
    gigmap.setProcessEnvironment(gig::testing::childEnvironment(dir.path()));
    QSignalSpy finished(&gigmap, &QProcess::finished);
    gigmap.start(QStringLiteral(GIGMAP_EXECUTABLE),
        { u"export"_s, u"--lat"_s, QString::number(reykjavik.latitude()), u"--lng"_s,
            QString::number(reykjavik.longitude()), u"--radius-km"_s, QString::number(radiusKm),
            u"--source"_s, u"ticketmaster"_s, u"--api-key"_s, u"test-key"_s,
            u"--ticketmaster-url"_s, sandbox.serviceRoot(SandboxService::Ticketmaster).toString(),
            u"--musicbrainz-url"_s, sandbox.serviceRoot(SandboxService::MusicBrainz).toString(),
            u"--cache"_s, cachePath, u"-o"_s, output });
    // The sandbox answers on this thread's event loop: wait with it running.
    QVERIFY(finished.wait(60000));
    const QByteArray err = gigmap.readAllStandardError();
    QCOMPARE(gigmap.exitStatus(), QProcess::NormalExit);
    QVERIFY2(gigmap.exitCode() == exitCode, err.constData());
    QVERIFY2(err.contains(message), err.constData());
    QVERIFY(sandbox.requestCount(SandboxService::Ticketmaster) >= 1);

    QFile csv(output);
    if (exitCode != 0) {
        QVERIFY(!csv.exists()); // nothing, not even a header
        return;
    }
    // A complete file: the header and every cached gig within the dates, each once.
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    QVERIFY(bytes.startsWith("date,time,event,"));
    QVERIFY(bytes.endsWith("\r\n"));
    QVERIFY2(err.contains("written to"), err.constData());
    int within = 0;
    gig::GigStore store;
    {
        gig::CacheDatabase reread(&store, cachePath);
        QVERIFY(reread.load());
    }
    const QDate from = QDate::currentDate();
    for (const QString &id : std::as_const(cachedIds)) {
        const QDate day = store.eventById(id).value.start.localDate();
        if (day < from || day > from.addDays(90))
            continue;
        ++within;
        QVERIFY2(bytes.count(u",%1\r\n"_s.arg(id).toUtf8()) == 1, qPrintable(id));
    }
    QCOMPARE(int(bytes.count("\r\n")) - 1, within);
}

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
