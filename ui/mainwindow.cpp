#include "ui/mainwindow.h"

#include "models/gigfiltermodel.h"
#include "models/giglistmodel.h"
#include "models/gigstore.h"
#include "models/lineupmodel.h"
#include "models/mercator.h"
#include "models/version.h"
#include "ui/actionhelpers.h"
#include "ui/columnchooser.h"
#include "ui/columnfitter.h"
#include "ui/exportfiledialog.h"
#include "ui/fetchingdelegate.h"
#include "ui/gigcountlabel.h"
#include "ui/gigdetailspane.h"
#include "ui/gigfilterbar.h"
#include "ui/gigstatusproxymodel.h"
#include "ui/map/mapview.h"
#include "ui/placenavigation.h"
#include "ui/placesearchfield.h"
#include "ui/settingsdialog.h"
#include "ui/statusbanner.h"
#include "ui/statuspanel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QShowEvent>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtMath>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

const QString stateGroup = u"mainWindow"_s;
constexpr int statusMessageMs = 15000;

// The window's open dialog of this kind, raised; nullptr when none is open (a closed one may
// linger until it is deleted).
template<class Dialog> Dialog *raiseOpenDialog(const QWidget *window)
{
    for (Dialog *open : window->findChildren<Dialog *>()) {
        if (!open->isVisible())
            continue;
        open->raise();
        open->activateWindow();
        return open;
    }
    return nullptr;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : MainWindow(static_cast<const GigStore *>(nullptr), parent)
{ }

MainWindow::MainWindow(const GigStore *store, QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("gigmap"));
    setObjectName(u"MainWindow"_s);
    if (!store) {
        m_ownStore = std::make_unique<GigStore>();
        store = m_ownStore.get();
    }
    createModels(store);
    createWidgets();
    createActions();
    createMenus();
    setUpGigTable();
    m_columnFitter = new ColumnFitter(m_gigTable);
    // A spinner on the releases still on their way.
    m_gigTable->setItemDelegateForColumn(
        GigListModel::ReleasesColumn, new FetchingDelegate(m_gigTable));
    m_columnFitter->setShrinkableColumns({ GigListModel::EventColumn, GigListModel::VenueColumn,
        GigListModel::LineupColumn, GigListModel::ReleasesColumn });
    // On a narrow window these give way first: the selected gig's pane shows both.
    m_columnFitter->setColumnsThatGiveWay(
        { GigListModel::LineupColumn, GigListModel::ReleasesColumn });
    setUpTabOrder();
    rebuildPlacesMenu();
    updatePlaceActions();
    updateEmptyState();
    resize(1200, 760);
    m_splitter->setSizes({ width() / 3, width() * 2 / 3 });
}

MainWindow::~MainWindow() = default;

LineupModel *MainWindow::lineupModel() const
{
    return m_details->lineupModel();
}

void MainWindow::createModels(const GigStore *store)
{
    m_store = store;
    m_gigList = new GigListModel(store, this);
    m_statusProxy = new GigStatusProxyModel(this);
    m_statusProxy->setSourceModel(m_gigList);
    m_filter = new GigFilterModel(this);
    m_filter->setSourceModel(m_statusProxy);
    m_selection = new QItemSelectionModel(m_filter, this);
    m_savedPlaces = new SavedPlaces(this);

    connect(
        m_selection, &QItemSelectionModel::selectionChanged, this, &MainWindow::onSelectionChanged);
    // A provider's listing joining or leaving the selected gig.
    connect(m_gigList, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
            if (roles.contains(ListingsRole))
                onSelectionChanged();
        });
    connect(m_savedPlaces, &SavedPlaces::changed, this, [this] {
        rebuildPlacesMenu();
        updatePlaceActions();
        emit savedPlacesChanged();
    });
    connect(m_filter, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyState);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateEmptyState);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateEmptyState);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateEmptyState);
    connect(store, &GigStore::locationsChanged, this,
        [this](const QSet<QString> &changed, const QSet<QString> &removed) {
            if (m_locationId.isEmpty())
                return;
            if (removed.contains(m_locationId))
                showLocation({}); // no longer watched: back to "pick a place"
            else if (changed.contains(m_locationId))
                updateEmptyState();
        });
}

