#include "app/storage/cachedatabase.h"

#include "app/storage/cachetable.h"
#include "app/storage/cacheworker.h"
#include "models/gigstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QScopedValueRollback>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace gig {

namespace {

Q_LOGGING_CATEGORY(lcCache, "gigmap.storage")

// How the store keys, finds and hands out each kind of cached row.
template<class T> struct StoreRows;

template<> struct StoreRows<Event>
{
    static QString key(const Event &row) { return row.id; }
    static bool contains(const GigStore &store, const QString &id)
    {
        return store.containsEvent(id);
    }
    static Cached<Event> get(const GigStore &store, const QString &id)
    {
        return store.eventById(id);
    }
};

template<> struct StoreRows<Artist>
{
    static QString key(const Artist &row) { return row.id; }
    static bool contains(const GigStore &store, const QString &id)
    {
        return store.containsArtist(id);
    }
    static Cached<Artist> get(const GigStore &store, const QString &id) { return store.artist(id); }
};

template<> struct StoreRows<LatestRelease>
{
    static QString key(const LatestRelease &row) { return row.artistMbid; }
    static bool contains(const GigStore &store, const QString &mbid)
    {
        return store.containsLatestRelease(mbid);
    }
    static Cached<LatestRelease> get(const GigStore &store, const QString &mbid)
    {
        return store.latestRelease(mbid);
    }
};

template<> struct StoreRows<Location>
{
    static QString key(const Location &row) { return row.id; }
    static bool contains(const GigStore &store, const QString &id)
    {
        return store.containsLocation(id);
    }
    static Cached<Location> get(const GigStore &store, const QString &id)
    {
        return store.location(id);
    }
};

// Splits the `dirty` ids of one table into rows still held (to write) and ids gone (to delete).
template<class T>
void collect(
    const GigStore &store, const QSet<QString> &dirty, QList<Cached<T>> &rows, QStringList &removed)
{
    rows.reserve(dirty.size());
    for (const QString &id : dirty) {
        if (StoreRows<T>::contains(store, id))
            rows.append(StoreRows<T>::get(store, id));
        else
            removed.append(id);
    }
}

// Removes the rows the store already has.
template<class T> void dropHeld(const GigStore &store, QList<Cached<T>> &rows)
{
    rows.removeIf([&store](const Cached<T> &row) {
        return StoreRows<T>::contains(store, StoreRows<T>::key(row.value));
    });
}

// Removes the rows the store holds from a later fetch. A row never fetched (a place another
// desktop only started watching) is older than any fetch: the database may still hold it while
// this store's fetch waits to be written. A tie goes to `rows`: a row updated after its fetch (an
// MBID found by name) keeps the fetch's time.
template<class T> void dropOlderThanHeld(const GigStore &store, QList<Cached<T>> &rows)
{
    rows.removeIf([&store](const Cached<T> &row) {
        const QString key = StoreRows<T>::key(row.value);
        if (!StoreRows<T>::contains(store, key))
            return false;
        const Cached<T> known = StoreRows<T>::get(store, key);
        if (known.isPending() || !known.fetchedAt.isValid())
            return false;
        return row.isPending() || !row.fetchedAt.isValid() || known.fetchedAt > row.fetchedAt;
    });
}

} // namespace

QString CacheDatabase::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/gigmap.sqlite"_s;
}

