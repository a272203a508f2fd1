#include "app/storage/alertmarkstable.h"

#include "app/storage/cachetable.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace gig {

QSqlError AlertMarksTable::read(QSqlDatabase &database, QList<AlertMark> *marks)
{
    using C = AlertMarkColumn;
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.exec(CacheTable::get(CacheTable::Id::AlertMarks).selectSql()))
        return query.lastError();
    while (query.next()) {
        const auto kind = AlertMark::kindFromName(query.value(C::Kind).toString());
        const auto state = AlertMark::stateFromName(query.value(C::State).toString());
        if (!kind || !state)
            continue;
        AlertMark mark { *kind, query.value(C::Key).toString(), query.value(C::Value).toString(),
            *state, {} };
        if (const QVariant at = query.value(C::MarkedAt); !at.isNull())
            mark.markedAt = QDateTime::fromMSecsSinceEpoch(at.toLongLong(), Qt::UTC);
        marks->append(mark);
    }
    return query.lastError();
}

QSqlError AlertMarksTable::write(
    QSqlDatabase &database, const QList<AlertMark> &marks, const QList<AlertMark> &forgotten)
{
    if (marks.isEmpty() && forgotten.isEmpty())
        return {};
    if (!database.transaction())
        return database.lastError();
    QSqlQuery query(database);
    const CacheTable &table = CacheTable::get(CacheTable::Id::AlertMarks);
    bool ok = forgotten.isEmpty()
        || query.prepare(u"DELETE FROM %1 WHERE %2 = ? AND %3 = ?"_s.arg(table.name,
            table.columns.at(AlertMarkColumn::Kind), table.columns.at(AlertMarkColumn::Key)));
    for (qsizetype i = 0; ok && i < forgotten.size(); ++i) {
        query.bindValue(0, AlertMark::kindName(forgotten.at(i).kind));
        query.bindValue(1, forgotten.at(i).key);
        ok = query.exec();
    }
    ok = ok && (marks.isEmpty() || query.prepare(table.upsertSql(dialectOf(database))));
    for (qsizetype i = 0; ok && i < marks.size(); ++i) {
        using C = AlertMarkColumn;
        const AlertMark &mark = marks.at(i);
        query.bindValue(C::Kind, AlertMark::kindName(mark.kind));
        query.bindValue(C::Key, mark.key);
        query.bindValue(C::Value, mark.value);
        query.bindValue(C::State, AlertMark::stateName(mark.state));
        query.bindValue(C::MarkedAt,
            mark.markedAt.isValid() ? QVariant(mark.markedAt.toMSecsSinceEpoch()) : QVariant());
        ok = query.exec();
    }
    QSqlError error = ok ? QSqlError() : query.lastError();
    query.finish();
    if (ok && !database.commit())
        error = database.lastError();
    if (error.isValid())
        database.rollback();
    return error;
}

} // namespace gig
