#include "app/refresh/locationregistry.h"

#include "app/refresh/releaserefresher.h"
#include "app/sources/eventsource.h"
#include "models/gigstore.h"

#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcRegistry, "gigmap.refresh.registry", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace gig {

LocationRegistry::LocationRegistry(EventSource *source, GigStore *store, ReleaseRefresher *releases,
    std::shared_ptr<Clock> clock, const RefreshSettings &settings, QObject *parent)
    : QObject(parent)
    , m_source(source)
    , m_store(store)
    , m_releases(releases)
    , m_clock(std::move(clock))
    , m_settings(settings)
    , m_sweepTimer(new QTimer(this))
{
    Q_ASSERT(store && m_clock);
    connect(m_sweepTimer, &QTimer::timeout, this, &LocationRegistry::sweep);
    m_sweepTimer->start(m_clock->toRealInterval(Clock::Time(m_settings.sweepInterval)));
}

LocationRegistry::~LocationRegistry() = default;

QString LocationRegistry::locationIdFor(const QGeoCoordinate &coordinate, double radiusKm)
{
    return u"place:%1,%2,%3"_s.arg(coordinate.latitude(), 0, 'f', 4)
        .arg(coordinate.longitude(), 0, 'f', 4)
        .arg(radiusKm, 0, 'g', 6);
}

LocationWatch *LocationRegistry::findNear(const QGeoCoordinate &coordinate, double radiusKm) const
{
    LocationWatch *nearest = nullptr;
    double nearestKm = m_settings.shareDistanceKm;
    for (LocationWatch *watch : m_watches) {
        const Location &place = watch->place();
        if (!qFuzzyCompare(place.radiusKm, radiusKm))
            continue;
        const double km = place.coordinate.distanceTo(coordinate) / 1000.0;
        if (km <= nearestKm) {
            nearest = watch;
            nearestKm = km;
        }
    }
    return nearest;
}

LocationWatch *LocationRegistry::watch(
    const QGeoCoordinate &coordinate, double radiusKm, const QString &name)
{
    if (LocationWatch *existing = findNear(coordinate, radiusKm))
        return existing;
    Location place;
    place.id = locationIdFor(coordinate, radiusKm);
    if (LocationWatch *existing = watchFor(place.id))
        return existing;
    place.name = name.isEmpty()
        ? u"%1, %2"_s.arg(coordinate.latitude(), 0, 'f', 3).arg(coordinate.longitude(), 0, 'f', 3)
        : name;
    place.coordinate = coordinate;
    place.radiusKm = radiusKm;
    return startWatch(place);
}

void LocationRegistry::setLeases(WorkLeases *leases)
{
    m_leases = leases;
    for (LocationWatch *watch : std::as_const(m_watches))
        watch->setLeases(leases);
}

LocationWatch *LocationRegistry::startWatch(const Location &place)
{
    auto *watch = new LocationWatch(place, m_source, m_store, m_clock, m_settings, this);
    watch->setLeases(m_leases);
    m_watches.insert(place.id, watch);
    watch->setSaved(m_saved.contains(place.id));
    watch->setShown(place.id == m_shownId);
    const QString id = place.id;
    connect(watch, &LocationWatch::stateChanged, this,
        [this, id](LocationWatch::State state) { emit watchStateChanged(id, state); });
    connect(watch, &LocationWatch::refreshed, this, [this] {
        if (m_releases)
            m_releases->enqueueLacking();
    });
    connect(watch, &LocationWatch::expired, this, [this, id] {
        qCInfo(lcRegistry) << id << "was not viewed for a while; no longer watched";
        unwatch(id);
    });
    qCDebug(lcRegistry) << "watching" << id;
    emit watchStarted(watch);
    watch->start();
    return watch;
}

void LocationRegistry::unwatch(const QString &locationId)
{
    LocationWatch *watch = m_watches.take(locationId);
    if (!watch)
        return;
    // Stopped now, deleted later (this may run inside one of its signals): a fetch that ended a
    // moment ago must not write the place back into the store after it left.
    watch->stop();
    watch->deleteLater();
    m_store->unwatchLocation(locationId);
    if (m_shownId == locationId)
        setShownLocation({});
    emit watchStopped(locationId);
}

void LocationRegistry::resumeFromStore()
{
    for (const QString &id : m_store->locationIds()) {
        if (!m_watches.contains(id))
            startWatch(m_store->location(id).value);
    }
}

void LocationRegistry::setShownLocation(const QString &locationId)
{
    if (LocationWatch *previous = watchFor(m_shownId))
        previous->setShown(false);
    m_shownId = locationId;
    if (LocationWatch *shown = watchFor(locationId))
        shown->setShown(true);
    if (m_releases)
        m_releases->setShownLocation(locationId);
}

void LocationRegistry::setSaved(const QString &locationId, bool saved)
{
    if (saved)
        m_saved.insert(locationId);
    else
        m_saved.remove(locationId);
    if (LocationWatch *watch = watchFor(locationId))
        watch->setSaved(saved);
}

void LocationRegistry::setEventSource(EventSource *source)
{
    m_source = source;
    const QList<Location> places = [this] {
        QList<Location> list;
        for (LocationWatch *watch : std::as_const(m_watches))
            list.append(watch->place());
        return list;
    }();
    qDeleteAll(m_watches);
    m_watches.clear();
    for (const Location &place : places)
        startWatch(place);
}

LocationWatch *LocationRegistry::watchFor(const QString &locationId) const
{
    return m_watches.value(locationId, nullptr);
}

QList<LocationWatch *> LocationRegistry::watches() const
{
    return m_watches.values();
}

int LocationRegistry::countInState(LocationWatch::State state) const
{
    return int(std::count_if(m_watches.cbegin(), m_watches.cend(),
        [state](const LocationWatch *w) { return w->state() == state; }));
}

void LocationRegistry::sweep()
{
    const auto removed = m_store->sweep(m_clock->systemNow());
    qCDebug(lcRegistry) << "sweep dropped" << removed.events << "events," << removed.artists
                        << "artists," << removed.releases << "releases";
    emit swept();
}

} // namespace gig