CacheDatabase::CacheDatabase(GigStore *store, const QString &path, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_path(path)
    , m_location(CacheLocation::fromText(path))
{
    Q_ASSERT(store);
    m_writeTimer.setSingleShot(true); // not restarted by later changes: at most one delay late
    m_writeTimer.setInterval(250ms);
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setInterval(60s);
    connect(&m_writeTimer, &QTimer::timeout, this, &CacheDatabase::writePending);
    connect(&m_retryTimer, &QTimer::timeout, this, &CacheDatabase::retry);
    m_connectionCheckTimer.setInterval(30s);
    connect(&m_connectionCheckTimer, &QTimer::timeout, this, &CacheDatabase::checkConnection);

    if (m_path.isEmpty())
        return; // State::Disabled: memory only, by choice
    m_state = State::Unloaded;

    m_thread.setObjectName(u"gigmap-cache"_s);
    m_worker = new CacheWorker(m_path);
    m_worker->moveToThread(&m_thread);
    connect(m_worker, &CacheWorker::written, this, &CacheDatabase::onWritten);
    connect(m_worker, &CacheWorker::repaired, this, &CacheDatabase::onRepaired);
    connect(m_worker, &CacheWorker::myArtistsWritten, this, &CacheDatabase::onMyArtistsWritten);
    connect(m_worker, &CacheWorker::sharedRowsChanged, this, &CacheDatabase::applySharedRows);
    connect(m_worker, &CacheWorker::connectionLost, this, [this](const QString &reason) {
        if (m_state == State::Writing)
            fail(reason);
    });
    m_thread.start();
    if (m_location.isShared())
        m_connectionCheckTimer.start(); // asks only while writing: a failing cache is retried

    connect(m_store, &GigStore::eventsChanged, this,
        [this](
            const QSet<QString> &c, const QSet<QString> &r) { noteChanges(m_dirtyEvents, c, r); });
    connect(m_store, &GigStore::artistsChanged, this,
        [this](
            const QSet<QString> &c, const QSet<QString> &r) { noteChanges(m_dirtyArtists, c, r); });
    connect(m_store, &GigStore::releasesChanged, this,
        [this](const QSet<QString> &c, const QSet<QString> &r) {
            noteChanges(m_dirtyReleases, c, r);
        });
    connect(m_store, &GigStore::locationsChanged, this,
        [this](const QSet<QString> &c, const QSet<QString> &r) {
            noteChanges(m_dirtyLocations, c, r);
        });
    connect(m_store, &GigStore::batchFinished, this, &CacheDatabase::scheduleWrite);
}

CacheDatabase::~CacheDatabase()
{
    if (!m_worker)
        return;
    flush();
    CacheWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void CacheDatabase::setWriteDelay(std::chrono::milliseconds delay)
{
    m_writeTimer.setInterval(delay);
}

void CacheDatabase::setConnectionCheckInterval(std::chrono::milliseconds interval)
{
    m_connectionCheckTimer.setInterval(interval);
}

void CacheDatabase::setRetryInterval(std::chrono::milliseconds interval)
{
    m_retryInterval = interval;
    m_retryTimer.setInterval(interval);
}

void CacheDatabase::applySharedRows(const StoreSnapshot &rows)
{
    // A row this store holds from a later fetch stays.
    StoreSnapshot newer = rows;
    dropOlderThanHeld(*m_store, newer.events);
    dropOlderThanHeld(*m_store, newer.artists);
    dropOlderThanHeld(*m_store, newer.releases);
    dropOlderThanHeld(*m_store, newer.locations);
    if (newer.isEmpty())
        return;
    {
        const QScopedValueRollback restoring(m_restoring, true); // already in the database
        m_store->restore(newer);
    }
    if (m_state == State::Writing && !hasChanges())
        m_committedRevision = m_store->revision(); // all of it is in the database
    emit sharedRowsApplied(newer.rowCount());
}

void CacheDatabase::setMaxPageCount(int pages)
{
    if (!m_worker)
        return;
    CacheWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, pages] { worker->setMaxPageCount(pages); }, Qt::BlockingQueuedConnection);
}

