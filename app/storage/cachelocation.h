// Where the cache lives: a SQLite file on this desktop (the default), or a PostgreSQL database
// shared by several desktops, named by a URL (postgresql://user@host:port/dbname).
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace gig {

class CacheLocation
{
public:
    enum class Kind { None, File, Postgres };

    CacheLocation() = default;
    // A postgresql:// (or postgres://) URL, or else a file path; empty text is no cache.
    // `host` may be a folder (a Unix socket's), also given as "?host=/folder".
    static CacheLocation fromText(const QString &text);

    Kind kind() const { return m_kind; }
    bool isShared() const { return m_kind == Kind::Postgres; }
    bool isNone() const { return m_kind == Kind::None; }
    // A URL that is not one gigmap can use, with why; empty when valid.
    QString problem() const { return m_problem; }

    QString filePath() const { return m_filePath; } // Kind::File
    QString host() const { return m_host; }
    int port() const { return m_port; } // -1: the driver's default (5432)
    QString user() const { return m_user; }
    QString databaseName() const { return m_databaseName; }
    // A password written in the URL. Settings never keep one (see SharedCachePassword).
    QString password() const { return m_password; }
    void setPassword(const QString &password) { m_password = password; }

    // A QPSQL connection named `connectionName` to this database (Kind::Postgres), configured
    // and not yet opened; invalid when the system lacks the driver. An attempt to connect gives
    // up after `connectTimeoutSeconds`.
    QSqlDatabase addDatabase(const QString &connectionName, int connectTimeoutSeconds) const;

    // What a person or a log may read: the path, or the URL without any password.
    QString displayText() const;

private:
    Kind m_kind = Kind::None;
    QString m_problem;
    QString m_filePath;
    QString m_host;
    int m_port = -1;
    QString m_user;
    QString m_databaseName;
    QString m_password;
};

} // namespace gig
