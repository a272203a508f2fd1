// The cache in a shared PostgreSQL database, as two desktops use it: every field survives the
// trip, what one writes the other sees at once, the newer fetch wins, and a database that goes
// away loses nothing.
#include "app/storage/cachedatabase.h"
#include "everyfieldstore.h"
#include "models/gigstore.h"
#include "postgrescluster.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using gig::CacheDatabase;
using gig::GigStore;
using gig::test::t0;

namespace {

gig::LatestRelease release(const QString &mbid, const QString &title)
{
    return { mbid, gig::Release { u"rg-"_s + title, title, gig::ReleaseType::Album, {} } };
}

// One desktop on the shared cache: what it holds, and the cache that keeps it in the database.
struct Desktop
{
    explicit Desktop(const QString &url)
        : cache(&store, url)
    { }

    GigStore store;
    CacheDatabase cache;
};

// The place of these tests, listing `gigs`.
gig::Location berlin(const QStringList &gigs = {})
{
    gig::Location place;
    place.id = u"berlin"_s;
    place.coordinate = QGeoCoordinate(52.52, 13.405);
    place.radiusKm = 10;
    place.eventIds = gigs;
    return place;
}

gig::Event gigWithId(const QString &id)
{
    gig::Event gig;
    gig.id = id;
    gig.start = gig::EventStart(QDate(2027, 3, 1), QTime(20, 0), 3600);
    return gig;
}

} // namespace

class TestSharedCache : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void everyFieldSurvivesTheTrip();
    void oneDesktopSeesWhatAnotherWrites();
    void theNewerFetchWins();
    void unfetchedPlaceKeepsTheFetchedGigs();
    void unfetchedPlaceFromElsewhereLeavesTheGigsNotYetWritten();
    void databaseAwayLosesNothing();
    void aDroppedConnectionIsNoticedWithoutAWrite_data();
    void aDroppedConnectionIsNoticedWithoutAWrite();
    void passwordStaysOutOfMessages();

private:
    QString url() const { return m_postgres->url(m_database); }
    // The release row as the database holds it: its title and when it was fetched.
    std::pair<QString, qint64> releaseRow(const QString &mbid);

    std::unique_ptr<gig::test::PostgresCluster> m_postgres;
    QString m_database;
    int m_databases = 0;
};

void TestSharedCache::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_postgres = std::make_unique<gig::test::PostgresCluster>();
    QString error;
    QVERIFY2(m_postgres->start(&error), qPrintable(error));
}

void TestSharedCache::init()
{
    m_database = u"shared%1"_s.arg(++m_databases);
    QString error;
    QVERIFY2(m_postgres->createDatabase(m_database, &error), qPrintable(error));
}

void TestSharedCache::cleanupTestCase()
{
    m_postgres.reset();
}

std::pair<QString, qint64> TestSharedCache::releaseRow(const QString &mbid)
{
    const QList<QVariantList> rows = m_postgres->rows(
        m_database, u"SELECT title, fetched_at FROM releases WHERE artist_mbid = '%1'"_s.arg(mbid));
    if (rows.size() != 1)
        return {};
    return { rows.constFirst().at(0).toString(), rows.constFirst().at(1).toLongLong() };
}

void TestSharedCache::everyFieldSurvivesTheTrip()
{
    GigStore written;
    written.setClock([] { return t0; });
    {
        CacheDatabase cache(&written, url());
        QVERIFY(cache.load());
        gig::test::fillEveryField(written);
        cache.flush();
        QVERIFY2(cache.warning().isEmpty(), qPrintable(cache.warning()));
    }
    GigStore read;
    read.setClock([] { return t0; });
    CacheDatabase cache(&read, url());
    QVERIFY(cache.load());
    gig::test::compareStores(written, read);
}