void MainWindow::createWidgets()
{
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->setChildrenCollapsible(false);

    m_map = new MapView(m_splitter);
    m_map->setObjectName(u"mapView"_s);
    m_map->setModel(m_filter);
    m_map->setSelectionModel(m_selection);
    connect(m_map, &MapView::placePicked, this, &MainWindow::placePicked);
    connect(m_map, &MapView::placeSaveRequested, this, &MainWindow::saveMapPlace);
    m_map->installEventFilter(this);

    m_sideSplitter = new QSplitter(Qt::Vertical, m_splitter);
    m_sideSplitter->setObjectName(u"sideSplitter"_s);
    m_sideSplitter->setChildrenCollapsible(false);

    auto *listPanel = new QWidget(m_sideSplitter);
    listPanel->setObjectName(u"gigListPanel"_s);
    m_filterBar = new GigFilterBar(m_filter, listPanel);
    m_filterBar->textField()->installEventFilter(this);
    m_gigTable = new QTableView(listPanel);
    m_gigTable->setObjectName(u"gigTable"_s);
    m_gigTable->setAccessibleName(tr("Gigs"));
    m_gigTable->setAccessibleDescription(
        tr("The gigs around the place shown, one a row: date, time, event, venue, distance, "
           "lineup, latest releases and status. Select one to read its lineup below."));
    new ColumnChooser(m_gigTable->horizontalHeader()); // the header's child
    auto *listLayout = new QVBoxLayout(listPanel);
    listLayout->setContentsMargins(0, 0, 0, 0);
    m_banner = new StatusBanner(listPanel);
    connect(m_banner, &StatusBanner::retryRequested, this, &MainWindow::retryRequested);
    connect(m_banner, &StatusBanner::settingsRequested, this, &MainWindow::openSettings);
    listLayout->addWidget(m_banner);
    listLayout->addWidget(m_filterBar);
    listLayout->addWidget(new GigCountLabel(m_gigList, m_filter, listPanel));
    listLayout->addWidget(m_gigTable, 1);

    m_emptyState = new QLabel(m_gigTable->viewport());
    m_emptyState->setObjectName(u"gigTableEmptyState"_s);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setForegroundRole(QPalette::PlaceholderText);
    m_emptyState->setMargin(fontMetrics().height());
    m_emptyState->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_gigTable->viewport()->installEventFilter(this);

    m_details = new GigDetailsPane(m_store, m_sideSplitter);

    m_sideSplitter->addWidget(listPanel);
    m_sideSplitter->addWidget(m_details);
    m_sideSplitter->setStretchFactor(0, 3);
    m_sideSplitter->setStretchFactor(1, 2);

    m_splitter->addWidget(m_map);
    m_splitter->addWidget(m_sideSplitter);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    setCentralWidget(m_splitter);

    m_search = new PlaceSearchField(this);
    m_search->installEventFilter(this); // Ctrl+E exports even from here (see eventFilter)
    connect(m_search, &PlaceSearchField::searchRequested, this, [this](const QString &query) {
        statusBar()->showMessage(tr("Searching for “%1”…").arg(query));
        emit placeSearchRequested(query);
    });
    connect(m_search, &PlaceSearchField::placeChosen, this, [this](const Place &place) {
        statusBar()->clearMessage();
        emit placeChosen(place);
    });

    m_statusPanel = new StatusPanel(statusBar());
    statusBar()->addPermanentWidget(m_statusPanel);
    connect(m_statusPanel, &StatusPanel::retryRequested, this, &MainWindow::retryRequested);
}

