// Times loading the built-in basemap (what Basemap::builtIn() does once), isLand() queries and
// projecting every point of it to world pixels (what drawing the whole outline costs).
// Prints median, min and max beside each target (and BENCH lines, see benchreport.h); exits 1
// when a target is missed.
#include "benchreport.h"
#include "models/basemap.h"
#include "models/mercator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTextStream>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

bool report(QTextStream &out, const QString &name, const gig::bench::Stats &f, double target,
    const QString &unit)
{
    const bool pass = f.median <= target;
    out << name << u": median "_s << QString::number(f.median, 'f', 3) << ' ' << unit << u" (min "_s
        << QString::number(f.min, 'f', 3) << u", max "_s << QString::number(f.max, 'f', 3)
        << u"), target ≤ "_s << target << ' ' << unit << u": "_s << (pass ? u"PASS"_s : u"FAIL"_s)
        << Qt::endl;
    return pass;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);

    const int LoadRuns = gig::bench::runs(30, 5);
    constexpr double LoadTargetMs = 30.0;
    const int QueryRuns = gig::bench::runs(20, 5);
    constexpr int QueriesPerRun = 5000;
    constexpr double QueryTargetUs = 20.0;
    const int ProjectRuns = gig::bench::runs(20, 5);
    constexpr double ProjectTargetMs = 10.0;

    // Loading: open the embedded resource and decode it, as builtIn() does on first use.
    QList<double> loadMs;
    gig::Basemap map;
    for (int run = 0; run < LoadRuns; ++run) {
        QElapsedTimer timer;
        timer.start();
        QFile file(u":/basemap/world.gmbm"_s);
        if (!file.open(QIODevice::ReadOnly) || !map.load(&file)) {
            out << u"bench_basemap: cannot load the built-in basemap: "_s << map.errorString()
                << Qt::endl;
            return 2;
        }
        loadMs.append(timer.nsecsElapsed() / 1e6);
    }
    out << u"basemap: "_s << map.landRings().size() << u" land rings, "_s
        << map.borderLines().size() << u" border lines, "_s << map.pointCount() << u" points"_s
        << Qt::endl;

    // Queries: points spread uniformly over lng/lat (most over sea, a third over land) plus
    // points in busy Europe, where the big Eurasian ring has to be walked.
    QRandomGenerator random(7);
    QList<QPointF> points;
    for (int i = 0; i < QueriesPerRun; ++i) {
        if (i % 2)
            points.append(QPointF(random.bounded(360.0) - 180.0, random.bounded(170.0) - 85.0));
        else
            points.append(QPointF(random.bounded(40.0) - 10.0, random.bounded(25.0) + 35.0));
    }
    QList<double> queryUs;
    int land = 0;
    for (int run = 0; run < QueryRuns; ++run) {
        land = 0;
        QElapsedTimer timer;
        timer.start();
        for (const QPointF &p : points)
            land += map.isLand(p) ? 1 : 0;
        queryUs.append(timer.nsecsElapsed() / 1e3 / QueriesPerRun);
    }
    out << u"isLand: "_s << land << u" of "_s << QueriesPerRun << u" sample points on land"_s
        << Qt::endl;

    // Projection: every land and border point to world pixels at a fractional zoom.
    QList<double> projectMs;
    double checksum = 0;
    for (int run = 0; run < ProjectRuns; ++run) {
        QElapsedTimer timer;
        timer.start();
        for (const QList<gig::Basemap::Path> *paths : { &map.landRings(), &map.borderLines() }) {
            for (const gig::Basemap::Path &path : *paths) {
                for (const QPointF &p : path.points)
                    checksum += gig::Mercator::projectLngLat(p, 5.5).y();
            }
        }
        projectMs.append(timer.nsecsElapsed() / 1e6);
    }
    out << u"projection checksum: "_s << checksum << Qt::endl; // keeps the loop from being dropped

    bool pass = report(
        out, u"load built-in basemap"_s, gig::bench::statsOf(loadMs), LoadTargetMs, u"ms"_s);
    pass = report(out, u"isLand query"_s, gig::bench::statsOf(queryUs), QueryTargetUs, u"µs"_s)
        && pass;
    pass = report(out, u"project all points"_s, gig::bench::statsOf(projectMs), ProjectTargetMs,
               u"ms"_s)
        && pass;

    using gig::bench::Target;
    gig::bench::report("Basemap",
        "load: open the resource and decode it (what Basemap::builtIn() does once)", loadMs, "ms",
        Target::atMost(LoadTargetMs));
    gig::bench::report("Basemap",
        "isLand() one query (5,000 points a run: half over the world, half over Europe)", queryUs,
        "µs", Target::atMost(QueryTargetUs));
    gig::bench::report("Basemap", "project every point to world pixels (zoom 5.5)", projectMs, "ms",
        Target::atMost(ProjectTargetMs));
    return pass ? 0 : 1;
}
