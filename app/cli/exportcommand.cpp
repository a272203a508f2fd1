#include "app/cli/exportcommand.h"

#include "app/cli/commandline.h"
#include "app/export/icswriter.h"
#include "app/net/requestqueue.h"
#include "app/refresh/locationregistry.h"
#include "app/refresh/releaserefresher.h"
#include "app/sandbox/demosandbox.h"
#include "app/settings/sharedcachepassword.h"
#include "app/shared/sharedcoordination.h"
#include "app/storage/cachedatabase.h"
#include "models/gigstore.h"
#include "models/myartistset.h"

#include <QCoreApplication>
#include <QFile>
#include <QTimer>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

void printError(const QString &text)
{
    const QByteArray bytes = (text + u'\n').toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

// The watched place of the cache that stands for `place`: within 1 km, same radius.
QString cachedLocationFor(const GigStore &store, const QGeoCoordinate &place, double radiusKm)
{
    QString best;
    double bestKm = 1.0;
    for (const QString &id : store.locationIds()) {
        const Location location = store.location(id).value;
        if (!qFuzzyCompare(location.radiusKm, radiusKm) || !location.coordinate.isValid())
            continue;
        const double km = location.coordinate.distanceTo(place) / 1000.0;
        if (km <= bestKm) {
            best = id;
            bestKm = km;
        }
    }
    return best;
}

} // namespace

ExportCommand::ExportCommand(const ExportOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_store(std::make_unique<GigStore>())
    , m_timeout(new QTimer(this))
    , m_progress(new QTimer(this))
    , m_interactive(::isatty(STDERR_FILENO) == 1)
{
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        QString message
            = tr("Timed out after %1 s; writing what is known.").arg(m_options.timeout.count());
        if (m_watch && !m_watch->missingPages().isEmpty()) {
            message += u' '
                + tr("These pages of gigs could not be read: %1.")
                      .arg(m_watch->missingPages().join(u"; "_s));
        }
        finish(TimedOut, message);
    });
    connect(m_progress, &QTimer::timeout, this, &ExportCommand::showProgress);
}

ExportCommand::~ExportCommand()
{
    m_engine.reset(); // watches and fetches before the queue and the store they use
    m_queue.reset();
}

int ExportCommand::run(const QStringList &arguments)
{
    QString error;
    const auto options = ExportOptions::parse(
        arguments, ExportOptions::environmentKeys(), QDate::currentDate(), &error);
    if (arguments.contains(u"--help"_s) || arguments.contains(u"-h"_s)) {
        std::fputs(qPrintable(ExportOptions::helpText()), stdout);
        return Written;
    }
    if (!options) {
        printError(u"gigmap export: "_s + error + u'\n'
            + CommandLine::tr("Try '%1'.").arg(u"gigmap export --help"_s));
        return BadArguments;
    }
    ExportCommand command(*options);
    int exitCode = Written;
    QObject::connect(&command, &ExportCommand::finished, qApp, [&exitCode](int code) {
        exitCode = code;
        QCoreApplication::exit(code);
    });
    QTimer::singleShot(0, &command, &ExportCommand::start);
    QCoreApplication::exec();
    return exitCode;
}

void ExportCommand::start()
{
    m_elapsed.start();
    const QString cachePath = m_options.inMemoryCache ? QString()
        : m_options.cacheFile.isEmpty()               ? CacheDatabase::defaultPath()
                                                      : m_options.cacheFile;
    m_cache = std::make_unique<CacheDatabase>(
        m_store.get(), SharedCachePassword::withKeptPassword(cachePath));
    m_cache->load(); // what the cache knew is there before any request
    if (!m_cache->warning().isEmpty())
        printError(u"gigmap export: "_s + m_cache->warning());
    if (m_options.offline)
        startOffline();
    else
        startOnline();
}

void ExportCommand::startOffline()
{
    m_locationId = cachedLocationFor(*m_store, m_options.place, m_options.radiusKm);
    if (m_locationId.isEmpty() || m_store->eventIdsOf(m_locationId).isEmpty()) {
        finish(
            SourceFailed, tr("The cache has no gigs for this place (--offline makes no request)."));
        return;
    }
    finish(Written);
}