void MainWindow::createActions()
{
    m_searchAction = new QAction(tr("&Search a Place…"), this);
    m_searchAction->setObjectName(u"searchAction"_s);
    m_searchAction->setShortcut(QKeySequence(tr("Ctrl+L")));
    connect(m_searchAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    m_myLocationAction = new QAction(
        themeIcon(u"find-location"_s, QStyle::SP_ComputerIcon), tr("Use &My Location"), this);
    m_myLocationAction->setObjectName(u"myLocationAction"_s);
    m_myLocationAction->setShortcut(QKeySequence(tr("Ctrl+Shift+L")));
    m_myLocationAction->setToolTip(tr("Show the gigs around where you are"));
    connect(m_myLocationAction, &QAction::triggered, this, [this] {
        statusBar()->showMessage(tr("Finding your position…"), statusMessageMs);
        emit myLocationRequested();
    });

    m_starAction = new QAction(
        themeIcon(u"starred"_s, QStyle::SP_DialogYesButton), tr("Sa&ve This Place"), this);
    m_starAction->setObjectName(u"starAction"_s);
    m_starAction->setCheckable(true);
    m_starAction->setShortcut(QKeySequence(tr("Ctrl+D")));
    connect(m_starAction, &QAction::triggered, this, &MainWindow::onStarToggled);

    m_refreshAction
        = new QAction(themeIcon(u"view-refresh"_s, QStyle::SP_BrowserReload), tr("&Refresh"), this);
    m_refreshAction->setObjectName(u"refreshAction"_s);
    m_refreshAction->setShortcuts(keysFor(QKeySequence::Refresh, QKeySequence(Qt::Key_F5)));
    m_refreshAction->setToolTip(tr("Fetch the gigs of this place again now (F5)"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refreshRequested);

    m_exportAction = new QAction(
        themeIcon(u"document-save-as"_s, QStyle::SP_DialogSaveButton), tr("&Export Gigs…"), this);
    m_exportAction->setObjectName(u"exportAction"_s);
    m_exportAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::openExportDialog);

    m_filterAction = new QAction(tr("&Filter Gigs"), this);
    m_filterAction->setObjectName(u"filterAction"_s);
    m_filterAction->setShortcuts(keysFor(QKeySequence::Find, QKeySequence(tr("Ctrl+F"))));
    connect(m_filterAction, &QAction::triggered, m_filterBar, &GigFilterBar::focusText);

    m_settingsAction = new QAction(tr("Se&ttings…"), this);
    m_settingsAction->setObjectName(u"settingsAction"_s);
    m_settingsAction->setShortcuts({ QKeySequence::Preferences, QKeySequence(tr("Ctrl+,")) });
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);

    m_navigation = new PlaceNavigation(this);
    connect(m_navigation, &PlaceNavigation::placeChosen, this, [this](const Place &place) {
        statusBar()->clearMessage();
        emit placeChosen(place);
    });

    QToolBar *toolBar = addToolBar(tr("Place"));
    toolBar->setObjectName(u"placeToolBar"_s);
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (QAction *step : { m_navigation->backAction(), m_navigation->forwardAction() }) {
        toolBar->addAction(step);
        if (auto *button = qobject_cast<QToolButton *>(toolBar->widgetForAction(step)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
    toolBar->addWidget(m_search);
    toolBar->addAction(m_myLocationAction);
    toolBar->addAction(m_starAction);
    toolBar->addSeparator();
    toolBar->addAction(m_refreshAction);
    toolBar->addAction(m_exportAction);
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_exportAction);
    fileMenu->addAction(m_settingsAction);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setObjectName(u"quitAction"_s);
    quit->setShortcuts(keysFor(QKeySequence::Quit, QKeySequence(tr("Ctrl+Q"))));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addAction(m_filterAction);
    QAction *mineFirst = viewMenu->addAction(tr("My Artists &First"));
    mineFirst->setObjectName(u"mineFirstAction"_s);
    mineFirst->setCheckable(true);
    mineFirst->setToolTip(tr("Sort by relevance: the gigs of my artists come first, each group "
                             "in the table's order"));
    connect(mineFirst, &QAction::toggled, m_filter, &GigFilterModel::setMineFirst);
    viewMenu->addAction(m_refreshAction);

    m_placesMenu = menuBar()->addMenu(tr("&Places"));
    m_placesMenu->setObjectName(u"placesMenu"_s);
    m_placesMenu->addAction(m_navigation->backAction());
    m_placesMenu->addAction(m_navigation->forwardAction());
    m_placesMenu->addSeparator();
    m_placesMenu->addAction(m_searchAction);
    m_placesMenu->addAction(m_myLocationAction);
    m_placesMenu->addAction(m_starAction);
    m_placesMenu->addSeparator();

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About gigmap"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::setUpGigTable()
{
    QTableView *table = m_gigTable;
    table->setModel(m_filter);
    table->setSelectionModel(m_selection);
    table->setSortingEnabled(true);
    table->sortByColumn(GigListModel::DateColumn, Qt::AscendingOrder);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTextElideMode(Qt::ElideMiddle); // a long name keeps its start and its end
    table->setWordWrap(false);
    table->setAlternatingRowColors(true);
    table->setTabKeyNavigation(false); // Tab leaves the table; arrows move within it
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(
        fontMetrics().height() + fontMetrics().height() / 2);

    QHeaderView *header = table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setTextElideMode(Qt::ElideRight);
    // Widths in characters of the font in use, so they scale with the font and the screen.
    const QFontMetrics metrics = fontMetrics();
    const int pad = metrics.averageCharWidth() * 3;
    const QLocale locale;
    const int dateWidth
        = metrics.horizontalAdvance(locale.toString(QDate(2026, 9, 30), u"ddd d MMM yyyy"_s)) + pad;
    const std::pair<int, int> widths[] = {
        { GigListModel::DateColumn, dateWidth },
        { GigListModel::TimeColumn, metrics.horizontalAdvance(u"00:00"_s) + pad },
        { GigListModel::EventColumn, metrics.averageCharWidth() * 26 },
        { GigListModel::VenueColumn, metrics.averageCharWidth() * 22 },
        { GigListModel::DistanceColumn, metrics.horizontalAdvance(u"999.9 km"_s) + pad },
        { GigListModel::LineupColumn, metrics.averageCharWidth() * 26 },
        { GigListModel::ReleasesColumn, metrics.averageCharWidth() * 34 },
        { GigListModel::StatusColumn, metrics.horizontalAdvance(u"Rescheduled"_s) + pad * 2 },
    };
    for (const auto &[column, width] : widths)
        header->resizeSection(column, width);
}

void MainWindow::setUpTabOrder()
{
    // The order of the layout, as a page is read: the search in the toolbar, the map on the
    // left, then on the right the filter bar, the table and the details.
    setTabOrder(m_search, m_map);
    QWidget *last = m_map;
    for (QWidget *widget : m_filterBar->tabOrder()) {
        setTabOrder(last, widget);
        last = widget;
    }
    setTabOrder(last, m_gigTable);
    setTabOrder(m_gigTable, m_details->lineupView());
    setTabOrder(m_details->lineupView(), m_details->findChild<QWidget *>(u"gigLinkButton"_s));
}

void MainWindow::setAppStatus(AppStatus *status)
{
    m_statusPanel->setStatus(status);
    m_banner->setStatus(status);
}

void MainWindow::setDataSourceLabel(const QString &text)
{
    m_statusPanel->setDataSourceLabel(text);
}

QString MainWindow::dataSourceLabel() const
{
    return m_statusPanel->dataSourceLabel();
}

void MainWindow::setSettings(const AppSettings &settings)
{
    m_settings = settings;
}

void MainWindow::setApiKeys(const ApiKeys &keys)
{
    m_apiKeys = keys;
}

void MainWindow::setCities(const CityIndex *cities)
{
    m_map->setCities(cities);
    m_search->setCities(cities);
}

void MainWindow::setKeyStoreWarning(const QString &warning)
{
    m_keyStoreWarning = warning;
    if (auto *dialog = findChild<SettingsDialog *>())
        dialog->setKeyStoreWarning(warning);
}

void MainWindow::showLocation(const QString &locationId)
{
    const bool samePlace = locationId == m_locationId;
    if (!samePlace && !m_locationId.isEmpty())
        m_pendingSelection.clear(); // another place than the one the window closed on
    m_locationId = m_store->containsLocation(locationId) ? locationId : QString();
    if (!samePlace)
        m_selection->clear();
    m_gigList->setLocationId(m_locationId);
    if (m_locationId.isEmpty()) {
        m_shownPlace.reset();
        setWindowTitle(tr("gigmap"));
        m_map->setPlaceName(QString());
    } else {
        const Location location = m_store->location(m_locationId).value;
        m_shownPlace = SavedPlace { location.name, location.coordinate, location.radiusKm };
        m_lastPlace = m_shownPlace;
        m_navigation->visit(*m_shownPlace);
        setWindowTitle(tr("%1 — gigmap").arg(location.name));
        m_map->setPlaceName(location.name);
    }
    if (!samePlace) {
        // Before the window is laid out the map has no real size to fit the place into yet.
        m_mapAwaitsLayout = !isVisible();
        showPlaceOnMap();
    }
    updatePlaceActions();
    updateEmptyState();
}

void MainWindow::setAlertLedger(const AlertLedger *ledger)
{
    m_statusProxy->setAlertLedger(ledger);
}

void MainWindow::selectGig(const QString &eventId)
{
    const int sourceRow = m_gigList->rowOf(eventId);
    const QModelIndex index = sourceRow < 0
        ? QModelIndex()
        : m_filter->mapFromSource(m_statusProxy->index(sourceRow, 0));
    if (!index.isValid()) {
        m_selection->clear();
        return;
    }
    m_selection->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_gigTable->scrollTo(index);
}

void MainWindow::onSelectionChanged()
{
    const QModelIndexList rows = m_selection->selectedRows();
    const QModelIndex row = rows.isEmpty() ? QModelIndex() : rows.constFirst();
    m_details->setEventIds(row.data(ListingsRole).toStringList());
    const QString eventId = row.data(EventIdRole).toString();
    if (eventId == m_selectedEventId)
        return;
    m_selectedEventId = eventId;
    emit gigSelected(eventId);
}

void MainWindow::showPlaceResults(const QList<Place> &places)
{
    statusBar()->clearMessage();
    m_search->showResults(places);
}

void MainWindow::showPlaceSearchError(const QString &message)
{
    statusBar()->showMessage(message, statusMessageMs);
    m_search->showError(message);
}

void MainWindow::setPositioningAvailable(bool available, const QString &reason)
{
    m_myLocationAction->setEnabled(available);
    const QString tip = available ? tr("Show the gigs around where you are") : reason;
    m_myLocationAction->setToolTip(tip);
    m_myLocationAction->setStatusTip(tip);
}

void MainWindow::showPositionError(const QString &message)
{
    statusBar()->showMessage(message, statusMessageMs);
}

QStringList MainWindow::shownEventIds() const
{
    QStringList ids;
    ids.reserve(m_filter->rowCount());
    for (int row = 0; row < m_filter->rowCount(); ++row)
        ids += m_filter->index(row, 0).data(ListingsRole).toStringList();
    return ids;
}

QFileDialog *MainWindow::openExportDialog()
{
    if (auto *open = raiseOpenDialog<ExportFileDialog>(this))
        return open;
    QSettings settings;
    const ExportFormat format = exportFormatFromName(settings.value(u"export/format"_s).toString())
                                    .value_or(ExportFormat::Csv);
    auto *dialog
        = new ExportFileDialog(settings.value(u"export/directory"_s).toString(), format, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString path = dialog->chosenPath();
        if (path.isEmpty())
            return;
        // The folder is remembered once a file was written there (reportExport), not before.
        QSettings().setValue(u"export/format"_s, exportFormatName(dialog->chosenFormat()));
        emit exportRequested(path, dialog->chosenFormat());
    });
    dialog->open();
    return dialog;
}

void MainWindow::reportExport(const QString &path, qsizetype gigCount, const QString &error)
{
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Export failed"), error);
        return;
    }
    QSettings().setValue(u"export/directory"_s, QFileInfo(path).absolutePath());
    const QString where = QDir::toNativeSeparators(path);
    statusBar()->showMessage(
        tr("Wrote %n gig(s) to %1", nullptr, int(gigCount)).arg(where), statusMessageMs);
}

QDialog *MainWindow::openSettings()
{
    if (auto *open = raiseOpenDialog<SettingsDialog>(this))
        return open;
    auto *dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSettings(m_settings);
    dialog->setApiKeys(m_apiKeys);
    dialog->setKeyStoreWarning(m_keyStoreWarning);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const AppSettings settings = dialog->settings();
        const ApiKeys keys = dialog->apiKeys();
        if (settings != m_settings) {
            m_settings = settings;
            emit settingsChanged(settings);
        }
        if (keys != m_apiKeys) {
            m_apiKeys = keys;
            emit apiKeysChanged(keys);
        }
        if (const QString password = dialog->sharedCachePassword(); !password.isEmpty())
            emit sharedCachePasswordChanged(settings.sharedCacheUrl, password);
    });
    dialog->open();
    return dialog;
}

