<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CacheLocation</name>
    <message>
        <source>The address of the shared cache is not a valid URL: %1</source>
        <translation>Die Adresse des gemeinsamen Caches ist keine gültige URL: %1</translation>
    </message>
    <message>
        <source>The address of the shared cache names no database. Write it as postgresql://user@host:5432/database.</source>
        <translation>Die Adresse des gemeinsamen Caches nennt keine Datenbank. Schreiben Sie sie als postgresql://benutzer@host:5432/datenbank.</translation>
    </message>
</context>
<context>
    <name>CacheOption</name>
    <message>
        <source>--cache needs a file name.</source>
        <translation>--cache braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>--cache &apos;%1&apos; is a folder; give a file name, or a shared cache&apos;s postgresql:// address.</source>
        <translation>--cache „%1“ ist ein Ordner; geben Sie einen Dateinamen an oder die postgresql://-Adresse eines gemeinsamen Caches.</translation>
    </message>
</context>
<context>
    <name>CityIndex</name>
    <message>
        <source>near %1</source>
        <translation>bei %1</translation>
    </message>
</context>
<context>
    <name>gig::Alerts</name>
    <message>
        <source>Playing: %1.</source>
        <translation>Es spielen: %1.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 plays around %2</source>
        <translation>%1 spielt bei %2</translation>
    </message>
    <message>
        <source>%1 at %2 on %3.</source>
        <translation>%1 in %2 am %3.</translation>
    </message>
    <message>
        <source>%1 has a new release</source>
        <translation>%1 hat eine neue Veröffentlichung</translation>
    </message>
    <message>
        <source>%1 (%2).</source>
        <translation>%1 (%2).</translation>
    </message>
    <message>
        <source>%1 (%2, %3).</source>
        <translation>%1 (%2, %3).</translation>
    </message>
    <message numerus="yes">
        <source>%n new gig(s) of my artists around %1</source>
        <translation>
            <numerusform>%n neues Konzert meiner Künstler bei %1</numerusform>
            <numerusform>%n neue Konzerte meiner Künstler bei %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gig::ArtistRelease</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>fetching…</source>
        <translation>wird geladen…</translation>
    </message>
    <message>
        <source>not on MusicBrainz</source>
        <translation>nicht bei MusicBrainz</translation>
    </message>
    <message>
        <source>several artists of that name</source>
        <translation>mehrere Künstler dieses Namens</translation>
    </message>
