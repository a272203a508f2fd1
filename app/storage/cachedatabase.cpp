#include "app/storage/cachedatabase.h"

#include "app/storage/cacheworker.h"
#include "models/gigstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QScopedValueRollback>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace gig {

namespace {
Q_LOGGING_CATEGORY(lcCache, "gigmap.storage")
} // namespace

QString CacheDatabase::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/gigmap.sqlite"_s;
}

CacheDatabase::CacheDatabase(GigStore *store, const QString &path, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_path(path)
{
    Q_ASSERT(store);
    m_writeTimer.setSingleShot(true); // not restarted by later changes: at most one delay late
    m_writeTimer.setInterval(250ms);
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setInterval(60s);
    connect(&m_writeTimer, &QTimer::timeout, this, &CacheDatabase::writePending);
    connect(&m_retryTimer, &QTimer::timeout, this, &CacheDatabase::retry);

    if (m_path.isEmpty())
        return; // State::Disabled: memory only, by choice
    m_state = State::Unloaded;

    m_thread.setObjectName(u"gigmap-cache"_s);
    m_worker = new CacheWorker(m_path);
    m_worker->moveToThread(&m_thread);
    connect(m_worker, &CacheWorker::written, this, &CacheDatabase::onWritten);
    connect(m_worker, &CacheWorker::repaired, this, &CacheDatabase::onRepaired);
    m_thread.start();

    connect(m_store, &GigStore::eventsChanged, this,
            [this](const QSet<QString> &c, const QSet<QString> &r) { noteChanges(m_dirtyEvents, c, r); });
    connect(m_store, &GigStore::artistsChanged, this,
            [this](const QSet<QString> &c, const QSet<QString> &r) { noteChanges(m_dirtyArtists, c, r); });
    connect(m_store, &GigStore::releasesChanged, this,
            [this](const QSet<QString> &c, const QSet<QString> &r) { noteChanges(m_dirtyReleases, c, r); });
    connect(m_store, &GigStore::locationsChanged, this,
            [this](const QSet<QString> &c, const QSet<QString> &r) { noteChanges(m_dirtyLocations, c, r); });
    connect(m_store, &GigStore::batchFinished, this, &CacheDatabase::scheduleWrite);
}

CacheDatabase::~CacheDatabase()
{
    if (!m_worker)
        return;
    flush();
    CacheWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void CacheDatabase::setWriteDelay(std::chrono::milliseconds delay)
{
    m_writeTimer.setInterval(delay);
}

void CacheDatabase::setRetryInterval(std::chrono::milliseconds interval)
{
    m_retryTimer.setInterval(interval);
}

void CacheDatabase::setMaxPageCount(int pages)
{
    if (!m_worker)
        return;
    CacheWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, pages] { worker->setMaxPageCount(pages); },
                              Qt::BlockingQueuedConnection);
}

bool CacheDatabase::load()
{
    if (m_state != State::Unloaded)
        return m_state == State::Writing;
    CacheWorker::OpenResult result;
    CacheWorker *worker = m_worker;
    const QDateTime now = m_store->now();
    QMetaObject::invokeMethod(worker, [&result, worker, now] { result = worker->open(now); },
                              Qt::BlockingQueuedConnection);
    if (!result.movedAside.isEmpty())
        onRepaired(result.movedAside, result.brokenReason);
    if (!result.opened) {
        fail(result.problem);
        return false;
    }
    {
        const QScopedValueRollback restoring(m_restoring, true);
        m_store->restore(result.contents);
    }
    m_committedRevision = m_store->revision();
    qCInfo(lcCache) << "loaded" << m_store->eventCount() << "events and"
                    << m_store->locationCount() << "places from" << m_path;
    setState(State::Writing);
    scheduleWrite(); // changes made before load()
    return true;
}

void CacheDatabase::noteChanges(QSet<QString> &dirty, const QSet<QString> &changed,
                                const QSet<QString> &removed)
{
    if (m_restoring)
        return;
    dirty.unite(changed);
    dirty.unite(removed);
}

bool CacheDatabase::hasChanges() const
{
    return !m_dirtyEvents.isEmpty() || !m_dirtyArtists.isEmpty() || !m_dirtyReleases.isEmpty()
        || !m_dirtyLocations.isEmpty();
}

void CacheDatabase::scheduleWrite()
{
    if (m_state == State::Writing && hasChanges() && !m_writeTimer.isActive())
        m_writeTimer.start();
}

