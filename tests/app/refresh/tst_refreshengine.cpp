// The refresh engine against the sandbox: watches fill the store, releases follow once per MBID,
// near picks share, idle places expire, and one failing place never harms the others.
#include "app/refresh/refreshengine.h"
#include "app/sandbox/sandboxworld.h"
#include "app/sources/artistsearch.h"
#include "enginefixture.h"
#include "models/lineupreleases.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using gig::LocationWatch;
using gig::testing::EngineFixture;

namespace {

const QGeoCoordinate berlin(52.52, 13.405);
const QGeoCoordinate lisbon(38.72, -9.14); // a smaller place than Berlin: fewer artists to ask

// A point `km` east of `from`.
QGeoCoordinate eastOf(const QGeoCoordinate &from, double km)
{
    return from.atDistanceAndAzimuth(km * 1000.0, 90.0);
}

bool waitForIdle(gig::ReleaseRefresher &releases, int timeoutMs = 60000)
{
    QTest::qWait(0);
    if (releases.isIdle())
        return true;
    QSignalSpy idle(&releases, &gig::ReleaseRefresher::idle);
    return idle.wait(timeoutMs);
}

// The demo, every service it asks answered by the fixture's sandbox.
gig::EngineConfig demoOnSandbox(const EngineFixture &fixture)
{
    gig::EngineConfig config;
    for (const gig::Service service : { gig::Service::Ticketmaster, gig::Service::SeatGeek,
             gig::Service::MusicBrainz, gig::Service::Nominatim })
        config.urls.insert(service, fixture.sandbox.serviceRoot(service));
    return config;
}

} // namespace

class TestRefreshEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void placeRefreshFillsStoreThenEveryRelease();
    void placesSharingArtistsAskEachMbidOnce();
    void nearPicksShareOneWatch_data();
    void nearPicksShareOneWatch();
    void idlePlacesExpireSavedOnesStay();
    void freshCacheMeansNoRequestAtStart();
    void refreshKeepsWhatTheNameSearchFound();
    void namesakesStayUnresolvedAndBillingArrives();
    void failingPlaceStaysStaleWhileOthersStayFresh();
    void lostPageKeepsWhatWasReadAndIsAskedAgain();
    void otherReleaseTypesFetchEveryReleaseAgain();
    void otherSourcesReplaceTheGigsAtOnce();
    void unwatchedPlaceIsNotWrittenBackByItsLastAnswer();
    void hugeAnswerIsCutAtTheCapAndKeepsTheCache();
};

void TestRefreshEngine::placeRefreshFillsStoreThenEveryRelease()
{
    EngineFixture engine(600);
    LocationWatch *watch = engine.registry->watch(berlin, 30, u"Berlin"_s);
    QSignalSpy refreshed(watch, &LocationWatch::refreshed);
    QVERIFY(refreshed.wait(20000));
    QCOMPARE(watch->state(), LocationWatch::State::Fresh);

    const auto events = engine.store.eventsOf(watch->locationId());
    QVERIFY(!events.isEmpty());
    QVERIFY(engine.store.location(watch->locationId()).isFresh());
    QVERIFY(waitForIdle(*engine.releases));

    // Every MBID of the place's lineups now has a definite answer, asked once.
    QSet<QString> mbids;
    for (const auto &event : events) {
        for (const QString &artistId : event.value.lineup) {
            const QString mbid = engine.store.artist(artistId).value.mbid;
            if (!mbid.isEmpty())
                mbids.insert(mbid);
        }
    }
    QVERIFY(!mbids.isEmpty());
    // Asked once: by one browse, or named once in each window's search until one decided it.
    QHash<QString, int> asks;
    QSet<QString> asked;
    for (const auto &[mbid, how] : engine.releaseAsks()) {
        ++asks[mbid + u'|' + how];
        asked.insert(mbid);
    }
    for (auto it = asks.cbegin(); it != asks.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(it.key()));
    for (const QString &mbid : mbids) {
        QVERIFY2(!engine.store.latestRelease(mbid).isPending(), qPrintable(mbid));
        QVERIFY2(asked.contains(mbid), qPrintable(mbid));
    }
    QVERIFY(engine.store.artistsLackingFreshRelease().isEmpty());
}

