#include "models/gigstore.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using gig::Cached;
using gig::Freshness;
using gig::GigStore;

namespace {

const QDateTime t0(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);

gig::Event makeEvent(const QString &id, QDate date, std::optional<QTime> time = QTime(20, 0),
    std::optional<int> offset = 3600, QStringList lineup = {})
{
    gig::Event event;
    event.id = id;
    event.name = u"Gig "_s + id;
    event.start = gig::EventStart(date, time, offset);
    event.venue = { u"Hall"_s, QGeoCoordinate(52.5, 13.4), u"Berlin"_s, u"DE"_s };
    event.lineup = std::move(lineup);
    return event;
}

gig::Location makeLocation(const QString &id, QStringList eventIds)
{
    gig::Location location;
    location.id = id;
    location.name = id;
    location.coordinate = QGeoCoordinate(52.5, 13.4);
    location.eventIds = std::move(eventIds);
    return location;
}

QSet<QString> idSet(const QStringList &ids)
{
    return QSet<QString>(ids.cbegin(), ids.cend());
}

} // namespace

class TestGigStore : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void upsertedRowsComeBackWithStamps();
    void unknownIdsArePending();
    void freshnessFollowsTheClock();
    void markStaleKeepsValueAndLeavesPendingAlone();
    void eventsAreSharedByLocations();
    void eventsOfLocationAreSortedByStart();
    void lineupListsPendingArtists();
    void thousandRowBatchEmitsOneSignal();
    void nestedBatchesEmitOnceAtTheOutermostEnd();
    void unchangedUpsertEmitsNothing();
    void latestReleaseKnowsDefiniteNone();
    void lacksFreshReleaseListsMissingAndStaleOnce();
    void watchLocationKeepsEventsAndStamps();
    void sweepDropsUnreferencedRowsNotOldOnes();
    void sweepDropsGigsThatAreOver();
    void sweepReportsRemovalsInOneBatch();
    void sweepStaysRightAfterForgettingManyArtists();
    void sweepKeepsEventsThatArriveAfterTheirPlace();
    void gigIsOverAfterItsDay_data();
    void gigIsOverAfterItsDay();
    void restoreWritesSnapshotVerbatim();

private:
    QDateTime m_now;
    std::unique_ptr<GigStore> m_store;
};

void TestGigStore::init()
{
    m_now = t0;
    m_store = std::make_unique<GigStore>();
    m_store->setClock([this] { return m_now; });
}

void TestGigStore::upsertedRowsComeBackWithStamps()
{
    const gig::Event event
        = makeEvent(u"tm:1"_s, QDate(2026, 12, 5), QTime(20, 0), 3600, { u"tm:a"_s });
    m_store->upsertEvents({ event }, t0, t0.addSecs(3600));
    const Cached<gig::Event> row = m_store->eventById(u"tm:1"_s);
    QCOMPARE(row.value, event);
    QCOMPARE(row.freshness, Freshness::Fresh);
    QCOMPARE(row.fetchedAt, t0);
    QCOMPARE(row.expiresAt, t0.addSecs(3600));

    const gig::Artist artist { u"tm:a"_s, u"mbid-a"_s, u"Sigur Rós"_s, { u"mbid-b"_s } };
    m_store->upsertArtists({ artist }, t0, t0.addDays(1));
    QCOMPARE(m_store->artist(u"tm:a"_s).value, artist);
    QCOMPARE(m_store->artist(u"tm:a"_s).freshness, Freshness::Fresh);

    gig::Event changed = event;
    changed.name = u"Renamed"_s;
    m_store->upsertEvents({ changed }, t0.addSecs(60), t0.addSecs(7200));
    QCOMPARE(m_store->eventById(u"tm:1"_s).value.name, u"Renamed"_s);
    QCOMPARE(m_store->eventById(u"tm:1"_s).fetchedAt, t0.addSecs(60));
    QCOMPARE(m_store->eventCount(), 1);
}

void TestGigStore::unknownIdsArePending()
{
    const auto event = m_store->eventById(u"nope"_s);
    QVERIFY(event.isPending());
    QCOMPARE(event.value.id, u"nope"_s);
    QVERIFY(!event.fetchedAt.isValid());
    QVERIFY(m_store->artist(u"a"_s).isPending());
    QVERIFY(m_store->location(u"l"_s).isPending());
    const auto release = m_store->latestRelease(u"mbid"_s);
    QVERIFY(release.isPending());
    QCOMPARE(release.value.artistMbid, u"mbid"_s);
    QVERIFY(!release.value.release.has_value());
}

