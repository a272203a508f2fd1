// The gigmap window: the map beside the gig list, its filter and the selected gig's details; it
// shows models and status objects and reports what the user asks for as signals.
#pragma once

#include "models/appsettings.h"
#include "models/exportformat.h"
#include "models/place.h"
#include "models/savedplaces.h"

#include <QGeoCoordinate>
#include <QList>
#include <QMainWindow>
#include <memory>

class QAction;
class QItemSelectionModel;
class QLabel;
class QMenu;
class QFileDialog;
class QSplitter;
class QTableView;

namespace gig {

class AppStatus;
class CityIndex;
class ColumnFitter;
class GigDetailsPane;
class StatusBanner;
class GigFilterBar;
class GigFilterModel;
class GigListModel;
class AlertLedger;
class GigStatusProxyModel;
class GigStore;
class LineupModel;
class MapView;
class PlaceNavigation;
class PlaceSearchField;
class StatusPanel;

// Nothing here touches the network or the engine: app/main.cpp connects the signals to the
// engine and calls the slots with what it finds.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // A window over an empty store of its own: it shows no gigs until given a store.
    explicit MainWindow(QWidget *parent = nullptr);
    // `store` is not owned and must outlive the window.
    explicit MainWindow(const GigStore *store, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Models the window made over its store. The table shows gigFilterModel() (its source is the
    // status decoration over gigListModel()); gigSelectionModel() is over gigFilterModel() and
    // is the one selection the table, the details pane and the map share.
    GigListModel *gigListModel() const { return m_gigList; }
    GigFilterModel *gigFilterModel() const { return m_filter; }
    QItemSelectionModel *gigSelectionModel() const { return m_selection; }
    LineupModel *lineupModel() const;
    QTableView *gigTable() const { return m_gigTable; }
    // The store the window shows (its own empty one until given one).
    const GigStore *store() const { return m_store; }
    GigDetailsPane *detailsPane() const { return m_details; }
    GigFilterBar *filterBar() const { return m_filterBar; }
    PlaceSearchField *placeSearchField() const { return m_search; }
    SavedPlaces *savedPlaces() const { return m_savedPlaces; }
    StatusPanel *statusPanel() const { return m_statusPanel; }

    // The map beside the list: it shows gigFilterModel() and shares gigSelectionModel(); give it
    // its tiles with mapView()->setTileSource().
    MapView *mapView() const { return m_map; }

    // Not owned; the status bar follows it. nullptr: nothing but the data source label.
    void setAppStatus(AppStatus *status);
    // The gigs alerts announced: marked "New" in the table until seen. Not owned.
    void setAlertLedger(const AlertLedger *ledger);
    // The offline gazetteer: city names on the map and suggestions while typing a place. Not
    // owned; must outlive the window.
    void setCities(const CityIndex *cities);
    // The About box: what gigmap is, where its data comes from, and the licences.
    static QString aboutText();

    // The data source's words in a permanent status-bar label ("Demo data"); empty: whatever
    // AppStatus says, or nothing.
    void setDataSourceLabel(const QString &text);
    QString dataSourceLabel() const;

    // The values the settings dialog starts from, and the keyring warning it shows.
    void setSettings(const gig::AppSettings &settings);
    AppSettings settings() const { return m_settings; }
    void setApiKeys(const gig::ApiKeys &keys);
    void setKeyStoreWarning(const QString &warning);

    // The place whose gigs are shown, as the store knows it (empty id: none).
    QString shownLocationId() const { return m_locationId; }
    // The ids of the gigs the table shows, in its order (its filter and sort), each row's
    // listings together (the gig's own id first): what Export writes, each show once.
    QStringList shownEventIds() const;
    // The last place shown in an earlier session, once restoreState() has read it.
    std::optional<SavedPlace> lastPlace() const { return m_lastPlace; }

public slots:
    // Shows the gigs of this watched location of the store; empty: none ("pick a place").
    void showLocation(const QString &locationId);
    // Selects this gig in the table (and so on the map); unknown or hidden: clears the selection.
    void selectGig(const QString &eventId);

    void showPlaceResults(const QList<gig::Place> &places);
    void showPlaceSearchError(const QString &message);
    void setPositioningAvailable(bool available, const QString &reason = {});
    void showPositionError(const QString &message);

    // Opens the settings dialog (window-modal, not blocking) and returns it.
    QDialog *openSettings();
    // Opens the export dialog (window-modal, not blocking) and returns it; accepting it emits
    // exportRequested() with the chosen file.
    QFileDialog *openExportDialog();
    // Where the export went: "Wrote N gigs to PATH" in the status bar, or a warning with `error`.
    void reportExport(const QString &path, qsizetype gigCount, const QString &error = {});

    // Window geometry, splitters, table columns and the last place, in QSettings.
    // restoreState() emits placeChosen() for the last place when there is one: connect first.
    void saveState() const;
    bool restoreState();

signals:
    void shown(); // the first time the window shows
    void placePicked(const QGeoCoordinate &coordinate); // a click on the map
    void placeSearchRequested(const QString &query); // Enter in the search field, never typing
    void placeChosen(const gig::Place &place); // a search result, a saved place, the last place
    void myLocationRequested();
    void gigSelected(const QString &eventId); // empty when the selection is cleared
    void exportRequested(const QString &path, gig::ExportFormat format);
    void refreshRequested();
    void retryRequested();
    void settingsChanged(const gig::AppSettings &settings);
    void apiKeysChanged(const gig::ApiKeys &keys);
    // A password for the shared cache at `url` was typed in the settings (to go to the keyring).
    void sharedCachePasswordChanged(const QString &url, const QString &password);
    void savedPlacesChanged();

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createModels(const GigStore *store);
    void createWidgets();
    void createActions();
    void createMenus();
    void setUpGigTable();
    void setUpTabOrder();
    void rebuildPlacesMenu();
    void updatePlaceActions();
    void updateEmptyState();
    void selectPendingGig(); // the gig selected last time, once it is shown
    void onSelectionChanged();
    void onStarToggled(bool starred);
    void saveMapPlace(const QGeoCoordinate &coordinate);
    void showPlaceOnMap();
    void showAbout();

    std::unique_ptr<GigStore> m_ownStore;
    const GigStore *m_store = nullptr;
    GigListModel *m_gigList = nullptr;
    GigStatusProxyModel *m_statusProxy = nullptr;
    GigFilterModel *m_filter = nullptr;
    QItemSelectionModel *m_selection = nullptr;
    SavedPlaces *m_savedPlaces = nullptr;

    QSplitter *m_splitter = nullptr;
    QSplitter *m_sideSplitter = nullptr;
    MapView *m_map = nullptr;
    GigFilterBar *m_filterBar = nullptr;
    StatusBanner *m_banner = nullptr;
    QString m_pendingSelection; // the gig selected when the window closed, until it is shown
    QTableView *m_gigTable = nullptr;
    ColumnFitter *m_columnFitter = nullptr;
    QLabel *m_emptyState = nullptr;
    GigDetailsPane *m_details = nullptr;
    PlaceSearchField *m_search = nullptr;
    StatusPanel *m_statusPanel = nullptr;

    QAction *m_searchAction = nullptr;
    QAction *m_myLocationAction = nullptr;
    QAction *m_starAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_filterAction = nullptr;
    QAction *m_settingsAction = nullptr;
    PlaceNavigation *m_navigation = nullptr;
    QMenu *m_placesMenu = nullptr;
    QList<QAction *> m_savedPlaceActions;

    AppSettings m_settings;
    ApiKeys m_apiKeys;
    QString m_keyStoreWarning;
    QString m_locationId;
    std::optional<SavedPlace> m_shownPlace;
    std::optional<SavedPlace> m_lastPlace;
    QString m_selectedEventId;
    bool m_firstShow = true;
    bool m_mapAwaitsLayout = false; // the shown place waits for the map's real size
};

} // namespace gig
