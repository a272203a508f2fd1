#include "app/storage/cacheworker.h"

#include "app/storage/alertmarkstable.h"
#include "app/storage/cacheschema.h"
#include "app/storage/cachetable.h"
#include "app/storage/myartiststables.h"
#include "app/storage/sqldialect.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QUuid>

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

// One row's values for the table's INSERT, placed by the column enums of cachetable.h.
QVariantList eventValues(const Cached<Event> &row)
{
    using C = EventColumn;
    const Event &event = row.value;
    const EventStart &start = event.start;
    const auto time = start.localTime();
    const auto offset = start.utcOffsetSeconds();
    QVariantList values(C::Count);
    values[C::Id] = event.id;
    values[C::Name] = event.name;
    values[C::Status] = eventStatusName(event.status);
    if (start.localDate().isValid())
        values[C::StartDate] = start.localDate().toString(Qt::ISODate);
    if (time)
        values[C::StartTimeMs] = time->msecsSinceStartOfDay();
    if (offset)
        values[C::UtcOffsetS] = *offset;
    values[C::VenueName] = event.venue.name;
    values[C::VenueLat] = latitudeValue(event.venue.coordinate);
    values[C::VenueLon] = longitudeValue(event.venue.coordinate);
    values[C::VenueCity] = event.venue.city;
    values[C::VenueCountry] = event.venue.country;
    values[C::Url] = event.url;
    values[C::FetchedAt] = timeValue(row.fetchedAt);
    values[C::ExpiresAt] = timeValue(row.expiresAt);
    values[C::Lineup] = joined(event.lineup);
    values[C::Billing] = billingValue(event.billing);
    if (event.lowestPrice) {
        values[C::PriceMin] = event.lowestPrice->amount;
        values[C::PriceCurrency] = event.lowestPrice->currency;
    }
    return values;
}

QVariantList artistValues(const Cached<Artist> &row)
{
    using C = ArtistColumn;
    const Artist &artist = row.value;
    QVariantList values(C::Count);
    values[C::Id] = artist.id;
    values[C::Mbid] = artist.mbid;
    values[C::Name] = artist.name;
    values[C::OtherMbids] = joined(artist.otherMbids);
    values[C::FetchedAt] = timeValue(row.fetchedAt);
    values[C::ExpiresAt] = timeValue(row.expiresAt);
    values[C::MbidSearchedAt] = timeValue(artist.mbidSearchedAt);
    values[C::NameSearch] = nameSearchName(artist.nameSearch); // NULL: not searched
    return values;
}

QVariantList releaseValues(const Cached<LatestRelease> &row)
{
    using C = ReleaseColumn;
    QVariantList values(C::Count);
    values[C::ArtistMbid] = row.value.artistMbid;
    if (const auto &release = row.value.release) {
        values[C::ReleaseMbid] = notNull(release->mbid);
        values[C::Title] = release->title;
        values[C::Type] = releaseTypeName(release->type);
        values[C::Date] = release->date.toString();
    }
    values[C::FetchedAt] = timeValue(row.fetchedAt);
    values[C::ExpiresAt] = timeValue(row.expiresAt);
    return values;
}

QVariantList locationValues(const Cached<Location> &row)
{
    using C = LocationColumn;
    const Location &location = row.value;
    QVariantList values(C::Count);
    values[C::Id] = location.id;
    values[C::Name] = location.name;
    values[C::Lat] = latitudeValue(location.coordinate);
    values[C::Lon] = longitudeValue(location.coordinate);
    values[C::RadiusKm] = location.radiusKm;
    values[C::MetroArea] = location.metroArea;
    values[C::RefreshedAt] = timeValue(location.refreshedAt);
    values[C::FetchedAt] = timeValue(row.fetchedAt);
    values[C::ExpiresAt] = timeValue(row.expiresAt);
    return values;
}

