// The bookkeeping of one RequestQueue lane: its policy, pacing, breaker, budget and waiting
// requests.
#pragma once

#include "app/net/circuitbreaker.h"
#include "app/net/clock.h"
#include "app/net/dailybudget.h"
#include "app/net/lanepolicy.h"
#include "app/net/pendingrequest.h"
#include "app/net/tokenbucket.h"

#include <deque>
#include <memory>
#include <optional>
#include <vector>

class QTimer;

namespace gig {

class LaneStatus;

// Internal to RequestQueue, which drives it; plain data plus the queue operations.
struct Lane
{
    using Request = std::shared_ptr<PendingRequest>;

    QString name;
    LanePolicy policy;
    TokenBucket bucket;
    CircuitBreaker circuit;
    std::optional<DailyBudget> budget;
    std::deque<Request> interactive;
    std::deque<Request> background;
    std::vector<Request> delayed; // retries waiting out their backoff
    int inFlight = 0;
    Clock::Time pausedUntil { 0 }; // Retry-After or a throttling backoff pauses the whole lane
    bool pumpScheduled = false;
    QTimer *wakeTimer = nullptr; // owned by the queue
    LaneStatus *status = nullptr; // owned by the queue

    void applyPolicy(const LanePolicy &newPolicy, Clock::Time now, const QString &settingsFile);

    int queuedCount() const;
    bool hasQueued() const { return !interactive.empty() || !background.empty(); }
    void enqueue(const Request &request, bool atFront = false);
    Request takeNext(); // interactive first, FIFO within a priority
    bool remove(const Request &request); // from the queues or the delayed retries
    void promote(
        const Request &request); // a background request an interactive caller now waits for
    void releaseDueRetries(Clock::Time now); // delayed retries whose time came go to the front
    std::optional<Clock::Time> earliestRetry() const;
    std::vector<Request> takeAll(); // queued and delayed
};

} // namespace gig
