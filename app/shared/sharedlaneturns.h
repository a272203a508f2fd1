// Turns to send, shared by every desktop on one PostgreSQL cache: one row per lane holds when
// its next request may go, and a desktop takes the turn by moving that time on, atomically. One
// row per lane and day (UTC) counts the requests of the day against the lane's daily budget.
#pragma once

#include "app/net/laneturns.h"

namespace gig {

class SharedConnection;

class SharedLaneTurns final : public LaneTurns
{
public:
    explicit SharedLaneTurns(SharedConnection *connection);

    std::optional<std::chrono::milliseconds> takeTurn(
        const QString &lane, std::chrono::milliseconds spacing) override;
    bool spendDaily(const QString &lane, int budget) override;

    int turnsTaken() const { return m_taken; }

private:
    SharedConnection *m_connection;
    int m_taken = 0;
};

} // namespace gig
