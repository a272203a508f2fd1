// My artists: a music library of 20,000 small tagged files (MP3, FLAC, Ogg Vorbis, written once
// into a temporary folder) imported cold (no index: every file read with TagLib), rescanned
// unchanged (index read from the cache, every file looked at, none read: target ≤ 2 s), and the
// index written to the cache; then my artists matched against 100,000 lineup entries (target
// ≤ 20 ms) and the gig table re-marked after a change of the list.
#include "app/library/libraryscan.h"
#include "app/storage/cachedatabase.h"
#include "models/giglistmodel.h"
#include "models/gigstore.h"
#include "models/myartists.h"
#include "models/myartistset.h"
#include "tests/app/library/musicfiles.h"
#include "tests/bench/benchreport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <cstdio>

using namespace Qt::StringLiterals;
using gig::testing::MusicFormat;

namespace {

constexpr const char *section = "My artists";
constexpr int fileCount = 20'000;
constexpr int libraryArtists = 2'000; // 10 files each
constexpr int lineupEntries = 100'000;
constexpr int storeArtists = 30'000;
constexpr int followedCount = 500;

QString mbidOf(int n, char kind)
{
    return u"%1b11f4ce-a62d-471e-81fc-a69a827%2"_s.arg(QChar(u'0' + kind % 10))
        .arg(n, 5, 10, QChar(u'0'));
}

// Artist a: two in three have an MBID in their tags; every 50th file names two artists in one tag.
bool writeLibrary(const QString &root)
{
    for (int i = 0; i < fileCount; ++i) {
        const int a = i % libraryArtists;
        const QString folder = root + u"/Artist %1/Album %2"_s.arg(a).arg(i / libraryArtists % 3);
        if (i < libraryArtists * 3 && !QDir().mkpath(folder))
            return false;
        gig::testing::MusicTags tags;
        tags.artist = { u"Artist %1"_s.arg(a) };
        if (a % 3 != 0)
            tags.artistIds = { mbidOf(a, 1) };
        if (i % 50 == 0 && a % 3 != 0) {
            const int b = (a + 1) % libraryArtists;
            tags.artists = { u"Artist %1"_s.arg(a), u"Artist %1"_s.arg(b) };
            tags.artistIds = { mbidOf(a, 1) + u"/"_s + mbidOf(b, 1) };
        }
        const MusicFormat format = MusicFormat(i % 3);
        const QString suffix = format == MusicFormat::Mp3 ? u"mp3"_s
            : format == MusicFormat::Flac                 ? u"flac"_s
                                                          : u"ogg"_s;
        if (!gig::testing::writeMusicFile(
                folder + u"/%1.%2"_s.arg(i, 5, 10, QChar(u'0')).arg(suffix), format, tags))
            return false;
    }
    return true;
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

bool report(const char *what, const QList<double> &ms, const gig::bench::Target &target)
{
    const gig::bench::Stats stats = gig::bench::statsOf(ms);
    std::printf("bench_myartists: %s: median %.2f ms, min %.2f ms, max %.2f ms\n", what,
        stats.median, stats.min, stats.max);
    return gig::bench::report(section, what, stats, "ms", target);
}

bool benchLibrary()
{
    QTemporaryDir dir;
    const QString root = dir.filePath(u"Music"_s);
    QElapsedTimer timer;
    timer.start();
    if (!writeLibrary(root)) {
        std::fprintf(stderr, "bench_myartists: cannot write the music files\n");
        return false;
    }
    std::printf("bench_myartists: wrote %d tagged files in %.1f s\n", fileCount,
        double(timer.elapsed()) / 1000.0);

    bool ok = true;
    QList<double> cold;
    gig::LibraryScanResult result;
    for (int run = 0; run < gig::bench::runs(3, 1); ++run) {
        timer.start();
        result = gig::LibraryScan::run({ root }, {});
        cold.append(msSince(timer));
    }
    if (result.fileCount() != fileCount || result.broken != 0) {
        std::fprintf(stderr, "bench_myartists: the cold import found %lld files, %lld broken\n",
            static_cast<long long>(result.fileCount()), static_cast<long long>(result.broken));
        return false;
    }
    std::printf("bench_myartists: %lld artists found\n",
        static_cast<long long>(result.newArtists().size()));
    ok &= report("import 20,000 files, cold (every file read with TagLib; files in the page cache)",
        cold, gig::bench::Target::none());

    gig::GigStore store;
    gig::CacheDatabase cache(&store, dir.filePath(u"gigmap.sqlite"_s));
    if (!cache.load())
        return false;
    QList<double> write;
    for (int run = 0; run < gig::bench::runs(3, 1); ++run) {
        timer.start();
        cache.writeLibraryFiles(result.changed, {});
        cache.flush();
        write.append(msSince(timer));
    }
    ok &= report("record the 20,000 files in the cache (one transaction)", write,
        gig::bench::Target::none());

    QList<double> rescan;
    QList<double> readIndex;
    for (int run = 0; run < gig::bench::runs(5, 2); ++run) {
        timer.start();
        const gig::LibraryIndex index = cache.readLibraryFiles();
        readIndex.append(msSince(timer));
        const gig::LibraryScanResult again = gig::LibraryScan::run({ root }, index);
        rescan.append(msSince(timer));
        if (again.unchanged != fileCount || !again.changed.isEmpty()) {
            std::fprintf(stderr, "bench_myartists: the rescan read %lld files\n",
                static_cast<long long>(again.changed.size()));
            return false;
        }
    }
    ok &= report("rescan 20,000 unchanged files (index read from the cache, none read)", rescan,
        gig::bench::Target::atMost(2000));
    ok &= report(
        "of which reading the index from the cache", readIndex, gig::bench::Target::none());
    return ok;
}

bool benchMatching()
{
    // 30,000 artists on lineups, two in three with an MBID; 500 followed, half by MBID, half by
    // name only (names in other case and accents).
    QList<gig::Artist> artists;
    for (int a = 0; a < storeArtists; ++a) {
        artists.append({ u"tm:K%1"_s.arg(a), a % 3 != 0 ? mbidOf(a, 2) : QString(),
            u"The Artist Nümber %1"_s.arg(a), {} });
    }
    QList<gig::FollowedArtist> followed;
    for (int f = 0; f < followedCount; ++f) {
        const int a = f * (storeArtists / followedCount);
        if (f % 2 == 0 && a % 3 != 0)
            followed.append(
                { mbidOf(a, 2), artists.at(a).name, gig::ArtistOrigin::MusicLibrary, {} });
        else
            followed.append(
                { QString(), u"artist numBER %1"_s.arg(a), gig::ArtistOrigin::ByHand, {} });
    }

    // Cold: a new set, so every distinct name of the lineups is folded once (30,000 of them);
    // warm: the set of the run before, which remembers the names' keys (the gig table's case:
    // it matches the same lineups again at every change of the list).
    const auto matchAll = [&artists](const gig::MyArtistSet &set, qsizetype *count) {
        QElapsedTimer timer;
        timer.start();
        *count = 0;
        for (int i = 0; i < lineupEntries; ++i) {
            if (set.follows(artists.at((i * 7) % storeArtists)))
                ++*count;
        }
        return msSince(timer);
    };
    QList<double> cold;
    QList<double> warm;
    qsizetype matched = 0;
    for (int run = 0; run < gig::bench::runs(10, 3); ++run) {
        const gig::MyArtistSet fresh(followed);
        cold.append(matchAll(fresh, &matched));
        warm.append(matchAll(fresh, &matched));
    }
    std::printf("bench_myartists: %lld of %d lineup entries are my artists\n",
        static_cast<long long>(matched), lineupEntries);
    bool ok = report("match 500 followed artists against 100,000 lineup entries (30,000 artists), "
                     "names seen before",
        warm, gig::bench::Target::atMost(20));
    ok &= report(
        "the same, every name new (30,000 names folded)", cold, gig::bench::Target::atMost(20));

    // The gig table: 33,334 gigs of three artists each (100,000 lineup entries) re-marked when
    // an artist is followed.
    gig::GigStore store;
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    gig::Location place;
    place.id = u"berlin"_s;
    place.coordinate = QGeoCoordinate(52.52, 13.405);
    place.radiusKm = 50;
    QList<gig::Event> events;
    for (int i = 0; i < lineupEntries / 3; ++i) {
        gig::Event event;
        event.id = u"tm:G%1"_s.arg(i);
        event.name = u"Night %1"_s.arg(i);
        event.start = gig::EventStart(t0.date().addDays(1 + i % 90), QTime(20, 0), 3600);
        event.venue
            = { u"Venue %1"_s.arg(i % 300), QGeoCoordinate(52.5, 13.4), u"Berlin"_s, u"DE"_s };
        for (int k = 0; k < 3; ++k)
            event.lineup.append(artists.at((i * 3 + k) * 7 % storeArtists).id);
        place.eventIds.append(event.id);
        events.append(event);
    }
    {
        gig::GigStore::Batch batch(store);
        store.upsertEvents(events, t0, t0.addDays(1));
        store.upsertArtists(artists, t0, t0.addDays(1));
        store.upsertLocation(place, t0, t0.addDays(1));
    }
    gig::GigListModel model(&store);
    model.setLocationId(place.id);
    gig::MyArtists mine;
    mine.load(followed);
    model.setMyArtists(&mine);
    QList<double> remark;
    for (int run = 0; run < gig::bench::runs(10, 3); ++run) {
        QElapsedTimer timer;
        timer.start();
        mine.add(
            { QString(), u"Artist Nümber %1"_s.arg(run * 3 + 1), gig::ArtistOrigin::ByHand, {} });
        remark.append(msSince(timer));
    }
    ok &= report("re-mark a gig table of 33,334 gigs (100,000 lineup entries) after a follow",
        remark, gig::bench::Target::none());
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    bool ok = benchMatching();
    ok &= benchLibrary();
    return ok ? 0 : 1;
}
