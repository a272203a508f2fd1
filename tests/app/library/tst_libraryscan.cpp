#include "app/library/libraryscan.h"
#include "app/library/tagreader.h"
#include "musicfiles.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using gig::LibraryScan;
using gig::TaggedArtist;
using gig::TagReader;
using gig::testing::MusicFormat;
using gig::testing::MusicTags;
using gig::testing::writeMusicFile;

using Tags = QMap<QString, QStringList>;
Q_DECLARE_METATYPE(gig::testing::MusicFormat)
Q_DECLARE_METATYPE(gig::testing::MusicTags)
Q_DECLARE_METATYPE(gig::TaggedArtist)

namespace {

const QString bjork = u"87c5dedd-371d-4a53-9f7f-80522fb7f3cb"_s;
const QString radiohead = u"a74b1b7f-71a5-4011-9441-d0b5e4122711"_s;
const QString thom = u"8ed2e0b3-aa4c-4e13-bec3-dc7393ed4d6b"_s;
const QString various = u"89ad4ac3-39f7-470e-963a-56509c546377"_s;

// A reader that counts the files it was asked to read.
struct CountingReader
{
    std::shared_ptr<QStringList> paths = std::make_shared<QStringList>();

    LibraryScan::Reader reader() const
    {
        return [paths = paths](const QString &path) {
            paths->append(QFileInfo(path).fileName());
            return TagReader::read(path);
        };
    }
};

bool touch(const QString &path, const QDateTime &modified)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite)
        && file.setFileTime(modified, QFileDevice::FileModificationTime);
}

} // namespace

class TestLibraryScan : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pairsIdsWithNames_data();
    void pairsIdsWithNames();
    void readsTheTagsOfEachFormat_data();
    void readsTheTagsOfEachFormat();
    void brokenFilesAreCountedAndSkipped();
    void rescanReadsOnlyTheChangedFile();
    void forgetsFilesThatAreGone();
    void missingFolderIsReportedNotFatal();
    void cancelStopsBetweenFiles();

private:
    void writeLibrary(const QString &root);
    QTemporaryDir m_dir;
};