void TestGigStore::freshnessFollowsTheClock()
{
    m_store->upsertEvents({ makeEvent(u"e"_s, QDate(2026, 12, 5)) }, t0, t0.addSecs(600));
    m_store->upsertArtists({ { u"a"_s, {}, u"A"_s, {} } }, t0, {}); // never expires
    QCOMPARE(m_store->eventById(u"e"_s).freshness, Freshness::Fresh);
    m_now = t0.addSecs(599);
    QCOMPARE(m_store->eventById(u"e"_s).freshness, Freshness::Fresh);
    m_now = t0.addSecs(600);
    QCOMPARE(m_store->eventById(u"e"_s).freshness, Freshness::Stale);
    QCOMPARE(m_store->eventById(u"e"_s).value.id, u"e"_s); // the value stays
    m_now = t0.addYears(10);
    QCOMPARE(m_store->artist(u"a"_s).freshness, Freshness::Fresh);
}

void TestGigStore::markStaleKeepsValueAndLeavesPendingAlone()
{
    const gig::Location location = makeLocation(u"berlin"_s, { u"e"_s });
    m_store->upsertEvents({ makeEvent(u"e"_s, QDate(2026, 12, 5)) }, t0, t0.addDays(1));
    m_store->upsertLocation(location, t0, t0.addDays(1));
    m_store->watchLocation(makeLocation(u"never"_s, {}));
    m_store->upsertLatestRelease({ u"m"_s, std::nullopt }, t0, t0.addDays(7));

    QSignalSpy locations(m_store.get(), &GigStore::locationsChanged);
    m_now = t0.addSecs(60);
    m_store->markLocationStale(u"berlin"_s);
    m_store->markLocationStale(u"never"_s);
    m_store->markLocationStale(u"unknown"_s);
    m_store->markEventsStale({ u"e"_s });
    m_store->markReleasesStale({ u"m"_s });

    const auto row = m_store->location(u"berlin"_s);
    QCOMPARE(row.freshness, Freshness::Stale);
    QCOMPARE(row.value.eventIds, location.eventIds);
    QCOMPARE(row.fetchedAt, t0);
    QCOMPARE(m_store->eventById(u"e"_s).freshness, Freshness::Stale);
    QCOMPARE(m_store->eventById(u"e"_s).value.name, u"Gig e"_s);
    QCOMPARE(m_store->latestRelease(u"m"_s).freshness, Freshness::Stale);
    QCOMPARE(m_store->location(u"never"_s).freshness, Freshness::Pending);
    QCOMPARE(locations.count(), 1); // only the row whose freshness changed
    QCOMPARE(locations.at(0).at(0).value<QSet<QString>>(), QSet<QString> { u"berlin"_s });

    // A later successful refresh makes it fresh again.
    m_store->upsertLocation(location, m_now, m_now.addDays(1));
    QCOMPARE(m_store->location(u"berlin"_s).freshness, Freshness::Fresh);
}

void TestGigStore::eventsAreSharedByLocations()
{
    m_store->upsertEvents(
        { makeEvent(u"shared"_s, QDate(2026, 12, 5)), makeEvent(u"only-a"_s, QDate(2026, 12, 6)) },
        t0, t0.addDays(1));
    m_store->upsertLocation(makeLocation(u"a"_s, { u"shared"_s, u"only-a"_s }), t0, t0.addDays(1));
    m_store->upsertLocation(makeLocation(u"b"_s, { u"shared"_s }), t0, t0.addDays(1));
    QCOMPARE(m_store->eventCount(), 2);

    gig::Event updated = makeEvent(u"shared"_s, QDate(2026, 12, 5));
    updated.status = gig::EventStatus::Cancelled;
    m_store->upsertEvents({ updated }, t0, t0.addDays(1));
    QCOMPARE(m_store->eventsOf(u"a"_s).at(0).value.status, gig::EventStatus::Cancelled);
    QCOMPARE(m_store->eventsOf(u"b"_s).at(0).value.status, gig::EventStatus::Cancelled);
    QCOMPARE(m_store->eventCount(), 2);
    QCOMPARE(m_store->locationsContaining(u"shared"_s), (QStringList { u"a"_s, u"b"_s }));

    // Leaving one place keeps the events the other still shows.
    m_store->unwatchLocation(u"a"_s);
    m_store->sweep(t0);
    QVERIFY(m_store->containsEvent(u"shared"_s));
    QVERIFY(!m_store->containsEvent(u"only-a"_s));
}