void TestRefreshEngine::placesSharingArtistsAskEachMbidOnce()
{
    EngineFixture engine(600);
    QList<LocationWatch *> watches;
    for (int i = 0; i < 5; ++i)
        watches.append(engine.registry->watch(eastOf(berlin, 3.0 * i), 30));
    QCOMPARE(QSet<LocationWatch *>(watches.cbegin(), watches.cend()).size(), 5);
    for (LocationWatch *watch : watches)
        QTRY_COMPARE_WITH_TIMEOUT(watch->state(), LocationWatch::State::Fresh, 20000);
    QVERIFY(waitForIdle(*engine.releases));

    // The five places share gigs and artists; each MBID was still asked about once: by one
    // browse, or named in one search of each window until one decided it.
    QHash<QString, int> asks;
    for (const auto &[mbid, how] : engine.releaseAsks())
        ++asks[mbid + u'|' + how];
    QVERIFY(!asks.isEmpty());
    for (auto it = asks.cbegin(); it != asks.cend(); ++it)
        QVERIFY2(
            it.value() == 1, qPrintable(it.key() + u" asked "_s + QString::number(it.value())));
    QCOMPARE(engine.releases->failures(), 0);
}

void TestRefreshEngine::nearPicksShareOneWatch_data()
{
    QTest::addColumn<double>("distanceKm");
    QTest::addColumn<double>("radiusKm");
    QTest::addColumn<bool>("shared");
    QTest::newRow("same point") << 0.0 << 30.0 << true;
    QTest::newRow("500 m away") << 0.5 << 30.0 << true;
    QTest::newRow("just inside 1 km") << 0.99 << 30.0 << true;
    QTest::newRow("1.5 km away") << 1.5 << 30.0 << false;
    QTest::newRow("same point, other radius") << 0.0 << 10.0 << false;
}

void TestRefreshEngine::nearPicksShareOneWatch()
{
    QFETCH(double, distanceKm);
    QFETCH(double, radiusKm);
    QFETCH(bool, shared);
    EngineFixture engine(600);
    LocationWatch *first = engine.registry->watch(berlin, 30);
    LocationWatch *second = engine.registry->watch(eastOf(berlin, distanceKm), radiusKm);
    QCOMPARE(first == second, shared);
    QCOMPARE(engine.registry->watches().size(), shared ? 1 : 2);
}

