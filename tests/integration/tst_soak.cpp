// Soak: the refresh engine churns 200 places through watch and unwatch for 30 minutes of scaled
// time while the sandbox throws random faults at Ticketmaster and MusicBrainz. Afterwards nothing
// may be left behind: no queued or in-flight request, no watch, no reply or timer objects beyond
// the start, an empty store after the sweep. Prints the resident memory before and after.
#include "enginefixture.h"

#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using gig::SandboxFault;
using gig::SandboxService;
using gig::testing::EngineFixture;

namespace {

// 30 logical minutes in 15 s.
constexpr double speed = 120;
constexpr auto soakLength = std::chrono::minutes(30);
constexpr auto churnStep = std::chrono::seconds(5); // logical time between two changes
constexpr int placeCount = 200;

// Resident memory of this process in KiB (Linux), 0 when unknown.
qint64 residentKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

// Every QObject under `roots` (the roots included) and how many of them are timers.
struct ObjectCount
{
    int objects = 0;
    int timers = 0;
};

ObjectCount countObjects(const QList<QObject *> &roots)
{
    ObjectCount count;
    for (QObject *root : roots) {
        const QList<QObject *> all = root->findChildren<QObject *>() << root;
        count.objects += int(all.size());
        for (QObject *object : all)
            count.timers += qobject_cast<QTimer *>(object) ? 1 : 0;
    }
    return count;
}

} // namespace

class TestSoak : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void churnWithFaultsLeavesNothingBehind();
};

void TestSoak::churnWithFaultsLeavesNothingBehind()
{
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo() << "random seed" << seed;
    QRandomGenerator random(seed);

    EngineFixture engine(speed);
    // 200 places 1.2 km apart (none shares a watch) over the middle of Reykjavík: few gigs each,
    // and their artists overlap, as neighbouring places' do.
    QList<QGeoCoordinate> pool;
    const QGeoCoordinate centre(64.1466, -21.9426);
    for (int i = 0; pool.size() < placeCount; ++i) {
        const int row = i / 15;
        const int column = i % 15;
        pool.append(centre.atDistanceAndAzimuth(1200.0 * row, 0)
                        .atDistanceAndAzimuth(1200.0 * (column - 7), 90));
    }
    const QList<QObject *> roots = { engine.queue.get(), engine.ticketmaster.get(),
        engine.musicbrainz.get(), engine.releases.get(), engine.registry.get() };

    // Warm up: one place refreshed and its releases known, so every lane and its status exist.
    gig::LocationWatch *first = engine.registry->watch(pool.first(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(first->state(), gig::LocationWatch::State::Fresh, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(engine.releases->isIdle(), 20000);
    const QString firstId = first->locationId();
    engine.registry->unwatch(firstId);
    QTRY_COMPARE_WITH_TIMEOUT(engine.queue->totalQueued(), 0, 10000);
    QTest::qWait(50); // the unwatched place and the finished replies delete themselves later
    const ObjectCount before = countObjects(roots);
    const qint64 rssBefore = residentKiB();

    // The soak: a change every 5 logical seconds, a fault now and then.
    const QList<SandboxFault::Kind> kinds = { SandboxFault::Kind::Latency,
        SandboxFault::Kind::TooManyRequests, SandboxFault::Kind::ServiceUnavailable,
        SandboxFault::Kind::InternalError, SandboxFault::Kind::ConnectionReset,
        SandboxFault::Kind::TruncatedBody, SandboxFault::Kind::MalformedJson,
        SandboxFault::Kind::WrongShape, SandboxFault::Kind::HugeBody };
    QSet<QString> watched;
    int watches = 0;
    int unwatches = 0;
    int faults = 0;
    const auto start = engine.clock->now();
    auto next = start;
    while (engine.clock->now() - start < std::chrono::duration_cast<gig::Clock::Time>(soakLength)) {
        next += std::chrono::duration_cast<gig::Clock::Time>(churnStep);
        const int dice = int(random.bounded(100));
        if (dice < 55 || watched.isEmpty()) {
            gig::LocationWatch *watch
                = engine.registry->watch(pool.at(int(random.bounded(placeCount))), 3);
            watched.insert(watch->locationId());
            if (random.bounded(4) == 0)
                engine.registry->setShownLocation(watch->locationId());
            ++watches;
        } else if (dice < 90) {
            const QStringList ids(watched.cbegin(), watched.cend());
            const QString id = ids.at(int(random.bounded(int(ids.size()))));
            engine.registry->unwatch(id);
            watched.remove(id);
            ++unwatches;
        } else if (dice < 96) {
            SandboxFault fault;
            fault.kind = kinds.at(int(random.bounded(int(kinds.size()))));
            fault.latency = 50ms;
            fault.remaining = 1 + int(random.bounded(6));
            fault.bodyBytes = gig::LanePolicy().maxResponseBytes + 1;
            engine.sandbox.setFault(
                random.bounded(2) ? SandboxService::Ticketmaster : SandboxService::MusicBrainz,
                fault);
            ++faults;
        } else {
            engine.sandbox.clearFaults();
        }
        while (engine.clock->now() < next)
            QTest::qWait(5);
    }

    // Everything stops: no place is watched, the faults end, the queue drains.
    engine.sandbox.clearFaults();
    for (gig::LocationWatch *watch : engine.registry->watches())
        engine.registry->unwatch(watch->locationId());
    QCOMPARE(engine.registry->watches().size(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(engine.releases->isIdle(), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(engine.queue->totalQueued(), 0, 30000);
    for (const QString &lane : engine.queue->lanes())
        QTRY_COMPARE_WITH_TIMEOUT(engine.queue->laneStatus(lane)->inFlight(), 0, 30000);
    QTest::qWait(50); // replies delete themselves from the event loop
    engine.store.sweep(engine.clock->systemNow());
    QCOMPARE(engine.store.locationCount(), 0);
    QCOMPARE(engine.store.eventCount(), 0);
    QCOMPARE(engine.store.artistCount(), 0);
    QCOMPARE(engine.store.releaseCount(), 0);

    const ObjectCount after = countObjects(roots);
    const qint64 rssAfter = residentKiB();
    qInfo("%d watches, %d unwatches, %d faults in %d logical minutes; %d requests to Ticketmaster, "
          "%d to "
          "MusicBrainz; objects %d -> %d, timers %d -> %d; resident memory %lld KiB -> %lld KiB",
        watches, unwatches, faults, int(soakLength.count()),
        engine.sandbox.requestCount(SandboxService::Ticketmaster),
        engine.sandbox.requestCount(SandboxService::MusicBrainz), before.objects, after.objects,
        before.timers, after.timers, rssBefore, rssAfter);
    QVERIFY(watches > 150 && unwatches > 100);
    QCOMPARE(after.timers, before.timers);
    QCOMPARE(after.objects, before.objects);
}

QTEST_GUILESS_MAIN(TestSoak)
#include "tst_soak.moc"
