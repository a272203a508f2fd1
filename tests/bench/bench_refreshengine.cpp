// The refresh engine against the sandbox with the real services' rate limits, in real time:
// a cold place (requests made, time until every release is known) and the same place again
// within the refresh interval (MusicBrainz requests: none). Prints the figures beside their
// targets (and BENCH lines, see benchreport.h); exits 1 when one is missed. It takes about one
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
    int extraPages = 0; // offset > 0
    int searches = 0; // artist lookups by name
    int duplicates = 0; // first browses of an MBID already browsed
};

Counts count(const QList<gig::SandboxRequest> &log)
{
    Counts c;
    QSet<QString> browsed;
    for (const gig::SandboxRequest &r : log) {
        if (r.service == gig::SandboxService::Ticketmaster) {
            ++c.eventPages;
        } else if (r.service == gig::SandboxService::MusicBrainz) {
            if (r.path.endsWith(u"/artist"_s)) {
                ++c.searches;
            } else if (r.query.queryItemValue(u"offset"_s).toInt() > 0) {
                ++c.extraPages;
            } else {
                const QString mbid = r.query.queryItemValue(u"artist"_s);
                c.duplicates += browsed.contains(mbid) ? 1 : 0;
                browsed.insert(mbid);
                ++c.firstBrowses;
            }
        }
    }
    return c;
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

    QTemporaryDir dir;
    gig::SandboxServer sandbox; // realism on: MusicBrainz 503 past 1/s, Ticketmaster 429 past 5/s
    if (!sandbox.listen())
        return 2;
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
    gig::ReleaseRefresher releases(&musicbrainz, &store, clock, settings);
    gig::LocationRegistry registry(&ticketmaster, &store, &releases, clock, settings);

    QElapsedTimer timer;
    timer.start();
    gig::LocationWatch *watch = registry.watch(QGeoCoordinate(lat, lng), radius);
    registry.setShownLocation(watch->locationId());
    QSignalSpy refreshed(watch, &gig::LocationWatch::refreshed);
    if (!refreshed.wait(60000))
        return 3;
    const qint64 eventsMs = timer.elapsed();
    QSignalSpy idle(&releases, &gig::ReleaseRefresher::idle);
    if (!releases.isIdle() && !idle.wait(1800 * 1000))
        return 4;
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
    const Counts cold = count(sandbox.requestLog());
    const int gigs = int(store.eventIdsOf(watch->locationId()).size());
    const int mbRequests = cold.firstBrowses + cold.extraPages + cold.searches;
    const double ideal = double(mbRequests); // one MusicBrainz request a second
    const double seconds = double(allMs - eventsMs) / 1000.0;

    // The same place again within the refresh interval.
    sandbox.clearRequestLog();
    gig::LocationWatch *again = registry.watch(QGeoCoordinate(lat, lng), radius);
    releases.enqueueLacking();
    QTimer::singleShot(3000, &app, &QCoreApplication::quit);
    app.exec();
    const Counts warm = count(sandbox.requestLog());

    std::printf(
        "bench_refreshengine: cold place %.4f,%.4f r=%.0f km: %d gigs, %lld artists, %lld MBIDs\n",
        lat, lng, radius, gigs, qlonglong(artists.size()), qlonglong(mbids.size()));
    std::printf("  requests: %d event pages, %d release browses (%d duplicates), %d extra pages, "
                "%d name searches\n",
        cold.eventPages, cold.firstBrowses, cold.duplicates, cold.extraPages, cold.searches);
    std::printf(
        "  target: event pages + one browse per MBID (%lld) + extra pages; zero duplicates: %s\n",
        qlonglong(mbids.size()),
        cold.duplicates == 0 && cold.firstBrowses == mbids.size() ? "pass" : "FAIL");
    std::printf("  events known after %.2f s; every release known after %.1f s more "
                "(MusicBrainz limit: %d requests x 1 s = %.0f s; ratio %.3f, target <= 1.05: %s)\n",
        double(eventsMs) / 1000.0, seconds, mbRequests, ideal, seconds / ideal,
        seconds / ideal <= 1.05 ? "pass" : "FAIL");
    std::printf("  same place again: same watch %s, %d event pages, %d MusicBrainz requests "
                "(target 0: %s)\n",
        again == watch ? "yes" : "no", warm.eventPages,
        warm.firstBrowses + warm.extraPages + warm.searches,
        warm.firstBrowses + warm.extraPages == 0 ? "pass" : "FAIL");

    using gig::bench::report;
    using gig::bench::single;
    using gig::bench::Target;
    constexpr char section[] = "Refresh engine";
    const QByteArray place = "cold place " + QByteArray::number(lat, 'f', 4) + ","
        + QByteArray::number(lng, 'f', 4) + " r=" + QByteArray::number(radius) + " km: ";
    report(section, QByteArray(place + "gigs"), single(gigs), "");
    report(section, QByteArray(place + "artists"), single(double(artists.size())), "");
    report(section, QByteArray(place + "MBIDs"), single(double(mbids.size())), "");
    report(section, "requests: event pages", single(cold.eventPages), "");
    bool pass = report(section, "requests: release-group browses (first pages)",
        single(cold.firstBrowses), "",
        Target::custom(QByteArray("one per MBID (" + QByteArray::number(mbids.size()) + ")"),
            cold.firstBrowses == mbids.size()));
    pass = report(section, "requests: duplicate browses", single(cold.duplicates), "",
               Target::atMost(0))
        && pass;
    report(
        section, "requests: extra pages (artists with > 100 groups)", single(cold.extraPages), "");
    report(section, "requests: name searches (artists without an MBID)", single(cold.searches), "");
    report(section, "events known after", single(double(eventsMs) / 1000.0), "s");
    report(section,
        QByteArray("every release known after the events, for " + QByteArray::number(mbRequests)
            + " MusicBrainz requests"),
        single(seconds), "s");
    pass = report(section, "that time over the MusicBrainz limit (requests × 1 s)",
               single(seconds / ideal), "×", Target::atMost(1.05))
        && pass;
    pass = report(section, "same place again within the refresh interval: release-group browses",
               single(warm.firstBrowses + warm.extraPages), "", Target::atMost(0))
        && pass;
    return pass ? 0 : 1;
}
