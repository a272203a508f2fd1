// Writing 100,000 gigs to CSV (and to iCalendar, for reference): median, min and max of 7 runs
// beside the target (CSV under 400 ms), and BENCH lines (benchreport.h). Exits 1 when the CSV
// median misses it.
#include "app/export/csvwriter.h"
#include "app/export/icswriter.h"
#include "benchreport.h"

#include <QElapsedTimer>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

QList<gig::ExportGig> makeGigs(int count)
{
    QList<gig::ExportGig> gigs;
    gigs.reserve(count);
    for (int i = 0; i < count; ++i) {
        gig::ExportGig gig;
        gig.event.id = u"tm:G5v"_s + QString::number(i);
        gig.event.name = (i % 7 == 0 ? u"=Festival, \"Night\" "_s : u"Gig "_s) + QString::number(i);
        gig.event.start = gig::EventStart(QDate(2026, 12, 1).addDays(i % 90), QTime(20, 0), 3600);
        gig.event.venue = { u"Hall "_s + QString::number(i % 500), QGeoCoordinate(52.5, 13.4),
            u"Berlin"_s, u"DE"_s };
        gig.event.url = u"https://example.com/event/"_s + QString::number(i);
        gig.distanceKm = (i % 300) / 10.0;
        for (int a = 0; a < 3; ++a) {
            gig::ArtistRelease entry;
            entry.artist = gig::Artist { u"a"_s + QString::number(i * 3 + a), u"mbid"_s,
                u"Artist "_s + QString::number(a), {} };
            entry.state
                = a == 2 ? gig::ArtistRelease::State::None : gig::ArtistRelease::State::Known;
            if (a != 2)
                entry.release = gig::Release { u"rg"_s, u"Title, Vol. "_s + QString::number(a),
                    gig::ReleaseType::Album, gig::PartialDate::fromYear(2020) };
            gig.lineup.append(entry);
        }
        gigs.append(gig);
    }
    return gigs;
}

template<typename F> gig::bench::Stats timeRuns(int runs, F &&work)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        ms.append(double(timer.nsecsElapsed()) / 1e6);
    }
    return gig::bench::statsOf(ms);
}

} // namespace

int main()
{
    const QList<gig::ExportGig> gigs = makeGigs(100'000);
    qsizetype bytes = 0;
    const gig::bench::Stats csv
        = timeRuns(gig::bench::runs(7, 3), [&] { bytes = gig::CsvWriter::write(gigs, {}).size(); });
    const gig::bench::Stats ics = timeRuns(gig::bench::runs(3, 1), [&] {
        gig::IcsWriter::write(gigs, QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC));
    });
    const bool pass = csv.median < 400;
    std::printf(
        "bench_export: CSV of 100,000 gigs (%.1f MiB): median %.1f ms, min %.1f ms, max %.1f ms"
        " — target < 400 ms: %s\n",
        double(bytes) / 1048576.0, csv.median, csv.min, csv.max, pass ? "pass" : "FAIL");
    std::printf("bench_export: iCalendar of 100,000 gigs: median %.1f ms, min %.1f ms, max %.1f ms"
                " (no target)\n",
        ics.median, ics.min, ics.max);
    const QByteArray csvFigure
        = "CSV, 100,000 gigs (" + QByteArray::number(double(bytes) / 1048576.0, 'f', 1) + " MiB)";
    gig::bench::report("Export", csvFigure, csv, "ms", gig::bench::Target::below(400));
    gig::bench::report("Export", "iCalendar, 100,000 gigs", ics, "ms");
    return pass ? 0 : 1;
}
