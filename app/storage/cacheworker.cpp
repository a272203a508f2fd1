#include "app/storage/cacheworker.h"

#include "app/storage/cacheschema.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

Q_LOGGING_CATEGORY(lcStorage, "gigmap.storage")

// SQLite primary result codes that say the environment is at fault (permissions, space, I/O,
// locks), not the file: such a file is kept, and writing is retried later.
bool isEnvironmentError(const QSqlError &error)
{
    switch (error.nativeErrorCode().toInt() & 0xff) {
    case 3: // SQLITE_PERM
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
    case 7: // SQLITE_NOMEM
    case 8: // SQLITE_READONLY
    case 10: // SQLITE_IOERR
    case 13: // SQLITE_FULL
    case 14: // SQLITE_CANTOPEN
    case 15: // SQLITE_PROTOCOL
    case 22: // SQLITE_NOLFS
    case 23: // SQLITE_AUTH
        return true;
    default:
        return false;
    }
}

QVariant timeValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

QDateTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// A null QString binds as SQL NULL; where NULL means something else, bind an empty string.
QString notNull(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

QString joined(const QStringList &ids)
{
    return ids.join(CacheSchema::listSeparator);
}

QStringList splitIds(const QString &text)
{
    return text.isEmpty() ? QStringList() : text.split(CacheSchema::listSeparator);
}

// The billing of each lineup entry joined like ids; NULL when the source gave none.
QVariant billingValue(const QList<Billing> &billing)
{
    if (billing.isEmpty())
        return {};
    QStringList words;
    words.reserve(billing.size());
    for (const Billing entry : billing)
        words.append(billingName(entry));
    return words.join(CacheSchema::listSeparator);
}

// Read back only when it is whole: one known word per lineup entry.
QList<Billing> billingFrom(const QVariant &value, qsizetype lineupSize)
{
    const QStringList words = splitIds(value.toString());
    QList<Billing> billing;
    if (words.size() != lineupSize)
        return billing;
    billing.reserve(words.size());
    for (const QString &word : words) {
        const std::optional<Billing> entry = billingFromName(word);
        if (!entry)
            return {};
        billing.append(*entry);
    }
    return billing;
}

QVariant latitudeValue(const QGeoCoordinate &coordinate)
{
    return coordinate.isValid() ? QVariant(coordinate.latitude()) : QVariant();
}

QVariant longitudeValue(const QGeoCoordinate &coordinate)
{
    return coordinate.isValid() ? QVariant(coordinate.longitude()) : QVariant();
}

QGeoCoordinate coordinateFrom(const QVariant &latitude, const QVariant &longitude)
{
    if (latitude.isNull() || longitude.isNull())
        return {};
    return QGeoCoordinate(latitude.toDouble(), longitude.toDouble());
}

template<class T>
void stamp(
    Cached<T> &row, const QVariant &fetchedAt, const QVariant &expiresAt, const QDateTime &now)
{
    row.fetchedAt = timeFrom(fetchedAt);
    row.expiresAt = timeFrom(expiresAt);
    row.freshness = freshnessAt(row.fetchedAt, row.expiresAt, now);
}

// Binds `values` to the prepared `query` in order and runs it.
bool execWith(QSqlQuery &query, const QVariantList &values)
{
    int index = 0;
    for (const QVariant &value : values)
        query.bindValue(index++, value);
    return query.exec();
}

} // namespace