void MainWindow::rebuildPlacesMenu()
{
    qDeleteAll(m_savedPlaceActions);
    m_savedPlaceActions.clear();
    const QList<SavedPlace> places = m_savedPlaces->places();
    if (places.isEmpty()) {
        QAction *none = m_placesMenu->addAction(tr("No saved places yet"));
        none->setEnabled(false);
        m_savedPlaceActions.append(none);
        return;
    }
    for (int i = 0; i < places.size(); ++i) {
        const SavedPlace place = places.at(i);
        QString text = place.name;
        text.replace(u'&', u"&&"_s);
        if (i < 9)
            text = u"&%1 %2"_s.arg(i + 1).arg(text);
        QAction *action = m_placesMenu->addAction(text);
        action->setObjectName(u"savedPlace%1"_s.arg(i));
        action->setToolTip(tr("%1 (%2, %3), %4 km around")
                               .arg(place.name)
                               .arg(place.coordinate.latitude(), 0, 'f', 4)
                               .arg(place.coordinate.longitude(), 0, 'f', 4)
                               .arg(place.radiusKm));
        connect(action, &QAction::triggered, this,
            [this, place] { emit placeChosen(place.toPlace()); });
        m_savedPlaceActions.append(action);
    }
}

void MainWindow::updatePlaceActions()
{
    const bool hasPlace = m_shownPlace.has_value();
    const bool starred = hasPlace && m_savedPlaces->contains(m_shownPlace->coordinate);
    m_starAction->setEnabled(hasPlace);
    m_starAction->setChecked(starred);
    m_starAction->setText(starred ? tr("Forge&t This Place") : tr("Sa&ve This Place"));
    m_starAction->setToolTip(!hasPlace ? tr("Pick a place first")
            : starred ? tr("Remove %1 from the Places menu").arg(m_shownPlace->name)
                      : tr("Keep %1 in the Places menu").arg(m_shownPlace->name));
    m_refreshAction->setEnabled(hasPlace);
    m_exportAction->setEnabled(hasPlace);
}

