#include "app/storage/cachedatabase.h"
#include "app/storage/cacheschema.h"
#include "everyfieldstore.h"
#include "models/gigstore.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using gig::CacheDatabase;
using gig::GigStore;

namespace {

using gig::test::compareStores;
using gig::test::fillEveryField;
using gig::test::t0;

QList<gig::Event> manyEvents(int count, const QString &prefix, int nameLength = 10)
{
    QList<gig::Event> events;
    for (int i = 0; i < count; ++i) {
        gig::Event event;
        event.id = prefix + QString::number(i);
        event.name = QString(nameLength, u'x');
        event.start = gig::EventStart(QDate(2027, 1, 1).addDays(i % 300), QTime(20, 0), 0);
        events.append(event);
    }
    return events;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCacheDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void defaultPathIsInTheCacheLocation();
    void everyFieldSurvivesARoundTrip();
    void fileUsesWalAndCurrentSchema();
    void changesAreCoalescedIntoOneTransaction();
    void removalsReachTheFile();
    void changesBeforeLoadAreWritten();
    void brokenFileIsMovedAsideAndReplaced_data();
    void brokenFileIsMovedAsideAndReplaced();
    void unwritableFolderRunsInMemoryAndRetries();
    void fullDiskKeepsEverythingInMemoryAndRetries();
    void noPathMeansMemoryOnlyWithoutWarning();

private:
    void openLoaded(GigStore &store, std::unique_ptr<CacheDatabase> &cache);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    QDateTime m_now;
};

void TestCacheDatabase::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCacheDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"gigmap.sqlite"_s);
    m_now = t0;
}

void TestCacheDatabase::openLoaded(GigStore &store, std::unique_ptr<CacheDatabase> &cache)
{
    store.setClock([this] { return m_now; });
    cache = std::make_unique<CacheDatabase>(&store, m_path);
    QVERIFY(cache->load());
    QVERIFY(cache->warning().isEmpty());
    QVERIFY(!cache->isInMemoryOnly());
}

void TestCacheDatabase::defaultPathIsInTheCacheLocation()
{
    QCOMPARE(CacheDatabase::defaultPath(),
        QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/gigmap.sqlite"_s);
}

void TestCacheDatabase::everyFieldSurvivesARoundTrip()
{
    GigStore original;
    {
        std::unique_ptr<CacheDatabase> cache;
        openLoaded(original, cache);
        fillEveryField(original);
        cache->flush();
        QCOMPARE(cache->committedRevision(), original.revision());
    }
    GigStore loaded;
    std::unique_ptr<CacheDatabase> cache;
    openLoaded(loaded, cache);
    compareStores(original, loaded);
    // Spot checks of the odd cases, so a broken comparison cannot hide them.
    QCOMPARE(loaded.eventById(u"sk:2"_s).value.start.localTime(), std::nullopt);
    QVERIFY(!loaded.eventById(u"sk:2"_s).value.venue.coordinate.isValid());
    QCOMPARE(loaded.eventById(u"sk:3"_s).freshness, gig::Freshness::Stale);
    QCOMPARE(loaded.eventById(u"sk:3"_s).value.start.utcOffsetSeconds(), std::nullopt);
    QCOMPARE(loaded.latestRelease(u"mbid-month"_s).value.release->date.toString(), u"2020-02"_s);
    QVERIFY(loaded.latestRelease(u"mbid-undated"_s).value.release.has_value());
    QVERIFY(!loaded.latestRelease(u"mbid-none"_s).value.release.has_value());
    QCOMPARE(loaded.latestRelease(u"mbid-none"_s).freshness, gig::Freshness::Fresh);
    QVERIFY(!loaded.artist(u"sk:1"_s).expiresAt.isValid());
    QCOMPARE(loaded.artist(u"sk:2"_s).value.mbidSearchedAt, t0.addDays(-1));
    QVERIFY(!loaded.artist(u"sk:1"_s).value.mbidSearchedAt.isValid());
    QCOMPARE(loaded.artist(u"sk:1"_s).value.nameSearch, gig::NameSearch::NotSearched);
    QCOMPARE(loaded.artist(u"sk:2"_s).value.nameSearch, gig::NameSearch::Several);
    QCOMPARE(loaded.artist(u"sk:4"_s).value.nameSearch, gig::NameSearch::Found);
    QCOMPARE(loaded.eventById(u"tm:Ünïcødé-1"_s).value.billing,
        (QList<gig::Billing> {
            gig::Billing::Headline, gig::Billing::Headline, gig::Billing::Support }));
    QVERIFY(loaded.eventById(u"sk:2"_s).value.billing.isEmpty());
    QCOMPARE(loaded.eventById(u"tm:Ünïcødé-1"_s).value.lowestPrice,
        (gig::TicketPrice { 39.95, u"EUR"_s }));
    QCOMPARE(loaded.eventById(u"sk:2"_s).value.lowestPrice, std::nullopt);
    QCOMPARE(loaded.location(u"pending"_s).freshness, gig::Freshness::Pending);
    QCOMPARE(loaded.location(u"paris"_s).value.eventIds.size(), 4);
    QCOMPARE(
        loaded.eventIdsOf(u"paris"_s), (QStringList { u"tm:Ünïcødé-1"_s, u"sk:2"_s, u"sk:3"_s }));
}

void TestCacheDatabase::fileUsesWalAndCurrentSchema()
{
    GigStore store;
    std::unique_ptr<CacheDatabase> cache;
    openLoaded(store, cache);
    fillEveryField(store);
    cache->flush();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"inspect"_s);
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"PRAGMA journal_mode"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"wal"_s);
        QCOMPARE(gig::CacheSchema::version(db), gig::CacheSchema::latestVersion);
        QVERIFY(query.exec(u"SELECT count(*) FROM location_events"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 4);
    }
    QSqlDatabase::removeDatabase(u"inspect"_s);
}

