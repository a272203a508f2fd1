#include "models/myartists.h"
#include "models/myartistsmodel.h"
#include "ui/myartistsdialog.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gig;

namespace {

const QDateTime t0(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);
const QString radiohead = u"a74b1b7f-71a5-4011-9441-d0b5e4122711"_s;

QStringList column(const QAbstractItemModel *model, int column)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values.append(model->index(row, column).data().toString());
    return values;
}

} // namespace

class TestMyArtistsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void modelShowsEachArtistAndWhereItCameFrom();
    void searchIgnoresCaseAndAccents();
    void removesTheSelectedArtists();
    void addsByNameOrByMbid();
    void importShowsProgressAndCanBeCancelled();
    void listenBrainzAsksForTheUserNamed();
    void lastFmAsksForTheUserNamed();

private:
    std::unique_ptr<MyArtists> m_artists;
    std::unique_ptr<MyArtistsDialog> m_dialog;
};

void TestMyArtistsDialog::init()
{
    m_artists = std::make_unique<MyArtists>();
    m_artists->load({ { radiohead, u"Radiohead"_s, ArtistOrigin::MusicLibrary, t0 },
        { QString(), u"Björk"_s, ArtistOrigin::ByHand, t0 },
        { u"11111111-2222-3333-4444-555555555555"_s, QString(), ArtistOrigin::ListenBrainz, t0 } });
    m_dialog = std::make_unique<MyArtistsDialog>(m_artists.get());
    m_dialog->show();
}

