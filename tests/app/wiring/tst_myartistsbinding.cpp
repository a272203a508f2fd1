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

namespace {

// The window's my artists wired to the imports, against the sandbox's services.
struct SandboxWiring
{
    SandboxWiring()
    {
        listening = sandbox.listen();
        sandbox.setRealism(false);
    }

    SandboxServer sandbox;
    bool listening = false;
    GigStore store;
    CacheDatabase cache { &store, QString() };
    MyArtists artists;
    MainWindow window { &store };
    MyArtistsControls *controls = new MyArtistsControls(&window, &artists);
    MusicLibraryImport import { &artists, &cache };
    RequestQueue queue;
    ListenBrainzImport listenBrainz { &artists, &queue };
    MyArtistsBinding binding { controls, &import, &listenBrainz, [this] {
                                  return sandbox.serviceRoot(SandboxService::ListenBrainz);
                              } };
};

} // namespace

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
    QVERIFY2(dialog->statusText().contains(u"Added 2 artist"_s), qPrintable(dialog->statusText()));
    QVERIFY(!dialog->progressBar()->isVisible());
}

void TestMyArtistsBinding::dialogImportFollowsALastFmUserWithTheKeyOfSettings()
{
    SandboxWiring w;
    QVERIFY(w.listening);
    gig::LastFmImport lastFm(&w.artists, &w.queue);
    QString key; // as Settings holds it
    w.binding.setLastFm(
        &lastFm, [&w] { return w.sandbox.serviceRoot(SandboxService::LastFm); },
        [&key] { return key; });

    MyArtistsDialog *dialog = w.controls->openDialog();
    dialog->startLastFmImport(u"rj"_s); // no key yet: said, nothing asked
    QTRY_VERIFY(dialog->statusText().contains(u"did not accept the API key"_s));
    QCOMPARE(w.artists.size(), 0);

    key = u"sandbox-key"_s;
    dialog->startLastFmImport(u"rj"_s);
    QVERIFY(lastFm.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!lastFm.isRunning(), 20000);
    QVERIFY(w.artists.size() > 20);
    QCOMPARE(w.artists.artists().constFirst().origin, ArtistOrigin::LastFm);
    QVERIFY2(dialog->statusText().contains(u"Last.fm lists"_s), qPrintable(dialog->statusText()));
}

void TestMyArtistsBinding::dialogImportFollowsAListenBrainzUser()
{
    SandboxWiring w;
    QVERIFY(w.listening);

    MyArtistsDialog *dialog = w.controls->openDialog();
    dialog->listenBrainzField()->setText(u"rob"_s);
    dialog->startListenBrainzImport(u"rob"_s);
    QVERIFY(w.listenBrainz.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!w.listenBrainz.isRunning(), 20000);
    QVERIFY(w.artists.size() > 50);
    QCOMPARE(w.artists.artists().constFirst().origin, ArtistOrigin::ListenBrainz);
    QVERIFY2(dialog->statusText().contains(u"ListenBrainz lists the"_s),
        qPrintable(dialog->statusText()));

    dialog->startListenBrainzImport(u"unknown-one"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!w.listenBrainz.isRunning(), 20000);
    QVERIFY2(dialog->statusText().contains(u"knows no user named unknown-one"_s),
        qPrintable(dialog->statusText()));

    // Cancel: nothing changes, and the dialog says so.
    const QList<FollowedArtist> before = w.artists.artists();
    dialog->startListenBrainzImport(u"someone-else"_s);
    QVERIFY(w.listenBrainz.isRunning());
    dialog->findChild<QPushButton *>(u"myArtistsCancelImport"_s)->click();
    QVERIFY(!w.listenBrainz.isRunning());
    QTRY_VERIFY(dialog->statusText().contains(u"cancelled"_s));
    QCOMPARE(w.artists.artists(), before);
}

QTEST_MAIN(TestMyArtistsBinding)
#include "tst_myartistsbinding.moc"
