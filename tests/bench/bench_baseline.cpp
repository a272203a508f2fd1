// gigmap's refresh engine side by side with the original gig app's strategy (SeedStrategyClient),
// both against the rate-limited sandbox (same seed, same data, same clock) in one run: requests,
// time until every release is known, wrong releases, requests a day, and how long a new release
// takes to show. Each client has a sandbox of its own (same seed), as two users on two addresses
// would, so neither uses up the other's MusicBrainz rate.
#include "app/net/requestqueue.h"
#include "app/refresh/locationregistry.h"
#include "app/refresh/releaserefresher.h"
#include "app/sandbox/demosandbox.h"
#include "app/sandbox/sandboxserver.h"
#include "app/sandbox/sandboxworld.h"
#include "app/sources/musicbrainzsource.h"
#include "app/sources/ticketmastersource.h"
#include "models/gigstore.h"
#include "tests/bench/benchreport.h"
#include "tests/bench/seedstrategyclient.h"
#include "tests/bench/variableclock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

constexpr double kmPerDegreeLat = 111.2;

struct Pick
{
    const char *label;
    double lat;
    double lng;
};

// A pick `northKm` / `eastKm` away from a city centre.
Pick near(const char *label, double lat, double lng, double northKm, double eastKm)
{
    return { label, lat + northKm / kmPerDegreeLat,
        lng + eastKm / (kmPerDegreeLat * std::cos(lat * M_PI / 180.0)) };
}

// Amsterdam, Rotterdam (57 km away), Antwerp and Brussels: picks a few km apart in one city (one
// pick 0.5 km from another, which gigmap's registry shares), and neighbouring cities.
QList<Pick> allPicks()
{
    const double ams[2] = { 52.3676, 4.9041 };
    const double rtm[2] = { 51.9244, 4.4777 };
    const double ant[2] = { 51.2194, 4.4025 };
    const double bru[2] = { 50.8503, 4.3517 };
    return { near("Amsterdam", ams[0], ams[1], 0, 0),
        near("Amsterdam +0.5 km N", ams[0], ams[1], 0.5, 0),
        near("Amsterdam 3 km E", ams[0], ams[1], 0, 3),
        near("Amsterdam 5 km S", ams[0], ams[1], -5, 0), near("Rotterdam", rtm[0], rtm[1], 0, 0),
        near("Amsterdam 4 km W", ams[0], ams[1], 0, -4),
        near("Amsterdam 2 km NW", ams[0], ams[1], 1.4, -1.4),
        near("Amsterdam 6 km SE", ams[0], ams[1], -4.2, 4.2),
        near("Amsterdam 8 km N", ams[0], ams[1], 8, 0),
        near("Rotterdam +0.4 km E", rtm[0], rtm[1], 0, 0.4),
        near("Rotterdam 3 km N", rtm[0], rtm[1], 3, 0),
        near("Rotterdam 4 km E", rtm[0], rtm[1], 0, 4),
        near("Rotterdam 5 km S", rtm[0], rtm[1], -5, 0), near("Antwerp", ant[0], ant[1], 0, 0),
        near("Antwerp +0.6 km S", ant[0], ant[1], -0.6, 0),
        near("Antwerp 3 km E", ant[0], ant[1], 0, 3), near("Antwerp 5 km N", ant[0], ant[1], 5, 0),
        near("Brussels", bru[0], bru[1], 0, 0), near("Brussels 3 km S", bru[0], bru[1], -3, 0),
        near("Brussels 4 km W", bru[0], bru[1], 0, -4) };
}

struct Options
{
    double slowSpeed = 25; // while any request is queued or in flight
    double fastSpeed = 20000; // while every client only waits for a timer
    int hours = 26; // the first day, and the day turning at hour 3 shown by gigmap's daily refetch
    double radiusKm = 10;
    QList<int> pickCounts = { 1, 5, 20 };
};

// ---- The truth: DESIGN's latest-release rule over every release group -------------------------

struct DateKey
{
    int year = 0;
    int month = 0;
    int day = 0;
    int precision = 0; // 0 none, 1 year, 2 month, 3 day
    auto operator<=>(const DateKey &) const = default;
};

DateKey dateKey(const QString &text)
{
    DateKey key;
    const QStringList parts = text.split(u'-');
    if (text.isEmpty() || parts.size() > 3)
        return key;
    bool ok = true;
    key.year = parts.at(0).toInt(&ok);
    if (ok && parts.size() > 1)
        key.month = parts.at(1).toInt(&ok);
    if (ok && parts.size() > 2)
        key.day = parts.at(2).toInt(&ok);
    key.precision = ok ? int(parts.size()) : 0;
    return key;
}

bool isAfter(const DateKey &key, QDate today)
{
    return std::tuple(key.year, key.month, key.day)
        > std::tuple(today.year(), today.month(), today.day());
}

