// The limits of one network lane (one host, or a sandbox path standing in for it).
#pragma once

#include <QString>
#include <chrono>

namespace gig {

struct LanePolicy
{
    double ratePerSecond = 2.0; // token refill; <= 0 means unlimited
    int burst = 1;
    int maxInFlight = 2;
    int dailyBudget = 0; // 0 = none; persisted across restarts (QSettings)
    int maxRetries = 4;
    std::chrono::milliseconds backoffBase { 1000 };
    std::chrono::milliseconds backoffCap { 5 * 60 * 1000 };
    std::chrono::milliseconds transferTimeout { 30000 }; // without any data
    // The whole attempt, from sending to the last byte: an answer that trickles in (a few bytes
    // now and then, never idle long enough for transferTimeout) cannot hold a slot for hours.
    std::chrono::milliseconds transferDeadline { std::chrono::minutes(2) };
    qint64 maxResponseBytes = 10 * 1024 * 1024;
    int circuitFailureThreshold = 5; // consecutive failed requests that open the circuit
    std::chrono::milliseconds circuitCooldown { 60000 };
    // Whether Qt's HTTP layer may send a request again by itself when the connection drops before
    // the answer (it does so at once, behind the lane's pacing). False on the 1/s lanes: there a
    // dropped attempt fails and is retried by the lane like any network error, so the service
    // never sees two requests closer than the lane's interval. Works over https (every
    // non-loopback host); over plain http Qt gives no chance to stop it (see docs/NETWORK.md).
    bool resendSafe = true;

    // The built-in limits for a lane: the lane of a service in the service table
    // (models/services.h) has that row's limits; any other lane gets the defaults above (2/s,
    // 2 in flight).
    static LanePolicy defaultFor(const QString &lane);

    friend bool operator==(const LanePolicy &, const LanePolicy &) = default;
};

} // namespace gig
