#include "app/cli/artistscommand.h"
#include "app/cli/artistsoptions.h"
#include "app/sandbox/sandboxlastfm.h"
#include "app/sandbox/sandboxlistenbrainz.h"
#include "app/sandbox/sandboxserver.h"
#include "app/storage/cachedatabase.h"
#include "models/gigstore.h"
#include "tests/app/library/musicfiles.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;
using gig::ArtistsCommand;
using gig::ArtistsOptions;

namespace {

const QString radiohead = u"a74b1b7f-71a5-4011-9441-d0b5e4122711"_s;

} // namespace

class TestArtistsCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void badArgumentsSayWhy_data();
    void badArgumentsSayWhy();
    void addListRemoveKeepTheListInTheCache();
    void removingWhatIsNotThereExitsTwoAndLosesNothing();
    void importReadsTheMusicFolderOnce();
    void unusableCacheExitsFour();
    void importFollowsAListenBrainzUsersArtists();
    void listenBrainzUnknownUserExitsThree();
    void importFollowsALastFmUsersArtists();
    void lastFmUnknownUserOrRefusedKeyExitsThree();
    void realBinaryRunsTheCommand();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &arguments);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_cache;
};

void TestArtistsCommand::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestArtistsCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_cache = m_dir->filePath(u"gigmap.sqlite"_s);
}

TestArtistsCommand::Run TestArtistsCommand::run(const QStringList &arguments)
{
    Run result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    result.exitCode = ArtistsCommand::run(QStringList { u"gigmap"_s, u"artists"_s } + arguments
            + QStringList { u"--cache"_s, m_cache },
        out, err);
    return result;
}

void TestArtistsCommand::badArgumentsSayWhy_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("reason");
    QTest::newRow("nothing") << QStringList {} << u"Say what to do"_s;
    QTest::newRow("unknown") << QStringList { u"follow"_s } << u"'follow' is not a command"_s;
    QTest::newRow("add nobody") << QStringList { u"add"_s } << u"add needs an artist"_s;
    QTest::newRow("list something")
        << QStringList { u"list"_s, u"x"_s } << u"list takes no artist"_s;
    QTest::newRow("music dir elsewhere") << QStringList { u"list"_s, u"--music-dir"_s, u"/"_s }
                                         << u"--music-dir belongs to import"_s;
    QTest::newRow("no such folder") << QStringList { u"import"_s, u"--music-dir"_s,
        u"/nonexistent/music"_s } << u"--music-dir '/nonexistent/music' is not a folder"_s;
    QTest::newRow("unknown option")
        << QStringList { u"list"_s, u"--frobnicate"_s } << u"frobnicate"_s;
    QTest::newRow("lastfm without key")
        << QStringList { u"import"_s, u"--lastfm"_s, u"rj"_s } << u"needs a Last.fm API key"_s;
    QTest::newRow("lastfm key alone") << QStringList { u"import"_s, u"--lastfm-key"_s, u"k"_s }
                                      << u"--lastfm-key needs --lastfm USER"_s;
    QTest::newRow("two sources") << QStringList { u"import"_s, u"--lastfm"_s, u"rj"_s,
        u"--lastfm-key"_s, u"k"_s, u"--listenbrainz"_s, u"rob"_s }
                                 << u"one source at a time"_s;
    QTest::newRow("lastfm plain http") << QStringList { u"import"_s, u"--lastfm"_s, u"rj"_s,
        u"--lastfm-key"_s, u"k"_s, u"--lastfm-url"_s, u"http://example.org/2.0"_s }
                                       << u"plain http is accepted for loopback hosts only"_s;
}

void TestArtistsCommand::badArgumentsSayWhy()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, reason);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, int(ArtistsCommand::BadArguments));
    QVERIFY2(result.err.contains(reason), qPrintable(result.err));
    QVERIFY(result.err.contains(u"gigmap artists --help"_s));
    QVERIFY(!QFile::exists(m_cache)); // nothing was opened, nothing made
}

void TestArtistsCommand::addListRemoveKeepTheListInTheCache()
{
    Run result = run({ u"list"_s });
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.isEmpty());
    QVERIFY(result.err.contains(u"No artist is followed yet"_s));

    QCOMPARE(run({ u"add"_s, u"Sigur"_s, u"Rós"_s }).exitCode, 0); // words joined
    result = run({ u"add"_s, radiohead.toUpper() });
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.err.contains(u"one of my artists now"_s));
    result = run({ u"add"_s, u"sigur ros"_s });
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.err.contains(u"already"_s));

    result = run({ u"list"_s });
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).startsWith(u"Sigur Rós\t\thand\t"_s));
    QVERIFY(lines.at(1).startsWith(u"\t"_s + radiohead + u"\thand\t"_s));

    result = run({ u"remove"_s, radiohead });
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.contains(u"Removed "_s + radiohead), qPrintable(result.err));
    result = run({ u"list"_s });
    QCOMPARE(result.out.count(u'\n'), 1);
}

