// Merging the gigs of three providers (mergeGigs, models/gigmerge.h): 10,000 events of about
// 7,700 shows, 30 % of them listed by two providers with the differences real listings have
// (a "The" more or less, accents, coordinates up to 80 m apart, starts up to 30 min apart or no
// time, a support act only one lists). Target: 50 ms. Beside it, measured in the same runs, a
// baseline that every consumer of the events pays anyway: a copy of the list sorted by start and
// id. Prints median/min/max and BENCH lines (benchreport.h); exits 1 when the median misses the
// target or the merge does not find the shows it was given.
#include "benchreport.h"
#include "models/gigmerge.h"

#include <QElapsedTimer>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

constexpr int eventCount = 10'000;
constexpr int dayCount = 60;
constexpr int venuesPerCity = 40;
constexpr int actCount = 4000;
constexpr double targetMs = 50;
constexpr char section[] = "Gig merge";

struct City
{
    const char16_t *name;
    double latitude;
    double longitude;
};

constexpr City cities[] = { { u"London", 51.507, -0.128 }, { u"Berlin", 52.520, 13.405 },
    { u"Paris", 48.857, 2.352 }, { u"Amsterdam", 52.373, 4.893 }, { u"Madrid", 40.417, -3.704 },
    { u"Lisbon", 38.722, -9.139 }, { u"Vienna", 48.208, 16.373 }, { u"Prague", 50.088, 14.421 },
    { u"Copenhagen", 55.676, 12.568 }, { u"Stockholm", 59.329, 18.069 },
    { u"Manchester", 53.480, -2.242 }, { u"Glasgow", 55.864, -4.252 },
    { u"Brussels", 50.850, 4.352 }, { u"Milan", 45.464, 9.190 }, { u"Barcelona", 41.387, 2.168 },
    { u"Hamburg", 53.551, 9.994 }, { u"Cologne", 50.938, 6.960 }, { u"Dublin", 53.350, -6.260 },
    { u"Oslo", 59.914, 10.752 }, { u"Zurich", 47.377, 8.541 } };
constexpr int cityCount = int(std::size(cities));

const QStringList prefixes { u"tm:"_s, u"sk:"_s, u"sg:"_s };

struct Data
{
    QList<gig::Event>
        events; // as the providers deliver them: Ticketmaster's, Songkick's, SeatGeek's
    QHash<QString, QString> artistNames; // artist id → name
    int shows = 0;
};

// The act's name as a provider spells it: the others drop or add a "The", an accent, the case.
QString actName(int act, int provider)
{
    const QString base
        = (act % 9 == 0 ? u"Björk Orchestra "_s : u"Artist "_s) + QString::number(act);
    if (provider == 0)
        return act % 4 == 0 ? u"The "_s + base : base;
    if (provider == 1)
        return act % 4 == 0 ? base + u", The"_s : base.normalized(QString::NormalizationForm_D);
    return base.toUpper();
}

Data makeData()
{
    QRandomGenerator random(20270312);
    QList<QGeoCoordinate> venues;
    for (const City &city : cities) {
        for (int v = 0; v < venuesPerCity; ++v)
            venues.append(QGeoCoordinate(city.latitude + (random.generateDouble() - 0.5) * 0.1,
                city.longitude + (random.generateDouble() - 0.5) * 0.15));
    }

    Data data;
    QList<gig::Event> byProvider[3];
    int serial = 0;
    const auto listing = [&](int provider, const gig::Event &show, const QList<int> &acts) {
        gig::Event event = show;
        event.id = prefixes.at(provider) + QString::number(++serial);
        event.url = u"https://example.com/"_s + event.id;
        for (const int act : acts) {
            const QString artistId = prefixes.at(provider) + u"a"_s + QString::number(act);
            event.lineup.append(artistId);
            data.artistNames.insert(artistId, actName(act, provider));
        }
        byProvider[provider].append(event);
    };

    QSet<int> booked; // act * dayCount + day
    int made = 0;
    while (made < eventCount) {
        const int city = random.bounded(cityCount);
        const int venue = city * venuesPerCity + random.bounded(venuesPerCity);
        gig::Event show;
        show.name = u"Show "_s + QString::number(data.shows);
        const int dayIndex = random.bounded(dayCount);
        const QDate date = QDate(2027, 3, 1).addDays(dayIndex);
        const QTime time(18 + random.bounded(5), random.bounded(2) * 30);
        show.start = gig::EventStart(date, time, 3600);
        show.venue = { (venue % 3 == 0 ? u"The Hall "_s : u"Club "_s) + QString::number(venue),
            venues.at(venue), QString::fromUtf16(cities[city].name), u"EU"_s };
        // A touring act plays one show a day, so that no two shows are one by accident.
        QList<int> acts;
        const int lineupSize = 1 + random.bounded(4);
        while (acts.size() < lineupSize) {
            const int act = random.bounded(actCount);
            if (!acts.contains(act) && !booked.contains(act * dayCount + dayIndex))
                acts.append(act);
        }
        for (const int act : std::as_const(acts))
            booked.insert(act * dayCount + dayIndex);
        const int first = random.bounded(3);
        listing(first, show, acts);
        ++made;
        ++data.shows;
        // 30 % of the shows on a second provider, as that provider lists them.
        if (made < eventCount && random.bounded(100) < 30) {
            const int second = (first + 1 + random.bounded(2)) % 3;
            gig::Event other = show;
            other.name = show.name.toUpper();
            other.venue.coordinate = show.venue.coordinate.atDistanceAndAzimuth(
                random.bounded(80.0), random.bounded(360.0));
            if (venue % 3 == 0)
                other.venue.name = show.venue.name.mid(4); // without the "The "
            const int shift = random.bounded(5);
            other.start = shift == 4
                ? gig::EventStart(date)
                : gig::EventStart(date, time.addSecs((shift - 2) * 15 * 60), 3600);
            listing(second, other, random.bounded(3) == 0 ? acts.mid(0, 1) : acts);
            ++made;
        }
    }
    for (const QList<gig::Event> &events : byProvider)
        data.events += events;
    return data;
}

} // namespace