// Writes the locations and their lists of events, replacing the rows they had; returns the
// error of the statement that failed, invalid when all went in.
QSqlError writeLocations(QSqlDatabase &database, const QList<Cached<Location>> &rows)
{
    if (rows.isEmpty())
        return {};
    using Table = CacheTable::Id;
    QSqlQuery insert(database);
    QSqlQuery clear(database);
    QSqlQuery members(database);
    // In a shared database a place row fetched later than this one stays, and so do its gigs:
    // the upsert says (RETURNING) whether it wrote the row, and only then are the gigs replaced.
    const bool shared = dialectOf(database) == SqlDialect::Postgres;
    QString upsert = CacheTable::get(Table::Locations).upsertSql(dialectOf(database));
    if (shared)
        upsert += u" RETURNING id"_s;
    if (!insert.prepare(upsert))
        return insert.lastError();
    if (!clear.prepare(CacheTable::get(Table::LocationEvents).deleteByKeySql()))
        return clear.lastError();
    if (!members.prepare(CacheTable::get(Table::LocationEvents).insertSql()))
        return members.lastError();
    for (const Cached<Location> &row : rows) {
        if (!execWith(insert, locationValues(row)))
            return insert.lastError();
        if (shared && !insert.next())
            continue; // a newer fetch of the place is there already
        const Location &location = row.value;
        if (!execWith(clear, { location.id }))
            return clear.lastError();
        for (qsizetype i = 0; i < location.eventIds.size(); ++i) {
            QVariantList member(LocationEventColumn::Count);
            member[LocationEventColumn::LocationId] = location.id;
            member[LocationEventColumn::Position] = i;
            member[LocationEventColumn::EventId] = location.eventIds.at(i);
            if (!execWith(members, member))
                return members.lastError();
        }
    }
    return {};
}

// One row of the query, read by the column enums of cachetable.h; `now` decides freshness.
Cached<Event> eventFrom(const QSqlQuery &query, const QDateTime &now)
{
    using C = EventColumn;
    Cached<Event> row;
    Event &event = row.value;
    event.id = query.value(C::Id).toString();
    event.name = query.value(C::Name).toString();
    const QString status = query.value(C::Status).toString();
    if (const auto known = eventStatusFromName(status)) {
        event.status = *known;
    } else {
        qCWarning(lcStorage) << "event" << event.id << "has an unknown status" << status
                             << "in the cache; reading it as ok";
    }
    std::optional<QTime> time;
    if (const QVariant value = query.value(C::StartTimeMs); !value.isNull())
        time = QTime::fromMSecsSinceStartOfDay(value.toInt());
    std::optional<int> offset;
    if (const QVariant value = query.value(C::UtcOffsetS); !value.isNull())
        offset = value.toInt();
    event.start = EventStart(
        QDate::fromString(query.value(C::StartDate).toString(), Qt::ISODate), time, offset);
    event.venue.name = query.value(C::VenueName).toString();
    event.venue.coordinate = coordinateFrom(query.value(C::VenueLat), query.value(C::VenueLon));
    event.venue.city = query.value(C::VenueCity).toString();
    event.venue.country = query.value(C::VenueCountry).toString();
    event.lineup = splitIds(query.value(C::Lineup).toString());
    event.url = query.value(C::Url).toString();
    event.billing = billingFrom(query.value(C::Billing), event.lineup.size());
    if (const QVariant amount = query.value(C::PriceMin); !amount.isNull())
        event.lowestPrice
            = ticketPrice(amount.toDouble(), query.value(C::PriceCurrency).toString());
    stamp(row, query.value(C::FetchedAt), query.value(C::ExpiresAt), now);
    return row;
}

Cached<Artist> artistFrom(const QSqlQuery &query, const QDateTime &now)
{
    using C = ArtistColumn;
    Cached<Artist> row;
    row.value = { query.value(C::Id).toString(), query.value(C::Mbid).toString(),
        query.value(C::Name).toString(), splitIds(query.value(C::OtherMbids).toString()),
        timeFrom(query.value(C::MbidSearchedAt)),
        nameSearchFromName(query.value(C::NameSearch).toString()) };
    stamp(row, query.value(C::FetchedAt), query.value(C::ExpiresAt), now);
    return row;
}