void TestMyArtistsDialog::modelShowsEachArtistAndWhereItCameFrom()
{
    MyArtistsModel model(m_artists.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(column(&model, MyArtistsModel::NameColumn),
        (QStringList { u"Radiohead"_s, u"Björk"_s, u"(name not known)"_s }));
    QCOMPARE(column(&model, MyArtistsModel::OriginColumn),
        (QStringList { u"music library"_s, u"added by hand"_s, u"ListenBrainz"_s }));
    QCOMPARE(column(&model, MyArtistsModel::MbidColumn).constFirst(), radiohead);
    QVERIFY(!model.index(1, MyArtistsModel::MbidColumn).data(Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(!column(&model, MyArtistsModel::AddedColumn).constFirst().isEmpty());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    m_artists->add({ QString(), u"Caribou"_s, ArtistOrigin::ByHand, t0 });
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 4);
}

void TestMyArtistsDialog::searchIgnoresCaseAndAccents()
{
    const QAbstractItemModel *shown = m_dialog->table()->model();
    QCOMPARE(shown->rowCount(), 3);
    m_dialog->searchField()->setText(u"BJORK"_s);
    QCOMPARE(column(shown, MyArtistsModel::NameColumn), QStringList { u"Björk"_s });
    m_dialog->searchField()->setText(u"a74b1b7f"_s); // by MBID too
    QCOMPARE(column(shown, MyArtistsModel::NameColumn), QStringList { u"Radiohead"_s });
    m_dialog->searchField()->clear();
    QCOMPARE(shown->rowCount(), 3);
}

void TestMyArtistsDialog::removesTheSelectedArtists()
{
    auto *remove = m_dialog->findChild<QPushButton *>(u"myArtistsRemove"_s);
    QVERIFY(!remove->isEnabled()); // nothing selected
    m_dialog->searchField()->setText(u"radio"_s);
    m_dialog->table()->selectRow(0);
    QVERIFY(remove->isEnabled());
    remove->click();
    QCOMPARE(m_artists->size(), 2);
    QVERIFY(!m_artists->follows(Artist { u"x"_s, radiohead, u"Radiohead"_s, {} }));
    QVERIFY(m_dialog->statusText().contains(u"Removed 1"_s));
    QVERIFY(!remove->isEnabled());
}

void TestMyArtistsDialog::addsByNameOrByMbid()
{
    auto *add = m_dialog->findChild<QPushButton *>(u"myArtistsAddButton"_s);
    QVERIFY(!add->isEnabled());
    m_dialog->addField()->setText(u"  Caribou "_s);
    add->click();
    QCOMPARE(m_artists->artists().constLast().name, u"Caribou"_s);
    QCOMPARE(m_artists->artists().constLast().origin, ArtistOrigin::ByHand);
    QVERIFY(m_dialog->addField()->text().isEmpty());
    m_dialog->addField()->setText(u"8ED2E0B3-AA4C-4E13-BEC3-DC7393ED4D6B"_s);
    QTest::keyClick(m_dialog->addField(), Qt::Key_Return);
    QCOMPARE(m_artists->artists().constLast().mbid, u"8ed2e0b3-aa4c-4e13-bec3-dc7393ed4d6b"_s);
    QVERIFY(m_artists->artists().constLast().name.isEmpty());
    // Again: nothing changes, and the dialog says so.
    m_dialog->addField()->setText(u"caribou"_s);
    add->click();
    QCOMPARE(m_artists->size(), 5);
    QVERIFY(m_dialog->statusText().contains(u"already"_s));
    QCOMPARE(m_dialog->addField()->text(), u"caribou"_s); // kept: nothing is lost
}

void TestMyArtistsDialog::importShowsProgressAndCanBeCancelled()
{
    auto *import = m_dialog->findChild<QPushButton *>(u"myArtistsImport"_s);
    auto *cancel = m_dialog->findChild<QPushButton *>(u"myArtistsCancelImport"_s);
    QVERIFY(import->isEnabled());
    QVERIFY(!cancel->isVisible());
    QVERIFY(!m_dialog->progressBar()->isVisible());

    QSignalSpy asked(m_dialog.get(), &MyArtistsDialog::importRequested);
    QSignalSpy cancelled(m_dialog.get(), &MyArtistsDialog::importCancelRequested);
    m_dialog->startImport(u"/home/me/Music"_s);
    QCOMPARE(asked.count(), 1);
    QCOMPARE(asked.constFirst().constFirst().toString(), u"/home/me/Music"_s);
    QVERIFY(!import->isEnabled());
    QVERIFY(cancel->isVisible());
    QVERIFY(m_dialog->progressBar()->isVisible());
    m_dialog->showImportProgress(250, 1000);
    QCOMPARE(m_dialog->progressBar()->maximum(), 1000);
    QCOMPARE(m_dialog->progressBar()->value(), 250);
    cancel->click();
    QCOMPARE(cancelled.count(), 1);
    m_dialog->showImportFinished(u"The import was cancelled; nothing was changed."_s);
    QVERIFY(import->isEnabled());
    QVERIFY(!cancel->isVisible());
    QVERIFY(m_dialog->statusText().contains(u"cancelled"_s));
    QCOMPARE(m_dialog->musicFolder(), u"/home/me/Music"_s);
}

void TestMyArtistsDialog::listenBrainzAsksForTheUserNamed()
{
    auto *button = m_dialog->findChild<QPushButton *>(u"myArtistsListenBrainz"_s);
    QVERIFY(!button->isEnabled()); // no user yet
    QSignalSpy asked(m_dialog.get(), &MyArtistsDialog::listenBrainzImportRequested);
    m_dialog->listenBrainzField()->setText(u" rob "_s);
    QVERIFY(button->isEnabled());
    button->click();
    QCOMPARE(asked.count(), 1);
    QCOMPARE(asked.constFirst().constFirst().toString(), u"rob"_s);
    QVERIFY(!button->isEnabled()); // one import at a time
    QVERIFY(m_dialog->progressBar()->isVisible());
    m_dialog->showImportFinished(u"ListenBrainz knows no user named rob; nothing was added."_s);
    QVERIFY(button->isEnabled());
    QVERIFY(m_dialog->statusText().contains(u"knows no user"_s));
}

void TestMyArtistsDialog::lastFmAsksForTheUserNamed()
{
    auto *button = m_dialog->findChild<QPushButton *>(u"myArtistsLastFm"_s);
    QVERIFY(!button->isEnabled()); // no user yet
    QSignalSpy asked(m_dialog.get(), &MyArtistsDialog::lastFmImportRequested);
    m_dialog->lastFmField()->setText(u" rj "_s);
    QVERIFY(button->isEnabled());
    button->click();
    QCOMPARE(asked.count(), 1);
    QCOMPARE(asked.constFirst().constFirst().toString(), u"rj"_s);
    QVERIFY(!button->isEnabled()); // one import at a time
    QVERIFY(m_dialog->statusText().contains(u"Last.fm"_s));
    m_dialog->showImportFinished(u"Last.fm knows no user named rj; nothing was added."_s);
    QVERIFY(button->isEnabled());
}

QTEST_MAIN(TestMyArtistsDialog)
#include "tst_myartistsdialog.moc"
