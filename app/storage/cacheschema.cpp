#include "app/storage/cacheschema.h"

#include "app/storage/sqldialect.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

// Rows of the main tables are large, so they are rowid tables (appended, with a small index on
// the id); the link tables hold small rows and are WITHOUT ROWID.
// Times are milliseconds since the epoch (UTC), NULL when unknown. Coordinates are NULL when the
// source gave none. Dates are ISO text. Text columns may be NULL for empty strings.
const QStringList schemaV1 {
    u"CREATE TABLE events ("
    " id TEXT PRIMARY KEY NOT NULL, name TEXT, status TEXT NOT NULL,"
    " start_date TEXT, start_time_ms INTEGER, utc_offset_s INTEGER,"
    " venue_name TEXT, venue_lat REAL, venue_lon REAL, venue_city TEXT, venue_country TEXT,"
    " url TEXT, fetched_at INTEGER, expires_at INTEGER)"_s,
    u"CREATE TABLE event_artists ("
    " event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,"
    " position INTEGER NOT NULL, artist_id TEXT NOT NULL,"
    " PRIMARY KEY (event_id, position)) WITHOUT ROWID"_s,
    u"CREATE TABLE artists ("
    " id TEXT PRIMARY KEY NOT NULL, mbid TEXT, name TEXT, other_mbids TEXT,"
    " fetched_at INTEGER, expires_at INTEGER)"_s,
    u"CREATE TABLE releases ("
    " artist_mbid TEXT PRIMARY KEY NOT NULL, release_mbid TEXT, title TEXT, type TEXT, date TEXT,"
    " fetched_at INTEGER, expires_at INTEGER)"_s,
    u"CREATE TABLE locations ("
    " id TEXT PRIMARY KEY NOT NULL, name TEXT, lat REAL, lon REAL, radius_km REAL NOT NULL,"
    " metro_area TEXT, refreshed_at INTEGER, fetched_at INTEGER, expires_at INTEGER)"_s,
    u"CREATE TABLE location_events ("
    " location_id TEXT NOT NULL REFERENCES locations(id) ON DELETE CASCADE,"
    " position INTEGER NOT NULL, event_id TEXT NOT NULL,"
    " PRIMARY KEY (location_id, position)) WITHOUT ROWID"_s,
};

// The one step that differs by dialect: joining a column's texts in order.
QStringList migrationV2(SqlDialect dialect)
{
    const QString join = dialect == SqlDialect::Postgres
        ? u"UPDATE events SET lineup = (SELECT string_agg(artist_id, chr(31) ORDER BY position)"
          " FROM event_artists WHERE event_id = events.id)"_s
        // SQLite's group_concat keeps the order of the rows its subquery gives.
        : u"UPDATE events SET lineup = (SELECT group_concat(artist_id, char(31)) FROM"
          " (SELECT artist_id FROM event_artists WHERE event_id = events.id ORDER BY position))"_s;
    return { u"ALTER TABLE events ADD COLUMN lineup TEXT"_s, join, u"DROP TABLE event_artists"_s };
}

const QStringList migrationV3 {
    u"ALTER TABLE artists ADD COLUMN mbid_searched_at INTEGER"_s,
};

const QStringList migrationV4 {
    u"ALTER TABLE artists ADD COLUMN name_search TEXT"_s,
    u"ALTER TABLE events ADD COLUMN billing TEXT"_s,
    // A miss of the old rule may be a unique name under the new one (or several): search again.
    u"UPDATE artists SET mbid_searched_at = NULL"_s,
};

const QStringList migrationV5 {
    u"ALTER TABLE events ADD COLUMN price_min REAL"_s,
    u"ALTER TABLE events ADD COLUMN price_currency TEXT"_s,
};

const QStringList migrationV6 {
    u"CREATE TABLE my_artists ("
    " position INTEGER PRIMARY KEY NOT NULL, mbid TEXT, name TEXT, origin TEXT NOT NULL,"
    " added_at INTEGER)"_s,
    u"CREATE TABLE library_files ("
    " path TEXT PRIMARY KEY NOT NULL, size INTEGER NOT NULL, modified_ms INTEGER NOT NULL,"
    " readable INTEGER NOT NULL, artist_names TEXT, artist_mbids TEXT)"_s,
};

const QStringList migrationV7 {
    u"CREATE TABLE alert_marks ("
    " kind TEXT NOT NULL, key TEXT NOT NULL, value TEXT, state TEXT NOT NULL,"
    " marked_at INTEGER, PRIMARY KEY (kind, key)) WITHOUT ROWID"_s,
};