void TestCacheDatabase::changesAreCoalescedIntoOneTransaction()
{
    GigStore store;
    std::unique_ptr<CacheDatabase> cache;
    openLoaded(store, cache);
    cache->setWriteDelay(100ms);
    QSignalSpy committed(cache.get(), &CacheDatabase::committed);
    for (int i = 0; i < 5; ++i) // five batches, each its own change signal
        store.upsertEvents(manyEvents(1, u"e%1-"_s.arg(i)), t0, t0.addDays(1));
    QCOMPARE(committed.count(), 0);
    QTRY_COMPARE(committed.count(), 1);
    QCOMPARE(committed.at(0).at(0).toULongLong(), store.revision());
    QCOMPARE(cache->committedRevision(), store.revision());

    cache.reset();
    GigStore reloaded;
    openLoaded(reloaded, cache);
    QCOMPARE(reloaded.eventCount(), 5);
}

void TestCacheDatabase::removalsReachTheFile()
{
    GigStore store;
    std::unique_ptr<CacheDatabase> cache;
    openLoaded(store, cache);
    fillEveryField(store);
    cache->flush();
    store.unwatchLocation(u"paris"_s);
    const GigStore::SweepResult swept = store.sweep(t0);
    QCOMPARE(swept.events, 3);
    cache->flush();
    cache.reset();

    GigStore reloaded;
    openLoaded(reloaded, cache);
    compareStores(store, reloaded);
    QCOMPARE(reloaded.eventCount(), 0);
    QCOMPARE(reloaded.locationIds(), QStringList { u"pending"_s });
}

void TestCacheDatabase::changesBeforeLoadAreWritten()
{
    GigStore store;
    store.setClock([this] { return m_now; });
    CacheDatabase cache(&store, m_path);
    QVERIFY(cache.isInMemoryOnly());
    store.upsertEvents(manyEvents(3, u"early-"_s), t0, t0.addDays(1));
    QVERIFY(cache.load());
    cache.flush();
    QCOMPARE(cache.committedRevision(), store.revision());

    // The file now holds "early-0" as written. A new store that already holds a newer
    // "early-0" when it loads keeps its own and gets the rest from the file.
    GigStore reloaded;
    reloaded.setClock([this] { return m_now; });
    gig::Event newer = manyEvents(1, u"early-"_s).constFirst();
    newer.name = u"newer"_s;
    reloaded.upsertEvents({ newer }, t0.addSecs(5), t0.addDays(2));
    CacheDatabase second(&reloaded, m_path);
    QVERIFY(second.load());
    QCOMPARE(reloaded.eventCount(), 3);
    QCOMPARE(reloaded.eventById(u"early-0"_s).value.name, u"newer"_s);
    QCOMPARE(reloaded.eventById(u"early-0"_s).fetchedAt, t0.addSecs(5));
}

void TestCacheDatabase::brokenFileIsMovedAsideAndReplaced_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("not a database") << u"text"_s;
    QTest::newRow("fails quick_check") << u"corrupt"_s;
    QTest::newRow("newer schema") << u"newer"_s;
}

