// What one finished attempt of a queued GET comes to: delivered, retried, failed or revalidated.
#pragma once

#include "app/net/networkresult.h"

#include <QNetworkReply>
#include <chrono>
#include <optional>

namespace gig {

class Clock;
struct LanePolicy;
struct PendingRequest;

struct AttemptOutcome
{
    enum class Kind {
        Delivered, // the service answered (2xx, 3xx, 4xx other than 429): hand it over
        RetryAfter, // worth another attempt (5xx, 429, network error, timeout), if any are left
        Failed, // no answer, and asking again would not bring one
        Revalidated, // 304 to our own If-None-Match: the kept copy is the answer
    };

    // What QNetworkReply said when it finished, apart from the body the request gathered.
    struct Reply
    {
        int status = 0; // HTTP status, 0 when none came
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QString errorString;
        QList<QNetworkReply::RawHeaderPair> headers;

        static Reply of(const QNetworkReply &reply);
    };

    Kind kind = Kind::Failed;
    NetworkResult result; // what the waiters get (Revalidated: the 304, before the kept copy)
    bool countsAsFailure = false; // RetryAfter: towards the circuit breaker
    bool throttled = false; // RetryAfter: 429/503, the whole lane pauses
    std::optional<std::chrono::milliseconds> retryAfter; // throttled: the server's Retry-After
    bool cacheable = false; // Delivered: a 200 to keep for revalidation

    // Sorts the attempt `request` just finished with `reply` on a lane with `policy`; `clock`
    // dates a Retry-After given as an HTTP-date.
    static AttemptOutcome classify(const PendingRequest &request, const Reply &reply,
        const LanePolicy &policy, const Clock &clock);
};

} // namespace gig