int typeRank(const QString &primaryType)
{
    if (primaryType == u"Album"_s)
        return 0;
    if (primaryType == u"EP"_s)
        return 1;
    if (primaryType == u"Single"_s)
        return 2;
    return -1;
}

bool isCandidate(const gig::SandboxReleaseGroup &group, QDate today)
{
    const DateKey key = dateKey(group.firstReleaseDate);
    return typeRank(group.primaryType) >= 0 && group.secondaryTypes.isEmpty() && key.precision > 0
        && !isAfter(key, today);
}

// Compares two candidates the rule's way: <0 when `a` is later (shown first).
int ruleOrder(const gig::SandboxReleaseGroup &a, const gig::SandboxReleaseGroup &b)
{
    const DateKey ka = dateKey(a.firstReleaseDate);
    const DateKey kb = dateKey(b.firstReleaseDate);
    if (ka != kb)
        return ka > kb ? -1 : 1;
    if (typeRank(a.primaryType) != typeRank(b.primaryType))
        return typeRank(a.primaryType) < typeRank(b.primaryType) ? -1 : 1;
    return a.title.compare(b.title);
}

struct Truth
{
    std::optional<gig::SandboxReleaseGroup> latest; // none when no candidate
    QList<gig::SandboxReleaseGroup> all;
    QSet<QString> equallyLatest; // ids that tie with `latest` on everything the rule names
};

Truth truthOf(const gig::SandboxWorld &world, const QString &mbid, QDate today)
{
    Truth truth;
    const auto found = world.artistByMbid(mbid);
    if (!found)
        return truth;
    truth.all = world.releaseGroups(found->first, found->second, today);
    for (const gig::SandboxReleaseGroup &group : std::as_const(truth.all)) {
        if (isCandidate(group, today) && (!truth.latest || ruleOrder(group, *truth.latest) < 0))
            truth.latest = group;
    }
    if (truth.latest) {
        for (const gig::SandboxReleaseGroup &group : std::as_const(truth.all)) {
            if (isCandidate(group, today) && ruleOrder(group, *truth.latest) == 0)
                truth.equallyLatest.insert(group.id);
        }
    }
    return truth;
}

// A client's answer for an artist: nullopt = not known yet; "" = known to have none.
using Answer = std::optional<QString>;

bool matches(const Truth &truth, const Answer &answer)
{
    if (!answer)
        return false;
    return truth.latest ? truth.equallyLatest.contains(*answer) : answer->isEmpty();
}

// ---- Counting requests from a sandbox's log ----------------------------------------------------

struct Counts
{
    int ticketmaster = 0;
    int browses = 0; // release-group browses, first pages
    int extraPages = 0; // release-group browses past the first page
    int searches = 0; // artist searches by name
    int lookups = 0; // artist/{mbid}?inc=release-groups
    int refused = 0; // 429/503 answers (rate limits)

    int musicbrainz() const { return browses + extraPages + searches + lookups; }
};

Counts countRequests(
    const QList<gig::SandboxRequest> &log, gig::Clock::Time from, gig::Clock::Time to)
{
    Counts c;
    for (const gig::SandboxRequest &r : log) {
        const auto at = std::chrono::duration_cast<gig::Clock::Time>(r.steadyAt.time_since_epoch());
        if (at < from || at >= to)
            continue;
        if (r.status == 429 || r.status == 503)
            ++c.refused;
        if (r.service == gig::SandboxService::Ticketmaster) {
            ++c.ticketmaster;
        } else if (r.service == gig::SandboxService::MusicBrainz) {
            if (r.path.endsWith(u"/artist"_s))
                ++c.searches;
            else if (r.path.contains(u"/artist/"_s))
                ++c.lookups;
            else if (r.query.queryItemValue(u"offset"_s).toInt() > 0)
                ++c.extraPages;
            else
                ++c.browses;
        }
    }
    return c;
}

// ---- Wrong answers, by cause -------------------------------------------------------------------

struct Wrong
{
    int compared = 0;
    int unknown = 0; // no answer at all
    int wrong = 0;
    int cap = 0; // the right group is past the artist lookup's 25
    int typeChosen = 0; // compilation, live, remix, other… chosen
    int futureChosen = 0; // an announced release, dated after today, chosen
    int undated = 0; // a group without a date chosen (the rule needs a date)
    int tie = 0; // same date as the right one; the rule's Album-EP-Single-title order differs
    int other = 0;
    int beyondCap
        = 0; // whatever the cause, the right group is past the lookup's 25 (overlaps the above)
    QStringList examples;
};

