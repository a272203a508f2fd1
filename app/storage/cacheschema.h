// The layout of gigmap's cache and the forward migrations that bring any older one to it, in a
// SQLite file or a shared PostgreSQL database alike (see sqldialect.h).
#pragma once

#include <QSqlError>

class QSqlDatabase;

namespace gig {

// Version history (SQLite: PRAGMA user_version; PostgreSQL: the table gigmap_schema):
//   0  empty file
//   1  events, event_artists (lineup, one row per artist), artists, releases, locations,
//      location_events
//   2  the lineup moves into events.lineup (ids joined by U+001F) and event_artists goes:
//      loading 100,000 gigs no longer reads 300,000 lineup rows
//   3  artists.mbid_searched_at: a search by name that found no MusicBrainz match is not
//      repeated at every start
//   4  artists.name_search ("found", "none", "several"; NULL: not searched, or the source gave
//      the MBID) and events.billing (per lineup entry "headline"/"support" joined by U+001F;
//      NULL: the first act headlines). Misses recorded under the older rule (top score 100) are
//      forgotten, so those artists are searched again under the rule of one artist per name.
//   5  events.price_min and events.price_currency: the lowest ticket price the provider lists
//      (NULL: it gives none). Gigs cached before have none until their place is refreshed.
//   6  my_artists (the artists the person follows: MBID, name, origin, when added) and
//      library_files (each music file the library import read, with its size, modification time
//      and the artists its tags name), so a rescan reads only the files that changed.
//   7  alert_marks: what the alerts of my artists have recorded (saved places filled once, gigs
//      known or alerted and whether the person has seen them, each followed artist's latest
//      release), so that no gig or release is announced twice, across restarts and kills.
//   8  lane_turns (when each network lane may send next) and work_leases (which desktop
//      refreshes a place or an artist now, and when one last finished): the coordination of
//      desktops sharing a PostgreSQL cache. Unused in a SQLite file.
//   9  lane_days: the requests each lane sent each day (UTC), so that desktops sharing a cache
//      keep a daily budget (Ticketmaster's 5,000 a key) together.
// A new step changes the column lists of cachetable.h with it; tst_cacheschema checks they agree.
class CacheSchema
{
public:
    static constexpr int latestVersion = 9;
    static constexpr QChar listSeparator = QChar(0x1f); // joins id lists in one column

    // The schema version, 0 for an empty database, or -1 with `error` set when it cannot be read.
    static int version(QSqlDatabase &database, QSqlError *error = nullptr);

    // Applies the steps from `from` up to `to` in one transaction, setting the version as it
    // goes; a failed step rolls everything back. Returns the error, invalid on success. On
    // PostgreSQL the migration holds a lock, so desktops starting together migrate once.
    static QSqlError migrate(QSqlDatabase &database, int from, int to = latestVersion);

private:
    static QSqlError step(QSqlDatabase &database, int toVersion);
    static QSqlError setVersion(QSqlDatabase &database, int version);
};

} // namespace gig