CacheWorker::CacheWorker(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_connectionName(u"gigmap-cache-%1"_s.arg(quintptr(this), 0, 16))
{ }

CacheWorker::~CacheWorker()
{
    close();
}

void CacheWorker::close()
{
    if (m_database.isValid()) {
        m_database.close();
        m_database = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

CacheWorker::Failure CacheWorker::failure(const QSqlError &error, const QString &doing) const
{
    const QString reason = u"%1: %2"_s.arg(doing, error.text());
    return { isEnvironmentError(error) ? Trouble::Unavailable : Trouble::Broken, reason };
}

CacheWorker::OpenResult CacheWorker::open(const QDateTime &now, bool readContents)
{
    OpenResult result;
    StoreSnapshot *contents = readContents ? &result.contents : nullptr;
    Failure failed = tryOpen(contents, now);
    if (failed.trouble == Trouble::Broken) {
        close();
        result.brokenReason = failed.reason;
        QString error;
        if (!moveAside(&result.movedAside, &error)) {
            failed = { Trouble::Unavailable, error };
        } else {
            qCWarning(lcStorage) << "moved the broken cache" << m_path << "to" << result.movedAside
                                 << "because" << failed.reason;
            result.contents = {};
            failed = tryOpen(contents, now);
        }
    }
    if (failed.trouble != Trouble::None) {
        close();
        result.problem = failed.reason;
        qCWarning(lcStorage) << "cannot use the cache" << m_path << ":" << failed.reason;
        return result;
    }
    result.opened = true;
    return result;
}

CacheWorker::Failure CacheWorker::tryOpen(StoreSnapshot *contents, const QDateTime &now)
{
    close();
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(folder))
        return { Trouble::Unavailable, tr("cannot create the folder %1").arg(folder) };

    m_database = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_database.setDatabaseName(m_path);
    m_database.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!m_database.open())
        return failure(m_database.lastError(), tr("opening"));

    QSqlQuery query(m_database);
    if (!query.exec(u"PRAGMA quick_check"_s))
        return failure(query.lastError(), tr("checking"));
    QStringList problems;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != u"ok")
            problems.append(line);
    }
    if (query.lastError().isValid())
        return failure(query.lastError(), tr("checking"));
    if (!problems.isEmpty())
        return { Trouble::Broken,
            tr("PRAGMA quick_check reports: %1").arg(problems.join(u"; ")).left(500) };
    query.finish();

    QSqlError error;
    const int version = CacheSchema::version(m_database, &error);
    if (version < 0)
        return failure(error, tr("reading the schema version"));
    if (version > CacheSchema::latestVersion) {
        return { Trouble::Broken,
            tr("its schema version %1 is newer than this gigmap knows (%2)")
                .arg(version)
                .arg(CacheSchema::latestVersion) };
    }

    if (!query.exec(u"PRAGMA journal_mode = WAL"_s) || !query.next())
        return failure(query.lastError(), tr("switching to write-ahead logging"));
    if (query.value(0).toString().compare(u"wal", Qt::CaseInsensitive) != 0) {
        return { Trouble::Unavailable,
            tr("the file cannot use write-ahead logging (journal mode %1)")
                .arg(query.value(0).toString()) };
    }
    query.finish();
    // A 16 MiB page cache (instead of 2 MiB) keeps a store of 100,000 gigs in memory while
    // it is written or read.
    QStringList pragmas { u"PRAGMA synchronous = NORMAL"_s, u"PRAGMA foreign_keys = ON"_s,
        u"PRAGMA cache_size = -16384"_s };
    if (m_maxPageCount > 0)
        pragmas.append(u"PRAGMA max_page_count = %1"_s.arg(m_maxPageCount));
    for (const QString &pragma : std::as_const(pragmas)) {
        if (!query.exec(pragma))
            return failure(query.lastError(), pragma);
        query.finish();
    }

    if (const QSqlError migrated = CacheSchema::migrate(m_database, version); migrated.isValid())
        return failure(migrated, tr("upgrading the schema from version %1").arg(version));
    if (contents)
        return readAll(contents, now);
    return {};
}

bool CacheWorker::moveAside(QString *aside, QString *error) const
{
    const QString stampText = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    QString target = m_path + u".broken-"_s + stampText;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = m_path + u".broken-"_s + stampText + u'-' + QString::number(n);
    if (QFileInfo::exists(m_path) && !QFile::rename(m_path, target)) {
        *error = tr("cannot move the broken cache %1 aside").arg(m_path);
        return false;
    }
    // The write-ahead log belongs to the broken file: keep it beside it, never replay it.
    const QString wal = m_path + u"-wal"_s;
    if (QFileInfo::exists(wal) && !QFile::rename(wal, target + u"-wal"_s))
        QFile::remove(wal);
    QFile::remove(m_path + u"-shm"_s);
    *aside = target;
    return true;
}

