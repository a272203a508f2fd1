#include "ui/myartistscontrols.h"

#include "models/giglistmodel.h"
#include "models/lineupmodel.h"
#include "ui/gigdetailspane.h"
#include "ui/lineupfollowmenu.h"
#include "ui/mainwindow.h"
#include "ui/myartistsdialog.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace gig {

MyArtistsControls::MyArtistsControls(MainWindow *window, MyArtists *artists)
    : QObject(window)
    , m_window(window)
    , m_artists(artists)
    , m_lineupMenu(new LineupFollowMenu(window->detailsPane(), artists))
    , m_dialogAction(new QAction(tr("&My Artists…"), this))
{
    Q_ASSERT(window && artists);
    window->gigListModel()->setMyArtists(artists);
    window->lineupModel()->setMyArtists(artists);

    m_dialogAction->setObjectName(u"myArtistsAction"_s);
    m_dialogAction->setToolTip(tr("See, search and import the artists whose gigs matter to me"));
    connect(m_dialogAction, &QAction::triggered, this, &MyArtistsControls::openDialog);
    // Its own menu, before Help (the last), so the window's menus stay as they are.
    auto *menu = new QMenu(tr("&Artists"), window->menuBar());
    menu->setObjectName(u"artistsMenu"_s);
    menu->addAction(m_dialogAction);
    const QList<QAction *> menus = window->menuBar()->actions();
    window->menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.constLast(), menu);
}

MyArtistsDialog *MyArtistsControls::dialog() const
{
    return m_dialog;
}

void MyArtistsControls::setMusicFolder(const QString &folder)
{
    m_musicFolder = folder;
    if (m_dialog)
        m_dialog->setMusicFolder(folder);
}

MyArtistsDialog *MyArtistsControls::openDialog()
{
    if (!m_dialog) {
        m_dialog = new MyArtistsDialog(m_artists, m_window->store(), m_window);
        m_dialog->setMusicFolder(m_musicFolder);
        connect(
            m_dialog, &MyArtistsDialog::importRequested, this, &MyArtistsControls::importRequested);
        connect(m_dialog, &MyArtistsDialog::importCancelRequested, this,
            &MyArtistsControls::importCancelRequested);
        connect(m_dialog, &MyArtistsDialog::listenBrainzImportRequested, this,
            &MyArtistsControls::listenBrainzImportRequested);
        connect(m_dialog, &MyArtistsDialog::lastFmImportRequested, this,
            &MyArtistsControls::lastFmImportRequested);
    }
    m_dialog->show();
    m_dialog->raise();
    return m_dialog;
}

void MyArtistsControls::showImportProgress(qsizetype done, qsizetype total)
{
    if (m_dialog)
        m_dialog->showImportProgress(done, total);
}

void MyArtistsControls::showImportFinished(const QString &text)
{
    if (m_dialog)
        m_dialog->showImportFinished(text);
}

} // namespace gig
