#include "app/library/musiclibraryimport.h"

#include "app/storage/cachedatabase.h"
#include "models/myartists.h"

#include <QDir>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

Q_LOGGING_CATEGORY(lcImport, "gigmap.library.import")

} // namespace

QString LibraryImportSummary::text() const
{
    QString text;
    if (cancelled)
        return MusicLibraryImport::tr("The import was cancelled; nothing was changed.");
    text = MusicLibraryImport::tr("Found %n music file(s).", nullptr, int(files)) + u' '
        + MusicLibraryImport::tr("Read %n new or changed file(s).", nullptr, int(read)) + u' '
        + MusicLibraryImport::tr("Added %n artist(s) to my artists.", nullptr, int(artistsAdded));
    if (broken > 0)
        text += u' '
            + MusicLibraryImport::tr(
                "Skipped %n file(s) that could not be read.", nullptr, int(broken));
    if (!missingFolders.isEmpty()) {
        QStringList shown;
        for (const QString &folder : missingFolders)
            shown.append(QDir::toNativeSeparators(folder));
        text += u' '
            + MusicLibraryImport::tr("These folders could not be read: %1.")
                  .arg(shown.join(u", "_s));
    }
    return text;
}

MusicLibraryImport::MusicLibraryImport(MyArtists *artists, CacheDatabase *cache, QObject *parent)
    : QObject(parent)
    , m_artists(artists)
    , m_cache(cache)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    Q_ASSERT(artists && cache);
}

MusicLibraryImport::~MusicLibraryImport()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

QString MusicLibraryImport::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::MusicLocation);
}

bool MusicLibraryImport::start(const QStringList &folders)
{
    if (m_thread || folders.isEmpty())
        return false;
    m_cancel = false;
    const LibraryIndex previous = m_cache->readLibraryFiles();
    auto result = std::make_shared<LibraryScanResult>();
    m_result = result;
    const LibraryScan::Reader reader = m_reader;
    // Progress crosses to this thread at most every 50 ms (and once at the end).
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    const LibraryScan::Progress progress = [this, timer](qsizetype done, qsizetype total) {
        if (done < total && timer->elapsed() < 50)
            return;
        timer->restart();
        QMetaObject::invokeMethod(
            this, [this, done, total] { emit progressed(done, total); }, Qt::QueuedConnection);
    };
    m_thread = QThread::create([this, folders, previous, result, progress, reader] {
        *result = LibraryScan::run(folders, previous, &m_cancel, progress, reader);
    });
    m_thread->setObjectName(u"gigmap-library"_s);
    connect(m_thread, &QThread::finished, this, &MusicLibraryImport::onScanned);
    m_thread->start(QThread::LowPriority);
    return true;
}

void MusicLibraryImport::cancel()
{
    m_cancel = true;
}

void MusicLibraryImport::onScanned()
{
    m_thread->wait();
    delete std::exchange(m_thread, nullptr);
    const std::shared_ptr<LibraryScanResult> result = std::exchange(m_result, nullptr);

    LibraryImportSummary summary;
    summary.cancelled = result->cancelled || m_cancel;
    summary.missingFolders = result->missingFolders;
    if (!summary.cancelled) {
        summary.files = result->fileCount();
        summary.read = result->changed.size();
        summary.broken = result->broken;
        const QDateTime now = m_now();
        QList<FollowedArtist> found;
        for (const TaggedArtist &artist : result->newArtists())
            found.append({ artist.mbid, artist.name, ArtistOrigin::MusicLibrary, now });
        summary.artistsFound = found.size();
        summary.artistsAdded = m_artists->addAll(found);
        m_cache->writeLibraryFiles(result->changed, result->removed);
    }
    qCInfo(lcImport).noquote() << summary.text();
    emit finished(summary);
}

} // namespace gig
