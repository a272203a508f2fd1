#include "app/library/lastfmimport.h"
#include "app/library/listenbrainzimport.h"
#include "app/library/musiclibraryimport.h"
#include "app/net/requestqueue.h"
#include "app/sandbox/sandboxserver.h"
#include "app/storage/cachedatabase.h"
#include "app/wiring/myartistsbinding.h"
#include "models/gigstore.h"
#include "models/myartists.h"
#include "tests/app/library/musicfiles.h"
#include "ui/mainwindow.h"
#include "ui/myartistscontrols.h"
#include "ui/myartistsdialog.h"

#include <QDir>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gig;

class TestMyArtistsBinding : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void dialogImportFollowsTheFolderArtists();
    void dialogImportFollowsAListenBrainzUser();
    void dialogImportFollowsALastFmUserWithTheKeyOfSettings();
};

void TestMyArtistsBinding::dialogImportFollowsTheFolderArtists()
{
    QTemporaryDir dir;
    QVERIFY(testing::writeMusicFile(dir.filePath(u"1.flac"_s), testing::MusicFormat::Flac,
        { { u"Björk"_s }, {}, { u"87c5dedd-371d-4a53-9f7f-80522fb7f3cb"_s }, {}, {} }));
    QVERIFY(testing::writeMusicFile(
        dir.filePath(u"2.mp3"_s), testing::MusicFormat::Mp3, { { u"Caribou"_s }, {}, {}, {}, {} }));

    GigStore store;
    CacheDatabase cache(&store, QString()); // in memory: every import reads every file
    MyArtists artists;
    MainWindow window(&store);
    auto *controls = new MyArtistsControls(&window, &artists);
    MusicLibraryImport import(&artists, &cache);
    RequestQueue queue;
    ListenBrainzImport listenBrainz(&artists, &queue);
    MyArtistsBinding binding(
        controls, &import, &listenBrainz, [] { return QUrl(u"https://listenbrainz.invalid"_s); });

    MyArtistsDialog *dialog = controls->openDialog();
    QCOMPARE(dialog->musicFolder(), MusicLibraryImport::defaultFolder());
    dialog->startImport(dir.path());
    QVERIFY(import.isRunning());
    QTRY_VERIFY(!import.isRunning());
    QCOMPARE(artists.size(), 2);
    QVERIFY2(dialog->statusText().contains(u"added 2 artist"_s), qPrintable(dialog->statusText()));
    QVERIFY(!dialog->progressBar()->isVisible());
}

void TestMyArtistsBinding::dialogImportFollowsALastFmUserWithTheKeyOfSettings()
{
    SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    sandbox.setRealism(false);
    GigStore store;
    CacheDatabase cache(&store, QString());
    MyArtists artists;
    MainWindow window(&store);
    auto *controls = new MyArtistsControls(&window, &artists);
    MusicLibraryImport import(&artists, &cache);
    RequestQueue queue;
    ListenBrainzImport listenBrainz(&artists, &queue);
    MyArtistsBinding binding(controls, &import, &listenBrainz,
        [&sandbox] { return sandbox.serviceRoot(SandboxService::ListenBrainz); });
    gig::LastFmImport lastFm(&artists, &queue);
    QString key; // as Settings holds it
    binding.setLastFm(
        &lastFm, [&sandbox] { return sandbox.serviceRoot(SandboxService::LastFm); },
        [&key] { return key; });

    MyArtistsDialog *dialog = controls->openDialog();
    dialog->startLastFmImport(u"rj"_s); // no key yet: said, nothing asked
    QTRY_VERIFY(dialog->statusText().contains(u"did not accept the API key"_s));
    QCOMPARE(artists.size(), 0);

    key = u"sandbox-key"_s;
    dialog->startLastFmImport(u"rj"_s);
    QVERIFY(lastFm.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!lastFm.isRunning(), 20000);
    QVERIFY(artists.size() > 20);
    QCOMPARE(artists.artists().constFirst().origin, ArtistOrigin::LastFm);
    QVERIFY2(dialog->statusText().contains(u"Last.fm lists"_s), qPrintable(dialog->statusText()));
}

void TestMyArtistsBinding::dialogImportFollowsAListenBrainzUser()
{
    SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    sandbox.setRealism(false);
    GigStore store;
    CacheDatabase cache(&store, QString());
    MyArtists artists;
    MainWindow window(&store);
    auto *controls = new MyArtistsControls(&window, &artists);
    MusicLibraryImport import(&artists, &cache);
    RequestQueue queue;
    ListenBrainzImport listenBrainz(&artists, &queue);
    MyArtistsBinding binding(controls, &import, &listenBrainz,
        [&sandbox] { return sandbox.serviceRoot(SandboxService::ListenBrainz); });

    MyArtistsDialog *dialog = controls->openDialog();
    dialog->listenBrainzField()->setText(u"rob"_s);
    dialog->startListenBrainzImport(u"rob"_s);
    QVERIFY(listenBrainz.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!listenBrainz.isRunning(), 20000);
    QVERIFY(artists.size() > 50);
    QCOMPARE(artists.artists().constFirst().origin, ArtistOrigin::ListenBrainz);
    QVERIFY2(dialog->statusText().contains(u"ListenBrainz lists the"_s),
        qPrintable(dialog->statusText()));

    dialog->startListenBrainzImport(u"unknown-one"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!listenBrainz.isRunning(), 20000);
    QVERIFY2(dialog->statusText().contains(u"knows no user named unknown-one"_s),
        qPrintable(dialog->statusText()));

    // Cancel: nothing changes, and the dialog says so.
    const QList<FollowedArtist> before = artists.artists();
    dialog->startListenBrainzImport(u"someone-else"_s);
    QVERIFY(listenBrainz.isRunning());
    dialog->findChild<QPushButton *>(u"myArtistsCancelImport"_s)->click();
    QVERIFY(!listenBrainz.isRunning());
    QTRY_VERIFY(dialog->statusText().contains(u"cancelled"_s));
    QCOMPARE(artists.artists(), before);
}

QTEST_MAIN(TestMyArtistsBinding)
#include "tst_myartistsbinding.moc"
