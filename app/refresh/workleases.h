// Work shared beyond this process: before refreshing an artist's latest release (or a place), a
// refresher claims it, so that desktops sharing one cache ask a service once for it and each
// reads what the other fetched. The shared cache implements it on its database (app/shared).
#pragma once

#include <QString>

namespace gig {

class WorkLeases
{
public:
    enum class Claim {
        Granted, // this desktop does the work now (also when the coordination is unavailable)
        HeldElsewhere, // another desktop is doing it
        DoneElsewhere, // another desktop has just done it: its result is in the shared cache
    };

    virtual ~WorkLeases() = default;

    // Claims `key` ("release:<MBID>", "name:<artist id>", "place:<id>") for this desktop.
    virtual Claim claim(const QString &key) = 0;
    // The work on `key` is over: `done` when its result is in the store (others then read it
    // rather than fetch), false when it failed (another desktop may try).
    virtual void release(const QString &key, bool done) = 0;
};

} // namespace gig