void TestGigStore::eventsOfLocationAreSortedByStart()
{
    const QDate day(2026, 12, 5);
    m_store->upsertEvents({ makeEvent(u"late"_s, day, QTime(23, 0), 3600),
                              makeEvent(u"next-day"_s, day.addDays(1), std::nullopt, std::nullopt),
                              makeEvent(u"untimed"_s, day, std::nullopt, std::nullopt),
                              makeEvent(u"early-utc"_s, day, QTime(18, 0), 0),
                              makeEvent(u"early-cet"_s, day, QTime(18, 0), 3600),
                              makeEvent(u"b-same"_s, day, QTime(21, 0), 0),
                              makeEvent(u"a-same"_s, day, QTime(21, 0), 0) },
        t0, t0.addDays(1));
    m_store->upsertLocation(makeLocation(u"p"_s,
                                { u"late"_s, u"next-day"_s, u"untimed"_s, u"early-utc"_s,
                                    u"missing"_s, u"early-cet"_s, u"b-same"_s, u"a-same"_s }),
        t0, t0.addDays(1));
    // By local date and time as a person reads them, the untimed gig after its day's timed ones.
    const QStringList expected { u"early-cet"_s, u"early-utc"_s, u"a-same"_s, u"b-same"_s,
        u"late"_s, u"untimed"_s, u"next-day"_s };
    QCOMPARE(m_store->eventIdsOf(u"p"_s), expected);
    const auto events = m_store->eventsOf(u"p"_s);
    QCOMPARE(events.size(), expected.size());
    for (qsizetype i = 0; i < events.size(); ++i)
        QCOMPARE(events.at(i).value.id, expected.at(i));
    QVERIFY(m_store->eventsOf(u"unknown"_s).isEmpty());
}

void TestGigStore::lineupListsPendingArtists()
{
    m_store->upsertEvents(
        { makeEvent(u"e"_s, QDate(2026, 12, 5), QTime(20, 0), 0, { u"known"_s, u"unknown"_s }) },
        t0, t0.addDays(1));
    m_store->upsertArtists({ { u"known"_s, u"m1"_s, u"Known"_s, {} } }, t0, t0.addDays(1));
    const auto lineup = m_store->lineupOf(u"e"_s);
    QCOMPARE(lineup.size(), 2);
    QCOMPARE(lineup.at(0).value.name, u"Known"_s);
    QVERIFY(lineup.at(0).isFresh());
    QCOMPARE(lineup.at(1).value.id, u"unknown"_s);
    QVERIFY(lineup.at(1).isPending());
}

void TestGigStore::thousandRowBatchEmitsOneSignal()
{
    QSignalSpy events(m_store.get(), &GigStore::eventsChanged);
    QSignalSpy artists(m_store.get(), &GigStore::artistsChanged);
    QSignalSpy finished(m_store.get(), &GigStore::batchFinished);
    QStringList ids;
    {
        GigStore::Batch batch(*m_store);
        for (int i = 0; i < 1000; ++i) {
            const QString id = u"e%1"_s.arg(i);
            ids.append(id);
            m_store->upsertEvents({ makeEvent(id, QDate(2026, 12, 5)) }, t0, t0.addDays(1));
            m_store->upsertArtists({ { u"a%1"_s.arg(i), {}, u"A"_s, {} } }, t0, t0.addDays(1));
        }
        QCOMPARE(events.count(), 0);
    }
    QCOMPARE(events.count(), 1);
    QCOMPARE(events.at(0).at(0).value<QSet<QString>>(), idSet(ids));
    QVERIFY(events.at(0).at(1).value<QSet<QString>>().isEmpty());
    QCOMPARE(artists.count(), 1);
    QCOMPARE(artists.at(0).at(0).value<QSet<QString>>().size(), 1000);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toULongLong(), m_store->revision());
}