void MainWindow::onStarToggled(bool starred)
{
    if (!m_shownPlace) {
        updatePlaceActions();
        return;
    }
    if (starred)
        m_savedPlaces->add(*m_shownPlace);
    else
        m_savedPlaces->remove(m_shownPlace->coordinate);
    updatePlaceActions();
}

void MainWindow::showPlaceOnMap()
{
    if (!m_shownPlace || !m_shownPlace->coordinate.isValid()) {
        m_map->clearPickedPlace();
        return;
    }
    const SavedPlace &place = *m_shownPlace;
    m_map->setPickedPlace(place.coordinate, place.radiusKm);
    // The zoom at which the radius fills most of the shorter side of the map.
    const double sidePixels = std::max(200, std::min(m_map->width(), m_map->height())) * 0.45;
    const double zoom = Mercator::zoomForMetresPerPixel(
        place.radiusKm * 1000.0 / sidePixels, place.coordinate.latitude());
    m_map->flyTo(place.coordinate, std::clamp(zoom, MapView::MinimumZoom, m_map->maximumZoom()));
}

void MainWindow::saveMapPlace(const QGeoCoordinate &coordinate)
{
    SavedPlace place;
    place.coordinate = coordinate;
    place.name
        = u"%1, %2"_s.arg(coordinate.latitude(), 0, 'f', 4).arg(coordinate.longitude(), 0, 'f', 4);
    if (m_shownPlace)
        place.radiusKm = m_shownPlace->radiusKm;
    if (m_savedPlaces->add(place))
        statusBar()->showMessage(
            tr("Saved %1 in the Places menu").arg(place.name), statusMessageMs);
}

