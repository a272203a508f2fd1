// Keeps one watched place fresh: its own timers refresh it (often while shown, rarely in the
// background) and expire it when nobody has looked at it for a day; failures back off.
#pragma once

#include "app/net/clock.h"
#include "app/refresh/refreshsettings.h"
#include "app/refresh/restartpolicy.h"
#include "app/sources/sourceerror.h"
#include "models/artist.h"
#include "models/location.h"
#include "models/sourcestate.h"

#include <QObject>
#include <QPointer>
#include <memory>

class QTimer;

namespace gig {

class EventSource;
class GigStore;
class WorkLeases;
class SourceReply;

class LocationWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocationWatch)

public:
    enum class State { Fresh, Refreshing, Stale, Failing };
    Q_ENUM(State)

    // Watches `place` (its id, coordinate and radius); the place is written into `store` at once.
    LocationWatch(const Location &place, EventSource *source, GigStore *store,
        std::shared_ptr<Clock> clock, const RefreshSettings &settings, QObject *parent = nullptr);
    ~LocationWatch() override;

    QString locationId() const { return m_place.id; }
    const Location &place() const { return m_place; }
    State state() const { return m_state; }
    bool isShown() const { return m_shown; }
    bool isSaved() const { return m_saved; }
    // When the next refresh is due (the clock's wall time); invalid while one runs.
    QDateTime nextRefreshAt() const { return m_nextRefreshAt; }
    // Why the last refresh failed or was incomplete, for people, with when gigmap asks again;
    // empty after a refresh that read everything. The log has the details.
    QString lastError() const { return m_lastError; }
    // How each source fared in the last refresh that read some gigs, when several are asked
    // together; empty otherwise (and after a refresh that read nothing).
    QList<SourceState> sourceStates() const { return m_sourceStates; }
    // The pages the last refresh could not read (in words); empty when it read them all. The
    // place then shows the gigs of the pages read, beside those it knew, and is asked again with
    // the backoff of a failure.
    QStringList missingPages() const { return m_missingPages; }
    int refreshCount() const { return m_refreshCount; } // fetches started

    // Begins: a refresh at once when the store has nothing fresh for the place, else when due.
    void start();
    // Shown places refresh every shownInterval; others every backgroundInterval. Showing a place
    // also counts as viewing it (idle expiry starts again).
    void setShown(bool shown);
    // Saved places never expire.
    void setSaved(bool saved);
    // Desktops sharing a cache (nullptr: none): a refresh is claimed first, and while another
    // desktop refreshes the place, this watch waits for its gigs to arrive in the store.
    void setLeases(WorkLeases *leases) { m_leases = leases; }
    // "Retry now" / F5: forget the backoff and refresh at once.
    void refreshNow();
    // For good: cancels the refresh under way and every timer, so that nothing of this place is
    // written into the store again (the registry calls it before it lets the watch go).
    void stop();
    bool isStopped() const { return m_stopped; }

signals:
    void stateChanged(gig::LocationWatch::State state);
    void refreshed(); // the store holds this refresh's gigs (maybe not every page: missingPages())
    void refreshFailed(const gig::SourceError &error);
    void expired(); // idle too long: the registry drops the watch
    void nextRefreshChanged(const QDateTime &at);

private:
    void refresh();
    void onFetchFinished();
    // False when another desktop refreshes the place (or just did): then this one waits for it.
    bool claimRefresh();
    QString leaseKey() const;
    void applyFailure(const SourceError &error);
    // The refresh read some pages and lost others: stale, asked again with a failure's backoff.
    void applyMissingPages();
    // The source's artists, with what a MusicBrainz search by name found kept where the source
    // gives no MBID (the MBID, or when no match was found).
    QList<Artist> withSearchedMbids(QList<Artist> artists) const;
    QString serviceName() const; // for people: "Ticketmaster"
    void scheduleRefresh(std::chrono::milliseconds delay);
    void restartExpiry();
    void setState(State state);
    std::chrono::milliseconds interval() const;
    bool storeHasFreshData() const;

    Location m_place;
    QPointer<EventSource> m_source;
    GigStore *m_store;
    std::shared_ptr<Clock> m_clock;
    RefreshSettings m_settings;
    RestartPolicy m_restart;
    QTimer *m_refreshTimer;
    QTimer *m_expiryTimer;
    QPointer<SourceReply> m_fetch;
    WorkLeases *m_leases = nullptr;
    State m_state = State::Stale;
    QDateTime m_nextRefreshAt;
    QString m_lastError;
    QStringList m_missingPages;
    QList<SourceState> m_sourceStates; // of the last refresh that read some gigs
    int m_refreshCount = 0;
    bool m_shown = false;
    bool m_saved = false;
    bool m_stopped = false;
};

QString watchStateName(LocationWatch::State state); // "fresh", "refreshing", "stale", "failing"

} // namespace gig
