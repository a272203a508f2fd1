// The supervisor's rule for a failing watch: back off with full jitter, park it after too many
// failures in a window, and let a manual "Retry now" clear it. The app never goes down with it.
#pragma once

#include <QList>
#include <QtGlobal>
#include <chrono>
#include <functional>
#include <optional>

namespace gig {

struct RestartPolicyConfig
{
    std::chrono::milliseconds backoffBase { std::chrono::seconds(30) };
    std::chrono::milliseconds backoffCap { std::chrono::minutes(30) };
    int maxFailuresInWindow = 5; // more than this many failures in `window` parks the watch
    std::chrono::milliseconds window { std::chrono::minutes(10) };
};

class RestartPolicy
{
public:
    using TimePoint = std::chrono::steady_clock::time_point;

    struct Decision
    {
        std::chrono::milliseconds delay { 0 }; // until the next attempt
        bool parked = false; // failing: no attempt before `delay` unless retried by hand
    };

    // `random01` returns a uniform value in [0, 1); tests pass a fixed sequence.
    explicit RestartPolicy(RestartPolicyConfig config = {}, std::function<double()> random01 = {});

    // Records a failure at `now` and says when to try again.
    Decision recordFailure(TimePoint now);
    // A success forgets the failure history.
    void recordSuccess();
    // "Retry now": unpark and start the backoff again from the base.
    void reset() { recordSuccess(); }

    int consecutiveFailures() const { return m_consecutiveFailures; }
    bool isParked(TimePoint now) const { return m_parkedUntil && now < *m_parkedUntil; }
    const RestartPolicyConfig &config() const { return m_config; }

    // The full-jitter bound for the n-th consecutive failure (1-based): min(cap, base·2^(n−1)).
    std::chrono::milliseconds backoffBound(int failure) const;

private:
    RestartPolicyConfig m_config;
    std::function<double()> m_random01;
    int m_consecutiveFailures = 0;
    QList<TimePoint> m_recentFailures; // within the window, oldest first
    std::optional<TimePoint> m_parkedUntil;
};

} // namespace gig