void TestGigStore::nestedBatchesEmitOnceAtTheOutermostEnd()
{
    QSignalSpy events(m_store.get(), &GigStore::eventsChanged);
    m_store->beginBatch();
    {
        GigStore::Batch inner(*m_store);
        m_store->upsertEvents({ makeEvent(u"x"_s, QDate(2026, 12, 5)) }, t0, t0.addDays(1));
    }
    QVERIFY(m_store->isInBatch());
    QCOMPARE(events.count(), 0);
    m_store->upsertEvents({ makeEvent(u"y"_s, QDate(2026, 12, 5)) }, t0, t0.addDays(1));
    m_store->endBatch();
    QCOMPARE(events.count(), 1);
    QCOMPARE(events.at(0).at(0).value<QSet<QString>>(), (QSet<QString> { u"x"_s, u"y"_s }));

    // Without a Batch every write is a batch of its own.
    m_store->upsertEvents({ makeEvent(u"z"_s, QDate(2026, 12, 5)) }, t0, t0.addDays(1));
    QCOMPARE(events.count(), 2);
}

void TestGigStore::unchangedUpsertEmitsNothing()
{
    const gig::Event event = makeEvent(u"e"_s, QDate(2026, 12, 5));
    m_store->upsertEvents({ event }, t0, t0.addDays(1));
    const quint64 revision = m_store->revision();
    QSignalSpy events(m_store.get(), &GigStore::eventsChanged);
    QSignalSpy finished(m_store.get(), &GigStore::batchFinished);
    m_store->upsertEvents({ event }, t0, t0.addDays(1));
    QCOMPARE(events.count(), 0);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(m_store->revision(), revision);
    m_store->upsertEvents({ event }, t0.addSecs(1), t0.addDays(1)); // refetched: stamps change
    QCOMPARE(events.count(), 1);
}

void TestGigStore::latestReleaseKnowsDefiniteNone()
{
    QSignalSpy releases(m_store.get(), &GigStore::releasesChanged);
    m_store->upsertLatestRelease({ u"none"_s, std::nullopt }, t0, t0.addDays(7));
    const gig::Release album { u"rg"_s, u"Ágætis byrjun"_s, gig::ReleaseType::Album,
        gig::PartialDate::fromYear(1999) };
    m_store->upsertLatestRelease({ u"some"_s, album }, t0, t0.addDays(7));

    const auto none = m_store->latestRelease(u"none"_s);
    QCOMPARE(none.freshness, Freshness::Fresh);
    QVERIFY(!none.value.release.has_value());
    QCOMPARE(m_store->latestRelease(u"some"_s).value.release, std::optional(album));
    QCOMPARE(releases.count(), 2);
    QCOMPARE(releases.at(1).at(0).value<QSet<QString>>(), QSet<QString> { u"some"_s });
}

void TestGigStore::lacksFreshReleaseListsMissingAndStaleOnce()
{
    m_store->upsertEvents(
        { makeEvent(
              u"soon"_s, QDate(2026, 11, 10), QTime(20, 0), 0, { u"a-missing"_s, u"a-fresh"_s }),
            makeEvent(u"later"_s, QDate(2026, 12, 10), QTime(20, 0), 0,
                { u"a-stale"_s, u"a-nombid"_s, u"a-pending"_s, u"a-none"_s, u"a-dup"_s }) },
        t0, t0.addDays(1));
    m_store->upsertArtists(
        { { u"a-missing"_s, u"m-missing"_s, u"Missing"_s, {} },
            { u"a-fresh"_s, u"m-fresh"_s, u"Fresh"_s, {} },
            { u"a-stale"_s, u"m-stale"_s, u"Stale"_s, {} }, { u"a-nombid"_s, {}, u"No MBID"_s, {} },
            { u"a-none"_s, u"m-none"_s, u"None"_s, {} },
            { u"a-dup"_s, u"m-missing"_s, u"Same MBID"_s, {} } },
        t0, t0.addDays(1));
    m_store->upsertLatestRelease({ u"m-fresh"_s, gig::Release {} }, t0, t0.addDays(7));
    m_store->upsertLatestRelease({ u"m-none"_s, std::nullopt }, t0, t0.addDays(7));
    m_store->upsertLatestRelease({ u"m-stale"_s, gig::Release {} }, t0.addDays(-8), t0.addDays(-1));

    // Soonest gig first: m-missing plays on Nov 10, m-stale on Dec 10.
    QCOMPARE(m_store->artistsLackingFreshRelease(), (QStringList { u"m-missing"_s, u"m-stale"_s }));

    m_store->upsertLatestRelease({ u"m-missing"_s, std::nullopt }, t0, t0.addDays(7));
    QCOMPARE(m_store->artistsLackingFreshRelease(), QStringList { u"m-stale"_s });
    m_now = t0.addDays(8); // everything expired
    QCOMPARE(m_store->artistsLackingFreshRelease().size(), 4);
}