void classifySeed(
    Wrong &w, const Truth &truth, const std::optional<gig::SeedRelease> &pick, QDate today)
{
    if (!pick) {
        // Known to have no release: right only when the truth is none too.
        if (truth.latest) {
            ++w.wrong;
            ++w.other;
        }
        return;
    }
    if (truth.latest ? truth.equallyLatest.contains(pick->groupId) : false)
        return;
    ++w.wrong;
    const DateKey key = dateKey(pick->firstReleaseDate);
    const bool pastCap = truth.latest
        && std::none_of(truth.all.cbegin(),
            truth.all.cbegin() + std::min<qsizetype>(25, truth.all.size()),
            [&](const gig::SandboxReleaseGroup &g) { return g.id == truth.latest->id; });
    w.beyondCap += pastCap ? 1 : 0;
    QString cause;
    if (typeRank(pick->primaryType) < 0 || !pick->secondaryTypes.isEmpty()) {
        ++w.typeChosen;
        cause = u"type"_s;
    } else if (key.precision > 0 && isAfter(key, today)) {
        ++w.futureChosen;
        cause = u"announced"_s;
    } else if (pastCap) {
        ++w.cap;
        cause = u"cap"_s;
    } else if (key.precision == 0) {
        ++w.undated;
        cause = u"undated"_s;
    } else if (truth.latest && dateKey(truth.latest->firstReleaseDate) <=> key == 0) {
        ++w.tie;
        cause = u"tie"_s;
    } else {
        ++w.other;
        cause = u"other"_s;
    }
    // One example of each cause.
    if (std::none_of(w.examples.cbegin(), w.examples.cend(),
            [&](const QString &e) { return e.startsWith(cause + u':'); })) {
        w.examples.append(u"%1: %2 (%3, %4) instead of %5 (%6, %7 groups)"_s.arg(cause, pick->title,
            pick->firstReleaseDate,
            pick->primaryType
                + (pick->secondaryTypes.isEmpty() ? QString()
                                                  : u" + "_s + pick->secondaryTypes.join(u'+')),
            truth.latest ? truth.latest->title : u"none"_s,
            truth.latest ? truth.latest->firstReleaseDate : QString(),
            QString::number(truth.all.size())));
    }
}

// ---- One scenario ------------------------------------------------------------------------------

struct Side
{
    double knownAtS = -1; // logical seconds from the start until every release is known
    Counts untilKnown;
    Counts day1;
    Counts day2;
    Wrong wrong;
    int artists = 0; // MBIDs the client tracks
    int staleTracked = 0; // artists whose latest release changed after the start
    QList<double> staleShownAfterH; // hours from the change until the client showed it
    int copiesQueued = 0; // the seed: FIFO entries (duplicates included)
    int watches = 0;
};

struct Result
{
    int picks = 0;
    bool batched = true; // gigmap looked releases up many artists a request
    int changedArtists = 0;
    Side gigmap;
    Side seed;
    double realSeconds = 0;
    double slowRealSeconds = 0;
    QDate startDate;
};

gig::LanePolicy benchPolicy(const QString &lane)
{
    gig::LanePolicy policy = gig::LanePolicy::defaultFor(lane);
    // At the fast speed one real millisecond is seconds of logical time: transfers get a
    // logical hour so that the machine, not the service, never times one out.
    policy.transferTimeout = std::chrono::hours(1);
    return policy;
}

struct Changed
{
    QString mbid;
    bool shownByGigmap = false;
    bool shownBySeed = false;
    bool watchedByGigmap = false;
    bool watchedBySeed = false;
};