// The shared cache's coordination (app/shared): each lane's next turn to send, and who refreshes
// what. A SQLite file has the tables too and leaves them empty.
const QStringList migrationV8 {
    u"CREATE TABLE lane_turns (lane TEXT PRIMARY KEY NOT NULL, next_at INTEGER NOT NULL)"_s,
    u"CREATE TABLE work_leases ("
    " key TEXT PRIMARY KEY NOT NULL, holder TEXT, expires_at INTEGER, done_at INTEGER)"_s,
};

// The shared daily budgets: requests sent on each lane each day (UTC), by every desktop.
const QStringList migrationV9 {
    u"CREATE TABLE lane_days (lane TEXT NOT NULL, day TEXT NOT NULL, used INTEGER NOT NULL,"
    " PRIMARY KEY (lane, day)) WITHOUT ROWID"_s,
};

QSqlError run(QSqlDatabase &database, const QString &statement)
{
    QSqlQuery query(database);
    if (!query.exec(adaptedDefinition(dialectOf(database), statement)))
        return query.lastError();
    return {};
}

// PostgreSQL keeps the version in a table of its own (SQLite in its header's user_version).
const QString versionTable = u"gigmap_schema"_s;

// Every desktop sharing a PostgreSQL cache may start at once: the first migrates while the others
// wait for its transaction, then find the schema current.
constexpr qint64 migrationLockKey = 0x6769676d6170; // "gigmap"

} // namespace

int CacheSchema::version(QSqlDatabase &database, QSqlError *error)
{
    QSqlQuery query(database);
    const bool postgres = dialectOf(database) == SqlDialect::Postgres;
    if (postgres) {
        // Read from the catalog table itself: to_regclass() may answer from this connection's
        // cache, which still says "no such table" after another desktop's migration.
        if (!query.exec(u"SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_tables WHERE"
                        " schemaname = current_schema() AND tablename = '%1')"_s.arg(versionTable))
            || !query.next()) {
            if (error)
                *error = query.lastError();
            return -1;
        }
        if (!query.value(0).toBool())
            return 0;
    }
    if (!query.exec(
            postgres ? u"SELECT max(version) FROM "_s + versionTable : u"PRAGMA user_version"_s)
        || !query.next()) {
        if (error)
            *error = query.lastError();
        return -1;
    }
    return query.value(0).toInt();
}

QSqlError CacheSchema::setVersion(QSqlDatabase &database, int version)
{
    if (dialectOf(database) == SqlDialect::Sqlite)
        return run(database, u"PRAGMA user_version = %1"_s.arg(version));
    QStringList statements {
        u"DELETE FROM "_s + versionTable,
        u"INSERT INTO %1 (version) VALUES (%2)"_s.arg(versionTable).arg(version),
    };
    if (version == 1) // the first step of every database
        statements.prepend(u"CREATE TABLE %1 (version INTEGER NOT NULL)"_s.arg(versionTable));
    for (const QString &statement : statements) {
        if (QSqlError error = run(database, statement); error.isValid())
            return error;
    }
    return {};
}

QSqlError CacheSchema::step(QSqlDatabase &database, int toVersion)
{
    const QStringList statements = toVersion == 1 ? schemaV1
        : toVersion == 2                          ? migrationV2(dialectOf(database))
        : toVersion == 3                          ? migrationV3
        : toVersion == 4                          ? migrationV4
        : toVersion == 5                          ? migrationV5
        : toVersion == 6                          ? migrationV6
        : toVersion == 7                          ? migrationV7
        : toVersion == 8                          ? migrationV8
                                                  : migrationV9;
    for (const QString &statement : statements) {
        if (QSqlError error = run(database, statement); error.isValid())
            return error;
    }
    return setVersion(database, toVersion);
}

QSqlError CacheSchema::migrate(QSqlDatabase &database, int from, int to)
{
    Q_ASSERT(from >= 0 && to <= latestVersion);
    if (from >= to)
        return {};
    if (!database.transaction())
        return database.lastError();
    if (dialectOf(database) == SqlDialect::Postgres) {
        // Another desktop may have migrated since `from` was read: wait for it, read again.
        QSqlError error
            = run(database, u"SELECT pg_advisory_xact_lock(%1)"_s.arg(migrationLockKey));
        if (!error.isValid())
            from = version(database, &error);
        if (error.isValid()) {
            database.rollback();
            return error;
        }
    }
    for (int version = from + 1; version <= to; ++version) {
        if (QSqlError error = step(database, version); error.isValid()) {
            database.rollback();
            return error;
        }
    }
    if (!database.commit()) {
        const QSqlError error = database.lastError();
        database.rollback();
        return error;
    }
    return {};
}

} // namespace gig