void TestRefreshEngine::idlePlacesExpireSavedOnesStay()
{
    gig::RefreshSettings settings;
    settings.idleExpiry = 2h; // 12 s of real time would be too long: the clock runs 3600×
    EngineFixture engine(3600, settings);
    LocationWatch *idle = engine.registry->watch(berlin, 30);
    LocationWatch *saved = engine.registry->watch(QGeoCoordinate(53.55, 9.99), 30); // Hamburg
    LocationWatch *shown = engine.registry->watch(QGeoCoordinate(48.14, 11.58), 30); // Munich
    const QString idleId = idle->locationId();
    const QString savedId = saved->locationId();
    const QString shownId = shown->locationId();
    engine.registry->setSaved(savedId, true);
    engine.registry->setShownLocation(shownId);

    QSignalSpy stopped(engine.registry.get(), &gig::LocationRegistry::watchStopped);
    QVERIFY(stopped.wait(10000));
    QCOMPARE(stopped.count(), 1);
    QCOMPARE(stopped.at(0).at(0).toString(), idleId);
    QVERIFY(!engine.store.containsLocation(idleId));
    QVERIFY(engine.store.containsLocation(savedId));
    QVERIFY(engine.store.containsLocation(shownId));
    QVERIFY(engine.registry->watchFor(savedId));

    // After the sweep the expired place's own gigs are gone; the others' stay.
    QTRY_VERIFY_WITH_TIMEOUT(engine.store.location(savedId).isFresh(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(engine.store.location(shownId).isFresh(), 10000);
    engine.store.sweep(engine.clock->systemNow());
    QVERIFY(!engine.store.eventIdsOf(savedId).isEmpty());
    QVERIFY(!engine.store.eventIdsOf(shownId).isEmpty());
    for (const QString &id : engine.store.eventIds())
        QVERIFY(!engine.store.locationsContaining(id).isEmpty());
}

void TestRefreshEngine::freshCacheMeansNoRequestAtStart()
{
    EngineFixture engine(600);
    LocationWatch *watch = engine.registry->watch(berlin, 30);
    QSignalSpy refreshed(watch, &LocationWatch::refreshed);
    QVERIFY(refreshed.wait(20000));
    QVERIFY(waitForIdle(*engine.releases));
    const gig::StoreSnapshot cached = engine.store.snapshot();

    // A second engine on the same sandbox, started from the cached rows: nothing to ask.
    EngineFixture restarted(600);
    restarted.store.restore(cached);
    restarted.sandbox.clearRequestLog();
    restarted.registry->resumeFromStore();
    restarted.releases->enqueueLacking();
    QCOMPARE(restarted.registry->watches().size(), 1);
    QCOMPARE(restarted.registry->watches().constFirst()->state(), LocationWatch::State::Fresh);
    QTest::qWait(300); // 3 logical minutes
    // No request at all: gigs and releases were fresh, and the artists without an MBID carry
    // the time their search by name found no match, so they are not searched again yet.
    QCOMPARE(restarted.sandbox.requestLog().size(), 0);
    QStringList withoutMbid;
    QSet<QString> namesWithoutMbid;
    for (const QString &id : restarted.store.artistIds()) {
        const gig::Artist artist = restarted.store.artist(id).value;
        if (artist.hasMbid())
            continue;
        withoutMbid.append(id);
        namesWithoutMbid.insert(artist.name);
        QVERIFY2(artist.mbidSearchedAt.isValid(), qPrintable(artist.name));
    }
    QVERIFY2(!withoutMbid.isEmpty(), "the sandbox leaves some artists without a match");

    // After the retry period they are searched again.
    gig::RefreshSettings soon;
    soon.nameSearchRetry = std::chrono::minutes(1);
    EngineFixture later(600, soon);
    gig::StoreSnapshot anHourLater = restarted.store.snapshot();
    for (gig::Cached<gig::Artist> &row : anHourLater.artists) {
        if (row.value.mbidSearchedAt.isValid())
            row.value.mbidSearchedAt = later.clock->systemNow().addSecs(-3600);
    }
    later.store.restore(anHourLater);
    later.sandbox.clearRequestLog();
    const QDateTime retriedFrom = later.clock->systemNow();
    later.releases->enqueueLacking();
    QVERIFY(waitForIdle(*later.releases));
    // Every one was searched again: it has an MBID now, or a new time of no match.
    for (const QString &id : std::as_const(withoutMbid)) {
        const gig::Artist artist = later.store.artist(id).value;
        QVERIFY2(artist.hasMbid() || artist.mbidSearchedAt >= retriedFrom, qPrintable(artist.name));
    }
    // Every name was asked, alone or with others in one search; the wire never sees more
    // searches than artists.
    QStringList queries;
    for (const gig::SandboxRequest &request : later.sandbox.requestLog()) {
        if (request.path.endsWith(u"/artist"_s)) {
            queries.append(QUrl::fromPercentEncoding(
                request.query.queryItemValue(u"query"_s, QUrl::FullyEncoded).toUtf8()));
        }
    }
    for (const QString &name : std::as_const(namesWithoutMbid)) {
        const QString phrase = gig::exactArtistQuery(name).mid(QStringView(u"artist:").size());
        QVERIFY2(std::any_of(queries.cbegin(), queries.cend(),
                     [&](const QString &query) { return query.contains(phrase); }),
            qPrintable(name));
    }
    QVERIFY2(queries.size() <= withoutMbid.size(), qPrintable(QString::number(queries.size())));
}

void TestRefreshEngine::refreshKeepsWhatTheNameSearchFound()
{
    EngineFixture engine(600);
    LocationWatch *watch = engine.registry->watch(lisbon, 10);
    QSignalSpy refreshed(watch, &LocationWatch::refreshed);
    QVERIFY(refreshed.wait(20000));
    QStringList withoutMbid; // as the source gave them, before any search answered
    for (const QString &id : engine.store.artistIds()) {
        if (!engine.store.artist(id).value.hasMbid())
            withoutMbid.append(id);
    }
    QVERIFY(!withoutMbid.isEmpty());
    QVERIFY(waitForIdle(*engine.releases));
    QHash<QString, gig::Artist> searched;
    int found = 0;
    for (const QString &id : std::as_const(withoutMbid)) {
        searched.insert(id, engine.store.artist(id).value);
        found += searched.value(id).hasMbid() ? 1 : 0;
    }
    QVERIFY2(found > 0, "the search finds some of them");

    watch->refreshNow();
    QVERIFY(refreshed.wait(20000));
    QVERIFY(waitForIdle(*engine.releases));
    for (auto it = searched.cbegin(); it != searched.cend(); ++it) {
        const gig::Artist now = engine.store.artist(it.key()).value;
        QCOMPARE(now.mbid, it->mbid);
        QCOMPARE(now.mbidSearchedAt, it->mbidSearchedAt);
    }
}

void TestRefreshEngine::namesakesStayUnresolvedAndBillingArrives()
{
    // Songkick's calendar for a place: its billing (some gigs have two headliners) and its
    // artists without MBIDs, each searched by name under the rule of one artist per name.
    EngineFixture engine(600);
    LocationWatch watch(gig::Location { u"sk"_s, u"Berlin"_s, berlin, 30, {}, {}, {} },
        engine.songkick.get(), &engine.store, engine.clock, engine.settings);
    QSignalSpy refreshed(&watch, &LocationWatch::refreshed);
    watch.refreshNow();
    QVERIFY(refreshed.wait(20000));
    engine.releases->enqueueLacking();
    QVERIFY(waitForIdle(*engine.releases));

    int coHeadlined = 0;
    for (const auto &event : engine.store.eventsOf(u"sk"_s)) {
        const gig::Event &gig = event.value;
        QCOMPARE(gig.billing.size(), gig.lineup.size());
        QVERIFY(gig.lineup.isEmpty() || gig.billingAt(0) == gig::Billing::Headline);
        coHeadlined += gig.lineup.size() > 1 && gig.billingAt(1) == gig::Billing::Headline ? 1 : 0;
    }
    QVERIFY2(coHeadlined > 0, "the sandbox bills some gigs with two headliners");

    // Each outcome agrees with the sandbox's world: "several" only where MusicBrainz (the
    // sandbox) has two or more artists of that name, "found" for one of that name.
    const auto world = std::make_shared<const gig::SandboxWorld>(7); // the fixture's seed
    QHash<QString, int> artistsByName; // name key → MusicBrainz artists (MBIDs) of that name
    for (int index = 0; index < gig::SandboxWorld::artistPoolSize; ++index) {
        const gig::SandboxArtist artist = world->artist(index);
        artistsByName[gig::artistNameKey(artist.name)] += int(artist.mbids.size());
    }
    QHash<int, int> outcomes; // int(gig::NameSearch) → artists
    for (const QString &id : engine.store.artistIds()) {
        const gig::Artist artist = engine.store.artist(id).value;
        ++outcomes[int(artist.nameSearch)];
        if (artist.nameSearch == gig::NameSearch::Several) {
            QVERIFY(!artist.hasMbid());
            QVERIFY2(
                artistsByName.value(gig::artistNameKey(artist.name)) >= 2, qPrintable(artist.name));
        } else if (artist.nameSearch == gig::NameSearch::Found) {
            const auto found = world->artistByMbid(artist.mbid);
            QVERIFY(found);
            QCOMPARE(gig::artistNameKey(world->artist(found->first).name),
                gig::artistNameKey(artist.name));
        } else if (artist.nameSearch == gig::NameSearch::NotSearched) {
            QVERIFY2(artist.hasMbid(), qPrintable(artist.name)); // the source gave it
        }
    }
    QVERIFY2(outcomes.value(int(gig::NameSearch::Several)) > 0, "the sandbox has namesakes");
    // The lineup says why such an artist has no release.
    for (const auto &event : engine.store.eventsOf(u"sk"_s)) {
        for (const gig::ArtistRelease &entry : gig::lineupReleases(engine.store, event.value)) {
            if (entry.artist.nameSearch == gig::NameSearch::Several)
                QCOMPARE(gig::releaseStateText(entry), u"several artists of that name"_s);
        }
    }
}

void TestRefreshEngine::failingPlaceStaysStaleWhileOthersStayFresh()
{
    EngineFixture engine(600);
    // Place A reads Ticketmaster, place B Songkick: A's service breaks, B's does not.
    LocationWatch a(gig::Location { u"a"_s, u"A"_s, berlin, 30, {}, {}, {} },
        engine.ticketmaster.get(), &engine.store, engine.clock, engine.settings);
    // B refreshes every 5 logical minutes (half a real second) while shown.
    gig::RefreshSettings bSettings = engine.settings;
    bSettings.shownInterval = std::chrono::minutes(5);
    LocationWatch b(gig::Location { u"b"_s, u"B"_s, eastOf(berlin, 300), 30, {}, {}, {} },
        engine.songkick.get(), &engine.store, engine.clock, bSettings);
    b.setShown(true);
    QSignalSpy aRefreshed(&a, &LocationWatch::refreshed);
    QSignalSpy bRefreshed(&b, &LocationWatch::refreshed);
    a.start();
    b.start();
    QTRY_COMPARE_WITH_TIMEOUT(aRefreshed.count(), 1, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(bRefreshed.count(), 1, 20000);
    const QStringList aEvents = engine.store.eventIdsOf(u"a"_s);
    QVERIFY(!aEvents.isEmpty());

    gig::SandboxFault outage;
    outage.kind = gig::SandboxFault::Kind::ServiceUnavailable;
    engine.sandbox.setFault(gig::SandboxService::Ticketmaster, outage);
    QSignalSpy aFailed(&a, &LocationWatch::refreshFailed);
    a.refreshNow();

    // A broken Ticketmaster until A has failed twice and B has refreshed again meanwhile (the
    // backoff's bounds and parking are LocationWatch's unit test).
    const qsizetype bBefore = bRefreshed.count();
    QTRY_VERIFY_WITH_TIMEOUT(aFailed.count() >= 2 && bRefreshed.count() > bBefore, 20000);
    // Between two tries (not during one):
    QTRY_VERIFY_WITH_TIMEOUT(
        a.state() == LocationWatch::State::Stale || a.state() == LocationWatch::State::Failing,
        10000);
    // RestartPolicy: 30 s, 60 s, 120 s … bounds: never a storm.
    QVERIFY2(aFailed.count() <= 14, qPrintable(QString::number(aFailed.count())));
    QVERIFY(!a.lastError().isEmpty());
    // A's gigs are still there, shown as stale.
    QCOMPARE(engine.store.eventIdsOf(u"a"_s), aEvents);
    QVERIFY(engine.store.location(u"a"_s).isStale());
    for (const QString &id : aEvents)
        QVERIFY(!engine.store.eventById(id).isPending());
    // B kept refreshing every (shown) 5 minutes and is fresh.
    QVERIFY(bRefreshed.count() >= 2);
    QVERIFY(
        b.state() == LocationWatch::State::Fresh || b.state() == LocationWatch::State::Refreshing);
    QVERIFY(b.lastError().isEmpty());
    QVERIFY(engine.store.location(u"b"_s).isFresh());

    // The outage ends; "Retry now" brings A back.
    engine.sandbox.clearFaults();
    a.refreshNow();
    QTRY_COMPARE_WITH_TIMEOUT(a.state(), LocationWatch::State::Fresh, 20000);
    QVERIFY(engine.store.location(u"a"_s).isFresh());
}

void TestRefreshEngine::lostPageKeepsWhatWasReadAndIsAskedAgain()
{
    EngineFixture engine(600);
    // Berlin's calendar has two pages. No reuse of a calendar read lately: each refresh reads.
    gig::SongkickSource::Config config { engine.sandbox.serviceRoot(gig::SandboxService::Songkick),
        u"test-key"_s };
    config.calendarReuse = std::chrono::milliseconds(0);
    gig::SongkickSource songkick(engine.queue.get(), config);
    LocationWatch watch(gig::Location { u"s"_s, u"S"_s, berlin, 30, {}, {}, {} }, &songkick,
        &engine.store, engine.clock, engine.settings);
    QSignalSpy refreshed(&watch, &LocationWatch::refreshed);
    watch.start();
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, 20000);
    const QStringList every = engine.store.eventIdsOf(u"s"_s);
    QVERIFY(every.size() > 10);
    QVERIFY(watch.missingPages().isEmpty());

    // Page 2 of the metro area's calendar answers garbage.
    gig::SandboxFault lost;
    lost.kind = gig::SandboxFault::Kind::MalformedJson;
    lost.match = u"page=2"_s;
    engine.sandbox.setFault(gig::SandboxService::Songkick, lost);
    QSignalSpy failed(&watch, &LocationWatch::refreshFailed);
    QSignalSpy states(&watch, &LocationWatch::stateChanged);
    watch.refreshNow();
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 2, 20000);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(watch.missingPages().size(), 1);
    QVERIFY2(watch.lastError().contains(u"could not be read"_s), qPrintable(watch.lastError()));
    // Stale, not fresh, after it (then refreshing again soon, with a failure's backoff).
    QVERIFY(states.count() >= 2);
    QCOMPARE(states.at(1).at(0).value<LocationWatch::State>(), LocationWatch::State::Stale);
    QVERIFY(engine.store.location(u"s"_s).isStale());
    // The gigs of the pages read and the gigs the lost page may list are all still there.
    const QStringList kept = engine.store.eventIdsOf(u"s"_s);
    for (const QString &id : every)
        QVERIFY2(kept.contains(id), qPrintable(id));

    // The page comes back: the next try reads every page.
    engine.sandbox.clearFaults();
    QTRY_COMPARE_WITH_TIMEOUT(watch.state(), LocationWatch::State::Fresh, 20000);
    QVERIFY(watch.missingPages().isEmpty());
    QVERIFY(watch.lastError().isEmpty());
    QVERIFY(engine.store.location(u"s"_s).isFresh());
    const QStringList after = engine.store.eventIdsOf(u"s"_s);
    QCOMPARE(
        QSet<QString>(after.cbegin(), after.cend()), QSet<QString>(every.cbegin(), every.cend()));
}

void TestRefreshEngine::otherReleaseTypesFetchEveryReleaseAgain()
{
    EngineFixture fixture(600);
    gig::EngineConfig config = demoOnSandbox(fixture);
    gig::GigStore store;
    store.setClock([c = fixture.clock] { return c->systemNow(); });
    gig::RefreshEngine engine(&store, fixture.queue.get(), config, fixture.clock);
    LocationWatch *watch = engine.registry()->watch(lisbon, 10, u"Lisbon"_s);
    QSignalSpy refreshed(watch, &LocationWatch::refreshed);
    QVERIFY(refreshed.wait(20000));
    QVERIFY(waitForIdle(*engine.releases()));

    auto typesKnown = [&store] {
        QSet<gig::ReleaseType> types;
        for (const QString &mbid : store.releaseMbids()) {
            const auto latest = store.latestRelease(mbid);
            if (latest.value.release)
                types.insert(latest.value.release->type);
        }
        return types;
    };
    QVERIFY2(typesKnown().contains(gig::ReleaseType::Album), "the sandbox's artists have albums");
    const int browsesBefore = fixture.sandbox.requestCount(gig::SandboxService::MusicBrainz);
    const qsizetype logBefore = fixture.sandbox.requestLog().size();
    const qsizetype mbids = store.releaseCount();

    config.releaseTypes = { gig::ReleaseType::Single };
    engine.reconfigure(config);
    QVERIFY(waitForIdle(*engine.releases()));
    QVERIFY(store.artistsLackingFreshRelease().isEmpty());
    QCOMPARE(typesKnown(), QSet<gig::ReleaseType> { gig::ReleaseType::Single });
    QCOMPARE(store.releaseCount(), mbids); // every row answered again, none lost
    QVERIFY(
        fixture.sandbox.requestCount(gig::SandboxService::MusicBrainz) - browsesBefore >= mbids);
    for (const gig::SandboxRequest &request : fixture.sandbox.requestLog().mid(logBefore)) {
        if (request.service == gig::SandboxService::MusicBrainz
            && request.path.endsWith(u"/release-group"_s))
            QCOMPARE(request.query.queryItemValue(u"type"_s), u"single"_s);
    }
}

void TestRefreshEngine::otherSourcesReplaceTheGigsAtOnce()
{
    EngineFixture fixture(600);
    gig::EngineConfig config = demoOnSandbox(fixture);
    gig::GigStore store;
    store.setClock([c = fixture.clock] { return c->systemNow(); });
    gig::RefreshEngine engine(&store, fixture.queue.get(), config, fixture.clock);
    LocationWatch *watch = engine.registry()->watch(lisbon, 10, u"Lisbon"_s);
    const QString id = watch->locationId();
    QSignalSpy refreshed(watch, &LocationWatch::refreshed);
    QVERIFY(refreshed.wait(20000));
    QVERIFY(!store.eventIdsOf(id).isEmpty());
    const qsizetype artists = store.artistCount();
    QVERIFY(artists > 0);

    // A SeatGeek key that SeatGeek turns down: the demo's gigs must not stay on as SeatGeek's.
    gig::SandboxFault refused;
    refused.kind = gig::SandboxFault::Kind::ServiceUnavailable;
    fixture.sandbox.setFault(gig::SandboxService::SeatGeek, refused);
    config.sources = { gig::Source::SeatGeek };
    config.keys.setKey(gig::Service::SeatGeek, u"not-a-real-key"_s);
    QSignalSpy changed(&store, &gig::GigStore::locationsChanged);
    engine.reconfigure(config);
    QVERIFY(changed.count() >= 1); // at once, not after a fetch
    QVERIFY(store.eventIdsOf(id).isEmpty());
    QCOMPARE(store.eventCount(), 0);
    QVERIFY(store.artistCount() < artists);
    QVERIFY(store.containsLocation(id)); // the place stays watched
    LocationWatch *again = engine.registry()->watchFor(id);
    QVERIFY(again);
    QSignalSpy failed(again, &LocationWatch::refreshFailed);
    QVERIFY(failed.wait(20000));
    QVERIFY(store.eventIdsOf(id).isEmpty());
}

void TestRefreshEngine::unwatchedPlaceIsNotWrittenBackByItsLastAnswer()
{
    EngineFixture engine(600);
    // A few km of Reykjavík: one page of gigs, so its answer ends the fetch.
    LocationWatch *watch = engine.registry->watch(QGeoCoordinate(64.1466, -21.9426), 5);
    const QString id = watch->locationId();
    QTRY_VERIFY_WITH_TIMEOUT(!engine.queue->findChildren<gig::QueuedReply *>().isEmpty(), 10000);
    // Stop watching right after the answer arrived, while the fetch's finished() is on its way
    // (the watch itself goes later: this may run inside one of its signals).
    const auto replies = engine.queue->findChildren<gig::QueuedReply *>();
    QCOMPARE(replies.size(), 1);
    QSignalSpy answered(replies.constFirst(), &gig::QueuedReply::finished);
    connect(replies.constFirst(), &gig::QueuedReply::finished, engine.registry.get(),
        [&engine, id] { engine.registry->unwatch(id); });
    QVERIFY(answered.wait(20000));
    QTest::qWait(100);
    QVERIFY(!engine.registry->watchFor(id));
    QVERIFY(!engine.store.containsLocation(id)); // a place nobody watches is never swept
    engine.store.sweep(engine.clock->systemNow());
    QCOMPARE(engine.store.eventCount(), 0);
}

// A service that answers with an endless body: the lane's size cap cuts it off, the refresh fails
// saying so, the gigs known before stay (stale), and neither cache keeps any of the huge body.
void TestRefreshEngine::hugeAnswerIsCutAtTheCapAndKeepsTheCache()
{
    EngineFixture engine(600);
    constexpr qint64 cap = 1024 * 1024;
    gig::LanePolicy policy = engine.queue->lanePolicy(gig::TicketmasterSource::laneName());
    policy.maxResponseBytes = cap;
    engine.queue->setLanePolicy(gig::TicketmasterSource::laneName(), policy);
    const QString httpCache = engine.dir.filePath(u"http"_s);
    engine.queue->setCacheDirectory(httpCache);

    LocationWatch *watch = engine.registry->watch(berlin, 30);
    QSignalSpy refreshed(watch, &LocationWatch::refreshed);
    QVERIFY(refreshed.wait(20000));
    const QString id = watch->locationId();
    const QStringList events = engine.store.eventIdsOf(id);
    QVERIFY(!events.isEmpty());
    QHash<QString, gig::Event> before;
    for (const QString &eventId : events)
        before.insert(eventId, engine.store.eventById(eventId).value);

    gig::SandboxFault huge;
    huge.kind = gig::SandboxFault::Kind::HugeBody;
    huge.bodyBytes = 3 * cap;
    engine.sandbox.setFault(gig::SandboxService::Ticketmaster, huge);
    engine.sandbox.clearRequestLog();
    QSignalSpy failed(watch, &LocationWatch::refreshFailed);
    watch->refreshNow();
    QVERIFY(failed.count() > 0 || failed.wait(20000));
    engine.sandbox.clearFaults();

    const auto error = failed.at(0).at(0).value<gig::SourceError>();
    QVERIFY2(error.message.contains(u"larger than %1 bytes"_s.arg(cap)), qPrintable(error.message));
    QVERIFY2(watch->lastError().startsWith(u"Ticketmaster sent an answer gigmap cannot read"_s),
        qPrintable(watch->lastError()));
    QCOMPARE(engine.sandbox.requestCount(gig::SandboxService::Ticketmaster), 1); // not retried
    // The gigs known before are all there, unchanged, marked stale.
    QCOMPARE(engine.store.eventIdsOf(id), events);
    QVERIFY(engine.store.location(id).isStale());
    for (const QString &eventId : events)
        QCOMPARE(engine.store.eventById(eventId).value, before.value(eventId));
    // The HTTP cache holds the good answers only, nothing near the cap.
    QDirIterator files(httpCache, QDir::Files, QDirIterator::Subdirectories);
    int cached = 0;
    while (files.hasNext()) {
        const QFileInfo file(files.next());
        QVERIFY2(file.size() < cap / 4, qPrintable(file.filePath()));
        ++cached;
    }
    QVERIFY(cached > 0);
}

QTEST_GUILESS_MAIN(TestRefreshEngine)
#include "tst_refreshengine.moc"
