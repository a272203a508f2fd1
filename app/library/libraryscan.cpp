#include "app/library/libraryscan.h"

#include "app/library/tagreader.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSet>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

Q_LOGGING_CATEGORY(lcScan, "gigmap.library.scan")

struct Found
{
    QString path;
    qint64 size = 0;
    qint64 modifiedMs = 0;
};

bool isUnder(const QString &path, const QStringList &folders)
{
    return std::any_of(folders.cbegin(), folders.cend(), [&path](const QString &folder) {
        return path.startsWith(folder) && path.size() > folder.size()
            && (folder.endsWith(u'/') || path.at(folder.size()) == u'/');
    });
}

} // namespace

QList<TaggedArtist> LibraryScanResult::newArtists() const
{
    QList<TaggedArtist> artists;
    QSet<QString> seen;
    for (const LibraryFile &file : changed) {
        for (const TaggedArtist &artist : file.artists) {
            const QString key = artist.mbid.isEmpty() ? u"name:"_s + artist.name : artist.mbid;
            if (!seen.contains(key)) {
                seen.insert(key);
                artists.append(artist);
            }
        }
    }
    return artists;
}

LibraryScanResult LibraryScan::run(const QStringList &folders, const LibraryIndex &previous,
    const std::atomic_bool *cancel, const Progress &progress, const Reader &reader)
{
    const auto cancelled = [cancel] {
        return cancel && cancel->load(std::memory_order_relaxed);
    };
    LibraryScanResult result;
    result.files = previous;

    // First the list, so that progress has a total.
    QStringList roots;
    QList<Found> found;
    for (const QString &folder : folders) {
        const QFileInfo info(folder);
        if (!info.isDir() || !info.isReadable()) {
            result.missingFolders.append(folder);
            continue;
        }
        const QString root = info.canonicalFilePath();
        roots.append(root);
        QDirIterator it(root, QDir::Files | QDir::NoDotAndDotDot | QDir::Readable,
            QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            if (cancelled()) {
                result.cancelled = true;
                return result;
            }
            const QFileInfo file = it.fileInfo();
            if (!TagReader::isMusicFileName(file.fileName()))
                continue;
            found.append({ file.filePath(), file.size(),
                file.fileTime(QFileDevice::FileModificationTime).toMSecsSinceEpoch() });
        }
    }

    const Reader read = reader ? reader : Reader(&TagReader::read);
    QSet<QString> seen;
    seen.reserve(found.size());
    const qsizetype total = found.size();
    for (qsizetype i = 0; i < total; ++i) {
        if (cancelled()) {
            result.cancelled = true;
            return result;
        }
        const Found &file = found.at(i);
        if (seen.contains(file.path))
            continue; // one folder inside another
        seen.insert(file.path);
        const auto known = previous.constFind(file.path);
        if (known != previous.cend() && known->looksUnchanged(file.size, file.modifiedMs)) {
            ++result.unchanged;
            if (!known->readable)
                ++result.broken;
        } else {
            LibraryFile record { file.path, file.size, file.modifiedMs, false, {} };
            if (const std::optional<QList<TaggedArtist>> artists = read(file.path)) {
                record.readable = true;
                record.artists = *artists;
            } else {
                ++result.broken;
                qCDebug(lcScan) << "cannot read" << file.path << "as audio; skipped";
            }
            result.files.insert(record.path, record);
            result.changed.append(record);
        }
        if (progress)
            progress(i + 1, total);
    }
    for (auto it = previous.cbegin(); it != previous.cend(); ++it) {
        if (!seen.contains(it.key()) && isUnder(it.key(), roots)) {
            result.removed.append(it.key());
            result.files.remove(it.key());
        }
    }
    return result;
}

} // namespace gig
