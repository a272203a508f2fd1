// What the refresh engine is doing, as the status bar shows it: the engine fills it, the window
// observes it.
#pragma once

#include "models/sourcestate.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

namespace gig {

class AppStatus final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppStatus)
    Q_PROPERTY(QString dataSource READ dataSource WRITE setDataSource NOTIFY dataSourceChanged)
    Q_PROPERTY(bool demoMode READ demoMode WRITE setDemoMode NOTIFY demoModeChanged)
    Q_PROPERTY(QString placeName READ placeName WRITE setPlaceName NOTIFY placeNameChanged)
    Q_PROPERTY(PlaceState placeState READ placeState WRITE setPlaceState NOTIFY placeStateChanged)
    Q_PROPERTY(QDateTime placeRefreshedAt READ placeRefreshedAt WRITE setPlaceRefreshedAt NOTIFY
            placeRefreshedAtChanged)
    Q_PROPERTY(QString placeError READ placeError WRITE setPlaceError NOTIFY placeErrorChanged)
    Q_PROPERTY(int releasesPending READ releasesPending WRITE setReleasesPending NOTIFY
            releasesPendingChanged)
    Q_PROPERTY(
        int requestsQueued READ requestsQueued WRITE setRequestsQueued NOTIFY requestsQueuedChanged)
    Q_PROPERTY(QDateTime rateLimitedUntil READ rateLimitedUntil WRITE setRateLimitedUntil NOTIFY
            rateLimitedUntilChanged)
    Q_PROPERTY(bool offline READ offline WRITE setOffline NOTIFY offlineChanged)

public:
    // The shown place's watch: Idle when no place is shown.
    // Incomplete: the last refresh read some pages of gigs and lost others (shown, asked again).
    enum class PlaceState { Idle, Fresh, Refreshing, Stale, Incomplete, Failing };
    Q_ENUM(PlaceState)

    explicit AppStatus(QObject *parent = nullptr);
    ~AppStatus() override;

    QString dataSource() const { return m_dataSource; } // "Ticketmaster", "Songkick", "Demo data"
    bool demoMode() const { return m_demoMode; }
    QString placeName() const { return m_placeName; }
    PlaceState placeState() const { return m_placeState; }
    QDateTime placeRefreshedAt() const { return m_placeRefreshedAt; } // invalid: never
    QString placeError() const { return m_placeError; } // why the place is failing, for people
    int releasesPending() const { return m_releasesPending; } // MBIDs waiting for their release
    int requestsQueued() const { return m_requestsQueued; } // requests waiting in every lane
    QDateTime rateLimitedUntil() const { return m_rateLimitedUntil; } // invalid or past: no wait
    bool offline() const { return m_offline; }
    // How each source fared in the shown place's last refresh, when several are asked together;
    // empty with one source, or before a refresh read anything.
    QList<SourceState> sourceStates() const { return m_sourceStates; }

    // Each setter notifies only when the value changes.
    void setDataSource(const QString &dataSource);
    void setDemoMode(bool demoMode);
    void setPlaceName(const QString &placeName);
    void setPlaceState(PlaceState placeState);
    void setPlaceRefreshedAt(const QDateTime &refreshedAt);
    void setPlaceError(const QString &error);
    void setReleasesPending(int count);
    void setRequestsQueued(int count);
    void setRateLimitedUntil(const QDateTime &until);
    void setOffline(bool offline);
    void setSourceStates(const QList<SourceState> &states);

signals:
    void dataSourceChanged(const QString &dataSource);
    void demoModeChanged(bool demoMode);
    void placeNameChanged(const QString &placeName);
    void placeStateChanged(gig::AppStatus::PlaceState placeState);
    void placeRefreshedAtChanged(const QDateTime &refreshedAt);
    void placeErrorChanged(const QString &error);
    void releasesPendingChanged(int count);
    void requestsQueuedChanged(int count);
    void rateLimitedUntilChanged(const QDateTime &until);
    void offlineChanged(bool offline);
    void sourceStatesChanged();

private:
    QString m_dataSource;
    bool m_demoMode = false;
    QString m_placeName;
    PlaceState m_placeState = PlaceState::Idle;
    QDateTime m_placeRefreshedAt;
    QString m_placeError;
    int m_releasesPending = 0;
    int m_requestsQueued = 0;
    QDateTime m_rateLimitedUntil;
    bool m_offline = false;
    QList<SourceState> m_sourceStates;
};

// "idle", "fresh", "refreshing", "stale", "incomplete", "failing"
QString placeStateName(AppStatus::PlaceState state);

} // namespace gig