void TestArtistsCommand::removingWhatIsNotThereExitsTwoAndLosesNothing()
{
    QCOMPARE(run({ u"add"_s, u"Björk"_s }).exitCode, 0);
    const Run result = run({ u"remove"_s, u"Bjorn"_s });
    QCOMPARE(result.exitCode, int(ArtistsCommand::BadArguments));
    QVERIFY(result.err.contains(u"Bjorn is not one of my artists"_s));
    QVERIFY(run({ u"list"_s }).out.startsWith(u"Björk\t"_s));
}

void TestArtistsCommand::importReadsTheMusicFolderOnce()
{
    const QString music = m_dir->filePath(u"Music"_s);
    QVERIFY(QDir().mkpath(music));
    QVERIFY(gig::testing::writeMusicFile(music + u"/1.mp3"_s, gig::testing::MusicFormat::Mp3,
        { { u"Radiohead"_s }, {}, { radiohead }, {}, {} }));
    QVERIFY(gig::testing::writeMusicFile(music + u"/2.ogg"_s, gig::testing::MusicFormat::OggVorbis,
        { { u"Björk"_s }, {}, {}, {}, {} }));
    QFile broken(music + u"/3.flac"_s);
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("not flac");
    broken.close();

    Run result = run({ u"import"_s, u"--music-dir"_s, music });
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.contains(u"Read 3 new or changed"_s), qPrintable(result.err));
    QVERIFY2(result.err.contains(u"Added 2 artist"_s), qPrintable(result.err));
    QVERIFY2(
        result.err.contains(u"Skipped 1 file that could not be read."_s), qPrintable(result.err));
    result = run({ u"list"_s });
    QVERIFY(result.out.contains(u"Radiohead\t"_s + radiohead + u"\tlibrary\t"_s));
    QVERIFY(result.out.contains(u"Björk\t\tlibrary\t"_s));

    result = run({ u"import"_s, u"--music-dir"_s, music });
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.contains(u"Read 0 new or changed"_s), qPrintable(result.err));
}

void TestArtistsCommand::unusableCacheExitsFour()
{
    // A file where the cache's folder should be: the cache cannot be made.
    QFile blocker(m_dir->filePath(u"blocker"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    m_cache = blocker.fileName() + u"/gigmap.sqlite"_s;
    const Run result = run({ u"add"_s, u"Björk"_s });
    QCOMPARE(result.exitCode, int(ArtistsCommand::CacheFailed));
    QVERIFY2(result.err.contains(u"cannot be used"_s), qPrintable(result.err));
}

void TestArtistsCommand::importFollowsAListenBrainzUsersArtists()
{
    gig::SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    sandbox.setRealism(false);
    const QString root = sandbox.serviceRoot(gig::SandboxService::ListenBrainz).toString();
    QCOMPARE(run({ u"add"_s, u"Somebody Else"_s }).exitCode, 0);
    Run result = run({ u"import"_s, u"--listenbrainz"_s, u"rob"_s, u"--listenbrainz-url"_s, root });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const int total = std::min(100, gig::SandboxListenBrainz::artistCountOf(u"rob"_s));
    QVERIFY2(result.err.contains(u"ListenBrainz lists the %1 artist"_s.arg(total)),
        qPrintable(result.err));
    // Artists of one name without an MBID are one entry: the message says how many were new.
    const QRegularExpressionMatch added
        = QRegularExpression(u"; (\\d+) of them are new"_s).match(result.err);
    QVERIFY2(added.hasMatch(), qPrintable(result.err));
    const int fresh = added.captured(1).toInt();
    QVERIFY(fresh > total * 9 / 10 && fresh <= total);
    result = run({ u"list"_s });
    const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), fresh + 1); // one line each, whatever breaks a name holds
    for (const QString &line : lines)
        QCOMPARE(line.count(u'\t'), 3);
    QVERIFY(lines.at(0).startsWith(u"Somebody Else\t"_s));
    QCOMPARE(lines.filter(u"\tlistenbrainz\t"_s).size(), fresh);

    // A user without statistics yet: nothing added, and said so.
    result
        = run({ u"import"_s, u"--listenbrainz"_s, u"newcomer"_s, u"--listenbrainz-url"_s, root });
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.contains(u"no statistics for newcomer"_s), qPrintable(result.err));
}

