// How gigmap's costs grow with the number of gigs (1,000, 10,000, 100,000): time and heap of
// GigStore upsert, GigListModel populate with GigFilterModel's sort, MapView's first frame over
// a new model and a steady frame, and CSV export from the store. Prints BENCH lines (see
// benchreport.h) and draws scaling.png (time and memory against gigs, log-log) into
// GIGMAP_BENCH_OUTPUT_DIR. No targets: the other benchmarks judge the sizes they name.
#include "../ui/faketilesource.h"
#include "app/export/csvwriter.h"
#include "app/export/exportgig.h"
#include "benchdata.h"
#include "benchreport.h"
#include "models/gigfiltermodel.h"
#include "models/giglistmodel.h"
#include "models/gigstore.h"
#include "ui/map/mapview.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QRandomGenerator>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTest>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <malloc.h>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr char section[] = "Scaling";
const QDateTime t0(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);
const QGeoCoordinate origin(50.0, 10.0);
const QString placeId = u"place"_s;

// Heap in use (malloc's arenas and mmapped blocks): finer than RSS, which keeps freed pages.
double heapMiB()
{
    const struct mallinfo2 info = mallinfo2();
    return double(info.uordblks + info.hblkhd) / 1048576.0;
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

struct Data
{
    QList<gig::Event> events;
    QList<gig::Artist> artists;
    gig::Location location;
};

// A busy area round central Europe: `count` gigs in 300 towns, three artists each.
Data makeData(int count)
{
    Data data;
    QRandomGenerator random(11);
    QList<QPointF> towns;
    for (int i = 0; i < 300; ++i)
        towns.append(
            QPointF(2.0 + random.generateDouble() * 16.0, 44.0 + random.generateDouble() * 10.0));
    const int artistCount = std::max(10, count * 3 / 10);
    data.events.reserve(count);
    for (int i = 0; i < count; ++i) {
        const QPointF town = towns.at(i % towns.size());
        gig::Event event = gig::bench::syntheticEvent(i, artistCount,
            QGeoCoordinate(
                town.y() + random.generateDouble() * 0.1, town.x() + random.generateDouble() * 0.1),
            u"Town %1"_s.arg(i % towns.size()));
        data.location.eventIds.append(event.id);
        data.events.append(std::move(event));
    }
    for (int a = 0; a < artistCount; ++a) {
        data.artists.append(gig::bench::syntheticArtist(a));
    }
    data.location.id = placeId;
    data.location.name = placeId;
    data.location.coordinate = origin;
    data.location.radiusKm = 1000;
    return data;
}

// What one refresh of the place writes: its gigs, their artists, half the artists' releases.
void fill(gig::GigStore &store, const Data &data)
{
    gig::GigStore::Batch batch(store);
    store.upsertEvents(data.events, t0, t0.addDays(1));
    store.upsertArtists(data.artists, t0, t0.addDays(7));
    for (qsizetype a = 0; a < data.artists.size(); a += 2) {
        const gig::Release release { u"rg-%1"_s.arg(a), u"Title %1"_s.arg(a),
            gig::ReleaseType::Album, gig::PartialDate::fromYear(2020) };
        store.upsertLatestRelease({ data.artists.at(a).mbid, release }, t0, t0.addDays(7));
    }
    store.upsertLocation(data.location, t0, t0.addDays(1));
}

// One component's figures at every size, in the plot's order.
struct Series
{
    QString name;
    QColor color;
    QList<double> ms; // median per size
    QList<double> mib; // heap growth per size; empty when not measured
};

QList<double> timeRuns(
    int runs, const std::function<void()> &prepare, const std::function<void()> &work)
{
    QList<double> samples;
    for (int run = 0; run < runs; ++run) {
        prepare();
        QElapsedTimer timer;
        timer.start();
        work();
        samples.append(msSince(timer));
    }
    return samples;
}

QByteArray label(const char *what, int gigs)
{
    return QByteArray(what) + ", " + QLocale(QLocale::English).toString(gigs).toUtf8() + " gigs";
}

double record(Series &series, const char *what, int gigs, const QList<double> &samples)
{
    const gig::bench::Stats stats = gig::bench::statsOf(samples);
    std::printf("  %-52s median %9.2f ms  min %9.2f  max %9.2f  (%lld runs)\n",
        label(what, gigs).constData(), stats.median, stats.min, stats.max, qlonglong(stats.runs));
    gig::bench::report(section, label(what, gigs), stats, "ms");
    series.ms.append(stats.median);
    return stats.median;
}

void recordMemory(Series &series, const char *what, int gigs, double mib)
{
    std::printf("  %-52s heap %+9.2f MiB\n", label(what, gigs).constData(), mib);
    gig::bench::report(
        section, QByteArray(label(what, gigs) + ": heap growth"), gig::bench::single(mib), "MiB");
    series.mib.append(mib);
}

// A 1280×800 map at zoom 5 over `empty`, every tile in view loaded and decoded.
std::unique_ptr<gig::MapView> makeMap(
    gig::TileSource *tiles, QAbstractItemModel *empty, QImage *image)
{
    auto view = std::make_unique<gig::MapView>();
    view->setAnimationsEnabled(false);
    view->resize(image->size());
    view->setTileSource(tiles);
    view->setModel(empty);
    view->setView(origin, 5.0);
    view->show();
    for (int i = 0; i < 30; ++i) {
        QTest::qWait(10);
        view->render(image);
    }
    return view;
}

// ---- the plot ---------------------------------------------------------------------------------

QString numberLabel(double value)
{
    if (value >= 1000)
        return QLocale(QLocale::English).toString(qlonglong(std::llround(value)));
    return QString::number(value, 'g', 3);
}

QString gigsLabel(int gigs)
{
    return gigs >= 1000 ? QString::number(gigs / 1000) + u"k"_s : QString::number(gigs);
}

// One log-log panel: gigs across, `values(series)` up; series without values are left out.
void drawPanel(QPainter &p, const QRect &area, const QString &title, const QString &yLabel,
    const QList<int> &sizes, const QList<Series> &series,
    const std::function<QList<double>(const Series &)> &values)
{
    double low = 1e300;
    double high = 0;
    for (const Series &s : series) {
        for (double v : values(s)) {
            if (v > 0) {
                low = std::min(low, v);
                high = std::max(high, v);
            }
        }
    }
    if (high <= 0) {
        low = 0.1;
        high = 1;
    }
    const double yMin = std::floor(std::log10(low));
    const double yMax = std::max(yMin + 1, std::ceil(std::log10(high)));
    const double xMin = std::log10(sizes.constFirst()) - 0.15;
    const double xMax = std::log10(sizes.constLast()) + 0.15;

    const QRect plot = area.adjusted(78, 40, -16, -54);
    const auto toPoint = [&](double gigs, double value) {
        const double x = (std::log10(gigs) - xMin) / (xMax - xMin);
        const double y = (std::log10(value) - yMin) / (yMax - yMin);
        return QPointF(plot.left() + x * plot.width(), plot.bottom() - y * plot.height());
    };

    QFont bold = p.font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(Qt::black);
    p.drawText(QRect(area.left(), area.top() + 8, area.width(), 24), Qt::AlignHCenter, title);
    p.setFont(QFont(bold.family(), bold.pointSize()));

    // Grid and y labels at every decade (and 2×, 5× between when there are few decades).
    p.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 1));
    for (int decade = int(yMin); decade <= int(yMax); ++decade) {
        for (double step : { 1.0, 2.0, 5.0 }) {
            const double value = step * std::pow(10.0, decade);
            if (std::log10(value) > yMax + 1e-9 || (step != 1.0 && yMax - yMin > 4))
                continue;
            const QPointF at = toPoint(sizes.constFirst(), value);
            p.setPen(QPen(step == 1.0 ? QColor(0xc8, 0xc8, 0xc8) : QColor(0xea, 0xea, 0xea), 1));
            p.drawLine(QPointF(plot.left(), at.y()), QPointF(plot.right(), at.y()));
            p.setPen(Qt::black);
            const QString text = numberLabel(value);
            p.drawText(QRectF(plot.left() - 70, at.y() - 9, 64, 18),
                Qt::AlignRight | Qt::AlignVCenter, text);
        }
    }
    for (int gigs : sizes) {
        const QPointF at = toPoint(gigs, std::pow(10.0, yMin));
        p.setPen(QPen(QColor(0xc8, 0xc8, 0xc8), 1));
        p.drawLine(QPointF(at.x(), plot.top()), QPointF(at.x(), plot.bottom()));
        p.setPen(Qt::black);
        p.drawText(QRectF(at.x() - 40, plot.bottom() + 4, 80, 18), Qt::AlignHCenter | Qt::AlignTop,
            gigsLabel(gigs));
    }
    p.setPen(QPen(Qt::black, 1));
    p.setBrush(Qt::NoBrush);
    p.drawRect(plot);
    p.drawText(QRect(plot.left(), plot.bottom() + 24, plot.width(), 20), Qt::AlignHCenter,
        u"gigs (log scale)"_s);
    p.save();
    p.translate(area.left() + 14, plot.center().y());
    p.rotate(-90);
    p.drawText(QRect(-plot.height() / 2, -10, plot.height(), 20), Qt::AlignHCenter, yLabel);
    p.restore();

    p.setRenderHint(QPainter::Antialiasing);
    for (const Series &s : series) {
        const QList<double> v = values(s);
        if (v.isEmpty())
            continue;
        QPainterPath path;
        bool started = false;
        for (qsizetype i = 0; i < v.size() && i < sizes.size(); ++i) {
            if (v[i] <= 0)
                continue;
            const QPointF at = toPoint(sizes[i], v[i]);
            if (!started)
                path.moveTo(at);
            else
                path.lineTo(at);
            started = true;
        }
        p.setPen(QPen(s.color, 2.5));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        p.setBrush(s.color);
        for (qsizetype i = 0; i < v.size() && i < sizes.size(); ++i) {
            if (v[i] > 0)
                p.drawEllipse(toPoint(sizes[i], v[i]), 4, 4);
        }
    }
    p.setBrush(Qt::NoBrush);
    p.setRenderHint(QPainter::Antialiasing, false);
}

