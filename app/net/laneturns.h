// Pacing shared beyond this process: before a lane sends, it takes its turn from a LaneTurns, so
// that several desktops behind one address together keep a service's rate and daily budget (the
// shared cache implements it on its database). The lane's own token bucket and budget still pace
// this process.
#pragma once

#include <QString>
#include <chrono>
#include <optional>

namespace gig {

class LaneTurns
{
public:
    virtual ~LaneTurns() = default;

    // Takes `lane`'s turn when it is due: no turn of any participant may follow another sooner
    // than `spacing`. Returns nothing when the turn is taken (send now), else how long until it
    // may be due. When the coordination is unavailable, the turn is granted: the lane then
    // paces this process alone.
    virtual std::optional<std::chrono::milliseconds> takeTurn(
        const QString &lane, std::chrono::milliseconds spacing)
        = 0;

    // Counts one request against `lane`'s daily budget of `budget` requests, shared by every
    // participant (the day in UTC). False when the budget is spent for today: nothing may go.
    // When the coordination is unavailable, true: the lane's own budget still counts.
    virtual bool spendDaily(const QString &lane, int budget) = 0;
};

} // namespace gig