CacheWorker::Failure CacheWorker::readAll(StoreSnapshot *contents, const QDateTime &now)
{
    QElapsedTimer timer;
    timer.start();
    if (!m_database.transaction())
        return failure(m_database.lastError(), tr("reading"));
    const auto failed = [this](const QSqlQuery &query) {
        const QSqlError error = query.lastError();
        m_database.rollback();
        return failure(error, tr("reading"));
    };

    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (query.exec(u"SELECT count(*) FROM events"_s) && query.next())
        contents->events.reserve(query.value(0).toLongLong());
    if (!query.exec(u"SELECT id, name, status, start_date, start_time_ms, utc_offset_s,"
                    " venue_name, venue_lat, venue_lon, venue_city, venue_country, lineup, url,"
                    " fetched_at, expires_at, billing FROM events"_s)) {
        return failed(query);
    }
    while (query.next()) {
        Cached<Event> row;
        Event &event = row.value;
        event.id = query.value(0).toString();
        event.name = query.value(1).toString();
        const QString status = query.value(2).toString();
        if (const auto known = eventStatusFromName(status)) {
            event.status = *known;
        } else {
            qCWarning(lcStorage) << "event" << event.id << "has an unknown status" << status
                                 << "in the cache; reading it as ok";
        }
        std::optional<QTime> time;
        if (const QVariant value = query.value(4); !value.isNull())
            time = QTime::fromMSecsSinceStartOfDay(value.toInt());
        std::optional<int> offset;
        if (const QVariant value = query.value(5); !value.isNull())
            offset = value.toInt();
        event.start
            = EventStart(QDate::fromString(query.value(3).toString(), Qt::ISODate), time, offset);
        event.venue.name = query.value(6).toString();
        event.venue.coordinate = coordinateFrom(query.value(7), query.value(8));
        event.venue.city = query.value(9).toString();
        event.venue.country = query.value(10).toString();
        event.lineup = splitIds(query.value(11).toString());
        event.url = query.value(12).toString();
        event.billing = billingFrom(query.value(15), event.lineup.size());
        stamp(row, query.value(13), query.value(14), now);
        contents->events.append(std::move(row));
    }
    if (query.lastError().isValid())
        return failed(query);

    if (!query.exec(u"SELECT id, mbid, name, other_mbids, fetched_at, expires_at,"
                    " mbid_searched_at, name_search FROM artists"_s))
        return failed(query);
    while (query.next()) {
        Cached<Artist> row;
        row.value = { query.value(0).toString(), query.value(1).toString(),
            query.value(2).toString(), splitIds(query.value(3).toString()),
            timeFrom(query.value(6)), nameSearchFromName(query.value(7).toString()) };
        stamp(row, query.value(4), query.value(5), now);
        contents->artists.append(std::move(row));
    }
    if (query.lastError().isValid())
        return failed(query);

    if (!query.exec(u"SELECT artist_mbid, release_mbid, title, type, date, fetched_at, expires_at"
                    " FROM releases"_s)) {
        return failed(query);
    }
    while (query.next()) {
        Cached<LatestRelease> row;
        row.value.artistMbid = query.value(0).toString();
        if (!query.value(1).isNull()) {
            Release release;
            release.mbid = query.value(1).toString();
            release.title = query.value(2).toString();
            release.type = releaseTypeFromName(query.value(3).toString());
            QString error;
            const auto date = PartialDate::fromString(query.value(4).toString(), &error);
            if (!date)
                qCWarning(lcStorage) << "release of" << row.value.artistMbid << ":" << error;
            release.date = date.value_or(PartialDate());
            row.value.release = std::move(release);
        }
        stamp(row, query.value(5), query.value(6), now);
        contents->releases.append(std::move(row));
    }
    if (query.lastError().isValid())
        return failed(query);

    if (!query.exec(u"SELECT id, name, lat, lon, radius_km, metro_area, refreshed_at, fetched_at,"
                    " expires_at FROM locations"_s)) {
        return failed(query);
    }
    QHash<QString, qsizetype> locationIndex;
    while (query.next()) {
        Cached<Location> row;
        Location &location = row.value;
        location.id = query.value(0).toString();
        location.name = query.value(1).toString();
        location.coordinate = coordinateFrom(query.value(2), query.value(3));
        location.radiusKm = query.value(4).toDouble();
        location.metroArea = query.value(5).toString();
        location.refreshedAt = timeFrom(query.value(6));
        stamp(row, query.value(7), query.value(8), now);
        locationIndex.insert(location.id, contents->locations.size());
        contents->locations.append(std::move(row));
    }
    if (query.lastError().isValid())
        return failed(query);

    if (!query.exec(u"SELECT location_id, event_id FROM location_events"
                    " ORDER BY location_id, position"_s)) {
        return failed(query);
    }
    while (query.next()) {
        const auto index = locationIndex.constFind(query.value(0).toString());
        if (index != locationIndex.cend())
            contents->locations[*index].value.eventIds.append(query.value(1).toString());
    }
    if (query.lastError().isValid())
        return failed(query);
    query.finish();
    m_database.commit();
    qCDebug(lcStorage) << "read" << contents->events.size() << "events," << contents->artists.size()
                       << "artists," << contents->releases.size() << "releases,"
                       << contents->locations.size() << "locations from" << m_path << "in"
                       << timer.elapsed() << "ms";
    return {};
}

