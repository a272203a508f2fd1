// LocationWatch on a scripted source and a test clock: when it refreshes, how it backs off and
// parks, when it expires, and what it writes (or does not) into the store.
#include "app/refresh/locationwatch.h"
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

const SourceError busy { SourceError::Kind::RateLimited, u"app.example.com busy"_s, 429 };

EventBatch batchOf(const QStringList &eventIds, QDate day)
{
    EventBatch batch;
    for (const QString &id : eventIds) {
        batch.events.append(makeEvent(id, day, { u"a-"_s + id }));
        batch.artists.append(makeArtist(u"a-"_s + id, u"Artist "_s + id));
    }
    return batch;
}

qint64 msUntil(const TestClock &clock, const QDateTime &at)
{
    return clock.systemNow().msecsTo(at);
}

// What the watch was at when it scheduled its next refresh (a refresh the timer starts a few
// real milliseconds later changes its state again).
struct Schedule
{
    LocationWatch::State state;
    qint64 waitMs;
    QString lastError;
};

std::shared_ptr<QList<Schedule>> recordSchedules(LocationWatch *watch, const TestClock &clock)
{
    auto schedules = std::make_shared<QList<Schedule>>();
    QObject::connect(watch, &LocationWatch::nextRefreshChanged, watch,
        [watch, schedules, &clock](const QDateTime &at) {
            schedules->append({ watch->state(), msUntil(clock, at), watch->lastError() });
        });
    return schedules;
}

} // namespace

class TestLocationWatch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void startRefreshesAtOnceWhenNothingIsFresh();
    void startWaitsForTheDueTimeWhenTheStoreIsFresh();
    void shownPlaceRefreshesAtTheShownInterval();
    void failuresBackOffKeepGigsAndThenPark();
    void retryNowUnparks();
    void idleWatchExpiresUnlessSavedOrShown();
    void stopDropsALateAnswer();
    void lostPagesKeepKnownGigsStaleAndAreAskedAgain();

private:
    std::unique_ptr<LocationWatch> makeWatch();
    QDate day() const { return m_clock->systemNow().date().addDays(3); }

    std::shared_ptr<TestClock> m_clock;
    std::unique_ptr<GigStore> m_store;
    std::unique_ptr<ScriptedEventSource> m_source;
    RefreshSettings m_settings;
    Location m_place;
};

