#include "app/storage/cachedatabase.h"
#include "app/storage/cacheschema.h"
#include "app/storage/cachetable.h"
#include "models/gigstore.h"
#include "postgrescluster.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using gig::CacheSchema;

namespace {

const QDateTime t0(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);
const QString connectionName = u"schema-test"_s;

bool run(QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement)) {
        qWarning() << statement << query.lastError().text();
        return false;
    }
    return true;
}

// U+001F, the list separator, in each dialect's SQL.
QString separator(const QSqlDatabase &db)
{
    return db.driverName() == u"QPSQL" ? u"chr(31)"_s : u"char(31)"_s;
}

// Rows as a gigmap that wrote schema version `version` left them.
bool fillAtVersion(QSqlDatabase &db, int version)
{
    const QString sep = separator(db);
    const QString ms = QString::number(t0.toMSecsSinceEpoch());
    const QString later = QString::number(t0.addDays(1).toMSecsSinceEpoch());
    bool ok = run(db,
                  u"INSERT INTO events (id, name, status, start_date, start_time_ms,"
                  " utc_offset_s, venue_name, venue_lat, venue_lon, venue_city, venue_country,"
                  " url, fetched_at, expires_at) VALUES ('e1', 'Søren & Ω', 'postponed',"
                  " '2026-12-05', 72000000, 3600, 'Vega', 55.6677, 12.5461, 'København', 'DK',"
                  " 'https://example.com/e1', "_s
                      + ms + u", "_s + later + u")"_s)
        && run(db,
            u"INSERT INTO events (id, name, status, start_date, venue_name, url,"
            " fetched_at, expires_at) VALUES ('e2', 'No lineup', 'ok', '2026-12-06', 'X',"
            " '', "_s
                + ms + u", "_s + later + u")"_s)
        && run(db,
            u"INSERT INTO artists (id, mbid, name, other_mbids, fetched_at, expires_at)"
            " VALUES ('a1', 'm1', 'First', '', "_s
                + ms + u", "_s + later + u")"_s)
        && run(db,
            u"INSERT INTO artists (id, mbid, name, other_mbids, fetched_at, expires_at)"
            " VALUES ('a2', '', 'Second', '', "_s
                + ms + u", "_s + later + u")"_s)
        && run(db,
            u"INSERT INTO releases VALUES ('m1', 'rg1', 'Title', 'EP', '2019-04', "_s + ms + u", "_s
                + later + u")"_s)
        && run(db,
            u"INSERT INTO locations VALUES ('cph', 'Copenhagen', 55.68, 12.57, 25, '',"
            " NULL, "_s
                + ms + u", "_s + later + u")"_s)
        && run(db, u"INSERT INTO location_events VALUES ('cph', 0, 'e1'), ('cph', 1, 'e2')"_s);
    if (version == 1) {
        // The lineup lived in its own table, one row per artist, stored out of order.
        ok = ok
            && run(db,
                u"INSERT INTO event_artists VALUES ('e1', 1, 'a2'), ('e1', 0, 'a1'),"
                " ('e1', 2, 'a3')"_s);
    } else {
        // From version 2 on the lineup is one column of ids joined by U+001F.
        ok = ok
            && run(db,
                u"UPDATE events SET lineup = 'a1' || %1 || 'a2' || %1 || 'a3' WHERE id = 'e1'"_s
                    .arg(sep));
    }
    if (version >= 3) {
        // The search for a2 found no match a day ago: under the old rule (top score 100) before
        // version 4, under the rule of one artist per name from then on.
        ok = ok
            && run(db,
                u"UPDATE artists SET mbid_searched_at = "_s
                    + QString::number(t0.addDays(-1).toMSecsSinceEpoch()) + u" WHERE id = 'a2'"_s);
    }
    if (version >= 5)
        ok = ok
            && run(db,
                u"UPDATE events SET price_min = 25.5, price_currency = 'DKK' WHERE id = 'e1'"_s);
    if (version >= 4) {
        ok = ok && run(db, u"UPDATE artists SET name_search = 'none' WHERE id = 'a2'"_s)
            && run(db,
                u"UPDATE events SET billing = 'headline' || %1 || 'headline' || %1 || 'support'"
                " WHERE id = 'e1'"_s.arg(sep));
    }
    return ok;
}

} // namespace

class TestCacheSchema : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void migratesFromEveryEarlierVersion_data();
    void migratesFromEveryEarlierVersion();
    void failedMigrationChangesNothing();
    void columnListsMatchTheSchema_data();
    void columnListsMatchTheSchema();

