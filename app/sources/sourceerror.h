// Why a fetch from an outside service gave no result, in words the refresh engine can act on.
#pragma once

#include <QDebug>
#include <QString>
#include <chrono>

namespace gig {

struct SourceError
{
    enum class Kind {
        Network, // no answer: connection refused or reset, DNS, refused as insecure
        Timeout, // no answer in time, after the queue's retries
        Http, // an HTTP error status the service did not explain in its own error format
        RateLimited, // 429, or 503 (MusicBrainz's way of saying "slow down"), after retries
        BadResponse, // an answer that is not what the service documents (garbage, wrong shape)
        ServiceError, // the service answered in its own error format (bad key, bad query…)
        Unavailable, // not sent: the lane's daily budget is spent or its circuit is open
        InvalidQuery, // not sent: the query cannot be asked (no API key, no place, empty range)
        Cancelled,
    };

    Kind kind = Kind::BadResponse;
    QString message; // the service's own words when it gave some; never holds an API key
    int httpStatus = 0; // 0 when no HTTP status arrived

    friend bool operator==(const SourceError &, const SourceError &) = default;
};

// "network", "timeout", "http", "rate-limited", "bad-response", "service-error", "unavailable",
// "invalid-query", "cancelled".
QString sourceErrorKindName(SourceError::Kind kind);

// "rate-limited (HTTP 429): Rate limit exceeded": for the log and the command line's details.
QString toString(const SourceError &error);

// For people (the status bar, the place search): a translated sentence that names the service
// by its display name and holds no host, HTTP status or kind name, e.g. "Ticketmaster did not
// accept the API key." The log keeps toString().
QString describeForPeople(const SourceError &error, const QString &service);
// The same, followed by when gigmap asks again by itself: "Ticketmaster is busy right now;
// gigmap asks again in 30 s."
QString describeForPeople(
    const SourceError &error, const QString &service, std::chrono::milliseconds retryIn);
// A wait in words, rounded up: "30 s", "5 min", "2 h".
QString waitInWords(std::chrono::milliseconds wait);

// Whether asking again soon may get an answer: no answer, a busy or failing service (429, 5xx),
// an unreadable answer, a closed lane. Not a query the service refused (4xx), one that cannot
// be asked, or a cancelled one.
bool isTransient(const SourceError &error);

QDebug operator<<(QDebug debug, const SourceError &error);

} // namespace gig
