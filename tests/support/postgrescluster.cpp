#include "postgrescluster.h"

#include <QCollator>
#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace gig::test {

namespace {

// Debian keeps the server's tools out of PATH, one folder per major version: the newest.
QString binFolder()
{
    QDir versions(u"/usr/lib/postgresql"_s);
    QStringList found = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCollator numeric;
    numeric.setNumericMode(true);
    std::sort(found.begin(), found.end(), numeric);
    for (auto it = found.crbegin(); it != found.crend(); ++it) {
        const QString bin = versions.filePath(*it + u"/bin"_s);
        if (QFileInfo::exists(bin + u"/initdb"_s))
            return bin;
    }
    return {};
}

bool asRoot()
{
    return geteuid() == 0;
}

} // namespace

PostgresCluster::PostgresCluster()
    : m_folder(QDir::tempPath() + u"/gigmap-pg-XXXXXX"_s)
{ }

PostgresCluster::~PostgresCluster()
{
    if (m_running) {
        run(u"pg_ctl"_s,
            { u"-D"_s, m_folder.filePath(u"data"_s), u"-m"_s, u"immediate"_s, u"stop"_s }, nullptr);
    }
}

QString PostgresCluster::socketFolder() const
{
    return m_folder.path();
}

bool PostgresCluster::run(const QString &tool, const QStringList &arguments, QString *error) const
{
    const QString bin = binFolder();
    if (bin.isEmpty()) {
        if (error)
            *error
                = u"no PostgreSQL server under /usr/lib/postgresql (scripts/setup installs it)"_s;
        return false;
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    const QString program = bin + u'/' + tool;
    if (asRoot())
        process.start(
            u"runuser"_s, QStringList { u"-u"_s, u"postgres"_s, u"--"_s, program } + arguments);
    else
        process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        if (error) {
            *error = u"%1 failed: %2"_s.arg(tool,
                QString::fromLocal8Bit(process.readAll()).right(2000) + process.errorString());
        }
        return false;
    }
    return true;
}

bool PostgresCluster::start(QString *error)
{
    if (!m_folder.isValid()) {
        *error = m_folder.errorString();
        return false;
    }
    if (asRoot() && QProcess::execute(u"chown"_s, { u"postgres:"_s, m_folder.path() }) != 0) {
        *error = u"cannot give %1 to the postgres user"_s.arg(m_folder.path());
        return false;
    }
    const QString data = m_folder.filePath(u"data"_s);
    if (!run(u"initdb"_s,
            { u"-D"_s, data, u"-U"_s, u"gigmap"_s, u"--auth=trust"_s, u"-E"_s, u"UTF8"_s,
                u"--no-sync"_s },
            error)) {
        return false;
    }
    return restart(error);
}

bool PostgresCluster::stop(QString *error)
{
    if (!m_running)
        return true;
    m_running = !run(u"pg_ctl"_s,
        { u"-D"_s, m_folder.filePath(u"data"_s), u"-m"_s, u"fast"_s, u"-w"_s, u"stop"_s }, error);
    return !m_running;
}

bool PostgresCluster::restart(QString *error)
{
    if (!stop(error))
        return false;
    // No TCP at all: the socket lives in the folder, so parallel tests never collide. fsync off:
    // a test's data need not survive a power cut.
    const QString options
        = u"-c listen_addresses='' -k %1 -c fsync=off -c max_connections=60"_s.arg(m_folder.path());
    m_running = run(u"pg_ctl"_s,
        { u"-D"_s, m_folder.filePath(u"data"_s), u"-l"_s, m_folder.filePath(u"server.log"_s),
            u"-o"_s, options, u"-w"_s, u"start"_s },
        error);
    return m_running;
}

bool PostgresCluster::createDatabase(const QString &name, QString *error)
{
    const QString connection = u"gigmap-test-admin"_s;
    bool ok = false;
    {
        QSqlDatabase admin = open(connection, u"postgres"_s);
        if (admin.isOpen()) {
            QSqlQuery query(admin);
            ok = query.exec(u"CREATE DATABASE \"%1\""_s.arg(name));
            if (!ok)
                *error = query.lastError().text();
        } else {
            *error = admin.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

QSqlDatabase PostgresCluster::open(const QString &connectionName, const QString &database) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connectionName);
    db.setHostName(m_folder.path());
    db.setUserName(u"gigmap"_s);
    db.setDatabaseName(database);
    db.open();
    return db;
}

QList<QVariantList> PostgresCluster::rows(const QString &database, const QString &sql) const
{
    const QString connection = u"gigmap-test-rows"_s;
    QList<QVariantList> result;
    {
        QSqlDatabase db = open(connection, database);
        QSqlQuery query(db);
        if (db.isOpen() && query.exec(sql)) {
            while (query.next()) {
                QVariantList row;
                for (int i = 0; i < query.record().count(); ++i)
                    row.append(query.value(i));
                result.append(row);
            }
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

QString PostgresCluster::url(const QString &database) const
{
    return u"postgresql://gigmap@/%1?host=%2"_s.arg(
        database, QString::fromUtf8(QUrl::toPercentEncoding(m_folder.path(), "/")));
}

} // namespace gig::test
