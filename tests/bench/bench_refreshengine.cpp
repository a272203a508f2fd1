// The refresh engine against the sandbox with the real services' rate limits, in real time: a
// cold place looked up the batched way (many artists a MusicBrainz search) and the per-artist
// way (one browse each), each on a sandbox of its own, in one run: requests made, time until every
// release is known, rate breaches and duplicate requests; then the same place again within the
// refresh interval (MusicBrainz requests: none). Prints the figures beside their targets (and
// BENCH lines, see benchreport.h); exits 1 when one is missed. The per-artist run takes about one
// second per MBID: some 160 s for 10 km round Lisbon; scripts/bench --quick uses 3 km.
#include "app/net/requestqueue.h"
#include "app/refresh/locationregistry.h"
#include "app/refresh/releaserefresher.h"
#include "app/sandbox/sandboxserver.h"
#include "app/sources/musicbrainzsource.h"
#include "app/sources/ticketmastersource.h"
#include "benchreport.h"
#include "models/gigstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

struct Counts
{
    int eventPages = 0;
    int firstBrowses = 0; // offset 0 release-group browses
    int extraPages = 0; // browse pages past the first
    int searches = 0; // release-group searches (batched look-ups), every page
    int nameSearches = 0; // artist lookups by name
    int duplicateBrowses = 0; // first browses of an MBID already browsed
    int duplicates = 0; // MusicBrainz requests for a URL already asked
    int refused = 0; // 503 answers: the 1 request a second was exceeded

    int musicbrainz() const { return firstBrowses + extraPages + searches + nameSearches; }
};

Counts count(const QList<gig::SandboxRequest> &log)
{
    Counts c;
    QSet<QString> browsed;
    QSet<QString> urls;
    for (const gig::SandboxRequest &r : log) {
        if (r.service == gig::SandboxService::Ticketmaster) {
            ++c.eventPages;
            continue;
        }
        if (r.service != gig::SandboxService::MusicBrainz)
            continue;
        c.refused += r.status == 503 ? 1 : 0;
        const QString url = r.path + u'?' + r.query.toString();
        c.duplicates += urls.contains(url) && r.status != 503 ? 1 : 0;
        urls.insert(url);
        if (r.path.endsWith(u"/artist"_s)) {
            ++c.nameSearches;
        } else if (r.query.hasQueryItem(u"query"_s)) {
            ++c.searches;
        } else if (r.query.queryItemValue(u"offset"_s).toInt() > 0) {
            ++c.extraPages;
        } else {
            const QString mbid = r.query.queryItemValue(u"artist"_s);
            c.duplicateBrowses += browsed.contains(mbid) ? 1 : 0;
            browsed.insert(mbid);
            ++c.firstBrowses;
        }
    }
    return c;
}

struct Run
{
    bool ok = false;
    int gigs = 0;
    qsizetype artists = 0;
    qsizetype mbids = 0;
    double eventsS = 0;
    double releasesS = 0; // from the events until every release is known
    QList<int> pendingSteps; // the status bar's "releases pending", as it changed
    Counts cold;
    Counts warm;
    bool sameWatch = false;
};

