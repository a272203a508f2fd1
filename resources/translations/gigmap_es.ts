<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>CacheLocation</name>
    <message>
        <source>The address of the shared cache is not a valid URL: %1</source>
        <translation>La dirección de la caché compartida no es una URL válida: %1</translation>
    </message>
    <message>
        <source>The address of the shared cache names no database. Write it as postgresql://user@host:5432/database.</source>
        <translation>La dirección de la caché compartida no nombra ninguna base de datos. Escríbala como postgresql://usuario@servidor:5432/base.</translation>
    </message>
</context>
<context>
    <name>CacheOption</name>
    <message>
        <source>--cache needs a file name.</source>
        <translation>--cache necesita un nombre de archivo.</translation>
    </message>
    <message>
        <source>--cache &apos;%1&apos; is a folder; give a file name, or a shared cache&apos;s postgresql:// address.</source>
        <translation>--cache «%1» es una carpeta; indique un nombre de archivo o la dirección postgresql:// de una caché compartida.</translation>
    </message>
</context>
<context>
    <name>CityIndex</name>
    <message>
        <source>near %1</source>
        <translation>cerca de %1</translation>
    </message>
</context>
<context>
    <name>gig::Alerts</name>
    <message>
        <source>Playing: %1.</source>
        <translation>Tocan: %1.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 plays around %2</source>
        <translation>%1 toca cerca de %2</translation>
    </message>
    <message>
        <source>%1 at %2 on %3.</source>
        <translation>%1 en %2 el %3.</translation>
    </message>
    <message>
        <source>%1 has a new release</source>
        <translation>%1 tiene un lanzamiento nuevo</translation>
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
            <numerusform>%n concierto nuevo de mis artistas cerca de %1</numerusform>
            <numerusform>%n conciertos nuevos de mis artistas cerca de %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gig::ArtistRelease</name>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>fetching…</source>
        <translation>cargando…</translation>
    </message>
    <message>
        <source>not on MusicBrainz</source>
        <translation>no está en MusicBrainz</translation>
    </message>
    <message>
        <source>several artists of that name</source>
        <translation>varios artistas con ese nombre</translation>
    </message>
</context>
<context>
    <name>gig::ArtistsCommand</name>
    <message>
        <source>My artists are kept in the cache, and it cannot be used: %1</source>
        <translation>Mis artistas se guardan en la caché, y no se puede usar: %1</translation>
    </message>
    <message>
        <source>No artist is followed yet: add one (gigmap artists add NAME) or import a music folder (gigmap artists import --music-dir DIR).</source>
        <translation>Todavía no se sigue a ningún artista: añada uno (gigmap artists add NAME) o importe una carpeta de música (gigmap artists import --music-dir DIR).</translation>
    </message>
    <message>
        <source>%1 is one of my artists now.</source>
        <translation>%1 es ahora uno de mis artistas.</translation>
    </message>
    <message>
        <source>%1 is one of my artists already; nothing changed.</source>
        <translation>%1 ya es uno de mis artistas; no ha cambiado nada.</translation>
    </message>
    <message>
        <source>%1 is not one of my artists; nothing was removed.</source>
        <translation>%1 no es uno de mis artistas; no se ha quitado nada.</translation>
    </message>
    <message>
        <source>Removed %1 from my artists.</source>
        <translation>Se ha quitado a %1 de mis artistas.</translation>
    </message>
    <message>
        <source>Reading music files: %1 of %2</source>
        <translation>Leyendo archivos de música: %1 de %2</translation>
    </message>
    <message>
        <source>There is no music folder to import from.</source>
        <translation>No hay ninguna carpeta de música de la que importar.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>No se ha podido guardar el cambio: %1</translation>
    </message>
