// Imports "my artists" from the person's music files: reads what the last import saw from the
// cache, scans the folders on a thread of its own (progress, cancel), then follows the artists
// of the files read and records the files in the cache, so the next import reads only changes.
#pragma once

#include "app/library/libraryscan.h"

#include <QDateTime>
#include <QObject>
#include <QThread>
#include <atomic>
#include <memory>

namespace gig {

class CacheDatabase;
class MyArtists;

// What an import did, for the person.
struct LibraryImportSummary
{
    qsizetype files = 0; // music files found
    qsizetype read = 0; // new or changed, so read
    qsizetype broken = 0; // could not be read, skipped
    qsizetype artistsFound = 0; // artists named by the files read
    qsizetype artistsAdded = 0; // of those, not followed before
    QStringList missingFolders;
    bool cancelled = false;

    // One or two sentences: what was found and added, what was skipped, what went wrong.
    QString text() const;
};

class MusicLibraryImport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MusicLibraryImport)

public:
    // Neither is owned; both must outlive this object. `cache` may be in memory only: then every
    // import reads every file.
    MusicLibraryImport(MyArtists *artists, CacheDatabase *cache, QObject *parent = nullptr);
    ~MusicLibraryImport() override; // cancels and waits for the scan

    // The XDG music folder (QStandardPaths::MusicLocation), or empty when there is none.
    static QString defaultFolder();

    // Starts scanning; false (and nothing happens) while a scan runs or without a folder.
    bool start(const QStringList &folders);
    // Stops the scan at the next file; finished() follows with `cancelled` set, and nothing
    // is added or recorded.
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }

    void setReader(LibraryScan::Reader reader) { m_reader = std::move(reader); } // for tests
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

signals:
    void progressed(qsizetype done, qsizetype total); // at most every 50 ms, and at the end
    void finished(const gig::LibraryImportSummary &summary);

private:
    void onScanned();

    MyArtists *m_artists;
    CacheDatabase *m_cache;
    LibraryScan::Reader m_reader;
    std::function<QDateTime()> m_now;
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel = false;
    std::shared_ptr<LibraryScanResult> m_result;
};

} // namespace gig
