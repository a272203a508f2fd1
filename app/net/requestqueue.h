// gigmap's one door to the network: per-host lanes with rate limits, in-flight caps, priorities,
// de-duplication, retries with backoff, Retry-After, circuit breakers, budgets and hygiene.
#pragma once

#include "app/net/busymeter.h"
#include "app/net/clock.h"
#include "app/net/etagcache.h"
#include "app/net/lanepolicy.h"
#include "app/net/lanestatus.h"
#include "app/net/networkresult.h"
#include "app/net/queuedreply.h"

#include <QHash>
#include <QNetworkRequest>
#include <QObject>
#include <QStringList>
#include <map>
#include <memory>

class QNetworkAccessManager;

namespace gig {

struct AttemptOutcome;
struct Lane;
class LaneTurns;
struct PendingRequest;

class RequestQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestQueue)
    Q_PROPERTY(int totalQueued READ totalQueued NOTIFY totalQueuedChanged)

public:
    explicit RequestQueue(QObject *parent = nullptr);
    // Paced by `clock` (tests pass a sped-up one); the app passes the one it makes at start-up.
    explicit RequestQueue(std::shared_ptr<Clock> clock, QObject *parent = nullptr);
    ~RequestQueue() override;

    // Queue a GET. Identical GETs (same URL + relevant headers) queued or in flight are sent once
    // and every caller's reply gets the result. The queue sets the User-Agent
    // "gigmap/<version> ( <project url> )" itself. Never blocks; failures arrive as finished().
    QueuedReply *get(
        const QNetworkRequest &request, RequestPriority priority = RequestPriority::Background);

    // Lanes are keyed by host by default ("musicbrainz.org", "app.ticketmaster.com", …, with the
    // design's defaults built in; unknown hosts 2/s, 2 in flight).
    void setLanePolicy(const QString &lane, const LanePolicy &policy);
    LanePolicy lanePolicy(const QString &lane) const;

    // Route every URL that starts with `prefix` into `lane` (so the loopback sandbox's
    // http://127.0.0.1:PORT/musicbrainz/ws/2 gets the "musicbrainz.org" lane and its limits).
    // The longest matching prefix wins; a prefix matches at path-segment boundaries only.
    void routePrefix(const QUrl &prefix, const QString &lane);
    QString laneFor(const QUrl &url) const;

    // Observability for the UI: one QObject per lane with properties + change signals
    // (queued, inFlight, sent, retried, failed, lastError, nextSendAt). Owned by the queue.
    LaneStatus *laneStatus(const QString &lane);
    QStringList lanes() const;
    int totalQueued() const;

    // Where daily budgets are kept: empty (default) = the application's QSettings, else an INI
    // file.
    void setSettingsFile(const QString &path);
    // Where responses with an ETag are kept for If-None-Match revalidation. Default: the
    // application's cache location + "/http"; empty turns revalidation off.
    void setCacheDirectory(const QString &path);
    const Clock &clock() const { return *m_clock; }

    // Turns shared with other processes (nullptr: none, the default): every paced lane takes its
    // turn there before sending, spaced by its rate. Not owned; must outlive the queue's use.
    void setLaneTurns(LaneTurns *turns) { m_turns = turns; }

    // For benchmarks: when on, the queue adds up the CPU time its own code takes on its thread
    // (handing requests to QNetworkAccessManager excluded). Off by default; costs a little.
    void setProfiling(bool on) { m_busy.setEnabled(on); }
    std::chrono::nanoseconds busyTime() const { return m_busy.busyTime(); }

    // "gigmap/<version> ( <project url> )"
    static QByteArray userAgent();
    // Loopback hosts (127.0.0.0/8, ::1, localhost) may be spoken to in plain http.
    static bool isLoopbackHost(const QString &host);

signals:
    void totalQueuedChanged(int total);

private:
    friend class QueuedReply;
    using Request = std::shared_ptr<PendingRequest>;

    Lane &lane(const QString &name);
    QNetworkRequest prepared(const QNetworkRequest &request) const;
    // How long `lane` must wait for its shared turn; nothing when it may send now.
    std::optional<Clock::Time> sharedTurnWait(const Lane &lane) const;
    void failSoon(QueuedReply *reply, Lane *lane, NetworkError error, const QString &message);
    void cancelReply(QueuedReply *reply);

    void schedulePump(Lane &lane);
    void pump(Lane &lane);
    void send(Lane &lane, const Request &request);
    // Puts `wire` on the network as the request's current reply: its first URL or a redirect's.
    void startReply(Lane &lane, const Request &request, const QNetworkRequest &wire);
    void onReadyRead(const Request &request);
    // Sends the attempt on to where `reply` redirects, if it does and the target is allowed.
    bool followRedirect(Lane &lane, const Request &request, const QNetworkReply &reply);
    void onReplyFinished(const Request &request);
    void retryOrFinish(Lane &lane, const Request &request, const AttemptOutcome &outcome);
    void revalidated(Lane &lane, const Request &request, NetworkResult result);
    void finish(Lane &lane, const Request &request, const NetworkResult &result);
    // Hands the result to every caller still waiting; the request is done.
    static void deliverToWaiters(PendingRequest &request, const NetworkResult &result);
    void failAll(Lane &lane, NetworkError error, const QString &message);
    void abortQuietly(Lane &lane, const Request &request);
    void updateCounts(Lane &lane); // queued, in flight and the total
    void updateStatus(Lane &lane); // all of the lane's status

    std::shared_ptr<Clock> m_clock;
    QNetworkAccessManager *m_manager = nullptr;
    EtagCache m_etagCache { this }; // our own storage; not attached to the manager
    std::map<QString, std::unique_ptr<Lane>> m_lanes;
    QHash<QString, LanePolicy> m_policies;
    QList<std::pair<QString, QString>> m_routes; // prefix → lane
    QHash<QByteArray, Request> m_pending; // de-duplication: key → queued or in-flight request
    QString m_settingsFile;
    int m_totalQueued = 0;
    BusyMeter m_busy; // CPU time of the queue's own code, when profiling
    LaneTurns *m_turns = nullptr;
};

} // namespace gig
