// A cached value as readers get it from GigStore: the value together with how fresh it is.
#pragma once

#include <QDateTime>
#include <QDebug>
#include <QString>

namespace gig {

// Pending: referenced but never fetched (the value is empty). Fresh: fetched and not yet expired.
// Stale: expired or marked stale after a failed refresh; the value is kept and still shown.
enum class Freshness { Pending, Fresh, Stale };

QString freshnessName(Freshness freshness); // "pending", "fresh", "stale"

// The freshness of a row fetched at `fetchedAt` (invalid: never) that expires at `expiresAt`,
// read at `now`. A row whose expiry is invalid never expires.
Freshness freshnessAt(const QDateTime &fetchedAt, const QDateTime &expiresAt, const QDateTime &now);

template<class T>
struct Cached
{
    T value;
    Freshness freshness = Freshness::Pending;
    QDateTime fetchedAt; // invalid when pending
    QDateTime expiresAt; // invalid when pending or when it never expires

    bool isPending() const { return freshness == Freshness::Pending; }
    bool isFresh() const { return freshness == Freshness::Fresh; }
    bool isStale() const { return freshness == Freshness::Stale; }

    friend bool operator==(const Cached &, const Cached &) = default;
};

QDebug operator<<(QDebug debug, Freshness freshness);

} // namespace gig