void TestGigStore::watchLocationKeepsEventsAndStamps()
{
    m_store->watchLocation(makeLocation(u"p"_s, {}));
    QVERIFY(m_store->location(u"p"_s).isPending());
    m_store->upsertLocation(makeLocation(u"p"_s, { u"e"_s }), t0, t0.addDays(1));
    QCOMPARE(m_store->location(u"p"_s).value.refreshedAt, t0);

    gig::Location renamed = makeLocation(u"p"_s, {});
    renamed.name = u"Köln"_s;
    renamed.radiusKm = 5;
    m_store->watchLocation(renamed);
    const auto row = m_store->location(u"p"_s);
    QCOMPARE(row.value.name, u"Köln"_s);
    QCOMPARE(row.value.radiusKm, 5.0);
    QCOMPARE(row.value.eventIds, QStringList { u"e"_s });
    QCOMPARE(row.freshness, Freshness::Fresh);
    QCOMPARE(row.fetchedAt, t0);
}

void TestGigStore::sweepDropsUnreferencedRowsNotOldOnes()
{
    m_store->upsertEvents(
        { makeEvent(u"kept"_s, QDate(2026, 12, 5), QTime(20, 0), 0, { u"a-kept"_s }),
            makeEvent(u"orphan"_s, QDate(2026, 12, 5), QTime(20, 0), 0, { u"a-orphan"_s }) },
        t0.addDays(-30), t0.addDays(-29)); // long expired: stale, but referenced
    m_store->upsertArtists({ { u"a-kept"_s, u"m-kept"_s, u"Kept"_s, {} },
                               { u"a-orphan"_s, u"m-orphan"_s, u"Orphan"_s, {} },
                               { u"a-loose"_s, u"m-loose"_s, u"Loose"_s, {} } },
        t0, t0.addDays(1));
    m_store->upsertLatestRelease({ u"m-kept"_s, std::nullopt }, t0, t0.addDays(1));
    m_store->upsertLatestRelease({ u"m-orphan"_s, std::nullopt }, t0, t0.addDays(1));
    m_store->upsertLocation(makeLocation(u"p"_s, { u"kept"_s }), t0, t0.addDays(1));

    const GigStore::SweepResult result = m_store->sweep(t0);
    QCOMPARE(result, (GigStore::SweepResult { 1, 2, 1 }));
    QVERIFY(m_store->containsEvent(u"kept"_s));
    QCOMPARE(m_store->eventById(u"kept"_s).freshness, Freshness::Stale);
    QVERIFY(!m_store->containsEvent(u"orphan"_s));
    QCOMPARE(m_store->artistIds(), QStringList { u"a-kept"_s });
    QCOMPARE(m_store->releaseMbids(), QStringList { u"m-kept"_s });

    // A second sweep finds nothing more.
    QCOMPARE(m_store->sweep(t0), GigStore::SweepResult {});
}

void TestGigStore::sweepDropsGigsThatAreOver()
{
    m_store->upsertEvents({ makeEvent(u"past"_s, QDate(2026, 10, 30), QTime(20, 0), 0),
                              makeEvent(u"today"_s, QDate(2026, 11, 1), QTime(20, 0), 0),
                              makeEvent(u"future"_s, QDate(2026, 11, 20)) },
        t0, t0.addDays(1));
    m_store->upsertLocation(
        makeLocation(u"p"_s, { u"past"_s, u"today"_s, u"future"_s }), t0, t0.addDays(1));
    m_store->sweep(t0);
    QVERIFY(!m_store->containsEvent(u"past"_s));
    QCOMPARE(m_store->location(u"p"_s).value.eventIds, (QStringList { u"today"_s, u"future"_s }));
    QCOMPARE(m_store->location(u"p"_s).fetchedAt, t0); // pruning is not a refresh

    m_store->sweep(QDateTime(QDate(2026, 11, 2), QTime(6, 0), Qt::UTC));
    QVERIFY(!m_store->containsEvent(u"today"_s));
    QVERIFY(m_store->containsEvent(u"future"_s));
}