int main()
{
    const Data data = makeData();
    const auto artistName = [&names = data.artistNames](const QString &artistId) {
        return names.value(artistId);
    };
    const int runs = gig::bench::runs(15, 3);

    // Same run, same events: the baseline and the merge alternate, so that both see the same
    // load.
    QList<double> mergeMs;
    QList<double> mergeCpuMs;
    QList<double> baselineMs;
    qsizetype gigCount = 0;
    for (int run = -1; run < runs; ++run) { // run -1 warms the caches up
        QElapsedTimer timer;
        timer.start();
        QList<gig::Event> sorted = data.events;
        std::sort(sorted.begin(), sorted.end(), [](const gig::Event &a, const gig::Event &b) {
            if (const auto order = a.start <=> b.start; order != 0)
                return order < 0;
            return a.id < b.id;
        });
        const double baseline = double(timer.nsecsElapsed()) / 1e6;

        timer.start();
        const double cpuStart = gig::bench::threadCpuMs();
        const QList<gig::MergedGig> gigs = gig::mergeGigs(data.events, artistName);
        const double merge = double(timer.nsecsElapsed()) / 1e6;
        const double mergeCpu = gig::bench::threadCpuMs() - cpuStart;
        gigCount = gigs.size();
        if (run >= 0) {
            baselineMs.append(baseline);
            mergeMs.append(merge);
            mergeCpuMs.append(mergeCpu);
        }
    }

    const gig::bench::Stats merge = gig::bench::statsOf(mergeMs);
    const gig::bench::Stats mergeCpu = gig::bench::statsOf(mergeCpuMs);
    const gig::bench::Stats baseline = gig::bench::statsOf(baselineMs);
    const double ratio = baseline.median > 0 ? merge.median / baseline.median : 0;
    std::printf("gig merge: %d events of %d shows from 3 providers\n", eventCount, data.shows);
    std::printf("  merge      median %7.2f ms  min %7.2f  max %7.2f  cpu %7.2f  (%d runs)\n",
        merge.median, merge.min, merge.max, mergeCpu.median, runs);
    std::printf("  baseline   median %7.2f ms  min %7.2f  max %7.2f  (copy and sort)\n",
        baseline.median, baseline.min, baseline.max);
    std::printf("  ratio      %.2f   gigs %lld (shows %d)\n", ratio,
        static_cast<long long>(gigCount), data.shows);

    bool pass = gig::bench::report(section, "mergeGigs, 10,000 events of 3 providers (wall)", merge,
        "ms", gig::bench::Target::atMost(targetMs));
    gig::bench::report(section, "mergeGigs, 10,000 events of 3 providers (CPU)", mergeCpu, "ms");
    gig::bench::report(
        section, "baseline: copy and sort the same 10,000 events (wall)", baseline, "ms");
    gig::bench::report(
        section, "ratio merge / baseline (medians)", gig::bench::single(ratio), "ratio");
    const bool allFound = gigCount == data.shows;
    pass = gig::bench::report(section, "gigs after merging (one per show generated)",
               gig::bench::single(double(gigCount)), "gigs",
               gig::bench::Target::custom(
                   QByteArray("= " + QByteArray::number(data.shows) + " shows"), allFound))
        && pass;
    return pass ? 0 : 1;
}
