// What the sandbox should get wrong on purpose for one service: the fault-injection switch.
#pragma once

#include "models/services.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <chrono>
#include <optional>

namespace gig {

// The sandbox stands in for every row of the service table.
using SandboxService = Service;

// The rows' ids ("ticketmaster", "musicbrainz", "tiles", …): path prefixes and JSON keys.
QString sandboxServiceName(SandboxService service);
std::optional<SandboxService> sandboxServiceFromName(QStringView name);
QList<SandboxService> allSandboxServices();

struct SandboxFault
{
    enum class Kind {
        None,
        Latency, // answer normally after `latency`
        TooManyRequests, // 429 with the service's error body
        ServiceUnavailable, // 503 with the service's error body
        InternalError, // 500
        ConnectionReset, // the connection is reset before any byte of the answer
        TruncatedBody, // Content-Length promises the full body, half of it arrives, then close
        MalformedJson, // 200, application/json, a body that does not parse
        WrongContentType, // 200 with an HTML page as text/html
        HugeBody, // 200 with a valid but enormous JSON body (`bodyBytes`, default 64 MiB)
        SlowDrip, // the normal answer, 16 bytes every `latency` (default 100 ms)
        WrongShape, // 200 with valid JSON that does not have the service's shape
    };
    Kind kind = Kind::None;
    std::chrono::milliseconds latency { 0 }; // for Latency / SlowDrip pacing
    std::optional<int> retryAfterSeconds; // for 429/503: send Retry-After when set
    bool retryAfterAsHttpDate = false;
    int remaining = -1; // how many requests it applies to; -1 = until cleared
    int every = 1; // applies to every Nth request it matches (counted from when it was set)
    QString match; // applies only to requests whose path and query contain this text; empty: all
    qint64 bodyBytes = 0; // for HugeBody; 0 = 64 MiB, at least 16

    friend bool operator==(const SandboxFault &, const SandboxFault &) = default;

    // {"kind":"serviceUnavailable","latencyMs":0,"retryAfter":5,"retryAfterAsHttpDate":false,
    //  "remaining":3,"bodyBytes":0,"every":4,"match":"page=2"}; fromJson names what is wrong in
    // `error` and returns nothing.
    // Whether it applies to the request to `pathAndQuery`, the `seen`th it matched (from 1).
    bool matches(QStringView pathAndQuery) const;
    bool isDue(int seen) const { return every <= 1 || seen % every == 0; }
    QJsonObject toJson() const;
    static std::optional<SandboxFault> fromJson(
        const QJsonObject &object, QString *error = nullptr);
    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(QStringView name);
};

} // namespace gig