void ExportCommand::startOnline()
{
    EngineConfig config;
    config.sources = m_options.sources;
    config.keys = m_options.keys;
    config.urls = m_options.urls;
    const QDate today = QDate::currentDate();
    config.refresh.horizonDays = std::max<int>(90, int(today.daysTo(m_options.to)));
    if (config.isDemo()) {
        m_sandbox = std::make_unique<DemoSandbox>();
        if (!m_sandbox->start()) {
            finish(SourceFailed,
                tr("The demo sandbox could not start: %1").arg(m_sandbox->errorString()));
            return;
        }
        // The demo's services, unless the command line named another root.
        config.urls.insert(m_sandbox->demoRoots());
        config.urls.insert(m_options.urls);
    }
    m_queue = std::make_unique<RequestQueue>();
    m_engine = std::make_unique<RefreshEngine>(m_store.get(), m_queue.get(), config);
    // Desktops on one shared cache take turns on each service and fetch each thing once.
    m_shared = SharedCoordination::forCache(m_cache->path());
    if (m_shared)
        m_shared->attach(m_queue.get(), m_engine->releases(), m_engine->registry());
    m_watch = m_engine->registry()->watch(m_options.place, m_options.radiusKm);
    m_locationId = m_watch->locationId();
    m_engine->registry()->setShownLocation(m_locationId);

    m_timeout->start(std::chrono::duration_cast<std::chrono::milliseconds>(m_options.timeout));
    if (m_interactive)
        m_progress->start(250);
    connect(m_watch, &LocationWatch::refreshed, this, &ExportCommand::waitForReleases);
    connect(m_watch, &LocationWatch::refreshFailed, this, [this](const SourceError &error) {
        if (m_store->eventIdsOf(m_locationId).isEmpty()) {
            finish(SourceFailed,
                tr("The source failed (%1) and the cache has no gigs for this place.")
                    .arg(toString(error)));
            return;
        }
        printError(tr("gigmap export: the source failed (%1); using the cached gigs.")
                       .arg(toString(error)));
        waitForReleases();
    });
    if (m_watch->state() == LocationWatch::State::Fresh)
        waitForReleases(); // the cache was fresh: no event request needed
}

void ExportCommand::waitForReleases()
{
    if (m_done)
        return;
    ReleaseRefresher *releases = m_engine->releases();
    releases->enqueueLacking();
    connect(releases, &ReleaseRefresher::idle, this, &ExportCommand::onReleasesIdle,
        Qt::UniqueConnection);
    if (releases->isIdle())
        onReleasesIdle();
}

void ExportCommand::onReleasesIdle()
{
    const Progress now = progress();
    if (now.complete() && m_watch->missingPages().isEmpty()) {
        finish(Written);
        return;
    }
    if (!m_watch->missingPages().isEmpty()) {
        if (!m_saidPagesMissing) {
            m_saidPagesMissing = true;
            printError(u"gigmap export: "_s
                + tr("Some pages of gigs could not be read yet (%1); asking again until the "
                     "timeout.")
                      .arg(m_watch->missingPages().join(u"; "_s)));
        }
        if (now.complete())
            return;
    }
    // Some asks failed even after their retries: the refresher asks again at its next rescan,
    // and the export waits for that until the timeout (then writes what it has, and exits 5).
    if (!m_saidWaiting) {
        m_saidWaiting = true;
        printError(u"gigmap export: "_s
            + tr("%n latest release(s) could not be read yet; asking again until the timeout.",
                nullptr, now.releases - now.releasesKnown + now.namesUnsearched));
    }
}

bool ExportCommand::writeOutput(const QString &locationId, QString *error) const
{
    QStringList ids;
    for (const QString &id : m_store->eventIdsOf(locationId)) {
        const QDate date = m_store->eventById(id).value.start.localDate();
        if (date >= m_options.from && date <= m_options.to)
            ids.append(id);
    }
    QList<ExportGig> gigs = collectExportGigs(*m_store, ids, m_options.place);
    if (m_options.mineOnly)
        gigs = gigsOfMyArtists(gigs, MyArtistSet(m_cache->readMyArtists()));
    const QByteArray bytes = m_options.format == ExportOptions::Format::Ics
        ? IcsWriter::write(gigs, QDateTime::currentDateTimeUtc())
        : CsvWriter::write(gigs, { m_options.rows, m_options.byteOrderMark });

    if (m_options.output == u"-"_s) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size()
            || !out.flush()) {
            *error = tr("Cannot write to standard output: %1").arg(out.errorString());
            return false;
        }
        return true;
    }
    return saveExportFile(m_options.output, bytes, error);
}