Result runScenario(
    const QList<Pick> &picks, const Options &options, quint64 seed, QDate startDate, bool batched)
{
    Result result;
    result.picks = int(picks.size());
    result.batched = batched;
    result.startDate = startDate;
    QTemporaryDir dir;
    const QDateTime start(startDate, QTime(21, 0), Qt::UTC);
    const QDateTime midnight(startDate.addDays(1), QTime(0, 0), Qt::UTC);
    auto clock = std::make_shared<gig::VariableClock>(options.slowSpeed, start);
    const gig::SandboxWorld world(seed);

    gig::DemoSandbox gigmapSandbox;
    gig::DemoSandbox seedSandbox;
    if (!gigmapSandbox.start(seed) || !seedSandbox.start(seed))
        qFatal("the sandbox cannot listen on loopback");
    for (gig::DemoSandbox *sandbox : { &gigmapSandbox, &seedSandbox }) {
        sandbox->server()->setRealism(true);
        sandbox->server()->setNow(clock->systemNow());
        sandbox->server()->setClock([clock] {
            return std::chrono::steady_clock::time_point(
                std::chrono::duration_cast<std::chrono::steady_clock::duration>(clock->now()));
        });
    }

    // gigmap: the engine as bench_refreshengine wires it.
    gig::RequestQueue gigmapQueue(clock);
    gigmapQueue.setSettingsFile(dir.filePath(u"gigmap.ini"_s));
    gigmapQueue.setCacheDirectory({});
    // The seed: its own queue with the same lanes and limits; its lookups are not retried by the
    // queue (a failed one goes back on its FIFO instead).
    gig::RequestQueue seedQueue(clock);
    seedQueue.setSettingsFile(dir.filePath(u"seed.ini"_s));
    seedQueue.setCacheDirectory({});
    const QStringList lanes
        = { gig::TicketmasterSource::laneName(), gig::MusicBrainzSource::laneName() };
    for (const QString &lane : lanes) {
        gigmapQueue.setLanePolicy(lane, benchPolicy(lane));
        gig::LanePolicy policy = benchPolicy(lane);
        if (lane == gig::MusicBrainzSource::laneName())
            policy.maxRetries = 0;
        seedQueue.setLanePolicy(lane, policy);
    }

    gig::GigStore store;
    store.setClock([clock] { return clock->systemNow(); });
    gig::TicketmasterSource gigmapTicketmaster(
        &gigmapQueue, { gigmapSandbox.serviceRoot(gig::SandboxService::Ticketmaster), u"k"_s });
    gig::MusicBrainzSource::Config mbConfig;
    mbConfig.baseUrl = gigmapSandbox.serviceRoot(gig::SandboxService::MusicBrainz);
    gig::MusicBrainzSource musicbrainz(&gigmapQueue, mbConfig);
    gig::RefreshSettings settings;
    settings.batchedReleases = batched;
    gig::ReleaseRefresher releases(&musicbrainz, &store, clock, settings);
    gig::LocationRegistry registry(&gigmapTicketmaster, &store, &releases, clock, settings);

    gig::TicketmasterSource seedTicketmaster(
        &seedQueue, { seedSandbox.serviceRoot(gig::SandboxService::Ticketmaster), u"k"_s });
    gig::SeedStrategyClient::Config seedConfig;
    seedConfig.musicbrainzRoot = seedSandbox.serviceRoot(gig::SandboxService::MusicBrainz);
    gig::SeedStrategyClient seedClient(&seedTicketmaster, &seedQueue, clock, seedConfig);

    const QList<QObject *> timerOwners
        = { &gigmapQueue, &seedQueue, &releases, &registry, &seedClient };
    QList<gig::LaneStatus *> laneStatuses;
    for (const QString &lane : lanes)
        laneStatuses << gigmapQueue.laneStatus(lane) << seedQueue.laneStatus(lane);

    auto gigmapArtists = [&] {
        QSet<QString> mbids;
        for (gig::LocationWatch *watch : registry.watches()) {
            for (const auto &event : store.eventsOf(watch->locationId())) {
                for (const QString &artistId : event.value.lineup) {
                    if (const QString mbid = store.artist(artistId).value.mbid; !mbid.isEmpty())
                        mbids.insert(mbid);
                }
            }
        }
        return mbids;
    };
    auto gigmapAnswer = [&](const QString &mbid) -> Answer {
        const auto cached = store.latestRelease(mbid);
        if (!store.containsLatestRelease(mbid) || cached.isPending())
            return std::nullopt;
        return cached.value.release ? cached.value.release->mbid : QString();
    };
    auto seedAnswer = [&](const QString &mbid) -> Answer {
        if (seedClient.releases().contains(mbid))
            return seedClient.releases().value(mbid).groupId;
        if (seedClient.fetchedMbids().contains(mbid))
            return QString();
        return std::nullopt;
    };
    auto gigmapBusy = [&] {
        if (releases.pendingCount() > 0)
            return true;
        for (gig::LocationWatch *watch : registry.watches()) {
            if (watch->state() == gig::LocationWatch::State::Refreshing)
                return true;
        }
        const QList<gig::LaneStatus *> own = { laneStatuses.at(0), laneStatuses.at(2) };
        return std::any_of(own.cbegin(), own.cend(),
            [](gig::LaneStatus *s) { return s->queued() + s->inFlight() > 0; });
    };
    auto seedBusy = [&] {
        const QList<gig::LaneStatus *> own = { laneStatuses.at(1), laneStatuses.at(3) };
        return seedClient.isBusy() || std::any_of(own.cbegin(), own.cend(), [](gig::LaneStatus *s) {
            return s->queued() + s->inFlight() > 0;
        });
    };
    auto everyWatchRefreshed = [&] {
        const auto watches = registry.watches();
        return std::all_of(watches.cbegin(), watches.cend(), [](gig::LocationWatch *w) {
            return w->refreshCount() > 0 && w->state() == gig::LocationWatch::State::Fresh;
        });
    };

    auto seconds = [&] {
        return double(clock->now().count()) / 1e6;
    };
    QElapsedTimer real;
    real.start();
    qint64 slowRealMs = 0;
    qint64 lastSwitchMs = 0;

    auto evaluateGigmap = [&] {
        Side &side = result.gigmap;
        const QDate today = clock->systemNow().date();
        const QSet<QString> mbids = gigmapArtists();
        side.artists = int(mbids.size());
        for (const QString &mbid : mbids) {
            const Truth truth = truthOf(world, mbid, today);
            const Answer answer = gigmapAnswer(mbid);
            ++side.wrong.compared;
            if (!answer) {
                ++side.wrong.unknown;
            } else if (!matches(truth, answer)) {
                ++side.wrong.wrong;
                ++side.wrong.other;
                if (side.wrong.examples.size() < 3)
                    side.wrong.examples.append(u"%1: %2 instead of %3"_s.arg(
                        mbid, *answer, truth.latest ? truth.latest->id : u"none"_s));
            }
        }
    };
    auto evaluateSeed = [&] {
        Side &side = result.seed;
        const QDate today = clock->systemNow().date();
        const QSet<QString> mbids = seedClient.monitoredMbids();
        side.artists = int(mbids.size());
        for (const QString &mbid : mbids) {
            const Truth truth = truthOf(world, mbid, today);
            ++side.wrong.compared;
            if (seedClient.releases().contains(mbid))
                classifySeed(side.wrong, truth, seedClient.releases().value(mbid), today);
            else if (seedClient.fetchedMbids().contains(mbid))
                classifySeed(side.wrong, truth, std::nullopt, today);
            else
                ++side.wrong.unknown;
        }
    };

    bool started = false; // every pick is made
    auto gigmapKnowsAll = [&] {
        if (!everyWatchRefreshed())
            return false;
        const QSet<QString> mbids = gigmapArtists();
        return !mbids.isEmpty()
            && std::all_of(mbids.cbegin(), mbids.cend(),
                [&](const QString &mbid) { return gigmapAnswer(mbid).has_value(); });
    };
    auto seedKnowsAll = [&] {
        if (!seedClient.everyMonitorRefreshed())
            return false;
        const QSet<QString> mbids = seedClient.monitoredMbids();
        return !mbids.isEmpty()
            && std::all_of(mbids.cbegin(), mbids.cend(),
                [&](const QString &mbid) { return seedAnswer(mbid).has_value(); });
    };
    auto govern = [&] {
        const bool gBusy = gigmapBusy();
        const bool sBusy = seedBusy();
        if (started && result.gigmap.knownAtS < 0 && !gBusy && gigmapKnowsAll()) {
            result.gigmap.knownAtS = seconds();
            evaluateGigmap();
        }
        if (started && result.seed.knownAtS < 0 && !sBusy && seedKnowsAll()) {
            result.seed.knownAtS = seconds();
            evaluateSeed();
        }
        const double want = gBusy || sBusy ? options.slowSpeed : options.fastSpeed;
        if (want != clock->currentSpeed()) {
            const qint64 at = real.elapsed();
            if (clock->currentSpeed() == options.slowSpeed)
                slowRealMs += at - lastSwitchMs;
            lastSwitchMs = at;
            clock->setSpeed(want, timerOwners);
        }
    };
    QList<QMetaObject::Connection> governing = {
        QObject::connect(&releases, &gig::ReleaseRefresher::pendingCountChanged, &releases, govern),
        QObject::connect(&registry, &gig::LocationRegistry::watchStateChanged, &registry, govern),
        QObject::connect(
            &seedClient, &gig::SeedStrategyClient::activityChanged, &seedClient, govern)
    };
    for (gig::LaneStatus *status : std::as_const(laneStatuses)) {
        governing << QObject::connect(status, &gig::LaneStatus::queuedChanged, status, govern)
                  << QObject::connect(status, &gig::LaneStatus::inFlightChanged, status, govern);
    }

    // Staleness: the artists whose latest release changes when the sandbox's day turns.
    QList<Changed> changed;
    bool dayTurned = false;
    const gig::Clock::Time midnightAt = std::chrono::duration_cast<gig::Clock::Time>(
        std::chrono::milliseconds(start.msecsTo(midnight)));

    // Start: the same picks for both.
    QString lastId;
    for (const Pick &pick : picks) {
        const QGeoCoordinate centre(pick.lat, pick.lng);
        gig::LocationWatch *watch
            = registry.watch(centre, options.radiusKm, QString::fromUtf8(pick.label));
        registry.setSaved(watch->locationId(), true); // the seed's monitors never expire either
        lastId = watch->locationId();
        seedClient.addMonitor(centre, options.radiusKm);
    }
    registry.setShownLocation(lastId); // the user looks at the last place picked
    started = true;

    const gig::Clock::Time end
        = std::chrono::duration_cast<gig::Clock::Time>(std::chrono::hours(options.hours));
    QEventLoop loop;
    QTimer tick; // real time, not one of the timers the clock re-arms
    tick.setInterval(5);
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        const QDateTime now = clock->systemNow();
        gigmapSandbox.server()->setNow(now);
        seedSandbox.server()->setNow(now);
        govern();
        if (!dayTurned && now >= midnight) {
            dayTurned = true;
            const QSet<QString> gigmapSet = gigmapArtists();
            const QSet<QString> seedSet = seedClient.monitoredMbids();
            for (const QString &mbid : gigmapSet | seedSet) {
                const Truth before = truthOf(world, mbid, startDate);
                const Truth after = truthOf(world, mbid, startDate.addDays(1));
                const bool same = before.latest && after.latest
                    ? before.equallyLatest.contains(after.latest->id)
                    : before.latest.has_value() == after.latest.has_value();
                if (!same)
                    changed.append(
                        { mbid, false, false, gigmapSet.contains(mbid), seedSet.contains(mbid) });
            }
            result.changedArtists = int(changed.size());
            result.gigmap.staleTracked = int(std::count_if(changed.cbegin(), changed.cend(),
                [](const Changed &c) { return c.watchedByGigmap; }));
            result.seed.staleTracked = int(std::count_if(changed.cbegin(), changed.cend(),
                [](const Changed &c) { return c.watchedBySeed; }));
        }
        if (dayTurned) {
            const double afterH = double((clock->now() - midnightAt).count()) / 3.6e9;
            for (Changed &c : changed) {
                if (c.shownByGigmap && c.shownBySeed)
                    continue;
                const Truth truth = truthOf(world, c.mbid, now.date());
                if (c.watchedByGigmap && !c.shownByGigmap && matches(truth, gigmapAnswer(c.mbid))) {
                    c.shownByGigmap = true;
                    result.gigmap.staleShownAfterH.append(afterH);
                }
                if (c.watchedBySeed && !c.shownBySeed && matches(truth, seedAnswer(c.mbid))) {
                    c.shownBySeed = true;
                    result.seed.staleShownAfterH.append(afterH);
                }
            }
        }
        if (clock->now() >= end)
            loop.quit();
    });
    tick.start();
    govern();
    loop.exec();
    tick.stop();
    for (const QMetaObject::Connection &connection : std::as_const(governing))
        QObject::disconnect(connection);
    if (clock->currentSpeed() == options.slowSpeed)
        slowRealMs += real.elapsed() - lastSwitchMs;
    result.realSeconds = double(real.elapsed()) / 1000.0;
    result.slowRealSeconds = double(slowRealMs) / 1000.0;

    const auto day = std::chrono::duration_cast<gig::Clock::Time>(24h);
    const auto fill = [&](Side &side, const gig::DemoSandbox &sandbox) {
        const QList<gig::SandboxRequest> log = sandbox.server()->requestLog();
        const auto knownAt = gig::Clock::Time(qint64(std::max(0.0, side.knownAtS) * 1e6) + 1);
        side.untilKnown
            = countRequests(log, gig::Clock::Time(0), side.knownAtS < 0 ? end : knownAt);
        side.day1 = countRequests(log, gig::Clock::Time(0), day);
        side.day2 = countRequests(log, day, 2 * day);
    };
    fill(result.gigmap, gigmapSandbox);
    fill(result.seed, seedSandbox);
    result.gigmap.watches = int(registry.watches().size());
    result.seed.watches = int(picks.size());
    result.seed.copiesQueued = seedClient.copiesQueued();
    return result;
}

