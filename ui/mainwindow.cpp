#include "ui/mainwindow.h"

#include "models/version.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QShowEvent>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace gig {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_mapArea(new QLabel(tr("The map appears here."), m_splitter))
    , m_gigTable(new QTableView(m_splitter))
{
    setWindowTitle(tr("gigmap"));
    setObjectName(u"MainWindow"_s);

    m_mapArea->setObjectName(u"mapArea"_s);
    m_mapArea->setAlignment(Qt::AlignCenter);
    m_mapArea->setMinimumSize(320, 240);
    m_mapArea->setFrameShape(QFrame::StyledPanel);

    m_gigTable->setObjectName(u"gigTable"_s);
    m_gigTable->setSortingEnabled(true);
    m_gigTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_gigTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_gigTable->horizontalHeader()->setStretchLastSection(true);
    m_gigTable->verticalHeader()->hide();

    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    setCentralWidget(m_splitter);

    createMenus();
    m_dataSource = new QLabel(statusBar());
    m_dataSource->setObjectName(u"dataSourceLabel"_s);
    m_dataSource->setFrameShape(QFrame::StyledPanel);
    m_dataSource->setContentsMargins(6, 0, 6, 0);
    m_dataSource->hide();
    statusBar()->addPermanentWidget(m_dataSource);
    statusBar()->showMessage(tr("Pick a place on the map to see its gigs."));
    resize(1200, 760);
}

MainWindow::~MainWindow() = default;

void MainWindow::setDataSourceLabel(const QString &text)
{
    m_dataSource->setText(text);
    m_dataSource->setVisible(!text.isEmpty());
}

QString MainWindow::dataSourceLabel() const
{
    return m_dataSource->text();
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About gigmap"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About gigmap"),
                       tr("<h3>gigmap %1</h3><p>Upcoming gigs around any place, each gig's lineup "
                          "and each artist's latest release.</p><p><a href=\"%2\">%2</a></p>")
                           .arg(QLatin1StringView(versionString), QLatin1StringView(projectUrl)));
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_firstShow) {
        m_firstShow = false;
        emit shown();
    }
}

} // namespace gig
