#include "app/shared/sharedlaneturns.h"

#include "app/shared/sharedconnection.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace gig {

SharedLaneTurns::SharedLaneTurns(SharedConnection *connection)
    : m_connection(connection)
{ }

std::optional<std::chrono::milliseconds> SharedLaneTurns::takeTurn(
    const QString &lane, std::chrono::milliseconds spacing)
{
    QSqlDatabase *database = m_connection->database();
    if (!database)
        return std::nullopt; // paced by this desktop alone until the database is back
    const QString now = SharedConnection::nowSql();
    // The row is locked while one desktop moves it, so two never take the same turn; a turn not
    // yet due is left as it is, and its time read.
    QSqlQuery take(*database);
    take.prepare(u"INSERT INTO lane_turns (lane, next_at) VALUES (?, %1 + ?)"
                 " ON CONFLICT (lane) DO UPDATE SET next_at = EXCLUDED.next_at"
                 " WHERE lane_turns.next_at <= %1 RETURNING next_at"_s.arg(now));
    take.addBindValue(lane);
    take.addBindValue(qint64(spacing.count()));
    if (!take.exec()) {
        m_connection->failed(take);
        return std::nullopt;
    }
    if (take.next()) {
        ++m_taken;
        return std::nullopt;
    }
    QSqlQuery due(*database);
    due.prepare(u"SELECT next_at - %1 FROM lane_turns WHERE lane = ?"_s.arg(now));
    due.addBindValue(lane);
    if (!due.exec()) {
        m_connection->failed(due);
        return std::nullopt;
    }
    const qint64 wait = due.next() ? due.value(0).toLongLong() : 0;
    return std::chrono::milliseconds(std::max<qint64>(1, wait));
}

bool SharedLaneTurns::spendDaily(const QString &lane, int budget)
{
    QSqlDatabase *database = m_connection->database();
    if (!database)
        return true; // counted by this desktop alone until the database is back
    // One more request today, unless the day's count has reached the budget.
    QSqlQuery spend(*database);
    spend.prepare(u"INSERT INTO lane_days (lane, day, used)"
                  " VALUES (?, to_char(timezone('UTC', now()), 'YYYY-MM-DD'), 1)"
                  " ON CONFLICT (lane, day) DO UPDATE SET used = lane_days.used + 1"
                  " WHERE lane_days.used < ? RETURNING used"_s);
    spend.addBindValue(lane);
    spend.addBindValue(budget);
    if (!spend.exec()) {
        m_connection->failed(spend);
        return true;
    }
    return spend.next();
}

} // namespace gig
