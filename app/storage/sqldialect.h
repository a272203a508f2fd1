// What differs between the two databases the cache can live in: SQLite (a file on this desktop,
// the default) and PostgreSQL (one database an office shares). The schema and the statements are
// written once, in the SQL both accept; these few functions cover the rest.
#pragma once

#include <QString>

class QSqlDatabase;

namespace gig {

enum class SqlDialect { Sqlite, Postgres };

// From the connection's driver (QSQLITE or QPSQL).
SqlDialect dialectOf(const QSqlDatabase &database);

// A CREATE or ALTER statement of the schema, as the dialect needs it. The schema is written for
// SQLite, whose INTEGER holds 64 bits and REAL is a double; PostgreSQL gets BIGINT and DOUBLE
// PRECISION for them, and no WITHOUT ROWID (a SQLite storage choice).
QString adaptedDefinition(SqlDialect dialect, const QString &statement);

} // namespace gig
