#include "app/wiring/windowbinding.h"

#include "app/export/exportgig.h"
#include "app/net/lanestatus.h"
#include "app/net/requestqueue.h"
#include "app/positioning/positionservice.h"
#include "app/refresh/locationregistry.h"
#include "app/refresh/refreshengine.h"
#include "app/refresh/releaserefresher.h"
#include "app/sources/musicbrainzsource.h"
#include "app/sources/placesearch.h"
#include "app/storage/cachedatabase.h"
#include "models/appstatus.h"
#include "models/cityindex.h"
#include "models/gigstore.h"
#include "models/lineupmodel.h"
#include "ui/mainwindow.h"

#include <QCoreApplication>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

AppStatus::PlaceState placeState(const LocationWatch &watch, LocationWatch::State state)
{
    switch (state) {
    case LocationWatch::State::Fresh:
        return AppStatus::PlaceState::Fresh;
    case LocationWatch::State::Refreshing:
        return AppStatus::PlaceState::Refreshing;
    case LocationWatch::State::Stale:
        return watch.missingPages().isEmpty() ? AppStatus::PlaceState::Stale
                                              : AppStatus::PlaceState::Incomplete;
    case LocationWatch::State::Failing:
        return AppStatus::PlaceState::Failing;
    }
    Q_UNREACHABLE();
    return AppStatus::PlaceState::Idle;
}

} // namespace

WindowBinding::WindowBinding(
    MainWindow *window, RefreshEngine *engine, GigStore *store, AppStatus *status, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_engine(engine)
    , m_store(store)
    , m_status(status)
{
    Q_ASSERT(window && engine && store && status);
    connect(engine->registry(), &LocationRegistry::watchStateChanged, this,
        &WindowBinding::onWatchStateChanged);
    connect(window, &MainWindow::placePicked, this,
        [this](const QGeoCoordinate &where) { pickPlace(where); });
    connect(window, &MainWindow::placeChosen, this,
        [this](const Place &place) { pickPlace(place.coordinate, place.name); });
    connect(window, &MainWindow::placeSearchRequested, this, &WindowBinding::search);
    connect(window, &MainWindow::gigSelected, this,
        [this] { m_engine->releases()->prioritize(m_window->lineupModel()->mbids()); });
    connect(window, &MainWindow::refreshRequested, this, &WindowBinding::refreshShown);
    connect(window, &MainWindow::retryRequested, this, &WindowBinding::refreshShown);
    connect(window, &MainWindow::exportRequested, this, &WindowBinding::exportShown);

    // Queue and release counters, and MusicBrainz's rate-limit wait, for the status bar.
    connect(engine->releases(), &ReleaseRefresher::pendingCountChanged, status,
        &AppStatus::setReleasesPending);
    connect(
        engine->queue(), &RequestQueue::totalQueuedChanged, status, &AppStatus::setRequestsQueued);
    connect(engine->queue()->laneStatus(MusicBrainzSource::laneName()),
        &LaneStatus::nextSendAtChanged, status, [status](const QDateTime &next) {
            const bool waiting
                = next.isValid() && next > QDateTime::currentDateTimeUtc().addSecs(2);
            status->setRateLimitedUntil(waiting ? next : QDateTime());
        });
}

void WindowBinding::pickPlace(const QGeoCoordinate &where, const QString &name)
{
    if (!where.isValid())
        return;
    const QString named = name.isEmpty() && m_cities ? m_cities->placeNameAt(where) : name;
    showWatch(m_engine->registry()->watch(where, defaultRadiusKm, named));
}

void WindowBinding::followPositions(PositionService *positions)
{
    m_window->setPositioningAvailable(positions->isAvailable(), positions->unavailableReason());
    connect(
        m_window, &MainWindow::myLocationRequested, positions, &PositionService::requestPosition);
    connect(positions, &PositionService::positionFailed, m_window, &MainWindow::showPositionError);
    connect(positions, &PositionService::positionFound, this, [this](const QGeoCoordinate &where) {
        pickPlace(where, QCoreApplication::translate("main", "My location"));
    });
}

void WindowBinding::showCacheWarnings(CacheDatabase *cache)
{
    connect(cache, &CacheDatabase::warningChanged, m_window,
        [window = m_window](const QString &warning) {
            if (!warning.isEmpty())
                window->statusBar()->showMessage(warning, 15000);
        });
}

void WindowBinding::showGig(const QString &eventId)
{
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
    const QStringList places = m_store->locationsContaining(eventId);
    LocationRegistry *registry = m_engine->registry();
    if (!places.isEmpty() && !places.contains(registry->shownLocationId())) {
        if (LocationWatch *watch = registry->watchFor(places.constFirst()))
            showWatch(watch);
    }
    m_window->selectGig(eventId);
}

void WindowBinding::showWatch(LocationWatch *watch)
{
    m_engine->registry()->setShownLocation(watch->locationId());
    m_window->showLocation(watch->locationId());
    m_status->setPlaceName(watch->place().name);
    m_status->setPlaceState(placeState(*watch, watch->state()));
    m_status->setPlaceRefreshedAt(m_store->location(watch->locationId()).fetchedAt);
    m_status->setPlaceError(watch->lastError());
    m_status->setSourceStates(watch->sourceStates());
}

void WindowBinding::onWatchStateChanged(const QString &locationId, LocationWatch::State state)
{
    if (locationId != m_engine->registry()->shownLocationId())
        return;
    const LocationWatch *watch = m_engine->registry()->watchFor(locationId);
    if (!watch)
        return;
    m_status->setPlaceState(placeState(*watch, state));
    m_status->setPlaceRefreshedAt(m_store->location(locationId).fetchedAt);
    m_status->setPlaceError(watch->lastError());
    m_status->setSourceStates(watch->sourceStates());
}

void WindowBinding::search(const QString &text)
{
    // One request on Enter, through the place search's lane; the answer or the error shows.
    PlaceSearch *places = m_engine->placeSearch();
    PlaceFetch *fetch = places->search(text);
    connect(fetch, &SourceReply::finished, m_window,
        [window = m_window, fetch, service = places->displayName()] {
            if (fetch->error())
                window->showPlaceSearchError(describeForPeople(*fetch->error(), service));
            else
                window->showPlaceResults(fetch->value());
        });
}

void WindowBinding::refreshShown()
{
    if (LocationWatch *watch
        = m_engine->registry()->watchFor(m_engine->registry()->shownLocationId()))
        watch->refreshNow();
}

void WindowBinding::exportShown(const QString &path, ExportFormat format)
{
    // The gigs the table shows, in its order (filter and sort).
    QString error;
    const qsizetype written = exportGigsToFile(*m_store, m_window->shownEventIds(),
        m_store->location(m_window->shownLocationId()).value.coordinate, path, format,
        QDateTime::currentDateTimeUtc(), &error);
    m_window->reportExport(path, written, error);
}

} // namespace gig
