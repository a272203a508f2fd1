#include "app/net/lane.h"

#include <algorithm>

namespace gig {

void Lane::applyPolicy(const LanePolicy &newPolicy, Clock::Time now, const QString &settingsFile)
{
    policy = newPolicy;
    bucket.configure(policy.ratePerSecond, policy.burst, now);
    circuit.configure(policy.circuitFailureThreshold, Clock::Time(policy.circuitCooldown));
    if (policy.dailyBudget > 0)
        budget.emplace(name, policy.dailyBudget, settingsFile);
    else
        budget.reset();
}

int Lane::queuedCount() const
{
    return int(interactive.size() + background.size() + delayed.size());
}

void Lane::enqueue(const Request &request, bool atFront)
{
    auto &queue = request->priority == RequestPriority::Interactive ? interactive : background;
    if (atFront)
        queue.push_front(request);
    else
        queue.push_back(request);
}

Lane::Request Lane::takeNext()
{
    auto &queue = interactive.empty() ? background : interactive;
    if (queue.empty())
        return {};
    Request next = queue.front();
    queue.pop_front();
    return next;
}

bool Lane::remove(const Request &request)
{
    for (auto *queue : { &interactive, &background }) {
        const auto it = std::find(queue->begin(), queue->end(), request);
        if (it != queue->end()) {
            queue->erase(it);
            return true;
        }
    }
    const auto it = std::find(delayed.begin(), delayed.end(), request);
    if (it != delayed.end()) {
        delayed.erase(it);
        return true;
    }
    return false;
}

void Lane::promote(const Request &request)
{
    const auto it = std::find(background.begin(), background.end(), request);
    request->priority = RequestPriority::Interactive;
    if (it == background.end())
        return; // in flight or waiting out a retry: it keeps its place
    background.erase(it);
    interactive.push_back(request);
}

void Lane::releaseDueRetries(Clock::Time now)
{
    // Oldest first at the front: walk backwards so the earliest-queued ends up first.
    std::vector<Request> due;
    for (auto it = delayed.begin(); it != delayed.end();) {
        if ((*it)->notBefore <= now) {
            due.push_back(*it);
            it = delayed.erase(it);
        } else {
            ++it;
        }
    }
    for (auto it = due.rbegin(); it != due.rend(); ++it)
        enqueue(*it, true);
}

std::optional<Clock::Time> Lane::earliestRetry() const
{
    if (delayed.empty())
        return std::nullopt;
    const auto it = std::min_element(delayed.begin(), delayed.end(),
        [](const Request &a, const Request &b) { return a->notBefore < b->notBefore; });
    return (*it)->notBefore;
}

std::vector<Lane::Request> Lane::takeAll()
{
    std::vector<Request> all(interactive.begin(), interactive.end());
    all.insert(all.end(), background.begin(), background.end());
    all.insert(all.end(), delayed.begin(), delayed.end());
    interactive.clear();
    background.clear();
    delayed.clear();
    return all;
}

} // namespace gig
