// Reads and writes the cache's tables of "my artists": the followed artists and the music files
// the library import read. Plain functions over an open connection; CacheWorker calls them on
// the storage thread.
#pragma once

#include "app/library/libraryfile.h"
#include "models/followedartist.h"

#include <QList>
#include <QSqlError>
#include <QStringList>

class QSqlDatabase;

namespace gig {

class MyArtistsTables
{
public:
    // In the order they were added. Rows with an unknown origin read as added by hand.
    static QSqlError readFollowed(QSqlDatabase &database, QList<FollowedArtist> *artists);
    // Replaces the whole list in one transaction.
    static QSqlError writeFollowed(QSqlDatabase &database, const QList<FollowedArtist> &artists);

    static QSqlError readLibraryFiles(QSqlDatabase &database, LibraryIndex *files);
    // Writes the files read again and forgets the ones gone, in one transaction.
    static QSqlError writeLibraryFiles(
        QSqlDatabase &database, const QList<LibraryFile> &changed, const QStringList &removed);
};

} // namespace gig
