// One pass over the music folders: lists the music files, reads the tags of the new and changed
// ones (TagReader) and keeps what the last pass knew of the others. Synchronous; runs on
// whatever thread calls it (MusicLibraryImport puts it on its own).
#pragma once

#include "app/library/libraryfile.h"

#include <QStringList>
#include <atomic>
#include <functional>

namespace gig {

struct LibraryScanResult
{
    LibraryIndex files; // every music file of the folders as it is now, and files of other folders
    QList<LibraryFile> changed; // new or changed since the last pass: read now
    QStringList removed; // known from the last pass, under the folders, and gone now
    qsizetype unchanged = 0; // not read: same size and modification time as last time
    qsizetype broken = 0; // could not be read as audio (now, or last time and unchanged since)
    QStringList missingFolders; // folders that do not exist or cannot be listed
    bool cancelled = false; // stopped before the end: nothing of it should be kept

    // The artists of the files read now (each once, in the order met): what the import adds.
    QList<TaggedArtist> newArtists() const;
    qsizetype fileCount() const { return unchanged + changed.size(); }
};

class LibraryScan
{
public:
    using Progress = std::function<void(qsizetype done, qsizetype total)>;
    using Reader = std::function<std::optional<QList<TaggedArtist>>(const QString &path)>;

    // Scans `folders` (each with its subfolders; symbolic links to folders are not followed)
    // against `previous`. `cancel` is checked between files; `progress` hears about each file.
    // `reader` reads one file's tags (default TagReader::read).
    static LibraryScanResult run(const QStringList &folders, const LibraryIndex &previous,
        const std::atomic_bool *cancel = nullptr, const Progress &progress = {},
        const Reader &reader = {});
};

} // namespace gig