// ---- Choosing the start date: one whose next midnight brings new releases to watched artists ---

QDate chooseStartDate(
    const QList<Pick> &picks, const Options &options, quint64 seed, QDate from, int days)
{
    const gig::SandboxWorld world(seed);
    QDate best = from;
    std::tuple<int, int, int> bestScore { -1, -1, -1 };
    for (int i = 0; i < days; ++i) {
        const QDate date = from.addDays(i);
        if (date.addDays(1).year() != date.year())
            continue; // a new year redraws every date in the sandbox
        const QDateTime now(date, QTime(21, 0), Qt::UTC);
        QHash<QString, int> firstPick; // MBID → the first pick index listing it
        for (int p = 0; p < picks.size(); ++p) {
            for (const gig::SandboxGig &g :
                world.gigsNear(picks.at(p).lat, picks.at(p).lng, options.radiusKm, now)) {
                if (!g.onTicketmaster)
                    continue;
                for (int index : g.lineup) {
                    for (const QString &mbid : world.artist(index).mbids) {
                        if (!firstPick.contains(mbid))
                            firstPick.insert(mbid, p);
                    }
                }
            }
        }
        int changes[3] = { 0, 0, 0 };
        for (auto it = firstPick.cbegin(); it != firstPick.cend(); ++it) {
            const Truth before = truthOf(world, it.key(), date);
            const Truth after = truthOf(world, it.key(), date.addDays(1));
            if (after.latest && !before.equallyLatest.contains(after.latest->id)) {
                changes[2] += 1;
                changes[1] += it.value() < 5 ? 1 : 0;
                changes[0] += it.value() < 1 ? 1 : 0;
            }
        }
        const auto score = std::tuple(changes[0], changes[1], changes[2]);
        if (score > bestScore) {
            bestScore = score;
            best = date;
        }
    }
    std::printf("start date %s: %d / %d / %d watched artists get a new latest release at the next "
                "midnight (1 / 5 / 20 picks)\n",
        qPrintable(best.toString(Qt::ISODate)), std::get<0>(bestScore), std::get<1>(bestScore),
        std::get<2>(bestScore));
    return best;
}