</context>
<context>
    <name>gig::ArtistsCommand</name>
    <message>
        <source>My artists are kept in the cache, and it cannot be used: %1</source>
        <translation>Meine Künstler liegen im Cache, und dieser kann nicht benutzt werden: %1</translation>
    </message>
    <message>
        <source>No artist is followed yet: add one (gigmap artists add NAME) or import a music folder (gigmap artists import --music-dir DIR).</source>
        <translation>Noch wird keinem Künstler gefolgt: einen hinzufügen (gigmap artists add NAME) oder einen Musikordner importieren (gigmap artists import --music-dir DIR).</translation>
    </message>
    <message>
        <source>%1 is one of my artists now.</source>
        <translation>%1 gehört jetzt zu meinen Künstlern.</translation>
    </message>
    <message>
        <source>%1 is one of my artists already; nothing changed.</source>
        <translation>%1 gehört schon zu meinen Künstlern; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1 is not one of my artists; nothing was removed.</source>
        <translation>%1 gehört nicht zu meinen Künstlern; nichts wurde entfernt.</translation>
    </message>
    <message>
        <source>Removed %1 from my artists.</source>
        <translation>%1 aus meinen Künstlern entfernt.</translation>
    </message>
    <message>
        <source>Reading music files: %1 of %2</source>
        <translation>Musikdateien werden gelesen: %1 von %2</translation>
    </message>
    <message>
        <source>There is no music folder to import from.</source>
        <translation>Es gibt keinen Musikordner, aus dem importiert werden kann.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>Die Änderung konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>gig::ArtistsOptions</name>
    <message>
        <source>import: a folder of music files to read (may be given several times; default: the music folder).</source>
        <translation>import: ein Ordner mit Musikdateien, die gelesen werden (mehrfach möglich; vorgegeben: der Musikordner).</translation>
    </message>
    <message>
        <source>import: the most listened artists of this ListenBrainz user instead (public statistics, no token).</source>
        <translation>import: stattdessen die meistgehörten Künstler dieses ListenBrainz-Nutzers (öffentliche Statistik, kein Token).</translation>
    </message>
    <message>
        <source>ListenBrainz service root (default https://api.listenbrainz.org).</source>
        <translation>Basisadresse des ListenBrainz-Dienstes (vorgegeben: https://api.listenbrainz.org).</translation>
    </message>
    <message>
        <source>import: the artists this Last.fm user played most instead (needs an API key).</source>
        <translation>import: stattdessen die meistgehörten Künstler dieses Last.fm-Nutzers (braucht einen API-Schlüssel).</translation>
    </message>
    <message>
        <source>Last.fm API key (or set GIGMAP_LASTFM_KEY).</source>
        <translation>Last.fm-API-Schlüssel (oder GIGMAP_LASTFM_KEY setzen).</translation>
    </message>
    <message>
        <source>Last.fm service root (default https://ws.audioscrobbler.com/2.0).</source>
        <translation>Basisadresse des Last.fm-Dienstes (vorgegeben: https://ws.audioscrobbler.com/2.0).</translation>
    </message>
    <message>
        <source>Manages my artists, the artists whose gigs matter to me.

  gigmap artists list                  one line per artist: name, MusicBrainz id, where from, when added (tab-separated)
  gigmap artists add NAME-or-MBID      follow an artist
  gigmap artists remove NAME-or-MBID   stop following (a name removes every artist of that name)
  gigmap artists import --music-dir DIR   follow the artists named in the tags of the music files in DIR; a second import reads only new or changed files
  gigmap artists import --listenbrainz USER   follow the 100 artists USER listened to most on ListenBrainz
  gigmap artists import --lastfm USER --lastfm-key KEY   follow the artists USER played most on Last.fm (up to 1,000)

Exit codes: 0 done, 2 bad arguments (or nothing of that name to remove), 3 no music folder could be read or ListenBrainz or Last.fm failed (or knows no such user, or refused the key), 4 the cache could not be read or written.</source>
        <translation>Verwaltet meine Künstler, die Künstler, deren Konzerte mir wichtig sind.

  gigmap artists list                  eine Zeile je Künstler: Name, MusicBrainz-ID, Herkunft, hinzugefügt am (durch Tabulatoren getrennt)
  gigmap artists add NAME-or-MBID      einem Künstler folgen
  gigmap artists remove NAME-or-MBID   nicht mehr folgen (ein Name entfernt jeden Künstler dieses Namens)
  gigmap artists import --music-dir DIR   den Künstlern folgen, die in den Tags der Musikdateien in DIR stehen; ein zweiter Import liest nur neue oder geänderte Dateien
  gigmap artists import --listenbrainz USER   den 100 Künstlern folgen, die USER auf ListenBrainz am meisten gehört hat
  gigmap artists import --lastfm USER --lastfm-key KEY   den Künstlern folgen, die USER auf Last.fm am meisten gehört hat (bis zu 1.000)

Exit-Codes: 0 erledigt, 2 falsche Argumente (oder nichts dieses Namens zu entfernen), 3 kein Musikordner konnte gelesen werden oder ListenBrainz oder Last.fm ist ausgefallen (oder kennt keinen solchen Nutzer oder hat den Schlüssel abgelehnt), 4 der Cache konnte nicht gelesen oder geschrieben werden.</translation>
    </message>
    <message>
        <source>The artists command.</source>
        <translation>Der Befehl artists.</translation>
    </message>
    <message>
        <source>list, add, remove or import.</source>
        <translation>list, add, remove oder import.</translation>
    </message>
    <message>
        <source>add, remove: the artist&apos;s name or MusicBrainz id.</source>
        <translation>add, remove: Name oder MusicBrainz-ID des Künstlers.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>Say what to do: list, add, remove or import.</source>
        <translation>Was ist zu tun? list, add, remove oder import.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a command of gigmap artists: use list, add, remove or import.</source>
        <translation>„%1“ ist kein Befehl von gigmap artists: list, add, remove oder import verwenden.</translation>
    </message>
    <message>
        <source>%1 needs an artist&apos;s name or MusicBrainz id.</source>
        <translation>%1 braucht den Namen oder die MusicBrainz-ID eines Künstlers.</translation>
    </message>
    <message>
        <source>%1 takes no artist; &apos;%2&apos; is one word too many.</source>
        <translation>%1 nimmt keinen Künstler; „%2“ ist ein Wort zu viel.</translation>
    </message>
    <message>
        <source>--music-dir belongs to import.</source>
        <translation>--music-dir gehört zu import.</translation>
    </message>
    <message>
        <source>--%1 belongs to import.</source>
        <translation>--%1 gehört zu import.</translation>
    </message>
    <message>
        <source>--listenbrainz-url needs --listenbrainz USER.</source>
        <translation>--listenbrainz-url braucht --listenbrainz USER.</translation>
    </message>
    <message>
        <source>--%1 needs --lastfm USER.</source>
        <translation>--%1 braucht --lastfm USER.</translation>
    </message>
    <message>
        <source>import reads one source at a time: --music-dir, --listenbrainz or --lastfm.</source>
        <translation>import liest eine Quelle auf einmal: --music-dir, --listenbrainz oder --lastfm.</translation>
    </message>
    <message>
        <source>--lastfm needs a Last.fm user name.</source>
        <translation>--lastfm braucht einen Last.fm-Nutzernamen.</translation>
    </message>
    <message>
        <source>--lastfm needs a Last.fm API key: give --lastfm-key KEY or set GIGMAP_LASTFM_KEY (a free key comes with an API account at last.fm/api).</source>
        <translation>--lastfm braucht einen Last.fm-API-Schlüssel: --lastfm-key KEY angeben oder GIGMAP_LASTFM_KEY setzen (einen kostenlosen Schlüssel gibt es mit einem API-Konto unter last.fm/api).</translation>
    </message>
    <message>
        <source>--listenbrainz needs a ListenBrainz user name.</source>
        <translation>--listenbrainz braucht einen ListenBrainz-Nutzernamen.</translation>
    </message>
    <message>
        <source>There is no music folder here: name one with --music-dir.</source>
        <translation>Hier gibt es keinen Musikordner: einen mit --music-dir angeben.</translation>
    </message>
    <message>
        <source>--music-dir &apos;%1&apos; is not a folder that can be read.</source>
        <translation>--music-dir „%1“ ist kein lesbarer Ordner.</translation>
    </message>
    <message>
        <source>Keep the cache (and my artists) in &lt;file&gt;, or in the shared PostgreSQL cache at &lt;url&gt;.</source>
        <translation>Den Cache (und meine Künstler) in &lt;file&gt; speichern oder im gemeinsamen PostgreSQL-Cache unter &lt;url&gt;.</translation>
    </message>
</context>
<context>
    <name>gig::CacheDatabase</name>
    <message>
        <source>The gig cache was damaged (%1). It was moved to %2 and gigmap started a new one.</source>
        <translation>Der Konzert-Cache war beschädigt (%1). Er wurde nach %2 verschoben, und gigmap hat einen neuen angelegt.</translation>
    </message>
    <message>
        <source>gigmap cannot write its cache %1 (%2). Gigs are kept in memory; writing is retried every %3 s.</source>
        <translation>gigmap kann seinen Cache %1 nicht schreiben (%2). Die Konzerte bleiben im Speicher; das Schreiben wird alle %3 s erneut versucht.</translation>
    </message>
    <message numerus="yes">
        <source>gigmap cannot reach the shared cache %1 (%2). It goes on with what it holds and keeps what it fetches until the cache is back; it tries again in %n second(s).</source>
        <translation>
            <numerusform>gigmap erreicht den gemeinsamen Cache %1 nicht (%2). Es arbeitet mit dem weiter, was es hat, und behält, was es abruft, bis der Cache wieder da ist; neuer Versuch in %n Sekunde.</numerusform>
            <numerusform>gigmap erreicht den gemeinsamen Cache %1 nicht (%2). Es arbeitet mit dem weiter, was es hat, und behält, was es abruft, bis der Cache wieder da ist; neuer Versuch in %n Sekunden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gig::CacheWorker</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>opening</source>
        <translation>beim Öffnen</translation>
    </message>
    <message>
        <source>checking</source>
        <translation>beim Prüfen</translation>
    </message>
    <message>
        <source>PRAGMA quick_check reports: %1</source>
        <translation>PRAGMA quick_check meldet: %1</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>beim Lesen der Schemaversion</translation>
    </message>
    <message>
        <source>its schema version %1 is newer than this gigmap knows (%2)</source>
        <translation>seine Schemaversion %1 ist neuer, als dieses gigmap kennt (%2)</translation>
    </message>
    <message>
        <source>switching to write-ahead logging</source>
        <translation>beim Umstellen auf Write-Ahead-Logging</translation>
    </message>
    <message>
        <source>the file cannot use write-ahead logging (journal mode %1)</source>
        <translation>die Datei kann kein Write-Ahead-Logging nutzen (Journalmodus %1)</translation>
    </message>
    <message>
        <source>upgrading the schema from version %1</source>
        <translation>beim Aktualisieren des Schemas von Version %1</translation>
    </message>
    <message>
        <source>cannot move the broken cache %1 aside</source>
        <translation>der beschädigte Cache %1 kann nicht beiseitegelegt werden</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>beim Lesen</translation>
    </message>
    <message>
        <source>the cache file is not open</source>
        <translation>die Cache-Datei ist nicht geöffnet</translation>
    </message>
    <message>
        <source>this system lacks Qt&apos;s PostgreSQL driver (QPSQL)</source>
        <translation>diesem System fehlt der PostgreSQL-Treiber von Qt (QPSQL)</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>beim Verbinden</translation>
    </message>
    <message>
        <source>listening for other desktops&apos; changes</source>
        <translation>beim Lauschen auf Änderungen anderer Rechner</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
</context>
<context>
    <name>gig::ColumnChooser</name>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
</context>
<context>
    <name>gig::CombinedEventSource</name>
    <message>
        <source>Some pages of gigs from %1 could not be read.</source>
        <translation>Einige Seiten mit Konzerten von %1 konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>the gigs from %1: %2</source>
        <translation>die Konzerte von %1: %2</translation>
    </message>
</context>
<context>
    <name>gig::CommandLine</name>
    <message>
        <source>Try &apos;%1&apos;.</source>
        <translation>Mehr dazu unter „%1“.</translation>
    </message>
    <message>
        <source>gigmap shows the upcoming gigs around a place you pick on a map, each gig&apos;s lineup and each artist&apos;s latest release.

Commands:
  export   write the gigs around a place as CSV or iCalendar (gigmap export --help)
  artists  list, add, remove or import my artists (gigmap artists --help)</source>
        <translation>gigmap zeigt die anstehenden Konzerte rund um einen Ort, den Sie auf einer Karte wählen, das Line-up jedes Konzerts und die neueste Veröffentlichung jedes Künstlers.

Befehle:
  export   die Konzerte rund um einen Ort als CSV oder iCalendar schreiben (gigmap export --help)
  artists  meine Künstler auflisten, hinzufügen, entfernen oder importieren (gigmap artists --help)</translation>
    </message>
    <message>
        <source>Keep gigs in memory only: read and write no cache file.</source>
        <translation>Konzerte nur im Speicher halten: keine Cache-Datei lesen oder schreiben.</translation>
    </message>
    <message>
        <source>Show generated demo data from the built-in sandbox instead of the real services (also used when no Ticketmaster key is configured).</source>
        <translation>Erzeugte Demodaten aus der eingebauten Sandbox statt der echten Dienste zeigen (auch, wenn kein Ticketmaster-Schlüssel eingerichtet ist).</translation>
    </message>
    <message>
        <source>Read &quot;my location&quot; from the NMEA log FILE (replayed at its own pace) instead of the system&apos;s positioning service.</source>
        <translation>„Mein Standort“ aus dem NMEA-Protokoll FILE lesen (in dessen eigenem Tempo abgespielt) statt vom Ortungsdienst des Systems.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>--cache and --no-cache cannot be used together.</source>
        <translation>--cache und --no-cache können nicht zusammen verwendet werden.</translation>
    </message>
    <message>
        <source>Cannot read the NMEA file &apos;%1&apos;.</source>
        <translation>Die NMEA-Datei „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Keep the gig cache in &lt;file&gt; instead of the default location, or share it with other desktops in a PostgreSQL database (postgresql://user@host:port/database).</source>
        <translation>Den Konzert-Cache in &lt;file&gt; statt am üblichen Ort speichern oder ihn mit anderen Rechnern in einer PostgreSQL-Datenbank teilen (postgresql://benutzer@host:port/datenbank).</translation>
    </message>
</context>
<context>
    <name>gig::DemoSandbox</name>
    <message>
        <source>The demo sandbox found no free port on 127.0.0.1.</source>
        <translation>Die Demo-Sandbox fand keinen freien Port auf 127.0.0.1.</translation>
    </message>
</context>
<context>
    <name>gig::DesktopNotifier</name>
    <message>
        <source>Show the gig</source>
        <translation>Konzert zeigen</translation>
    </message>
</context>
<context>
    <name>gig::EventStatus</name>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>Neu angesetzt</translation>
    </message>
</context>
<context>
    <name>gig::Export</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>gig::ExportCommand</name>
    <message>
        <source>Timed out after %1 s; writing what is known.</source>
        <translation>Zeitüberschreitung nach %1 s; das Bekannte wird geschrieben.</translation>
    </message>
    <message>
        <source>These pages of gigs could not be read: %1.</source>
        <translation>Diese Seiten mit Konzerten konnten nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>The cache has no gigs for this place (--offline makes no request).</source>
        <translation>Der Cache hat keine Konzerte für diesen Ort (--offline stellt keine Anfrage).</translation>
    </message>
    <message>
        <source>The demo sandbox could not start: %1</source>
        <translation>Die Demo-Sandbox konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>The source failed (%1) and the cache has no gigs for this place.</source>
        <translation>Die Quelle ist ausgefallen (%1), und der Cache hat keine Konzerte für diesen Ort.</translation>
    </message>
    <message>
        <source>gigmap export: the source failed (%1); using the cached gigs.</source>
        <translation>gigmap export: Die Quelle ist ausgefallen (%1); die Konzerte aus dem Cache werden verwendet.</translation>
    </message>
    <message>
        <source>Some pages of gigs could not be read yet (%1); asking again until the timeout.</source>
        <translation>Einige Seiten mit Konzerten konnten noch nicht gelesen werden (%1); es wird bis zur Zeitgrenze erneut gefragt.</translation>
    </message>
    <message numerus="yes">
        <source>%n latest release(s) could not be read yet; asking again until the timeout.</source>
        <translation>
            <numerusform>%n neueste Veröffentlichung konnte noch nicht gelesen werden; es wird bis zur Zeitgrenze erneut gefragt.</numerusform>
            <numerusform>%n neueste Veröffentlichungen konnten noch nicht gelesen werden; es wird bis zur Zeitgrenze erneut gefragt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1</source>
        <translation>In die Standardausgabe kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source> — written to %1 in %2 s.</source>
        <translation> — in %2 s nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>die Standardausgabe</translation>
    </message>
    <message numerus="yes">
        <source>%n gig(s)</source>
        <translation>
            <numerusform>%n Konzert</numerusform>
            <numerusform>%n Konzerte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n release(s)</source>
        <extracomment>%1 releases known of %n in all.</extracomment>
        <translation>
            <numerusform>%1 von %n Veröffentlichung</numerusform>
            <numerusform>%1 von %n Veröffentlichungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) queued</source>
        <translation>
            <numerusform>%n Anfrage in der Warteschlange</numerusform>
            <numerusform>%n Anfragen in der Warteschlange</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting %1 s for the rate limit</source>
        <translation>wartet %1 s auf das Anfragelimit</translation>
    </message>
    <message>
        <source> · </source>
        <comment>between the parts of the progress line</comment>
        <translation> · </translation>
    </message>
</context>
<context>
    <name>gig::ExportFileDialog</name>
    <message>
        <source>Export Gigs</source>
        <translation>Konzerte exportieren</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>CSV for Excel, UTF-8 with byte-order mark (*.csv)</source>
        <extracomment>Excel on Windows reads a CSV file as UTF-8 only when it starts with a byte-order mark.</extracomment>
        <translation>CSV für Excel, UTF-8 mit Byte-Order-Mark (*.csv)</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
</context>
<context>
    <name>gig::ExportOptions</name>
    <message>
        <source>%1 or %2</source>
        <extracomment>The last of a list of choices: &quot;demo, ticketmaster, songkick&quot; or &quot;seatgeek&quot;.</extracomment>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>Latitude of the place, in degrees (-90 to 90).</source>
        <translation>Breitengrad des Orts, in Grad (-90 bis 90).</translation>
    </message>
    <message>
        <source>Longitude of the place, in degrees (-180 to 180).</source>
        <translation>Längengrad des Orts, in Grad (-180 bis 180).</translation>
    </message>
    <message>
        <source>Search radius in km (default 30).</source>
        <translation>Suchradius in km (vorgegeben: 30).</translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD (default today).</source>
        <translation>Erster Tag, JJJJ-MM-TT (vorgegeben: heute).</translation>
    </message>
    <message>
        <source>Last day, YYYY-MM-DD (default 90 days on).</source>
        <translation>Letzter Tag, JJJJ-MM-TT (vorgegeben: in 90 Tagen).</translation>
    </message>
    <message>
        <source>%1, or several joined by commas (default: every source with a key, else demo).</source>
        <translation>%1, oder mehrere durch Kommas verbunden (vorgegeben: jede Quelle mit Schlüssel, sonst demo).</translation>
    </message>
    <message>
        <source>API key of the one source named.</source>
        <translation>API-Schlüssel der einen genannten Quelle.</translation>
    </message>
    <message>
        <source>gigs (one row per gig, default) or artists.</source>
        <translation>gigs (eine Zeile je Konzert, vorgegeben) oder artists.</translation>
    </message>
    <message>
        <source>csv (default) or ics.</source>
        <translation>csv (vorgegeben) oder ics.</translation>
    </message>
    <message>
        <source>Start the CSV with a UTF-8 byte order mark.</source>
        <translation>Die CSV-Datei mit einer UTF-8-Byte-Order-Mark beginnen.</translation>
    </message>
    <message>
        <source>Keep gigs in memory only.</source>
        <translation>Konzerte nur im Speicher halten.</translation>
    </message>
    <message>
        <source>Write only what the cache holds; make no request.</source>
        <translation>Nur schreiben, was der Cache enthält; keine Anfrage stellen.</translation>
    </message>
    <message>
        <source>Write only the gigs with at least one of my artists (gigmap artists --help).</source>
        <translation>Nur die Konzerte mit mindestens einem meiner Künstler schreiben (gigmap artists --help).</translation>
    </message>
    <message>
        <source>Give up waiting after &lt;seconds&gt; (default 600).</source>
        <translation>Nach &lt;seconds&gt; nicht mehr warten (vorgegeben: 600).</translation>
    </message>
    <message>
        <source>Write to &lt;file&gt; (- for standard output).</source>
        <translation>In &lt;file&gt; schreiben (- für die Standardausgabe).</translation>
    </message>
    <message>
        <source>Writes the upcoming gigs around a place, with each artist&apos;s latest release, as CSV or iCalendar.
Exit codes: 0 written, 2 bad arguments, 3 the source failed and the cache had nothing, 4 the output could not be written, 5 timeout (what was known is still written).</source>
        <translation>Schreibt die anstehenden Konzerte rund um einen Ort, mit der neuesten Veröffentlichung jedes Künstlers, als CSV oder iCalendar.
Exit-Codes: 0 geschrieben, 2 falsche Argumente, 3 die Quelle ist ausgefallen und der Cache hatte nichts, 4 die Ausgabe konnte nicht geschrieben werden, 5 Zeitüberschreitung (das Bekannte wird trotzdem geschrieben).</translation>
    </message>
    <message>
        <source>The export command.</source>
        <translation>Der Befehl export.</translation>
    </message>
    <message>
        <source>%1 key (or set %2).</source>
        <translation>Schlüssel für %1 (oder %2 setzen).</translation>
    </message>
    <message>
        <source>%1 service root.</source>
        <translation>Basisadresse des Dienstes %1.</translation>
    </message>
    <message>
        <source>--source &apos;%1&apos; is unknown: use %2.</source>
        <translation>--source „%1“ ist unbekannt: %2 verwenden.</translation>
    </message>
    <message>
        <source>--source demo stands alone: the demo is not combined with other sources.</source>
        <translation>--source demo steht allein: die Demo wird nicht mit anderen Quellen kombiniert.</translation>
    </message>
    <message>
        <source>--api-key is the key of one source: name one with --source, or give each source&apos;s key with its own option (--ticketmaster-key …).</source>
        <translation>--api-key ist der Schlüssel einer Quelle: eine mit --source nennen oder den Schlüssel jeder Quelle mit ihrer eigenen Option angeben (--ticketmaster-key …).</translation>
    </message>
    <message>
        <source>--source %1 needs a key: give --%1-key or set %2.</source>
        <translation>--source %1 braucht einen Schlüssel: --%1-key angeben oder %2 setzen.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>--lat and --lng are required.</source>
        <translation>--lat und --lng sind erforderlich.</translation>
    </message>
    <message>
        <source>--lat &apos;%1&apos; is not a latitude between -90 and 90.</source>
        <translation>--lat „%1“ ist kein Breitengrad zwischen -90 und 90.</translation>
    </message>
    <message>
        <source>--lng &apos;%1&apos; is not a longitude between -180 and 180.</source>
        <translation>--lng „%1“ ist kein Längengrad zwischen -180 und 180.</translation>
    </message>
    <message>
        <source>--radius-km &apos;%1&apos; must be a number above 0 and at most 500.</source>
        <translation>--radius-km „%1“ muss eine Zahl über 0 und höchstens 500 sein.</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a date (YYYY-MM-DD).</source>
        <translation>--%1 „%2“ ist kein Datum (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>--to %1 is before --from %2.</source>
        <translation>--to %1 liegt vor --from %2.</translation>
    </message>
    <message>
        <source>--rows &apos;%1&apos; is unknown: use gigs or artists.</source>
        <translation>--rows „%1“ ist unbekannt: gigs oder artists verwenden.</translation>
    </message>
    <message>
        <source>--format &apos;%1&apos; is unknown: use csv or ics.</source>
        <translation>--format „%1“ ist unbekannt: csv oder ics verwenden.</translation>
    </message>
    <message>
        <source>--cache and --no-cache cannot be used together.</source>
        <translation>--cache und --no-cache können nicht zusammen verwendet werden.</translation>
    </message>
    <message>
        <source>--mine reads my artists from the cache; it cannot be used with --no-cache.</source>
        <translation>--mine liest meine Künstler aus dem Cache; es kann nicht mit --no-cache verwendet werden.</translation>
    </message>
    <message>
        <source>--offline reads the cache; it cannot be used with --no-cache.</source>
        <translation>--offline liest den Cache; es kann nicht mit --no-cache verwendet werden.</translation>
    </message>
    <message>
        <source>--timeout &apos;%1&apos; must be a whole number of seconds above 0.</source>
        <translation>--timeout „%1“ muss eine ganze Zahl von Sekunden über 0 sein.</translation>
    </message>
    <message>
        <source>-o needs a file name (or - for standard output).</source>
        <translation>-o braucht einen Dateinamen (oder - für die Standardausgabe).</translation>
    </message>
    <message>
        <source>Keep the gig cache in &lt;file&gt;, or in the shared PostgreSQL cache at &lt;url&gt; (postgresql://user@host:port/database).</source>
        <translation>Den Konzert-Cache in &lt;file&gt; speichern oder im gemeinsamen PostgreSQL-Cache unter &lt;url&gt; (postgresql://benutzer@host:port/datenbank).</translation>
    </message>
</context>
<context>
    <name>gig::FollowedArtist</name>
    <message>
        <source>music library</source>
        <translation>Musiksammlung</translation>
    </message>
    <message>
        <source>ListenBrainz</source>
        <translation>ListenBrainz</translation>
    </message>
    <message>
        <source>Last.fm</source>
        <translation>Last.fm</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>von Hand hinzugefügt</translation>
    </message>
</context>
<context>
    <name>gig::GigCountLabel</name>
    <message numerus="yes">
        <source>%n gig(s)</source>
        <translation>
            <numerusform>%n Konzert</numerusform>
            <numerusform>%n Konzerte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n hidden by the filter</source>
        <extracomment>%1 is &quot;N gigs shown&quot;; %n of them are hidden by the filter.</extracomment>
        <translation>
            <numerusform>%1 · %n vom Filter ausgeblendet</numerusform>
            <numerusform>%1 · %n vom Filter ausgeblendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gig(s) shown</source>
        <translation>
            <numerusform>%n Konzert angezeigt</numerusform>
            <numerusform>%n Konzerte angezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gig::GigDetailsPane</name>
    <message>
        <source>Date not known yet</source>
        <translation>Datum noch nicht bekannt</translation>
    </message>
    <message>
        <source>time not announced</source>
        <translation>Uhrzeit nicht angekündigt</translation>
    </message>
    <message>
        <source>Venue not known</source>
        <translation>Veranstaltungsort unbekannt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Postponed: a new date is not known yet</source>
        <translation>Verschoben: ein neues Datum ist noch nicht bekannt</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>Neu angesetzt</translation>
    </message>
    <message>
        <source>Last known details: the latest refresh did not succeed</source>
        <translation>Zuletzt bekannte Angaben: die letzte Aktualisierung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Select a gig to see its lineup and each artist&apos;s latest release.</source>
        <translation>Ein Konzert auswählen, um sein Line-up und die neueste Veröffentlichung jedes Künstlers zu sehen.</translation>
    </message>
    <message>
        <source>Lineup</source>
        <translation>Line-up</translation>
    </message>
    <message>
        <source>The artists of the selected gig, headliner first, each with the latest release. Enter opens the artist&apos;s page, or in the release columns the release&apos;s page.</source>
        <translation>Die Künstler des ausgewählten Konzerts, der Headliner zuerst, jeweils mit der neuesten Veröffentlichung. Eingabe öffnet die Seite des Künstlers, in den Spalten der Veröffentlichung deren Seite.</translation>
    </message>
    <message>
        <source>Double-click an artist or a release to open it on MusicBrainz</source>
        <translation>Doppelklick auf einen Künstler oder eine Veröffentlichung öffnet sie bei MusicBrainz</translation>
    </message>
    <message>
        <source>The release&apos;s page could not be opened: no browser took %1.</source>
        <translation>Die Seite der Veröffentlichung konnte nicht geöffnet werden: kein Browser hat %1 angenommen.</translation>
    </message>
    <message>
        <source>The artist&apos;s page could not be opened: no browser took %1.</source>
        <translation>Die Seite des Künstlers konnte nicht geöffnet werden: kein Browser hat %1 angenommen.</translation>
    </message>
    <message>
        <source>Open %1 on MusicBrainz</source>
        <translation>%1 bei MusicBrainz öffnen</translation>
    </message>
    <message>
        <source>Open the Latest Release on MusicBrainz</source>
        <translation>Die neueste Veröffentlichung bei MusicBrainz öffnen</translation>
    </message>
    <message>
        <source>Open “%1” on MusicBrainz</source>
        <translation>„%1“ bei MusicBrainz öffnen</translation>
    </message>
</context>
<context>
    <name>gig::GigFilterBar</name>
    <message>
        <source>F&amp;rom</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <source>&amp;Hide cancelled</source>
        <translation>Abgesagte &amp;ausblenden</translation>
    </message>
    <message>
        <source>Only &amp;my artists</source>
        <translation>Nur &amp;meine Künstler</translation>
    </message>
    <message>
        <source>Filter by event, venue or artist</source>
        <translation>Nach Veranstaltung, Ort oder Künstler filtern</translation>
    </message>
    <message>
        <source>Show only gigs whose event, venue or artists hold every word (Ctrl+F)</source>
        <translation>Nur Konzerte zeigen, deren Veranstaltung, Ort oder Künstler jedes Wort enthalten (Strg+F)</translation>
    </message>
    <message>
        <source>Filter gigs</source>
        <translation>Konzerte filtern</translation>
    </message>
    <message>
        <source>Hide gigs before this date</source>
        <translation>Konzerte vor diesem Datum ausblenden</translation>
    </message>
    <message>
        <source>First day shown</source>
        <translation>Erster angezeigter Tag</translation>
    </message>
    <message>
        <source>While “From” is ticked, gigs before this day are hidden.</source>
        <translation>Solange „Von“ angehakt ist, werden Konzerte vor diesem Tag ausgeblendet.</translation>
    </message>
    <message>
        <source>Hide gigs after this date</source>
        <translation>Konzerte nach diesem Datum ausblenden</translation>
    </message>
    <message>
        <source>Last day shown</source>
        <translation>Letzter angezeigter Tag</translation>
    </message>
    <message>
        <source>While “to” is ticked, gigs after this day are hidden.</source>
        <translation>Solange „bis“ angehakt ist, werden Konzerte nach diesem Tag ausgeblendet.</translation>
    </message>
    <message>
        <source>Hide the gigs that were called off</source>
        <translation>Die abgesagten Konzerte ausblenden</translation>
    </message>
    <message>
        <source>Show only the gigs where at least one of my artists plays</source>
        <translation>Nur die Konzerte zeigen, bei denen mindestens einer meiner Künstler spielt</translation>
    </message>
</context>
<context>
    <name>gig::GigLinks</name>
    <message>
        <source>Tickets:</source>
        <translation>Karten:</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 ab %2</translation>
    </message>
    <message>
        <source>Tickets on %1</source>
        <translation>Karten bei %1</translation>
    </message>
    <message>
        <source>%1 gives no page for this gig.</source>
        <translation>%1 hat keine Seite für dieses Konzert.</translation>
    </message>
    <message>
        <source>&amp;Open the gig&apos;s page</source>
        <translation>Seite des Konzerts ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Open the gig&apos;s page (tickets from %1)</source>
        <translation>Seite des Konzerts ö&amp;ffnen (Karten ab %1)</translation>
    </message>
    <message>
        <source>This gig has no page</source>
        <translation>Dieses Konzert hat keine Seite</translation>
    </message>
    <message>
        <source>The gig&apos;s page could not be opened: no browser took %1.</source>
        <translation>Die Seite des Konzerts konnte nicht geöffnet werden: kein Browser hat %1 angenommen.</translation>
    </message>
</context>
<context>
    <name>gig::GigListModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Entfernung</translation>
    </message>
    <message>
        <source>Lineup</source>
        <translation>Line-up</translation>
    </message>
    <message>
        <source>Latest releases</source>
        <translation>Neueste Werke</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>gig::GigStatusProxyModel</name>
    <message>
        <source>%1 (one of my artists plays)</source>
        <translation>%1 (einer meiner Künstler spielt)</translation>
    </message>
    <message>
        <source>One of my artists plays.</source>
        <translation>Einer meiner Künstler spielt.</translation>
    </message>
    <message>
        <source>Last known details: the latest refresh did not succeed</source>
        <translation>Zuletzt bekannte Angaben: die letzte Aktualisierung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <source>%1 (one of my artists plays; new since you last looked)</source>
        <translation>%1 (einer meiner Künstler spielt; neu seit dem letzten Blick)</translation>
    </message>
    <message>
        <source>%1 (new since you last looked)</source>
        <translation>%1 (neu seit dem letzten Blick)</translation>
    </message>
    <message>
        <source>One of my artists plays. New since you last looked.</source>
        <translation>Einer meiner Künstler spielt. Neu seit dem letzten Blick.</translation>
    </message>
    <message>
        <source>New since you last looked.</source>
        <translation>Neu seit dem letzten Blick.</translation>
    </message>
</context>
<context>
    <name>gig::KeyStore</name>
    <message>
        <source>the keyring is switched off</source>
        <translation>der Schlüsselbund ist ausgeschaltet</translation>
    </message>
    <message>
        <source>No keyring answered (%1): API keys are stored unencrypted in gigmap&apos;s settings file.</source>
        <translation>Kein Schlüsselbund hat geantwortet (%1): API-Schlüssel werden unverschlüsselt in der Einstellungsdatei von gigmap gespeichert.</translation>
    </message>
</context>
<context>
    <name>gig::LastFmImport</name>
    <message numerus="yes">
        <source>Last.fm lists %n artist(s) %1 played most; %2 of them are new in my artists.</source>
        <translation>
            <numerusform>Last.fm nennt %n Künstler, den %1 am meisten gehört hat; %2 davon sind neu bei meinen Künstlern.</numerusform>
            <numerusform>Last.fm nennt %n Künstler, die %1 am meisten gehört hat; %2 davon sind neu bei meinen Künstlern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last.fm knows no user named %1; nothing was added.</source>
        <translation>Last.fm kennt keinen Nutzer namens %1; nichts wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>Last.fm did not accept the API key; enter a valid key in Settings. Nothing was added.</source>
        <translation>Last.fm hat den API-Schlüssel nicht angenommen; in den Einstellungen einen gültigen Schlüssel eingeben. Nichts wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>Nothing was added.</source>
        <translation>Nichts wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>gig::LineupFollowMenu</name>
    <message>
        <source>Unfollow %1</source>
        <translation>%1 nicht mehr folgen</translation>
    </message>
    <message>
        <source>Remove %1 from my artists</source>
        <translation>%1 aus meinen Künstlern entfernen</translation>
    </message>
    <message>
        <source>Follow %1</source>
        <translation>%1 folgen</translation>
    </message>
    <message>
        <source>Add %1 to my artists</source>
        <translation>%1 zu meinen Künstlern hinzufügen</translation>
    </message>
</context>
<context>
    <name>gig::LineupModel</name>
    <message>
        <source>fetching…</source>
        <translation>wird geladen…</translation>
    </message>
    <message>
        <source>headline</source>
        <translation>Headliner</translation>
    </message>
    <message>
        <source>support</source>
        <translation>Vorband</translation>
    </message>
    <message>
        <source>One of my artists.</source>
        <translation>Einer meiner Künstler.</translation>
    </message>
    <message>
        <source>MusicBrainz id %1</source>
        <translation>MusicBrainz-ID %1</translation>
    </message>
    <message>
        <source>Several MusicBrainz artists have this name, so gigmap cannot tell which one plays here.</source>
        <translation>Mehrere Künstler bei MusicBrainz tragen diesen Namen, daher kann gigmap nicht sagen, welcher hier spielt.</translation>
    </message>
    <message>
        <source>No MusicBrainz artist has this name.</source>
        <translation>Kein Künstler bei MusicBrainz trägt diesen Namen.</translation>
    </message>
    <message>
        <source>Looking this artist up on MusicBrainz by name.</source>
        <translation>Dieser Künstler wird bei MusicBrainz nach Namen gesucht.</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>Künstler</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Latest release</source>
        <translation>Neueste Veröffentlichung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Erschienen</translation>
    </message>
</context>
<context>
    <name>gig::ListenBrainzImport</name>
    <message numerus="yes">
        <source>ListenBrainz lists the %n artist(s) %1 listened to most; %2 of them are new in my artists.</source>
        <translation>
            <numerusform>ListenBrainz nennt den %n Künstler, den %1 am meisten gehört hat; %2 davon sind neu in meinen Künstlern.</numerusform>
            <numerusform>ListenBrainz nennt die %n Künstler, die %1 am meisten gehört hat; %2 davon sind neu in meinen Künstlern.</numerusform>
        </translation>
    </message>
    <message>
        <source>ListenBrainz has no statistics for %1 yet; nothing was added.</source>
        <translation>ListenBrainz hat noch keine Statistik für %1; nichts wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>ListenBrainz knows no user named %1; nothing was added.</source>
        <translation>ListenBrainz kennt keinen Nutzer namens %1; nichts wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>Nothing was added.</source>
        <translation>Nichts wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>gig::LocaleFormat</name>
    <message>
        <source>%1 mi</source>
        <extracomment>A distance in miles.</extracomment>
        <translation>%1 mi</translation>
    </message>
    <message>
        <source>%1 km</source>
        <extracomment>A distance in kilometres.</extracomment>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 ft</source>
        <extracomment>Feet, on the map&apos;s scale bar.</extracomment>
        <translation>%1 ft</translation>
    </message>
    <message>
        <source>%1 m</source>
        <extracomment>Metres, on the map&apos;s scale bar.</extracomment>
        <translation>%1 m</translation>
    </message>
</context>
<context>
    <name>gig::LocationWatch</name>
    <message>
        <source>No gig source is configured.</source>
        <translation>Es ist keine Konzertquelle eingerichtet.</translation>
    </message>
    <message>
        <source>Storing the answer failed: %1</source>
        <translation>Das Speichern der Antwort ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Some pages of gigs from %1 could not be read (%n missing); the others are shown and gigmap asks again in %2.</source>
        <translation>
            <numerusform>Einige Seiten mit Konzerten von %1 konnten nicht gelesen werden (%n fehlt); die anderen werden angezeigt, und gigmap fragt in %2 erneut.</numerusform>
            <numerusform>Einige Seiten mit Konzerten von %1 konnten nicht gelesen werden (%n fehlen); die anderen werden angezeigt, und gigmap fragt in %2 erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The gigs of the other sources are shown, and gigmap asks again in %2.</source>
        <translation>%1 Die Konzerte der anderen Quellen werden angezeigt, und gigmap fragt in %2 erneut.</translation>
    </message>
    <message>
        <source>the gig source</source>
        <translation>die Konzertquelle</translation>
    </message>
</context>
<context>
    <name>gig::MainWindow</name>
    <message>
        <source>gigmap</source>
        <translation>gigmap</translation>
    </message>
    <message>
        <source>Gigs</source>
        <translation>Konzerte</translation>
    </message>
    <message>
        <source>The gigs around the place shown, one a row: date, time, event, venue, distance, lineup, latest releases and status. Select one to read its lineup below.</source>
        <translation>Die Konzerte rund um den angezeigten Ort, eines je Zeile: Datum, Uhrzeit, Veranstaltung, Ort, Entfernung, Line-up, neueste Veröffentlichungen und Status. Eines auswählen, um darunter sein Line-up zu lesen.</translation>
    </message>
    <message>
        <source>Searching for “%1”…</source>
        <translation>Suche nach „%1“…</translation>
    </message>
    <message>
        <source>&amp;Search a Place…</source>
        <translation>Ort &amp;suchen…</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Use &amp;My Location</source>
        <translation>&amp;Meinen Standort verwenden</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Show the gigs around where you are</source>
        <translation>Die Konzerte rund um Ihren Standort zeigen</translation>
    </message>
    <message>
        <source>Finding your position…</source>
        <translation>Ihr Standort wird ermittelt…</translation>
    </message>
    <message>
        <source>Sa&amp;ve This Place</source>
        <translation>Diesen Ort s&amp;peichern</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Fetch the gigs of this place again now (F5)</source>
        <translation>Die Konzerte dieses Orts jetzt neu abrufen (F5)</translation>
    </message>
    <message>
        <source>&amp;Export Gigs…</source>
        <translation>Konzerte &amp;exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Filter Gigs</source>
        <translation>Konzerte &amp;filtern</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Places</source>
        <translation>&amp;Orte</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About gigmap</source>
        <translation>&amp;Über gigmap</translation>
    </message>
    <message>
        <source>%1 — gigmap</source>
        <translation>%1 — gigmap</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n gig(s) to %1</source>
        <translation>
            <numerusform>%n Konzert nach %1 geschrieben</numerusform>
            <numerusform>%n Konzerte nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>No saved places yet</source>
        <translation>Noch keine gespeicherten Orte</translation>
    </message>
    <message>
        <source>%1 (%2, %3), %4 km around</source>
        <translation>%1 (%2, %3), %4 km im Umkreis</translation>
    </message>
    <message>
        <source>Forge&amp;t This Place</source>
        <translation>Diesen Ort &amp;vergessen</translation>
    </message>
    <message>
        <source>Pick a place first</source>
        <translation>Zuerst einen Ort wählen</translation>
    </message>
    <message>
        <source>Remove %1 from the Places menu</source>
        <translation>%1 aus dem Menü „Orte“ entfernen</translation>
    </message>
    <message>
        <source>Keep %1 in the Places menu</source>
        <translation>%1 im Menü „Orte“ behalten</translation>
    </message>
    <message>
        <source>Saved %1 in the Places menu</source>
        <translation>%1 im Menü „Orte“ gespeichert</translation>
    </message>
    <message>
        <source>Double-click a place on the map or search for one</source>
        <translation>Doppelklick auf einen Ort in der Karte, oder einen Ort suchen</translation>
    </message>
    <message>
        <source>Looking for gigs around %1…</source>
        <translation>Suche nach Konzerten rund um %1…</translation>
    </message>
    <message>
        <source>No upcoming gigs found around %1</source>
        <translation>Keine anstehenden Konzerte rund um %1 gefunden</translation>
    </message>
    <message>
        <source>No gig matches the filter</source>
        <translation>Kein Konzert passt zum Filter</translation>
    </message>
    <message>
        <source>About gigmap</source>
        <translation>Über gigmap</translation>
    </message>
    <message>
        <source>My Artists &amp;First</source>
        <translation>&amp;Meine Künstler zuerst</translation>
    </message>
    <message>
        <source>Sort by relevance: the gigs of my artists come first, each group in the table&apos;s order</source>
        <translation>Nach Relevanz sortieren: die Konzerte meiner Künstler zuerst, jede Gruppe in der Reihenfolge der Tabelle</translation>
    </message>
    <message>
        <source>&lt;h3&gt;gigmap %1&lt;/h3&gt;&lt;p&gt;Upcoming gigs around any place, each gig&apos;s lineup and each artist&apos;s latest release.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Gigs come from Ticketmaster, SeatGeek and Songkick, with the API key of each; latest releases from MusicBrainz, whose data is free (CC0). Places are found with Nominatim, and the map&apos;s tiles are © OpenStreetMap contributors (Open Database License). City names come from GeoNames (CC BY 4.0), the outline of the world from Natural Earth (public domain). Covers come from the Cover Art Archive; each belongs to its rights holders.&lt;/p&gt;&lt;p&gt;gigmap is free software under the MIT License.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;gigmap %1&lt;/h3&gt;&lt;p&gt;Anstehende Konzerte rund um jeden Ort, das Line-up jedes Konzerts und die neueste Veröffentlichung jedes Künstlers.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Konzerte kommen von Ticketmaster, SeatGeek und Songkick, jeweils mit deren API-Schlüssel; neueste Veröffentlichungen von MusicBrainz, dessen Daten frei sind (CC0). Orte werden mit Nominatim gefunden, und die Kacheln der Karte sind © OpenStreetMap-Mitwirkende (Open Database License). Städtenamen stammen von GeoNames (CC BY 4.0), die Umrisse der Welt von Natural Earth (gemeinfrei). Cover stammen aus dem Cover Art Archive und gehören ihren Rechteinhabern.&lt;/p&gt;&lt;p&gt;gigmap ist freie Software unter der MIT-Lizenz.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>gig::MapView</name>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Show all gigs</source>
        <translation>Alle Konzerte zeigen</translation>
    </message>
    <message>
        <source>Credits for the map&apos;s data, with links</source>
        <translation>Nachweise für die Daten der Karte, mit Links</translation>
    </message>
    <message numerus="yes">
        <source>Zoom %1, %n gig(s) in view.</source>
        <extracomment>Read out by a screen reader: %1 is the zoom level; the number of gigs follows.</extracomment>
        <translation>
            <numerusform>Zoomstufe %1, %n Konzert im Blick.</numerusform>
            <numerusform>Zoomstufe %1, %n Konzerte im Blick.</numerusform>
        </translation>
    </message>
    <message>
        <source>Gigs around %1. %2</source>
        <extracomment>Read out by a screen reader: %1 is the place shown, %2 the zoom and gigs.</extracomment>
        <translation>Konzerte rund um %1. %2</translation>
    </message>
    <message>
        <source>Arrow keys move the map, plus and minus zoom, N and P go from marker to marker, Enter opens the marker or searches the centre of the map.</source>
        <translation>Die Pfeiltasten verschieben die Karte, Plus und Minus zoomen, N und P gehen von Markierung zu Markierung, Eingabe öffnet die Markierung oder sucht die Kartenmitte.</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Search Here</source>
        <translation>Hier suchen</translation>
    </message>
    <message>
        <source>Save This Place</source>
        <translation>Diesen Ort speichern</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n gig(s)</source>
        <extracomment>A map marker of one venue, read out by a screen reader.</extracomment>
        <translation>
            <numerusform>%1: %n Konzert</numerusform>
            <numerusform>%1: %n Konzerte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A group of %n gig(s)</source>
        <extracomment>A map marker that gathers several gigs, read out by a screen reader.</extracomment>
        <translation>
            <numerusform>Eine Gruppe aus %n Konzert</numerusform>
            <numerusform>Eine Gruppe aus %n Konzerten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gig(s) here: click to list them</source>
        <translation>
            <numerusform>%n Konzert hier: klicken, um es aufzulisten</numerusform>
            <numerusform>%n Konzerte hier: klicken, um sie aufzulisten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n gig(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n Konzert&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n Konzerte&lt;/b&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gig::MusicLibraryImport</name>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>These folders could not be read: %1.</source>
        <translation>Diese Ordner konnten nicht gelesen werden: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n file(s) that could not be read.</source>
        <translation>
            <numerusform>%n Datei, die nicht gelesen werden konnte, wurde übersprungen.</numerusform>
            <numerusform>%n Dateien, die nicht gelesen werden konnten, wurden übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %n music file(s).</source>
        <translation>
            <numerusform>%n Musikdatei gefunden.</numerusform>
            <numerusform>%n Musikdateien gefunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n new or changed file(s).</source>
        <translation>
            <numerusform>%n neue oder geänderte Datei gelesen.</numerusform>
            <numerusform>%n neue oder geänderte Dateien gelesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n artist(s) to my artists.</source>
        <translation>
            <numerusform>%n Künstler zu meinen Künstlern hinzugefügt.</numerusform>
            <numerusform>%n Künstler zu meinen Künstlern hinzugefügt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gig::MyArtistsBinding</name>
    <message>
        <source>An import is running already; wait for it or cancel it first.</source>
        <translation>Ein Import läuft bereits; auf ihn warten oder ihn zuerst abbrechen.</translation>
    </message>
    <message>
        <source>Give a ListenBrainz user name to import from.</source>
        <translation>Einen ListenBrainz-Nutzernamen angeben, aus dem importiert werden soll.</translation>
    </message>
    <message>
        <source>Choose a folder to import from.</source>
        <translation>Einen Ordner wählen, aus dem importiert werden soll.</translation>
    </message>
    <message>
        <source>Importing from Last.fm is not available here.</source>
        <translation>Der Import von Last.fm ist hier nicht verfügbar.</translation>
    </message>
    <message>
        <source>Give a Last.fm user name to import from.</source>
        <translation>Einen Last.fm-Nutzernamen eingeben, von dem importiert werden soll.</translation>
    </message>
</context>
<context>
    <name>gig::MyArtistsControls</name>
    <message>
        <source>&amp;My Artists…</source>
        <translation>&amp;Meine Künstler…</translation>
    </message>
    <message>
        <source>See, search and import the artists whose gigs matter to me</source>
        <translation>Die Künstler ansehen, suchen und importieren, deren Konzerte mir wichtig sind</translation>
    </message>
    <message>
        <source>&amp;Artists</source>
        <translation>&amp;Künstler</translation>
    </message>
</context>
<context>
    <name>gig::MyArtistsDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Import from music folder…</source>
        <translation>Aus Musikordner &amp;importieren…</translation>
    </message>
    <message>
        <source>Import from &amp;ListenBrainz</source>
        <translation>Aus &amp;ListenBrainz importieren</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>Import a&amp;bbrechen</translation>
    </message>
    <message>
        <source>My Artists</source>
        <translation>Meine Künstler</translation>
    </message>
    <message>
        <source>Search my artists</source>
        <translation>Meine Künstler durchsuchen</translation>
    </message>
    <message>
        <source>My artists</source>
        <translation>Meine Künstler</translation>
    </message>
    <message>
        <source>The artists whose gigs gigmap marks, each with where it came from.</source>
        <translation>Die Künstler, deren Konzerte gigmap markiert, jeweils mit ihrer Herkunft.</translation>
    </message>
    <message>
        <source>Artist to add</source>
        <translation>Hinzuzufügender Künstler</translation>
    </message>
    <message>
        <source>An artist&apos;s name or MusicBrainz id</source>
        <translation>Name oder MusicBrainz-ID eines Künstlers</translation>
    </message>
    <message>
        <source>Follow the artists named in the tags of the music files in a folder</source>
        <translation>Den Künstlern folgen, die in den Tags der Musikdateien eines Ordners stehen</translation>
    </message>
    <message>
        <source>ListenBrainz user name</source>
        <translation>ListenBrainz-Nutzername</translation>
    </message>
    <message>
        <source>A ListenBrainz user name</source>
        <translation>Ein ListenBrainz-Nutzername</translation>
    </message>
    <message>
        <source>Follow the artists this ListenBrainz user listened to most (public statistics)</source>
        <translation>Den Künstlern folgen, die dieser ListenBrainz-Nutzer am meisten gehört hat (öffentliche Statistik)</translation>
    </message>
    <message>
        <source>Import from music folder</source>
        <translation>Aus Musikordner importieren</translation>
    </message>
    <message>
        <source>Reading the music files in %1…</source>
        <translation>Die Musikdateien in %1 werden gelesen…</translation>
    </message>
    <message>
        <source>Asking ListenBrainz for the artists %1 listened to most…</source>
        <translation>ListenBrainz wird nach den Künstlern gefragt, die %1 am meisten gehört hat…</translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation>%1 von %2 Dateien</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n artist(s) from my artists.</source>
        <translation>
            <numerusform>%n Künstler aus meinen Künstlern entfernt.</numerusform>
            <numerusform>%n Künstler aus meinen Künstlern entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is one of my artists now.</source>
        <translation>%1 gehört jetzt zu meinen Künstlern.</translation>
    </message>
    <message>
        <source>%1 is one of my artists already.</source>
        <translation>%1 gehört schon zu meinen Künstlern.</translation>
    </message>
    <message>
        <source>Import from Last.f&amp;m</source>
        <translation>Von Last.f&amp;m importieren</translation>
    </message>
    <message>
        <source>Last.fm user name</source>
        <translation>Last.fm-Nutzername</translation>
    </message>
    <message>
        <source>A Last.fm user name</source>
        <translation>Ein Last.fm-Nutzername</translation>
    </message>
    <message>
        <source>Follow the artists this Last.fm user played most (needs the Last.fm API key in Settings)</source>
        <translation>Den Künstlern folgen, die dieser Last.fm-Nutzer am meisten gehört hat (braucht den Last.fm-API-Schlüssel in den Einstellungen)</translation>
    </message>
    <message>
        <source>Asking Last.fm for the artists %1 played most…</source>
        <translation>Frage Last.fm nach den Künstlern, die %1 am meisten gehört hat…</translation>
    </message>
</context>
<context>
    <name>gig::MyArtistsModel</name>
    <message>
        <source>(name not known)</source>
        <translation>(Name unbekannt)</translation>
    </message>
    <message>
        <source>No MusicBrainz id is known: gigs are matched by the name.</source>
        <translation>Keine MusicBrainz-ID bekannt: Konzerte werden über den Namen zugeordnet.</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>Künstler</translation>
    </message>
    <message>
        <source>Where from</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>MusicBrainz id</source>
        <translation>MusicBrainz-ID</translation>
    </message>
    <message>
        <source>None seen yet</source>
        <translation>Noch keins gesehen</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>The date of a gig, then where it is: &quot;18/12/2026 · Club Dust, Berlin&quot;.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No gig of this artist is among the places gigmap has looked at.</source>
        <translation>Unter den Orten, die gigmap angesehen hat, ist kein Konzert dieses Künstlers.</translation>
    </message>
    <message>
        <source>Next gig seen</source>
        <translation>Nächstes Konzert</translation>
    </message>
</context>
<context>
    <name>gig::NetworkTileSource</name>
    <message>
        <source>The tile address &quot;%1&quot; needs {z}, {x} and {y}.</source>
        <translation>Die Kachel-Adresse „%1“ braucht {z}, {x} und {y}.</translation>
    </message>
    <message>
        <source>The tile address &quot;%1&quot; is not an http(s) address.</source>
        <translation>Die Kachel-Adresse „%1“ ist keine http(s)-Adresse.</translation>
    </message>
    <message>
        <source>The tile address &quot;%1&quot; uses plain http; gigmap only uses https outside this computer.</source>
        <translation>Die Kachel-Adresse „%1“ verwendet einfaches http; außerhalb dieses Computers verwendet gigmap nur https.</translation>
    </message>
    <message>
        <source>The tile server at %1 needs a key. Enter it in the settings, beside the map tile address.</source>
        <translation>Der Kachelserver bei %1 braucht einen Schlüssel. Ihn in den Einstellungen neben der Adresse der Kartenkacheln eingeben.</translation>
    </message>
    <message>
        <source>There is no tile %1/%2/%3.</source>
        <translation>Es gibt keine Kachel %1/%2/%3.</translation>
    </message>
    <message>
        <source>Tiles are off.</source>
        <translation>Kacheln sind ausgeschaltet.</translation>
    </message>
    <message>
        <source>The tile server sent no image (%1).</source>
        <translation>Der Kachelserver hat kein Bild gesendet (%1).</translation>
    </message>
    <message>
        <source>The tile server answered HTTP %1.</source>
        <translation>Der Kachelserver antwortete mit HTTP %1.</translation>
    </message>
</context>
<context>
    <name>gig::NominatimSource</name>
    <message>
        <source>OpenStreetMap&apos;s place search</source>
        <translation>Die Ortssuche von OpenStreetMap</translation>
    </message>
</context>
<context>
    <name>gig::PlaceNavigation</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vor</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Back to %1 (%2)</source>
        <translation>Zurück zu %1 (%2)</translation>
    </message>
    <message>
        <source>No place to go back to</source>
        <translation>Kein Ort, zu dem es zurückgeht</translation>
    </message>
    <message>
        <source>Forward to %1 (%2)</source>
        <translation>Vor zu %1 (%2)</translation>
    </message>
    <message>
        <source>No place to go forward to</source>
        <translation>Kein Ort, zu dem es vorgeht</translation>
    </message>
</context>
<context>
    <name>gig::PlaceSearchField</name>
    <message>
        <source>Search a place (Ctrl+L)</source>
        <translation>Ort suchen (Strg+L)</translation>
    </message>
    <message>
        <source>Type a place and press Enter to search for it</source>
        <translation>Einen Ort eingeben und Eingabe drücken, um ihn zu suchen</translation>
    </message>
    <message>
        <source>Search a place</source>
        <translation>Ort suchen</translation>
    </message>
    <message>
        <source>No city starts with “%1”. Did you mean:</source>
        <translation>Keine Stadt beginnt mit „%1“. Meinten Sie:</translation>
    </message>
    <message>
        <source>No place found for “%1”. Check the spelling, or add the country.</source>
        <translation>Kein Ort für „%1“ gefunden. Die Schreibweise prüfen oder das Land hinzufügen.</translation>
    </message>
    <message>
        <source>No place found for “%1”. Did you mean:</source>
        <translation>Kein Ort für „%1“ gefunden. Meinten Sie:</translation>
    </message>
</context>
<context>
    <name>gig::PositionService</name>
    <message>
        <source>No positioning service is installed on this system.</source>
        <translation>Auf diesem System ist kein Ortungsdienst installiert.</translation>
    </message>
    <message>
        <source>Cannot read the NMEA file %1: %2</source>
        <translation>Die NMEA-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>gigmap may not read your position; allow it in the system&apos;s privacy settings, or pick a place on the map.</source>
        <translation>gigmap darf Ihren Standort nicht lesen; dies in den Datenschutzeinstellungen des Systems erlauben oder einen Ort auf der Karte wählen.</translation>
    </message>
    <message>
        <source>The positioning service closed the connection; no position is available.</source>
        <translation>Der Ortungsdienst hat die Verbindung geschlossen; es ist kein Standort verfügbar.</translation>
    </message>
    <message>
        <source>The positioning service failed; no position is available.</source>
        <translation>Der Ortungsdienst ist ausgefallen; es ist kein Standort verfügbar.</translation>
    </message>
    <message numerus="yes">
        <source>No position available: the positioning service did not answer within %n s. Pick a place on the map or search for one.</source>
        <translation>
            <numerusform>Kein Standort verfügbar: der Ortungsdienst hat nicht innerhalb von %n s geantwortet. Einen Ort auf der Karte wählen oder suchen.</numerusform>
            <numerusform>Kein Standort verfügbar: der Ortungsdienst hat nicht innerhalb von %n s geantwortet. Einen Ort auf der Karte wählen oder suchen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gig::ReleaseProgress</name>
    <message>
        <source>less than a minute left</source>
        <translation>weniger als eine Minute übrig</translation>
    </message>
    <message>
        <source>about %1 min left</source>
        <translation>etwa %1 min übrig</translation>
    </message>
    <message>
        <source>about %1 h %2 min left</source>
        <translation>etwa %1 h %2 min übrig</translation>
    </message>
</context>
<context>
    <name>gig::ReleaseProgressBar</name>
    <message>
        <source>%1 of %2 releases</source>
        <translation>%1 von %2 Veröffentlichungen</translation>
    </message>
    <message>
        <source>The latest releases of the shown gigs&apos; artists, asked from MusicBrainz one a second</source>
        <translation>Die neuesten Veröffentlichungen der Künstler der angezeigten Konzerte, bei MusicBrainz eine pro Sekunde erfragt</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n release(s)</source>
        <extracomment>%1 releases known of %n in all.</extracomment>
        <translation>
            <numerusform>%1 von %n Veröffentlichung</numerusform>
            <numerusform>%1 von %n Veröffentlichungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gig::ServiceRoot</name>
    <message>
        <source>--%1 &apos;%2&apos; is not an http(s) URL.</source>
        <translation>--%1 „%2“ ist keine http(s)-URL.</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos;: plain http is accepted for loopback hosts only; use https.</source>
        <translation>--%1 „%2“: einfaches http wird nur für Loopback-Hosts angenommen; https verwenden.</translation>
    </message>
</context>
<context>
    <name>gig::SettingsBinding</name>
    <message>
        <source>No keyring kept the shared cache&apos;s password, and gigmap keeps it nowhere else. Write it into PostgreSQL&apos;s password file (~/.pgpass) instead.</source>
        <translation>Kein Schlüsselbund hat das Passwort des gemeinsamen Caches gespeichert, und gigmap speichert es nirgends sonst. Tragen Sie es stattdessen in die Passwortdatei von PostgreSQL (~/.pgpass) ein.</translation>
    </message>
</context>
<context>
    <name>gig::SettingsDialog</name>
    <message>
        <source>Show the key</source>
        <translation>Schlüssel zeigen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Gig sources</source>
        <translation>Konzertquellen</translation>
    </message>
    <message>
        <source>Gigs come from every source switched on. With none, gigmap shows its built-in demo data.</source>
        <translation>Konzerte kommen von jeder eingeschalteten Quelle. Ist keine eingeschaltet, zeigt gigmap seine eingebauten Demodaten.</translation>
    </message>
    <message>
        <source>%1 (partners only)</source>
        <translation>%1 (nur für Partner)</translation>
    </message>
    <message>
        <source>Ask %1 for gigs, with the API key beside it</source>
        <translation>%1 nach Konzerten fragen, mit dem API-Schlüssel daneben</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>%1 API key</source>
        <translation>API-Schlüssel für %1</translation>
    </message>
    <message>
        <source>Refreshing</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <source>How often the place on screen is refreshed</source>
        <translation>Wie oft der angezeigte Ort aktualisiert wird</translation>
    </message>
    <message>
        <source>How often places watched in the background are refreshed</source>
        <translation>Wie oft im Hintergrund beobachtete Orte aktualisiert werden</translation>
    </message>
    <message>
        <source>&amp;Albums</source>
        <translation>&amp;Alben</translation>
    </message>
    <message>
        <source>&amp;EPs</source>
        <translation>&amp;EPs</translation>
    </message>
    <message>
        <source>Si&amp;ngles</source>
        <translation>Si&amp;ngles</translation>
    </message>
    <message>
        <source>An artist&apos;s latest album counts as a latest release</source>
        <translation>Das neueste Album eines Künstlers zählt als neueste Veröffentlichung</translation>
    </message>
    <message>
        <source>An artist&apos;s latest EP counts as a latest release</source>
        <translation>Die neueste EP eines Künstlers zählt als neueste Veröffentlichung</translation>
    </message>
    <message>
        <source>An artist&apos;s latest single counts as a latest release</source>
        <translation>Die neueste Single eines Künstlers zählt als neueste Veröffentlichung</translation>
    </message>
    <message>
        <source>Shown &amp;place every:</source>
        <translation>Angezeigter &amp;Ort alle:</translation>
    </message>
    <message>
        <source>&amp;Other places every:</source>
        <translation>Andere Orte &amp;jeweils alle:</translation>
    </message>
    <message>
        <source>Latest release counts:</source>
        <translation>Als neueste Veröffentlichung zählt:</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Where gigmap asks %1. Change it only for a mirror or a test server.</source>
        <translation>Wo gigmap %1 fragt. Nur für einen Spiegel oder einen Testserver ändern.</translation>
    </message>
    <message>
        <source>%1 URL:</source>
        <translation>%1-URL:</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>The address of a map tile server, with {z}, {x} and {y} for the tile, and {key} where the server wants its key.</source>
        <translation>Die Adresse eines Kachelservers, mit {z}, {x} und {y} für die Kachel und {key}, wo der Server seinen Schlüssel erwartet.</translation>
    </message>
    <message>
        <source>Only for a tile server that asks for one</source>
        <translation>Nur für einen Kachelserver, der einen verlangt</translation>
    </message>
    <message>
        <source>Tile server key</source>
        <translation>Schlüssel des Kachelservers</translation>
    </message>
    <message>
        <source>Tile server ke&amp;y:</source>
        <translation>Schlüssel des Kachelser&amp;vers:</translation>
    </message>
    <message>
        <source>© OpenStreetMap contributors</source>
        <translation>© OpenStreetMap-Mitwirkende</translation>
    </message>
    <message>
        <source>The credit the tile server&apos;s terms ask for, shown in the corner of the map. Leave it empty for OpenStreetMap&apos;s.</source>
        <translation>Der Nachweis, den die Bedingungen des Kachelservers verlangen, in der Ecke der Karte gezeigt. Für den von OpenStreetMap leer lassen.</translation>
    </message>
    <message>
        <source>&amp;Credit:</source>
        <translation>&amp;Nachweis:</translation>
    </message>
    <message>
        <source>The tiles show place na&amp;mes</source>
        <translation>Die Kacheln zeigen Orts&amp;namen</translation>
    </message>
    <message>
        <source>Turn this off for tiles without labels: gigmap then writes the names of the cities on the map itself.</source>
        <translation>Für Kacheln ohne Beschriftung ausschalten: gigmap schreibt die Namen der Städte dann selbst auf die Karte.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>As the system&apos;s</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>The colours of the window and the map</source>
        <translation>Die Farben des Fensters und der Karte</translation>
    </message>
    <message>
        <source>&amp;Window colours:</source>
        <translation>&amp;Fensterfarben:</translation>
    </message>
    <message>
        <source>The %1 URL must be an http or https address.</source>
        <translation>Die URL für %1 muss eine http- oder https-Adresse sein.</translation>
    </message>
    <message>
        <source>The map tile URL must be an http or https address with {z}, {x} and {y}.</source>
        <translation>Die URL der Kartenkacheln muss eine http- oder https-Adresse mit {z}, {x} und {y} sein.</translation>
    </message>
    <message>
        <source>The tile server&apos;s address has a {key}: enter its key.</source>
        <translation>Die Adresse des Kachelservers enthält {key}: seinen Schlüssel eingeben.</translation>
    </message>
    <message>
        <source>Count at least one release type.</source>
        <translation>Mindestens eine Art von Veröffentlichung zählen.</translation>
    </message>
    <message>
        <source>%1 needs an API key.</source>
        <translation>%1 braucht einen API-Schlüssel.</translation>
    </message>
    <message>
        <source>Tile ser&amp;ver:</source>
        <translation>&amp;Kachelserver:</translation>
    </message>
    <message>
        <source>gigmap speaks the language chosen here from its next start.</source>
        <translation>gigmap spricht die hier gewählte Sprache ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Used to import my artists from %1.</source>
        <translation>Damit werden meine Künstler von %1 importiert.</translation>
    </message>
    <message>
        <source>Key to &amp;download my artists from %1:</source>
        <translation>Schlüssel zum &amp;Laden meiner Künstler von %1:</translation>
    </message>
    <message>
        <source>Keep refres&amp;hing saved places in the tray when the window is closed</source>
        <translation>Gespeicherte Orte im Infobereich weiter aktualisieren, wenn das Fenster ge&amp;schlossen wird</translation>
    </message>
    <message>
        <source>Closing the window then hides it to a tray icon, and new gigs of my artists at saved places are still announced.</source>
        <translation>Das Schließen verbirgt das Fenster dann im Infobereich, und neue Konzerte meiner Künstler an gespeicherten Orten werden weiter gemeldet.</translation>
    </message>
    <message>
        <source>Shared cache</source>
        <translation>Gemeinsamer Cache</translation>
    </message>
    <message>
        <source>Several desktops can share one cache in a PostgreSQL database: each gig and each artist is then fetched once for all of them, within the services&apos; limits. Leave the address empty to keep the cache on this computer. A change takes effect when gigmap starts again.</source>
        <translation>Mehrere Rechner können sich einen Cache in einer PostgreSQL-Datenbank teilen: Jedes Konzert und jeder Künstler wird dann einmal für alle abgerufen, innerhalb der Grenzen der Dienste. Lassen Sie die Adresse leer, um den Cache auf diesem Rechner zu behalten. Eine Änderung gilt ab dem nächsten Start von gigmap.</translation>
    </message>
    <message>
        <source>The address of the shared PostgreSQL database.</source>
        <translation>Die Adresse der gemeinsamen PostgreSQL-Datenbank.</translation>
    </message>
    <message>
        <source>Database address:</source>
        <translation>Datenbankadresse:</translation>
    </message>
    <message>
        <source>Kept in the system keyring, never in the settings file. Leave it empty to keep the password already kept, or to use PostgreSQL&apos;s own password file.</source>
        <translation>Wird im Schlüsselbund des Systems gespeichert, nie in der Einstellungsdatei. Leer lassen, um das bereits gespeicherte Passwort zu behalten oder die Passwortdatei von PostgreSQL zu nutzen.</translation>
    </message>
    <message>
        <source>Database password:</source>
        <translation>Datenbankpasswort:</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Seiten der Einstellungen</translation>
    </message>
    <message>
        <source>Choose a page of settings: gigs, services, or the map and the window.</source>
        <translation>Eine Seite der Einstellungen wählen: Konzerte, Dienste oder Karte und Fenster.</translation>
    </message>
    <message>
        <source>Gigs</source>
        <translation>Konzerte</translation>
    </message>
    <message>
        <source>Map and window</source>
        <translation>Karte und Fenster</translation>
    </message>
    <message>
        <source>The shared cache&apos;s address must be a postgresql:// address that names a database, such as postgresql://gigmap@server:5432/gigmap.</source>
        <translation>Die Adresse des gemeinsamen Caches muss eine postgresql://-Adresse sein, die eine Datenbank nennt, etwa postgresql://gigmap@server:5432/gigmap.</translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/database</source>
        <extracomment>An example address: translate &quot;user&quot; and &quot;database&quot; only.</extracomment>
        <translation>postgresql://benutzer@host:5432/datenbank</translation>
    </message>
</context>
<context>
    <name>gig::SourceError</name>
    <message>
        <source>%1 could not be reached</source>
        <translation>%1 war nicht erreichbar</translation>
    </message>
    <message>
        <source>%1 did not answer in time</source>
        <translation>%1 hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>%1 is busy right now</source>
        <translation>%1 ist gerade ausgelastet</translation>
    </message>
    <message>
        <source>%1 did not accept the API key</source>
        <translation>%1 hat den API-Schlüssel nicht angenommen</translation>
    </message>
    <message>
        <source>%1 has trouble answering right now</source>
        <translation>%1 hat gerade Probleme beim Antworten</translation>
    </message>
    <message>
        <source>%1 turned the request down</source>
        <translation>%1 hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>%1 sent an answer gigmap cannot read</source>
        <translation>%1 hat eine Antwort gesendet, die gigmap nicht lesen kann</translation>
    </message>
    <message>
        <source>gigmap gives %1 a rest: it failed several times in a row, or today&apos;s requests are used up</source>
        <translation>gigmap lässt %1 eine Pause: es ist mehrmals hintereinander ausgefallen, oder die heutigen Anfragen sind aufgebraucht</translation>
    </message>
    <message>
        <source>gigmap cannot ask %1 this</source>
        <translation>gigmap kann %1 dies nicht fragen</translation>
    </message>
    <message>
        <source>gigmap cannot ask %1: %2</source>
        <translation>gigmap kann %1 nicht fragen: %2</translation>
    </message>
    <message>
        <source>The request to %1 was cancelled</source>
        <translation>Die Anfrage an %1 wurde abgebrochen</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>a sentence for people, with its full stop</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1; gigmap asks again in %2.</source>
        <translation>%1; gigmap fragt in %2 erneut.</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <comment>seconds</comment>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>minutes</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>hours</comment>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gig::StatusBanner</name>
    <message>
        <source>Retry now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>The gigs of this place cannot be refreshed just now; the ones shown are those known before.</source>
        <translation>Die Konzerte dieses Orts können gerade nicht aktualisiert werden; angezeigt werden die zuvor bekannten.</translation>
    </message>
    <message>
        <source>%1 The gigs shown are those known before.</source>
        <translation>%1 Angezeigt werden die zuvor bekannten Konzerte.</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>These are demo gigs, made up for trying gigmap out. Add an API key of Ticketmaster or SeatGeek to see real gigs.</source>
        <translation>Dies sind Demo-Konzerte, erfunden zum Ausprobieren von gigmap. Einen API-Schlüssel von Ticketmaster oder SeatGeek hinzufügen, um echte Konzerte zu sehen.</translation>
    </message>
    <message>
        <source>Add an API key…</source>
        <translation>API-Schlüssel hinzufügen…</translation>
    </message>
</context>
<context>
    <name>gig::StatusPanel</name>
    <message numerus="yes">
        <source>%n gig(s)</source>
        <translation>
            <numerusform>%n Konzert</numerusform>
            <numerusform>%n Konzerte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2, some missing</source>
        <translation>%1: %2, einige fehlen</translation>
    </message>
    <message>
        <source>%1: could not be read</source>
        <translation>%1: konnte nicht gelesen werden</translation>
    </message>
    <message numerus="yes">
        <source>%1 lists %n gig(s) here.</source>
        <translation>
            <numerusform>%1 listet hier %n Konzert.</numerusform>
            <numerusform>%1 listet hier %n Konzerte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry &amp;now</source>
        <translation>&amp;Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Offline: showing cached gigs</source>
        <translation>Offline: Konzerte aus dem Cache werden gezeigt</translation>
    </message>
    <message>
        <source>Refresh the shown place now instead of waiting for the next attempt</source>
        <translation>Den angezeigten Ort jetzt aktualisieren, statt auf den nächsten Versuch zu warten</translation>
    </message>
    <message>
        <source>never refreshed</source>
        <translation>nie aktualisiert</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demodaten</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This place</source>
        <translation>Dieser Ort</translation>
    </message>
    <message>
        <source>%1: up to date, refreshed %2</source>
        <translation>%1: aktuell, aktualisiert %2</translation>
    </message>
    <message>
        <source>%1: refreshing… (last refreshed %2)</source>
        <translation>%1: wird aktualisiert… (zuletzt aktualisiert %2)</translation>
    </message>
    <message>
        <source>%1: fetching gigs…</source>
        <translation>%1: Konzerte werden geladen…</translation>
    </message>
    <message>
        <source>%1: stale, showing gigs as of %2</source>
        <translation>%1: veraltet, Konzerte mit Stand %2</translation>
    </message>
    <message>
        <source>%1: some pages of gigs could not be read; showing the others, as of %2</source>
        <translation>%1: einige Seiten mit Konzerten konnten nicht gelesen werden; die anderen werden gezeigt, Stand %2</translation>
    </message>
    <message>
        <source>%1: refresh failing, showing gigs as of %2</source>
        <translation>%1: Aktualisierung schlägt fehl, Konzerte mit Stand %2</translation>
    </message>
    <message>
        <source>%1: refresh failing, showing gigs as of %3. %2</source>
        <translation>%1: Aktualisierung schlägt fehl, Konzerte mit Stand %3. %2</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) queued</source>
        <translation>
            <numerusform>%n Anfrage in der Warteschlange</numerusform>
            <numerusform>%n Anfragen in der Warteschlange</numerusform>
        </translation>
    </message>
    <message>
        <source>rate limited: next request in %1 s</source>
        <translation>Anfragelimit erreicht: nächste Anfrage in %1 s</translation>
    </message>
</context>
<context>
    <name>gig::TileAttribution</name>
    <message>
        <source>Map: %1</source>
        <translation>Karte: %1</translation>
    </message>
    <message>
        <source>© %1 contributors</source>
        <extracomment>%1 is a link to OpenStreetMap&apos;s copyright page.</extracomment>
        <translation>© %1-Mitwirkende</translation>
    </message>
    <message>
        <source>%1 · Place names: %2</source>
        <extracomment>The map&apos;s credit line: %1 credits the map, %2 is a link to GeoNames.</extracomment>
        <translation>%1 · Ortsnamen: %2</translation>
    </message>
</context>
<context>
    <name>gig::TrayKeeper</name>
    <message>
        <source>gigmap keeps your saved places fresh.</source>
        <translation>gigmap hält die gespeicherten Orte aktuell.</translation>
    </message>
    <message>
        <source>&amp;Show gigmap</source>
        <translation>gigmap &amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>gig::VenueGigsMenu</name>
    <message>
        <source>%1, %2</source>
        <comment>date, time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>when: gig</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>gig (status)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Gigs at %1</source>
        <translation>Konzerte in %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Demo data</source>
        <translation>Demodaten</translation>
    </message>
    <message>
        <source>My location</source>
        <translation>Mein Standort</translation>
    </message>
</context>
</TS>