Cached<LatestRelease> releaseFrom(const QSqlQuery &query, const QDateTime &now)
{
    using C = ReleaseColumn;
    Cached<LatestRelease> row;
    row.value.artistMbid = query.value(C::ArtistMbid).toString();
    if (!query.value(C::ReleaseMbid).isNull()) {
        Release release;
        release.mbid = query.value(C::ReleaseMbid).toString();
        release.title = query.value(C::Title).toString();
        release.type = releaseTypeFromName(query.value(C::Type).toString());
        QString error;
        const auto date = PartialDate::fromString(query.value(C::Date).toString(), &error);
        if (!date)
            qCWarning(lcStorage) << "release of" << row.value.artistMbid << ":" << error;
        release.date = date.value_or(PartialDate());
        row.value.release = std::move(release);
    }
    stamp(row, query.value(C::FetchedAt), query.value(C::ExpiresAt), now);
    return row;
}

Cached<Location> locationFrom(const QSqlQuery &query, const QDateTime &now)
{
    using C = LocationColumn;
    Cached<Location> row;
    Location &location = row.value;
    location.id = query.value(C::Id).toString();
    location.name = query.value(C::Name).toString();
    location.coordinate = coordinateFrom(query.value(C::Lat), query.value(C::Lon));
    location.radiusKm = query.value(C::RadiusKm).toDouble();
    location.metroArea = query.value(C::MetroArea).toString();
    location.refreshedAt = timeFrom(query.value(C::RefreshedAt));
    stamp(row, query.value(C::FetchedAt), query.value(C::ExpiresAt), now);
    return row;
}

} // namespace