void ExportCommand::finish(ExitCode code, const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout->stop();
    m_progress->stop();
    if (m_interactive)
        std::fputs("\r\033[K", stderr);
    if (!message.isEmpty())
        printError(u"gigmap export: "_s + message);
    if (code == Written || code == TimedOut) {
        QString error;
        if (!writeOutput(m_locationId, &error)) {
            printError(u"gigmap export: "_s + error);
            code = OutputFailed;
        } else {
            printError(u"gigmap export: "_s + progressLine()
                + tr(" — written to %1 in %2 s.")
                      .arg(m_options.output == u"-"_s ? tr("standard output") : m_options.output)
                      .arg(double(m_elapsed.elapsed()) / 1000.0, 0, 'f', 1));
        }
    }
    if (m_cache)
        m_cache->flush();
    emit finished(code);
}

ExportCommand::Progress ExportCommand::progress() const
{
    Progress progress;
    const QStringList ids
        = m_locationId.isEmpty() ? QStringList() : m_store->eventIdsOf(m_locationId);
    progress.gigs = ids.size();
    QSet<QString> mbids;
    QSet<QString> unsearched;
    for (const QString &id : ids) {
        for (const QString &artistId : m_store->eventById(id).value.lineup) {
            const Artist artist = m_store->artist(artistId).value;
            if (!artist.hasMbid()) {
                if (!artist.mbidSearchedAt.isValid() && !artist.name.trimmed().isEmpty())
                    unsearched.insert(artistId);
                continue;
            }
            if (mbids.contains(artist.mbid))
                continue;
            mbids.insert(artist.mbid);
            if (!m_store->latestRelease(artist.mbid).isPending())
                ++progress.releasesKnown;
        }
    }
    progress.releases = int(mbids.size());
    progress.namesUnsearched = int(unsearched.size());
    return progress;
}

QString ExportCommand::progressLine() const
{
    const Progress known = progress();
    int queued = 0;
    qint64 waitMs = 0;
    if (m_queue) {
        queued = m_queue->totalQueued();
        const QDateTime wallNow = m_queue->clock().systemNow();
        for (const QString &lane : m_queue->lanes()) {
            const QDateTime next = m_queue->laneStatus(lane)->nextSendAt();
            if (next.isValid())
                waitMs = std::max(waitMs, wallNow.msecsTo(next));
        }
    }
    return progressText(known.gigs, known.releasesKnown, known.releases,
        m_releaseProgress.timeLeftText(QDateTime::currentDateTimeUtc()), queued, waitMs);
}

QString ExportCommand::progressText(qsizetype gigs, int releasesKnown, int releases,
    const QString &timeLeft, int queued, qint64 rateLimitWaitMs)
{
    QStringList parts { tr("%n gig(s)", nullptr, int(gigs)) };
    if (releases > 0) {
        //: %1 releases known of %n in all.
        parts.append(tr("%1 of %n release(s)", nullptr, releases).arg(releasesKnown));
    }
    if (!timeLeft.isEmpty() && releasesKnown < releases)
        parts.append(timeLeft);
    if (queued > 0)
        parts.append(tr("%n request(s) queued", nullptr, queued));
    if (rateLimitWaitMs > 0) {
        parts.append(
            tr("waiting %1 s for the rate limit").arg(double(rateLimitWaitMs) / 1000.0, 0, 'f', 1));
    }
    return parts.join(tr(" · ", "between the parts of the progress line"));
}

void ExportCommand::showProgress()
{
    const Progress known = progress();
    m_releaseProgress.update(known.releases - known.releasesKnown, QDateTime::currentDateTimeUtc());
    const QByteArray line = (u"\r\033[K"_s + progressLine()).toLocal8Bit();
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

} // namespace gig