void CacheWorker::write(const StoreSnapshot &changes, bool replaceAll, quint64 revision)
{
    QElapsedTimer timer;
    timer.start();
    if (!isOpen()) {
        if (!replaceAll) {
            emit written(revision, false, tr("the cache file is not open"));
            return;
        }
        const OpenResult opened = open(QDateTime(), false);
        if (!opened.movedAside.isEmpty())
            emit repaired(opened.movedAside, opened.brokenReason);
        if (!opened.opened) {
            emit written(revision, false, opened.problem);
            return;
        }
    }
    if (const QSqlError error = writeRows(changes, replaceAll); error.isValid()) {
        qCWarning(lcStorage) << "writing" << changes.rowCount() << "rows to" << m_path
                             << "failed:" << error.text();
        close(); // the next attempt opens and checks the file again
        emit written(revision, false, error.text());
        return;
    }
    qCDebug(lcStorage) << "wrote" << changes.rowCount() << "rows up to revision" << revision << "in"
                       << timer.elapsed() << "ms";
    emit written(revision, true, {});
}

QSqlError CacheWorker::writeRows(const StoreSnapshot &changes, bool replaceAll)
{
    if (!m_database.transaction())
        return m_database.lastError();
    QSqlQuery query(m_database);
    const auto failed = [this](QSqlQuery &failing) {
        const QSqlError error = failing.lastError();
        failing.finish();
        m_database.rollback();
        return error;
    };
    const auto each = [&query](const QString &statement, const QStringList &ids) {
        if (ids.isEmpty())
            return true;
        if (!query.prepare(statement))
            return false;
        for (const QString &id : ids) {
            if (!execWith(query, { id }))
                return false;
        }
        return true;
    };

    if (replaceAll) {
        for (const auto table :
            { u"location_events", u"locations", u"events", u"artists", u"releases" }) {
            if (!query.exec(u"DELETE FROM "_s + table))
                return failed(query);
        }
    }
    if (!each(u"DELETE FROM events WHERE id = ?"_s, changes.removedEventIds)
        || !each(u"DELETE FROM artists WHERE id = ?"_s, changes.removedArtistIds)
        || !each(u"DELETE FROM releases WHERE artist_mbid = ?"_s, changes.removedReleaseMbids)
        || !each(u"DELETE FROM locations WHERE id = ?"_s, changes.removedLocationIds)) {
        return failed(query);
    }

    // Prepares `statement` once and runs it with the values of each row.
    const auto insertAll
        = [&query](const QString &statement, const auto &rows, const auto &valuesOf) {
              if (rows.isEmpty())
                  return true;
              if (!query.prepare(statement))
                  return false;
              for (const auto &row : rows) {
                  if (!execWith(query, valuesOf(row)))
                      return false;
              }
              return true;
          };
    const auto eventValues = [](const Cached<Event> &row) {
        const Event &event = row.value;
        const EventStart &start = event.start;
        const auto time = start.localTime();
        const auto offset = start.utcOffsetSeconds();
        return QVariantList { event.id, event.name, eventStatusName(event.status),
            start.localDate().isValid() ? QVariant(start.localDate().toString(Qt::ISODate))
                                        : QVariant(),
            time ? QVariant(time->msecsSinceStartOfDay()) : QVariant(),
            offset ? QVariant(*offset) : QVariant(), event.venue.name,
            latitudeValue(event.venue.coordinate), longitudeValue(event.venue.coordinate),
            event.venue.city, event.venue.country, joined(event.lineup), event.url,
            timeValue(row.fetchedAt), timeValue(row.expiresAt), billingValue(event.billing) };
    };
    const auto artistValues = [](const Cached<Artist> &row) {
        const Artist &artist = row.value;
        return QVariantList { artist.id, artist.mbid, artist.name, joined(artist.otherMbids),
            timeValue(row.fetchedAt), timeValue(row.expiresAt), timeValue(artist.mbidSearchedAt),
            nameSearchName(artist.nameSearch) }; // NULL: not searched
    };
    const auto releaseValues = [](const Cached<LatestRelease> &row) {
        const auto &release = row.value.release;
        return QVariantList { row.value.artistMbid,
            release ? QVariant(notNull(release->mbid)) : QVariant(),
            release ? QVariant(release->title) : QVariant(),
            release ? QVariant(releaseTypeName(release->type)) : QVariant(),
            release ? QVariant(release->date.toString()) : QVariant(), timeValue(row.fetchedAt),
            timeValue(row.expiresAt) };
    };
    if (!insertAll(u"INSERT OR REPLACE INTO events (id, name, status, start_date,"
                   " start_time_ms, utc_offset_s, venue_name, venue_lat, venue_lon, venue_city,"
                   " venue_country, lineup, url, fetched_at, expires_at, billing)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            changes.events, eventValues)
        || !insertAll(u"INSERT OR REPLACE INTO artists (id, mbid, name, other_mbids, fetched_at,"
                      " expires_at, mbid_searched_at, name_search)"
                      " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
            changes.artists, artistValues)
        || !insertAll(u"INSERT OR REPLACE INTO releases (artist_mbid, release_mbid, title, type,"
                      " date, fetched_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
            changes.releases, releaseValues)) {
        return failed(query);
    }

    if (!changes.locations.isEmpty()) {
        QSqlQuery clear(m_database);
        QSqlQuery members(m_database);
        if (!query.prepare(u"INSERT OR REPLACE INTO locations (id, name, lat, lon, radius_km,"
                           " metro_area, refreshed_at, fetched_at, expires_at)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s)) {
            return failed(query);
        }
        if (!clear.prepare(u"DELETE FROM location_events WHERE location_id = ?"_s))
            return failed(clear);
        if (!members.prepare(u"INSERT INTO location_events (location_id, position, event_id)"
                             " VALUES (?, ?, ?)"_s)) {
            return failed(members);
        }
        for (const Cached<Location> &row : changes.locations) {
            const Location &location = row.value;
            if (!execWith(query,
                    { location.id, location.name, latitudeValue(location.coordinate),
                        longitudeValue(location.coordinate), location.radiusKm, location.metroArea,
                        timeValue(location.refreshedAt), timeValue(row.fetchedAt),
                        timeValue(row.expiresAt) })) {
                return failed(query);
            }
            if (!execWith(clear, { location.id }))
                return failed(clear);
            for (qsizetype i = 0; i < location.eventIds.size(); ++i) {
                if (!execWith(members, { location.id, i, location.eventIds.at(i) }))
                    return failed(members);
            }
        }
    }

    query.finish();
    if (!m_database.commit()) {
        const QSqlError error = m_database.lastError();
        m_database.rollback();
        return error;
    }
    return {};
}

} // namespace gig
