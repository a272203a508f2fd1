#include "gigfixture.h"
#include "models/gigfiltermodel.h"
#include "models/giglistmodel.h"
#include "models/lineupmodel.h"
#include "models/myartists.h"
#include "ui/gigdetailspane.h"
#include "ui/gigfilterbar.h"
#include "ui/lineupfollowmenu.h"
#include "ui/mainwindow.h"
#include "ui/myartistscontrols.h"
#include "ui/myartistsdialog.h"

#include <QCheckBox>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gig;
using namespace gig::testing;

class TestMyArtistsControls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"gigmap-tests"_s);
        QCoreApplication::setApplicationName(u"tst_myartistscontrols"_s);
    }
    void init();
    void gigsOfMyArtistsAreStarredInWords();
    void onlyMyArtistsFiltersTheTableAndIsRemembered();
    void lineupMenuFollowsAndUnfollows();
    void artistsMenuOpensOneDialog();

private:
    QStringList shownNames() const;

    std::unique_ptr<GigStore> m_store;
    std::unique_ptr<MyArtists> m_artists;
    std::unique_ptr<MainWindow> m_window;
    MyArtistsControls *m_controls = nullptr;
};

void TestMyArtistsControls::init()
{
    QSettings().clear();
    m_store = std::make_unique<GigStore>();
    fillBerlin(*m_store);
    m_artists = std::make_unique<MyArtists>();
    m_window = std::make_unique<MainWindow>(m_store.get());
    m_controls = new MyArtistsControls(m_window.get(), m_artists.get());
    m_window->showLocation(u"berlin"_s);
}

QStringList TestMyArtistsControls::shownNames() const
{
    QStringList names;
    const QAbstractItemModel *table = m_window->gigTable()->model();
    for (int row = 0; row < table->rowCount(); ++row)
        names.append(table->index(row, GigListModel::EventColumn).data().toString());
    names.sort();
    return names;
}

void TestMyArtistsControls::gigsOfMyArtistsAreStarredInWords()
{
    QCOMPARE(shownNames(),
        (QStringList { u"Björk: Cornucopia"_s, u"Caribou"_s, u"Moderat"_s, u"Radiohead"_s }));
    // Caribou (m4) plays at its own gig and at Björk's.
    m_artists->add({ u"m4"_s, u"Caribou"_s, ArtistOrigin::ByHand, fixtureNow });
    QCOMPARE(shownNames(),
        (QStringList { u"Moderat"_s, u"Radiohead"_s, u"★ Björk: Cornucopia"_s, u"★ Caribou"_s }));
    const QAbstractItemModel *table = m_window->gigTable()->model();
    for (int row = 0; row < table->rowCount(); ++row) {
        const QModelIndex event = table->index(row, GigListModel::EventColumn);
        if (!event.data(MineRole).toBool())
            continue;
        QVERIFY(event.data(Qt::ToolTipRole).toString().contains(u"one of my artists plays"_s));
        QVERIFY(!event.data(Qt::AccessibleDescriptionRole).toString().isEmpty());
    }
}

void TestMyArtistsControls::onlyMyArtistsFiltersTheTableAndIsRemembered()
{
    QCheckBox *onlyMine = m_window->filterBar()->findChild<QCheckBox *>(u"filterOnlyMine"_s);
    QVERIFY(onlyMine);
    m_artists->add({ QString(), u"moderat"_s, ArtistOrigin::ByHand, fixtureNow });
    onlyMine->click();
    QVERIFY(m_window->gigFilterModel()->onlyMine());
    QCOMPARE(shownNames(), QStringList { u"★ Moderat"_s });

    QSettings settings;
    m_window->filterBar()->saveState(settings);
    m_window->filterBar()->clear();
    QVERIFY(!m_window->gigFilterModel()->onlyMine());
    QCOMPARE(shownNames().size(), 4);
    m_window->filterBar()->restoreState(settings);
    QVERIFY(onlyMine->isChecked());
    QCOMPARE(shownNames(), QStringList { u"★ Moderat"_s });
}

