// Keeps GigStore on disk: loads it at start, writes its changes behind it from a storage thread,
// repairs or sidesteps a bad file, and falls back to memory (with a warning) when it cannot write.
#pragma once

#include "app/library/libraryfile.h"
#include "app/storage/cachelocation.h"
#include "models/alertmark.h"
#include "models/followedartist.h"

#include <QObject>
#include <QSet>
#include <QString>
#include <QThread>
#include <QTimer>
#include <chrono>
#include <optional>

namespace gig {

class CacheWorker;
class GigStore;
struct StoreSnapshot;

// Start-up contract: the application calls load() (synchronous) after creating the store and
// before starting any refresh, so that cached gigs show at once and no request is made for data
// already held. After load(), every change batch of the store reaches the file within the write
// delay (250 ms by default, one transaction for all changes made meanwhile).
//
// The SQLite connection lives on its own QThread inside a CacheWorker; the store stays on the
// thread of this object and changes cross over as StoreSnapshot values.
class CacheDatabase final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CacheDatabase)
    Q_PROPERTY(QString warning READ warning NOTIFY warningChanged)
    Q_PROPERTY(bool inMemoryOnly READ isInMemoryOnly NOTIFY inMemoryOnlyChanged)

public:
    // QStandardPaths::CacheLocation + "/gigmap.sqlite".
    static QString defaultPath();

    // An empty `path` keeps the store in memory only (--no-cache): nothing is read or written
    // and no warning is raised. A postgresql:// URL (see CacheLocation) shares the cache with
    // other desktops: what they write reaches this store as they write it (LISTEN/NOTIFY), a
    // row fetched later wins over one fetched earlier, and a database out of reach is retried
    // after 2 s, then less and less often, up to the retry interval.
    explicit CacheDatabase(GigStore *store, const QString &path, QObject *parent = nullptr);
    ~CacheDatabase() override; // flushes, then stops the storage thread

    QString path() const { return m_path; }
    // The path, or the shared cache's URL without its password: what logs and people may read.
    QString displayName() const { return m_location.displayText(); }

    // Reads the whole file into the store, blocking until done. A broken file (not a database,
    // failing PRAGMA quick_check, schema newer than this build) is moved aside as
    // "<path>.broken-<UTC timestamp>" and a new one is made. Returns false when the store runs
    // in memory only: no path, or the file cannot be used now (then writing is retried).
    bool load();

    // Writes every pending change now and returns when it is committed (or has failed).
    // Called on quit. When writing fails (now or before), makes one full attempt more.
    void flush();

    // While in memory after a failure: tries to open the file and write the whole store now.
    void retryNow();

    // What the user should know about the cache, empty when all is well: a file that was moved
    // aside, or that gigs are kept in memory because the file cannot be written.
    QString warning() const { return m_warning; }
    // True with no path, before load(), and while writes fail.
    bool isInMemoryOnly() const { return m_state != State::Writing; }
    // Everything the store held at this GigStore::revision() is on disk.
    quint64 committedRevision() const { return m_committedRevision; }

    // The followed artists the file holds (after load(); empty while in memory only).
    QList<FollowedArtist> readMyArtists();
    // Replaces them on disk behind the caller. While writing fails, the latest list waits and is
    // written when writing works again.
    void writeMyArtists(const QList<FollowedArtist> &artists);
    // The music files the last library import read (after load(); empty while in memory only).
    LibraryIndex readLibraryFiles();
    // Records the files read again and forgets the ones gone, behind the caller.
    void writeLibraryFiles(const QList<LibraryFile> &changed, const QStringList &removed);

    // The alert marks the file holds (after load(); empty while in memory only).
    QList<AlertMark> readAlertMarks();
    // Writes these marks, forgets `forgotten`, and returns once that is committed: true when it
    // is on disk. An alert is raised only after its mark is, so a kill never lets it come twice.
    bool writeAlertMarks(const QList<AlertMark> &marks, const QList<AlertMark> &forgotten = {});

    void setWriteDelay(std::chrono::milliseconds delay); // default 250 ms
    void setRetryInterval(std::chrono::milliseconds interval); // default 60 s
    // How often a shared database is asked whether this desktop still hears it; default 30 s.
    void setConnectionCheckInterval(std::chrono::milliseconds interval);
    // Caps the file at this many pages (0: no cap); call before load(). A write past the cap
    // fails as on a full disk.
    void setMaxPageCount(int pages);

signals:
    void warningChanged(const QString &warning);
    void inMemoryOnlyChanged(bool inMemoryOnly);
    // A transaction committed everything up to this store revision.
    void committed(quint64 revision);
    // Rows another desktop sharing the cache wrote reached this store.
    void sharedRowsApplied(qsizetype rows);

private:
    enum class State { Disabled, Unloaded, Writing, Failing };

    void noteChanges(
        QSet<QString> &dirty, const QSet<QString> &changed, const QSet<QString> &removed);
    void scheduleWrite();
    void writePending();
    void checkConnection();
    void retry();
    StoreSnapshot takeChanges();
    void send(const StoreSnapshot &rows, bool replaceAll);
    void onWritten(quint64 revision, bool ok, const QString &error);
    void onRepaired(const QString &movedTo, const QString &reason);
    void onMyArtistsWritten(int what, bool ok, const QString &error);
    void applySharedRows(const gig::StoreSnapshot &rows);
    void sendMyArtists(const QList<FollowedArtist> &artists);
    void fail(const QString &problem);
    void setState(State state);
    void setWarning(const QString &warning);
    QString repairedText(const QString &movedTo, const QString &reason) const;
    bool hasChanges() const;
    void clearChanges();
    void waitForWorker();

    GigStore *m_store;
    QString m_path;
    CacheLocation m_location;
    std::chrono::milliseconds m_retryInterval { 60000 };
    CacheWorker *m_worker = nullptr;
    QThread m_thread;
    QTimer m_writeTimer;
    QTimer m_retryTimer;
    QTimer m_connectionCheckTimer; // shared databases only
    State m_state = State::Disabled;
    bool m_restoring = false;
    QString m_warning;
    QString m_repairNote; // kept across a failure so recovery does not hide it
    quint64 m_committedRevision = 0;
    QSet<QString> m_dirtyEvents;
    QSet<QString> m_dirtyArtists;
    QSet<QString> m_dirtyReleases;
    QSet<QString> m_dirtyLocations;
    std::optional<QList<FollowedArtist>> m_unwrittenMyArtists; // while writing fails
    QList<FollowedArtist> m_sentMyArtists; // the last list given to the storage thread
};

} // namespace gig