void TestGigStore::sweepReportsRemovalsInOneBatch()
{
    QStringList ids;
    QList<gig::Event> events;
    for (int i = 0; i < 500; ++i) {
        ids.append(u"e%1"_s.arg(i));
        events.append(makeEvent(ids.last(), QDate(2026, 12, 5)));
    }
    m_store->upsertEvents(events, t0, t0.addDays(1));
    m_store->upsertLocation(makeLocation(u"p"_s, ids), t0, t0.addDays(1));
    m_store->unwatchLocation(u"p"_s);

    QSignalSpy changed(m_store.get(), &GigStore::eventsChanged);
    QCOMPARE(m_store->sweep(t0).events, 500);
    QCOMPARE(changed.count(), 1);
    QVERIFY(changed.at(0).at(0).value<QSet<QString>>().isEmpty());
    QCOMPARE(changed.at(0).at(1).value<QSet<QString>>(), idSet(ids));
    QCOMPARE(m_store->eventCount(), 0);
}

void TestGigStore::sweepStaysRightAfterForgettingManyArtists()
{
    // 10,000 artists come and go (the store then drops the ids it interned for them).
    QList<gig::Event> events;
    QList<gig::Artist> artists;
    QStringList ids;
    for (int i = 0; i < 10000; ++i) {
        const QString artistId = u"old-a%1"_s.arg(i);
        events.append(
            makeEvent(u"old-e%1"_s.arg(i), QDate(2026, 12, 5), QTime(20, 0), 0, { artistId }));
        artists.append({ artistId, {}, u"Old"_s, {} });
        ids.append(events.last().id);
    }
    m_store->upsertEvents(events, t0, t0.addDays(1));
    m_store->upsertArtists(artists, t0, t0.addDays(1));
    m_store->upsertLocation(makeLocation(u"old"_s, ids), t0, t0.addDays(1));
    m_store->unwatchLocation(u"old"_s);
    QCOMPARE(m_store->sweep(t0), (GigStore::SweepResult { 10000, 10000, 0 }));

    // Artists known before and after the forgetting are still told apart correctly.
    m_store->upsertArtists(
        { { u"old-a7"_s, {}, u"Back"_s, {} }, { u"loose"_s, {}, u"Loose"_s, {} } }, t0,
        t0.addDays(1));
    m_store->upsertEvents(
        { makeEvent(u"new"_s, QDate(2026, 12, 5), QTime(20, 0), 0, { u"old-a7"_s, u"fresh-a"_s }) },
        t0, t0.addDays(1));
    m_store->upsertArtists({ { u"fresh-a"_s, {}, u"Fresh"_s, {} } }, t0, t0.addDays(1));
    m_store->upsertLocation(makeLocation(u"p"_s, { u"new"_s }), t0, t0.addDays(1));
    QCOMPARE(m_store->sweep(t0), (GigStore::SweepResult { 0, 1, 0 }));
    QStringList kept = m_store->artistIds();
    kept.sort();
    QCOMPARE(kept, (QStringList { u"fresh-a"_s, u"old-a7"_s }));
}

void TestGigStore::sweepKeepsEventsThatArriveAfterTheirPlace()
{
    // The place lists the gig before the store holds it (a refresh in two steps).
    m_store->upsertLocation(makeLocation(u"p"_s, { u"late"_s, u"gone"_s }), t0, t0.addDays(1));
    QCOMPARE(m_store->sweep(t0), (GigStore::SweepResult {}));
    QCOMPARE(m_store->location(u"p"_s).value.eventIds, (QStringList { u"late"_s, u"gone"_s }));
    m_store->upsertEvents(
        { makeEvent(u"late"_s, QDate(2026, 12, 5)), makeEvent(u"gone"_s, QDate(2026, 10, 5)),
            makeEvent(u"stray"_s, QDate(2026, 12, 5)) },
        t0, t0.addDays(1));
    // "late" stays, "gone" is over and leaves the place, "stray" no place lists.
    QCOMPARE(m_store->sweep(t0), (GigStore::SweepResult { 2, 0, 0 }));
    QVERIFY(m_store->containsEvent(u"late"_s));
    QCOMPARE(m_store->location(u"p"_s).value.eventIds, QStringList { u"late"_s });

    // Removed by a restore, then back: it is still the place's.
    gig::StoreSnapshot removal;
    removal.removedEventIds = { u"late"_s };
    m_store->restore(removal);
    QCOMPARE(m_store->sweep(t0), (GigStore::SweepResult {}));
    QCOMPARE(m_store->location(u"p"_s).value.eventIds, QStringList { u"late"_s });
    m_store->upsertEvents({ makeEvent(u"late"_s, QDate(2026, 12, 6)) }, t0, t0.addDays(1));
    QCOMPARE(m_store->sweep(t0), (GigStore::SweepResult {}));
    QVERIFY(m_store->containsEvent(u"late"_s));
}