void TestCacheDatabase::brokenFileIsMovedAsideAndReplaced()
{
    QFETCH(QString, kind);
    if (kind == u"text") {
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("these are my notes, not a database\n");
    } else {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"make"_s);
            db.setDatabaseName(m_path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)"_s));
            QVERIFY(db.transaction());
            for (int i = 0; i < 2000; ++i)
                QVERIFY(
                    query.exec(u"INSERT INTO t (body) VALUES ('%1')"_s.arg(QString(100, u'a'))));
            QVERIFY(db.commit());
            if (kind == u"newer")
                QVERIFY(query.exec(
                    u"PRAGMA user_version = %1"_s.arg(gig::CacheSchema::latestVersion + 1)));
        }
        QSqlDatabase::removeDatabase(u"make"_s);
        if (kind == u"corrupt") { // keep the header, overwrite the pages after it
            QFile file(m_path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.size() > 8 * 4096);
            QVERIFY(file.seek(4096));
            file.write(QByteArray(4 * 4096, '\x55'));
        }
    }
    const QByteArray brokenBytes = fileBytes(m_path);

    GigStore store;
    store.setClock([this] { return m_now; });
    CacheDatabase cache(&store, m_path);
    QSignalSpy warnings(&cache, &CacheDatabase::warningChanged);
    QVERIFY(cache.load());
    QVERIFY(!cache.isInMemoryOnly());
    QCOMPARE(warnings.count(), 1);
    QVERIFY2(cache.warning().contains(u"moved"_s), qPrintable(cache.warning()));
    QCOMPARE(store.eventCount(), 0);

    const QStringList aside
        = QDir(m_dir->path()).entryList({ u"gigmap.sqlite.broken-*"_s }, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QVERIFY(aside.constFirst().contains(
        QRegularExpression(u"^gigmap\\.sqlite\\.broken-\\d{8}-\\d{6}$"_s)));
    QCOMPARE(fileBytes(m_dir->filePath(aside.constFirst())), brokenBytes);
    QVERIFY(cache.warning().contains(aside.constFirst()));

    // The new file works.
    store.upsertEvents(manyEvents(2, u"new-"_s), t0, t0.addDays(1));
    cache.flush();
    QCOMPARE(cache.committedRevision(), store.revision());
    GigStore reloaded;
    std::unique_ptr<CacheDatabase> second;
    openLoaded(reloaded, second);
    QCOMPARE(reloaded.eventCount(), 2);
}

void TestCacheDatabase::unwritableFolderRunsInMemoryAndRetries()
{
    // A regular file where the cache folder should be: the folder cannot be made, as on a
    // read-only disk (and unlike chmod, this holds for every user).
    const QString blocker = m_dir->filePath(u"cache"_s);
    {
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    m_path = blocker + u"/gigmap.sqlite"_s;

    GigStore store;
    store.setClock([this] { return m_now; });
    CacheDatabase cache(&store, m_path);
    cache.setRetryInterval(1h); // the test retries by hand
    QVERIFY(!cache.load());
    QVERIFY(cache.isInMemoryOnly());
    QVERIFY2(cache.warning().contains(u"in memory"_s), qPrintable(cache.warning()));

    fillEveryField(store);
    cache.flush(); // one more attempt; it fails, nothing is lost
    QVERIFY(cache.isInMemoryOnly());
    QCOMPARE(store.eventCount(), 3);

    QVERIFY(QFile::remove(blocker));
    QSignalSpy inMemory(&cache, &CacheDatabase::inMemoryOnlyChanged);
    cache.retryNow();
    QTRY_COMPARE(inMemory.count(), 1);
    QVERIFY(!cache.isInMemoryOnly());
    QVERIFY(cache.warning().isEmpty());
    QCOMPARE(cache.committedRevision(), store.revision());

    GigStore reloaded;
    std::unique_ptr<CacheDatabase> second;
    openLoaded(reloaded, second);
    compareStores(store, reloaded);
}

void TestCacheDatabase::fullDiskKeepsEverythingInMemoryAndRetries()
{
    GigStore store;
    store.setClock([this] { return m_now; });
    auto cache = std::make_unique<CacheDatabase>(&store, m_path);
    cache->setMaxPageCount(24); // 96 KiB with 4 KiB pages: the empty schema, and a little
    cache->setRetryInterval(1h);
    QVERIFY(cache->load());
    store.upsertEvents(manyEvents(2000, u"big-"_s, 200), t0, t0.addDays(1)); // ~500 KiB
    QSignalSpy warnings(cache.get(), &CacheDatabase::warningChanged);
    cache->flush();
    QVERIFY(cache->isInMemoryOnly());
    QCOMPARE(warnings.count(), 1);
    QVERIFY2(cache->warning().contains(u"in memory"_s), qPrintable(cache->warning()));
    QCOMPARE(store.eventCount(), 2000);
    QVERIFY(cache->committedRevision() < store.revision());

    // More changes while failing stay in memory too.
    store.upsertEvents(manyEvents(10, u"later-"_s), t0, t0.addDays(1));
    cache->setMaxPageCount(0); // space was freed
    QVERIFY(cache->isInMemoryOnly()); // nothing retries by itself before the retry interval
    cache->setRetryInterval(20ms); // restarts the pending retry timer: no retryNow() here
    QTRY_VERIFY(!cache->isInMemoryOnly());
    QVERIFY(cache->warning().isEmpty());
    cache.reset();

    GigStore reloaded;
    openLoaded(reloaded, cache);
    QCOMPARE(reloaded.eventCount(), 2010);
    compareStores(store, reloaded);
}

void TestCacheDatabase::noPathMeansMemoryOnlyWithoutWarning()
{
    GigStore store;
    CacheDatabase cache(&store, QString());
    QVERIFY(!cache.load());
    QVERIFY(cache.isInMemoryOnly());
    QVERIFY(cache.warning().isEmpty());
    store.upsertEvents(manyEvents(3, u"e"_s), t0, t0.addDays(1));
    cache.flush();
    QCOMPARE(cache.committedRevision(), 0u);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::NoDotAndDotDot).size(), 0);
}

QTEST_GUILESS_MAIN(TestCacheDatabase)
#include "tst_cachedatabase.moc"
