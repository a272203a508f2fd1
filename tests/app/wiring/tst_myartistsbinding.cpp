#include "app/library/musiclibraryimport.h"
#include "app/storage/cachedatabase.h"
#include "app/wiring/myartistsbinding.h"
#include "models/gigstore.h"
#include "models/myartists.h"
#include "tests/app/library/musicfiles.h"
#include "ui/mainwindow.h"
#include "ui/myartistscontrols.h"
#include "ui/myartistsdialog.h"

#include <QDir>
#include <QProgressBar>
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
    MyArtistsBinding binding(controls, &import);

    MyArtistsDialog *dialog = controls->openDialog();
    QCOMPARE(dialog->musicFolder(), MusicLibraryImport::defaultFolder());
    dialog->startImport(dir.path());
    QVERIFY(import.isRunning());
    QTRY_VERIFY(!import.isRunning());
    QCOMPARE(artists.size(), 2);
    QVERIFY2(dialog->statusText().contains(u"added 2 artist"_s), qPrintable(dialog->statusText()));
    QVERIFY(!dialog->progressBar()->isVisible());
}

QTEST_MAIN(TestMyArtistsBinding)
#include "tst_myartistsbinding.moc"
