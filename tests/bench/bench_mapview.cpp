// Benchmark of the map: painting a full view with 10,000 gigs over cached tiles, building the
// cluster index for 100,000 points and querying it for a view. Run in a Release build. Prints
// median, min and max beside each target (and BENCH lines, see benchreport.h); exits 1 when a
// wall-time median misses its target.
#include "../ui/faketilesource.h"
#include "benchreport.h"
#include "models/gigclusterindex.h"
#include "models/gigroles.h"
#include "ui/map/mapview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QRandomGenerator>
#include <QStandardItemModel>
#include <QTest>
#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace gig;

namespace {

// CPU time of the whole process (Qt's raster engine spreads large scaled draws over a thread
// pool): on a shared, loaded machine wall time also counts the wait for a core, so both are
// reported. The exit code follows the wall-time medians.
using gig::bench::processCpuMs;

bool allPassed = true;

using gig::bench::Stats;

void report(const char *what, const Stats &wall, const Stats &cpu, double targetMs)
{
    allPassed = allPassed && wall.median < targetMs;
    std::printf("%s\n  wall: median %8.3f ms  min %8.3f  max %8.3f   target < %g ms  %s\n"
                "  cpu:  median %8.3f ms  min %8.3f  max %8.3f   target < %g ms  %s\n",
        what, wall.median, wall.min, wall.max, targetMs, wall.median < targetMs ? "PASS" : "FAIL",
        cpu.median, cpu.min, cpu.max, targetMs, cpu.median < targetMs ? "PASS" : "FAIL");
    const auto target = gig::bench::Target::below(targetMs);
    gig::bench::report("MapView", QByteArray(what + QByteArray(" (wall)")), wall, "ms", target);
    gig::bench::report(
        "MapView", QByteArray(what + QByteArray(" (CPU, all threads)")), cpu, "ms", target);
}

// Runs `work` `runs` times and reports wall and thread CPU time.
template<typename Work> void measure(const char *what, int runs, double targetMs, Work &&work)
{
    QList<double> wall;
    QList<double> cpu;
    QElapsedTimer timer;
    for (int i = 0; i < runs; ++i) {
        const double cpuStart = processCpuMs();
        timer.start();
        work(i);
        wall.append(timer.nsecsElapsed() / 1e6);
        cpu.append(processCpuMs() - cpuStart);
    }
    report(what, gig::bench::statsOf(wall), gig::bench::statsOf(cpu), targetMs);
}

// Points clustered round cities, as gigs are: a few hundred cities, a spread of some km.
QList<QPointF> gigPlaces(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    const auto uniform = [&random](double low, double high) {
        return low + random.generateDouble() * (high - low);
    };
    QList<QPointF> cities;
    for (int i = 0; i < 300; ++i) // mostly Europe and North America, some elsewhere
        cities.append(i % 3 == 0 ? QPointF(uniform(-125.0, -70.0), uniform(25.0, 50.0))
                : i % 3 == 1     ? QPointF(uniform(-10.0, 30.0), uniform(36.0, 60.0))
                                 : QPointF(uniform(-180.0, 180.0), uniform(-50.0, 65.0)));
    QList<QPointF> places;
    places.reserve(count);
    for (int i = 0; i < count; ++i) {
        const QPointF city = cities[int(random.bounded(cities.size()))];
        places.append(city + QPointF(uniform(-0.3, 0.3), uniform(-0.2, 0.2)));
    }
    return places;
}

void benchPaint(
    const char *what, const QGeoCoordinate &centre, double zoom, QStandardItemModel &model)
{
    FakeTileSource source;
    source.autoColor = QColor(0xf2, 0xef, 0xe9);
    MapView view;
    view.setAnimationsEnabled(false);
    view.resize(1280, 800);
    view.setTileSource(&source);
    view.setModel(&model);
    view.setView(centre, zoom);
    view.show();
    QImage frame(view.size(), QImage::Format_RGB32);
    // Let every tile arrive and decode, and the index build from the model.
    for (int i = 0; i < 50; ++i) {
        QTest::qWait(20);
        view.render(&frame);
    }
    measure(what, gig::bench::runs(300, 60), 8.0, [&](int i) {
        view.setView(
            view.coordinateAt(QPointF(640 + (i % 2 ? 3 : -3), 400)), zoom); // a drag's step
        view.render(&frame);
    });
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    // Cluster index: build for 100,000 points, query for a 1280×800 view.
    {
        const QList<QPointF> places = gigPlaces(100000, 42);
        QList<GigClusterIndex::Point> points;
        for (int i = 0; i < places.size(); ++i)
            points.append({ places[i], i });
        GigClusterIndex index;
        measure("cluster index build, 100,000 points, zooms 0-20", gig::bench::runs(7, 3), 250.0,
            [&](int) { index.build(points); });

        QRandomGenerator random(7);
        QList<QRectF> views;
        QList<double> zooms;
        for (int i = 0; i < 2000; ++i) {
            const double zoom = 2.0 + random.generateDouble() * 14.0;
            const QPointF at
                = GigClusterIndex::toMercator(places[int(random.bounded(places.size()))]);
            const double size = 256.0 * std::exp2(zoom);
            views.append(QRectF(at.x() - 640 / size, at.y() - 400 / size, 1280 / size, 800 / size));
            zooms.append(zoom);
        }
        QList<GigClusterIndex::Item> items;
        qsizetype shown = 0;
        measure(
            "cluster query for a 1280x800 view (zoom 2-16)", int(views.size()), 2.0, [&](int i) {
                index.query(views[i], zooms[i], &items);
                shown += items.size();
            });
        std::printf("  (%.0f markers a view on average)\n", double(shown) / views.size());
    }

    // Painting: 10,000 gigs, tiles in memory, rendered into a QImage.
    QStandardItemModel model;
    const QList<QPointF> places = gigPlaces(10000, 3);
    for (int i = 0; i < places.size(); ++i) {
        auto *item = new QStandardItem;
        item->setData(QString::number(i), EventIdRole);
        item->setData(
            QVariant::fromValue(QGeoCoordinate(places[i].y(), places[i].x())), CoordinateRole);
        item->setData(i % 17 == 0 ? 1 : 0, StatusRole);
        model.appendRow(item);
    }
    benchPaint(
        "paint 1280x800, 10,000 gigs, world (zoom 2.5)", QGeoCoordinate(30, -40), 2.5, model);
    benchPaint("paint 1280x800, 10,000 gigs, Europe (zoom 5)", QGeoCoordinate(48, 10), 5.0, model);
    benchPaint(
        "paint 1280x800, 10,000 gigs, region (zoom 8.3)", QGeoCoordinate(48, 10), 8.3, model);
    return allPassed ? 0 : 1;
}
