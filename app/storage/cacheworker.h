// CacheDatabase's half on the storage thread: owns the connection (a SQLite file, or a shared
// PostgreSQL database), checks and repairs the file, reads the whole cache at start and writes
// the store's changes in transactions.
#pragma once

#include "app/library/libraryfile.h"
#include "app/storage/cachelocation.h"
#include "app/storage/sharedchanges.h"
#include "models/alertmark.h"
#include "models/followedartist.h"
#include "models/storesnapshot.h"

#include <QObject>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QString>

namespace gig {

class CacheWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CacheWorker)

public:
    struct OpenResult
    {
        bool opened = false;
        QString problem; // why the file cannot be used now (when !opened)
        QString movedAside; // where a broken file went, empty when none was
        QString brokenReason; // what was wrong with it
        StoreSnapshot contents; // everything the file held (when opened)
    };

    explicit CacheWorker(const QString &path, QObject *parent = nullptr);
    ~CacheWorker() override;

    // 0: no limit. A write that would grow the file past it fails as on a full disk.
    void setMaxPageCount(int pages) { m_maxPageCount = pages; }

    // Opens the file (creating its folder), checks it (PRAGMA quick_check, schema version),
    // moves a broken one aside and starts a new one, migrates it, and reads everything.
    // `now` decides the freshness of the rows read; `readContents` false only checks the file.
    OpenResult open(const QDateTime &now, bool readContents = true);
    bool isOpen() const { return m_database.isOpen(); }
    void close();

    // Writes rows and deletions in one transaction: when `replaceAll`, the tables are emptied
    // first (the snapshot is then the whole store) and a closed connection is opened again.
    // Emits written() with `revision` either way. On failure nothing is half-written and the
    // connection is closed, so the next replaceAll starts with a full check.
    void write(const gig::StoreSnapshot &changes, bool replaceAll, quint64 revision);

    // Asks the shared database whether the connection that listens to it is still there: one the
    // server dropped says nothing of itself, and this desktop would stop hearing the others.
    // When it is gone, the connections are closed and connectionLost() says why.
    void checkConnection();

    // The tables of my artists (see MyArtistsTables). Reads give nothing, with `error` set, while
    // the file is not open; writes emit myArtistsWritten() either way.
    QList<FollowedArtist> readMyArtists(QString *error);
    void writeMyArtists(const QList<gig::FollowedArtist> &artists);
    LibraryIndex readLibraryFiles(QString *error);
    void writeLibraryFiles(const QList<gig::LibraryFile> &changed, const QStringList &removed);

    // The alert marks (see AlertMarksTable). Both fail, with `error` set, while the file is not
    // open; the write returns when the marks are committed (true) or have failed.
    QList<AlertMark> readAlertMarks(QString *error);
    bool writeAlertMarks(
        const QList<gig::AlertMark> &marks, const QList<gig::AlertMark> &forgotten, QString *error);

signals:
    void written(quint64 revision, bool ok, const QString &error);
    // `what` is MyArtists or LibraryFiles of CacheTable::Id, as an int.
    void myArtistsWritten(int what, bool ok, const QString &error);
    // A broken file was found while opening again for a write and moved to `movedTo`.
    void repaired(const QString &movedTo, const QString &reason);
    // Another desktop sharing the database wrote these rows (read back as they are now).
    void sharedRowsChanged(const gig::StoreSnapshot &rows);
    // checkConnection() found the shared database out of reach.
    void connectionLost(const QString &reason);

private:
    enum class Trouble { None, Broken, Unavailable };
    struct Failure
    {
        Trouble trouble = Trouble::None;
        QString reason;
    };

    Failure tryOpen(StoreSnapshot *contents, const QDateTime &now);
    Failure openFile(); // opens and checks the SQLite file
    Failure openShared(); // connects to the PostgreSQL database, and listens to it
    QSqlDatabase connectShared(const QString &name) const;
    void onNotification(
        const QString &channel, QSqlDriver::NotificationSource source, const QVariant &payload);
    // The rows of `keys` as the database holds them now; false on a failed read.
    bool readKeys(const ChangedKeys &keys, StoreSnapshot *rows, const QDateTime &now);
    // Tells the other desktops what a write holds, inside its transaction.
    QSqlError notifyOthers(const StoreSnapshot &written);
    Failure tuneFile(); // SQLite's journal and limits; nothing for PostgreSQL
    Failure failure(const QSqlError &error, const QString &doing) const;
    bool moveAside(QString *aside, QString *error) const;
    Failure readAll(StoreSnapshot *contents, const QDateTime &now);
    QSqlError writeRows(const StoreSnapshot &changes, bool replaceAll);

    QString m_path;
    CacheLocation m_location;
    QString m_connectionName;
    QSqlDatabase m_database;
    // A shared database's second connection, kept for LISTEN alone: notifications that arrive
    // while the first runs a statement would wait there until the next one.
    QSqlDatabase m_listener;
    int m_maxPageCount = 0;
};

} // namespace gig