private:
    // The cache at `location` (a file, or a database of the cluster), opened directly.
    QSqlDatabase openDirectly(const QString &location);

    std::unique_ptr<gig::test::PostgresCluster> m_postgres;
};

void TestCacheSchema::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_postgres = std::make_unique<gig::test::PostgresCluster>();
    QString error;
    QVERIFY2(m_postgres->start(&error), qPrintable(error));
}

void TestCacheSchema::cleanupTestCase()
{
    m_postgres.reset();
}

QSqlDatabase TestCacheSchema::openDirectly(const QString &location)
{
    if (!location.startsWith(u"postgresql:")) {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
        db.setDatabaseName(location);
        db.open();
        return db;
    }
    return m_postgres->open(connectionName, location.section(u'/', 3).section(u'?', 0, 0));
}

// Every step runs on both dialects: a SQLite file, and a shared PostgreSQL database.
void TestCacheSchema::migratesFromEveryEarlierVersion_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<bool>("shared");
    for (const bool shared : { false, true }) {
        for (int version = 0; version < CacheSchema::latestVersion; ++version) {
            QTest::addRow("%s from v%d", shared ? "postgresql" : "sqlite", version)
                << version << shared;
        }
    }
}

void TestCacheSchema::migratesFromEveryEarlierVersion()
{
    QFETCH(int, version);
    QFETCH(bool, shared);
    QTemporaryDir dir;
    QString path = dir.filePath(u"gigmap.sqlite"_s);
    if (shared) {
        const QString name = u"from_v%1"_s.arg(version);
        QString error;
        QVERIFY2(m_postgres->createDatabase(name, &error), qPrintable(error));
        path = m_postgres->url(name);
    }
    {
        QSqlDatabase db = openDirectly(path);
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QVERIFY(!CacheSchema::migrate(db, 0, version).isValid());
        QCOMPARE(CacheSchema::version(db), version);
        if (version > 0)
            QVERIFY(fillAtVersion(db, version));
    }
    QSqlDatabase::removeDatabase(connectionName);

    gig::GigStore store;
    store.setClock([] { return t0; });
    {
        gig::CacheDatabase cache(&store, path);
        QVERIFY(cache.load());
        QVERIFY2(cache.warning().isEmpty(), qPrintable(cache.warning()));
    }
    {
        QSqlDatabase db = openDirectly(path);
        QVERIFY(db.isOpen());
        QCOMPARE(CacheSchema::version(db), CacheSchema::latestVersion);
        QVERIFY(!db.tables().contains(u"event_artists"_s));
        QVERIFY(db.record(u"events"_s).contains(u"lineup"_s));
        QVERIFY(db.record(u"artists"_s).contains(u"mbid_searched_at"_s));
        QVERIFY(db.record(u"artists"_s).contains(u"name_search"_s));
        QVERIFY(db.record(u"events"_s).contains(u"billing"_s));
        QVERIFY(db.record(u"events"_s).contains(u"price_min"_s));
        QVERIFY(db.record(u"events"_s).contains(u"price_currency"_s));
        // Version 6: my artists and the music files the library import read, empty at first.
        for (const QString &table : { u"my_artists"_s, u"library_files"_s }) {
            QVERIFY2(db.tables().contains(table), qPrintable(table));
            QSqlQuery count(db);
            QVERIFY(count.exec(u"SELECT count(*) FROM "_s + table) && count.next());
            QCOMPARE(count.value(0).toInt(), 0);
        }
    }
    QSqlDatabase::removeDatabase(connectionName);

    if (version == 0) {
        QCOMPARE(store.eventCount(), 0);
        return;
    }
    QCOMPARE(store.eventCount(), 2);
    const gig::Event e1 = store.eventById(u"e1"_s).value;
    QCOMPARE(e1.name, u"Søren & Ω"_s);
    QCOMPARE(e1.status, gig::EventStatus::Postponed);
    QCOMPARE(e1.start, gig::EventStart(QDate(2026, 12, 5), QTime(20, 0), 3600));
    QCOMPARE(e1.venue.city, u"København"_s);
    QCOMPARE(e1.venue.coordinate, QGeoCoordinate(55.6677, 12.5461));
    QCOMPARE(e1.lineup, (QStringList { u"a1"_s, u"a2"_s, u"a3"_s })); // billing order kept
    QCOMPARE(e1.url, u"https://example.com/e1"_s);
    QVERIFY(store.eventById(u"e2"_s).value.lineup.isEmpty());
    QVERIFY(!store.eventById(u"e2"_s).value.venue.coordinate.isValid());
    QCOMPARE(store.eventById(u"e1"_s).freshness, gig::Freshness::Fresh);
    QCOMPARE(store.artist(u"a1"_s).value.mbid, u"m1"_s);
    if (version < 4) {
        // Never searched, or searched under the old rule: searched again under the new one.
        QVERIFY(!store.artist(u"a2"_s).value.mbidSearchedAt.isValid());
        QCOMPARE(store.artist(u"a2"_s).value.nameSearch, gig::NameSearch::NotSearched);
    } else {
        // Searched under the rule of today: not searched again.
        QCOMPARE(store.artist(u"a2"_s).value.mbidSearchedAt, t0.addDays(-1));
        QCOMPARE(store.artist(u"a2"_s).value.nameSearch, gig::NameSearch::NoMatch);
    }
    // An MBID of an older cache has no known origin: a source that gives none has it searched.
    QCOMPARE(store.artist(u"a1"_s).value.nameSearch, gig::NameSearch::NotSearched);
    if (version < 4) {
        // Older caches knew no billing: the first act headlines.
        QVERIFY(e1.billing.isEmpty());
        QCOMPARE(e1.billingAt(0), gig::Billing::Headline);
        QCOMPARE(e1.billingAt(1), gig::Billing::Support);
    } else {
        QCOMPARE(e1.billingAt(1), gig::Billing::Headline);
    }
    // Prices came with version 5: older gigs have none until their place is refreshed.
    if (version < 5)
        QCOMPARE(e1.lowestPrice, std::nullopt);
    else
        QCOMPARE(e1.lowestPrice, gig::ticketPrice(25.5, u"DKK"_s));
    QCOMPARE(
        store.latestRelease(u"m1"_s).value.release->date, gig::PartialDate::fromYearMonth(2019, 4));
    QCOMPARE(store.eventIdsOf(u"cph"_s), (QStringList { u"e1"_s, u"e2"_s }));
}