// ---- Printing ----------------------------------------------------------------------------------

QString ratio(double gigmap, double seed)
{
    if (seed <= 0)
        return gigmap <= 0 ? u"–"_s : u"∞"_s;
    return QString::number(gigmap / seed, 'f', 2);
}

// One figure of the side-by-side, under docs/PERFORMANCE.md's "Baseline: the seed's strategy".
bool missedTarget = false;

void bench(const QString &figure, double value, const char *unit,
    const gig::bench::Target &target = gig::bench::Target::none())
{
    if (!gig::bench::report("Baseline: the seed's strategy", figure.toUtf8(),
            gig::bench::single(value), unit, target))
        missedTarget = true;
}

QString staleText(const Side &side, int hoursAfter)
{
    if (side.staleTracked == 0)
        return u"no new release among its artists"_s;
    if (side.staleShownAfterH.isEmpty())
        return u"0 of %1 shown, never within %2 h"_s.arg(side.staleTracked).arg(hoursAfter);
    QList<double> sorted = side.staleShownAfterH;
    std::sort(sorted.begin(), sorted.end());
    return u"%1 of %2 shown, after %3–%4 h"_s.arg(sorted.size())
        .arg(side.staleTracked)
        .arg(sorted.first(), 0, 'f', 1)
        .arg(sorted.last(), 0, 'f', 1);
}