void MainWindow::updateEmptyState()
{
    selectPendingGig(); // the gigs changed: the one selected last time may be there now
    QString text;
    if (m_locationId.isEmpty()) {
        text = tr("Double-click a place on the map or search for one");
    } else if (m_gigList->rowCount() == 0) {
        const Cached<Location> location = m_store->location(m_locationId);
        text = location.isPending()
            ? tr("Looking for gigs around %1…").arg(location.value.name)
            : tr("No upcoming gigs found around %1").arg(location.value.name);
    } else if (m_filter->rowCount() == 0) {
        text = tr("No gig matches the filter");
    }
    m_emptyState->setText(text);
    m_emptyState->setVisible(!text.isEmpty());
    m_emptyState->setGeometry(m_gigTable->viewport()->rect());
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride
        && (watched == m_search || watched == m_filterBar->textField())
        && m_exportAction->shortcut().matches(
               QKeySequence(static_cast<QKeyEvent *>(event)->keyCombination()))
            == QKeySequence::ExactMatch) {
        // A line edit takes Ctrl+E as "end of line" on X11; here it is Export.
        event->ignore();
        return true;
    }
    if (watched == m_gigTable->viewport() && event->type() == QEvent::Resize)
        m_emptyState->setGeometry(m_gigTable->viewport()->rect());
    else if (watched == m_map && event->type() == QEvent::Resize && m_mapAwaitsLayout)
        showPlaceOnMap();
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::saveState() const
{
    QSettings settings;
    settings.beginGroup(stateGroup);
    settings.setValue(u"geometry"_s, saveGeometry());
    settings.setValue(u"windowState"_s, QMainWindow::saveState());
    settings.setValue(u"splitter"_s, m_splitter->saveState());
    settings.setValue(u"sideSplitter"_s, m_sideSplitter->saveState());
    settings.setValue(u"gigTableHeader"_s, m_gigTable->horizontalHeader()->saveState());
    settings.setValue(u"gigTableSizedByPerson"_s, m_columnFitter->isPersonSized());
    QVariantList hiddenToFit;
    for (const int column : m_columnFitter->hiddenToFit())
        hiddenToFit.append(column);
    settings.setValue(u"gigTableHiddenToFit"_s, hiddenToFit);
    m_filterBar->saveState(settings);
    settings.setValue(u"selectedGig"_s, m_selectedEventId);
    if (m_lastPlace) {
        settings.setValue(u"lastPlace/name"_s, m_lastPlace->name);
        settings.setValue(u"lastPlace/latitude"_s, m_lastPlace->coordinate.latitude());
        settings.setValue(u"lastPlace/longitude"_s, m_lastPlace->coordinate.longitude());
        settings.setValue(u"lastPlace/radiusKm"_s, m_lastPlace->radiusKm);
    }
    settings.endGroup();
}

