#include "app/library/musiclibraryimport.h"
#include "app/library/tagreader.h"
#include "app/storage/cachedatabase.h"
#include "models/gigstore.h"
#include "models/myartists.h"
#include "musicfiles.h"

#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using gig::ArtistOrigin;
using gig::LibraryImportSummary;
using gig::MusicLibraryImport;
using gig::testing::MusicFormat;
using gig::testing::writeMusicFile;

Q_DECLARE_METATYPE(gig::LibraryImportSummary)

namespace {

const QString radiohead = u"a74b1b7f-71a5-4011-9441-d0b5e4122711"_s;
const QDateTime t0(QDate(2026, 12, 2), QTime(8, 0), Qt::UTC);

} // namespace

class TestMusicLibraryImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void importFollowsTheArtistsAndRemembersTheFiles();
    void cancelChangesNothing();
    void summarySaysWhatHappened();

private:
    LibraryImportSummary runImport(MusicLibraryImport &import, const QStringList &folders);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_music;
};

void TestMusicLibraryImport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<gig::LibraryImportSummary>();
}

void TestMusicLibraryImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_music = m_dir->filePath(u"Music"_s);
    QVERIFY(QDir().mkpath(m_music + u"/a"_s));
    QVERIFY(writeMusicFile(m_music + u"/a/1.mp3"_s, MusicFormat::Mp3,
        { { u"Radiohead"_s }, {}, { radiohead }, {}, {} }));
    QVERIFY(writeMusicFile(
        m_music + u"/a/2.flac"_s, MusicFormat::Flac, { { u"Björk"_s }, {}, {}, {}, {} }));
    QFile broken(m_music + u"/a/3.ogg"_s);
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("OggS but nothing else");
}

LibraryImportSummary TestMusicLibraryImport::runImport(
    MusicLibraryImport &import, const QStringList &folders)
{
    QSignalSpy finished(&import, &MusicLibraryImport::finished);
    if (!import.start(folders))
        return {};
    if (finished.isEmpty() && !finished.wait(20000))
        return {};
    return finished.constFirst().constFirst().value<LibraryImportSummary>();
}

void TestMusicLibraryImport::importFollowsTheArtistsAndRemembersTheFiles()
{
    const QString path = m_dir->filePath(u"gigmap.sqlite"_s);
    {
        gig::GigStore store;
        gig::CacheDatabase cache(&store, path);
        QVERIFY(cache.load());
        gig::MyArtists mine;
        mine.add({ QString(), u"radiohead"_s, ArtistOrigin::ByHand, t0 }); // learns the id
        MusicLibraryImport import(&mine, &cache);
        import.setClock([] { return t0;
    });
    QSignalSpy progress(&import, &MusicLibraryImport::progressed);
    const LibraryImportSummary summary = runImport(import, { m_music });
    QCOMPARE(summary.files, 3);
    QCOMPARE(summary.read, 3);
    QCOMPARE(summary.broken, 1);
    QCOMPARE(summary.artistsFound, 2);
    QCOMPARE(summary.artistsAdded, 1); // Björk is new; Radiohead only learnt its id
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.constLast().at(0).value<qsizetype>(), 3);
    QCOMPARE(mine.size(), 2);
    QCOMPARE(mine.artists().at(0).mbid, radiohead);
    QCOMPARE(mine.artists().at(1),
        (gig::FollowedArtist { QString(), u"Björk"_s, ArtistOrigin::MusicLibrary, t0 }));
    cache.flush();
}
// The next start: nothing changed, so nothing is read; a removed artist stays removed.
gig::GigStore store;
gig::CacheDatabase cache(&store, path);
QVERIFY(cache.load());
gig::MyArtists mine;
mine.load({ { QString(), u"Somebody"_s, ArtistOrigin::ByHand, t0 } });
int reads = 0;
MusicLibraryImport import(&mine, &cache);
    import.setReader([&reads](const QString &file) {
        ++reads;
    return gig::TagReader::read(file);
    });
    LibraryImportSummary summary = runImport(import, { m_music });
    QCOMPARE(summary.files, 3);
    QCOMPARE(summary.read, 0);
    QCOMPARE(summary.broken, 1);
    QCOMPARE(summary.artistsAdded, 0);
    QCOMPARE(reads, 0);
    QCOMPARE(mine.size(), 1);

    // A new file is read, and only it.
    QVERIFY(writeMusicFile(
        m_music + u"/a/4.ogg"_s, MusicFormat::OggVorbis, { { u"Sigur Rós"_s }, {}, {}, {}, {} }));
    summary = runImport(import, { m_music });
    QCOMPARE(summary.read, 1);
    QCOMPARE(reads, 1);
    QCOMPARE(summary.artistsAdded, 1);
    QCOMPARE(mine.artists().constLast().name, u"Sigur Rós"_s);
    }

    void TestMusicLibraryImport::cancelChangesNothing()
    {
        gig::GigStore store;
        gig::CacheDatabase cache(&store, m_dir->filePath(u"gigmap.sqlite"_s));
        QVERIFY(cache.load());
        gig::MyArtists mine;
        MusicLibraryImport import(&mine, &cache);
        // The reader cancels while it reads the first file: the scan stops before the second.
    import.setReader([&import](const QString &file) {
        QMetaObject::invokeMethod(&import, &MusicLibraryImport::cancel, Qt::DirectConnection);
    return gig::TagReader::read(file);
    });
    const LibraryImportSummary summary = runImport(import, { m_music });
    QVERIFY(summary.cancelled);
    QCOMPARE(mine.size(), 0);
    cache.flush();
    QVERIFY(cache.readLibraryFiles().isEmpty());
    QVERIFY(!import.isRunning());
    QVERIFY(summary.text().contains(u"cancelled"_s));
    }

    void TestMusicLibraryImport::summarySaysWhatHappened()
    {
        LibraryImportSummary summary;
        summary.files = 12;
        summary.read = 3;
        summary.broken = 1;
        summary.artistsAdded = 2;
        summary.missingFolders = { u"/media/usb/Music"_s };
        const QString text = summary.text();
        QVERIFY2(text.contains(u"12 music file"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Read 3 new or changed"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Added 2 artist"_s), qPrintable(text));
        QVERIFY2(text.contains(u"1 file"_s), qPrintable(text));
        QVERIFY2(text.contains(u"/media/usb/Music"_s), qPrintable(text));
    }

    QTEST_GUILESS_MAIN(TestMusicLibraryImport)
#include "tst_musiclibraryimport.moc"
