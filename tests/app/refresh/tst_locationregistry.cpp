// LocationRegistry on a scripted source and a test clock: nearby picks share a watch, expired
// watches go, and a place that was let go is never written back.
#include "app/refresh/locationregistry.h"
#include "models/gigstore.h"
#include "tests/app/refresh/scriptedeventsource.h"
#include "tests/app/refresh/testclock.h"
#include "tests/models/storefixture.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace gig;
using namespace gig::testing;

namespace {

const QGeoCoordinate berlin(52.52, 13.405);

EventBatch batchOf(const QStringList &eventIds, QDate day)
{
    EventBatch batch;
    for (const QString &id : eventIds) {
        batch.events.append(makeEvent(id, day, { u"a-"_s + id }));
        batch.artists.append(makeArtist(u"a-"_s + id, u"Artist "_s + id));
    }
    return batch;
}

} // namespace

class TestLocationRegistry : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void nearbyPicksShareOneWatch();
    void shownPlaceIsTheOnlyOneShown();
    void expiredWatchIsDroppedUnlessSaved();
    void unwatchedPlaceIsNeverWrittenBack();
    void sweepDropsTheGigsOfPlacesLetGo();
    void resumeRefreshesOnlyWhatIsNotFresh();

private:
    std::unique_ptr<LocationRegistry> makeRegistry();
    QDate day() const { return m_clock->systemNow().date().addDays(3); }

    std::shared_ptr<TestClock> m_clock;
    std::unique_ptr<GigStore> m_store;
    std::unique_ptr<ScriptedEventSource> m_source;
    RefreshSettings m_settings;
};

