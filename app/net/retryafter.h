// Reads the Retry-After header of a 429 or 503 answer, in both of its forms (seconds or HTTP-date).
#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <chrono>
#include <optional>

namespace gig {

// "Sun, 06 Nov 1994 08:49:37 GMT" (and the obsolete RFC 850 and asctime forms) as UTC;
// std::nullopt for anything else.
std::optional<QDateTime> parseHttpDate(QByteArrayView text);

// How long to wait, given the header value and the current UTC time: seconds ("120"), or an
// HTTP-date (a date in the past means "now", zero). std::nullopt for empty or unreadable values.
std::optional<std::chrono::milliseconds> parseRetryAfter(
    QByteArrayView value, const QDateTime &nowUtc);

} // namespace gig
