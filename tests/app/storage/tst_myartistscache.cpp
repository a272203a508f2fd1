#include "app/storage/cachedatabase.h"
#include "app/storage/myartistscache.h"
#include "models/gigstore.h"
#include "models/myartists.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using gig::ArtistOrigin;
using gig::CacheDatabase;
using gig::FollowedArtist;
using gig::GigStore;
using gig::LibraryFile;

namespace {

const QDateTime t0(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC);

QList<FollowedArtist> someArtists()
{
    return { { u"a74b1b7f-71a5-4011-9441-d0b5e4122711"_s, u"Radiohead"_s,
                 ArtistOrigin::MusicLibrary, t0 },
        { QString(), u"Мумий Тролль"_s, ArtistOrigin::ByHand, t0.addSecs(60) },
        { u"11111111-2222-3333-4444-555555555555"_s, QString(), ArtistOrigin::ListenBrainz,
            QDateTime() },
        { QString(), u"Sigur Rós"_s, ArtistOrigin::LastFm, t0.addDays(1) } };
}

} // namespace

class TestMyArtistsCache : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void followedArtistsSurviveARestart();
    void libraryFilesAreUpdatedAndForgotten();
    void listWaitsWhileTheFileCannotBeWritten();
    void noPathKeepsTheListInMemory();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestMyArtistsCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(u"gigmap.sqlite"_s);
}

void TestMyArtistsCache::followedArtistsSurviveARestart()
{
    {
        GigStore store;
        CacheDatabase cache(&store, m_path);
        QVERIFY(cache.load());
        gig::MyArtists mine;
        gig::MyArtistsCache binding(&mine, &cache);
        binding.load();
        QCOMPARE(mine.size(), 0);
        QCOMPARE(mine.addAll(someArtists()), 4);
        QVERIFY(mine.remove(u"sigur ros"_s) == 1);
        cache.flush();
    }
    GigStore store;
    CacheDatabase cache(&store, m_path);
    QVERIFY(cache.load());
    gig::MyArtists mine;
    gig::MyArtistsCache binding(&mine, &cache);
    binding.load();
    QCOMPARE(mine.artists(), someArtists().first(3)); // order, origins and dates kept
}

void TestMyArtistsCache::libraryFilesAreUpdatedAndForgotten()
{
    const LibraryFile a { u"/music/a.flac"_s, 1234, t0.toMSecsSinceEpoch(), true,
        { { u"Björk"_s, u"87c5dedd-371d-4a53-9f7f-80522fb7f3cb"_s }, { u"Guest"_s, QString() } } };
    const LibraryFile b { u"/music/b.mp3"_s, 99, 5, false, {} }; // broken
    const LibraryFile c { u"/music/c.ogg"_s, 7, 8, true,
        { { QString(), u"11111111-2222-3333-4444-555555555555"_s } } }; // an id, no name
    {
        GigStore store;
        CacheDatabase cache(&store, m_path);
        QVERIFY(cache.load());
        QVERIFY(cache.readLibraryFiles().isEmpty());
        cache.writeLibraryFiles({ a, b, c }, {});
        cache.flush();
        QCOMPARE(cache.readLibraryFiles().size(), 3);
        LibraryFile changed = a;
        changed.size = 4321;
        changed.artists.removeLast();
        cache.writeLibraryFiles({ changed }, { b.path });
        cache.flush();
    }
    GigStore store;
    CacheDatabase cache(&store, m_path);
    QVERIFY(cache.load());
    const gig::LibraryIndex files = cache.readLibraryFiles();
    QCOMPARE(files.size(), 2);
    QCOMPARE(files.value(a.path).size, 4321);
    QCOMPARE(files.value(a.path).artists, a.artists.first(1));
    QCOMPARE(files.value(c.path), c);
    QVERIFY(!files.contains(b.path));
}

void TestMyArtistsCache::listWaitsWhileTheFileCannotBeWritten()
{
    // A regular file where the cache folder should be: nothing can be written until it goes.
    const QString blocker = m_dir->filePath(u"cache"_s);
    {
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    const QString path = blocker + u"/gigmap.sqlite"_s;
    {
        GigStore store;
        CacheDatabase cache(&store, path);
        cache.setRetryInterval(1h);
        QVERIFY(!cache.load());
        gig::MyArtists mine;
        gig::MyArtistsCache binding(&mine, &cache);
        binding.load();
        mine.addAll(someArtists());
        QCOMPARE(mine.size(), 4); // the list works in memory
        QVERIFY(QFile::remove(blocker));
        cache.retryNow();
        QTRY_VERIFY(!cache.isInMemoryOnly());
        cache.flush();
    }
    GigStore store;
    CacheDatabase cache(&store, path);
    QVERIFY(cache.load());
    QCOMPARE(cache.readMyArtists(), someArtists());
}

void TestMyArtistsCache::noPathKeepsTheListInMemory()
{
    GigStore store;
    CacheDatabase cache(&store, QString());
    QVERIFY(!cache.load());
    gig::MyArtists mine;
    gig::MyArtistsCache binding(&mine, &cache);
    mine.addAll(someArtists());
    cache.writeLibraryFiles({ { u"/x.mp3"_s, 1, 1, true, {} } }, {});
    cache.flush();
    QCOMPARE(mine.size(), 4);
    QVERIFY(cache.readMyArtists().isEmpty());
    QVERIFY(cache.readLibraryFiles().isEmpty());
    QVERIFY(cache.warning().isEmpty());
}

QTEST_GUILESS_MAIN(TestMyArtistsCache)
#include "tst_myartistscache.moc"
