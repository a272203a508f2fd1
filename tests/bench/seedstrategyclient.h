// The original gig app's strategy, rebuilt for the baseline benchmark only (never part of the
// app): one monitor per picked place, each refreshing its gigs every 3 h and queueing every
// artist without a cached release into one FIFO that MusicBrainz artist lookups drain at 50/min.
#pragma once

#include "app/net/clock.h"

#include <QDateTime>
#include <QGeoCoordinate>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QUrl>
#include <chrono>
#include <memory>
#include <optional>

class QTimer;

namespace gig {

class EventSource;
class RequestQueue;
class SourceReply;

// What the seed keeps for an artist: the release group with the greatest first-release-date
// string among those its artist lookup listed, no type filter.
struct SeedRelease
{
    QString groupId;
    QString title;
    QString firstReleaseDate;
    QString primaryType;
    QStringList secondaryTypes;
    QDateTime fetchedAt;

    friend bool operator==(const SeedRelease &, const SeedRelease &) = default;
};

class SeedStrategyClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SeedStrategyClient)

public:
    struct Config
    {
        QUrl musicbrainzRoot; // …/ws/2; routed into the queue's MusicBrainz lane
        std::chrono::milliseconds refreshInterval { std::chrono::hours(3) };
        std::chrono::milliseconds fetchInterval { 1200 }; // 50 requests a minute
        int horizonDays = 90;
    };

    SeedStrategyClient(EventSource *events, RequestQueue *queue, std::shared_ptr<Clock> clock,
        const Config &config, QObject *parent = nullptr);
    ~SeedStrategyClient() override;

    // A monitor of its own for the place (near picks share nothing): it refreshes at once, then
    // every refreshInterval.
    void addMonitor(const QGeoCoordinate &centre, double radiusKm);

    const QHash<QString, SeedRelease> &releases() const { return m_releases; }
    // The artist MBIDs of every monitor's latest refresh.
    QSet<QString> monitoredMbids() const;
    // MBIDs fetched at least once (with or without a release).
    const QSet<QString> &fetchedMbids() const { return m_fetched; }
    bool everyMonitorRefreshed() const;
    // Something queued, a lookup in flight, or a monitor refreshing.
    bool isBusy() const;

    int queuedCount() const { return int(m_fifo.size()); }
    int copiesQueued() const
    {
        return m_copiesQueued;
    } // FIFO entries added, failures' returns excluded
    int lookupsSent() const { return m_lookupsSent; }
    int lookupFailures() const { return m_lookupFailures; }
    int lookupsWithoutRelease() const { return m_withoutRelease; }
    int eventRefreshes() const { return m_eventRefreshes; }

    // The artist lookup URL: {root}/artist/{mbid}?inc=release-groups&fmt=json.
    QUrl lookupUrl(const QString &mbid) const;
    // The seed's pick from an artist lookup's body: the greatest first-release-date as a string
    // (the first such group on a tie); nullopt when the body lists no release group.
    static std::optional<SeedRelease> pickLatest(const QByteArray &lookupBody, bool *parsed);

signals:
    void activityChanged(); // busy or idle, a fetch ended, a monitor refreshed
    void releaseStored(const QString &mbid);

private:
    struct Monitor
    {
        QGeoCoordinate centre;
        double radiusKm = 0;
        QTimer *timer = nullptr;
        QPointer<SourceReply> fetch;
        QSet<QString> mbids;
        bool refreshedOnce = false;
    };

    void refresh(int index);
    void onRefreshed(int index);
    void schedulePump();
    void pump();
    void lookUp(const QString &mbid);

    EventSource *m_events;
    RequestQueue *m_queue;
    std::shared_ptr<Clock> m_clock;
    Config m_config;
    QList<Monitor> m_monitors;
    QList<QString> m_fifo;
    QTimer *m_pumpTimer;
    Clock::Time m_nextSendAt { 0 };
    int m_inFlight = 0;
    QHash<QString, SeedRelease> m_releases;
    QSet<QString> m_fetched;
    int m_copiesQueued = 0;
    int m_lookupsSent = 0;
    int m_lookupFailures = 0;
    int m_withoutRelease = 0;
    int m_eventRefreshes = 0;
};

} // namespace gig