bool MainWindow::restoreState()
{
    QSettings settings;
    settings.beginGroup(stateGroup);
    if (!settings.contains(u"geometry"_s))
        return false;
    restoreGeometry(settings.value(u"geometry"_s).toByteArray());
    QMainWindow::restoreState(settings.value(u"windowState"_s).toByteArray());
    m_splitter->restoreState(settings.value(u"splitter"_s).toByteArray());
    m_sideSplitter->restoreState(settings.value(u"sideSplitter"_s).toByteArray());
    QHeaderView *header = m_gigTable->horizontalHeader();
    if (!header->restoreState(settings.value(u"gigTableHeader"_s).toByteArray())
        || header->count() != GigListModel::ColumnCount) {
        setUpGigTable(); // a header from another version: start from the defaults
    } else {
        m_columnFitter->setPersonSized(settings.value(u"gigTableSizedByPerson"_s).toBool());
        // Hidden for a narrower window than this one may be: fitting decides again.
        for (const QVariant &column : settings.value(u"gigTableHiddenToFit"_s).toList())
            header->showSection(column.toInt());
    }
    m_filterBar->restoreState(settings);
    // The gig selected last time, once its place's gigs are shown (selectPendingGig).
    m_pendingSelection = settings.value(u"selectedGig"_s).toString();
    SavedPlace last;
    last.name = settings.value(u"lastPlace/name"_s).toString();
    bool latOk = false;
    bool lonOk = false;
    bool radiusOk = false;
    last.coordinate = QGeoCoordinate(settings.value(u"lastPlace/latitude"_s).toDouble(&latOk),
        settings.value(u"lastPlace/longitude"_s).toDouble(&lonOk));
    last.radiusKm = settings.value(u"lastPlace/radiusKm"_s).toDouble(&radiusOk);
    settings.endGroup();
    if (latOk && lonOk && radiusOk && last.coordinate.isValid() && last.radiusKm > 0) {
        m_lastPlace = last;
        emit placeChosen(last.toPlace());
    }
    selectPendingGig();
    return true;
}