</context>
<context>
    <name>gig::ArtistsOptions</name>
    <message>
        <source>import: a folder of music files to read (may be given several times; default: the music folder).</source>
        <translation>import: una carpeta de archivos de música que leer (puede darse varias veces; por omisión: la carpeta de música).</translation>
    </message>
    <message>
        <source>import: the most listened artists of this ListenBrainz user instead (public statistics, no token).</source>
        <translation>import: en su lugar, los artistas más escuchados por este usuario de ListenBrainz (estadísticas públicas, sin token).</translation>
    </message>
    <message>
        <source>ListenBrainz service root (default https://api.listenbrainz.org).</source>
        <translation>Raíz del servicio ListenBrainz (por omisión https://api.listenbrainz.org).</translation>
    </message>
    <message>
        <source>import: the artists this Last.fm user played most instead (needs an API key).</source>
        <translation>import: en su lugar, los artistas más escuchados por este usuario de Last.fm (necesita una clave de API).</translation>
    </message>
    <message>
        <source>Last.fm API key (or set GIGMAP_LASTFM_KEY).</source>
        <translation>Clave de API de Last.fm (o definir GIGMAP_LASTFM_KEY).</translation>
    </message>
    <message>
        <source>Last.fm service root (default https://ws.audioscrobbler.com/2.0).</source>
        <translation>Raíz del servicio Last.fm (por omisión https://ws.audioscrobbler.com/2.0).</translation>
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
        <translation>Gestiona mis artistas, aquellos cuyos conciertos me importan.

  gigmap artists list                  una línea por artista: nombre, id de MusicBrainz, procedencia, fecha en que se añadió (separados por tabuladores)
  gigmap artists add NAME-or-MBID      seguir a un artista
  gigmap artists remove NAME-or-MBID   dejar de seguir (un nombre quita a todos los artistas con ese nombre)
  gigmap artists import --music-dir DIR   seguir a los artistas nombrados en las etiquetas de los archivos de música de DIR; una segunda importación solo lee los archivos nuevos o modificados
  gigmap artists import --listenbrainz USER   seguir a los 100 artistas que USER más ha escuchado en ListenBrainz
  gigmap artists import --lastfm USER --lastfm-key KEY   seguir a los artistas que USER más ha escuchado en Last.fm (hasta 1000)

Códigos de salida: 0 hecho, 2 argumentos erróneos (o nada con ese nombre que quitar), 3 no se pudo leer ninguna carpeta de música o ListenBrainz o Last.fm falló (o no conoce a ese usuario, o rechazó la clave), 4 no se pudo leer o escribir la caché.</translation>
    </message>
    <message>
        <source>The artists command.</source>
        <translation>La orden artists.</translation>
    </message>
    <message>
        <source>list, add, remove or import.</source>
        <translation>list, add, remove o import.</translation>
    </message>
    <message>
        <source>add, remove: the artist&apos;s name or MusicBrainz id.</source>
        <translation>add, remove: el nombre o el ID de MusicBrainz del artista.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>Say what to do: list, add, remove or import.</source>
        <translation>Indique qué hacer: list, add, remove o import.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a command of gigmap artists: use list, add, remove or import.</source>
        <translation>«%1» no es una orden de gigmap artists: use list, add, remove o import.</translation>
    </message>
    <message>
        <source>%1 needs an artist&apos;s name or MusicBrainz id.</source>
        <translation>%1 necesita el nombre o el ID de MusicBrainz de un artista.</translation>
    </message>
    <message>
        <source>%1 takes no artist; &apos;%2&apos; is one word too many.</source>
        <translation>%1 no admite ningún artista; «%2» sobra.</translation>
    </message>
    <message>
        <source>--music-dir belongs to import.</source>
        <translation>--music-dir va con import.</translation>
    </message>
    <message>
        <source>--%1 belongs to import.</source>
        <translation>--%1 va con import.</translation>
    </message>
    <message>
        <source>--listenbrainz-url needs --listenbrainz USER.</source>
        <translation>--listenbrainz-url necesita --listenbrainz USER.</translation>
    </message>
    <message>
        <source>--%1 needs --lastfm USER.</source>
        <translation>--%1 necesita --lastfm USER.</translation>
    </message>
    <message>
        <source>import reads one source at a time: --music-dir, --listenbrainz or --lastfm.</source>
        <translation>import lee una fuente cada vez: --music-dir, --listenbrainz o --lastfm.</translation>
    </message>
    <message>
        <source>--lastfm needs a Last.fm user name.</source>
        <translation>--lastfm necesita un nombre de usuario de Last.fm.</translation>
    </message>
    <message>
        <source>--lastfm needs a Last.fm API key: give --lastfm-key KEY or set GIGMAP_LASTFM_KEY (a free key comes with an API account at last.fm/api).</source>
        <translation>--lastfm necesita una clave de API de Last.fm: indique --lastfm-key KEY o defina GIGMAP_LASTFM_KEY (una clave gratuita viene con una cuenta de API en last.fm/api).</translation>
    </message>
    <message>
        <source>--listenbrainz needs a ListenBrainz user name.</source>
        <translation>--listenbrainz necesita un nombre de usuario de ListenBrainz.</translation>
    </message>
    <message>
        <source>There is no music folder here: name one with --music-dir.</source>
        <translation>Aquí no hay ninguna carpeta de música: indique una con --music-dir.</translation>
    </message>
    <message>
        <source>--music-dir &apos;%1&apos; is not a folder that can be read.</source>
        <translation>--music-dir «%1» no es una carpeta que se pueda leer.</translation>
    </message>
    <message>
        <source>Keep the cache (and my artists) in &lt;file&gt;, or in the shared PostgreSQL cache at &lt;url&gt;.</source>
        <translation>Guardar la caché (y mis artistas) en &lt;file&gt;, o en la caché PostgreSQL compartida en &lt;url&gt;.</translation>
    </message>
</context>
<context>
    <name>gig::CacheDatabase</name>
    <message>
        <source>The gig cache was damaged (%1). It was moved to %2 and gigmap started a new one.</source>
        <translation>La caché de conciertos estaba dañada (%1). Se ha movido a %2 y gigmap ha creado una nueva.</translation>
    </message>
    <message>
        <source>gigmap cannot write its cache %1 (%2). Gigs are kept in memory; writing is retried every %3 s.</source>
        <translation>gigmap no puede escribir su caché %1 (%2). Los conciertos se guardan en memoria; la escritura se reintenta cada %3&#xa0;s.</translation>
    </message>
    <message numerus="yes">
        <source>gigmap cannot reach the shared cache %1 (%2). It goes on with what it holds and keeps what it fetches until the cache is back; it tries again in %n second(s).</source>
        <translation>
            <numerusform>gigmap no puede llegar a la caché compartida %1 (%2). Sigue con lo que tiene y guarda lo que obtiene hasta que la caché vuelva; lo intentará de nuevo en %n segundo.</numerusform>
            <numerusform>gigmap no puede llegar a la caché compartida %1 (%2). Sigue con lo que tiene y guarda lo que obtiene hasta que la caché vuelva; lo intentará de nuevo en %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gig::CacheWorker</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>opening</source>
        <translation>al abrir</translation>
    </message>
    <message>
        <source>checking</source>
        <translation>al comprobar</translation>
    </message>
    <message>
        <source>PRAGMA quick_check reports: %1</source>
        <translation>PRAGMA quick_check informa: %1</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>al leer la versión del esquema</translation>
    </message>
    <message>
        <source>its schema version %1 is newer than this gigmap knows (%2)</source>
        <translation>su versión de esquema %1 es más reciente de lo que conoce este gigmap (%2)</translation>
    </message>
    <message>
        <source>switching to write-ahead logging</source>
        <translation>al cambiar al registro de escritura anticipada (WAL)</translation>
    </message>
    <message>
        <source>the file cannot use write-ahead logging (journal mode %1)</source>
        <translation>el archivo no puede usar el registro de escritura anticipada (modo de diario %1)</translation>
    </message>
    <message>
        <source>upgrading the schema from version %1</source>
        <translation>al actualizar el esquema desde la versión %1</translation>
    </message>
    <message>
        <source>cannot move the broken cache %1 aside</source>
        <translation>no se puede apartar la caché dañada %1</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>al leer</translation>
    </message>
    <message>
        <source>the cache file is not open</source>
        <translation>el archivo de caché no está abierto</translation>
    </message>
    <message>
        <source>this system lacks Qt&apos;s PostgreSQL driver (QPSQL)</source>
        <translation>a este sistema le falta el controlador PostgreSQL de Qt (QPSQL)</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>al conectar</translation>
    </message>
    <message>
        <source>listening for other desktops&apos; changes</source>
        <translation>al escuchar los cambios de otros equipos</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>el servidor cerró la conexión</translation>
    </message>
</context>
<context>
    <name>gig::ColumnChooser</name>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
</context>
<context>
    <name>gig::CombinedEventSource</name>
    <message>
        <source>Some pages of gigs from %1 could not be read.</source>
        <translation>Algunas páginas de conciertos de %1 no se han podido leer.</translation>
    </message>
    <message>
        <source>the gigs from %1: %2</source>
        <translation>los conciertos de %1: %2</translation>
    </message>
</context>
<context>
    <name>gig::CommandLine</name>
    <message>
        <source>Try &apos;%1&apos;.</source>
        <translation>Pruebe «%1».</translation>
    </message>
    <message>
        <source>gigmap shows the upcoming gigs around a place you pick on a map, each gig&apos;s lineup and each artist&apos;s latest release.

Commands:
  export   write the gigs around a place as CSV or iCalendar (gigmap export --help)
  artists  list, add, remove or import my artists (gigmap artists --help)</source>
        <translation>gigmap muestra los próximos conciertos alrededor de un lugar que usted elige en un mapa, el cartel de cada concierto y el último lanzamiento de cada artista.

Órdenes:
  export   escribir los conciertos alrededor de un lugar en CSV o iCalendar (gigmap export --help)
  artists  listar, añadir, quitar o importar mis artistas (gigmap artists --help)</translation>
    </message>
    <message>
        <source>Keep gigs in memory only: read and write no cache file.</source>
        <translation>Guardar los conciertos solo en memoria: no leer ni escribir ningún archivo de caché.</translation>
    </message>
    <message>
        <source>Show generated demo data from the built-in sandbox instead of the real services (also used when no Ticketmaster key is configured).</source>
        <translation>Mostrar datos de demostración generados por el entorno integrado en lugar de los servicios reales (también se usa cuando no hay ninguna clave de Ticketmaster configurada).</translation>
    </message>
    <message>
        <source>Read &quot;my location&quot; from the NMEA log FILE (replayed at its own pace) instead of the system&apos;s positioning service.</source>
        <translation>Leer «mi ubicación» del registro NMEA FILE (reproducido a su propio ritmo) en lugar del servicio de ubicación del sistema.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>--cache and --no-cache cannot be used together.</source>
        <translation>--cache y --no-cache no se pueden usar juntos.</translation>
    </message>
    <message>
        <source>Cannot read the NMEA file &apos;%1&apos;.</source>
        <translation>No se puede leer el archivo NMEA «%1».</translation>
    </message>
    <message>
        <source>Keep the gig cache in &lt;file&gt; instead of the default location, or share it with other desktops in a PostgreSQL database (postgresql://user@host:port/database).</source>
        <translation>Guardar la caché de conciertos en &lt;file&gt; en lugar de la ubicación predeterminada, o compartirla con otros equipos en una base de datos PostgreSQL (postgresql://usuario@servidor:puerto/base).</translation>
    </message>
</context>
<context>
    <name>gig::DemoSandbox</name>
    <message>
        <source>The demo sandbox found no free port on 127.0.0.1.</source>
        <translation>El entorno de demostración no ha encontrado ningún puerto libre en 127.0.0.1.</translation>
    </message>
</context>
<context>
    <name>gig::DesktopNotifier</name>
    <message>
        <source>Show the gig</source>
        <translation>Mostrar el concierto</translation>
    </message>
</context>
<context>
    <name>gig::EventStatus</name>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Aplazado</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>Reprogramado</translation>
    </message>
</context>
<context>
    <name>gig::Export</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>gig::ExportCommand</name>
    <message>
        <source>Timed out after %1 s; writing what is known.</source>
        <translation>Tiempo agotado tras %1&#xa0;s; se escribe lo que se conoce.</translation>
    </message>
    <message>
        <source>These pages of gigs could not be read: %1.</source>
        <translation>Estas páginas de conciertos no se han podido leer: %1.</translation>
    </message>
    <message>
        <source>The cache has no gigs for this place (--offline makes no request).</source>
        <translation>La caché no tiene conciertos para este lugar (--offline no hace ninguna petición).</translation>
    </message>
    <message>
        <source>The demo sandbox could not start: %1</source>
        <translation>El entorno de demostración no ha podido arrancar: %1</translation>
    </message>
    <message>
        <source>The source failed (%1) and the cache has no gigs for this place.</source>
        <translation>La fuente ha fallado (%1) y la caché no tiene conciertos para este lugar.</translation>
    </message>
    <message>
        <source>gigmap export: the source failed (%1); using the cached gigs.</source>
        <translation>gigmap export: la fuente ha fallado (%1); se usan los conciertos de la caché.</translation>
    </message>
    <message>
        <source>Some pages of gigs could not be read yet (%1); asking again until the timeout.</source>
        <translation>Algunas páginas de conciertos aún no se han podido leer (%1); se volverá a preguntar hasta que se agote el tiempo.</translation>
    </message>
    <message numerus="yes">
        <source>%n latest release(s) could not be read yet; asking again until the timeout.</source>
        <translation>
            <numerusform>%n último lanzamiento aún no se ha podido leer; se volverá a preguntar hasta que se agote el tiempo.</numerusform>
            <numerusform>%n últimos lanzamientos aún no se han podido leer; se volverá a preguntar hasta que se agote el tiempo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1</source>
        <translation>No se puede escribir en la salida estándar: %1</translation>
    </message>
    <message>
        <source> — written to %1 in %2 s.</source>
        <translation> — escrito en %1 (%2&#xa0;s).</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>la salida estándar</translation>
    </message>
    <message numerus="yes">
        <source>%n gig(s)</source>
        <translation>
            <numerusform>%n concierto</numerusform>
            <numerusform>%n conciertos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n release(s)</source>
        <extracomment>%1 releases known of %n in all.</extracomment>
        <translation>
            <numerusform>%1 de %n lanzamiento</numerusform>
            <numerusform>%1 de %n lanzamientos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) queued</source>
        <translation>
            <numerusform>%n petición en cola</numerusform>
            <numerusform>%n peticiones en cola</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting %1 s for the rate limit</source>
        <translation>esperando %1&#xa0;s por el límite de peticiones</translation>
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
        <translation>Exportar conciertos</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>Hoja de cálculo CSV (*.csv)</translation>
    </message>
    <message>
        <source>CSV for Excel, UTF-8 with byte-order mark (*.csv)</source>
        <extracomment>Excel on Windows reads a CSV file as UTF-8 only when it starts with a byte-order mark.</extracomment>
        <translation>CSV para Excel, UTF-8 con marca de orden de bytes (*.csv)</translation>
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
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>Latitude of the place, in degrees (-90 to 90).</source>
        <translation>Latitud del lugar, en grados (de -90 a 90).</translation>
    </message>
    <message>
        <source>Longitude of the place, in degrees (-180 to 180).</source>
        <translation>Longitud del lugar, en grados (de -180 a 180).</translation>
    </message>
    <message>
        <source>Search radius in km (default 30).</source>
        <translation>Radio de búsqueda en km (por omisión 30).</translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD (default today).</source>
        <translation>Primer día, AAAA-MM-DD (por omisión hoy).</translation>
    </message>
    <message>
        <source>Last day, YYYY-MM-DD (default 90 days on).</source>
        <translation>Último día, AAAA-MM-DD (por omisión dentro de 90 días).</translation>
    </message>
    <message>
        <source>%1, or several joined by commas (default: every source with a key, else demo).</source>
        <translation>%1, o varias separadas por comas (por omisión: cada fuente con clave; si no hay ninguna, demo).</translation>
    </message>
    <message>
        <source>API key of the one source named.</source>
        <translation>Clave de API de la única fuente indicada.</translation>
    </message>
    <message>
        <source>gigs (one row per gig, default) or artists.</source>
        <translation>gigs (una fila por concierto, por omisión) o artists.</translation>
    </message>
    <message>
        <source>csv (default) or ics.</source>
        <translation>csv (por omisión) o ics.</translation>
    </message>
    <message>
        <source>Start the CSV with a UTF-8 byte order mark.</source>
        <translation>Empezar el CSV con una marca de orden de bytes UTF-8.</translation>
    </message>
    <message>
        <source>Keep gigs in memory only.</source>
        <translation>Guardar los conciertos solo en memoria.</translation>
    </message>
    <message>
        <source>Write only what the cache holds; make no request.</source>
        <translation>Escribir solo lo que contiene la caché; no hacer ninguna petición.</translation>
    </message>
    <message>
        <source>Write only the gigs with at least one of my artists (gigmap artists --help).</source>
        <translation>Escribir solo los conciertos con al menos uno de mis artistas (gigmap artists --help).</translation>
    </message>
    <message>
        <source>Give up waiting after &lt;seconds&gt; (default 600).</source>
        <translation>Dejar de esperar tras &lt;seconds&gt; (por omisión 600).</translation>
    </message>
    <message>
        <source>Write to &lt;file&gt; (- for standard output).</source>
        <translation>Escribir en &lt;file&gt; (- para la salida estándar).</translation>
    </message>
    <message>
        <source>Writes the upcoming gigs around a place, with each artist&apos;s latest release, as CSV or iCalendar.
Exit codes: 0 written, 2 bad arguments, 3 the source failed and the cache had nothing, 4 the output could not be written, 5 timeout (what was known is still written).</source>
        <translation>Escribe los próximos conciertos alrededor de un lugar, con el último lanzamiento de cada artista, en CSV o iCalendar.
Códigos de salida: 0 escrito, 2 argumentos erróneos, 3 la fuente falló y la caché no tenía nada, 4 no se pudo escribir la salida, 5 tiempo agotado (lo que se conocía se escribe igualmente).</translation>
    </message>
    <message>
        <source>The export command.</source>
        <translation>La orden export.</translation>
    </message>
    <message>
        <source>%1 key (or set %2).</source>
        <translation>Clave de %1 (o defina %2).</translation>
    </message>
    <message>
        <source>%1 service root.</source>
        <translation>Raíz del servicio %1.</translation>
    </message>
    <message>
        <source>--source &apos;%1&apos; is unknown: use %2.</source>
        <translation>--source «%1» es desconocida: use %2.</translation>
    </message>
    <message>
        <source>--source demo stands alone: the demo is not combined with other sources.</source>
        <translation>--source demo va sola: la demostración no se combina con otras fuentes.</translation>
    </message>
    <message>
        <source>--api-key is the key of one source: name one with --source, or give each source&apos;s key with its own option (--ticketmaster-key …).</source>
        <translation>--api-key es la clave de una sola fuente: indique una con --source o dé la clave de cada fuente con su propia opción (--ticketmaster-key …).</translation>
    </message>
    <message>
        <source>--source %1 needs a key: give --%1-key or set %2.</source>
        <translation>--source %1 necesita una clave: indique --%1-key o defina %2.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>--lat and --lng are required.</source>
        <translation>--lat y --lng son obligatorios.</translation>
    </message>
    <message>
        <source>--lat &apos;%1&apos; is not a latitude between -90 and 90.</source>
        <translation>--lat «%1» no es una latitud entre -90 y 90.</translation>
    </message>
    <message>
        <source>--lng &apos;%1&apos; is not a longitude between -180 and 180.</source>
        <translation>--lng «%1» no es una longitud entre -180 y 180.</translation>
    </message>
    <message>
        <source>--radius-km &apos;%1&apos; must be a number above 0 and at most 500.</source>
        <translation>--radius-km «%1» debe ser un número mayor que 0 y como máximo 500.</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a date (YYYY-MM-DD).</source>
        <translation>--%1 «%2» no es una fecha (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>--to %1 is before --from %2.</source>
        <translation>--to %1 es anterior a --from %2.</translation>
    </message>
    <message>
        <source>--rows &apos;%1&apos; is unknown: use gigs or artists.</source>
        <translation>--rows «%1» es desconocido: use gigs o artists.</translation>
    </message>
    <message>
        <source>--format &apos;%1&apos; is unknown: use csv or ics.</source>
        <translation>--format «%1» es desconocido: use csv o ics.</translation>
    </message>
    <message>
        <source>--cache and --no-cache cannot be used together.</source>
        <translation>--cache y --no-cache no se pueden usar juntos.</translation>
    </message>
    <message>
        <source>--mine reads my artists from the cache; it cannot be used with --no-cache.</source>
        <translation>--mine lee mis artistas de la caché; no se puede usar con --no-cache.</translation>
    </message>
    <message>
        <source>--offline reads the cache; it cannot be used with --no-cache.</source>
        <translation>--offline lee la caché; no se puede usar con --no-cache.</translation>
    </message>
    <message>
        <source>--timeout &apos;%1&apos; must be a whole number of seconds above 0.</source>
        <translation>--timeout «%1» debe ser un número entero de segundos mayor que 0.</translation>
    </message>
    <message>
        <source>-o needs a file name (or - for standard output).</source>
        <translation>-o necesita un nombre de archivo (o - para la salida estándar).</translation>
    </message>
    <message>
        <source>Keep the gig cache in &lt;file&gt;, or in the shared PostgreSQL cache at &lt;url&gt; (postgresql://user@host:port/database).</source>
        <translation>Guardar la caché de conciertos en &lt;file&gt;, o en la caché PostgreSQL compartida en &lt;url&gt; (postgresql://usuario@servidor:puerto/base).</translation>
    </message>
</context>
<context>
    <name>gig::FollowedArtist</name>
    <message>
        <source>music library</source>
        <translation>biblioteca musical</translation>
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
        <translation>añadido a mano</translation>
    </message>
</context>
<context>
    <name>gig::GigCountLabel</name>
    <message numerus="yes">
        <source>%n gig(s)</source>
        <translation>
            <numerusform>%n concierto</numerusform>
            <numerusform>%n conciertos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n hidden by the filter</source>
        <extracomment>%1 is &quot;N gigs shown&quot;; %n of them are hidden by the filter.</extracomment>
        <translation>
            <numerusform>%1 · %n oculto por el filtro</numerusform>
            <numerusform>%1 · %n ocultos por el filtro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gig(s) shown</source>
        <translation>
            <numerusform>%n concierto mostrado</numerusform>
            <numerusform>%n conciertos mostrados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gig::GigDetailsPane</name>
    <message>
        <source>Date not known yet</source>
        <translation>Fecha aún desconocida</translation>
    </message>
    <message>
        <source>time not announced</source>
        <translation>hora no anunciada</translation>
    </message>
    <message>
        <source>Venue not known</source>
        <translation>Sala desconocida</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Postponed: a new date is not known yet</source>
        <translation>Aplazado: la nueva fecha aún no se conoce</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>Reprogramado</translation>
    </message>
    <message>
        <source>Last known details: the latest refresh did not succeed</source>
        <translation>Últimos datos conocidos: la última actualización ha fallado</translation>
    </message>
    <message>
        <source>Select a gig to see its lineup and each artist&apos;s latest release.</source>
        <translation>Seleccione un concierto para ver su cartel y el último lanzamiento de cada artista.</translation>
    </message>
    <message>
        <source>Lineup</source>
        <translation>Cartel</translation>
    </message>
    <message>
        <source>The artists of the selected gig, headliner first, each with the latest release. Enter opens the artist&apos;s page, or in the release columns the release&apos;s page.</source>
        <translation>Los artistas del concierto seleccionado, el cabeza de cartel primero, cada uno con su último lanzamiento. Intro abre la página del artista o, en las columnas del lanzamiento, la del lanzamiento.</translation>
    </message>
    <message>
        <source>Double-click an artist or a release to open it on MusicBrainz</source>
        <translation>Haga doble clic en un artista o un lanzamiento para abrirlo en MusicBrainz</translation>
    </message>
    <message>
        <source>The release&apos;s page could not be opened: no browser took %1.</source>
        <translation>No se ha podido abrir la página del lanzamiento: ningún navegador ha aceptado %1.</translation>
    </message>
    <message>
        <source>The artist&apos;s page could not be opened: no browser took %1.</source>
        <translation>No se ha podido abrir la página del artista: ningún navegador ha aceptado %1.</translation>
    </message>
    <message>
        <source>Open %1 on MusicBrainz</source>
        <translation>Abrir %1 en MusicBrainz</translation>
    </message>
    <message>
        <source>Open the Latest Release on MusicBrainz</source>
        <translation>Abrir el último lanzamiento en MusicBrainz</translation>
    </message>
    <message>
        <source>Open “%1” on MusicBrainz</source>
        <translation>Abrir «%1» en MusicBrainz</translation>
    </message>
</context>
<context>
    <name>gig::GigFilterBar</name>
    <message>
        <source>F&amp;rom</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;hasta</translation>
    </message>
    <message>
        <source>&amp;Hide cancelled</source>
        <translation>Ocultar &amp;cancelados</translation>
    </message>
    <message>
        <source>Only &amp;my artists</source>
        <translation>Solo &amp;mis artistas</translation>
    </message>
    <message>
        <source>Filter by event, venue or artist</source>
        <translation>Filtrar por evento, sala o artista</translation>
    </message>
    <message>
        <source>Show only gigs whose event, venue or artists hold every word (Ctrl+F)</source>
        <translation>Mostrar solo los conciertos cuyo evento, sala o artistas contengan todas las palabras (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter gigs</source>
        <translation>Filtrar conciertos</translation>
    </message>
    <message>
        <source>Hide gigs before this date</source>
        <translation>Ocultar los conciertos anteriores a esta fecha</translation>
    </message>
    <message>
        <source>First day shown</source>
        <translation>Primer día mostrado</translation>
    </message>
    <message>
        <source>While “From” is ticked, gigs before this day are hidden.</source>
        <translation>Mientras «Desde» esté marcado, se ocultan los conciertos anteriores a este día.</translation>
    </message>
    <message>
        <source>Hide gigs after this date</source>
        <translation>Ocultar los conciertos posteriores a esta fecha</translation>
    </message>
    <message>
        <source>Last day shown</source>
        <translation>Último día mostrado</translation>
    </message>
    <message>
        <source>While “to” is ticked, gigs after this day are hidden.</source>
        <translation>Mientras «hasta» esté marcado, se ocultan los conciertos posteriores a este día.</translation>
    </message>
    <message>
        <source>Hide the gigs that were called off</source>
        <translation>Ocultar los conciertos cancelados</translation>
    </message>
    <message>
        <source>Show only the gigs where at least one of my artists plays</source>
        <translation>Mostrar solo los conciertos en los que toca al menos uno de mis artistas</translation>
    </message>
</context>
<context>
    <name>gig::GigLinks</name>
    <message>
        <source>Tickets:</source>
        <translation>Entradas:</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 desde %2</translation>
    </message>
    <message>
        <source>Tickets on %1</source>
        <translation>Entradas en %1</translation>
    </message>
    <message>
        <source>%1 gives no page for this gig.</source>
        <translation>%1 no ofrece ninguna página para este concierto.</translation>
    </message>
    <message>
        <source>&amp;Open the gig&apos;s page</source>
        <translation>&amp;Abrir la página del concierto</translation>
    </message>
    <message>
        <source>&amp;Open the gig&apos;s page (tickets from %1)</source>
        <translation>&amp;Abrir la página del concierto (entradas desde %1)</translation>
    </message>
    <message>
        <source>This gig has no page</source>
        <translation>Este concierto no tiene página</translation>
    </message>
    <message>
        <source>The gig&apos;s page could not be opened: no browser took %1.</source>
        <translation>No se ha podido abrir la página del concierto: ningún navegador ha aceptado %1.</translation>
    </message>
</context>
<context>
    <name>gig::GigListModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distancia</translation>
    </message>
    <message>
        <source>Lineup</source>
        <translation>Cartel</translation>
    </message>
    <message>
        <source>Latest releases</source>
        <translation>Últimos lanzamientos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>gig::GigStatusProxyModel</name>
    <message>
        <source>%1 (one of my artists plays)</source>
        <translation>%1 (toca uno de mis artistas)</translation>
    </message>
    <message>
        <source>One of my artists plays.</source>
        <translation>Toca uno de mis artistas.</translation>
    </message>
    <message>
        <source>Last known details: the latest refresh did not succeed</source>
        <translation>Últimos datos conocidos: la última actualización ha fallado</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Nuevo: %1</translation>
    </message>
    <message>
        <source>%1 (one of my artists plays; new since you last looked)</source>
        <translation>%1 (toca uno de mis artistas; nuevo desde la última vez que miró)</translation>
    </message>
    <message>
        <source>%1 (new since you last looked)</source>
        <translation>%1 (nuevo desde la última vez que miró)</translation>
    </message>
    <message>
        <source>One of my artists plays. New since you last looked.</source>
        <translation>Toca uno de mis artistas. Nuevo desde la última vez que miró.</translation>
    </message>
    <message>
        <source>New since you last looked.</source>
        <translation>Nuevo desde la última vez que miró.</translation>
    </message>
</context>
<context>
    <name>gig::KeyStore</name>
    <message>
        <source>the keyring is switched off</source>
        <translation>el llavero está desactivado</translation>
    </message>
    <message>
        <source>No keyring answered (%1): API keys are stored unencrypted in gigmap&apos;s settings file.</source>
        <translation>Ningún llavero ha respondido (%1): las claves de API se guardan sin cifrar en el archivo de ajustes de gigmap.</translation>
    </message>
</context>
<context>
    <name>gig::LastFmImport</name>
    <message numerus="yes">
        <source>Last.fm lists %n artist(s) %1 played most; %2 of them are new in my artists.</source>
        <translation>
            <numerusform>Last.fm indica %n artista más escuchado por %1; nuevos en mis artistas: %2.</numerusform>
            <numerusform>Last.fm indica los %n artistas más escuchados por %1; nuevos en mis artistas: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last.fm knows no user named %1; nothing was added.</source>
        <translation>Last.fm no conoce a ningún usuario llamado %1; no se ha añadido nada.</translation>
    </message>
    <message>
        <source>Last.fm did not accept the API key; enter a valid key in Settings. Nothing was added.</source>
        <translation>Last.fm no ha aceptado la clave de API; introduzca una clave válida en los ajustes. No se ha añadido nada.</translation>
    </message>
    <message>
        <source>Nothing was added.</source>
        <translation>No se ha añadido nada.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Se ha cancelado la importación; no se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>gig::LineupFollowMenu</name>
    <message>
        <source>Unfollow %1</source>
        <translation>Dejar de seguir a %1</translation>
    </message>
    <message>
        <source>Remove %1 from my artists</source>
        <translation>Quitar a %1 de mis artistas</translation>
    </message>
    <message>
        <source>Follow %1</source>
        <translation>Seguir a %1</translation>
    </message>
    <message>
        <source>Add %1 to my artists</source>
        <translation>Añadir a %1 a mis artistas</translation>
    </message>
</context>
<context>
    <name>gig::LineupModel</name>
    <message>
        <source>fetching…</source>
        <translation>cargando…</translation>
    </message>
    <message>
        <source>headline</source>
        <translation>cabeza de cartel</translation>
    </message>
    <message>
        <source>support</source>
        <translation>telonero</translation>
    </message>
    <message>
        <source>One of my artists.</source>
        <translation>Uno de mis artistas.</translation>
    </message>
    <message>
        <source>MusicBrainz id %1</source>
        <translation>ID de MusicBrainz %1</translation>
    </message>
    <message>
        <source>Several MusicBrainz artists have this name, so gigmap cannot tell which one plays here.</source>
        <translation>Varios artistas de MusicBrainz tienen este nombre, así que gigmap no puede saber cuál toca aquí.</translation>
    </message>
    <message>
        <source>No MusicBrainz artist has this name.</source>
        <translation>Ningún artista de MusicBrainz tiene este nombre.</translation>
    </message>
    <message>
        <source>Looking this artist up on MusicBrainz by name.</source>
        <translation>Buscando a este artista en MusicBrainz por su nombre.</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>Artista</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Latest release</source>
        <translation>Último lanzamiento</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Fecha de lanzamiento</translation>
    </message>
</context>
<context>
    <name>gig::ListenBrainzImport</name>
    <message numerus="yes">
        <source>ListenBrainz lists the %n artist(s) %1 listened to most; %2 of them are new in my artists.</source>
        <translation>
            <numerusform>ListenBrainz indica %n artista más escuchado por %1; nuevos en mis artistas: %2.</numerusform>
            <numerusform>ListenBrainz indica los %n artistas más escuchados por %1; nuevos en mis artistas: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>ListenBrainz has no statistics for %1 yet; nothing was added.</source>
        <translation>ListenBrainz aún no tiene estadísticas de %1; no se ha añadido nada.</translation>
    </message>
    <message>
        <source>ListenBrainz knows no user named %1; nothing was added.</source>
        <translation>ListenBrainz no conoce a ningún usuario llamado %1; no se ha añadido nada.</translation>
    </message>
    <message>
        <source>Nothing was added.</source>
        <translation>No se ha añadido nada.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>La importación se ha cancelado; no se ha cambiado nada.</translation>
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
        <translation>%1&#xa0;pies</translation>
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
        <translation>No hay ninguna fuente de conciertos configurada.</translation>
    </message>
    <message>
        <source>Storing the answer failed: %1</source>
        <translation>No se ha podido guardar la respuesta: %1</translation>
    </message>
    <message numerus="yes">
        <source>Some pages of gigs from %1 could not be read (%n missing); the others are shown and gigmap asks again in %2.</source>
        <translation>
            <numerusform>Algunas páginas de conciertos de %1 no se han podido leer (falta %n); se muestran las demás y gigmap volverá a preguntar dentro de %2.</numerusform>
            <numerusform>Algunas páginas de conciertos de %1 no se han podido leer (faltan %n); se muestran las demás y gigmap volverá a preguntar dentro de %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The gigs of the other sources are shown, and gigmap asks again in %2.</source>
        <translation>%1 Se muestran los conciertos de las demás fuentes, y gigmap volverá a preguntar dentro de %2.</translation>
    </message>
    <message>
        <source>the gig source</source>
        <translation>la fuente de conciertos</translation>
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
        <translation>Conciertos</translation>
    </message>
    <message>
        <source>The gigs around the place shown, one a row: date, time, event, venue, distance, lineup, latest releases and status. Select one to read its lineup below.</source>
        <translation>Los conciertos alrededor del lugar mostrado, uno por fila: fecha, hora, evento, sala, distancia, cartel, últimos lanzamientos y estado. Seleccione uno para leer su cartel debajo.</translation>
    </message>
    <message>
        <source>Searching for “%1”…</source>
        <translation>Buscando «%1»…</translation>
    </message>
    <message>
        <source>&amp;Search a Place…</source>
        <translation>&amp;Buscar un lugar…</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Use &amp;My Location</source>
        <translation>Usar &amp;mi ubicación</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Show the gigs around where you are</source>
        <translation>Mostrar los conciertos alrededor de su ubicación</translation>
    </message>
    <message>
        <source>Finding your position…</source>
        <translation>Buscando su ubicación…</translation>
    </message>
    <message>
        <source>Sa&amp;ve This Place</source>
        <translation>&amp;Guardar este lugar</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Fetch the gigs of this place again now (F5)</source>
        <translation>Volver a obtener ahora los conciertos de este lugar (F5)</translation>
    </message>
    <message>
        <source>&amp;Export Gigs…</source>
        <translation>&amp;Exportar conciertos…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Filter Gigs</source>
        <translation>&amp;Filtrar conciertos</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>A&amp;justes…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Places</source>
        <translation>&amp;Lugares</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About gigmap</source>
        <translation>&amp;Acerca de gigmap</translation>
    </message>
    <message>
        <source>%1 — gigmap</source>
        <translation>%1 — gigmap</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>La exportación ha fallado</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n gig(s) to %1</source>
        <translation>
            <numerusform>%n concierto escrito en %1</numerusform>
            <numerusform>%n conciertos escritos en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No saved places yet</source>
        <translation>Aún no hay lugares guardados</translation>
    </message>
    <message>
        <source>%1 (%2, %3), %4 km around</source>
        <translation>%1 (%2, %3), %4 km a la redonda</translation>
    </message>
    <message>
        <source>Forge&amp;t This Place</source>
        <translation>&amp;Olvidar este lugar</translation>
    </message>
    <message>
        <source>Pick a place first</source>
        <translation>Elija primero un lugar</translation>
    </message>
    <message>
        <source>Remove %1 from the Places menu</source>
        <translation>Quitar %1 del menú Lugares</translation>
    </message>
    <message>
        <source>Keep %1 in the Places menu</source>
        <translation>Mantener %1 en el menú Lugares</translation>
    </message>
    <message>
        <source>Saved %1 in the Places menu</source>
        <translation>%1 guardado en el menú Lugares</translation>
    </message>
    <message>
        <source>Double-click a place on the map or search for one</source>
        <translation>Haga doble clic en un lugar del mapa o busque uno</translation>
    </message>
    <message>
        <source>Looking for gigs around %1…</source>
        <translation>Buscando conciertos alrededor de %1…</translation>
    </message>
    <message>
        <source>No upcoming gigs found around %1</source>
        <translation>No se han encontrado próximos conciertos alrededor de %1</translation>
    </message>
    <message>
        <source>No gig matches the filter</source>
        <translation>Ningún concierto coincide con el filtro</translation>
    </message>
    <message>
        <source>About gigmap</source>
        <translation>Acerca de gigmap</translation>
    </message>
    <message>
        <source>My Artists &amp;First</source>
        <translation>Mis artistas &amp;primero</translation>
    </message>
    <message>
        <source>Sort by relevance: the gigs of my artists come first, each group in the table&apos;s order</source>
        <translation>Ordenar por relevancia: primero los conciertos de mis artistas, cada grupo en el orden de la tabla</translation>
    </message>
    <message>
        <source>&lt;h3&gt;gigmap %1&lt;/h3&gt;&lt;p&gt;Upcoming gigs around any place, each gig&apos;s lineup and each artist&apos;s latest release.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Gigs come from Ticketmaster, SeatGeek and Songkick, with the API key of each; latest releases from MusicBrainz, whose data is free (CC0). Places are found with Nominatim, and the map&apos;s tiles are © OpenStreetMap contributors (Open Database License). City names come from GeoNames (CC BY 4.0), the outline of the world from Natural Earth (public domain). Covers come from the Cover Art Archive; each belongs to its rights holders.&lt;/p&gt;&lt;p&gt;gigmap is free software under the MIT License.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;gigmap %1&lt;/h3&gt;&lt;p&gt;Los próximos conciertos alrededor de cualquier lugar, el cartel de cada concierto y el último lanzamiento de cada artista.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Los conciertos vienen de Ticketmaster, SeatGeek y Songkick, cada uno con su clave de API; los últimos lanzamientos, de MusicBrainz, cuyos datos son libres (CC0). Los lugares se encuentran con Nominatim, y las teselas del mapa son © colaboradores de OpenStreetMap (Open Database License). Los nombres de ciudades vienen de GeoNames (CC BY 4.0); el contorno del mundo, de Natural Earth (dominio público). Las portadas vienen del Cover Art Archive; cada una pertenece a sus titulares de derechos.&lt;/p&gt;&lt;p&gt;gigmap es software libre con licencia MIT.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>gig::MapView</name>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Show all gigs</source>
        <translation>Mostrar todos los conciertos</translation>
    </message>
    <message>
        <source>Credits for the map&apos;s data, with links</source>
        <translation>Créditos de los datos del mapa, con enlaces</translation>
    </message>
    <message numerus="yes">
        <source>Zoom %1, %n gig(s) in view.</source>
        <extracomment>Read out by a screen reader: %1 is the zoom level; the number of gigs follows.</extracomment>
        <translation>
            <numerusform>Zoom %1, %n concierto a la vista.</numerusform>
            <numerusform>Zoom %1, %n conciertos a la vista.</numerusform>
        </translation>
    </message>
    <message>
        <source>Gigs around %1. %2</source>
        <extracomment>Read out by a screen reader: %1 is the place shown, %2 the zoom and gigs.</extracomment>
        <translation>Conciertos alrededor de %1. %2</translation>
    </message>
    <message>
        <source>Arrow keys move the map, plus and minus zoom, N and P go from marker to marker, Enter opens the marker or searches the centre of the map.</source>
        <translation>Las flechas mueven el mapa, más y menos acercan y alejan, N y P van de marcador en marcador, Intro abre el marcador o busca el centro del mapa.</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Search Here</source>
        <translation>Buscar aquí</translation>
    </message>
    <message>
        <source>Save This Place</source>
        <translation>Guardar este lugar</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n gig(s)</source>
        <extracomment>A map marker of one venue, read out by a screen reader.</extracomment>
        <translation>
            <numerusform>%1: %n concierto</numerusform>
            <numerusform>%1: %n conciertos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A group of %n gig(s)</source>
        <extracomment>A map marker that gathers several gigs, read out by a screen reader.</extracomment>
        <translation>
            <numerusform>Un grupo de %n concierto</numerusform>
            <numerusform>Un grupo de %n conciertos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gig(s) here: click to list them</source>
        <translation>
            <numerusform>%n concierto aquí: haga clic para verlo</numerusform>
            <numerusform>%n conciertos aquí: haga clic para verlos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n gig(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n concierto&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n conciertos&lt;/b&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gig::MusicLibraryImport</name>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>La importación se ha cancelado; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>These folders could not be read: %1.</source>
        <translation>Estas carpetas no se han podido leer: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n file(s) that could not be read.</source>
        <translation>
            <numerusform>Se ha omitido %n archivo que no se podía leer.</numerusform>
            <numerusform>Se han omitido %n archivos que no se podían leer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %n music file(s).</source>
        <translation>
            <numerusform>Se ha encontrado %n archivo de música.</numerusform>
            <numerusform>Se han encontrado %n archivos de música.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n new or changed file(s).</source>
        <translation>
            <numerusform>Se ha leído %n archivo nuevo o modificado.</numerusform>
            <numerusform>Se han leído %n archivos nuevos o modificados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n artist(s) to my artists.</source>
        <translation>
            <numerusform>Se ha añadido %n artista a mis artistas.</numerusform>
            <numerusform>Se han añadido %n artistas a mis artistas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gig::MyArtistsBinding</name>
    <message>
        <source>An import is running already; wait for it or cancel it first.</source>
        <translation>Ya hay una importación en curso; espere a que termine o cancélela primero.</translation>
    </message>
    <message>
        <source>Give a ListenBrainz user name to import from.</source>
        <translation>Indique un nombre de usuario de ListenBrainz del que importar.</translation>
    </message>
    <message>
        <source>Choose a folder to import from.</source>
        <translation>Elija una carpeta de la que importar.</translation>
    </message>
    <message>
        <source>Importing from Last.fm is not available here.</source>
        <translation>La importación de Last.fm no está disponible aquí.</translation>
    </message>
    <message>
        <source>Give a Last.fm user name to import from.</source>
        <translation>Indique un nombre de usuario de Last.fm del que importar.</translation>
    </message>
</context>
<context>
    <name>gig::MyArtistsControls</name>
    <message>
        <source>&amp;My Artists…</source>
        <translation>&amp;Mis artistas…</translation>
    </message>
    <message>
        <source>See, search and import the artists whose gigs matter to me</source>
        <translation>Ver, buscar e importar los artistas cuyos conciertos me interesan</translation>
    </message>
    <message>
        <source>&amp;Artists</source>
        <translation>Ar&amp;tistas</translation>
    </message>
</context>
<context>
    <name>gig::MyArtistsDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Import from music folder…</source>
        <translation>&amp;Importar de una carpeta de música…</translation>
    </message>
    <message>
        <source>Import from &amp;ListenBrainz</source>
        <translation>Importar de &amp;ListenBrainz</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Cancelar la importación</translation>
    </message>
    <message>
        <source>My Artists</source>
        <translation>Mis artistas</translation>
    </message>
    <message>
        <source>Search my artists</source>
        <translation>Buscar en mis artistas</translation>
    </message>
    <message>
        <source>My artists</source>
        <translation>Mis artistas</translation>
    </message>
    <message>
        <source>The artists whose gigs gigmap marks, each with where it came from.</source>
        <translation>Los artistas cuyos conciertos marca gigmap, cada uno con su procedencia.</translation>
    </message>
    <message>
        <source>Artist to add</source>
        <translation>Artista que añadir</translation>
    </message>
    <message>
        <source>An artist&apos;s name or MusicBrainz id</source>
        <translation>El nombre o el ID de MusicBrainz de un artista</translation>
    </message>
    <message>
        <source>Follow the artists named in the tags of the music files in a folder</source>
        <translation>Seguir a los artistas que nombran las etiquetas de los archivos de música de una carpeta</translation>
    </message>
    <message>
        <source>ListenBrainz user name</source>
        <translation>Nombre de usuario de ListenBrainz</translation>
    </message>
    <message>
        <source>A ListenBrainz user name</source>
        <translation>Un nombre de usuario de ListenBrainz</translation>
    </message>
    <message>
        <source>Follow the artists this ListenBrainz user listened to most (public statistics)</source>
        <translation>Seguir a los artistas que este usuario de ListenBrainz más ha escuchado (estadísticas públicas)</translation>
    </message>
    <message>
        <source>Import from music folder</source>
        <translation>Importar de una carpeta de música</translation>
    </message>
    <message>
        <source>Reading the music files in %1…</source>
        <translation>Leyendo los archivos de música de %1…</translation>
    </message>
    <message>
        <source>Asking ListenBrainz for the artists %1 listened to most…</source>
        <translation>Preguntando a ListenBrainz por los artistas que %1 más ha escuchado…</translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation>%1 de %2 archivos</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n artist(s) from my artists.</source>
        <translation>
            <numerusform>Se ha quitado %n artista de mis artistas.</numerusform>
            <numerusform>Se han quitado %n artistas de mis artistas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is one of my artists now.</source>
        <translation>%1 es ahora uno de mis artistas.</translation>
    </message>
    <message>
        <source>%1 is one of my artists already.</source>
        <translation>%1 ya es uno de mis artistas.</translation>
    </message>
    <message>
        <source>Import from Last.f&amp;m</source>
        <translation>Importar de Last.f&amp;m</translation>
    </message>
    <message>
        <source>Last.fm user name</source>
        <translation>Nombre de usuario de Last.fm</translation>
    </message>
    <message>
        <source>A Last.fm user name</source>
        <translation>Un nombre de usuario de Last.fm</translation>
    </message>
    <message>
        <source>Follow the artists this Last.fm user played most (needs the Last.fm API key in Settings)</source>
        <translation>Seguir a los artistas que este usuario de Last.fm más ha escuchado (necesita la clave de API de Last.fm en los ajustes)</translation>
    </message>
    <message>
        <source>Asking Last.fm for the artists %1 played most…</source>
        <translation>Preguntando a Last.fm por los artistas que %1 más ha escuchado…</translation>
    </message>
</context>
<context>
    <name>gig::MyArtistsModel</name>
    <message>
        <source>(name not known)</source>
        <translation>(nombre desconocido)</translation>
    </message>
    <message>
        <source>No MusicBrainz id is known: gigs are matched by the name.</source>
        <translation>No se conoce ningún ID de MusicBrainz: los conciertos se asocian por el nombre.</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>Artista</translation>
    </message>
    <message>
        <source>Where from</source>
        <translation>Procedencia</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>MusicBrainz id</source>
        <translation>ID de MusicBrainz</translation>
    </message>
    <message>
        <source>None seen yet</source>
        <translation>Ninguno visto todavía</translation>
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
        <translation>No hay ningún concierto de este artista entre los lugares que gigmap ha consultado.</translation>
    </message>
    <message>
        <source>Next gig seen</source>
        <translation>Próximo concierto</translation>
    </message>
</context>
<context>
    <name>gig::NetworkTileSource</name>
    <message>
        <source>The tile address &quot;%1&quot; needs {z}, {x} and {y}.</source>
        <translation>La dirección de teselas «%1» necesita {z}, {x} y {y}.</translation>
    </message>
    <message>
        <source>The tile address &quot;%1&quot; is not an http(s) address.</source>
        <translation>La dirección de teselas «%1» no es una dirección http(s).</translation>
    </message>
    <message>
        <source>The tile address &quot;%1&quot; uses plain http; gigmap only uses https outside this computer.</source>
        <translation>La dirección de teselas «%1» usa http sin cifrar; fuera de este ordenador, gigmap solo usa https.</translation>
    </message>
    <message>
        <source>The tile server at %1 needs a key. Enter it in the settings, beside the map tile address.</source>
        <translation>El servidor de teselas de %1 necesita una clave. Introdúzcala en los ajustes, junto a la dirección de las teselas del mapa.</translation>
    </message>
    <message>
        <source>There is no tile %1/%2/%3.</source>
        <translation>No existe la tesela %1/%2/%3.</translation>
    </message>
    <message>
        <source>Tiles are off.</source>
        <translation>Las teselas están desactivadas.</translation>
    </message>
    <message>
        <source>The tile server sent no image (%1).</source>
        <translation>El servidor de teselas no ha enviado ninguna imagen (%1).</translation>
    </message>
    <message>
        <source>The tile server answered HTTP %1.</source>
        <translation>El servidor de teselas ha respondido HTTP %1.</translation>
    </message>
</context>
<context>
    <name>gig::NominatimSource</name>
    <message>
        <source>OpenStreetMap&apos;s place search</source>
        <translation>Búsqueda de lugares de OpenStreetMap</translation>
    </message>
</context>
<context>
    <name>gig::PlaceNavigation</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>A&amp;delante</translation>
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
        <translation>Volver a %1 (%2)</translation>
    </message>
    <message>
        <source>No place to go back to</source>
        <translation>No hay ningún lugar anterior</translation>
    </message>
    <message>
        <source>Forward to %1 (%2)</source>
        <translation>Avanzar a %1 (%2)</translation>
    </message>
    <message>
        <source>No place to go forward to</source>
        <translation>No hay ningún lugar siguiente</translation>
    </message>
</context>
<context>
    <name>gig::PlaceSearchField</name>
    <message>
        <source>Search a place (Ctrl+L)</source>
        <translation>Buscar un lugar (Ctrl+L)</translation>
    </message>
    <message>
        <source>Type a place and press Enter to search for it</source>
        <translation>Escriba un lugar y pulse Intro para buscarlo</translation>
    </message>
    <message>
        <source>Search a place</source>
        <translation>Buscar un lugar</translation>
    </message>
    <message>
        <source>No city starts with “%1”. Did you mean:</source>
        <translation>Ninguna ciudad empieza por «%1». Quizá quiso decir:</translation>
    </message>
    <message>
        <source>No place found for “%1”. Check the spelling, or add the country.</source>
        <translation>No se ha encontrado ningún lugar para «%1». Compruebe la ortografía o añada el país.</translation>
    </message>
    <message>
        <source>No place found for “%1”. Did you mean:</source>
        <translation>No se ha encontrado ningún lugar para «%1». Quizá quiso decir:</translation>
    </message>
</context>
<context>
    <name>gig::PositionService</name>
    <message>
        <source>No positioning service is installed on this system.</source>
        <translation>No hay ningún servicio de ubicación instalado en este sistema.</translation>
    </message>
    <message>
        <source>Cannot read the NMEA file %1: %2</source>
        <translation>No se puede leer el archivo NMEA %1: %2</translation>
    </message>
    <message>
        <source>gigmap may not read your position; allow it in the system&apos;s privacy settings, or pick a place on the map.</source>
        <translation>gigmap no tiene permiso para leer su ubicación; permítalo en los ajustes de privacidad del sistema o elija un lugar en el mapa.</translation>
    </message>
    <message>
        <source>The positioning service closed the connection; no position is available.</source>
        <translation>El servicio de ubicación ha cerrado la conexión; no hay ninguna ubicación disponible.</translation>
    </message>
    <message>
        <source>The positioning service failed; no position is available.</source>
        <translation>El servicio de ubicación ha fallado; no hay ninguna ubicación disponible.</translation>
    </message>
    <message numerus="yes">
        <source>No position available: the positioning service did not answer within %n s. Pick a place on the map or search for one.</source>
        <translation>
            <numerusform>Ninguna ubicación disponible: el servicio de ubicación no ha respondido en %n&#xa0;s. Elija un lugar en el mapa o busque uno.</numerusform>
            <numerusform>Ninguna ubicación disponible: el servicio de ubicación no ha respondido en %n&#xa0;s. Elija un lugar en el mapa o busque uno.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gig::ReleaseProgress</name>
    <message>
        <source>less than a minute left</source>
        <translation>queda menos de un minuto</translation>
    </message>
    <message>
        <source>about %1 min left</source>
        <translation>quedan aprox. %1&#xa0;min</translation>
    </message>
    <message>
        <source>about %1 h %2 min left</source>
        <translation>quedan aprox. %1&#xa0;h %2&#xa0;min</translation>
    </message>
</context>
<context>
    <name>gig::ReleaseProgressBar</name>
    <message>
        <source>%1 of %2 releases</source>
        <translation>%1 de %2 lanzamientos</translation>
    </message>
    <message>
        <source>The latest releases of the shown gigs&apos; artists, asked from MusicBrainz one a second</source>
        <translation>Los últimos lanzamientos de los artistas de los conciertos mostrados, pedidos a MusicBrainz uno por segundo</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n release(s)</source>
        <extracomment>%1 releases known of %n in all.</extracomment>
        <translation>
            <numerusform>%1 de %n lanzamiento</numerusform>
            <numerusform>%1 de %n lanzamientos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gig::ServiceRoot</name>
    <message>
        <source>--%1 &apos;%2&apos; is not an http(s) URL.</source>
        <translation>--%1 «%2» no es una URL http(s).</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos;: plain http is accepted for loopback hosts only; use https.</source>
        <translation>--%1 «%2»: http sin cifrar solo se acepta para hosts locales (loopback); use https.</translation>
    </message>
</context>
<context>
    <name>gig::SettingsBinding</name>
    <message>
        <source>No keyring kept the shared cache&apos;s password, and gigmap keeps it nowhere else. Write it into PostgreSQL&apos;s password file (~/.pgpass) instead.</source>
        <translation>Ningún llavero guardó la contraseña de la caché compartida, y gigmap no la guarda en ningún otro sitio. Escríbala en el archivo de contraseñas de PostgreSQL (~/.pgpass).</translation>
    </message>
</context>
<context>
    <name>gig::SettingsDialog</name>
    <message>
        <source>Show the key</source>
        <translation>Mostrar la clave</translation>
    </message>
    <message>
        <source> min</source>
        <translation>&#xa0;min</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Gig sources</source>
        <translation>Fuentes de conciertos</translation>
    </message>
    <message>
        <source>Gigs come from every source switched on. With none, gigmap shows its built-in demo data.</source>
        <translation>Los conciertos vienen de cada fuente activada. Si no hay ninguna, gigmap muestra sus datos de demostración integrados.</translation>
    </message>
    <message>
        <source>%1 (partners only)</source>
        <translation>%1 (solo socios)</translation>
    </message>
    <message>
        <source>Ask %1 for gigs, with the API key beside it</source>
        <translation>Pedir conciertos a %1, con la clave de API de al lado</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>%1 API key</source>
        <translation>Clave de API de %1</translation>
    </message>
    <message>
        <source>Refreshing</source>
        <translation>Actualización</translation>
    </message>
    <message>
        <source>How often the place on screen is refreshed</source>
        <translation>Cada cuánto se actualiza el lugar mostrado</translation>
    </message>
    <message>
        <source>How often places watched in the background are refreshed</source>
        <translation>Cada cuánto se actualizan los lugares vigilados en segundo plano</translation>
    </message>
    <message>
        <source>&amp;Albums</source>
        <translation>Ál&amp;bumes</translation>
    </message>
    <message>
        <source>&amp;EPs</source>
        <translation>&amp;EP</translation>
    </message>
    <message>
        <source>Si&amp;ngles</source>
        <translation>&amp;Sencillos</translation>
    </message>
    <message>
        <source>An artist&apos;s latest album counts as a latest release</source>
        <translation>El último álbum de un artista cuenta como último lanzamiento</translation>
    </message>
    <message>
        <source>An artist&apos;s latest EP counts as a latest release</source>
        <translation>El último EP de un artista cuenta como último lanzamiento</translation>
    </message>
    <message>
        <source>An artist&apos;s latest single counts as a latest release</source>
        <translation>El último sencillo de un artista cuenta como último lanzamiento</translation>
    </message>
    <message>
        <source>Shown &amp;place every:</source>
        <translation>Lugar &amp;mostrado cada:</translation>
    </message>
    <message>
        <source>&amp;Other places every:</source>
        <translation>&amp;Otros lugares cada:</translation>
    </message>
    <message>
        <source>Latest release counts:</source>
        <translation>Cuenta como último lanzamiento:</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Where gigmap asks %1. Change it only for a mirror or a test server.</source>
        <translation>Dónde pregunta gigmap a %1. Cámbiela solo para un espejo o un servidor de pruebas.</translation>
    </message>
    <message>
        <source>%1 URL:</source>
        <translation>URL de %1:</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>The address of a map tile server, with {z}, {x} and {y} for the tile, and {key} where the server wants its key.</source>
        <translation>La dirección de un servidor de teselas de mapa, con {z}, {x} y {y} para la tesela, y {key} donde el servidor espera su clave.</translation>
    </message>
    <message>
        <source>Only for a tile server that asks for one</source>
        <translation>Solo para un servidor de teselas que la pida</translation>
    </message>
    <message>
        <source>Tile server key</source>
        <translation>Clave del servidor de teselas</translation>
    </message>
    <message>
        <source>Tile server ke&amp;y:</source>
        <translation>C&amp;lave del servidor de teselas:</translation>
    </message>
    <message>
        <source>© OpenStreetMap contributors</source>
        <translation>© colaboradores de OpenStreetMap</translation>
    </message>
    <message>
        <source>The credit the tile server&apos;s terms ask for, shown in the corner of the map. Leave it empty for OpenStreetMap&apos;s.</source>
        <translation>El crédito que piden las condiciones del servidor de teselas, mostrado en la esquina del mapa. Déjelo vacío para el de OpenStreetMap.</translation>
    </message>
    <message>
        <source>&amp;Credit:</source>
        <translation>C&amp;rédito:</translation>
    </message>
    <message>
        <source>The tiles show place na&amp;mes</source>
        <translation>Las teselas muestran los &amp;nombres de lugares</translation>
    </message>
    <message>
        <source>Turn this off for tiles without labels: gigmap then writes the names of the cities on the map itself.</source>
        <translation>Desactívelo para teselas sin rótulos: gigmap escribe entonces por sí mismo los nombres de las ciudades en el mapa.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>As the system&apos;s</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>The colours of the window and the map</source>
        <translation>Los colores de la ventana y del mapa</translation>
    </message>
    <message>
        <source>&amp;Window colours:</source>
        <translation>Colores de la &amp;ventana:</translation>
    </message>
    <message>
        <source>The %1 URL must be an http or https address.</source>
        <translation>La URL de %1 debe ser una dirección http o https.</translation>
    </message>
    <message>
        <source>The map tile URL must be an http or https address with {z}, {x} and {y}.</source>
        <translation>La URL de las teselas del mapa debe ser una dirección http o https con {z}, {x} y {y}.</translation>
    </message>
    <message>
        <source>The tile server&apos;s address has a {key}: enter its key.</source>
        <translation>La dirección del servidor de teselas contiene {key}: introduzca su clave.</translation>
    </message>
    <message>
        <source>Count at least one release type.</source>
        <translation>Marque al menos un tipo de lanzamiento.</translation>
    </message>
    <message>
        <source>%1 needs an API key.</source>
        <translation>%1 necesita una clave de API.</translation>
    </message>
    <message>
        <source>Tile ser&amp;ver:</source>
        <translation>Servidor de &amp;teselas:</translation>
    </message>
    <message>
        <source>gigmap speaks the language chosen here from its next start.</source>
        <translation>gigmap habla el idioma elegido aquí a partir de su próximo inicio.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Used to import my artists from %1.</source>
        <translation>Se usa para importar mis artistas de %1.</translation>
    </message>
    <message>
        <source>Key to &amp;download my artists from %1:</source>
        <translation>Clave para &amp;descargar mis artistas de %1:</translation>
    </message>
    <message>
        <source>Keep refres&amp;hing saved places in the tray when the window is closed</source>
        <translation>Seguir actualizando los lugares guardados en la bandeja cuando se cierra la ventana</translation>
    </message>
    <message>
        <source>Closing the window then hides it to a tray icon, and new gigs of my artists at saved places are still announced.</source>
        <translation>Al cerrar la ventana, esta se oculta en un icono de la bandeja, y se siguen anunciando los conciertos nuevos de mis artistas en los lugares guardados.</translation>
    </message>
    <message>
        <source>Shared cache</source>
        <translation>Caché compartida</translation>
    </message>
    <message>
        <source>Several desktops can share one cache in a PostgreSQL database: each gig and each artist is then fetched once for all of them, within the services&apos; limits. Leave the address empty to keep the cache on this computer. A change takes effect when gigmap starts again.</source>
        <translation>Varios equipos pueden compartir una caché en una base de datos PostgreSQL: cada concierto y cada artista se obtiene entonces una vez para todos, dentro de los límites de los servicios. Deje la dirección vacía para mantener la caché en este equipo. Un cambio surte efecto cuando gigmap se inicia de nuevo.</translation>
    </message>
    <message>
        <source>The address of the shared PostgreSQL database.</source>
        <translation>La dirección de la base de datos PostgreSQL compartida.</translation>
    </message>
    <message>
        <source>Database address:</source>
        <translation>Dirección de la base de datos:</translation>
    </message>
    <message>
        <source>Kept in the system keyring, never in the settings file. Leave it empty to keep the password already kept, or to use PostgreSQL&apos;s own password file.</source>
        <translation>Se guarda en el llavero del sistema, nunca en el archivo de ajustes. Déjela vacía para conservar la contraseña ya guardada o para usar el archivo de contraseñas de PostgreSQL.</translation>
    </message>
    <message>
        <source>Database password:</source>
        <translation>Contraseña de la base de datos:</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Páginas de ajustes</translation>
    </message>
    <message>
        <source>Choose a page of settings: gigs, services, or the map and the window.</source>
        <translation>Elegir una página de ajustes: conciertos, servicios, o el mapa y la ventana.</translation>
    </message>
    <message>
        <source>Gigs</source>
        <translation>Conciertos</translation>
    </message>
    <message>
        <source>Map and window</source>
        <translation>Mapa y ventana</translation>
    </message>
    <message>
        <source>The shared cache&apos;s address must be a postgresql:// address that names a database, such as postgresql://gigmap@server:5432/gigmap.</source>
        <translation>La dirección de la caché compartida debe ser una dirección postgresql:// que nombre una base de datos, por ejemplo postgresql://gigmap@servidor:5432/gigmap.</translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/database</source>
        <extracomment>An example address: translate &quot;user&quot; and &quot;database&quot; only.</extracomment>
        <translation>postgresql://usuario@host:5432/base</translation>
    </message>
</context>
<context>
    <name>gig::SourceError</name>
    <message>
        <source>%1 could not be reached</source>
        <translation>No se ha podido contactar con %1</translation>
    </message>
    <message>
        <source>%1 did not answer in time</source>
        <translation>%1 no ha respondido a tiempo</translation>
    </message>
    <message>
        <source>%1 is busy right now</source>
        <translation>%1 está ocupado en este momento</translation>
    </message>
    <message>
        <source>%1 did not accept the API key</source>
        <translation>%1 no ha aceptado la clave de API</translation>
    </message>
    <message>
        <source>%1 has trouble answering right now</source>
        <translation>%1 tiene problemas para responder en este momento</translation>
    </message>
    <message>
        <source>%1 turned the request down</source>
        <translation>%1 ha rechazado la petición</translation>
    </message>
    <message>
        <source>%1 sent an answer gigmap cannot read</source>
        <translation>%1 ha enviado una respuesta que gigmap no puede leer</translation>
    </message>
    <message>
        <source>gigmap gives %1 a rest: it failed several times in a row, or today&apos;s requests are used up</source>
        <translation>gigmap deja descansar a %1: ha fallado varias veces seguidas o se han agotado las peticiones de hoy</translation>
    </message>
    <message>
        <source>gigmap cannot ask %1 this</source>
        <translation>gigmap no puede preguntarle esto a %1</translation>
    </message>
    <message>
        <source>gigmap cannot ask %1: %2</source>
        <translation>gigmap no puede preguntar a %1: %2</translation>
    </message>
    <message>
        <source>The request to %1 was cancelled</source>
        <translation>La petición a %1 se ha cancelado</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>a sentence for people, with its full stop</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1; gigmap asks again in %2.</source>
        <translation>%1; gigmap volverá a preguntar dentro de %2.</translation>
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
        <translation>Reintentar ahora</translation>
    </message>
    <message>
        <source>The gigs of this place cannot be refreshed just now; the ones shown are those known before.</source>
        <translation>Los conciertos de este lugar no se pueden actualizar ahora mismo; se muestran los que se conocían antes.</translation>
    </message>
    <message>
        <source>%1 The gigs shown are those known before.</source>
        <translation>%1 Se muestran los conciertos que se conocían antes.</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Ajustes…</translation>
    </message>
    <message>
        <source>These are demo gigs, made up for trying gigmap out. Add an API key of Ticketmaster or SeatGeek to see real gigs.</source>
        <translation>Estos son conciertos de demostración, inventados para probar gigmap. Añada una clave de API de Ticketmaster o SeatGeek para ver conciertos reales.</translation>
    </message>
    <message>
        <source>Add an API key…</source>
        <translation>Añadir una clave de API…</translation>
    </message>
</context>
<context>
    <name>gig::StatusPanel</name>
    <message numerus="yes">
        <source>%n gig(s)</source>
        <translation>
            <numerusform>%n concierto</numerusform>
            <numerusform>%n conciertos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2, some missing</source>
        <translation>%1: %2, faltan algunos</translation>
    </message>
    <message>
        <source>%1: could not be read</source>
        <translation>%1: no se ha podido leer</translation>
    </message>
    <message numerus="yes">
        <source>%1 lists %n gig(s) here.</source>
        <translation>
            <numerusform>%1 recoge %n concierto aquí.</numerusform>
            <numerusform>%1 recoge %n conciertos aquí.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry &amp;now</source>
        <translation>&amp;Reintentar ahora</translation>
    </message>
    <message>
        <source>Offline: showing cached gigs</source>
        <translation>Sin conexión: se muestran los conciertos de la caché</translation>
    </message>
    <message>
        <source>Refresh the shown place now instead of waiting for the next attempt</source>
        <translation>Actualizar ahora el lugar mostrado en lugar de esperar al próximo intento</translation>
    </message>
    <message>
        <source>never refreshed</source>
        <translation>nunca actualizado</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Datos de demostración</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This place</source>
        <translation>Este lugar</translation>
    </message>
    <message>
        <source>%1: up to date, refreshed %2</source>
        <translation>%1: al día, última actualización %2</translation>
    </message>
    <message>
        <source>%1: refreshing… (last refreshed %2)</source>
        <translation>%1: actualizando… (última actualización %2)</translation>
    </message>
    <message>
        <source>%1: fetching gigs…</source>
        <translation>%1: cargando conciertos…</translation>
    </message>
    <message>
        <source>%1: stale, showing gigs as of %2</source>
        <translation>%1: desactualizado, se muestran los conciertos (datos de %2)</translation>
    </message>
    <message>
        <source>%1: some pages of gigs could not be read; showing the others, as of %2</source>
        <translation>%1: algunas páginas de conciertos no se han podido leer; se muestran las demás (datos de %2)</translation>
    </message>
    <message>
        <source>%1: refresh failing, showing gigs as of %2</source>
        <translation>%1: la actualización falla, se muestran los conciertos (datos de %2)</translation>
    </message>
    <message>
        <source>%1: refresh failing, showing gigs as of %3. %2</source>
        <translation>%1: la actualización falla, se muestran los conciertos (datos de %3). %2</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) queued</source>
        <translation>
            <numerusform>%n petición en cola</numerusform>
            <numerusform>%n peticiones en cola</numerusform>
        </translation>
    </message>
    <message>
        <source>rate limited: next request in %1 s</source>
        <translation>límite de peticiones alcanzado: siguiente petición dentro de %1&#xa0;s</translation>
    </message>
</context>
<context>
    <name>gig::TileAttribution</name>
    <message>
        <source>Map: %1</source>
        <translation>Mapa: %1</translation>
    </message>
    <message>
        <source>© %1 contributors</source>
        <extracomment>%1 is a link to OpenStreetMap&apos;s copyright page.</extracomment>
        <translation>© colaboradores de %1</translation>
    </message>
    <message>
        <source>%1 · Place names: %2</source>
        <extracomment>The map&apos;s credit line: %1 credits the map, %2 is a link to GeoNames.</extracomment>
        <translation>%1 · Nombres de lugares: %2</translation>
    </message>
</context>
<context>
    <name>gig::TrayKeeper</name>
    <message>
        <source>gigmap keeps your saved places fresh.</source>
        <translation>gigmap mantiene al día sus lugares guardados.</translation>
    </message>
    <message>
        <source>&amp;Show gigmap</source>
        <translation>&amp;Mostrar gigmap</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
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
        <translation>Conciertos en %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Demo data</source>
        <translation>Datos de demostración</translation>
    </message>
    <message>
        <source>My location</source>
        <translation>Mi ubicación</translation>
    </message>
</context>
</TS>