void TestLocationWatch::init()
{
    // 10,000 times faster: one logical minute is 6 real milliseconds.
    m_clock = std::make_shared<TestClock>(10'000.0);
    m_store = std::make_unique<GigStore>();
    m_store->setClock([c = m_clock] { return c->systemNow(); });
    m_source = std::make_unique<ScriptedEventSource>();
    m_settings = RefreshSettings {};
    m_settings.shownInterval = 1min;
    m_settings.backgroundInterval = 30min;
    m_settings.idleExpiry = 10min;
    m_settings.eventLifetime = 3h;
    m_settings.restart.backoffBase = 30s;
    m_settings.restart.backoffCap = 30min;
    m_settings.restart.maxFailuresInWindow = 3;
    m_settings.restart.window = 1h;
    m_place = makeLocation(u"place:1"_s, {});
}

void TestLocationWatch::cleanup()
{
    m_source.reset();
    m_store.reset();
}

std::unique_ptr<LocationWatch> TestLocationWatch::makeWatch()
{
    return std::make_unique<LocationWatch>(
        m_place, m_source.get(), m_store.get(), m_clock, m_settings);
}

void TestLocationWatch::startRefreshesAtOnceWhenNothingIsFresh()
{
    m_clock->holdTimers(true);
    auto watch = makeWatch();
    QVERIFY(m_store->containsLocation(m_place.id)); // watched at once, Pending
    QSignalSpy refreshed(watch.get(), &LocationWatch::refreshed);
    watch->start();
    QCOMPARE(m_source->fetchCount(), 1);
    QCOMPARE(watch->state(), LocationWatch::State::Refreshing);
    QVERIFY(!watch->nextRefreshAt().isValid());
    QCOMPARE(m_source->priorities().at(0), RequestPriority::Background);
    QCOMPARE(m_source->queries().at(0).from, m_clock->systemNow().date());

    QVERIFY(m_source->answer(batchOf({ u"e1"_s, u"e2"_s }, day())));
    QTRY_COMPARE(refreshed.count(), 1);
    QCOMPARE(watch->state(), LocationWatch::State::Fresh);
    QVERIFY(watch->lastError().isEmpty());
    QCOMPARE(m_store->eventIdsOf(m_place.id), (QStringList { u"e1"_s, u"e2"_s }));
    QVERIFY(m_store->location(m_place.id).isFresh());
    QCOMPARE(msUntil(*m_clock, watch->nextRefreshAt()), qint64(30 * 60'000)); // background
}

void TestLocationWatch::startWaitsForTheDueTimeWhenTheStoreIsFresh()
{
    m_clock->holdTimers(true);
    const QDateTime now = m_clock->systemNow();
    Location known = m_place;
    known.eventIds = { u"e1"_s };
    m_store->upsertLocation(known, now.addSecs(-10 * 60), now.addSecs(3600));
    auto watch = makeWatch();
    watch->start();
    QCOMPARE(m_source->fetchCount(), 0);
    QCOMPARE(watch->state(), LocationWatch::State::Fresh);
    // Due one background interval after the last refresh, ten minutes ago.
    QCOMPARE(msUntil(*m_clock, watch->nextRefreshAt()), qint64(20 * 60'000));
    QCOMPARE(m_store->location(m_place.id).value.eventIds, known.eventIds); // kept
}

void TestLocationWatch::shownPlaceRefreshesAtTheShownInterval()
{
    m_clock->holdTimers(true); // no refresh but those the test lets through
    auto watch = makeWatch();
    QSignalSpy refreshed(watch.get(), &LocationWatch::refreshed);
    watch->start();
    QVERIFY(m_source->answer(batchOf({ u"e1"_s }, day())));
    QTRY_COMPARE(refreshed.count(), 1);
    QCOMPARE(msUntil(*m_clock, watch->nextRefreshAt()), qint64(30 * 60'000));

    m_clock->advance(20s);
    m_clock->holdTimers(false);
    watch->setShown(true);
    m_clock->holdTimers(true);
    QVERIFY(watch->isShown());
    // One shown interval after the last refresh, 20 s ago.
    QCOMPARE(msUntil(*m_clock, watch->nextRefreshAt()), qint64(40'000));
    QTRY_COMPARE(m_source->fetchCount(), 2); // the timer fires on its own
    QCOMPARE(m_source->priorities().at(1), RequestPriority::Interactive);
    QVERIFY(m_source->answer(batchOf({ u"e1"_s }, day())));
    QTRY_COMPARE(refreshed.count(), 2);
    QCOMPARE(msUntil(*m_clock, watch->nextRefreshAt()), qint64(60'000));

    // Hidden again: the background interval, counted from the last refresh.
    m_clock->advance(30s);
    watch->setShown(false);
    QCOMPARE(msUntil(*m_clock, watch->nextRefreshAt()), qint64(30 * 60'000 - 30'000));

    // Shown after more than a shown interval: refreshes at once.
    m_clock->advance(2min);
    watch->setShown(true);
    QCOMPARE(m_source->fetchCount(), 3);
    QCOMPARE(watch->state(), LocationWatch::State::Refreshing);
}

void TestLocationWatch::failuresBackOffKeepGigsAndThenPark()
{
    auto watch = makeWatch();
    const auto schedules = recordSchedules(watch.get(), *m_clock);
    QSignalSpy refreshed(watch.get(), &LocationWatch::refreshed);
    QSignalSpy failed(watch.get(), &LocationWatch::refreshFailed);
    // Once parked, its next try waits: the test reads it undisturbed.
    connect(watch.get(), &LocationWatch::refreshFailed, this, [&] {
        if (watch->state() == LocationWatch::State::Failing)
            m_clock->holdTimers(true);
    });
    watch->start();
    QVERIFY(m_source->answer(batchOf({ u"e1"_s }, day())));
    QTRY_COMPARE(refreshed.count(), 1);
    watch->refreshNow();

    // Each failure: stale, the gigs stay, the next try within the backoff's bound.
    const RestartPolicy bounds(m_settings.restart);
    for (int failure = 1; failure <= m_settings.restart.maxFailuresInWindow; ++failure) {
        QTRY_COMPARE(m_source->waitingCount(), 1); // the retry timer asked again
        QVERIFY(m_source->fail(busy));
        QTRY_COMPARE(failed.count(), failure);
        QVERIFY(failed.last().at(0).value<SourceError>() == busy);
        const Schedule next = schedules->last();
        QCOMPARE(next.state, LocationWatch::State::Stale);
        QVERIFY2(next.waitMs >= 1000 && next.waitMs <= qint64(bounds.backoffBound(failure).count()),
            qPrintable(QString::number(next.waitMs)));
        QVERIFY2(next.lastError.startsWith(u"Scripted is busy right now; gigmap asks again in "_s),
            qPrintable(next.lastError));
        QCOMPARE(m_store->eventIdsOf(m_place.id), QStringList { u"e1"_s });
        QCOMPARE(m_store->eventById(u"e1"_s).freshness, Freshness::Stale);
        QCOMPARE(m_store->location(m_place.id).freshness, Freshness::Stale);
    }
    // One more in the window parks the watch: failing, asked again only after the cap.
    QTRY_COMPARE(m_source->waitingCount(), 1);
    QVERIFY(m_source->fail(busy));
    QTRY_COMPARE(watch->state(), LocationWatch::State::Failing);
    QCOMPARE(msUntil(*m_clock, watch->nextRefreshAt()), qint64(30 * 60'000));
    QCOMPARE(watch->lastError(), u"Scripted is busy right now; gigmap asks again in 30 min."_s);
    QCOMPARE(m_store->eventIdsOf(m_place.id), QStringList { u"e1"_s });
}

void TestLocationWatch::retryNowUnparks()
{
    m_source->answerAlways(busy);
    auto watch = makeWatch();
    connect(watch.get(), &LocationWatch::refreshFailed, this, [&] {
        if (watch->state() == LocationWatch::State::Failing)
            m_clock->holdTimers(true);
    });
    watch->start();
    QTRY_COMPARE(watch->state(), LocationWatch::State::Failing);
    const qsizetype asked = m_source->fetchCount();
    QCOMPARE(asked, m_settings.restart.maxFailuresInWindow + 1);

    m_source->answerAlways(batchOf({ u"e1"_s }, day()));
    watch->refreshNow();
    QCOMPARE(m_source->fetchCount(), asked + 1);
    QTRY_COMPARE(watch->state(), LocationWatch::State::Fresh);
    QVERIFY(watch->lastError().isEmpty());
    QCOMPARE(m_store->eventIdsOf(m_place.id), QStringList { u"e1"_s });
}

void TestLocationWatch::idleWatchExpiresUnlessSavedOrShown()
{
    m_source->answerAlways(batchOf({ u"e1"_s }, day()));
    auto idle = makeWatch();
    QSignalSpy idleExpired(idle.get(), &LocationWatch::expired);
    idle->start();

    m_place = makeLocation(u"place:saved"_s, {});
    auto saved = makeWatch();
    saved->setSaved(true);
    QSignalSpy savedExpired(saved.get(), &LocationWatch::expired);
    saved->start();

    m_place = makeLocation(u"place:shown"_s, {});
    auto shown = makeWatch();
    shown->setShown(true);
    QSignalSpy shownExpired(shown.get(), &LocationWatch::expired);
    shown->start();

    // Ten logical minutes are 60 real milliseconds.
    QTRY_COMPARE(idleExpired.count(), 1);
    QTest::qWait(200); // three more idle expiries' worth
    QCOMPARE(savedExpired.count(), 0);
    QCOMPARE(shownExpired.count(), 0);

    // No longer saved: it expires after a whole idle time.
    saved->setSaved(false);
    QTRY_COMPARE(savedExpired.count(), 1);
}

void TestLocationWatch::stopDropsALateAnswer()
{
    auto watch = makeWatch();
    QSignalSpy refreshed(watch.get(), &LocationWatch::refreshed);
    QSignalSpy failed(watch.get(), &LocationWatch::refreshFailed);
    watch->start();
    // The answer arrives, its finished() on the way, and the watch is stopped before it lands.
    QVERIFY(m_source->answer(batchOf({ u"e1"_s }, day())));
    watch->stop();
    QVERIFY(watch->isStopped());
    QVERIFY(!watch->nextRefreshAt().isValid());
    QTest::qWait(50); // five logical minutes: timers would have fired
    QCOMPARE(refreshed.count(), 0);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(m_store->eventCount(), 0);
    QVERIFY(m_store->location(m_place.id).isPending());
    // Nothing starts again once stopped.
    watch->refreshNow();
    QCOMPARE(m_source->fetchCount(), 1);
}

void TestLocationWatch::lostPagesKeepKnownGigsStaleAndAreAskedAgain()
{
    auto watch = makeWatch();
    const auto schedules = recordSchedules(watch.get(), *m_clock);
    QSignalSpy refreshed(watch.get(), &LocationWatch::refreshed);
    QSignalSpy failed(watch.get(), &LocationWatch::refreshFailed);
    watch->start();
    QVERIFY(m_source->answer(batchOf({ u"e1"_s, u"e2"_s }, day())));
    QTRY_COMPARE(refreshed.count(), 1);

    // Page 2 (which listed e2) is lost; page 1 brings e1 and a new e3.
    m_clock->advance(1min);
    watch->refreshNow();
    EventBatch partial = batchOf({ u"e1"_s, u"e3"_s }, day());
    partial.missingPages = { u"page 2 of 2 (bad-response: not JSON)"_s };
    QVERIFY(m_source->answer(partial));
    QTRY_COMPARE(refreshed.count(), 2);
    QCOMPARE(failed.count(), 0);
    const Schedule next = schedules->last();
    QCOMPARE(next.state, LocationWatch::State::Stale);
    QVERIFY2(
        next.waitMs >= 1000 && next.waitMs <= 30'000, qPrintable(QString::number(next.waitMs)));
    QCOMPARE(watch->missingPages(), partial.missingPages);
    QVERIFY2(
        next.lastError.startsWith(u"Some pages of gigs from Scripted could not be read (1 "
                                  u"missing); the others are shown and gigmap asks again in "_s),
        qPrintable(next.lastError));
    QVERIFY(!next.lastError.contains(u"bad-response"_s));

    // A source of several that could not be read at all is named in the sentence.
    EventBatch oneSourceLost = batchOf({ u"e1"_s, u"e3"_s }, day());
    oneSourceLost.missingPages = { u"the gigs from SeatGeek: …"_s };
    oneSourceLost.sources = { { u"Ticketmaster"_s, gig::SourceState::Outcome::Read, 2, {} },
        { u"SeatGeek"_s, gig::SourceState::Outcome::Failed, 0,
            u"SeatGeek did not accept the API key."_s } };
    QTRY_COMPARE(m_source->fetchCount(), 3);
    QVERIFY(m_source->answer(oneSourceLost));
    QTRY_COMPARE(refreshed.count(), 3);
    QVERIFY2(watch->lastError().startsWith(u"SeatGeek did not accept the API key. The gigs of the "
                                           u"other sources are shown, and gigmap asks again in "_s),
        qPrintable(watch->lastError()));
    QCOMPARE(watch->sourceStates(), oneSourceLost.sources); // for the status bar
    QCOMPARE(m_store->eventIdsOf(m_place.id), (QStringList { u"e1"_s, u"e2"_s, u"e3"_s }));
    QCOMPARE(m_store->eventById(u"e1"_s).freshness, Freshness::Fresh);
    QCOMPARE(m_store->eventById(u"e3"_s).freshness, Freshness::Fresh);
    QCOMPARE(m_store->eventById(u"e2"_s).freshness, Freshness::Stale); // unconfirmed: kept
    QCOMPARE(m_store->location(m_place.id).freshness, Freshness::Stale);

    // Asked again with a failure's backoff; every page read: fresh, e2 gone.
    QTRY_COMPARE(m_source->fetchCount(), 4);
    QVERIFY(m_source->answer(batchOf({ u"e1"_s, u"e3"_s }, day())));
    QTRY_COMPARE(refreshed.count(), 4);
    QCOMPARE(watch->state(), LocationWatch::State::Fresh);
    QVERIFY(watch->lastError().isEmpty());
    QVERIFY(watch->missingPages().isEmpty());
    QVERIFY(watch->sourceStates().isEmpty()); // one source answered alone
    QCOMPARE(m_store->eventIdsOf(m_place.id), (QStringList { u"e1"_s, u"e3"_s }));
}

QTEST_GUILESS_MAIN(TestLocationWatch)
#include "tst_locationwatch.moc"