Run coldPlace(bool batched, double lat, double lng, double radius)
{
    Run run;
    QTemporaryDir dir;
    gig::SandboxServer sandbox; // realism on: MusicBrainz 503 past 1/s, Ticketmaster 429 past 5/s
    if (!sandbox.listen())
        return run;
    gig::RequestQueue queue;
    queue.setSettingsFile(dir.filePath(u"budget.ini"_s));
    queue.setCacheDirectory({});
    gig::GigStore store;
    gig::TicketmasterSource ticketmaster(
        &queue, { sandbox.serviceRoot(gig::SandboxService::Ticketmaster), u"k"_s });
    gig::MusicBrainzSource::Config mbConfig;
    mbConfig.baseUrl = sandbox.serviceRoot(gig::SandboxService::MusicBrainz);
    gig::MusicBrainzSource musicbrainz(&queue, mbConfig);
    const auto clock = gig::Clock::system();
    gig::RefreshSettings settings;
    settings.batchedReleases = batched;
    gig::ReleaseRefresher releases(&musicbrainz, &store, clock, settings);
    gig::LocationRegistry registry(&ticketmaster, &store, &releases, clock, settings);
    QObject::connect(&releases, &gig::ReleaseRefresher::pendingCountChanged, &releases,
        [&run](int pending) { run.pendingSteps.append(pending); });

    QElapsedTimer timer;
    timer.start();
    gig::LocationWatch *watch = registry.watch(QGeoCoordinate(lat, lng), radius);
    registry.setShownLocation(watch->locationId());
    QSignalSpy refreshed(watch, &gig::LocationWatch::refreshed);
    if (!refreshed.wait(60000))
        return run;
    const qint64 eventsMs = timer.elapsed();
    QSignalSpy idle(&releases, &gig::ReleaseRefresher::idle);
    if (!releases.isIdle() && !idle.wait(1800 * 1000))
        return run;
    const qint64 allMs = timer.elapsed();

    QSet<QString> mbids;
    QSet<QString> artists;
    for (const auto &event : store.eventsOf(watch->locationId())) {
        for (const QString &artistId : event.value.lineup) {
            artists.insert(artistId);
            if (const QString mbid = store.artist(artistId).value.mbid; !mbid.isEmpty())
                mbids.insert(mbid);
        }
    }
    run.cold = count(sandbox.requestLog());
    run.gigs = int(store.eventIdsOf(watch->locationId()).size());
    run.artists = artists.size();
    run.mbids = mbids.size();
    run.eventsS = double(eventsMs) / 1000.0;
    run.releasesS = double(allMs - eventsMs) / 1000.0;

    // The same place again within the refresh interval.
    sandbox.clearRequestLog();
    gig::LocationWatch *again = registry.watch(QGeoCoordinate(lat, lng), radius);
    run.sameWatch = again == watch;
    releases.enqueueLacking();
    QEventLoop wait;
    QTimer::singleShot(3000, &wait, &QEventLoop::quit);
    wait.exec();
    run.warm = count(sandbox.requestLog());
    run.ok = true;
    return run;
}