void TestSharedCache::oneDesktopSeesWhatAnotherWrites()
{
    Desktop a(url());
    Desktop b(url());
    QVERIFY(a.cache.load());
    QVERIFY(b.cache.load());
    a.cache.setWriteDelay(0ms);
    QSignalSpy applied(&b.cache, &CacheDatabase::sharedRowsApplied);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    gig::Event gig = gigWithId(u"tm:1"_s);
    gig.name = u"A gig"_s;
    {
        GigStore::Batch batch(a.store);
        a.store.upsertEvents({ gig }, now, now.addDays(1));
        a.store.upsertLocation(berlin({ u"tm:1"_s }), now, now.addDays(1));
        a.store.upsertLatestRelease(release(u"m1"_s, u"First"_s), now, now.addDays(7));
    }
    // B is told (LISTEN/NOTIFY) and reads the rows: no polling, no restart.
    QTRY_VERIFY_WITH_TIMEOUT(b.store.latestRelease(u"m1"_s).isFresh(), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(b.store.eventIdsOf(u"berlin"_s), QStringList { u"tm:1"_s }, 5000);
    QCOMPARE(b.store.eventById(u"tm:1"_s).value.name, u"A gig"_s);
    QVERIFY(applied.count() >= 1);
    // What B was told is not written back by B.
    b.cache.flush();
    QCOMPARE(b.cache.committedRevision(), b.store.revision());
}

void TestSharedCache::theNewerFetchWins()
{
    Desktop a(url());
    Desktop b(url());
    QVERIFY(a.cache.load());
    QVERIFY(b.cache.load());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    a.store.upsertLatestRelease(release(u"m1"_s, u"Newer"_s), now, now.addDays(7));
    a.cache.flush();
    // B fetched earlier but writes later: the database keeps A's answer…
    b.store.upsertLatestRelease(release(u"m1"_s, u"Older"_s), now.addSecs(-60), now.addDays(7));
    b.cache.flush();
    QCOMPARE(releaseRow(u"m1"_s), std::make_pair(u"Newer"_s, now.toMSecsSinceEpoch()));
    // …and a row fetched later replaces it.
    b.store.upsertLatestRelease(release(u"m1"_s, u"Latest"_s), now.addSecs(60), now.addDays(7));
    b.cache.flush();
    QCOMPARE(releaseRow(u"m1"_s).first, u"Latest"_s);
    QTRY_COMPARE_WITH_TIMEOUT(
        a.store.latestRelease(u"m1"_s).value.release->title, u"Latest"_s, 5000);
}

// A desktop that only started watching a place (no fetch yet) writes the place's row too; it
// must leave the gigs another desktop fetched for it.
void TestSharedCache::unfetchedPlaceKeepsTheFetchedGigs()
{
    Desktop a(url());
    Desktop b(url());
    QVERIFY(a.cache.load());
    QVERIFY(b.cache.load());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    b.store.watchLocation(berlin()); // B watches, nothing fetched yet
    {
        GigStore::Batch batch(a.store);
        a.store.upsertEvents({ gigWithId(u"tm:1"_s), gigWithId(u"tm:2"_s) }, now, now.addDays(1));
        a.store.upsertLocation(berlin({ u"tm:1"_s, u"tm:2"_s }), now, now.addDays(1));
    }
    a.cache.flush();
    b.cache.flush();
    GigStore storeC;
    CacheDatabase c(&storeC, url());
    QVERIFY(c.load());
    QCOMPARE(storeC.eventIdsOf(u"berlin"_s), (QStringList { u"tm:1"_s, u"tm:2"_s }));
}

// The other way round: this desktop has fetched the place but not written it yet when another
// desktop's unfetched row of the place is announced. The fetched row, and its gigs, stay.
void TestSharedCache::unfetchedPlaceFromElsewhereLeavesTheGigsNotYetWritten()
{
    Desktop a(url());
    Desktop b(url());
    QVERIFY(a.cache.load());
    QVERIFY(b.cache.load());
    a.cache.setWriteDelay(0ms);
    b.cache.setWriteDelay(1h); // B holds its fetch until it is told of A's row
    const QDateTime now = QDateTime::currentDateTimeUtc();
    {
        GigStore::Batch batch(b.store);
        b.store.upsertEvents({ gigWithId(u"tm:1"_s) }, now, now.addDays(1));
        b.store.upsertLocation(berlin({ u"tm:1"_s }), now, now.addDays(1));
    }
    a.store.watchLocation(
        berlin()); // A starts watching the place: its row has no fetch and no gigs
    a.cache.flush();
    // A's next write is told after the first: once B has it, B has been told of the place.
    a.store.upsertLatestRelease(release(u"m1"_s, u"First"_s), now, now.addDays(7));
    a.cache.flush();
    QTRY_VERIFY_WITH_TIMEOUT(b.store.latestRelease(u"m1"_s).isFresh(), 5000);
    QVERIFY(b.store.location(u"berlin"_s).isFresh());
    QCOMPARE(b.store.eventIdsOf(u"berlin"_s), QStringList { u"tm:1"_s });
    b.cache.flush();
    GigStore storeC;
    CacheDatabase c(&storeC, url());
    QVERIFY(c.load());
    QCOMPARE(storeC.eventIdsOf(u"berlin"_s), QStringList { u"tm:1"_s });
}

void TestSharedCache::databaseAwayLosesNothing()
{
    GigStore store;
    CacheDatabase cache(&store, url());
    cache.setRetryInterval(1s);
    cache.setWriteDelay(0ms);
    QVERIFY(cache.load());
    QString error;
    QVERIFY2(m_postgres->stop(&error), qPrintable(error));

    const QDateTime now = QDateTime::currentDateTimeUtc();
    store.upsertLatestRelease(release(u"m2"_s, u"Fetched meanwhile"_s), now, now.addDays(7));
    QTRY_VERIFY_WITH_TIMEOUT(cache.isInMemoryOnly(), 5000);
    QVERIFY2(
        cache.warning().contains(u"cannot reach the shared cache"_s), qPrintable(cache.warning()));
    QCOMPARE(store.latestRelease(u"m2"_s).value.release->title, u"Fetched meanwhile"_s);

    QVERIFY2(m_postgres->restart(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(!cache.isInMemoryOnly(), 10000);
    QVERIFY2(cache.warning().isEmpty(), qPrintable(cache.warning()));
    QCOMPARE(releaseRow(u"m2"_s).first, u"Fetched meanwhile"_s);
}

void TestSharedCache::aDroppedConnectionIsNoticedWithoutAWrite_data()
{
    QTest::addColumn<bool>("driverFirst");
    QTest::newRow("by the check's query") << false;
    // The driver reads the server's goodbye while listening, before the check asks.
    QTest::newRow("by the driver") << true;
}

// A desktop that only reads finds out that the server dropped its connections, connects again
// and hears the others once more.
void TestSharedCache::aDroppedConnectionIsNoticedWithoutAWrite()
{
    QFETCH(bool, driverFirst);
    Desktop a(url());
    Desktop b(url());
    a.cache.setWriteDelay(0ms);
    a.cache.setRetryInterval(200ms);
    b.cache.setRetryInterval(200ms);
    b.cache.setConnectionCheckInterval(driverFirst ? 1h : 100ms);
    QVERIFY(a.cache.load());
    QVERIFY(b.cache.load());
    QSignalSpy bInMemory(&b.cache, &CacheDatabase::inMemoryOnlyChanged);

    const QList<QVariantList> terminated = m_postgres->rows(m_database,
        u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
        "WHERE datname = current_database() AND pid <> pg_backend_pid()"_s);
    QVERIFY(terminated.size() >= 4); // each desktop's two connections
    if (driverFirst) {
        QTest::qWait(1000); // the listening connection's goodbye is read meanwhile
        b.cache.setConnectionCheckInterval(100ms);
    }
    QTRY_VERIFY_WITH_TIMEOUT(!bInMemory.isEmpty(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!b.cache.isInMemoryOnly(), 10000);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    a.store.upsertLatestRelease(release(u"m3"_s, u"After the drop"_s), now, now.addDays(7));
    QTRY_VERIFY_WITH_TIMEOUT(b.store.latestRelease(u"m3"_s).isFresh(), 10000);
    QCOMPARE(b.store.latestRelease(u"m3"_s).value.release->title, u"After the drop"_s);
}

void TestSharedCache::passwordStaysOutOfMessages()
{
    GigStore store;
    CacheDatabase cache(&store,
        u"postgresql://gigmap:s3cret@/no_such_database?host=%1"_s.arg(m_postgres->socketFolder()));
    QVERIFY(!cache.load());
    QVERIFY2(cache.warning().contains(u"no_such_database"_s), qPrintable(cache.warning()));
    QVERIFY2(!cache.warning().contains(u"s3cret"_s), qPrintable(cache.warning()));
    QVERIFY(!cache.displayName().contains(u"s3cret"_s));
}

QTEST_GUILESS_MAIN(TestSharedCache)
#include "tst_sharedcache.moc"