void MainWindow::selectPendingGig()
{
    if (m_pendingSelection.isEmpty() || m_gigList->rowOf(m_pendingSelection) < 0)
        return;
    const QString eventId = std::exchange(m_pendingSelection, QString());
    selectGig(eventId);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_firstShow) {
        m_firstShow = false;
        emit shown();
    }
    if (m_mapAwaitsLayout) {
        // Laid out by the time the event loop turns: the map keeps what the user does from now.
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_mapAwaitsLayout)
                    showPlaceOnMap();
                m_mapAwaitsLayout = false;
            },
            Qt::QueuedConnection);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_statusProxy)
        m_statusProxy->setPalette(m_gigTable->palette());
}

QString MainWindow::aboutText()
{
    return tr("<h3>gigmap %1</h3><p>Upcoming gigs around any place, each gig's lineup "
              "and each artist's latest release.</p><p><a href=\"%2\">%2</a></p>"
              "<p>Gigs come from Ticketmaster, SeatGeek and Songkick, with the API key of "
              "each; latest releases from MusicBrainz, whose data is free (CC0). Places are "
              "found with Nominatim, and the map's tiles are © OpenStreetMap contributors "
              "(Open Database License). City names come from GeoNames (CC BY 4.0), the "
              "outline of the world from Natural Earth (public domain). Covers come from the "
              "Cover Art Archive; each belongs to its rights holders.</p>"
              "<p>gigmap is free software under the MIT License.</p>")
        .arg(QLatin1StringView(versionString), QLatin1StringView(projectUrl));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About gigmap"), aboutText());
}

} // namespace gig
