<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CacheLocation</name>
    <message>
        <source>The address of the shared cache is not a valid URL: %1</source>
        <translation>L&apos;adresse du cache partagé n&apos;est pas une URL valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>The address of the shared cache names no database. Write it as postgresql://user@host:5432/database.</source>
        <translation>L&apos;adresse du cache partagé ne nomme aucune base de données. Écrivez-la sous la forme postgresql://utilisateur@hote:5432/base.</translation>
    </message>
</context>
<context>
    <name>CacheOption</name>
    <message>
        <source>--cache needs a file name.</source>
        <translation>--cache a besoin d’un nom de fichier.</translation>
    </message>
    <message>
        <source>--cache &apos;%1&apos; is a folder; give a file name, or a shared cache&apos;s postgresql:// address.</source>
        <translation>--cache «&#xa0;%1&#xa0;» est un dossier&#xa0;; donnez un nom de fichier, ou l&apos;adresse postgresql:// d&apos;un cache partagé.</translation>
    </message>
</context>
<context>
    <name>CityIndex</name>
    <message>
        <source>near %1</source>
        <translation>près de %1</translation>
    </message>
</context>
<context>
    <name>gig::Alerts</name>
    <message>
        <source>Playing: %1.</source>
        <translation>À l&apos;affiche&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 plays around %2</source>
        <translation>%1 joue près de %2</translation>
    </message>
    <message>
        <source>%1 at %2 on %3.</source>
        <translation>%1 à %2 le %3.</translation>
    </message>
    <message>
        <source>%1 has a new release</source>
        <translation>%1 a une nouvelle sortie</translation>
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
            <numerusform>%n nouveau concert de mes artistes près de %1</numerusform>
            <numerusform>%n nouveaux concerts de mes artistes près de %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gig::ArtistRelease</name>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>fetching…</source>
        <translation>chargement…</translation>
    </message>
    <message>
        <source>not on MusicBrainz</source>
        <translation>absent de MusicBrainz</translation>
    </message>
    <message>
        <source>several artists of that name</source>
        <translation>plusieurs artistes de ce nom</translation>
    </message>
