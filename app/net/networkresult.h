// What a queued GET ended with: status, body, headers, or why there is none.
#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

namespace gig {

enum class RequestPriority { Interactive, Background }; // Interactive is served first

enum class NetworkError {
    None, // a response arrived (check status)
    Http, // final HTTP error status after retries (status tells which)
    Network, // connection refused/reset/DNS… after retries
    Timeout, // transfer timeout after retries
    TooLarge, // body over the size cap
    Insecure, // plain http to a non-loopback host, or a redirect to http
    BudgetSpent, // the lane's daily budget is used up
    CircuitOpen, // the lane's circuit breaker is open: failing fast
    Cancelled,
};

struct NetworkResult
{
    QUrl url; // the URL asked for
    int status = 0; // HTTP status, 0 when none
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    NetworkError error = NetworkError::None;
    QString errorString; // human sentence, secrets redacted
    int attempts = 0; // how many times it was sent
    bool fromCache = false; // served by a 304 revalidation from the disk cache

    bool ok() const { return error == NetworkError::None && status >= 200 && status < 300; }
    QByteArray header(QByteArrayView name) const; // case-insensitive, empty when absent

    friend bool operator==(const NetworkResult &, const NetworkResult &) = default;
};

// "Timeout", "CircuitOpen", … for logs and tests.
QString toString(NetworkError error);

} // namespace gig
