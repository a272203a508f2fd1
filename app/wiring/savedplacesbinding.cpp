#include "app/wiring/savedplacesbinding.h"

#include "app/alerts/alerts.h"
#include "app/refresh/locationregistry.h"
#include "app/refresh/refreshengine.h"
#include "models/savedplaces.h"
#include "ui/mainwindow.h"

namespace gig {

SavedPlacesBinding::SavedPlacesBinding(MainWindow *window, RefreshEngine *engine, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_engine(engine)
{
    Q_ASSERT(window && engine);
    connect(window, &MainWindow::savedPlacesChanged, this, &SavedPlacesBinding::sync);
}

void SavedPlacesBinding::sync()
{
    LocationRegistry *registry = m_engine->registry();
    QSet<QString> savedIds;
    for (const SavedPlace &saved : m_window->savedPlaces()->places()) {
        const LocationWatch *watch = registry->watch(saved.coordinate, saved.radiusKm, saved.name);
        registry->setSaved(watch->locationId(), true);
        savedIds.insert(watch->locationId());
    }
    if (m_alerts)
        m_alerts->setSavedLocations(savedIds);
}

} // namespace gig