// The largest single fall of "releases pending", and how many changes it took to reach 0.
std::pair<int, int> steps(const QList<int> &pending)
{
    int largest = 0;
    for (qsizetype i = 1; i < pending.size(); ++i)
        largest = std::max(largest, pending.at(i - 1) - pending.at(i));
    return { largest, int(pending.size()) };
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QLoggingCategory::setFilterRules(u"gigmap.*.debug=false\ngigmap.*.info=false"_s);
    // About 150 gigs: a mid-sized radius around Lisbon in the sandbox's world for seed 1.
    const double lat = argc > 1 ? QString::fromLocal8Bit(argv[1]).toDouble() : 38.7223;
    const double lng = argc > 2 ? QString::fromLocal8Bit(argv[2]).toDouble() : -9.1393;
    const double radius = argc > 3 ? QString::fromLocal8Bit(argv[3]).toDouble()
        : gig::bench::quick()      ? 3
                                   : 10;

    const Run batched = coldPlace(true, lat, lng, radius);
    if (!batched.ok)
        return 3;
    const Run perArtist = coldPlace(false, lat, lng, radius);
    if (!perArtist.ok)
        return 4;

    std::printf(
        "bench_refreshengine: cold place %.4f,%.4f r=%.0f km: %d gigs, %lld artists, %lld MBIDs\n",
        lat, lng, radius, batched.gigs, qlonglong(batched.artists), qlonglong(batched.mbids));
    const double budget = double(batched.artists); // one request a second per artist
    for (const auto &[name, run] :
        { std::pair { "batched", &batched }, std::pair { "per-artist", &perArtist } }) {
        const Counts &c = run->cold;
        std::printf("  %s: %d event pages, %d searches, %d browses (%d duplicates), %d extra "
                    "pages, %d name searches; %d duplicate requests, %d refused (503)\n",
            name, c.eventPages, c.searches, c.firstBrowses, c.duplicateBrowses, c.extraPages,
            c.nameSearches, c.duplicates, c.refused);
        std::printf("    events after %.2f s; every release known %.1f s later for %d MusicBrainz "
                    "requests (%.3f s a request); %.2f x (artists x 1 s); pending fell in %d "
                    "changes, at most %d at once\n",
            run->eventsS, run->releasesS, c.musicbrainz(),
            run->releasesS / std::max(1, c.musicbrainz()), run->releasesS / budget,
            steps(run->pendingSteps).second, steps(run->pendingSteps).first);
        std::printf("    same place again: same watch %s, %d MusicBrainz requests\n",
            run->sameWatch ? "yes" : "no", run->warm.musicbrainz());
    }

    using gig::bench::report;
    using gig::bench::single;
    using gig::bench::Target;
    constexpr char section[] = "Refresh engine";
    const QByteArray place = "cold place " + QByteArray::number(lat, 'f', 4) + ","
        + QByteArray::number(lng, 'f', 4) + " r=" + QByteArray::number(radius) + " km: ";
    report(section, QByteArray(place + "gigs"), single(batched.gigs), "");
    report(section, QByteArray(place + "artists"), single(double(batched.artists)), "");
    report(section, QByteArray(place + "MBIDs"), single(double(batched.mbids)), "");
    report(section, "requests: event pages", single(batched.cold.eventPages), "");
    report(section, "events known after", single(batched.eventsS), "s");

    // Batched: many artists a search.
    const Counts &b = batched.cold;
    bool pass = true;
    report(section, "batched: MusicBrainz requests until every release is known",
        single(b.musicbrainz()), "");
    report(section, "batched: release-group searches (pages)", single(b.searches), "");
    report(section, "batched: browses (first pages + extra pages)",
        single(b.firstBrowses + b.extraPages), "");
    report(section, "batched: name searches (artists without an MBID)", single(b.nameSearches), "");
    report(
        section, "batched: every release known after the events", single(batched.releasesS), "s");
    pass = report(section, "batched: that time over (artists × 1 s)",
               single(batched.releasesS / budget), "×", Target::atMost(0.2))
        && pass;
    pass = report(section, "batched: requests refused for breaking 1 a second (503)",
               single(b.refused), "", Target::atMost(0))
        && pass;
    pass = report(
               section, "batched: duplicate requests", single(b.duplicates), "", Target::atMost(0))
        && pass;
    report(section, "batched: changes of releases pending until 0",
        single(steps(batched.pendingSteps).second), "");
    report(section, "batched: largest single fall of releases pending",
        single(steps(batched.pendingSteps).first), "");
    pass = report(section, "batched: same place again within the refresh interval: requests",
               single(batched.warm.musicbrainz()), "", Target::atMost(0))
        && pass;

    // Per artist: one browse each.
    const Counts &p = perArtist.cold;
    const double ideal = double(p.musicbrainz()); // one MusicBrainz request a second
    pass = report(section, "per-artist: release-group browses (first pages)",
               single(p.firstBrowses), "",
               Target::custom(
                   QByteArray("one per MBID (" + QByteArray::number(perArtist.mbids) + ")"),
                   p.firstBrowses == perArtist.mbids))
        && pass;
    pass = report(section, "per-artist: duplicate browses", single(p.duplicateBrowses), "",
               Target::atMost(0))
        && pass;
    report(
        section, "per-artist: extra pages (artists with > 100 groups)", single(p.extraPages), "");
    report(
        section, "per-artist: name searches (artists without an MBID)", single(p.nameSearches), "");
    report(section,
        QByteArray("per-artist: every release known after the events, for "
            + QByteArray::number(p.musicbrainz()) + " MusicBrainz requests"),
        single(perArtist.releasesS), "s");
    pass = report(section, "per-artist: that time over the MusicBrainz limit (requests × 1 s)",
               single(perArtist.releasesS / ideal), "×", Target::atMost(1.05))
        && pass;
    pass = report(section, "per-artist: same place again within the refresh interval: browses",
               single(perArtist.warm.firstBrowses + perArtist.warm.extraPages), "",
               Target::atMost(0))
        && pass;
    report(section, "batched time over per-artist time",
        single(batched.releasesS / perArtist.releasesS), "×");
    return pass ? 0 : 1;
}
