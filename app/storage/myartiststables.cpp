#include "app/storage/myartiststables.h"

#include "app/storage/cacheschema.h"
#include "app/storage/cachetable.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

bool execWith(QSqlQuery &query, const QVariantList &values)
{
    int index = 0;
    for (const QVariant &value : values)
        query.bindValue(index++, value);
    return query.exec();
}

QSqlError rollback(QSqlDatabase &database, QSqlQuery &failing)
{
    const QSqlError error = failing.lastError();
    failing.finish();
    database.rollback();
    return error;
}

QSqlError commit(QSqlDatabase &database)
{
    if (database.commit())
        return {};
    const QSqlError error = database.lastError();
    database.rollback();
    return error;
}

// NULL: no entries; otherwise every entry, empty ones too (an artist known by its MBID only).
QStringList split(const QVariant &value)
{
    return value.isNull() ? QStringList() : value.toString().split(CacheSchema::listSeparator);
}

QVariant joined(const QStringList &entries)
{
    if (entries.isEmpty())
        return {};
    const QString text = entries.join(CacheSchema::listSeparator);
    return text.isNull() ? QVariant(u""_s) : QVariant(text); // a null string would bind as NULL
}

} // namespace

QSqlError MyArtistsTables::readFollowed(QSqlDatabase &database, QList<FollowedArtist> *artists)
{
    using C = MyArtistColumn;
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.exec(CacheTable::get(CacheTable::Id::MyArtists).selectSql("ORDER BY position"_L1)))
        return query.lastError();
    while (query.next()) {
        FollowedArtist artist;
        artist.mbid = query.value(C::Mbid).toString();
        artist.name = query.value(C::Name).toString();
        artist.origin = artistOriginFromName(query.value(C::Origin).toString())
                            .value_or(ArtistOrigin::ByHand);
        if (const QVariant added = query.value(C::AddedAt); !added.isNull())
            artist.addedAt = QDateTime::fromMSecsSinceEpoch(added.toLongLong(), Qt::UTC);
        artists->append(artist);
    }
    return query.lastError();
}

QSqlError MyArtistsTables::writeFollowed(
    QSqlDatabase &database, const QList<FollowedArtist> &artists)
{
    if (!database.transaction())
        return database.lastError();
    QSqlQuery query(database);
    const CacheTable &table = CacheTable::get(CacheTable::Id::MyArtists);
    if (!query.exec(u"DELETE FROM "_s + table.name) || !query.prepare(table.insertSql()))
        return rollback(database, query);
    for (qsizetype i = 0; i < artists.size(); ++i) {
        using C = MyArtistColumn;
        const FollowedArtist &artist = artists.at(i);
        QVariantList values(C::Count);
        values[C::Position] = i;
        values[C::Mbid] = artist.mbid;
        values[C::Name] = artist.name;
        values[C::Origin] = artistOriginName(artist.origin);
        if (artist.addedAt.isValid())
            values[C::AddedAt] = artist.addedAt.toMSecsSinceEpoch();
        if (!execWith(query, values))
            return rollback(database, query);
    }
    query.finish();
    return commit(database);
}

QSqlError MyArtistsTables::readLibraryFiles(QSqlDatabase &database, LibraryIndex *files)
{
    using C = LibraryFileColumn;
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.exec(CacheTable::get(CacheTable::Id::LibraryFiles).selectSql()))
        return query.lastError();
    while (query.next()) {
        LibraryFile file;
        file.path = query.value(C::Path).toString();
        file.size = query.value(C::Size).toLongLong();
        file.modifiedMs = query.value(C::ModifiedMs).toLongLong();
        file.readable = query.value(C::Readable).toBool();
        const QStringList names = split(query.value(C::ArtistNames));
        const QStringList mbids = split(query.value(C::ArtistMbids));
        file.artists.reserve(names.size());
        for (qsizetype i = 0; i < names.size(); ++i)
            file.artists.append({ names.at(i), mbids.value(i) });
        files->insert(file.path, file);
    }
    return query.lastError();
}

QSqlError MyArtistsTables::writeLibraryFiles(
    QSqlDatabase &database, const QList<LibraryFile> &changed, const QStringList &removed)
{
    if (changed.isEmpty() && removed.isEmpty())
        return {};
    if (!database.transaction())
        return database.lastError();
    const CacheTable &table = CacheTable::get(CacheTable::Id::LibraryFiles);
    QSqlQuery query(database);
    if (!removed.isEmpty()) {
        if (!query.prepare(table.deleteByKeySql()))
            return rollback(database, query);
        for (const QString &path : removed) {
            if (!execWith(query, { path }))
                return rollback(database, query);
        }
    }
    if (!changed.isEmpty()) {
        if (!query.prepare(table.upsertSql(dialectOf(database))))
            return rollback(database, query);
        for (const LibraryFile &file : changed) {
            using C = LibraryFileColumn;
            QStringList names;
            QStringList mbids;
            for (const TaggedArtist &artist : file.artists) {
                names.append(artist.name);
                mbids.append(artist.mbid);
            }
            QVariantList values(C::Count);
            values[C::Path] = file.path;
            values[C::Size] = file.size;
            values[C::ModifiedMs] = file.modifiedMs;
            values[C::Readable] = file.readable ? 1 : 0;
            values[C::ArtistNames] = joined(names);
            values[C::ArtistMbids] = joined(mbids);
            if (!execWith(query, values))
                return rollback(database, query);
        }
    }
    query.finish();
    return commit(database);
}

} // namespace gig