void TestArtistsCommand::listenBrainzUnknownUserExitsThree()
{
    gig::SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    sandbox.setRealism(false);
    const QString root = sandbox.serviceRoot(gig::SandboxService::ListenBrainz).toString();
    Run result = run(
        { u"import"_s, u"--listenbrainz"_s, u"unknown-person"_s, u"--listenbrainz-url"_s, root });
    QCOMPARE(result.exitCode, int(ArtistsCommand::SourceFailed));
    QVERIFY2(result.err.contains(u"knows no user named unknown-person"_s), qPrintable(result.err));

    gig::SandboxFault fault;
    fault.kind = gig::SandboxFault::Kind::MalformedJson;
    sandbox.setFault(gig::SandboxService::ListenBrainz, fault);
    result = run({ u"import"_s, u"--listenbrainz"_s, u"rob"_s, u"--listenbrainz-url"_s, root });
    QCOMPARE(result.exitCode, int(ArtistsCommand::SourceFailed));
    QVERIFY2(result.err.contains(u"Nothing was added"_s), qPrintable(result.err));
    QVERIFY(run({ u"list"_s }).out.isEmpty()); // nothing lost, nothing added
}

void TestArtistsCommand::importFollowsALastFmUsersArtists()
{
    gig::SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    sandbox.setRealism(false);
    const QString root = sandbox.serviceRoot(gig::SandboxService::LastFm).toString();
    const Run result = run({ u"import"_s, u"--lastfm"_s, u"rj"_s, u"--lastfm-key"_s,
        u"sandbox-key"_s, u"--lastfm-url"_s, root });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const int total = std::min(1000, gig::SandboxLastFm::artistCountOf(u"rj"_s));
    QVERIFY2(result.err.contains(u"Last.fm lists %1 artist"_s.arg(total)), qPrintable(result.err));
    const QRegularExpressionMatch added
        = QRegularExpression(u"; (\\d+) of them are new"_s).match(result.err);
    QVERIFY2(added.hasMatch(), qPrintable(result.err));
    const QStringList lines = run({ u"list"_s }).out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), added.captured(1).toInt());
    QCOMPARE(lines.filter(u"\tlastfm\t"_s).size(), lines.size());
    // Some came with their MusicBrainz id, some by name only, as on Last.fm.
    QVERIFY(lines.filter(QRegularExpression(u"^[^\t]*\t\t"_s)).size() > 0);
    QVERIFY(lines.filter(QRegularExpression(u"^[^\t]*\t[0-9a-f-]{36}\t"_s)).size() > 0);
}

void TestArtistsCommand::lastFmUnknownUserOrRefusedKeyExitsThree()
{
    gig::SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    sandbox.setRealism(false);
    const QString root = sandbox.serviceRoot(gig::SandboxService::LastFm).toString();
    Run result = run({ u"import"_s, u"--lastfm"_s, u"unknown-scrobbler"_s, u"--lastfm-key"_s,
        u"sandbox-key"_s, u"--lastfm-url"_s, root });
    QCOMPARE(result.exitCode, int(ArtistsCommand::SourceFailed));
    QVERIFY2(
        result.err.contains(u"knows no user named unknown-scrobbler"_s), qPrintable(result.err));
    result = run({ u"import"_s, u"--lastfm"_s, u"rj"_s, u"--lastfm-key"_s, u"invalid-key"_s,
        u"--lastfm-url"_s, root });
    QCOMPARE(result.exitCode, int(ArtistsCommand::SourceFailed));
    QVERIFY2(result.err.contains(u"did not accept the API key"_s), qPrintable(result.err));
    QVERIFY(run({ u"list"_s }).out.isEmpty()); // nothing lost, nothing added
}

void TestArtistsCommand::realBinaryRunsTheCommand()
{
    QProcess process;
    process.start(QStringLiteral(GIGMAP_EXECUTABLE),
        { u"artists"_s, u"add"_s, u"Caribou"_s, u"--cache"_s, m_cache });
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitCode(), 0);
    process.start(
        QStringLiteral(GIGMAP_EXECUTABLE), { u"artists"_s, u"list"_s, u"--cache"_s, m_cache });
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().startsWith("Caribou\t\thand\t"));
    process.start(QStringLiteral(GIGMAP_EXECUTABLE), { u"artists"_s, u"remove"_s });
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardError().contains("remove needs an artist"));
}

QTEST_GUILESS_MAIN(TestArtistsCommand)
#include "tst_artistscommand.moc"
