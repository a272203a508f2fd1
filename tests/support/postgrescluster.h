// A throwaway PostgreSQL server for tests: its own cluster in a temporary folder (initdb), reached
// only through a Unix socket in that folder, started and stopped with pg_ctl. As root (CI), the
// server runs as the "postgres" system user, since PostgreSQL refuses to run as root.
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>
#include <QVariant>

namespace gig::test {

class PostgresCluster
{
public:
    PostgresCluster();
    ~PostgresCluster(); // stops the server at once

    // initdb (trust authentication, superuser "gigmap") and start; false with `error` set.
    bool start(QString *error);
    // Stops the server (fast shutdown: connections are cut) and starts it again.
    bool stop(QString *error = nullptr);
    bool restart(QString *error);

    // A new empty database; false with `error` set.
    bool createDatabase(const QString &name, QString *error);
    // A connection named `connectionName` to `database` as its superuser, opened when the server
    // lets it (see isOpen()).
    QSqlDatabase open(const QString &connectionName, const QString &database) const;
    // Each row `sql` gives in `database`, on a connection of its own; empty when it fails.
    QList<QVariantList> rows(const QString &database, const QString &sql) const;
    // postgresql://gigmap@/<name>?host=<socket folder>
    QString url(const QString &database) const;
    QString socketFolder() const;

private:
    bool run(const QString &tool, const QStringList &arguments, QString *error) const;

    QTemporaryDir m_folder;
    bool m_running = false;
};

} // namespace gig::test