CacheWorker::CacheWorker(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_location(CacheLocation::fromText(path))
    // Also names this desktop's writes to the others: unique across processes and machines.
    , m_connectionName(u"gigmap-cache-"_s + QUuid::createUuid().toString(QUuid::Id128))
{
    if (m_location.isShared())
        m_path = m_location.displayText(); // what logs name: never a password
}

CacheWorker::~CacheWorker()
{
    close();
}

void CacheWorker::close()
{
    if (m_listener.isValid()) {
        m_listener.close();
        m_listener = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName + u"-listen"_s);
    }
    if (m_database.isValid()) {
        m_database.close();
        m_database = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

CacheWorker::Failure CacheWorker::failure(const QSqlError &error, const QString &doing) const
{
    const QString reason = u"%1: %2"_s.arg(doing, error.text());
    // A shared database is never moved aside: whatever fails there is waited out.
    if (m_location.isShared())
        return { Trouble::Unavailable, reason };
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
    const Failure opened = m_location.isShared() ? openShared() : openFile();
    if (opened.trouble != Trouble::None)
        return opened;

    QSqlError error;
    const int version = CacheSchema::version(m_database, &error);
    if (version < 0)
        return failure(error, tr("reading the schema version"));
    if (version > CacheSchema::latestVersion) {
        const QString reason = tr("its schema version %1 is newer than this gigmap knows (%2)")
                                   .arg(version)
                                   .arg(CacheSchema::latestVersion);
        // A shared database is left to the newer gigmap that uses it.
        return { m_location.isShared() ? Trouble::Unavailable : Trouble::Broken, reason };
    }
    if (const Failure tuned = tuneFile(); tuned.trouble != Trouble::None)
        return tuned;
    if (const QSqlError migrated = CacheSchema::migrate(m_database, version); migrated.isValid())
        return failure(migrated, tr("upgrading the schema from version %1").arg(version));
    if (contents)
        return readAll(contents, now);
    return {};
}

QSqlDatabase CacheWorker::connectShared(const QString &name) const
{
    QSqlDatabase database = m_location.addDatabase(name, 5);
    if (database.isValid())
        database.open();
    return database;
}

CacheWorker::Failure CacheWorker::openShared()
{
    if (!m_location.problem().isEmpty())
        return { Trouble::Unavailable, m_location.problem() };
    m_database = connectShared(m_connectionName);
    if (!m_database.isValid())
        return { Trouble::Unavailable, tr("this system lacks Qt's PostgreSQL driver (QPSQL)") };
    if (!m_database.isOpen())
        return failure(m_database.lastError(), tr("connecting"));
    // Listening starts before anything is read, so no change made meanwhile goes unheard.
    m_listener = connectShared(m_connectionName + u"-listen"_s);
    QSqlDriver *driver = m_listener.driver();
    if (!m_listener.isOpen() || !driver->subscribeToNotification(SharedChanges::channel))
        return failure(m_listener.lastError(), tr("listening for other desktops' changes"));
    connect(driver, &QSqlDriver::notification, this, &CacheWorker::onNotification);
    return {};
}

void CacheWorker::checkConnection()
{
    if (!m_location.isShared() || !m_listener.isValid())
        return; // not connected: the next write connects
    QString reason;
    if (!m_listener.isOpen()) {
        // The driver read the server's goodbye while it waited for notifications.
        reason = tr("the server closed the connection");
    } else {
        QSqlQuery query(m_listener); // gone before the connection is closed
        if (query.exec(u"SELECT 1"_s))
            return; // the driver reads any notification that came with the answer
        reason = query.lastError().text();
    }
    qCWarning(lcStorage) << "lost the connection to" << m_path << ":" << reason;
    close(); // the next write opens again, reads what was missed and listens anew
    emit connectionLost(reason);
}

void CacheWorker::onNotification(
    const QString &channel, QSqlDriver::NotificationSource, const QVariant &payload)
{
    if (channel != SharedChanges::channel || !isOpen())
        return;
    const ChangedKeys keys = SharedChanges::parse(payload.toString());
    if (keys.isEmpty() || keys.sender == m_connectionName)
        return; // this desktop's own write: the store has it, maybe changed since
    StoreSnapshot rows;
    if (!readKeys(keys, &rows, QDateTime::currentDateTimeUtc())) {
        qCWarning(lcStorage) << "reading another desktop's changes failed:"
                             << m_database.lastError().text();
        return;
    }
    qCDebug(lcStorage) << "another desktop wrote" << rows.rowCount() << "rows";
    emit sharedRowsChanged(rows);
}

bool CacheWorker::readKeys(const ChangedKeys &keys, StoreSnapshot *rows, const QDateTime &now)
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    using Table = CacheTable::Id;
    // Each key's row by the table's first column, as readAll() reads them all.
    const auto readEach
        = [&query, &now](Table table, const QStringList &ids, auto &into, const auto &rowFrom) {
              if (ids.isEmpty())
                  return true;
              if (!query.prepare(CacheTable::get(table).selectByKeySql()))
                  return false;
              for (const QString &id : ids) {
                  query.addBindValue(id);
                  if (!query.exec())
                      return false;
                  while (query.next())
                      into.append(rowFrom(query, now));
              }
              return true;
          };
    if (!readEach(Table::Events, keys.events, rows->events, eventFrom)
        || !readEach(Table::Artists, keys.artists, rows->artists, artistFrom)
        || !readEach(Table::Releases, keys.releases, rows->releases, releaseFrom)
        || !readEach(Table::Locations, keys.locations, rows->locations, locationFrom)) {
        return false;
    }
    if (rows->locations.isEmpty())
        return true;
    if (!query.prepare(CacheTable::get(Table::LocationEvents)
                           .selectSql("WHERE location_id = ? ORDER BY position"_L1)))
        return false;
    for (Cached<Location> &row : rows->locations) {
        query.addBindValue(row.value.id);
        if (!query.exec())
            return false;
        while (query.next())
            row.value.eventIds.append(query.value(LocationEventColumn::EventId).toString());
    }
    return true;
}

QSqlError CacheWorker::notifyOthers(const StoreSnapshot &written)
{
    if (!m_location.isShared())
        return {};
    QSqlQuery query(m_database);
    if (!query.prepare(u"SELECT pg_notify(?, ?)"_s))
        return query.lastError();
    for (const QString &payload : SharedChanges::payloads(written, m_connectionName)) {
        query.addBindValue(QString(SharedChanges::channel));
        query.addBindValue(payload);
        if (!query.exec())
            return query.lastError();
    }
    return {};
}

CacheWorker::Failure CacheWorker::openFile()
{
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
    return {};
}

CacheWorker::Failure CacheWorker::tuneFile()
{
    if (m_location.isShared())
        return {};
    QSqlQuery query(m_database);
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
    if (m_location.isShared()) {
        // Every table as of one moment: others write while this reads, and a place must not be
        // read with gigs whose rows were read before they were written.
        QSqlQuery snapshot(m_database);
        if (!snapshot.exec(u"SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"_s)) {
            m_database.rollback();
            return failure(snapshot.lastError(), tr("reading"));
        }
    }
    const auto failed = [this](const QSqlQuery &query) {
        const QSqlError error = query.lastError();
        m_database.rollback();
        return failure(error, tr("reading"));
    };

    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    using Table = CacheTable::Id;
    // Runs the table's SELECT and appends each row as `rowFrom` reads it.
    const auto readTable = [&query, &now](Table table, auto &rows, const auto &rowFrom) {
        if (!query.exec(CacheTable::get(table).selectSql()))
            return false;
        while (query.next())
            rows.append(rowFrom(query, now));
        return !query.lastError().isValid();
    };
    if (query.exec(u"SELECT count(*) FROM events"_s) && query.next())
        contents->events.reserve(query.value(0).toLongLong());
    if (!readTable(Table::Events, contents->events, eventFrom)
        || !readTable(Table::Artists, contents->artists, artistFrom)
        || !readTable(Table::Releases, contents->releases, releaseFrom)
        || !readTable(Table::Locations, contents->locations, locationFrom)) {
        return failed(query);
    }

    QHash<QString, qsizetype> locationIndex;
    for (qsizetype i = 0; i < contents->locations.size(); ++i)
        locationIndex.insert(contents->locations.at(i).value.id, i);
    if (!query.exec(CacheTable::get(Table::LocationEvents)
                        .selectSql("ORDER BY location_id, position"_L1))) {
        return failed(query);
    }
    while (query.next()) {
        using C = LocationEventColumn;
        const auto index = locationIndex.constFind(query.value(C::LocationId).toString());
        if (index != locationIndex.cend())
            contents->locations[*index].value.eventIds.append(query.value(C::EventId).toString());
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
    StoreSnapshot heldByOthers; // what a shared database gained while it was out of reach
    if (!isOpen()) {
        if (!replaceAll) {
            emit written(revision, false, tr("the cache file is not open"));
            return;
        }
        OpenResult opened = open(QDateTime::currentDateTimeUtc(), m_location.isShared());
        if (!opened.movedAside.isEmpty())
            emit repaired(opened.movedAside, opened.brokenReason);
        if (!opened.opened) {
            emit written(revision, false, opened.problem);
            return;
        }
        heldByOthers = std::move(opened.contents);
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
    if (!heldByOthers.isEmpty())
        emit sharedRowsChanged(heldByOthers);
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
    using Table = CacheTable::Id;
    const auto each = [&query](Table table, const QStringList &ids) {
        if (ids.isEmpty())
            return true;
        if (!query.prepare(CacheTable::get(table).deleteByKeySql()))
            return false;
        for (const QString &id : ids) {
            if (!execWith(query, { id }))
                return false;
        }
        return true;
    };

    // A shared database holds other desktops' rows too: all of this store is written over it,
    // the newer fetch of each row winning (see CacheTable::upsertSql), and nothing is emptied.
    if (replaceAll && !m_location.isShared()) {
        for (const Table table : { Table::LocationEvents, Table::Locations, Table::Events,
                 Table::Artists, Table::Releases }) {
            if (!query.exec(u"DELETE FROM "_s + CacheTable::get(table).name))
                return failed(query);
        }
    }
    if (!each(Table::Events, changes.removedEventIds)
        || !each(Table::Artists, changes.removedArtistIds)
        || !each(Table::Releases, changes.removedReleaseMbids)
        || !each(Table::Locations, changes.removedLocationIds)) {
        return failed(query);
    }

    // Prepares the table's INSERT OR REPLACE once and runs it with the values of each row.
    const SqlDialect dialect = dialectOf(m_database);
    const auto insertAll = [&query, dialect](Table table, const auto &rows, const auto &valuesOf) {
        if (rows.isEmpty())
            return true;
        if (!query.prepare(CacheTable::get(table).upsertSql(dialect)))
            return false;
        for (const auto &row : rows) {
            if (!execWith(query, valuesOf(row)))
                return false;
        }
        return true;
    };
    if (!insertAll(Table::Events, changes.events, eventValues)
        || !insertAll(Table::Artists, changes.artists, artistValues)
        || !insertAll(Table::Releases, changes.releases, releaseValues)) {
        return failed(query);
    }

    if (QSqlError error = writeLocations(m_database, changes.locations); error.isValid()) {
        query.finish();
        m_database.rollback();
        return error;
    }
    // Sent when the transaction commits, so the others read the rows as written.
    if (QSqlError error = notifyOthers(changes); error.isValid()) {
        query.finish();
        m_database.rollback();
        return error;
    }

    query.finish();
    if (!m_database.commit()) {
        const QSqlError error = m_database.lastError();
        m_database.rollback();
        return error;
    }
    return {};
}

QList<FollowedArtist> CacheWorker::readMyArtists(QString *error)
{
    QList<FollowedArtist> artists;
    if (!isOpen()) {
        *error = tr("the cache file is not open");
        return artists;
    }
    if (const QSqlError failed = MyArtistsTables::readFollowed(m_database, &artists);
        failed.isValid()) {
        *error = failed.text();
        return {};
    }
    return artists;
}

void CacheWorker::writeMyArtists(const QList<FollowedArtist> &artists)
{
    const int what = int(CacheTable::Id::MyArtists);
    if (!isOpen()) {
        emit myArtistsWritten(what, false, tr("the cache file is not open"));
        return;
    }
    const QSqlError error = MyArtistsTables::writeFollowed(m_database, artists);
    if (error.isValid())
        qCWarning(lcStorage) << "writing" << artists.size()
                             << "followed artists failed:" << error.text();
    emit myArtistsWritten(what, !error.isValid(), error.text());
}

LibraryIndex CacheWorker::readLibraryFiles(QString *error)
{
    LibraryIndex files;
    if (!isOpen()) {
        *error = tr("the cache file is not open");
        return files;
    }
    if (const QSqlError failed = MyArtistsTables::readLibraryFiles(m_database, &files);
        failed.isValid()) {
        *error = failed.text();
        return {};
    }
    return files;
}

void CacheWorker::writeLibraryFiles(const QList<LibraryFile> &changed, const QStringList &removed)
{
    const int what = int(CacheTable::Id::LibraryFiles);
    if (!isOpen()) {
        emit myArtistsWritten(what, false, tr("the cache file is not open"));
        return;
    }
    QElapsedTimer timer;
    timer.start();
    const QSqlError error = MyArtistsTables::writeLibraryFiles(m_database, changed, removed);
    if (error.isValid())
        qCWarning(lcStorage) << "writing" << changed.size()
                             << "music files failed:" << error.text();
    else
        qCDebug(lcStorage) << "wrote" << changed.size() << "music files and forgot"
                           << removed.size() << "in" << timer.elapsed() << "ms";
    emit myArtistsWritten(what, !error.isValid(), error.text());
}

QList<AlertMark> CacheWorker::readAlertMarks(QString *error)
{
    QList<AlertMark> marks;
    if (!isOpen()) {
        *error = tr("the cache file is not open");
        return marks;
    }
    if (const QSqlError failed = AlertMarksTable::read(m_database, &marks); failed.isValid()) {
        *error = failed.text();
        return {};
    }
    return marks;
}

bool CacheWorker::writeAlertMarks(
    const QList<AlertMark> &marks, const QList<AlertMark> &forgotten, QString *error)
{
    if (!isOpen()) {
        *error = tr("the cache file is not open");
        return false;
    }
    if (const QSqlError failed = AlertMarksTable::write(m_database, marks, forgotten);
        failed.isValid()) {
        *error = failed.text();
        qCWarning(lcStorage) << "writing" << marks.size() << "alert marks failed:" << *error;
        return false;
    }
    return true;
}

} // namespace gig
