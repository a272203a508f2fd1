// Benchmark of GigStore and CacheDatabase at the scale of a busy day: 100,000 gigs with
// 300,000 lineup entries. Prints median/min/max of each figure with its target (and BENCH lines,
// see benchreport.h); exits 1 when a median misses its target.
#include "app/storage/cachedatabase.h"
#include "benchdata.h"
#include "benchreport.h"
#include "models/gigstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <malloc.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int eventCount = 100'000;
constexpr int artistCount = 30'000;
constexpr int lineupSize = 3; // 300,000 lineup entries
constexpr int locationCount = 10;

const QDateTime t0(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);

struct Data
{
    QList<gig::Event> events;
    QList<gig::Artist> artists;
    QList<gig::Location> locations;
};

Data makeData()
{
    Data data;
    data.events.reserve(eventCount);
    for (int i = 0; i < eventCount; ++i) {
        data.events.append(gig::bench::syntheticEvent(i, artistCount,
            QGeoCoordinate(45.0 + (i % 1000) * 0.01, 5.0 + (i % 997) * 0.01),
            u"City %1"_s.arg(i % 300), lineupSize));
    }
    for (int a = 0; a < artistCount; ++a)
        data.artists.append(gig::bench::syntheticArtist(a));
    // Overlapping places: each shares a fifth of its gigs with the next one.
    const int perLocation = eventCount / locationCount;
    for (int l = 0; l < locationCount; ++l) {
        gig::Location location;
        location.id = u"place-%1"_s.arg(l);
        location.name = location.id;
        location.coordinate = QGeoCoordinate(50.0 + l, 8.0);
        const int first = std::max(0, l * perLocation - perLocation / 5);
        for (int i = first; i < (l + 1) * perLocation; ++i)
            location.eventIds.append(data.events.at(i).id);
        data.locations.append(std::move(location));
    }
    return data;
}

void fill(gig::GigStore &store, const Data &data)
{
    gig::GigStore::Batch batch(store);
    store.upsertEvents(data.events, t0, t0.addDays(1));
    store.upsertArtists(data.artists, t0, t0.addDays(7));
    for (int a = 0; a < artistCount; a += 2)
        store.upsertLatestRelease({ data.artists.at(a).mbid, std::nullopt }, t0, t0.addDays(7));
    for (const gig::Location &location : data.locations)
        store.upsertLocation(location, t0, t0.addDays(1));
}

// Wall time and the CPU time of the process (all threads): on a shared machine the second
// shows the work itself, the first what a user would wait.
class Stopwatch
{
public:
    Stopwatch() { restart(); }
    void restart()
    {
        m_wall.start();
        m_cpuMs = gig::bench::processCpuMs();
    }
    double wallMs() const { return double(m_wall.nsecsElapsed()) / 1e6; }
    double cpuMs() const { return gig::bench::processCpuMs() - m_cpuMs; }

private:
    QElapsedTimer m_wall;
    double m_cpuMs = 0;
};

struct Figures
{
    QList<double> ms;
    QList<double> cpu;
    void add(const Stopwatch &watch)
    {
        ms.append(watch.wallMs());
        cpu.append(watch.cpuMs());
    }
    double median() const { return gig::bench::statsOf(ms).median; }
    double cpuMedian() const { return gig::bench::statsOf(cpu).median; }
    double min() const { return *std::min_element(ms.cbegin(), ms.cend()); }
    double max() const { return *std::max_element(ms.cbegin(), ms.cend()); }
};

int missedTargets = 0;
constexpr char section[] = "GigStore and CacheDatabase";

// targetMs <= 0: a figure to report, with no target.
void report(const char *name, const Figures &figures, double targetMs)
{
    const bool hasTarget = targetMs > 0;
    const bool pass = !hasTarget || figures.median() < targetMs;
    if (!pass)
        ++missedTargets;
    std::printf("%-44s median %7.1f ms  min %7.1f  max %7.1f  cpu %7.1f  (%lld runs)  ", name,
        figures.median(), figures.min(), figures.max(), figures.cpuMedian(),
        static_cast<long long>(figures.ms.size()));
    if (hasTarget)
        std::printf("target < %4.0f ms  %s\n", targetMs, pass ? "PASS" : "FAIL");
    else
        std::printf("(no target)\n");
    const QByteArray figure = QByteArray(name).trimmed();
    const auto target
        = hasTarget ? gig::bench::Target::below(targetMs) : gig::bench::Target::none();
    gig::bench::report(section, QByteArray(figure + " (wall)"), figures.ms, "ms", target);
    gig::bench::report(
        section, QByteArray(figure + " (CPU, all threads)"), figures.cpu, "ms", target);
}

