<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CityIndex</name>
    <message>
        <source>near %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gig::ArtistRelease</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not on MusicBrainz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several artists of that name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gig::ArtistsCommand</name>
    <message>
        <source>My artists are kept in the cache, and it cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No artist is followed yet: add one (gigmap artists add NAME) or import a music folder (gigmap artists import --music-dir DIR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is one of my artists now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is one of my artists already; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of my artists; nothing was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 from my artists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading music files: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no music folder to import from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gig::CacheDatabase</name>
    <message>
        <source>The gig cache was damaged (%1). It was moved to %2 and gigmap started a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gigmap cannot write its cache %1 (%2). Gigs are kept in memory; writing is retried every %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gig::CacheWorker</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRAGMA quick_check reports: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its schema version %1 is newer than this gigmap knows (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switching to write-ahead logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot use write-ahead logging (journal mode %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrading the schema from version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the broken cache %1 aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cache file is not open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gig::ColumnChooser</name>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gig::CombinedEventSource</name>
    <message>
        <source>Some pages of gigs from %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gigs from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gig::DemoSandbox</name>
    <message>
        <source>The demo sandbox found no free port on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gig::EventStatus</name>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gig::Export</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gig::ExportCommand</name>
    <message>
        <source>Timed out after %1 s; writing what is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These pages of gigs could not be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache has no gigs for this place (--offline makes no request).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo sandbox could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source failed (%1) and the cache has no gigs for this place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gigmap export: the source failed (%1); using the cached gigs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some pages of gigs could not be read yet (%1); asking again until the timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n latest release(s) could not be read yet; asking again until the timeout.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — written to %1 in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n gig(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n release(s)</source>
        <extracomment>%1 releases known of %n in all.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) queued</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>waiting %1 s for the rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · </source>
        <comment>between the parts of the progress line</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gig::ExportFileDialog</name>
    <message>
        <source>Export Gigs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for Excel, UTF-8 with byte-order mark (*.csv)</source>
        <extracomment>Excel on Windows reads a CSV file as UTF-8 only when it starts with a byte-order mark.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gig::FollowedArtist</name>
    <message>
        <source>music library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ListenBrainz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last.fm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gig::GigCountLabel</name>
    <message numerus="yes">
        <source>%n gig(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n hidden by the filter</source>
        <extracomment>%1 is &quot;N gigs shown&quot;; %n of them are hidden by the filter.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gig(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gig::GigDetailsPane</name>
    <message>
        <source>Date not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time not announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postponed: a new date is not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last known details: the latest refresh did not succeed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a gig to see its lineup and each artist&apos;s latest release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lineup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The artists of the selected gig, headliner first, each with the latest release. Enter opens the artist&apos;s page, or in the release columns the release&apos;s page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an artist or a release to open it on MusicBrainz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release&apos;s page could not be opened: no browser took %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The artist&apos;s page could not be opened: no browser took %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1 on MusicBrainz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Latest Release on MusicBrainz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open “%1” on MusicBrainz</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gig::GigFilterBar</name>
    <message>
        <source>F&amp;rom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;my artists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by event, venue or artist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only gigs whose event, venue or artists hold every word (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter gigs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide gigs before this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While “From” is ticked, gigs before this day are hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide gigs after this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While “to” is ticked, gigs after this day are hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the gigs that were called off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the gigs where at least one of my artists plays</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gig::GigLinks</name>
    <message>
        <source>Tickets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gives no page for this gig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the gig&apos;s page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the gig&apos;s page (tickets from %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This gig has no page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gig&apos;s page could not be opened: no browser took %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gig::GigListModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lineup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gig::GigStatusProxyModel</name>
    <message>
        <source>%1 (one of my artists plays)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of my artists plays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last known details: the latest refresh did not succeed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gig::KeyStore</name>
    <message>
        <source>the keyring is switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keyring answered (%1): API keys are stored unencrypted in gigmap&apos;s settings file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gig::LineupFollowMenu</name>
    <message>
        <source>Unfollow %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from my artists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to my artists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gig::LineupModel</name>
    <message>
        <source>fetching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of my artists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MusicBrainz id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several MusicBrainz artists have this name, so gigmap cannot tell which one plays here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No MusicBrainz artist has this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking this artist up on MusicBrainz by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gig::ListenBrainzImport</name>
    <message numerus="yes">
        <source>ListenBrainz lists the %n artist(s) %1 listened to most; %2 of them are new in my artists.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>ListenBrainz has no statistics for %1 yet; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ListenBrainz knows no user named %1; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gig::LocaleFormat</name>
    <message>
        <source>%1 mi</source>
        <extracomment>A distance in miles.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km</source>
        <extracomment>A distance in kilometres.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ft</source>
        <extracomment>Feet, on the map&apos;s scale bar.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m</source>
        <extracomment>Metres, on the map&apos;s scale bar.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gig::LocationWatch</name>
    <message>
        <source>No gig source is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the answer failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Some pages of gigs from %1 could not be read (%n missing); the others are shown and gigmap asks again in %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The gigs of the other sources are shown, and gigmap asks again in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gig source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gig::MainWindow</name>
    <message>
        <source>gigmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gigs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gigs around the place shown, one a row: date, time, event, venue, distance, lineup, latest releases and status. Select one to read its lineup below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching for “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search a Place…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;My Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the gigs around where you are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding your position…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve This Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the gigs of this place again now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Gigs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter Gigs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About gigmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — gigmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n gig(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No saved places yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3), %4 km around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forge&amp;t This Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a place first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the Places menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep %1 in the Places menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 in the Places menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a place on the map or search for one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for gigs around %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No upcoming gigs found around %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gig matches the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;gigmap %1&lt;/h3&gt;&lt;p&gt;Upcoming gigs around any place, each gig&apos;s lineup and each artist&apos;s latest release.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Gigs come from Ticketmaster, SeatGeek and Songkick, with the API key of each; latest releases from MusicBrainz, whose data is free (CC0). Places are found with Nominatim, and the map&apos;s tiles are © OpenStreetMap contributors (Open Database License). City names come from GeoNames (CC BY 4.0), the outline of the world from Natural Earth (public domain).&lt;/p&gt;&lt;p&gt;gigmap is free software under the MIT License.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About gigmap</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gig::MapView</name>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all gigs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits for the map&apos;s data, with links</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Zoom %1, %n gig(s) in view.</source>
        <extracomment>Read out by a screen reader: %1 is the zoom level; the number of gigs follows.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Gigs around %1. %2</source>
        <extracomment>Read out by a screen reader: %1 is the place shown, %2 the zoom and gigs.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys move the map, plus and minus zoom, N and P go from marker to marker, Enter opens the marker or searches the centre of the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save This Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n gig(s)</source>
        <extracomment>A map marker of one venue, read out by a screen reader.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A group of %n gig(s)</source>
        <extracomment>A map marker that gathers several gigs, read out by a screen reader.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gig(s) here: click to list them</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n gig(s)&lt;/b&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gig::MusicLibraryImport</name>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Found %n music file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, read %n new or changed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and added %n artist(s) to my artists.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>These folders could not be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n file(s) that could not be read.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gig::MyArtistsBinding</name>
    <message>
        <source>An import is running already; wait for it or cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a ListenBrainz user name to import from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder to import from.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gig::MyArtistsControls</name>
    <message>
        <source>&amp;My Artists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See, search and import the artists whose gigs matter to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Artists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gig::MyArtistsDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from music folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from &amp;ListenBrainz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Artists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search my artists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My artists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The artists whose gigs gigmap marks, each with where it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artist to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An artist&apos;s name or MusicBrainz id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the artists named in the tags of the music files in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ListenBrainz user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ListenBrainz user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the artists this ListenBrainz user listened to most (public statistics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from music folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the music files in %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking ListenBrainz for the artists %1 listened to most…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n artist(s) from my artists.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is one of my artists now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is one of my artists already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gig::MyArtistsModel</name>
    <message>
        <source>(name not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No MusicBrainz id is known: gigs are matched by the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MusicBrainz id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gig::NetworkTileSource</name>
    <message>
        <source>The tile address &quot;%1&quot; needs {z}, {x} and {y}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tile address &quot;%1&quot; is not an http(s) address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tile address &quot;%1&quot; uses plain http; gigmap only uses https outside this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tile server at %1 needs a key. Enter it in the settings, beside the map tile address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tile %1/%2/%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiles are off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tile server sent no image (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tile server answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gig::NominatimSource</name>
    <message>
        <source>OpenStreetMap&apos;s place search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gig::PlaceNavigation</name>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No place to go back to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward to %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No place to go forward to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gig::PlaceSearchField</name>
    <message>
        <source>Search a place (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a place and press Enter to search for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search a place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No city starts with “%1”. Did you mean:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No place found for “%1”. Check the spelling, or add the country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No place found for “%1”. Did you mean:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gig::PositionService</name>
    <message>
        <source>No positioning service is installed on this system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the NMEA file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gigmap may not read your position; allow it in the system&apos;s privacy settings, or pick a place on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The positioning service closed the connection; no position is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The positioning service failed; no position is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No position available: the positioning service did not answer within %n s. Pick a place on the map or search for one.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gig::ReleaseProgress</name>
    <message>
        <source>less than a minute left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 h %2 min left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gig::ReleaseProgressBar</name>
    <message>
        <source>%1 of %2 releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest releases of the shown gigs&apos; artists, asked from MusicBrainz one a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n release(s)</source>
        <extracomment>%1 releases known of %n in all.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gig::SettingsDialog</name>
    <message>
        <source>Show the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gig sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gigs come from every source switched on. With none, gigmap shows its built-in demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (partners only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask %1 for gigs, with the API key beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the place on screen is refreshed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often places watched in the background are refreshed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Albums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;EPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;ngles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An artist&apos;s latest album counts as a latest release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An artist&apos;s latest EP counts as a latest release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An artist&apos;s latest single counts as a latest release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown &amp;place every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other places every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest release counts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where gigmap asks %1. Change it only for a mirror or a test server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of a map tile server, with {z}, {x} and {y} for the tile, and {key} where the server wants its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for a tile server that asks for one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tile server key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tile server ke&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>© OpenStreetMap contributors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit the tile server&apos;s terms ask for, shown in the corner of the map. Leave it empty for OpenStreetMap&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tiles show place na&amp;mes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn this off for tiles without labels: gigmap then writes the names of the cities on the map itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colours of the window and the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Window colours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 URL must be an http or https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map tile URL must be an http or https address with {z}, {x} and {y}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tile server&apos;s address has a {key}: enter its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count at least one release type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tile ser&amp;ver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gigmap speaks the language chosen here from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gig::SourceError</name>
    <message>
        <source>%1 could not be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is busy right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not accept the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has trouble answering right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 turned the request down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent an answer gigmap cannot read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gigmap gives %1 a rest: it failed several times in a row, or today&apos;s requests are used up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gigmap cannot ask %1 this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gigmap cannot ask %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to %1 was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>a sentence for people, with its full stop</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; gigmap asks again in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <comment>seconds</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>minutes</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>hours</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gig::StatusBanner</name>
    <message>
        <source>Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gigs of this place cannot be refreshed just now; the ones shown are those known before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The gigs shown are those known before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are demo gigs, made up for trying gigmap out. Add an API key of Ticketmaster or SeatGeek to see real gigs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an API key…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gig::StatusPanel</name>
    <message numerus="yes">
        <source>%n gig(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, some missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 lists %n gig(s) here.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Retry &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: showing cached gigs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the shown place now instead of waiting for the next attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never refreshed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: up to date, refreshed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refreshing… (last refreshed %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: fetching gigs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: stale, showing gigs as of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: some pages of gigs could not be read; showing the others, as of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refresh failing, showing gigs as of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refresh failing, showing gigs as of %3. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) queued</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>rate limited: next request in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gig::TileAttribution</name>
    <message>
        <source>Map: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>© %1 contributors</source>
        <extracomment>%1 is a link to OpenStreetMap&apos;s copyright page.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Place names: %2</source>
        <extracomment>The map&apos;s credit line: %1 credits the map, %2 is a link to GeoNames.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gig::VenueGigsMenu</name>
    <message>
        <source>%1, %2</source>
        <comment>date, time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>when: gig</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>gig (status)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gigs at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My location</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