void TestLocationRegistry::init()
{
    // 10,000 times faster: one logical minute is 6 real milliseconds.
    m_clock = std::make_shared<TestClock>(10'000.0);
    m_store = std::make_unique<GigStore>();
    m_store->setClock([c = m_clock] { return c->systemNow(); });
    m_source = std::make_unique<ScriptedEventSource>();
    m_settings = RefreshSettings {};
    m_settings.shownInterval = 1h;
    m_settings.backgroundInterval = 3h;
    m_settings.idleExpiry = 10min;
    m_settings.sweepInterval = 24h; // no sweep unless a test asks for one
    m_settings.shareDistanceKm = 1.0;
}

void TestLocationRegistry::cleanup()
{
    m_source.reset();
    m_store.reset();
}

std::unique_ptr<LocationRegistry> TestLocationRegistry::makeRegistry()
{
    return std::make_unique<LocationRegistry>(
        m_source.get(), m_store.get(), nullptr, m_clock, m_settings);
}

void TestLocationRegistry::nearbyPicksShareOneWatch()
{
    m_clock->holdTimers(true);
    auto registry = makeRegistry();
    QSignalSpy started(registry.get(), &LocationRegistry::watchStarted);
    LocationWatch *first = registry->watch(berlin, 30, u"Berlin"_s);
    QVERIFY(first);
    QCOMPARE(first->place().name, u"Berlin"_s);
    QCOMPARE(m_source->fetchCount(), 1); // started: nothing fresh, so refreshing

    // 500 m away, same radius: the same watch, no new fetch.
    QCOMPARE(registry->watch(berlin.atDistanceAndAzimuth(500, 90), 30), first);
    // The same spot again.
    QCOMPARE(registry->watch(berlin, 30), first);
    // 5 km away, or another radius: watches of their own.
    LocationWatch *far = registry->watch(berlin.atDistanceAndAzimuth(5000, 90), 30);
    LocationWatch *wider = registry->watch(berlin, 50);
    QVERIFY(far != first);
    QVERIFY(wider != first && wider != far);
    QCOMPARE(started.count(), 3);
    QCOMPARE(registry->watches().size(), 3);
    QCOMPARE(m_source->fetchCount(), 3);
    QCOMPARE(registry->watchFor(first->locationId()), first);
    QCOMPARE(registry->countInState(LocationWatch::State::Refreshing), 3);
}

void TestLocationRegistry::shownPlaceIsTheOnlyOneShown()
{
    m_clock->holdTimers(true);
    auto registry = makeRegistry();
    LocationWatch *a = registry->watch(berlin, 30);
    LocationWatch *b = registry->watch(berlin.atDistanceAndAzimuth(5000, 0), 30);
    registry->setShownLocation(a->locationId());
    QVERIFY(a->isShown());
    QVERIFY(!b->isShown());
    registry->setShownLocation(b->locationId());
    QVERIFY(!a->isShown());
    QVERIFY(b->isShown());
    QCOMPARE(registry->shownLocationId(), b->locationId());
    // Letting the shown place go leaves none shown.
    registry->unwatch(b->locationId());
    QVERIFY(registry->shownLocationId().isEmpty());
}

void TestLocationRegistry::expiredWatchIsDroppedUnlessSaved()
{
    m_source->answerAlways(batchOf({ u"e1"_s }, day()));
    auto registry = makeRegistry();
    QSignalSpy stopped(registry.get(), &LocationRegistry::watchStopped);
    // Saved and shown before their watches start, so that they start so.
    const QGeoCoordinate north = berlin.atDistanceAndAzimuth(5000, 0);
    const QGeoCoordinate south = berlin.atDistanceAndAzimuth(5000, 180);
    const QString saved = LocationRegistry::locationIdFor(north, 30);
    const QString shown = LocationRegistry::locationIdFor(south, 30);
    registry->setSaved(saved, true);
    registry->setShownLocation(shown);
    QCOMPARE(registry->watch(north, 30)->locationId(), saved);
    QVERIFY(registry->watch(south, 30)->isShown());
    const QString idle = registry->watch(berlin, 30)->locationId();

    // Ten logical minutes are 60 real milliseconds.
    QTRY_COMPARE(stopped.count(), 1);
    QCOMPARE(stopped.at(0).at(0).toString(), idle);
    QVERIFY(!registry->watchFor(idle));
    QVERIFY(!m_store->containsLocation(idle));
    QTest::qWait(200); // three more idle expiries' worth
    QCOMPARE(stopped.count(), 1);
    QVERIFY(registry->watchFor(saved));
    QVERIFY(registry->watchFor(shown));
    QVERIFY(m_store->containsLocation(saved));

    // Picked again later: a new watch, refreshing.
    const qsizetype fetches = m_source->fetchCount();
    LocationWatch *again = registry->watch(berlin, 30);
    QCOMPARE(again->locationId(), idle);
    QVERIFY(m_source->fetchCount() > fetches);
}

void TestLocationRegistry::unwatchedPlaceIsNeverWrittenBack()
{
    m_clock->holdTimers(true);
    auto registry = makeRegistry();
    QSignalSpy stopped(registry.get(), &LocationRegistry::watchStopped);
    LocationWatch *watch = registry->watch(berlin, 30);
    const QString id = watch->locationId();
    QPointer<LocationWatch> guard(watch);
    // The answer arrives, its finished() on the way, and the place is let go before it lands.
    QVERIFY(m_source->answer(batchOf({ u"e1"_s }, day())));
    registry->unwatch(id);
    QCOMPARE(stopped.count(), 1);
    QVERIFY(!registry->watchFor(id));
    QVERIFY(!m_store->containsLocation(id));
    QTRY_VERIFY(guard.isNull()); // deleted later
    QTest::qWait(20);
    QVERIFY(!m_store->containsLocation(id));
    QCOMPARE(m_store->eventCount(), 0);
}

void TestLocationRegistry::sweepDropsTheGigsOfPlacesLetGo()
{
    m_source->answerAlways(batchOf({ u"e1"_s, u"e2"_s }, day()));
    m_settings.sweepInterval = 5min; // 30 real milliseconds
    m_settings.idleExpiry = 24h;
    auto registry = makeRegistry();
    QSignalSpy swept(registry.get(), &LocationRegistry::swept);
    LocationWatch *watch = registry->watch(berlin, 30);
    QTRY_COMPARE(watch->state(), LocationWatch::State::Fresh);
    QCOMPARE(m_store->eventCount(), 2);
    // Swept while watched: the gigs stay.
    const qsizetype before = swept.count();
    QTRY_VERIFY(swept.count() > before);
    QCOMPARE(m_store->eventCount(), 2);

    registry->unwatch(watch->locationId());
    QCOMPARE(m_store->eventCount(), 2); // until the next sweep
    QTRY_COMPARE(m_store->eventCount(), 0);
    QCOMPARE(m_store->artistCount(), 0);
}

void TestLocationRegistry::resumeRefreshesOnlyWhatIsNotFresh()
{
    m_clock->holdTimers(true);
    const QDateTime now = m_clock->systemNow();
    const QString freshId = LocationRegistry::locationIdFor(berlin, 30);
    const QGeoCoordinate elsewhere = berlin.atDistanceAndAzimuth(5000, 0);
    const QString staleId = LocationRegistry::locationIdFor(elsewhere, 30);
    Location fresh = makeLocation(freshId, {}, berlin);
    Location stale = makeLocation(staleId, {}, elsewhere);
    m_store->upsertLocation(fresh, now.addSecs(-60), now.addSecs(3600));
    m_store->upsertLocation(stale, now.addSecs(-7200), now.addSecs(-3600));

    auto registry = makeRegistry();
    registry->resumeFromStore();
    QCOMPARE(registry->watches().size(), 2);
    QCOMPARE(registry->watchFor(freshId)->state(), LocationWatch::State::Fresh);
    QCOMPARE(registry->watchFor(staleId)->state(), LocationWatch::State::Refreshing);
    QCOMPARE(m_source->fetchCount(), 1);
    QCOMPARE(m_source->queries().at(0).centre, elsewhere);
}

QTEST_GUILESS_MAIN(TestLocationRegistry)
#include "tst_locationregistry.moc"
