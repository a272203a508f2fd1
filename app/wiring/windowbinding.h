// Binds the main window to the refresh engine: a pick, a search result or a saved place finds or
// starts the place's watch and shows it; searches go to the engine's place search; the selected
// gig's artists jump the release queue; Refresh and Retry refresh the shown place; Export writes
// the gigs the table shows; the status bar follows the shown watch, the queue and the releases,
// and shows the cache's warnings; "Use my location" asks the position service and picks its answer.
#pragma once

#include "app/refresh/locationwatch.h"
#include "models/exportformat.h"

#include <QGeoCoordinate>
#include <QObject>

namespace gig {

class AppStatus;
class CacheDatabase;
class CityIndex;
class GigStore;
class MainWindow;
class PositionService;
class RefreshEngine;

class WindowBinding final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowBinding)

public:
    static constexpr double defaultRadiusKm = 30.0;

    // None is owned; all must outlive the binding.
    WindowBinding(MainWindow *window, RefreshEngine *engine, GigStore *store, AppStatus *status,
        QObject *parent = nullptr);

    // Finds or starts the watch of `where` (radius defaultRadiusKm) and shows it; `name` names a
    // new place (empty: the city it lies in or near, else its coordinate). Invalid coordinates
    // are ignored.
    void pickPlace(const QGeoCoordinate &where, const QString &name = {});
    // Places picked on the map are named after the gazetteer's cities ("Berlin, Germany", "near
    // Potsdam, Germany"); `cities` is not owned and must outlive the binding.
    void nameNewPlacesFrom(const CityIndex *cities) { m_cities = cities; }
    // "Use my location" asks `positions` (not owned, must outlive the binding); the position found
    // is picked as "My location", a failure is shown.
    void followPositions(PositionService *positions);
    // The cache's warnings show in the status bar for a while (`cache` must outlive the binding).
    void showCacheWarnings(CacheDatabase *cache);
    // Brings the window up with this gig selected, showing a watched place that lists it (the
    // shown one when it does); an alert's notification opens it so.
    void showGig(const QString &eventId);

private:
    void showWatch(LocationWatch *watch);
    void onWatchStateChanged(const QString &locationId, LocationWatch::State state);
    void search(const QString &text);
    void refreshShown();
    void exportShown(const QString &path, ExportFormat format);

    MainWindow *m_window;
    RefreshEngine *m_engine;
    GigStore *m_store;
    AppStatus *m_status;
    const CityIndex *m_cities = nullptr;
};

} // namespace gig