void TestMyArtistsControls::lineupMenuFollowsAndUnfollows()
{
    m_window->selectGig(u"e1"_s); // Björk, with Caribou
    LineupModel *lineup = m_window->lineupModel();
    QTRY_COMPARE(lineup->rowCount(), 2);
    GigDetailsPane *pane = m_window->detailsPane();
    // The pane's own context menu, as it is about to open on Caribou's row.
    const auto menuFor = [pane, lineup](int row) {
        auto menu = std::make_unique<QMenu>();
        menu->addAction(u"Open on MusicBrainz"_s); // stands for the pane's own actions
        emit pane->lineupMenuAboutToShow(
            menu.get(), lineup->index(row, LineupModel::ReleaseColumn));
        return menu;
    };
    const QModelIndex caribou = lineup->index(1, LineupModel::ArtistColumn);
    QCOMPARE(caribou.data(LineupModel::ArtistNameRole).toString(), u"Caribou"_s);
    std::unique_ptr<QMenu> menu = menuFor(1);
    QAction *follow = menu->findChild<QAction *>(u"followArtist"_s);
    QVERIFY(follow);
    QCOMPARE(follow->text(), u"Follow Caribou"_s);
    QVERIFY(menu->actions().at(1)->isSeparator()); // apart from the pane's own actions
    QCOMPARE(caribou.data().toString(), u"Caribou"_s);
    follow->trigger();
    QCOMPARE(m_artists->size(), 1);
    // The lineup stars it too, and says why.
    QCOMPARE(caribou.data().toString(), u"★ Caribou"_s);
    QVERIFY(caribou.data(LineupModel::FollowedRole).toBool());
    QCOMPARE(caribou.data(Qt::ToolTipRole).toString(), u"One of my artists."_s);
    QVERIFY(!lineup->index(0, 0).data(LineupModel::FollowedRole).toBool()); // Björk is not
    QCOMPARE(m_artists->artists().constFirst().mbid, u"m4"_s);
    QCOMPARE(m_artists->artists().constFirst().origin, ArtistOrigin::ByHand);
    QCOMPARE(shownNames().filter(u"★"_s).size(), 2); // its two gigs are marked now

    menu = menuFor(1);
    QAction *unfollow = menu->findChild<QAction *>(u"unfollowArtist"_s);
    QVERIFY(unfollow);
    QCOMPARE(unfollow->text(), u"Unfollow Caribou"_s);
    unfollow->trigger();
    QCOMPARE(m_artists->size(), 0);
    QCOMPARE(caribou.data().toString(), u"Caribou"_s);
    QVERIFY(shownNames().filter(u"★"_s).isEmpty());

    QMenu none;
    m_controls->lineupMenu()->addActions(&none, QModelIndex()); // no row, nothing added
    QVERIFY(none.actions().isEmpty());
}

void TestMyArtistsControls::artistsMenuOpensOneDialog()
{
    QMenu *menu = m_window->menuBar()->findChild<QMenu *>(u"artistsMenu"_s);
    QVERIFY(menu);
    QVERIFY(menu->actions().contains(m_controls->dialogAction()));
    // Before Help, which stays last.
    const QList<QAction *> menus = m_window->menuBar()->actions();
    QCOMPARE(menus.at(menus.size() - 2), menu->menuAction());

    m_controls->setMusicFolder(u"/srv/music"_s);
    m_controls->dialogAction()->trigger();
    MyArtistsDialog *dialog = m_controls->dialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->musicFolder(), u"/srv/music"_s);
    QCOMPARE(m_controls->openDialog(), dialog); // the same one again

    QSignalSpy asked(m_controls, &MyArtistsControls::importRequested);
    dialog->startImport(u"/srv/music"_s);
    QCOMPARE(asked.count(), 1);
    m_controls->showImportProgress(5, 10);
    QCOMPARE(dialog->progressBar()->value(), 5);
    m_controls->showImportFinished(u"Found 10 music files."_s);
    QCOMPARE(dialog->statusText(), u"Found 10 music files."_s);
    QVERIFY(!dialog->progressBar()->isVisible());
}

QTEST_MAIN(TestMyArtistsControls)
#include "tst_myartistscontrols.moc"