size_t heapInUse()
{
    const struct mallinfo2 info = mallinfo2();
    return info.uordblks + info.hblkhd;
}

long statusKiB(const char *field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int runs = gig::bench::runs(5, 2);
    // With an argument, only the parts named: memory, upsert, sweep, persist (for profiling).
    const QStringList only = app.arguments().mid(1);
    const auto wanted = [&only](const QString &part) {
        return only.isEmpty() || only.contains(part);
    };

    std::printf("GigStore/CacheDatabase benchmark: %d events, %d lineup entries, %d artists, "
                "%d places\n",
        eventCount, eventCount * lineupSize, artistCount, locationCount);

    // Memory first, in a clean heap: the store's own share, with the input freed.
    if (wanted(u"memory"_s)) {
        const size_t heapBefore = heapInUse();
        const long rssBefore = statusKiB("VmRSS");
        auto store = std::make_unique<gig::GigStore>();
        {
            const Data data = makeData();
            fill(*store, data);
        }
        malloc_trim(0);
        const size_t heapAfter = heapInUse();
        const long rssAfter = statusKiB("VmRSS");
        std::printf("%-44s heap %6.1f MiB  RSS delta %6.1f MiB  VmHWM %6.1f MiB (report only)\n",
            "memory of a store with 100,000 events", double(heapAfter - heapBefore) / 1048576.0,
            double(rssAfter - rssBefore) / 1024.0, double(statusKiB("VmHWM")) / 1024.0);
        gig::bench::report(section, "memory of a store with 100,000 events: heap in use",
            gig::bench::single(double(heapAfter - heapBefore) / 1048576.0), "MiB");
        gig::bench::report(section, "memory of a store with 100,000 events: RSS growth",
            gig::bench::single(double(rssAfter - rssBefore) / 1024.0), "MiB");
    }

    const Data data = makeData();

    Figures upsert;
    Figures upsertAll;
    for (int run = 0; run < runs && wanted(u"upsert"_s); ++run) {
        gig::GigStore store;
        Stopwatch timer;
        store.upsertEvents(data.events, t0, t0.addDays(1));
        upsert.add(timer);
        gig::GigStore all;
        timer.restart();
        fill(all, data);
        upsertAll.add(timer);
    }
    if (wanted(u"upsert"_s)) {
        report("upsert 100,000 events (300,000 lineup)", upsert, 300);
        report("  + 30,000 artists, releases, 10 places", upsertAll, 600);
    }

    Figures sweep;
    Figures sweepHalf;
    for (int run = 0; run < runs && wanted(u"sweep"_s); ++run) {
        gig::GigStore store;
        fill(store, data);
        Stopwatch timer;
        const auto kept = store.sweep(t0);
        sweep.add(timer);
        if (kept.events != 0)
            std::printf(
                "unexpected: sweep removed %lld events\n", static_cast<long long>(kept.events));
        for (int l = 0; l < locationCount / 2; ++l)
            store.unwatchLocation(u"place-%1"_s.arg(l));
        timer.restart();
        store.sweep(t0);
        sweepHalf.add(timer);
    }
    if (wanted(u"sweep"_s)) {
        report("sweep over 100,000 events (nothing to drop)", sweep, 50);
        report("sweep dropping half of them", sweepHalf, 0);
    }
    if (!wanted(u"persist"_s))
        return missedTargets ? 1 : 0;

    Figures persist;
    Figures load;
    qint64 fileBytes = 0;
    for (int run = 0; run < gig::bench::runs(3, 1); ++run) {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"gigmap.sqlite"_s);
        {
            gig::GigStore store;
            gig::CacheDatabase cache(&store, path);
            cache.setWriteDelay(std::chrono::hours(1)); // only flush() writes
            cache.load();
            fill(store, data);
            Stopwatch timer;
            cache.flush();
            persist.add(timer);
            if (cache.committedRevision() != store.revision())
                std::printf("unexpected: not everything was committed\n");
        }
        fileBytes = QFile(path).size() + QFile(path + u"-wal"_s).size();
        gig::GigStore store;
        gig::CacheDatabase cache(&store, path);
        Stopwatch timer;
        cache.load();
        load.add(timer);
        if (store.eventCount() != eventCount)
            std::printf(
                "unexpected: loaded %lld events\n", static_cast<long long>(store.eventCount()));
    }
    report("persist 100,000 events (one transaction)", persist, 3000);
    report("load 100,000 events at start", load, 1000);
    std::printf("%-44s %6.1f MiB\n", "cache file size", double(fileBytes) / 1048576.0);
    gig::bench::report(section, "cache file for that store",
        gig::bench::single(double(fileBytes) / 1048576.0), "MiB");
    return missedTargets ? 1 : 0; // 1 when a median missed its target
}
