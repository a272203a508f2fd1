#include "app/storage/cachetable.h"

#include <QStringList>
#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

// The names in the order of the column enums; a missing name fails to compile.
template<std::size_t N> constexpr bool complete(const std::array<const char *, N> &names)
{
    return std::ranges::none_of(names, [](const char *name) { return name == nullptr; });
}

constexpr std::array<const char *, EventColumn::Count> eventColumns { "id", "name", "status",
    "start_date", "start_time_ms", "utc_offset_s", "venue_name", "venue_lat", "venue_lon",
    "venue_city", "venue_country", "url", "fetched_at", "expires_at", "lineup", "billing",
    "price_min", "price_currency" };
static_assert(complete(eventColumns));

constexpr std::array<const char *, ArtistColumn::Count> artistColumns { "id", "mbid", "name",
    "other_mbids", "fetched_at", "expires_at", "mbid_searched_at", "name_search" };
static_assert(complete(artistColumns));

constexpr std::array<const char *, ReleaseColumn::Count> releaseColumns { "artist_mbid",
    "release_mbid", "title", "type", "date", "fetched_at", "expires_at" };
static_assert(complete(releaseColumns));

constexpr std::array<const char *, LocationColumn::Count> locationColumns { "id", "name", "lat",
    "lon", "radius_km", "metro_area", "refreshed_at", "fetched_at", "expires_at" };
static_assert(complete(locationColumns));

constexpr std::array<const char *, LocationEventColumn::Count> locationEventColumns { "location_id",
    "position", "event_id" };
static_assert(complete(locationEventColumns));

constexpr std::array<const char *, MyArtistColumn::Count> myArtistColumns { "position", "mbid",
    "name", "origin", "added_at" };
static_assert(complete(myArtistColumns));

constexpr std::array<const char *, LibraryFileColumn::Count> libraryFileColumns { "path", "size",
    "modified_ms", "readable", "artist_names", "artist_mbids" };
static_assert(complete(libraryFileColumns));

constexpr std::array<const char *, AlertMarkColumn::Count> alertMarkColumns { "kind", "key",
    "value", "state", "marked_at" };
static_assert(complete(alertMarkColumns));

constexpr std::array<const char *, LaneTurnColumn::Count> laneTurnColumns { "lane", "next_at" };
static_assert(complete(laneTurnColumns));

constexpr std::array<const char *, LaneDayColumn::Count> laneDayColumns { "lane", "day", "used" };
static_assert(complete(laneDayColumns));

constexpr std::array<const char *, WorkLeaseColumn::Count> workLeaseColumns { "key", "holder",
    "expires_at", "done_at" };
static_assert(complete(workLeaseColumns));

template<std::size_t N>
CacheTable table(const char *name, const std::array<const char *, N> &names, int keyColumns = 1)
{
    CacheTable result { QLatin1StringView(name), {}, keyColumns };
    for (const char *column : names)
        result.columns.append(QLatin1StringView(column));
    return result;
}

QString columnList(const CacheTable &table)
{
    QStringList names;
    for (const QLatin1StringView column : table.columns)
        names.append(column);
    return names.join(u", "_s);
}

QString placeholders(const CacheTable &table)
{
    QStringList marks;
    marks.fill(u"?"_s, table.columns.size());
    return marks.join(u", "_s);
}

} // namespace

QString CacheTable::selectSql(QLatin1StringView tail) const
{
    QString sql = u"SELECT "_s + columnList(*this) + u" FROM "_s + name;
    if (!tail.isEmpty())
        sql += u' ' + tail;
    return sql;
}

QString CacheTable::selectByKeySql() const
{
    return selectSql() + u" WHERE "_s + columns.constFirst() + u" = ?"_s;
}

QString CacheTable::upsertSql(SqlDialect dialect) const
{
    if (dialect == SqlDialect::Sqlite) {
        return u"INSERT OR REPLACE INTO "_s + name + u" ("_s + columnList(*this) + u") VALUES ("_s
            + placeholders(*this) + u')';
    }
    QStringList key;
    QStringList assignments;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const QLatin1StringView column = columns.at(i);
        if (i < keyColumns)
            key.append(column);
        else
            assignments.append(column + u" = EXCLUDED."_s + column);
    }
    QString sql = insertSql() + u" ON CONFLICT ("_s + key.join(u", "_s) + u") DO "_s;
    if (assignments.isEmpty())
        return sql + u"NOTHING"_s;
    sql += u"UPDATE SET "_s + assignments.join(u", "_s);
    if (columns.contains("fetched_at"_L1)) {
        sql += u" WHERE "_s + name + u".fetched_at IS NULL OR EXCLUDED.fetched_at >= "_s + name
            + u".fetched_at"_s;
    }
    return sql;
}

QString CacheTable::insertSql() const
{
    return u"INSERT INTO "_s + name + u" ("_s + columnList(*this) + u") VALUES ("_s
        + placeholders(*this) + u')';
}

QString CacheTable::deleteByKeySql() const
{
    return u"DELETE FROM "_s + name + u" WHERE "_s + columns.constFirst() + u" = ?"_s;
}

const CacheTable &CacheTable::get(Id id)
{
    static const CacheTable events = table("events", eventColumns);
    static const CacheTable artists = table("artists", artistColumns);
    static const CacheTable releases = table("releases", releaseColumns);
    static const CacheTable locations = table("locations", locationColumns);
    static const CacheTable locationEvents = table("location_events", locationEventColumns, 2);
    static const CacheTable myArtists = table("my_artists", myArtistColumns);
    static const CacheTable libraryFiles = table("library_files", libraryFileColumns);
    static const CacheTable alertMarks = table("alert_marks", alertMarkColumns, 2);
    static const CacheTable laneTurns = table("lane_turns", laneTurnColumns);
    static const CacheTable laneDays = table("lane_days", laneDayColumns, 2);
    static const CacheTable workLeases = table("work_leases", workLeaseColumns);
    switch (id) {
    case Id::Events:
        return events;
    case Id::Artists:
        return artists;
    case Id::Releases:
        return releases;
    case Id::Locations:
        return locations;
    case Id::MyArtists:
        return myArtists;
    case Id::LibraryFiles:
        return libraryFiles;
    case Id::AlertMarks:
        return alertMarks;
    case Id::LaneTurns:
        return laneTurns;
    case Id::LaneDays:
        return laneDays;
    case Id::WorkLeases:
        return workLeases;
    case Id::LocationEvents:
        break;
    }
    return locationEvents;
}

QList<CacheTable::Id> CacheTable::all()
{
    return { Id::Events, Id::Artists, Id::Releases, Id::Locations, Id::LocationEvents,
        Id::MyArtists, Id::LibraryFiles, Id::AlertMarks, Id::LaneTurns, Id::LaneDays,
        Id::WorkLeases };
}

} // namespace gig