bool writePlot(const QString &path, const QList<int> &sizes, const QList<Series> &series)
{
    const QSize panel(640, 440);
    const int legendHeight = 34 + 22 * int((series.size() + 1) / 2);
    QImage image(panel.width() * 2, 36 + panel.height() + legendHeight, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    QFont font = p.font();
    font.setPixelSize(13);
    p.setFont(font);
    QFont heading = font;
    heading.setPixelSize(16);
    heading.setBold(true);
    p.setFont(heading);
    p.drawText(QRect(0, 8, image.width(), 26), Qt::AlignHCenter,
        u"gigmap: how time and memory grow with the number of gigs (medians, log-log)"_s);
    p.setFont(font);
    drawPanel(p, QRect(QPoint(0, 36), panel), u"Time per operation (median)"_s,
        u"time (ms, log scale)"_s, sizes, series, [](const Series &s) { return s.ms; });
    drawPanel(p, QRect(QPoint(panel.width(), 36), panel),
        u"Memory: heap growth while the result is alive"_s, u"heap growth (MiB, log scale)"_s,
        sizes, series, [](const Series &s) { return s.mib; });

    // Legend, two columns, under both panels.
    const int top = 36 + panel.height() + 6;
    p.setPen(QColor(0x99, 0x99, 0x99));
    p.setBrush(Qt::NoBrush);
    p.drawRect(QRect(40, top, image.width() - 80, legendHeight - 14));
    for (qsizetype i = 0; i < series.size(); ++i) {
        const int x = 60 + int(i % 2) * (image.width() / 2 - 20);
        const int y = top + 18 + int(i / 2) * 22;
        p.setPen(QPen(series[i].color, 3));
        p.drawLine(x, y, x + 28, y);
        p.setBrush(series[i].color);
        p.drawEllipse(QPointF(x + 14, y), 4, 4);
        p.setBrush(Qt::NoBrush);
        p.setPen(Qt::black);
        QString text = series[i].name;
        if (series[i].mib.isEmpty())
            text += u" (time only)"_s;
        p.drawText(QRect(x + 38, y - 10, image.width() / 2 - 90, 20),
            Qt::AlignLeft | Qt::AlignVCenter, text);
    }
    p.end();
    return image.save(path, "PNG");
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QList<int> sizes { 1'000, 10'000, 100'000 };
    const auto runsFor = [](int gigs) {
        return gigs <= 1'000 ? gig::bench::runs(9, 3)
            : gigs <= 10'000 ? gig::bench::runs(5, 2)
                             : gig::bench::runs(3, 1);
    };

    QList<Series> series {
        { u"GigStore: upsert a refresh (gigs, artists, releases, place)"_s,
            QColor(0x1f, 0x77, 0xb4), {}, {} },
        { u"GigListModel populate + GigFilterModel sort by date"_s, QColor(0xff, 0x7f, 0x0e), {},
            {} },
        { u"MapView: first frame over the model (cluster index + paint)"_s,
            QColor(0x2c, 0xa0, 0x2c), {}, {} },
        { u"MapView: steady frame, 1280×800 (a drag step)"_s, QColor(0x94, 0x67, 0xbd), {}, {} },
        { u"CSV export: collect from the store + write"_s, QColor(0xd6, 0x27, 0x28), {}, {} },
    };
    Series &upsert = series[0];
    Series &table = series[1];
    Series &firstFrame = series[2];
    Series &frame = series[3];
    Series &csv = series[4];

    // A map with every tile in memory, warmed up once over an empty model.
    gig::FakeTileSource tiles;
    tiles.autoColor = QColor(0xf2, 0xef, 0xe9);
    QStandardItemModel empty;
    QImage image(1280, 800, QImage::Format_RGB32);
    const std::unique_ptr<gig::MapView> map = makeMap(&tiles, &empty, &image);
    gig::MapView &view = *map;

    std::printf("bench_scaling: sizes 1,000, 10,000, 100,000 gigs (3 artists a gig)\n");
    for (int gigs : sizes) {
        const int runs = runsFor(gigs);
        const Data data = makeData(gigs);

        // GigStore: one refresh's writes into an empty store.
        std::unique_ptr<gig::GigStore> store;
        record(upsert, "GigStore upsert", gigs,
            timeRuns(
                runs, [&] { store = std::make_unique<gig::GigStore>(); },
                [&] { fill(*store, data); }));
        store.reset();
        malloc_trim(0);
        double before = heapMiB();
        store = std::make_unique<gig::GigStore>();
        fill(*store, data);
        recordMemory(upsert, "GigStore upsert", gigs, heapMiB() - before);

        // The table's models: the place is picked, the list resets and the proxy sorts it.
        std::unique_ptr<gig::GigListModel> list;
        std::unique_ptr<gig::GigFilterModel> filter;
        const auto makeModels = [&] {
            filter.reset();
            list.reset();
            list = std::make_unique<gig::GigListModel>(store.get());
            filter = std::make_unique<gig::GigFilterModel>();
            filter->setSourceModel(list.get());
            filter->sort(gig::GigListModel::DateColumn, Qt::AscendingOrder);
        };
        record(table, "GigListModel populate + sort", gigs,
            timeRuns(runs, makeModels, [&] { list->setLocationId(placeId); }));
        if (filter->rowCount() != gigs)
            std::printf("unexpected: the table shows %d rows\n", filter->rowCount());
        filter.reset();
        list.reset();
        malloc_trim(0);
        before = heapMiB();
        makeModels();
        list->setLocationId(placeId);
        recordMemory(table, "GigListModel populate + sort", gigs, heapMiB() - before);

        // The map over the table's filter model, as the window shows it.
        record(firstFrame, "MapView first frame", gigs,
            timeRuns(
                runs, [&] { view.setModel(&empty); },
                [&] {
                    view.setModel(filter.get());
                    view.render(&image);
                }));
        {
            // A map of its own: the shared one keeps its index buffers from the runs before.
            const std::unique_ptr<gig::MapView> fresh = makeMap(&tiles, &empty, &image);
            malloc_trim(0);
            before = heapMiB();
            fresh->setModel(filter.get());
            fresh->render(&image);
            recordMemory(firstFrame, "MapView first frame", gigs, heapMiB() - before);
        }
        int step = 0;
        record(frame, "MapView steady frame", gigs,
            timeRuns(
                gig::bench::runs(60, 10), [] {},
                [&] {
                    view.setView(view.coordinateAt(QPointF(640 + (step++ % 2 ? 3 : -3), 400)), 5.0);
                    view.render(&image);
                }));
        view.setModel(&empty);
        view.setView(origin, 5.0);

        // CSV export of the whole place, from the store as `gigmap export` does it.
        const QStringList ids = store->eventIdsOf(placeId);
        qsizetype bytes = 0;
        record(csv, "CSV export", gigs,
            timeRuns(
                runs, [] {},
                [&] {
                    const QList<gig::ExportGig> rows = gig::collectExportGigs(*store, ids, origin);
                    bytes = gig::CsvWriter::write(rows, {}).size();
                }));
        malloc_trim(0);
        before = heapMiB();
        {
            const QList<gig::ExportGig> rows = gig::collectExportGigs(*store, ids, origin);
            const QByteArray out = gig::CsvWriter::write(rows, {});
            recordMemory(csv, "CSV export (rows and bytes held)", gigs, heapMiB() - before);
        }
        std::printf("  (CSV: %.1f MiB for %d gigs)\n", double(bytes) / 1048576.0, gigs);
    }

    const QString path
        = QDir(QString::fromLocal8Bit(gig::bench::outputDir())).filePath(u"scaling.png"_s);
    if (!writePlot(path, sizes, series)) {
        std::printf("bench_scaling: cannot write %s\n", qPrintable(path));
        return 2;
    }
    std::printf("bench_scaling: wrote %s\n", qPrintable(path));
    return 0;
}