bool CacheDatabase::load()
{
    if (m_state != State::Unloaded)
        return m_state == State::Writing;
    CacheWorker::OpenResult result;
    CacheWorker *worker = m_worker;
    const QDateTime now = m_store->now();
    QMetaObject::invokeMethod(
        worker, [&result, worker, now] { result = worker->open(now); },
        Qt::BlockingQueuedConnection);
    if (!result.movedAside.isEmpty())
        onRepaired(result.movedAside, result.brokenReason);
    if (!result.opened) {
        fail(result.problem);
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    // Rows written to the store before load() are newer than the file's: keep them.
    StoreSnapshot &contents = result.contents;
    dropHeld(*m_store, contents.events);
    dropHeld(*m_store, contents.artists);
    dropHeld(*m_store, contents.releases);
    dropHeld(*m_store, contents.locations);
    {
        const QScopedValueRollback restoring(m_restoring, true);
        m_store->restore(contents);
    }
    qCDebug(lcCache) << "restored the store in" << timer.elapsed() << "ms";
    m_committedRevision = m_store->revision();
    qCInfo(lcCache) << "loaded" << m_store->eventCount() << "events and" << m_store->locationCount()
                    << "places from" << m_location.displayText();
    setState(State::Writing);
    scheduleWrite(); // changes made before load()
    return true;
}

void CacheDatabase::noteChanges(
    QSet<QString> &dirty, const QSet<QString> &changed, const QSet<QString> &removed)
{
    if (m_restoring)
        return;
    dirty.unite(changed);
    dirty.unite(removed);
}

void CacheDatabase::clearChanges()
{
    m_dirtyEvents.clear();
    m_dirtyArtists.clear();
    m_dirtyReleases.clear();
    m_dirtyLocations.clear();
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
    QElapsedTimer timer;
    timer.start();
    StoreSnapshot changes;
    collect(*m_store, m_dirtyEvents, changes.events, changes.removedEventIds);
    collect(*m_store, m_dirtyArtists, changes.artists, changes.removedArtistIds);
    collect(*m_store, m_dirtyReleases, changes.releases, changes.removedReleaseMbids);
    collect(*m_store, m_dirtyLocations, changes.locations, changes.removedLocationIds);
    clearChanges();
    qCDebug(lcCache) << "took" << changes.rowCount() << "changed rows in" << timer.elapsed()
                     << "ms";
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
        qCInfo(lcCache) << "writing to" << m_location.displayText() << "works again";
        m_retryTimer.setInterval(m_retryInterval);
        setWarning(std::exchange(m_repairNote, {}));
        setState(State::Writing);
        scheduleWrite();
        if (m_unwrittenMyArtists)
            sendMyArtists(*std::exchange(m_unwrittenMyArtists, std::nullopt));
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
    QString text;
    if (m_location.isShared()) {
        // A shared database is tried again soon, then less and less often.
        const auto interval = m_state == State::Failing
            ? std::min(m_retryTimer.intervalAsDuration() * 2, m_retryInterval)
            : std::min<std::chrono::milliseconds>(2s, m_retryInterval);
        m_retryTimer.setInterval(interval);
        const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(interval);
        text = tr("gigmap cannot reach the shared cache %1 (%2). It goes on with what it holds "
                  "and keeps what it fetches until the cache is back; it tries again in %n "
                  "second(s).",
            nullptr, int(std::max<qint64>(1, seconds.count())))
                   .arg(m_location.displayText(), problem);
    } else {
        const auto seconds
            = std::chrono::duration_cast<std::chrono::seconds>(m_retryTimer.intervalAsDuration());
        text = tr("gigmap cannot write its cache %1 (%2). Gigs are kept in memory; writing is "
                  "retried every %3 s.")
                   .arg(QDir::toNativeSeparators(m_path), problem)
                   .arg(std::max<qint64>(1, seconds.count()));
    }
    if (!m_repairNote.isEmpty())
        text = m_repairNote + u' ' + text;
    setWarning(text);
    setState(State::Failing);
    m_retryTimer.start();
}

void CacheDatabase::checkConnection()
{
    if (m_state != State::Writing)
        return;
    CacheWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker] { worker->checkConnection(); });
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
    clearChanges();
    send(m_store->snapshot(), true); // the file may hold anything: replace it with the store
}

