// Leases on work, shared by every desktop on one PostgreSQL cache: one row per place or artist
// says which desktop refreshes it now (until when) and when one last finished it. A lease is
// renewed while its desktop lives, so a desktop that is killed lets its work go after `ttl`.
#pragma once

#include "app/refresh/workleases.h"

#include <QObject>
#include <QSet>
#include <QTimer>
#include <chrono>

namespace gig {

class SharedConnection;

class SharedWorkLeases final : public QObject, public WorkLeases
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SharedWorkLeases)

public:
    // `ttl`: how long a lease outlives its desktop's last sign of life (renewed every ttl/3).
    // `recent`: how long a finished piece of work counts as done for the others.
    explicit SharedWorkLeases(SharedConnection *connection,
        std::chrono::milliseconds ttl = std::chrono::seconds(15),
        std::chrono::milliseconds recent = std::chrono::seconds(60), QObject *parent = nullptr);
    ~SharedWorkLeases() override; // lets go of what it holds

    Claim claim(const QString &key) override;
    void release(const QString &key, bool done) override;

    int held() const { return int(m_held.size()); }

private:
    void renew();

    SharedConnection *m_connection;
    std::chrono::milliseconds m_ttl;
    std::chrono::milliseconds m_recent;
    QSet<QString> m_held;
    QTimer m_renewal;
};

} // namespace gig
