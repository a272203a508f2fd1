// Finds or starts the watch for a picked place (picks close to a watched place share its watch),
// drops watches that expire, sweeps the store, and feeds the release refresher after refreshes.
#pragma once

#include "app/net/clock.h"
#include "app/refresh/locationwatch.h"
#include "app/refresh/refreshsettings.h"

#include <QGeoCoordinate>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <memory>

class QTimer;

namespace gig {

class EventSource;
class GigStore;
class WorkLeases;
class ReleaseRefresher;

class LocationRegistry final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocationRegistry)

public:
    LocationRegistry(EventSource *source, GigStore *store, ReleaseRefresher *releases,
        std::shared_ptr<Clock> clock, const RefreshSettings &settings, QObject *parent = nullptr);
    ~LocationRegistry() override;

    // The watch for `coordinate` and `radiusKm`: an existing one within shareDistanceKm with the
    // same radius (or, for metro-area sources, the same metro area), else a new one, started.
    LocationWatch *watch(
        const QGeoCoordinate &coordinate, double radiusKm, const QString &name = {});
    // Stops watching: the place leaves the store now, its gigs at the next sweep.
    void unwatch(const QString &locationId);
    // Starts a watch for every place the store held at start (the cache), refreshing only
    // those with nothing fresh.
    void resumeFromStore();

    // One place is on screen at a time (empty: none); it refreshes more often and its artists'
    // releases go first.
    void setShownLocation(const QString &locationId);
    QString shownLocationId() const { return m_shownId; }
    void setSaved(const QString &locationId, bool saved);

    // Desktops sharing a cache: every watch claims its refreshes there (see LocationWatch).
    void setLeases(WorkLeases *leases);

    // Changing the source rebuilds every watch (the places and their cached gigs stay).
    void setEventSource(EventSource *source);

    LocationWatch *watchFor(const QString &locationId) const;
    QList<LocationWatch *> watches() const;
    int countInState(LocationWatch::State state) const;

    // Stable id of a place: rounded coordinate and radius.
    static QString locationIdFor(const QGeoCoordinate &coordinate, double radiusKm);

signals:
    void watchStarted(gig::LocationWatch *watch);
    void watchStopped(const QString &locationId);
    void watchStateChanged(const QString &locationId, gig::LocationWatch::State state);
    void swept();

private:
    LocationWatch *startWatch(const Location &place);
    LocationWatch *findNear(const QGeoCoordinate &coordinate, double radiusKm) const;
    void sweep();

    QPointer<EventSource> m_source;
    GigStore *m_store;
    QPointer<ReleaseRefresher> m_releases;
    std::shared_ptr<Clock> m_clock;
    RefreshSettings m_settings;
    QHash<QString, LocationWatch *> m_watches;
    QSet<QString> m_saved;
    QString m_shownId;
    QTimer *m_sweepTimer;
    WorkLeases *m_leases = nullptr;
};

} // namespace gig