void TestGigStore::gigIsOverAfterItsDay_data()
{
    QTest::addColumn<gig::EventStart>("start");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<bool>("over");
    const QDate day(2026, 11, 1);
    const auto at = [](int dayOffset, int hour) {
        return QDateTime(QDate(2026, 11, 1).addDays(dayOffset), QTime(hour, 0), Qt::UTC);
    };
    // UTC+1: the day ends at 23:00 UTC, plus 6 h of grace → 05:00 UTC next day.
    QTest::newRow("offset, before")
        << gig::EventStart(day, QTime(20, 0), 3600) << at(1, 4) << false;
    QTest::newRow("offset, after") << gig::EventStart(day, QTime(20, 0), 3600) << at(1, 5) << true;
    // No offset: read in UTC-12 → day ends 12:00 UTC next day, over at 18:00 UTC.
    QTest::newRow("no offset, before") << gig::EventStart(day) << at(1, 17) << false;
    QTest::newRow("no offset, after") << gig::EventStart(day) << at(1, 18) << true;
    QTest::newRow("invalid never") << gig::EventStart() << at(1000, 0) << false;
}

void TestGigStore::gigIsOverAfterItsDay()
{
    QFETCH(gig::EventStart, start);
    QFETCH(QDateTime, now);
    QFETCH(bool, over);
    gig::Event event;
    event.start = start;
    QCOMPARE(GigStore::isOver(event, now), over);
}

void TestGigStore::restoreWritesSnapshotVerbatim()
{
    m_store->upsertEvents(
        { makeEvent(u"e"_s, QDate(2026, 12, 5), QTime(20, 0), 0, { u"a"_s }) }, t0, t0.addDays(1));
    m_store->upsertArtists({ { u"a"_s, u"m"_s, u"A"_s, {} } }, t0, t0.addDays(1));
    m_store->upsertLatestRelease({ u"m"_s, std::nullopt }, t0, t0.addSecs(10));
    m_store->upsertLocation(makeLocation(u"p"_s, { u"e"_s }), t0, t0.addDays(1));
    m_store->watchLocation(makeLocation(u"pending"_s, {}));
    const gig::StoreSnapshot snapshot = m_store->snapshot();
    QCOMPARE(snapshot.events.size(), 1);
    QCOMPARE(snapshot.locations.size(), 2);

    GigStore copy;
    copy.setClock([this] { return m_now; });
    QSignalSpy finished(&copy, &GigStore::batchFinished);
    copy.restore(snapshot);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(copy.eventById(u"e"_s), m_store->eventById(u"e"_s));
    QCOMPARE(copy.artist(u"a"_s), m_store->artist(u"a"_s));
    QCOMPARE(copy.latestRelease(u"m"_s), m_store->latestRelease(u"m"_s));
    QCOMPARE(copy.location(u"p"_s), m_store->location(u"p"_s));
    QVERIFY(copy.location(u"pending"_s).isPending());
    QCOMPARE(copy.eventIdsOf(u"p"_s), QStringList { u"e"_s });

    gig::StoreSnapshot removal;
    removal.removedEventIds = { u"e"_s };
    removal.removedLocationIds = { u"p"_s };
    copy.restore(removal);
    QVERIFY(!copy.containsEvent(u"e"_s));
    QVERIFY(!copy.containsLocation(u"p"_s));
}

QTEST_GUILESS_MAIN(TestGigStore)
#include "tst_gigstore.moc"