void CacheDatabase::flush()
{
    if (!m_worker)
        return;
    const bool wasFailing = m_state == State::Failing;
    if (m_state == State::Writing)
        writePending();
    else if (wasFailing)
        retry();
    waitForWorker();
    if (!wasFailing && m_state == State::Failing) { // the last write failed: one full attempt
        retry();
        waitForWorker();
    }
}

void CacheDatabase::waitForWorker()
{
    // Wait for the storage thread to finish what it was given, then take its answers.
    QMetaObject::invokeMethod(
        m_worker, [] {}, Qt::BlockingQueuedConnection);
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

QList<FollowedArtist> CacheDatabase::readMyArtists()
{
    if (m_state == State::Disabled || m_state == State::Unloaded)
        return {};
    QList<FollowedArtist> artists;
    QString error;
    CacheWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [&] { artists = worker->readMyArtists(&error); }, Qt::BlockingQueuedConnection);
    if (!error.isEmpty())
        qCWarning(lcCache) << "cannot read the followed artists:" << error;
    return artists;
}

void CacheDatabase::writeMyArtists(const QList<FollowedArtist> &artists)
{
    if (m_state == State::Disabled)
        return;
    if (m_state != State::Writing) {
        m_unwrittenMyArtists = artists; // written once the file can be written
        return;
    }
    sendMyArtists(artists);
}

void CacheDatabase::sendMyArtists(const QList<FollowedArtist> &artists)
{
    m_sentMyArtists = artists;
    CacheWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, artists] { worker->writeMyArtists(artists); }, Qt::QueuedConnection);
}

LibraryIndex CacheDatabase::readLibraryFiles()
{
    if (m_state == State::Disabled || m_state == State::Unloaded)
        return {};
    LibraryIndex files;
    QString error;
    CacheWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [&] { files = worker->readLibraryFiles(&error); }, Qt::BlockingQueuedConnection);
    if (!error.isEmpty())
        qCWarning(lcCache) << "cannot read the music files of the last import:" << error;
    return files;
}

void CacheDatabase::writeLibraryFiles(const QList<LibraryFile> &changed, const QStringList &removed)
{
    // While writing fails these are dropped: the next import reads those files again.
    if (m_state != State::Writing || (changed.isEmpty() && removed.isEmpty()))
        return;
    CacheWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, changed, removed] { worker->writeLibraryFiles(changed, removed); },
        Qt::QueuedConnection);
}

void CacheDatabase::onMyArtistsWritten(int what, bool ok, const QString &error)
{
    if (ok)
        return;
    // The list is kept until writing works again (unless a newer one waits already).
    if (what == int(CacheTable::Id::MyArtists) && !m_unwrittenMyArtists)
        m_unwrittenMyArtists = m_sentMyArtists;
    fail(error);
}

QList<AlertMark> CacheDatabase::readAlertMarks()
{
    if (m_state == State::Disabled || m_state == State::Unloaded)
        return {};
    QList<AlertMark> marks;
    QString error;
    CacheWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [&] { marks = worker->readAlertMarks(&error); }, Qt::BlockingQueuedConnection);
    if (!error.isEmpty())
        qCWarning(lcCache) << "cannot read the alert marks:" << error;
    return marks;
}

bool CacheDatabase::writeAlertMarks(
    const QList<AlertMark> &marks, const QList<AlertMark> &forgotten)
{
    if (m_state != State::Writing || (marks.isEmpty() && forgotten.isEmpty()))
        return false;
    bool ok = false;
    QString error;
    CacheWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [&] { ok = worker->writeAlertMarks(marks, forgotten, &error); },
        Qt::BlockingQueuedConnection);
    if (!ok)
        qCWarning(lcCache) << "cannot write the alert marks:" << error;
    return ok;
}

} // namespace gig
