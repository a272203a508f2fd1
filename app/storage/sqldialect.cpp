#include "app/storage/sqldialect.h"

#include <QRegularExpression>
#include <QSqlDatabase>

using namespace Qt::StringLiterals;

namespace gig {

SqlDialect dialectOf(const QSqlDatabase &database)
{
    return database.driverName() == u"QPSQL" ? SqlDialect::Postgres : SqlDialect::Sqlite;
}

QString adaptedDefinition(SqlDialect dialect, const QString &statement)
{
    if (dialect == SqlDialect::Sqlite)
        return statement;
    static const QRegularExpression integer(u"\\bINTEGER\\b"_s);
    static const QRegularExpression real(u"\\bREAL\\b"_s);
    static const QRegularExpression withoutRowid(u"\\s*WITHOUT ROWID\\b"_s);
    QString adapted = statement;
    adapted.replace(integer, u"BIGINT"_s);
    adapted.replace(real, u"DOUBLE PRECISION"_s);
    adapted.remove(withoutRowid);
    return adapted;
}

} // namespace gig