void TestLibraryScan::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestLibraryScan::pairsIdsWithNames_data()
{
    QTest::addColumn<Tags>("tags");
    QTest::addColumn<QList<TaggedArtist>>("artists");

    QTest::newRow("name and id") << Tags { { u"ARTIST"_s, { u"Björk"_s } },
        { u"MUSICBRAINZ_ARTISTID"_s, { bjork.toUpper() } } }
                                 << QList<TaggedArtist> { { u"Björk"_s, bjork } };
    QTest::newRow("name only") << Tags { { u"ARTIST"_s, { u" Björk "_s } } }
                               << QList<TaggedArtist> { { u"Björk"_s, QString() } };
    QTest::newRow("ids split at a slash, names in ARTISTS")
        << Tags { { u"ARTIST"_s, { u"Radiohead feat. Thom Yorke"_s } },
               { u"ARTISTS"_s, { u"Radiohead"_s, u"Thom Yorke"_s } },
               { u"MUSICBRAINZ_ARTISTID"_s, { radiohead + u"/"_s + thom } } }
        << QList<TaggedArtist> { { u"Radiohead"_s, radiohead }, { u"Thom Yorke"_s, thom } };
    QTest::newRow("ids split at a semicolon, the name too")
        << Tags { { u"ARTIST"_s, { u"Radiohead; Thom Yorke"_s } },
               { u"MUSICBRAINZ_ARTISTID"_s, { radiohead + u"; "_s + thom } } }
        << QList<TaggedArtist> { { u"Radiohead"_s, radiohead }, { u"Thom Yorke"_s, thom } };
    QTest::newRow("several values")
        << Tags { { u"ARTIST"_s, { u"Radiohead"_s, u"Thom Yorke"_s } },
               { u"MUSICBRAINZ_ARTISTID"_s, { radiohead, thom } } }
        << QList<TaggedArtist> { { u"Radiohead"_s, radiohead }, { u"Thom Yorke"_s, thom } };
    QTest::newRow("a slash in one name with one id stays")
        << Tags { { u"ARTIST"_s, { u"AC/DC"_s } }, { u"MUSICBRAINZ_ARTISTID"_s, { radiohead } } }
        << QList<TaggedArtist> { { u"AC/DC"_s, radiohead } };
    QTest::newRow("counts disagree: names and ids apart")
        << Tags { { u"ARTIST"_s, { u"Radiohead & friends"_s } },
               { u"MUSICBRAINZ_ARTISTID"_s, { radiohead, thom } } }
        << QList<TaggedArtist> { { u"Radiohead & friends"_s, QString() }, { QString(), radiohead },
               { QString(), thom } };
    QTest::newRow("not an id is ignored")
        << Tags { { u"ARTIST"_s, { u"Björk"_s } }, { u"MUSICBRAINZ_ARTISTID"_s, { u"x"_s } } }
        << QList<TaggedArtist> { { u"Björk"_s, QString() } };
    QTest::newRow("album artist, and Various Artists left out")
        << Tags { { u"ARTIST"_s, { u"Björk"_s } }, { u"MUSICBRAINZ_ARTISTID"_s, { bjork } },
               { u"ALBUMARTIST"_s, { u"Various Artists"_s } },
               { u"MUSICBRAINZ_ALBUMARTISTID"_s, { various } } }
        << QList<TaggedArtist> { { u"Björk"_s, bjork } };
    QTest::newRow("album artist once when it is the artist")
        << Tags { { u"ARTIST"_s, { u"Björk"_s } }, { u"MUSICBRAINZ_ARTISTID"_s, { bjork } },
               { u"ALBUMARTIST"_s, { u"Björk"_s } }, { u"MUSICBRAINZ_ALBUMARTISTID"_s, { bjork } } }
        << QList<TaggedArtist> { { u"Björk"_s, bjork } };
    QTest::newRow("no tags") << Tags {} << QList<TaggedArtist> {};
}

void TestLibraryScan::pairsIdsWithNames()
{
    QFETCH(Tags, tags);
    QFETCH(QList<TaggedArtist>, artists);
    QCOMPARE(TagReader::artistsFromTags(tags), artists);
}

void TestLibraryScan::readsTheTagsOfEachFormat_data()
{
    QTest::addColumn<MusicFormat>("format");
    QTest::addColumn<MusicTags>("tags");
    QTest::addColumn<QList<TaggedArtist>>("artists");

    const MusicTags withIds { { u"Radiohead"_s }, {}, { radiohead }, {}, {} };
    const MusicTags namesOnly { { u"Björk"_s }, {}, {}, {}, {} };
    const MusicTags idsInOneTag { { u"Radiohead; Thom Yorke"_s }, {}, { radiohead + u"/"_s + thom },
        {}, {} };
    const MusicTags idsInValues { { u"Radiohead feat. Thom Yorke"_s },
        { u"Radiohead"_s, u"Thom Yorke"_s }, { radiohead, thom }, { u"Björk"_s }, { bjork } };
    const QList<TaggedArtist> both { { u"Radiohead"_s, radiohead }, { u"Thom Yorke"_s, thom } };
    for (const auto &[name, format] :
        { std::pair { "mp3", MusicFormat::Mp3 }, std::pair { "flac", MusicFormat::Flac },
            std::pair { "ogg", MusicFormat::OggVorbis } }) {
        QTest::addRow("%s with ids", name)
            << format << withIds << QList<TaggedArtist> { { u"Radiohead"_s, radiohead } };
        QTest::addRow("%s names only", name)
            << format << namesOnly << QList<TaggedArtist> { { u"Björk"_s, QString() } };
        QTest::addRow("%s several ids in one tag", name) << format << idsInOneTag << both;
        QTest::addRow("%s several values", name)
            << format << idsInValues << both + QList<TaggedArtist> { { u"Björk"_s, bjork } };
    }
}

