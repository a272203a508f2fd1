// The tables of gigmap's cache as the latest schema has them: each table's columns, once.
#pragma once

#include "app/storage/sqldialect.h"

#include <QLatin1StringView>
#include <QList>
#include <QString>

namespace gig {

// Each table's columns in the order the schema's steps leave them (tst_cacheschema checks that
// against the migrated file). CacheWorker reads, writes and deletes through these, and the
// column enums below index them: a new column is one enum value and one name here, plus the
// schema step that adds it.
class CacheTable
{
public:
    enum class Id {
        Events,
        Artists,
        Releases,
        Locations,
        LocationEvents,
        MyArtists,
        LibraryFiles,
        AlertMarks,
        LaneTurns,
        LaneDays,
        WorkLeases
    };

    QLatin1StringView name;
    QList<QLatin1StringView> columns; // the first is the key rows are deleted by
    int keyColumns = 1; // the primary key: this many columns from the first

    // "SELECT <columns> FROM <name> <tail>"
    QString selectSql(QLatin1StringView tail = {}) const;
    // Inserts a row or replaces the one with its key. SQLite: "INSERT OR REPLACE INTO …".
    // PostgreSQL: "INSERT … ON CONFLICT (<key>) DO UPDATE …", and where the table has a
    // fetched_at column, a row fetched earlier never replaces one fetched later: two desktops
    // sharing the cache keep the newer answer, whichever writes last.
    QString upsertSql(SqlDialect dialect) const;
    // "SELECT <columns> FROM <name> WHERE <first column> = ?"
    QString selectByKeySql() const;
    // "INSERT INTO <name> (<columns>) VALUES (?, …)"
    QString insertSql() const;
    // "DELETE FROM <name> WHERE <first column> = ?"
    QString deleteByKeySql() const;

    static const CacheTable &get(Id id);
    static QList<Id> all();
};

// Column numbers: the position of each name in CacheTable::get(…).columns.
struct EventColumn
{
    enum : int {
        Id,
        Name,
        Status,
        StartDate,
        StartTimeMs,
        UtcOffsetS,
        VenueName,
        VenueLat,
        VenueLon,
        VenueCity,
        VenueCountry,
        Url,
        FetchedAt,
        ExpiresAt,
        Lineup,
        Billing,
        PriceMin,
        PriceCurrency,
        Count
    };
};

struct ArtistColumn
{
    enum : int {
        Id,
        Mbid,
        Name,
        OtherMbids,
        FetchedAt,
        ExpiresAt,
        MbidSearchedAt,
        NameSearch,
        Count
    };
};

struct ReleaseColumn
{
    enum : int { ArtistMbid, ReleaseMbid, Title, Type, Date, FetchedAt, ExpiresAt, Count };
};

struct LocationColumn
{
    enum : int {
        Id,
        Name,
        Lat,
        Lon,
        RadiusKm,
        MetroArea,
        RefreshedAt,
        FetchedAt,
        ExpiresAt,
        Count
    };
};

struct LocationEventColumn
{
    enum : int { LocationId, Position, EventId, Count };
};

// The followed artists, in the order the person added them.
struct MyArtistColumn
{
    enum : int { Position, Mbid, Name, Origin, AddedAt, Count };
};

// Each music file the library import read: how it looked then (size, modification time) and the
// artists its tags name (names and MBIDs joined like ids, one MBID per name, empty when unknown).
struct LibraryFileColumn
{
    enum : int { Path, Size, ModifiedMs, Readable, ArtistNames, ArtistMbids, Count };
};

// What the alerts recorded (models/alertmark.h): one row per saved place, gig or artist.
struct AlertMarkColumn
{
    enum : int { Kind, Key, Value, State, MarkedAt, Count };
};

} // namespace gig

namespace gig {

// Each network lane's next turn to send, in milliseconds since the epoch of the database's clock.
struct LaneTurnColumn
{
    enum : int { Lane, NextAt, Count };
};

// Requests each lane sent on each day (UTC, "YYYY-MM-DD"), by every desktop sharing the cache.
struct LaneDayColumn
{
    enum : int { Lane, Day, Used, Count };
};

// Who refreshes a place or an artist ("place:<id>", "release:<key>"): the holder's desktop id
// until expires_at, renewed while it works; done_at when it last finished (then holder is NULL).
struct WorkLeaseColumn
{
    enum : int { Key, Holder, ExpiresAt, DoneAt, Count };
};

} // namespace gig