void CacheDatabase::writePending()
{
    if (m_state == State::Writing && hasChanges())
        send(takeChanges(), false);
}

StoreSnapshot CacheDatabase::takeChanges()
{
    StoreSnapshot changes;
    for (const QString &id : std::as_const(m_dirtyEvents)) {
        if (m_store->containsEvent(id))
            changes.events.append(m_store->event(id));
        else
            changes.removedEventIds.append(id);
    }
    for (const QString &id : std::as_const(m_dirtyArtists)) {
        if (m_store->containsArtist(id))
            changes.artists.append(m_store->artist(id));
        else
            changes.removedArtistIds.append(id);
    }
    for (const QString &mbid : std::as_const(m_dirtyReleases)) {
        if (m_store->containsLatestRelease(mbid))
            changes.releases.append(m_store->latestRelease(mbid));
        else
            changes.removedReleaseMbids.append(mbid);
    }
    for (const QString &id : std::as_const(m_dirtyLocations)) {
        if (m_store->containsLocation(id))
            changes.locations.append(m_store->location(id));
        else
            changes.removedLocationIds.append(id);
    }
    m_dirtyEvents.clear();
    m_dirtyArtists.clear();
    m_dirtyReleases.clear();
    m_dirtyLocations.clear();
    return changes;
}

void CacheDatabase::send(const StoreSnapshot &rows, bool replaceAll)
{
    m_writeTimer.stop();
    CacheWorker *worker = m_worker;
    const quint64 revision = m_store->revision();
    QMetaObject::invokeMethod(
        worker, [worker, rows, replaceAll, revision] { worker->write(rows, replaceAll, revision); },
        Qt::QueuedConnection);
}

void CacheDatabase::onWritten(quint64 revision, bool ok, const QString &error)
{
    if (!ok) {
        fail(error);
        return;
    }
    m_committedRevision = std::max(m_committedRevision, revision);
    if (m_state == State::Failing) {
        qCInfo(lcCache) << "writing to" << m_path << "works again";
        setWarning(std::exchange(m_repairNote, {}));
        setState(State::Writing);
        scheduleWrite();
    }
    emit committed(revision);
}

void CacheDatabase::onRepaired(const QString &movedTo, const QString &reason)
{
    m_repairNote = repairedText(movedTo, reason);
    setWarning(m_repairNote);
}

QString CacheDatabase::repairedText(const QString &movedTo, const QString &reason) const
{
    return tr("The gig cache was damaged (%1). It was moved to %2 and gigmap started a new one.")
        .arg(reason, QDir::toNativeSeparators(movedTo));
}

void CacheDatabase::fail(const QString &problem)
{
    m_writeTimer.stop();
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(
        m_retryTimer.intervalAsDuration());
    QString text = tr("gigmap cannot write its cache %1 (%2). Gigs are kept in memory; writing is "
                      "retried every %3 s.")
                       .arg(QDir::toNativeSeparators(m_path), problem)
                       .arg(std::max<qint64>(1, seconds.count()));
    if (!m_repairNote.isEmpty())
        text = m_repairNote + u' ' + text;
    setWarning(text);
    setState(State::Failing);
    m_retryTimer.start();
}

void CacheDatabase::retryNow()
{
    retry();
}

void CacheDatabase::retry()
{
    if (m_state != State::Failing)
        return;
    m_retryTimer.stop();
    m_dirtyEvents.clear();
    m_dirtyArtists.clear();
    m_dirtyReleases.clear();
    m_dirtyLocations.clear();
    send(m_store->snapshot(), true); // the file may hold anything: replace it with the store
}

void CacheDatabase::flush()
{
    if (!m_worker)
        return;
    if (m_state == State::Writing)
        writePending();
    else if (m_state == State::Failing)
        retry();
    // Wait for the storage thread to finish what it was given, then take its answers.
    QMetaObject::invokeMethod(m_worker, [] {}, Qt::BlockingQueuedConnection);
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}

void CacheDatabase::setState(State state)
{
    const bool wasInMemory = isInMemoryOnly();
    m_state = state;
    if (wasInMemory != isInMemoryOnly())
        emit inMemoryOnlyChanged(isInMemoryOnly());
}

void CacheDatabase::setWarning(const QString &warning)
{
    if (m_warning == warning)
        return;
    m_warning = warning;
    if (!warning.isEmpty())
        qCWarning(lcCache).noquote() << warning;
    emit warningChanged(m_warning);
}

} // namespace gig