void print(const Result &r, const Options &options)
{
    const Side &g = r.gigmap;
    const Side &s = r.seed;
    const int hoursAfter = options.hours - 3;
    const QString mode = r.batched ? u"gigmap batched"_s : u"gigmap per-artist"_s;
    std::printf("\n== %d pick%s, %s (start %s 21:00 UTC, %d h logical; %.1f s real, %.1f s of it "
                "slow) ==\n",
        r.picks, r.picks == 1 ? "" : "s", qPrintable(mode),
        qPrintable(r.startDate.toString(Qt::ISODate)), options.hours, r.realSeconds,
        r.slowRealSeconds);
    std::printf("%-52s %14s %14s %8s\n", "measure", "gigmap", "seed", "ratio");
    auto row = [](const char *name, double a, double b, bool withRatio = true) {
        std::printf("%-52s %14g %14g %8s\n", name, a, b, withRatio ? qPrintable(ratio(a, b)) : "");
    };
    row("watches / monitors", g.watches, s.watches);
    row("artist MBIDs tracked", g.artists, s.artists);
    row("every release known after (logical s)", g.knownAtS, s.knownAtS);
    row("  requests until then: Ticketmaster", g.untilKnown.ticketmaster,
        s.untilKnown.ticketmaster);
    row("  requests until then: MusicBrainz", g.untilKnown.musicbrainz(),
        s.untilKnown.musicbrainz());
    std::printf("    gigmap: %d browses, %d extra pages, %d name searches; seed: %d lookups "
                "(%d FIFO copies queued for %d artists)\n",
        g.untilKnown.browses, g.untilKnown.extraPages, g.untilKnown.searches, s.untilKnown.lookups,
        s.copiesQueued, s.artists);
    row("  answers refused (429/503) until then", g.untilKnown.refused, s.untilKnown.refused);
    // Rate-bound, gigmap needs 1 s and the seed 1.2 s a request; more means the machine, not the
    // service, set the pace (the slow speed is too high for the machine's load).
    row("  logical s per MusicBrainz request (ideal 1.0 / 1.2)",
        g.untilKnown.musicbrainz() > 0 ? g.knownAtS / g.untilKnown.musicbrainz() : 0,
        s.untilKnown.musicbrainz() > 0 ? s.knownAtS / s.untilKnown.musicbrainz() : 0, false);
    row("wrong releases when known", g.wrong.wrong, s.wrong.wrong);
    std::printf(
        "    seed's wrong ones, by first cause: %d 25-group cap, %d compilation/live/other type, "
        "%d announced "
        "(future) date, %d undated, %d tie on the date, %d other; %d of %d unknown; in %d of the "
        "wrong ones the right group lies past the lookup's 25\n",
        s.wrong.cap, s.wrong.typeChosen, s.wrong.futureChosen, s.wrong.undated, s.wrong.tie,
        s.wrong.other, s.wrong.unknown, s.wrong.compared, s.wrong.beyondCap);
    for (const QString &example : s.wrong.examples)
        std::printf("      e.g. %s\n", qPrintable(example));
    for (const QString &example : g.wrong.examples)
        std::printf("    gigmap wrong, e.g. %s\n", qPrintable(example));
    const QByteArray firstDay
        = "requests, first " + QByteArray::number(std::min(24, options.hours)) + " h: ";
    row(QByteArray(firstDay + "Ticketmaster").constData(), g.day1.ticketmaster,
        s.day1.ticketmaster);
    row(QByteArray(firstDay + "MusicBrainz").constData(), g.day1.musicbrainz(),
        s.day1.musicbrainz());
    if (options.hours >= 48) {
        row("requests, hours 24-48: Ticketmaster", g.day2.ticketmaster, s.day2.ticketmaster);
        row("requests, hours 24-48: MusicBrainz", g.day2.musicbrainz(), s.day2.musicbrainz());
    }
    std::printf("%-52s %s | %s\n", "new release (day turns at hour 3) shown",
        qPrintable(staleText(g, hoursAfter)), qPrintable(staleText(s, hoursAfter)));

    const QString p = u"%1 picks"_s.arg(r.picks);
    // The seed runs beside each of gigmap's modes; its figures are reported once.
    QList<std::pair<QString, const Side *>> sides = { { mode, &g } };
    if (r.batched)
        sides.append({ u"seed"_s, &s });
    for (const auto &[name, side] : std::as_const(sides)) {
        bench(p + u" "_s + name + u" every release known after"_s, side->knownAtS, "s");
        bench(p + u" "_s + name + u" Ticketmaster requests until known"_s,
            side->untilKnown.ticketmaster, "requests");
        bench(p + u" "_s + name + u" MusicBrainz requests until known"_s,
            side->untilKnown.musicbrainz(), "requests");
        const bool isGigmap = name != u"seed"_s; // gigmap must follow DESIGN's rule exactly
        bench(p + u" "_s + name + u" wrong releases"_s, side->wrong.wrong, "artists",
            isGigmap ? gig::bench::Target::atMost(0) : gig::bench::Target::none());
        bench(p + u" "_s + name + u" Ticketmaster requests first 24 h"_s, side->day1.ticketmaster,
            "requests");
        bench(p + u" "_s + name + u" MusicBrainz requests first 24 h"_s, side->day1.musicbrainz(),
            "requests");
        if (options.hours >= 48)
            bench(p + u" "_s + name + u" MusicBrainz requests hours 24-48"_s,
                side->day2.musicbrainz(), "requests");
        bench(
            p + u" "_s + name + u" new releases shown"_s, side->staleShownAfterH.size(), "artists");
    }
    const QString versus = p + u" ratio "_s + mode + u"/seed "_s;
    bench(versus + u"MusicBrainz requests until known"_s,
        s.untilKnown.musicbrainz() > 0
            ? double(g.untilKnown.musicbrainz()) / s.untilKnown.musicbrainz()
            : 0,
        "ratio");
    bench(versus + u"time until known"_s, s.knownAtS > 0 ? g.knownAtS / s.knownAtS : 0, "ratio");
    // The target: with 20 overlapping places, at least 10 times fewer than the seed.
    bench(versus + u"MusicBrainz requests first 24 h"_s,
        s.day1.musicbrainz() > 0 ? double(g.day1.musicbrainz()) / s.day1.musicbrainz() : 0, "ratio",
        r.batched && r.picks >= 20 ? gig::bench::Target::atMost(0.1) : gig::bench::Target::none());
    bench(p + u" "_s + mode + u" MusicBrainz answers refused (503) until known"_s,
        g.untilKnown.refused, "requests");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QLoggingCategory::setFilterRules(u"gigmap.*.debug=false\ngigmap.*.info=false"_s);
    Options options;
    const QStringList args = app.arguments().mid(1);
    if (!args.isEmpty())
        options.slowSpeed = args.at(0).toDouble();
    if (args.size() > 1)
        options.fastSpeed = args.at(1).toDouble();
    if (args.size() > 2)
        options.hours = args.at(2).toInt();
    if (args.size() > 3)
        options.radiusKm = args.at(3).toDouble();
    if (args.size() > 4) {
        options.pickCounts.clear();
        for (const QString &n : args.mid(4))
            options.pickCounts.append(n.toInt());
    }
    if (options.slowSpeed <= 0 || options.fastSpeed <= 0 || options.hours < 4
        || options.radiusKm <= 0) {
        std::fprintf(stderr,
            "usage: bench_baseline [slow speed=25] [fast speed=20000] [hours=26] "
            "[radius km=10] [pick counts…=1 5 20]\n");
        return 1;
    }
    const quint64 seed = 1;
    const QList<Pick> picks = allPicks();
    std::printf(
        "bench_baseline: gigmap's engine and the seed's strategy against the rate-limited sandbox "
        "(seed %llu, radius %.0f km; %.0fx while requests run, %.0fx while idle)\n",
        seed, options.radiusKm, options.slowSpeed, options.fastSpeed);
    QElapsedTimer total;
    total.start();
    const QDate startDate = chooseStartDate(picks, options, seed, QDate(2027, 1, 10), 40);
    std::printf("  (chosen in %.1f s)\n", double(total.elapsed()) / 1000.0);
    for (int count : std::as_const(options.pickCounts)) {
        for (const bool batched : { true, false }) {
            const Result result = runScenario(picks.mid(0, std::clamp(count, 1, int(picks.size()))),
                options, seed, startDate, batched);
            print(result, options);
            std::fflush(stdout);
        }
    }
    std::printf("\nbench_baseline: %.1f s real in all\n", double(total.elapsed()) / 1000.0);
    return missedTarget ? 1 : 0;
}