void TestCacheSchema::failedMigrationChangesNothing()
{
    QTemporaryDir dir;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
        db.setDatabaseName(dir.filePath(u"x.sqlite"_s));
        QVERIFY(db.open());
        QVERIFY(!CacheSchema::migrate(db, 0, 1).isValid());
        // Step 2 adds events.lineup; a column already named so makes it fail half-way.
        QVERIFY(run(db, u"ALTER TABLE events ADD COLUMN lineup TEXT"_s));
        QVERIFY(CacheSchema::migrate(db, 1, 2).isValid());
        QCOMPARE(CacheSchema::version(db), 1);
        QVERIFY(db.tables().contains(u"event_artists"_s));
    }
    QSqlDatabase::removeDatabase(connectionName);
}

// CacheTable's lists are what the steps build: every table, every column, in the file's order,
// and every statement made from them is one SQLite accepts.
void TestCacheSchema::columnListsMatchTheSchema_data()
{
    QTest::addColumn<bool>("shared");
    QTest::newRow("sqlite") << false;
    QTest::newRow("postgresql") << true;
}

void TestCacheSchema::columnListsMatchTheSchema()
{
    QFETCH(bool, shared);
    using gig::CacheTable;
    QTemporaryDir dir;
    QString location = dir.filePath(u"latest.sqlite"_s);
    if (shared) {
        QString error;
        QVERIFY2(m_postgres->createDatabase(u"latest"_s, &error), qPrintable(error));
        location = m_postgres->url(u"latest"_s);
    }
    {
        QSqlDatabase db = openDirectly(location);
        QVERIFY(db.isOpen());
        QVERIFY(!CacheSchema::migrate(db, 0).isValid());
        const gig::SqlDialect dialect = gig::dialectOf(db);

        QStringList listed;
        for (const CacheTable::Id id : CacheTable::all()) {
            const CacheTable &table = CacheTable::get(id);
            listed.append(table.name);
            const QSqlRecord record = db.record(table.name); // in the table's column order
            QStringList inDatabase;
            for (int i = 0; i < record.count(); ++i)
                inDatabase.append(record.fieldName(i));
            QStringList inList;
            for (const QLatin1StringView column : table.columns)
                inList.append(column);
            QCOMPARE(inList, inDatabase);

            QSqlQuery query(db);
            for (const QString &statement : { table.selectSql(), table.upsertSql(dialect),
                     table.insertSql(), table.deleteByKeySql() }) {
                QVERIFY2(query.prepare(statement), qPrintable(statement));
            }
        }
        QStringList tables = db.tables();
        tables.removeAll(u"gigmap_schema"_s); // PostgreSQL's schema version
        tables.sort();
        listed.sort();
        QCOMPARE(tables, listed);
    }
    QSqlDatabase::removeDatabase(connectionName);
}

QTEST_GUILESS_MAIN(TestCacheSchema)
#include "tst_cacheschema.moc"