</context>
<context>
    <name>gig::ArtistsCommand</name>
    <message>
        <source>My artists are kept in the cache, and it cannot be used: %1</source>
        <translation>Mes artistes sont conservés dans le cache, et celui-ci est inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <source>No artist is followed yet: add one (gigmap artists add NAME) or import a music folder (gigmap artists import --music-dir DIR).</source>
        <translation>Aucun artiste n&apos;est encore suivi&#xa0;: ajoutez-en un (gigmap artists add NAME) ou importez un dossier de musique (gigmap artists import --music-dir DIR).</translation>
    </message>
    <message>
        <source>%1 is one of my artists now.</source>
        <translation>%1 fait désormais partie de mes artistes.</translation>
    </message>
    <message>
        <source>%1 is one of my artists already; nothing changed.</source>
        <translation>%1 fait déjà partie de mes artistes&#xa0;; rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>%1 is not one of my artists; nothing was removed.</source>
        <translation>%1 ne fait pas partie de mes artistes&#xa0;; rien n&apos;a été retiré.</translation>
    </message>
    <message>
        <source>Removed %1 from my artists.</source>
        <translation>%1 a été retiré de mes artistes.</translation>
    </message>
    <message>
        <source>Reading music files: %1 of %2</source>
        <translation>Lecture des fichiers de musique&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>There is no music folder to import from.</source>
        <translation>Il n&apos;y a aucun dossier de musique à importer.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>La modification n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>gig::ArtistsOptions</name>
    <message>
        <source>import: a folder of music files to read (may be given several times; default: the music folder).</source>
        <translation>import&#xa0;: un dossier de fichiers de musique à lire (peut être donné plusieurs fois&#xa0;; par défaut&#xa0;: le dossier de musique).</translation>
    </message>
    <message>
        <source>import: the most listened artists of this ListenBrainz user instead (public statistics, no token).</source>
        <translation>import&#xa0;: à la place, les artistes les plus écoutés de cet utilisateur de ListenBrainz (statistiques publiques, sans jeton).</translation>
    </message>
    <message>
        <source>ListenBrainz service root (default https://api.listenbrainz.org).</source>
        <translation>Racine du service ListenBrainz (par défaut https://api.listenbrainz.org).</translation>
    </message>
    <message>
        <source>import: the artists this Last.fm user played most instead (needs an API key).</source>
        <translation>import&#xa0;: à la place, les artistes les plus écoutés de cet utilisateur de Last.fm (demande une clé d&apos;API).</translation>
    </message>
    <message>
        <source>Last.fm API key (or set GIGMAP_LASTFM_KEY).</source>
        <translation>Clé d&apos;API Last.fm (ou définir GIGMAP_LASTFM_KEY).</translation>
    </message>
    <message>
        <source>Last.fm service root (default https://ws.audioscrobbler.com/2.0).</source>
        <translation>Racine du service Last.fm (par défaut https://ws.audioscrobbler.com/2.0).</translation>
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
        <translation>Gère mes artistes, ceux dont les concerts m&apos;importent.

  gigmap artists list                  une ligne par artiste&#xa0;: nom, identifiant MusicBrainz, provenance, date d&apos;ajout (séparés par des tabulations)
  gigmap artists add NAME-or-MBID      suivre un artiste
  gigmap artists remove NAME-or-MBID   ne plus suivre (un nom retire tous les artistes de ce nom)
  gigmap artists import --music-dir DIR   suivre les artistes nommés dans les étiquettes des fichiers de musique de DIR&#xa0;; un second import ne lit que les fichiers nouveaux ou modifiés
  gigmap artists import --listenbrainz USER   suivre les 100 artistes que USER a le plus écoutés sur ListenBrainz
  gigmap artists import --lastfm USER --lastfm-key KEY   suivre les artistes que USER a le plus écoutés sur Last.fm (jusqu&apos;à 1 000)

Codes de sortie&#xa0;: 0 fait, 2 arguments erronés (ou rien de ce nom à retirer), 3 aucun dossier de musique n&apos;a pu être lu ou ListenBrainz ou Last.fm a échoué (ou ne connaît pas cet utilisateur, ou a refusé la clé), 4 le cache n&apos;a pas pu être lu ou écrit.</translation>
    </message>
    <message>
        <source>The artists command.</source>
        <translation>La commande artists.</translation>
    </message>
    <message>
        <source>list, add, remove or import.</source>
        <translation>list, add, remove ou import.</translation>
    </message>
    <message>
        <source>add, remove: the artist&apos;s name or MusicBrainz id.</source>
        <translation>add, remove&#xa0;: le nom ou l&apos;identifiant MusicBrainz de l&apos;artiste.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Say what to do: list, add, remove or import.</source>
        <translation>Dites quoi faire&#xa0;: list, add, remove ou import.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a command of gigmap artists: use list, add, remove or import.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une commande de gigmap artists&#xa0;: utilisez list, add, remove ou import.</translation>
    </message>
    <message>
        <source>%1 needs an artist&apos;s name or MusicBrainz id.</source>
        <translation>%1 a besoin du nom ou de l&apos;identifiant MusicBrainz d&apos;un artiste.</translation>
    </message>
    <message>
        <source>%1 takes no artist; &apos;%2&apos; is one word too many.</source>
        <translation>%1 ne prend aucun artiste&#xa0;; «&#xa0;%2&#xa0;» est un mot de trop.</translation>
    </message>
    <message>
        <source>--music-dir belongs to import.</source>
        <translation>--music-dir va avec import.</translation>
    </message>
    <message>
        <source>--%1 belongs to import.</source>
        <translation>--%1 va avec import.</translation>
    </message>
    <message>
        <source>--listenbrainz-url needs --listenbrainz USER.</source>
        <translation>--listenbrainz-url a besoin de --listenbrainz USER.</translation>
    </message>
    <message>
        <source>--%1 needs --lastfm USER.</source>
        <translation>--%1 a besoin de --lastfm USER.</translation>
    </message>
    <message>
        <source>import reads one source at a time: --music-dir, --listenbrainz or --lastfm.</source>
        <translation>import lit une source à la fois&#xa0;: --music-dir, --listenbrainz ou --lastfm.</translation>
    </message>
    <message>
        <source>--lastfm needs a Last.fm user name.</source>
        <translation>--lastfm a besoin d&apos;un nom d&apos;utilisateur Last.fm.</translation>
    </message>
    <message>
        <source>--lastfm needs a Last.fm API key: give --lastfm-key KEY or set GIGMAP_LASTFM_KEY (a free key comes with an API account at last.fm/api).</source>
        <translation>--lastfm a besoin d&apos;une clé d&apos;API Last.fm&#xa0;: donnez --lastfm-key KEY ou définissez GIGMAP_LASTFM_KEY (une clé gratuite vient avec un compte d&apos;API sur last.fm/api).</translation>
    </message>
    <message>
        <source>--listenbrainz needs a ListenBrainz user name.</source>
        <translation>--listenbrainz a besoin d&apos;un nom d&apos;utilisateur ListenBrainz.</translation>
    </message>
    <message>
        <source>There is no music folder here: name one with --music-dir.</source>
        <translation>Il n&apos;y a pas de dossier de musique ici&#xa0;: indiquez-en un avec --music-dir.</translation>
    </message>
    <message>
        <source>--music-dir &apos;%1&apos; is not a folder that can be read.</source>
        <translation>--music-dir «&#xa0;%1&#xa0;» n&apos;est pas un dossier lisible.</translation>
    </message>
    <message>
        <source>Keep the cache (and my artists) in &lt;file&gt;, or in the shared PostgreSQL cache at &lt;url&gt;.</source>
        <translation>Garder le cache (et mes artistes) dans &lt;file&gt;, ou dans le cache PostgreSQL partagé à &lt;url&gt;.</translation>
    </message>
</context>
<context>
    <name>gig::CacheDatabase</name>
    <message>
        <source>The gig cache was damaged (%1). It was moved to %2 and gigmap started a new one.</source>
        <translation>Le cache des concerts était endommagé (%1). Il a été déplacé vers %2 et gigmap en a créé un nouveau.</translation>
    </message>
    <message>
        <source>gigmap cannot write its cache %1 (%2). Gigs are kept in memory; writing is retried every %3 s.</source>
        <translation>gigmap ne peut pas écrire son cache %1 (%2). Les concerts sont gardés en mémoire&#xa0;; l&apos;écriture est retentée toutes les %3&#xa0;s.</translation>
    </message>
    <message numerus="yes">
        <source>gigmap cannot reach the shared cache %1 (%2). It goes on with what it holds and keeps what it fetches until the cache is back; it tries again in %n second(s).</source>
        <translation>
            <numerusform>gigmap ne peut pas joindre le cache partagé %1 (%2). Il continue avec ce qu&apos;il a et garde ce qu&apos;il récupère jusqu&apos;au retour du cache&#xa0;; nouvel essai dans %n seconde.</numerusform>
            <numerusform>gigmap ne peut pas joindre le cache partagé %1 (%2). Il continue avec ce qu&apos;il a et garde ce qu&apos;il récupère jusqu&apos;au retour du cache&#xa0;; nouvel essai dans %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gig::CacheWorker</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>opening</source>
        <translation>à l&apos;ouverture</translation>
    </message>
    <message>
        <source>checking</source>
        <translation>à la vérification</translation>
    </message>
    <message>
        <source>PRAGMA quick_check reports: %1</source>
        <translation>PRAGMA quick_check signale&#xa0;: %1</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>à la lecture de la version du schéma</translation>
    </message>
    <message>
        <source>its schema version %1 is newer than this gigmap knows (%2)</source>
        <translation>sa version de schéma %1 est plus récente que celles que connaît ce gigmap (%2)</translation>
    </message>
    <message>
        <source>switching to write-ahead logging</source>
        <translation>au passage en journalisation anticipée (WAL)</translation>
    </message>
    <message>
        <source>the file cannot use write-ahead logging (journal mode %1)</source>
        <translation>le fichier ne peut pas utiliser la journalisation anticipée (mode de journal %1)</translation>
    </message>
    <message>
        <source>upgrading the schema from version %1</source>
        <translation>à la mise à jour du schéma depuis la version %1</translation>
    </message>
    <message>
        <source>cannot move the broken cache %1 aside</source>
        <translation>impossible de mettre de côté le cache endommagé %1</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>à la lecture</translation>
    </message>
    <message>
        <source>the cache file is not open</source>
        <translation>le fichier de cache n&apos;est pas ouvert</translation>
    </message>
    <message>
        <source>this system lacks Qt&apos;s PostgreSQL driver (QPSQL)</source>
        <translation>ce système n’a pas le pilote PostgreSQL de Qt (QPSQL)</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>à la connexion</translation>
    </message>
    <message>
        <source>listening for other desktops&apos; changes</source>
        <translation>à l’écoute des changements des autres postes</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>le serveur a fermé la connexion</translation>
    </message>
</context>
<context>
    <name>gig::ColumnChooser</name>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
</context>
<context>
    <name>gig::CombinedEventSource</name>
    <message>
        <source>Some pages of gigs from %1 could not be read.</source>
        <translation>Certaines pages de concerts de %1 n&apos;ont pas pu être lues.</translation>
    </message>
    <message>
        <source>the gigs from %1: %2</source>
        <translation>les concerts de %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>gig::CommandLine</name>
    <message>
        <source>Try &apos;%1&apos;.</source>
        <translation>Essayez «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>gigmap shows the upcoming gigs around a place you pick on a map, each gig&apos;s lineup and each artist&apos;s latest release.

Commands:
  export   write the gigs around a place as CSV or iCalendar (gigmap export --help)
  artists  list, add, remove or import my artists (gigmap artists --help)</source>
        <translation>gigmap affiche les concerts à venir autour d&apos;un lieu choisi sur une carte, la programmation de chaque concert et la dernière sortie de chaque artiste.

Commandes&#xa0;:
  export   écrire les concerts autour d&apos;un lieu en CSV ou en iCalendar (gigmap export --help)
  artists  lister, ajouter, retirer ou importer mes artistes (gigmap artists --help)</translation>
    </message>
    <message>
        <source>Keep gigs in memory only: read and write no cache file.</source>
        <translation>Garder les concerts en mémoire seulement&#xa0;: ne lire ni écrire aucun fichier de cache.</translation>
    </message>
    <message>
        <source>Show generated demo data from the built-in sandbox instead of the real services (also used when no Ticketmaster key is configured).</source>
        <translation>Afficher des données de démonstration générées par le bac à sable intégré au lieu des vrais services (aussi utilisé quand aucune clé Ticketmaster n&apos;est configurée).</translation>
    </message>
    <message>
        <source>Read &quot;my location&quot; from the NMEA log FILE (replayed at its own pace) instead of the system&apos;s positioning service.</source>
        <translation>Lire «&#xa0;ma position&#xa0;» dans le journal NMEA FILE (rejoué à son propre rythme) au lieu du service de localisation du système.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--cache and --no-cache cannot be used together.</source>
        <translation>--cache et --no-cache ne peuvent pas être utilisés ensemble.</translation>
    </message>
    <message>
        <source>Cannot read the NMEA file &apos;%1&apos;.</source>
        <translation>Impossible de lire le fichier NMEA «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Keep the gig cache in &lt;file&gt; instead of the default location, or share it with other desktops in a PostgreSQL database (postgresql://user@host:port/database).</source>
        <translation>Garder le cache des concerts dans &lt;file&gt; au lieu de l&apos;emplacement par défaut, ou le partager avec d&apos;autres postes dans une base PostgreSQL (postgresql://utilisateur@hote:port/base).</translation>
    </message>
</context>
<context>
    <name>gig::DemoSandbox</name>
    <message>
        <source>The demo sandbox found no free port on 127.0.0.1.</source>
        <translation>Le bac à sable de démonstration n&apos;a trouvé aucun port libre sur 127.0.0.1.</translation>
    </message>
</context>
<context>
    <name>gig::DesktopNotifier</name>
    <message>
        <source>Show the gig</source>
        <translation>Afficher le concert</translation>
    </message>
</context>
<context>
    <name>gig::EventStatus</name>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Reporté</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>Reprogrammé</translation>
    </message>
</context>
<context>
    <name>gig::Export</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>gig::ExportCommand</name>
    <message>
        <source>Timed out after %1 s; writing what is known.</source>
        <translation>Délai dépassé après %1&#xa0;s&#xa0;; écriture de ce qui est connu.</translation>
    </message>
    <message>
        <source>These pages of gigs could not be read: %1.</source>
        <translation>Ces pages de concerts n&apos;ont pas pu être lues&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The cache has no gigs for this place (--offline makes no request).</source>
        <translation>Le cache n&apos;a aucun concert pour ce lieu (--offline n&apos;envoie aucune requête).</translation>
    </message>
    <message>
        <source>The demo sandbox could not start: %1</source>
        <translation>Le bac à sable de démonstration n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>The source failed (%1) and the cache has no gigs for this place.</source>
        <translation>La source a échoué (%1) et le cache n&apos;a aucun concert pour ce lieu.</translation>
    </message>
    <message>
        <source>gigmap export: the source failed (%1); using the cached gigs.</source>
        <translation>gigmap export&#xa0;: la source a échoué (%1)&#xa0;; utilisation des concerts en cache.</translation>
    </message>
    <message>
        <source>Some pages of gigs could not be read yet (%1); asking again until the timeout.</source>
        <translation>Certaines pages de concerts n&apos;ont pas encore pu être lues (%1)&#xa0;; nouvelle demande jusqu&apos;à l&apos;expiration du délai.</translation>
    </message>
    <message numerus="yes">
        <source>%n latest release(s) could not be read yet; asking again until the timeout.</source>
        <translation>
            <numerusform>%n dernière sortie n&apos;a pas encore pu être lue&#xa0;; nouvelle demande jusqu&apos;à l&apos;expiration du délai.</numerusform>
            <numerusform>%n dernières sorties n&apos;ont pas encore pu être lues&#xa0;; nouvelle demande jusqu&apos;à l&apos;expiration du délai.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1</source>
        <translation>Impossible d&apos;écrire sur la sortie standard&#xa0;: %1</translation>
    </message>
    <message>
        <source> — written to %1 in %2 s.</source>
        <translation> — écrit dans %1 (%2&#xa0;s).</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>la sortie standard</translation>
    </message>
    <message numerus="yes">
        <source>%n gig(s)</source>
        <translation>
            <numerusform>%n concert</numerusform>
            <numerusform>%n concerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n release(s)</source>
        <extracomment>%1 releases known of %n in all.</extracomment>
        <translation>
            <numerusform>%1 sur %n sortie</numerusform>
            <numerusform>%1 sur %n sorties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) queued</source>
        <translation>
            <numerusform>%n requête en attente</numerusform>
            <numerusform>%n requêtes en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting %1 s for the rate limit</source>
        <translation>attente de %1&#xa0;s pour la limite de débit</translation>
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
        <translation>Exporter les concerts</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>Tableur CSV (*.csv)</translation>
    </message>
    <message>
        <source>CSV for Excel, UTF-8 with byte-order mark (*.csv)</source>
        <extracomment>Excel on Windows reads a CSV file as UTF-8 only when it starts with a byte-order mark.</extracomment>
        <translation>CSV pour Excel, UTF-8 avec indicateur d&apos;ordre des octets (*.csv)</translation>
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
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>Latitude of the place, in degrees (-90 to 90).</source>
        <translation>Latitude du lieu, en degrés (de -90 à 90).</translation>
    </message>
    <message>
        <source>Longitude of the place, in degrees (-180 to 180).</source>
        <translation>Longitude du lieu, en degrés (de -180 à 180).</translation>
    </message>
    <message>
        <source>Search radius in km (default 30).</source>
        <translation>Rayon de recherche en km (par défaut 30).</translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD (default today).</source>
        <translation>Premier jour, AAAA-MM-JJ (par défaut aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>Last day, YYYY-MM-DD (default 90 days on).</source>
        <translation>Dernier jour, AAAA-MM-JJ (par défaut dans 90 jours).</translation>
    </message>
    <message>
        <source>%1, or several joined by commas (default: every source with a key, else demo).</source>
        <translation>%1, ou plusieurs séparées par des virgules (par défaut&#xa0;: chaque source qui a une clé, sinon demo).</translation>
    </message>
    <message>
        <source>API key of the one source named.</source>
        <translation>Clé d&apos;API de la seule source nommée.</translation>
    </message>
    <message>
        <source>gigs (one row per gig, default) or artists.</source>
        <translation>gigs (une ligne par concert, par défaut) ou artists.</translation>
    </message>
    <message>
        <source>csv (default) or ics.</source>
        <translation>csv (par défaut) ou ics.</translation>
    </message>
    <message>
        <source>Start the CSV with a UTF-8 byte order mark.</source>
        <translation>Commencer le CSV par un indicateur d&apos;ordre des octets UTF-8.</translation>
    </message>
    <message>
        <source>Keep gigs in memory only.</source>
        <translation>Garder les concerts en mémoire seulement.</translation>
    </message>
    <message>
        <source>Write only what the cache holds; make no request.</source>
        <translation>Écrire seulement ce que contient le cache&#xa0;; ne faire aucune requête.</translation>
    </message>
    <message>
        <source>Write only the gigs with at least one of my artists (gigmap artists --help).</source>
        <translation>Écrire seulement les concerts avec au moins un de mes artistes (gigmap artists --help).</translation>
    </message>
    <message>
        <source>Give up waiting after &lt;seconds&gt; (default 600).</source>
        <translation>Cesser d&apos;attendre après &lt;seconds&gt; (par défaut 600).</translation>
    </message>
    <message>
        <source>Write to &lt;file&gt; (- for standard output).</source>
        <translation>Écrire dans &lt;file&gt; (- pour la sortie standard).</translation>
    </message>
    <message>
        <source>Writes the upcoming gigs around a place, with each artist&apos;s latest release, as CSV or iCalendar.
Exit codes: 0 written, 2 bad arguments, 3 the source failed and the cache had nothing, 4 the output could not be written, 5 timeout (what was known is still written).</source>
        <translation>Écrit les concerts à venir autour d&apos;un lieu, avec la dernière sortie de chaque artiste, en CSV ou en iCalendar.
Codes de sortie&#xa0;: 0 écrit, 2 arguments erronés, 3 la source a échoué et le cache n&apos;avait rien, 4 la sortie n&apos;a pas pu être écrite, 5 délai dépassé (ce qui était connu est quand même écrit).</translation>
    </message>
    <message>
        <source>The export command.</source>
        <translation>La commande export.</translation>
    </message>
    <message>
        <source>%1 key (or set %2).</source>
        <translation>Clé de %1 (ou définir %2).</translation>
    </message>
    <message>
        <source>%1 service root.</source>
        <translation>Racine du service %1.</translation>
    </message>
    <message>
        <source>--source &apos;%1&apos; is unknown: use %2.</source>
        <translation>--source «&#xa0;%1&#xa0;» est inconnue&#xa0;: utilisez %2.</translation>
    </message>
    <message>
        <source>--source demo stands alone: the demo is not combined with other sources.</source>
        <translation>--source demo s&apos;emploie seule&#xa0;: la démonstration ne se combine pas avec d&apos;autres sources.</translation>
    </message>
    <message>
        <source>--api-key is the key of one source: name one with --source, or give each source&apos;s key with its own option (--ticketmaster-key …).</source>
        <translation>--api-key est la clé d&apos;une seule source&#xa0;: nommez-en une avec --source, ou donnez la clé de chaque source avec sa propre option (--ticketmaster-key …).</translation>
    </message>
    <message>
        <source>--source %1 needs a key: give --%1-key or set %2.</source>
        <translation>--source %1 a besoin d&apos;une clé&#xa0;: donnez --%1-key ou définissez %2.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--lat and --lng are required.</source>
        <translation>--lat et --lng sont obligatoires.</translation>
    </message>
    <message>
        <source>--lat &apos;%1&apos; is not a latitude between -90 and 90.</source>
        <translation>--lat «&#xa0;%1&#xa0;» n&apos;est pas une latitude entre -90 et 90.</translation>
    </message>
    <message>
        <source>--lng &apos;%1&apos; is not a longitude between -180 and 180.</source>
        <translation>--lng «&#xa0;%1&#xa0;» n&apos;est pas une longitude entre -180 et 180.</translation>
    </message>
    <message>
        <source>--radius-km &apos;%1&apos; must be a number above 0 and at most 500.</source>
        <translation>--radius-km «&#xa0;%1&#xa0;» doit être un nombre supérieur à 0 et d&apos;au plus 500.</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a date (YYYY-MM-DD).</source>
        <translation>--%1 «&#xa0;%2&#xa0;» n&apos;est pas une date (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>--to %1 is before --from %2.</source>
        <translation>--to %1 est avant --from %2.</translation>
    </message>
    <message>
        <source>--rows &apos;%1&apos; is unknown: use gigs or artists.</source>
        <translation>--rows «&#xa0;%1&#xa0;» est inconnu&#xa0;: utilisez gigs ou artists.</translation>
    </message>
    <message>
        <source>--format &apos;%1&apos; is unknown: use csv or ics.</source>
        <translation>--format «&#xa0;%1&#xa0;» est inconnu&#xa0;: utilisez csv ou ics.</translation>
    </message>
    <message>
        <source>--cache and --no-cache cannot be used together.</source>
        <translation>--cache et --no-cache ne peuvent pas être utilisés ensemble.</translation>
    </message>
    <message>
        <source>--mine reads my artists from the cache; it cannot be used with --no-cache.</source>
        <translation>--mine lit mes artistes dans le cache&#xa0;; il ne peut pas être utilisé avec --no-cache.</translation>
    </message>
    <message>
        <source>--offline reads the cache; it cannot be used with --no-cache.</source>
        <translation>--offline lit le cache&#xa0;; il ne peut pas être utilisé avec --no-cache.</translation>
    </message>
    <message>
        <source>--timeout &apos;%1&apos; must be a whole number of seconds above 0.</source>
        <translation>--timeout «&#xa0;%1&#xa0;» doit être un nombre entier de secondes supérieur à 0.</translation>
    </message>
    <message>
        <source>-o needs a file name (or - for standard output).</source>
        <translation>-o a besoin d&apos;un nom de fichier (ou de - pour la sortie standard).</translation>
    </message>
    <message>
        <source>Keep the gig cache in &lt;file&gt;, or in the shared PostgreSQL cache at &lt;url&gt; (postgresql://user@host:port/database).</source>
        <translation>Garder le cache des concerts dans &lt;file&gt;, ou dans le cache PostgreSQL partagé à &lt;url&gt; (postgresql://utilisateur@hote:port/base).</translation>
    </message>
</context>
<context>
    <name>gig::FollowedArtist</name>
    <message>
        <source>music library</source>
        <translation>bibliothèque musicale</translation>
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
        <translation>ajouté à la main</translation>
    </message>
</context>
<context>
    <name>gig::GigCountLabel</name>
    <message numerus="yes">
        <source>%n gig(s)</source>
        <translation>
            <numerusform>%n concert</numerusform>
            <numerusform>%n concerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n hidden by the filter</source>
        <extracomment>%1 is &quot;N gigs shown&quot;; %n of them are hidden by the filter.</extracomment>
        <translation>
            <numerusform>%1 · %n masqué par le filtre</numerusform>
            <numerusform>%1 · %n masqués par le filtre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gig(s) shown</source>
        <translation>
            <numerusform>%n concert affiché</numerusform>
            <numerusform>%n concerts affichés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gig::GigDetailsPane</name>
    <message>
        <source>Date not known yet</source>
        <translation>Date pas encore connue</translation>
    </message>
    <message>
        <source>time not announced</source>
        <translation>heure non annoncée</translation>
    </message>
    <message>
        <source>Venue not known</source>
        <translation>Salle inconnue</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Postponed: a new date is not known yet</source>
        <translation>Reporté&#xa0;: la nouvelle date n&apos;est pas encore connue</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>Reprogrammé</translation>
    </message>
    <message>
        <source>Last known details: the latest refresh did not succeed</source>
        <translation>Dernières informations connues&#xa0;: la dernière actualisation a échoué</translation>
    </message>
    <message>
        <source>Select a gig to see its lineup and each artist&apos;s latest release.</source>
        <translation>Sélectionnez un concert pour voir sa programmation et la dernière sortie de chaque artiste.</translation>
    </message>
    <message>
        <source>Lineup</source>
        <translation>Programmation</translation>
    </message>
    <message>
        <source>The artists of the selected gig, headliner first, each with the latest release. Enter opens the artist&apos;s page, or in the release columns the release&apos;s page.</source>
        <translation>Les artistes du concert sélectionné, tête d&apos;affiche en premier, chacun avec sa dernière sortie. Entrée ouvre la page de l&apos;artiste ou, dans les colonnes de la sortie, celle de la sortie.</translation>
    </message>
    <message>
        <source>Double-click an artist or a release to open it on MusicBrainz</source>
        <translation>Double-cliquez sur un artiste ou une sortie pour l&apos;ouvrir sur MusicBrainz</translation>
    </message>
    <message>
        <source>The release&apos;s page could not be opened: no browser took %1.</source>
        <translation>La page de la sortie n&apos;a pas pu être ouverte&#xa0;: aucun navigateur n&apos;a accepté %1.</translation>
    </message>
    <message>
        <source>The artist&apos;s page could not be opened: no browser took %1.</source>
        <translation>La page de l&apos;artiste n&apos;a pas pu être ouverte&#xa0;: aucun navigateur n&apos;a accepté %1.</translation>
    </message>
    <message>
        <source>Open %1 on MusicBrainz</source>
        <translation>Ouvrir %1 sur MusicBrainz</translation>
    </message>
    <message>
        <source>Open the Latest Release on MusicBrainz</source>
        <translation>Ouvrir la dernière sortie sur MusicBrainz</translation>
    </message>
    <message>
        <source>Open “%1” on MusicBrainz</source>
        <translation>Ouvrir «&#xa0;%1&#xa0;» sur MusicBrainz</translation>
    </message>
</context>
<context>
    <name>gig::GigFilterBar</name>
    <message>
        <source>F&amp;rom</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;au</translation>
    </message>
    <message>
        <source>&amp;Hide cancelled</source>
        <translation>Masquer les a&amp;nnulés</translation>
    </message>
    <message>
        <source>Only &amp;my artists</source>
        <translation>Seulement &amp;mes artistes</translation>
    </message>
    <message>
        <source>Filter by event, venue or artist</source>
        <translation>Filtrer par événement, salle ou artiste</translation>
    </message>
    <message>
        <source>Show only gigs whose event, venue or artists hold every word (Ctrl+F)</source>
        <translation>Afficher seulement les concerts dont l&apos;événement, la salle ou les artistes contiennent chaque mot (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter gigs</source>
        <translation>Filtrer les concerts</translation>
    </message>
    <message>
        <source>Hide gigs before this date</source>
        <translation>Masquer les concerts avant cette date</translation>
    </message>
    <message>
        <source>First day shown</source>
        <translation>Premier jour affiché</translation>
    </message>
    <message>
        <source>While “From” is ticked, gigs before this day are hidden.</source>
        <translation>Tant que «&#xa0;Du&#xa0;» est coché, les concerts avant ce jour sont masqués.</translation>
    </message>
    <message>
        <source>Hide gigs after this date</source>
        <translation>Masquer les concerts après cette date</translation>
    </message>
    <message>
        <source>Last day shown</source>
        <translation>Dernier jour affiché</translation>
    </message>
    <message>
        <source>While “to” is ticked, gigs after this day are hidden.</source>
        <translation>Tant que «&#xa0;au&#xa0;» est coché, les concerts après ce jour sont masqués.</translation>
    </message>
    <message>
        <source>Hide the gigs that were called off</source>
        <translation>Masquer les concerts annulés</translation>
    </message>
    <message>
        <source>Show only the gigs where at least one of my artists plays</source>
        <translation>Afficher seulement les concerts où joue au moins un de mes artistes</translation>
    </message>
</context>
<context>
    <name>gig::GigLinks</name>
    <message>
        <source>Tickets:</source>
        <translation>Billets&#xa0;:</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 à partir de %2</translation>
    </message>
    <message>
        <source>Tickets on %1</source>
        <translation>Billets sur %1</translation>
    </message>
    <message>
        <source>%1 gives no page for this gig.</source>
        <translation>%1 ne donne aucune page pour ce concert.</translation>
    </message>
    <message>
        <source>&amp;Open the gig&apos;s page</source>
        <translation>&amp;Ouvrir la page du concert</translation>
    </message>
    <message>
        <source>&amp;Open the gig&apos;s page (tickets from %1)</source>
        <translation>&amp;Ouvrir la page du concert (billets à partir de %1)</translation>
    </message>
    <message>
        <source>This gig has no page</source>
        <translation>Ce concert n&apos;a pas de page</translation>
    </message>
    <message>
        <source>The gig&apos;s page could not be opened: no browser took %1.</source>
        <translation>La page du concert n&apos;a pas pu être ouverte&#xa0;: aucun navigateur n&apos;a accepté %1.</translation>
    </message>
</context>
<context>
    <name>gig::GigListModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <source>Lineup</source>
        <translation>Programmation</translation>
    </message>
    <message>
        <source>Latest releases</source>
        <translation>Dernières sorties</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>gig::GigStatusProxyModel</name>
    <message>
        <source>%1 (one of my artists plays)</source>
        <translation>%1 (un de mes artistes joue)</translation>
    </message>
    <message>
        <source>One of my artists plays.</source>
        <translation>Un de mes artistes joue.</translation>
    </message>
    <message>
        <source>Last known details: the latest refresh did not succeed</source>
        <translation>Dernières informations connues&#xa0;: la dernière actualisation a échoué</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Nouveau&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (one of my artists plays; new since you last looked)</source>
        <translation>%1 (un de mes artistes joue&#xa0;; nouveau depuis votre dernière visite)</translation>
    </message>
    <message>
        <source>%1 (new since you last looked)</source>
        <translation>%1 (nouveau depuis votre dernière visite)</translation>
    </message>
    <message>
        <source>One of my artists plays. New since you last looked.</source>
        <translation>Un de mes artistes joue. Nouveau depuis votre dernière visite.</translation>
    </message>
    <message>
        <source>New since you last looked.</source>
        <translation>Nouveau depuis votre dernière visite.</translation>
    </message>
</context>
<context>
    <name>gig::KeyStore</name>
    <message>
        <source>the keyring is switched off</source>
        <translation>le trousseau de clés est désactivé</translation>
    </message>
    <message>
        <source>No keyring answered (%1): API keys are stored unencrypted in gigmap&apos;s settings file.</source>
        <translation>Aucun trousseau de clés n&apos;a répondu (%1)&#xa0;: les clés d&apos;API sont enregistrées sans chiffrement dans le fichier de paramètres de gigmap.</translation>
    </message>
</context>
<context>
    <name>gig::LastFmImport</name>
    <message numerus="yes">
        <source>Last.fm lists %n artist(s) %1 played most; %2 of them are new in my artists.</source>
        <translation>
            <numerusform>Last.fm indique %n artiste le plus écouté par %1&#xa0;; nouveaux dans mes artistes&#xa0;: %2.</numerusform>
            <numerusform>Last.fm indique les %n artistes les plus écoutés par %1&#xa0;; nouveaux dans mes artistes&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last.fm knows no user named %1; nothing was added.</source>
        <translation>Last.fm ne connaît aucun utilisateur nommé %1&#xa0;; rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <source>Last.fm did not accept the API key; enter a valid key in Settings. Nothing was added.</source>
        <translation>Last.fm n&apos;a pas accepté la clé d&apos;API&#xa0;; saisissez une clé valide dans les paramètres. Rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <source>Nothing was added.</source>
        <translation>Rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>L&apos;import a été annulé&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>gig::LineupFollowMenu</name>
    <message>
        <source>Unfollow %1</source>
        <translation>Ne plus suivre %1</translation>
    </message>
    <message>
        <source>Remove %1 from my artists</source>
        <translation>Retirer %1 de mes artistes</translation>
    </message>
    <message>
        <source>Follow %1</source>
        <translation>Suivre %1</translation>
    </message>
    <message>
        <source>Add %1 to my artists</source>
        <translation>Ajouter %1 à mes artistes</translation>
    </message>
</context>
<context>
    <name>gig::LineupModel</name>
    <message>
        <source>fetching…</source>
        <translation>chargement…</translation>
    </message>
    <message>
        <source>headline</source>
        <translation>tête d&apos;affiche</translation>
    </message>
    <message>
        <source>support</source>
        <translation>première partie</translation>
    </message>
    <message>
        <source>One of my artists.</source>
        <translation>Un de mes artistes.</translation>
    </message>
    <message>
        <source>MusicBrainz id %1</source>
        <translation>Identifiant MusicBrainz %1</translation>
    </message>
    <message>
        <source>Several MusicBrainz artists have this name, so gigmap cannot tell which one plays here.</source>
        <translation>Plusieurs artistes de MusicBrainz portent ce nom&#xa0;: gigmap ne peut donc pas savoir lequel joue ici.</translation>
    </message>
    <message>
        <source>No MusicBrainz artist has this name.</source>
        <translation>Aucun artiste de MusicBrainz ne porte ce nom.</translation>
    </message>
    <message>
        <source>Looking this artist up on MusicBrainz by name.</source>
        <translation>Recherche de cet artiste sur MusicBrainz par son nom.</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>Artiste</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Latest release</source>
        <translation>Dernière sortie</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Date de sortie</translation>
    </message>
</context>
<context>
    <name>gig::ListenBrainzImport</name>
    <message numerus="yes">
        <source>ListenBrainz lists the %n artist(s) %1 listened to most; %2 of them are new in my artists.</source>
        <translation>
            <numerusform>ListenBrainz indique %n artiste le plus écouté par %1&#xa0;; nouveaux dans mes artistes&#xa0;: %2.</numerusform>
            <numerusform>ListenBrainz indique les %n artistes les plus écoutés par %1&#xa0;; nouveaux dans mes artistes&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>ListenBrainz has no statistics for %1 yet; nothing was added.</source>
        <translation>ListenBrainz n&apos;a pas encore de statistiques pour %1&#xa0;; rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <source>ListenBrainz knows no user named %1; nothing was added.</source>
        <translation>ListenBrainz ne connaît aucun utilisateur nommé %1&#xa0;; rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <source>Nothing was added.</source>
        <translation>Rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>L&apos;import a été annulé&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>gig::LocaleFormat</name>
    <message>
        <source>%1 mi</source>
        <extracomment>A distance in miles.</extracomment>
        <translation>%1&#xa0;mi</translation>
    </message>
    <message>
        <source>%1 km</source>
        <extracomment>A distance in kilometres.</extracomment>
        <translation>%1&#xa0;km</translation>
    </message>
    <message>
        <source>%1 ft</source>
        <extracomment>Feet, on the map&apos;s scale bar.</extracomment>
        <translation>%1&#xa0;pi</translation>
    </message>
    <message>
        <source>%1 m</source>
        <extracomment>Metres, on the map&apos;s scale bar.</extracomment>
        <translation>%1&#xa0;m</translation>
    </message>
</context>
<context>
    <name>gig::LocationWatch</name>
    <message>
        <source>No gig source is configured.</source>
        <translation>Aucune source de concerts n&apos;est configurée.</translation>
    </message>
    <message>
        <source>Storing the answer failed: %1</source>
        <translation>L&apos;enregistrement de la réponse a échoué&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Some pages of gigs from %1 could not be read (%n missing); the others are shown and gigmap asks again in %2.</source>
        <translation>
            <numerusform>Certaines pages de concerts de %1 n&apos;ont pas pu être lues (%n manquante)&#xa0;; les autres sont affichées et gigmap redemandera dans %2.</numerusform>
            <numerusform>Certaines pages de concerts de %1 n&apos;ont pas pu être lues (%n manquantes)&#xa0;; les autres sont affichées et gigmap redemandera dans %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The gigs of the other sources are shown, and gigmap asks again in %2.</source>
        <translation>%1 Les concerts des autres sources sont affichés, et gigmap redemandera dans %2.</translation>
    </message>
    <message>
        <source>the gig source</source>
        <translation>la source de concerts</translation>
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
        <translation>Concerts</translation>
    </message>
    <message>
        <source>The gigs around the place shown, one a row: date, time, event, venue, distance, lineup, latest releases and status. Select one to read its lineup below.</source>
        <translation>Les concerts autour du lieu affiché, un par ligne&#xa0;: date, heure, événement, salle, distance, programmation, dernières sorties et statut. Sélectionnez-en un pour lire sa programmation en dessous.</translation>
    </message>
    <message>
        <source>Searching for “%1”…</source>
        <translation>Recherche de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>&amp;Search a Place…</source>
        <translation>Rechercher un &amp;lieu…</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Use &amp;My Location</source>
        <translation>Utiliser &amp;ma position</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Show the gigs around where you are</source>
        <translation>Afficher les concerts autour de votre position</translation>
    </message>
    <message>
        <source>Finding your position…</source>
        <translation>Recherche de votre position…</translation>
    </message>
    <message>
        <source>Sa&amp;ve This Place</source>
        <translation>&amp;Enregistrer ce lieu</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Fetch the gigs of this place again now (F5)</source>
        <translation>Récupérer à nouveau les concerts de ce lieu maintenant (F5)</translation>
    </message>
    <message>
        <source>&amp;Export Gigs…</source>
        <translation>&amp;Exporter les concerts…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Filter Gigs</source>
        <translation>&amp;Filtrer les concerts</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Places</source>
        <translation>&amp;Lieux</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About gigmap</source>
        <translation>À &amp;propos de gigmap</translation>
    </message>
    <message>
        <source>%1 — gigmap</source>
        <translation>%1 — gigmap</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n gig(s) to %1</source>
        <translation>
            <numerusform>%n concert écrit dans %1</numerusform>
            <numerusform>%n concerts écrits dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No saved places yet</source>
        <translation>Aucun lieu enregistré pour le moment</translation>
    </message>
    <message>
        <source>%1 (%2, %3), %4 km around</source>
        <translation>%1 (%2, %3), %4 km alentour</translation>
    </message>
    <message>
        <source>Forge&amp;t This Place</source>
        <translation>&amp;Oublier ce lieu</translation>
    </message>
    <message>
        <source>Pick a place first</source>
        <translation>Choisissez d&apos;abord un lieu</translation>
    </message>
    <message>
        <source>Remove %1 from the Places menu</source>
        <translation>Retirer %1 du menu Lieux</translation>
    </message>
    <message>
        <source>Keep %1 in the Places menu</source>
        <translation>Garder %1 dans le menu Lieux</translation>
    </message>
    <message>
        <source>Saved %1 in the Places menu</source>
        <translation>%1 enregistré dans le menu Lieux</translation>
    </message>
    <message>
        <source>Double-click a place on the map or search for one</source>
        <translation>Double-cliquez sur un lieu de la carte ou recherchez-en un</translation>
    </message>
    <message>
        <source>Looking for gigs around %1…</source>
        <translation>Recherche de concerts autour de %1…</translation>
    </message>
    <message>
        <source>No upcoming gigs found around %1</source>
        <translation>Aucun concert à venir trouvé autour de %1</translation>
    </message>
    <message>
        <source>No gig matches the filter</source>
        <translation>Aucun concert ne correspond au filtre</translation>
    </message>
    <message>
        <source>About gigmap</source>
        <translation>À propos de gigmap</translation>
    </message>
    <message>
        <source>My Artists &amp;First</source>
        <translation>Mes artistes en &amp;premier</translation>
    </message>
    <message>
        <source>Sort by relevance: the gigs of my artists come first, each group in the table&apos;s order</source>
        <translation>Trier par pertinence&#xa0;: les concerts de mes artistes d&apos;abord, chaque groupe dans l&apos;ordre du tableau</translation>
    </message>
    <message>
        <source>&lt;h3&gt;gigmap %1&lt;/h3&gt;&lt;p&gt;Upcoming gigs around any place, each gig&apos;s lineup and each artist&apos;s latest release.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Gigs come from Ticketmaster, SeatGeek and Songkick, with the API key of each; latest releases from MusicBrainz, whose data is free (CC0). Places are found with Nominatim, and the map&apos;s tiles are © OpenStreetMap contributors (Open Database License). City names come from GeoNames (CC BY 4.0), the outline of the world from Natural Earth (public domain). Covers come from the Cover Art Archive; each belongs to its rights holders.&lt;/p&gt;&lt;p&gt;gigmap is free software under the MIT License.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;gigmap %1&lt;/h3&gt;&lt;p&gt;Les concerts à venir autour de n&apos;importe quel lieu, la programmation de chaque concert et la dernière sortie de chaque artiste.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Les concerts viennent de Ticketmaster, SeatGeek et Songkick, chacun avec sa clé d&apos;API&#xa0;; les dernières sorties, de MusicBrainz, dont les données sont libres (CC0). Les lieux sont trouvés avec Nominatim, et les tuiles de la carte sont © les contributeurs d&apos;OpenStreetMap (Open Database License). Les noms de villes viennent de GeoNames (CC BY 4.0), le contour du monde de Natural Earth (domaine public). Les pochettes viennent du Cover Art Archive&#xa0;; chacune appartient à ses ayants droit.&lt;/p&gt;&lt;p&gt;gigmap est un logiciel libre sous licence MIT.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>gig::MapView</name>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Show all gigs</source>
        <translation>Afficher tous les concerts</translation>
    </message>
    <message>
        <source>Credits for the map&apos;s data, with links</source>
        <translation>Crédits des données de la carte, avec liens</translation>
    </message>
    <message numerus="yes">
        <source>Zoom %1, %n gig(s) in view.</source>
        <extracomment>Read out by a screen reader: %1 is the zoom level; the number of gigs follows.</extracomment>
        <translation>
            <numerusform>Zoom %1, %n concert visible.</numerusform>
            <numerusform>Zoom %1, %n concerts visibles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Gigs around %1. %2</source>
        <extracomment>Read out by a screen reader: %1 is the place shown, %2 the zoom and gigs.</extracomment>
        <translation>Concerts autour de %1. %2</translation>
    </message>
    <message>
        <source>Arrow keys move the map, plus and minus zoom, N and P go from marker to marker, Enter opens the marker or searches the centre of the map.</source>
        <translation>Les flèches déplacent la carte, plus et moins zooment, N et P vont de marqueur en marqueur, Entrée ouvre le marqueur ou recherche le centre de la carte.</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Search Here</source>
        <translation>Rechercher ici</translation>
    </message>
    <message>
        <source>Save This Place</source>
        <translation>Enregistrer ce lieu</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n gig(s)</source>
        <extracomment>A map marker of one venue, read out by a screen reader.</extracomment>
        <translation>
            <numerusform>%1&#xa0;: %n concert</numerusform>
            <numerusform>%1&#xa0;: %n concerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A group of %n gig(s)</source>
        <extracomment>A map marker that gathers several gigs, read out by a screen reader.</extracomment>
        <translation>
            <numerusform>Un groupe de %n concert</numerusform>
            <numerusform>Un groupe de %n concerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gig(s) here: click to list them</source>
        <translation>
            <numerusform>%n concert ici&#xa0;: cliquez pour l&apos;afficher</numerusform>
            <numerusform>%n concerts ici&#xa0;: cliquez pour les lister</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n gig(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n concert&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n concerts&lt;/b&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gig::MusicLibraryImport</name>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>L&apos;import a été annulé&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>These folders could not be read: %1.</source>
        <translation>Ces dossiers n&apos;ont pas pu être lus&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n file(s) that could not be read.</source>
        <translation>
            <numerusform>%n fichier illisible ignoré.</numerusform>
            <numerusform>%n fichiers illisibles ignorés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %n music file(s).</source>
        <translation>
            <numerusform>%n fichier de musique trouvé.</numerusform>
            <numerusform>%n fichiers de musique trouvés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n new or changed file(s).</source>
        <translation>
            <numerusform>%n fichier nouveau ou modifié lu.</numerusform>
            <numerusform>%n fichiers nouveaux ou modifiés lus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n artist(s) to my artists.</source>
        <translation>
            <numerusform>%n artiste ajouté à mes artistes.</numerusform>
            <numerusform>%n artistes ajoutés à mes artistes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gig::MyArtistsBinding</name>
    <message>
        <source>An import is running already; wait for it or cancel it first.</source>
        <translation>Un import est déjà en cours&#xa0;; attendez qu&apos;il finisse ou annulez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>Give a ListenBrainz user name to import from.</source>
        <translation>Indiquez un nom d&apos;utilisateur ListenBrainz à importer.</translation>
    </message>
    <message>
        <source>Choose a folder to import from.</source>
        <translation>Choisissez un dossier à importer.</translation>
    </message>
    <message>
        <source>Importing from Last.fm is not available here.</source>
        <translation>L&apos;import depuis Last.fm n&apos;est pas disponible ici.</translation>
    </message>
    <message>
        <source>Give a Last.fm user name to import from.</source>
        <translation>Indiquez un nom d&apos;utilisateur Last.fm à importer.</translation>
    </message>
</context>
<context>
    <name>gig::MyArtistsControls</name>
    <message>
        <source>&amp;My Artists…</source>
        <translation>&amp;Mes artistes…</translation>
    </message>
    <message>
        <source>See, search and import the artists whose gigs matter to me</source>
        <translation>Voir, rechercher et importer les artistes dont les concerts m&apos;importent</translation>
    </message>
    <message>
        <source>&amp;Artists</source>
        <translation>&amp;Artistes</translation>
    </message>
</context>
<context>
    <name>gig::MyArtistsDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Import from music folder…</source>
        <translation>&amp;Importer depuis un dossier de musique…</translation>
    </message>
    <message>
        <source>Import from &amp;ListenBrainz</source>
        <translation>Importer depuis &amp;ListenBrainz</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>A&amp;nnuler l&apos;import</translation>
    </message>
    <message>
        <source>My Artists</source>
        <translation>Mes artistes</translation>
    </message>
    <message>
        <source>Search my artists</source>
        <translation>Rechercher dans mes artistes</translation>
    </message>
    <message>
        <source>My artists</source>
        <translation>Mes artistes</translation>
    </message>
    <message>
        <source>The artists whose gigs gigmap marks, each with where it came from.</source>
        <translation>Les artistes dont gigmap signale les concerts, chacun avec sa provenance.</translation>
    </message>
    <message>
        <source>Artist to add</source>
        <translation>Artiste à ajouter</translation>
    </message>
    <message>
        <source>An artist&apos;s name or MusicBrainz id</source>
        <translation>Le nom ou l&apos;identifiant MusicBrainz d&apos;un artiste</translation>
    </message>
    <message>
        <source>Follow the artists named in the tags of the music files in a folder</source>
        <translation>Suivre les artistes nommés dans les étiquettes des fichiers de musique d&apos;un dossier</translation>
    </message>
    <message>
        <source>ListenBrainz user name</source>
        <translation>Nom d&apos;utilisateur ListenBrainz</translation>
    </message>
    <message>
        <source>A ListenBrainz user name</source>
        <translation>Un nom d&apos;utilisateur ListenBrainz</translation>
    </message>
    <message>
        <source>Follow the artists this ListenBrainz user listened to most (public statistics)</source>
        <translation>Suivre les artistes que cet utilisateur de ListenBrainz a le plus écoutés (statistiques publiques)</translation>
    </message>
    <message>
        <source>Import from music folder</source>
        <translation>Importer depuis un dossier de musique</translation>
    </message>
    <message>
        <source>Reading the music files in %1…</source>
        <translation>Lecture des fichiers de musique de %1…</translation>
    </message>
    <message>
        <source>Asking ListenBrainz for the artists %1 listened to most…</source>
        <translation>Demande à ListenBrainz des artistes que %1 a le plus écoutés…</translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation>%1 fichiers sur %2</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n artist(s) from my artists.</source>
        <translation>
            <numerusform>%n artiste retiré de mes artistes.</numerusform>
            <numerusform>%n artistes retirés de mes artistes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is one of my artists now.</source>
        <translation>%1 fait désormais partie de mes artistes.</translation>
    </message>
    <message>
        <source>%1 is one of my artists already.</source>
        <translation>%1 fait déjà partie de mes artistes.</translation>
    </message>
    <message>
        <source>Import from Last.f&amp;m</source>
        <translation>Importer depuis Last.f&amp;m</translation>
    </message>
    <message>
        <source>Last.fm user name</source>
        <translation>Nom d&apos;utilisateur Last.fm</translation>
    </message>
    <message>
        <source>A Last.fm user name</source>
        <translation>Un nom d&apos;utilisateur Last.fm</translation>
    </message>
    <message>
        <source>Follow the artists this Last.fm user played most (needs the Last.fm API key in Settings)</source>
        <translation>Suivre les artistes que cet utilisateur de Last.fm a le plus écoutés (demande la clé d&apos;API Last.fm dans les paramètres)</translation>
    </message>
    <message>
        <source>Asking Last.fm for the artists %1 played most…</source>
        <translation>Demande à Last.fm des artistes les plus écoutés par %1…</translation>
    </message>
</context>
<context>
    <name>gig::MyArtistsModel</name>
    <message>
        <source>(name not known)</source>
        <translation>(nom inconnu)</translation>
    </message>
    <message>
        <source>No MusicBrainz id is known: gigs are matched by the name.</source>
        <translation>Aucun identifiant MusicBrainz n&apos;est connu&#xa0;: les concerts sont associés par le nom.</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>Artiste</translation>
    </message>
    <message>
        <source>Where from</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>MusicBrainz id</source>
        <translation>Identifiant MusicBrainz</translation>
    </message>
    <message>
        <source>None seen yet</source>
        <translation>Aucun vu pour le moment</translation>
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
        <translation>Aucun concert de cet artiste parmi les lieux que gigmap a consultés.</translation>
    </message>
    <message>
        <source>Next gig seen</source>
        <translation>Prochain concert</translation>
    </message>
</context>
<context>
    <name>gig::NetworkTileSource</name>
    <message>
        <source>The tile address &quot;%1&quot; needs {z}, {x} and {y}.</source>
        <translation>L&apos;adresse de tuiles «&#xa0;%1&#xa0;» doit contenir {z}, {x} et {y}.</translation>
    </message>
    <message>
        <source>The tile address &quot;%1&quot; is not an http(s) address.</source>
        <translation>L&apos;adresse de tuiles «&#xa0;%1&#xa0;» n&apos;est pas une adresse http(s).</translation>
    </message>
    <message>
        <source>The tile address &quot;%1&quot; uses plain http; gigmap only uses https outside this computer.</source>
        <translation>L&apos;adresse de tuiles «&#xa0;%1&#xa0;» utilise http sans chiffrement&#xa0;; en dehors de cet ordinateur, gigmap n&apos;utilise que https.</translation>
    </message>
    <message>
        <source>The tile server at %1 needs a key. Enter it in the settings, beside the map tile address.</source>
        <translation>Le serveur de tuiles %1 demande une clé. Saisissez-la dans les paramètres, à côté de l&apos;adresse des tuiles de carte.</translation>
    </message>
    <message>
        <source>There is no tile %1/%2/%3.</source>
        <translation>La tuile %1/%2/%3 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Tiles are off.</source>
        <translation>Les tuiles sont désactivées.</translation>
    </message>
    <message>
        <source>The tile server sent no image (%1).</source>
        <translation>Le serveur de tuiles n&apos;a envoyé aucune image (%1).</translation>
    </message>
    <message>
        <source>The tile server answered HTTP %1.</source>
        <translation>Le serveur de tuiles a répondu HTTP %1.</translation>
    </message>
</context>
<context>
    <name>gig::NominatimSource</name>
    <message>
        <source>OpenStreetMap&apos;s place search</source>
        <translation>Recherche de lieux OpenStreetMap</translation>
    </message>
</context>
<context>
    <name>gig::PlaceNavigation</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
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
        <translation>Revenir à %1 (%2)</translation>
    </message>
    <message>
        <source>No place to go back to</source>
        <translation>Aucun lieu précédent</translation>
    </message>
    <message>
        <source>Forward to %1 (%2)</source>
        <translation>Aller à %1 (%2)</translation>
    </message>
    <message>
        <source>No place to go forward to</source>
        <translation>Aucun lieu suivant</translation>
    </message>
</context>
<context>
    <name>gig::PlaceSearchField</name>
    <message>
        <source>Search a place (Ctrl+L)</source>
        <translation>Rechercher un lieu (Ctrl+L)</translation>
    </message>
    <message>
        <source>Type a place and press Enter to search for it</source>
        <translation>Saisissez un lieu et appuyez sur Entrée pour le rechercher</translation>
    </message>
    <message>
        <source>Search a place</source>
        <translation>Rechercher un lieu</translation>
    </message>
    <message>
        <source>No city starts with “%1”. Did you mean:</source>
        <translation>Aucune ville ne commence par «&#xa0;%1&#xa0;». Vouliez-vous dire&#xa0;:</translation>
    </message>
    <message>
        <source>No place found for “%1”. Check the spelling, or add the country.</source>
        <translation>Aucun lieu trouvé pour «&#xa0;%1&#xa0;». Vérifiez l&apos;orthographe ou ajoutez le pays.</translation>
    </message>
    <message>
        <source>No place found for “%1”. Did you mean:</source>
        <translation>Aucun lieu trouvé pour «&#xa0;%1&#xa0;». Vouliez-vous dire&#xa0;:</translation>
    </message>
</context>
<context>
    <name>gig::PositionService</name>
    <message>
        <source>No positioning service is installed on this system.</source>
        <translation>Aucun service de localisation n&apos;est installé sur ce système.</translation>
    </message>
    <message>
        <source>Cannot read the NMEA file %1: %2</source>
        <translation>Impossible de lire le fichier NMEA %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>gigmap may not read your position; allow it in the system&apos;s privacy settings, or pick a place on the map.</source>
        <translation>gigmap n&apos;a pas le droit de lire votre position&#xa0;; autorisez-le dans les paramètres de confidentialité du système, ou choisissez un lieu sur la carte.</translation>
    </message>
    <message>
        <source>The positioning service closed the connection; no position is available.</source>
        <translation>Le service de localisation a fermé la connexion&#xa0;; aucune position n&apos;est disponible.</translation>
    </message>
    <message>
        <source>The positioning service failed; no position is available.</source>
        <translation>Le service de localisation a échoué&#xa0;; aucune position n&apos;est disponible.</translation>
    </message>
    <message numerus="yes">
        <source>No position available: the positioning service did not answer within %n s. Pick a place on the map or search for one.</source>
        <translation>
            <numerusform>Aucune position disponible&#xa0;: le service de localisation n&apos;a pas répondu en %n&#xa0;s. Choisissez un lieu sur la carte ou recherchez-en un.</numerusform>
            <numerusform>Aucune position disponible&#xa0;: le service de localisation n&apos;a pas répondu en %n&#xa0;s. Choisissez un lieu sur la carte ou recherchez-en un.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gig::ReleaseProgress</name>
    <message>
        <source>less than a minute left</source>
        <translation>moins d&apos;une minute restante</translation>
    </message>
    <message>
        <source>about %1 min left</source>
        <translation>environ %1&#xa0;min restantes</translation>
    </message>
    <message>
        <source>about %1 h %2 min left</source>
        <translation>environ %1&#xa0;h %2&#xa0;min restantes</translation>
    </message>
</context>
<context>
    <name>gig::ReleaseProgressBar</name>
    <message>
        <source>%1 of %2 releases</source>
        <translation>%1 sorties sur %2</translation>
    </message>
    <message>
        <source>The latest releases of the shown gigs&apos; artists, asked from MusicBrainz one a second</source>
        <translation>Les dernières sorties des artistes des concerts affichés, demandées à MusicBrainz une par seconde</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n release(s)</source>
        <extracomment>%1 releases known of %n in all.</extracomment>
        <translation>
            <numerusform>%1 sur %n sortie</numerusform>
            <numerusform>%1 sur %n sorties</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gig::ServiceRoot</name>
    <message>
        <source>--%1 &apos;%2&apos; is not an http(s) URL.</source>
        <translation>--%1 «&#xa0;%2&#xa0;» n&apos;est pas une URL http(s).</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos;: plain http is accepted for loopback hosts only; use https.</source>
        <translation>--%1 «&#xa0;%2&#xa0;»&#xa0;: http sans chiffrement n&apos;est accepté que pour les hôtes locaux (loopback)&#xa0;; utilisez https.</translation>
    </message>
</context>
<context>
    <name>gig::SettingsBinding</name>
    <message>
        <source>No keyring kept the shared cache&apos;s password, and gigmap keeps it nowhere else. Write it into PostgreSQL&apos;s password file (~/.pgpass) instead.</source>
        <translation>Aucun trousseau n&apos;a gardé le mot de passe du cache partagé, et gigmap ne le garde nulle part ailleurs. Écrivez-le plutôt dans le fichier de mots de passe de PostgreSQL (~/.pgpass).</translation>
    </message>
</context>
<context>
    <name>gig::SettingsDialog</name>
    <message>
        <source>Show the key</source>
        <translation>Afficher la clé</translation>
    </message>
    <message>
        <source> min</source>
        <translation>&#xa0;min</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Gig sources</source>
        <translation>Sources de concerts</translation>
    </message>
    <message>
        <source>Gigs come from every source switched on. With none, gigmap shows its built-in demo data.</source>
        <translation>Les concerts viennent de chaque source activée. Sans aucune, gigmap affiche ses données de démonstration intégrées.</translation>
    </message>
    <message>
        <source>%1 (partners only)</source>
        <translation>%1 (partenaires uniquement)</translation>
    </message>
    <message>
        <source>Ask %1 for gigs, with the API key beside it</source>
        <translation>Demander des concerts à %1, avec la clé d&apos;API à côté</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>%1 API key</source>
        <translation>Clé d&apos;API de %1</translation>
    </message>
    <message>
        <source>Refreshing</source>
        <translation>Actualisation</translation>
    </message>
    <message>
        <source>How often the place on screen is refreshed</source>
        <translation>La fréquence d&apos;actualisation du lieu affiché</translation>
    </message>
    <message>
        <source>How often places watched in the background are refreshed</source>
        <translation>La fréquence d&apos;actualisation des lieux suivis en arrière-plan</translation>
    </message>
    <message>
        <source>&amp;Albums</source>
        <translation>&amp;Albums</translation>
    </message>
    <message>
        <source>&amp;EPs</source>
        <translation>&amp;EP</translation>
    </message>
    <message>
        <source>Si&amp;ngles</source>
        <translation>Si&amp;ngles</translation>
    </message>
    <message>
        <source>An artist&apos;s latest album counts as a latest release</source>
        <translation>Le dernier album d&apos;un artiste compte comme dernière sortie</translation>
    </message>
    <message>
        <source>An artist&apos;s latest EP counts as a latest release</source>
        <translation>Le dernier EP d&apos;un artiste compte comme dernière sortie</translation>
    </message>
    <message>
        <source>An artist&apos;s latest single counts as a latest release</source>
        <translation>Le dernier single d&apos;un artiste compte comme dernière sortie</translation>
    </message>
    <message>
        <source>Shown &amp;place every:</source>
        <translation>&amp;Lieu affiché, toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Other places every:</source>
        <translation>Aut&amp;res lieux, toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>Latest release counts:</source>
        <translation>Compte comme dernière sortie&#xa0;:</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Where gigmap asks %1. Change it only for a mirror or a test server.</source>
        <translation>L&apos;adresse à laquelle gigmap interroge %1. Ne la changez que pour un miroir ou un serveur de test.</translation>
    </message>
    <message>
        <source>%1 URL:</source>
        <translation>URL de %1&#xa0;:</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>The address of a map tile server, with {z}, {x} and {y} for the tile, and {key} where the server wants its key.</source>
        <translation>L&apos;adresse d&apos;un serveur de tuiles de carte, avec {z}, {x} et {y} pour la tuile, et {key} là où le serveur attend sa clé.</translation>
    </message>
    <message>
        <source>Only for a tile server that asks for one</source>
        <translation>Seulement pour un serveur de tuiles qui en demande une</translation>
    </message>
    <message>
        <source>Tile server key</source>
        <translation>Clé du serveur de tuiles</translation>
    </message>
    <message>
        <source>Tile server ke&amp;y:</source>
        <translation>Clé du ser&amp;veur de tuiles&#xa0;:</translation>
    </message>
    <message>
        <source>© OpenStreetMap contributors</source>
        <translation>© les contributeurs d&apos;OpenStreetMap</translation>
    </message>
    <message>
        <source>The credit the tile server&apos;s terms ask for, shown in the corner of the map. Leave it empty for OpenStreetMap&apos;s.</source>
        <translation>Le crédit que demandent les conditions du serveur de tuiles, affiché dans le coin de la carte. Laissez-le vide pour celui d&apos;OpenStreetMap.</translation>
    </message>
    <message>
        <source>&amp;Credit:</source>
        <translation>&amp;Crédit&#xa0;:</translation>
    </message>
    <message>
        <source>The tiles show place na&amp;mes</source>
        <translation>Les tuiles affichent les n&amp;oms de lieux</translation>
    </message>
    <message>
        <source>Turn this off for tiles without labels: gigmap then writes the names of the cities on the map itself.</source>
        <translation>Désactivez ceci pour des tuiles sans étiquettes&#xa0;: gigmap écrit alors lui-même le nom des villes sur la carte.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>As the system&apos;s</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>The colours of the window and the map</source>
        <translation>Les couleurs de la fenêtre et de la carte</translation>
    </message>
    <message>
        <source>&amp;Window colours:</source>
        <translation>Couleurs de la &amp;fenêtre&#xa0;:</translation>
    </message>
    <message>
        <source>The %1 URL must be an http or https address.</source>
        <translation>L&apos;URL de %1 doit être une adresse http ou https.</translation>
    </message>
    <message>
        <source>The map tile URL must be an http or https address with {z}, {x} and {y}.</source>
        <translation>L&apos;URL des tuiles de carte doit être une adresse http ou https avec {z}, {x} et {y}.</translation>
    </message>
    <message>
        <source>The tile server&apos;s address has a {key}: enter its key.</source>
        <translation>L&apos;adresse du serveur de tuiles contient {key}&#xa0;: saisissez sa clé.</translation>
    </message>
    <message>
        <source>Count at least one release type.</source>
        <translation>Cochez au moins un type de sortie.</translation>
    </message>
    <message>
        <source>%1 needs an API key.</source>
        <translation>%1 a besoin d&apos;une clé d&apos;API.</translation>
    </message>
    <message>
        <source>Tile ser&amp;ver:</source>
        <translation>Serveur de t&amp;uiles&#xa0;:</translation>
    </message>
    <message>
        <source>gigmap speaks the language chosen here from its next start.</source>
        <translation>gigmap parle la langue choisie ici à partir de son prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Lan&amp;gue&#xa0;:</translation>
    </message>
    <message>
        <source>Used to import my artists from %1.</source>
        <translation>Sert à importer mes artistes depuis %1.</translation>
    </message>
    <message>
        <source>Key to &amp;download my artists from %1:</source>
        <translation>Clé pour &amp;télécharger mes artistes depuis %1&#xa0;:</translation>
    </message>
    <message>
        <source>Keep refres&amp;hing saved places in the tray when the window is closed</source>
        <translation>Continuer d&apos;actualiser les lieux enregistrés dans la zone de notification quand la fenêtre est fermée</translation>
    </message>
    <message>
        <source>Closing the window then hides it to a tray icon, and new gigs of my artists at saved places are still announced.</source>
        <translation>Fermer la fenêtre la réduit alors en icône dans la zone de notification, et les nouveaux concerts de mes artistes dans les lieux enregistrés sont toujours annoncés.</translation>
    </message>
    <message>
        <source>Shared cache</source>
        <translation>Cache partagé</translation>
    </message>
    <message>
        <source>Several desktops can share one cache in a PostgreSQL database: each gig and each artist is then fetched once for all of them, within the services&apos; limits. Leave the address empty to keep the cache on this computer. A change takes effect when gigmap starts again.</source>
        <translation>Plusieurs postes peuvent partager un cache dans une base PostgreSQL&#xa0;: chaque concert et chaque artiste est alors récupéré une fois pour tous, dans les limites des services. Laissez l&apos;adresse vide pour garder le cache sur cet ordinateur. Un changement prend effet au prochain démarrage de gigmap.</translation>
    </message>
    <message>
        <source>The address of the shared PostgreSQL database.</source>
        <translation>L&apos;adresse de la base PostgreSQL partagée.</translation>
    </message>
    <message>
        <source>Database address:</source>
        <translation>Adresse de la base&#xa0;:</translation>
    </message>
    <message>
        <source>Kept in the system keyring, never in the settings file. Leave it empty to keep the password already kept, or to use PostgreSQL&apos;s own password file.</source>
        <translation>Gardé dans le trousseau du système, jamais dans le fichier de réglages. Laissez-le vide pour garder le mot de passe déjà gardé, ou pour utiliser le fichier de mots de passe de PostgreSQL.</translation>
    </message>
    <message>
        <source>Database password:</source>
        <translation>Mot de passe de la base&#xa0;:</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pages des réglages</translation>
    </message>
    <message>
        <source>Choose a page of settings: gigs, services, or the map and the window.</source>
        <translation>Choisir une page de réglages&#xa0;: concerts, services, ou la carte et la fenêtre.</translation>
    </message>
    <message>
        <source>Gigs</source>
        <translation>Concerts</translation>
    </message>
    <message>
        <source>Map and window</source>
        <translation>Carte et fenêtre</translation>
    </message>
    <message>
        <source>The shared cache&apos;s address must be a postgresql:// address that names a database, such as postgresql://gigmap@server:5432/gigmap.</source>
        <translation>L&apos;adresse du cache partagé doit être une adresse postgresql:// qui nomme une base, par exemple postgresql://gigmap@serveur:5432/gigmap.</translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/database</source>
        <extracomment>An example address: translate &quot;user&quot; and &quot;database&quot; only.</extracomment>
        <translation>postgresql://utilisateur@host:5432/base</translation>
    </message>
</context>
<context>
    <name>gig::SourceError</name>
    <message>
        <source>%1 could not be reached</source>
        <translation>%1 est injoignable</translation>
    </message>
    <message>
        <source>%1 did not answer in time</source>
        <translation>%1 n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <source>%1 is busy right now</source>
        <translation>%1 est occupé pour le moment</translation>
    </message>
    <message>
        <source>%1 did not accept the API key</source>
        <translation>%1 n&apos;a pas accepté la clé d&apos;API</translation>
    </message>
    <message>
        <source>%1 has trouble answering right now</source>
        <translation>%1 a du mal à répondre pour le moment</translation>
    </message>
    <message>
        <source>%1 turned the request down</source>
        <translation>%1 a refusé la requête</translation>
    </message>
    <message>
        <source>%1 sent an answer gigmap cannot read</source>
        <translation>%1 a envoyé une réponse que gigmap ne sait pas lire</translation>
    </message>
    <message>
        <source>gigmap gives %1 a rest: it failed several times in a row, or today&apos;s requests are used up</source>
        <translation>gigmap laisse %1 se reposer&#xa0;: il a échoué plusieurs fois de suite, ou les requêtes du jour sont épuisées</translation>
    </message>
    <message>
        <source>gigmap cannot ask %1 this</source>
        <translation>gigmap ne peut pas demander cela à %1</translation>
    </message>
    <message>
        <source>gigmap cannot ask %1: %2</source>
        <translation>gigmap ne peut pas interroger %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The request to %1 was cancelled</source>
        <translation>La requête à %1 a été annulée</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>a sentence for people, with its full stop</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1; gigmap asks again in %2.</source>
        <translation>%1&#xa0;; gigmap redemandera dans %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <comment>seconds</comment>
        <translation>
            <numerusform>%n&#xa0;s</numerusform>
            <numerusform>%n&#xa0;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>minutes</comment>
        <translation>
            <numerusform>%n&#xa0;min</numerusform>
            <numerusform>%n&#xa0;min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>hours</comment>
        <translation>
            <numerusform>%n&#xa0;h</numerusform>
            <numerusform>%n&#xa0;h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gig::StatusBanner</name>
    <message>
        <source>Retry now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <source>The gigs of this place cannot be refreshed just now; the ones shown are those known before.</source>
        <translation>Les concerts de ce lieu ne peuvent pas être actualisés pour l&apos;instant&#xa0;; ceux affichés sont ceux connus auparavant.</translation>
    </message>
    <message>
        <source>%1 The gigs shown are those known before.</source>
        <translation>%1 Les concerts affichés sont ceux connus auparavant.</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>These are demo gigs, made up for trying gigmap out. Add an API key of Ticketmaster or SeatGeek to see real gigs.</source>
        <translation>Ce sont des concerts de démonstration, inventés pour essayer gigmap. Ajoutez une clé d&apos;API de Ticketmaster ou de SeatGeek pour voir de vrais concerts.</translation>
    </message>
    <message>
        <source>Add an API key…</source>
        <translation>Ajouter une clé d&apos;API…</translation>
    </message>
</context>
<context>
    <name>gig::StatusPanel</name>
    <message numerus="yes">
        <source>%n gig(s)</source>
        <translation>
            <numerusform>%n concert</numerusform>
            <numerusform>%n concerts</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2, some missing</source>
        <translation>%1&#xa0;: %2, certains manquent</translation>
    </message>
    <message>
        <source>%1: could not be read</source>
        <translation>%1&#xa0;: illisible</translation>
    </message>
    <message numerus="yes">
        <source>%1 lists %n gig(s) here.</source>
        <translation>
            <numerusform>%1 répertorie %n concert ici.</numerusform>
            <numerusform>%1 répertorie %n concerts ici.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry &amp;now</source>
        <translation>&amp;Réessayer maintenant</translation>
    </message>
    <message>
        <source>Offline: showing cached gigs</source>
        <translation>Hors ligne&#xa0;: concerts en cache affichés</translation>
    </message>
    <message>
        <source>Refresh the shown place now instead of waiting for the next attempt</source>
        <translation>Actualiser le lieu affiché maintenant au lieu d&apos;attendre la prochaine tentative</translation>
    </message>
    <message>
        <source>never refreshed</source>
        <translation>jamais actualisé</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Données de démonstration</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This place</source>
        <translation>Ce lieu</translation>
    </message>
    <message>
        <source>%1: up to date, refreshed %2</source>
        <translation>%1&#xa0;: à jour, dernière actualisation %2</translation>
    </message>
    <message>
        <source>%1: refreshing… (last refreshed %2)</source>
        <translation>%1&#xa0;: actualisation… (dernière actualisation %2)</translation>
    </message>
    <message>
        <source>%1: fetching gigs…</source>
        <translation>%1&#xa0;: chargement des concerts…</translation>
    </message>
    <message>
        <source>%1: stale, showing gigs as of %2</source>
        <translation>%1&#xa0;: pas à jour, concerts affichés (données de %2)</translation>
    </message>
    <message>
        <source>%1: some pages of gigs could not be read; showing the others, as of %2</source>
        <translation>%1&#xa0;: certaines pages de concerts n&apos;ont pas pu être lues&#xa0;; les autres sont affichées (données de %2)</translation>
    </message>
    <message>
        <source>%1: refresh failing, showing gigs as of %2</source>
        <translation>%1&#xa0;: l&apos;actualisation échoue, concerts affichés (données de %2)</translation>
    </message>
    <message>
        <source>%1: refresh failing, showing gigs as of %3. %2</source>
        <translation>%1&#xa0;: l&apos;actualisation échoue, concerts affichés (données de %3). %2</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) queued</source>
        <translation>
            <numerusform>%n requête en attente</numerusform>
            <numerusform>%n requêtes en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>rate limited: next request in %1 s</source>
        <translation>limite de débit atteinte&#xa0;: prochaine requête dans %1&#xa0;s</translation>
    </message>
</context>
<context>
    <name>gig::TileAttribution</name>
    <message>
        <source>Map: %1</source>
        <translation>Carte&#xa0;: %1</translation>
    </message>
    <message>
        <source>© %1 contributors</source>
        <extracomment>%1 is a link to OpenStreetMap&apos;s copyright page.</extracomment>
        <translation>© les contributeurs d&apos;%1</translation>
    </message>
    <message>
        <source>%1 · Place names: %2</source>
        <extracomment>The map&apos;s credit line: %1 credits the map, %2 is a link to GeoNames.</extracomment>
        <translation>%1 · Noms de lieux&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>gig::TrayKeeper</name>
    <message>
        <source>gigmap keeps your saved places fresh.</source>
        <translation>gigmap garde vos lieux enregistrés à jour.</translation>
    </message>
    <message>
        <source>&amp;Show gigmap</source>
        <translation>&amp;Afficher gigmap</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
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
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>gig (status)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Gigs at %1</source>
        <translation>Concerts à %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Demo data</source>
        <translation>Données de démonstration</translation>
    </message>
    <message>
        <source>My location</source>
        <translation>Ma position</translation>
    </message>
</context>
</TS>
