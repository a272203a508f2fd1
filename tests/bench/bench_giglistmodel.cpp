// The gig table's models at 10,000 gigs of one place: a refresh that changes 100 gigs (model work
// under 5 ms), sorting the filter proxy (under 30 ms), and a start with a warm cache to the
// first painted window (under 600 ms). Prints median/min/max beside each target; exits 1 when a
// median misses it.
#include "app/storage/cachedatabase.h"
#include "models/gigfiltermodel.h"
#include "models/giglistmodel.h"
#include "models/gigstore.h"
#include "tests/bench/benchreport.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

constexpr int gigCount = 10'000;
constexpr int changedGigs = 100;
const QString placeId = u"place-berlin"_s;
const QDateTime t0 = QDateTime::currentDateTimeUtc();

struct Data
{
    QList<gig::Event> events;
    QList<gig::Artist> artists;
    QList<gig::LatestRelease> releases;
    gig::Location place;
};

// 10,000 gigs in and around Berlin over the next 90 days, three artists each from 3,000, and a
// latest release for two artists in three.
Data makeData()
{
    constexpr int artistCount = 3'000;
    Data data;
    for (int a = 0; a < artistCount; ++a) {
        const QString mbid = u"5b11f4ce-a62d-471e-81fc-a69a8278%1"_s.arg(a, 4, 10, QChar(u'0'));
        data.artists.append({ u"tm:K8v%1"_s.arg(a), mbid, u"Artist %1"_s.arg(a), {} });
        if (a % 3 != 0)
            data.releases.append({ mbid,
                gig::Release { u"rg-%1"_s.arg(a), u"Record %1"_s.arg(a), gig::ReleaseType::Album,
                    gig::PartialDate::fromYear(2000 + a % 26) } });
    }
    data.place.id = placeId;
    data.place.name = u"Berlin"_s;
    data.place.coordinate = QGeoCoordinate(52.52, 13.405);
    data.place.radiusKm = 50;
    const QDate today = t0.date();
    for (int i = 0; i < gigCount; ++i) {
        gig::Event event;
        event.id = u"tm:G5v%1"_s.arg(i, 6, 10, QChar(u'0'));
        event.name = u"Night %1 — tour %2"_s.arg(i).arg(i % 37);
        event.status = i % 40 == 0 ? gig::EventStatus::Cancelled : gig::EventStatus::Ok;
        event.start = gig::EventStart(today.addDays(1 + i % 90), QTime(18 + i % 5, 0), 3600);
        event.venue = { u"Venue %1"_s.arg(i % 400),
            QGeoCoordinate(52.3 + (i % 97) * 0.005, 13.1 + (i % 89) * 0.007), u"Berlin"_s,
            u"DE"_s };
        for (int a = 0; a < 3; ++a)
            event.lineup.append(data.artists.at((i * 7 + a * 11) % artistCount).id);
        event.url = u"https://www.example.com/event/"_s + event.id;
        data.place.eventIds.append(event.id);
        data.events.append(std::move(event));
    }
    return data;
}

void fill(gig::GigStore &store, const Data &data)
{
    gig::GigStore::Batch batch(store);
    store.upsertEvents(data.events, t0, t0.addSecs(3600));
    store.upsertArtists(data.artists, t0, t0.addDays(7));
    for (const gig::LatestRelease &release : data.releases)
        store.upsertLatestRelease(release, t0, t0.addDays(7));
    store.upsertLocation(data.place, t0, t0.addSecs(3600));
}

// The models work on the GUI thread alone, so its CPU time (threadCpuMs()) is their cost even
// when other processes hold the cores (wall time then includes waiting).
using gig::bench::threadCpuMs;

struct Timing
{
    double wallMs = 0;
    double cpuMs = 0;
};

template<typename Work> Timing timeOnce(Work &&work)
{
    QElapsedTimer timer;
    const double cpu = threadCpuMs();
    timer.start();
    work();
    return { double(timer.nsecsElapsed()) / 1e6, threadCpuMs() - cpu };
}

constexpr const char *section = "Gig table";

struct Samples
{
    QList<double> wall;
    QList<double> cpu;
};

Samples timeRuns(int runs, const std::function<Timing()> &run)
{
    Samples samples;
    for (int i = 0; i < gig::bench::runs(runs, 3); ++i) {
        const Timing timing = run();
        samples.wall.append(timing.wallMs);
        samples.cpu.append(timing.cpuMs);
    }
    return samples;
}

// The human line and the BENCH line of one figure in milliseconds.
bool report(const char *what, const QList<double> &ms, double targetMs)
{
    const gig::bench::Stats stats = gig::bench::statsOf(ms);
    std::printf("bench_giglistmodel: %s: median %.2f ms, min %.2f ms, max %.2f ms\n", what,
        stats.median, stats.min, stats.max);
    return gig::bench::report(section, what, stats, "ms",
        targetMs > 0 ? gig::bench::Target::below(targetMs) : gig::bench::Target::none());
}