void TestLibraryScan::readsTheTagsOfEachFormat()
{
    QFETCH(MusicFormat, format);
    QFETCH(MusicTags, tags);
    QFETCH(QList<TaggedArtist>, artists);
    const QString suffix = format == MusicFormat::Mp3 ? u"mp3"_s
        : format == MusicFormat::Flac                 ? u"flac"_s
                                                      : u"ogg"_s;
    const QString path = m_dir.filePath(
        u"%1.%2"_s.arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_'), suffix));
    QVERIFY(writeMusicFile(path, format, tags));
    const auto read = TagReader::read(path);
    QVERIFY2(read, "the generated file should read as audio");
    QCOMPARE(*read, artists);
}

void TestLibraryScan::writeLibrary(const QString &root)
{
    QVERIFY(QDir().mkpath(root + u"/Radiohead/OK Computer"_s));
    QVERIFY(QDir().mkpath(root + u"/Björk"_s));
    QVERIFY(writeMusicFile(root + u"/Radiohead/OK Computer/01.mp3"_s, MusicFormat::Mp3,
        { { u"Radiohead"_s }, {}, { radiohead }, {}, {} }));
    QVERIFY(writeMusicFile(
        root + u"/Björk/01.flac"_s, MusicFormat::Flac, { { u"Björk"_s }, {}, {}, {}, {} }));
    QVERIFY(writeMusicFile(root + u"/Björk/02.ogg"_s, MusicFormat::OggVorbis,
        { { u"Björk"_s }, {}, { bjork }, {}, {} }));
    QFile cover(root + u"/Björk/cover.jpg"_s); // not music: not even looked at
    QVERIFY(cover.open(QIODevice::WriteOnly));
    cover.write("\xff\xd8\xff");
}

void TestLibraryScan::brokenFilesAreCountedAndSkipped()
{
    const QString root = m_dir.filePath(u"broken"_s);
    writeLibrary(root);
    const auto write = [&root](const QString &name, const QByteArray &bytes) {
        QFile file(root + u'/' + name);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    };
    QVERIFY(write(u"empty.mp3"_s, {}));
    QVERIFY(write(u"text.flac"_s, "this is not a FLAC file at all\n"));
    QVERIFY(write(u"truncated.ogg"_s, gig::testing::oggVorbisAudio().left(40)));
    QVERIFY(write(u"noise.mp3"_s, QByteArray(5000, '\x17')));

    const gig::LibraryScanResult result = LibraryScan::run({ root }, {});
    QVERIFY(!result.cancelled);
    QCOMPARE(result.fileCount(), 7);
    QCOMPARE(result.broken, 4);
    QCOMPARE(result.changed.size(), 7); // the broken ones are recorded, so not read again
    const QList<TaggedArtist> artists = result.newArtists();
    QCOMPARE(artists.size(), 3);
    QVERIFY(artists.contains(TaggedArtist { u"Radiohead"_s, radiohead }));
    QVERIFY(artists.contains(TaggedArtist { u"Björk"_s, QString() }));
    QVERIFY(artists.contains(TaggedArtist { u"Björk"_s, bjork }));

    // Unchanged, they stay counted as broken without being read.
    CountingReader counting;
    const gig::LibraryScanResult again
        = LibraryScan::run({ root }, result.files, nullptr, {}, counting.reader());
    QCOMPARE(again.broken, 4);
    QVERIFY(counting.paths->isEmpty());
}

void TestLibraryScan::rescanReadsOnlyTheChangedFile()
{
    const QString root = m_dir.filePath(u"rescan"_s);
    writeLibrary(root);
    CountingReader first;
    QList<std::pair<qsizetype, qsizetype>> steps;
    const gig::LibraryScanResult cold = LibraryScan::run(
        { root }, {}, nullptr,
        [&steps](qsizetype done, qsizetype total) {
            steps.append({ done, total });
        },
        first.reader());
    QCOMPARE(first.paths->size(), 3);
    QCOMPARE(steps.size(), 3);
    QCOMPARE(steps.constLast(), (std::pair<qsizetype, qsizetype>(3, 3)));

    // Retag one file: its size changes, and so does its modification time.
    const QString changedPath = root + u"/Björk/01.flac"_s;
    QVERIFY(writeMusicFile(
        changedPath, MusicFormat::Flac, { { u"Björk"_s, u"Guest Singer"_s }, {}, {}, {}, {} }));
    QVERIFY(touch(changedPath, QDateTime::currentDateTimeUtc().addSecs(10)));

    CountingReader second;
    const gig::LibraryScanResult warm
        = LibraryScan::run({ root }, cold.files, nullptr, {}, second.reader());
    QCOMPARE(*second.paths, QStringList { u"01.flac"_s });
    QCOMPARE(warm.unchanged, 2);
    QCOMPARE(warm.changed.size(), 1);
    QCOMPARE(warm.newArtists(),
        (QList<TaggedArtist> { { u"Björk"_s, QString() }, { u"Guest Singer"_s, QString() } }));
    QVERIFY(warm.removed.isEmpty());
    QCOMPARE(warm.files.size(), 3);

    // A file with the same size but a new modification time is read again too.
    QVERIFY(touch(root + u"/Björk/02.ogg"_s, QDateTime::currentDateTimeUtc().addSecs(20)));
    CountingReader third;
    LibraryScan::run({ root }, warm.files, nullptr, {}, third.reader());
    QCOMPARE(*third.paths, QStringList { u"02.ogg"_s });
}

void TestLibraryScan::forgetsFilesThatAreGone()
{
    const QString root = m_dir.filePath(u"gone"_s);
    writeLibrary(root);
    gig::LibraryIndex previous = LibraryScan::run({ root }, {}).files;
    // A file of another folder, scanned another time, is not this scan's business.
    previous.insert(u"/elsewhere/x.mp3"_s, { u"/elsewhere/x.mp3"_s, 1, 1, true, {} });
    const QString canonicalRoot = QFileInfo(root).canonicalFilePath();
    // A sibling folder whose name starts like this one is not under it either.
    previous.insert(canonicalRoot + u"2/y.mp3"_s, { canonicalRoot + u"2/y.mp3"_s, 1, 1, true, {} });
    QVERIFY(QFile::remove(root + u"/Björk/02.ogg"_s));
    const gig::LibraryScanResult result = LibraryScan::run({ root }, previous);
    QCOMPARE(result.removed, QStringList { canonicalRoot + u"/Björk/02.ogg"_s });
    QCOMPARE(result.files.size(), 4);
    QVERIFY(result.files.contains(u"/elsewhere/x.mp3"_s));
}

void TestLibraryScan::missingFolderIsReportedNotFatal()
{
    const QString root = m_dir.filePath(u"present"_s);
    writeLibrary(root);
    const QString missing = m_dir.filePath(u"absent"_s);
    const gig::LibraryScanResult result = LibraryScan::run({ missing, root }, {});
    QCOMPARE(result.missingFolders, QStringList { missing });
    QCOMPARE(result.fileCount(), 3);
}

void TestLibraryScan::cancelStopsBetweenFiles()
{
    const QString root = m_dir.filePath(u"cancel"_s);
    writeLibrary(root);
    std::atomic_bool cancel = false;
    CountingReader counting;
    const gig::LibraryScanResult result = LibraryScan::run(
        { root }, {}, &cancel,
        [&cancel](qsizetype done, qsizetype) {
            if (done == 1)
                cancel = true;
        },
        counting.reader());
    QVERIFY(result.cancelled);
    QCOMPARE(counting.paths->size(), 1);
}

QTEST_GUILESS_MAIN(TestLibraryScan)
#include "tst_libraryscan.moc"