// A refresh of the place that changes `changedGigs` gigs (new names and times), as the engine
// writes it: one batch.
Timing refreshSome(gig::GigStore &store, QList<gig::Event> &events, int round)
{
    QList<gig::Event> changed;
    for (int k = 0; k < changedGigs; ++k) {
        gig::Event &event = events[(k * 97 + round * 13) % events.size()];
        event.name = u"Night renamed %1/%2"_s.arg(k).arg(round);
        event.start = gig::EventStart(event.start.localDate(), QTime(17, round % 60), 3600);
        changed.append(event);
    }
    return timeOnce([&] {
        gig::GigStore::Batch batch(store);
        store.upsertEvents(changed, t0, t0.addSecs(3600));
    });
}

// Paint events reach the table's viewport: the first one with rows is "the first painted window".
class FirstPaint final : public QObject
{
public:
    explicit FirstPaint(const QTableView *table)
        : m_table(table)
    { }
    bool painted = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched == m_table->viewport()
            && m_table->model()->rowCount() > 0)
            painted = true;
        return false;
    }

private:
    const QTableView *m_table;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const Data data = makeData();
    bool pass = true;

    // Model work of a 100-gig refresh: the same batch with and without the model listening.
    {
        gig::GigStore bare;
        fill(bare, data);
        QList<gig::Event> bareEvents = data.events;
        const Samples storeOnly = timeRuns(
            15, [&, round = 0]() mutable { return refreshSome(bare, bareEvents, round++); });

        gig::GigStore store;
        fill(store, data);
        gig::GigListModel model(&store);
        model.setLocationId(placeId);
        gig::GigFilterModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(gig::GigListModel::DateColumn);
        if (model.rowCount() != gigCount) {
            std::fprintf(stderr, "bench_giglistmodel: the model shows %d gigs, not %d\n",
                model.rowCount(), gigCount);
            return 2;
        }
        QList<gig::Event> events = data.events;
        const Samples withModels = timeRuns(
            15, [&, round = 0]() mutable { return refreshSome(store, events, round++); });
        auto minus = [](const QList<double> &with, const QList<double> &without) {
            const double base = gig::bench::statsOf(without).median;
            QList<double> difference;
            for (const double ms : with)
                difference.append(std::max(0.0, ms - base));
            return difference;
        };
        report("refresh changing 100 of 10,000 gigs, store alone", storeOnly.wall, 0);
        report("same with GigListModel + sorted GigFilterModel listening", withModels.wall, 0);
        pass &= report(
            "model work of that refresh (wall)", minus(withModels.wall, storeOnly.wall), 5);
        report("model work of that refresh (CPU)", minus(withModels.cpu, storeOnly.cpu), 5);

        const int columns[] = { gig::GigListModel::DateColumn, gig::GigListModel::DistanceColumn,
            gig::GigListModel::EventColumn, gig::GigListModel::VenueColumn };
        // Every run changes the order (the proxy starts by date, ascending).
        const Samples sort = timeRuns(12, [&, round = 0]() mutable {
            const int column = columns[round % 4];
            const Qt::SortOrder order
                = (round++ / 4) % 2 ? Qt::AscendingOrder : Qt::DescendingOrder;
            return timeOnce([&] { proxy.sort(column, order); });
        });
        pass &= report("sorting the proxy by date, distance, event or venue (wall)", sort.wall, 30);
        report("sorting the proxy by date, distance, event or venue (CPU)", sort.cpu, 30);
    }

    // Start with a warm cache: open the file, fill the store, build and show the window on the
    // last place, until its gig table has painted rows.
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"gigmap.sqlite"_s);
        {
            gig::GigStore store;
            gig::CacheDatabase cache(&store, file);
            cache.load();
            fill(store, data);
            cache.flush();
        }
        const Samples start = timeRuns(5, [&] {
            QElapsedTimer timer;
            const double cpu = threadCpuMs();
            timer.start();
            gig::GigStore store;
            gig::CacheDatabase cache(&store, file);
            cache.load();
            gig::MainWindow window(&store);
            window.resize(1280, 800);
            window.showLocation(placeId);
            FirstPaint firstPaint(window.gigTable());
            window.gigTable()->viewport()->installEventFilter(&firstPaint);
            window.show();
            while (!firstPaint.painted)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
            const Timing timing { double(timer.nsecsElapsed()) / 1e6, threadCpuMs() - cpu };
            if (window.gigListModel()->rowCount() != gigCount)
                std::fprintf(stderr, "bench_giglistmodel: the window shows %d gigs\n",
                    window.gigListModel()->rowCount());
            window.gigTable()->viewport()->removeEventFilter(&firstPaint);
            return timing;
        });
        pass &= report(
            "warm start: cache of 10,000 gigs to the first painted window (wall)", start.wall, 600);
        report("warm start, CPU of the GUI thread (the cache is read on its own thread)", start.cpu,
            0);
    }
    return pass ? 0 : 1;
}
