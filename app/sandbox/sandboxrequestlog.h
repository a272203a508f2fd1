// The sandbox's record of every request it answered, so tests and benchmarks can count and time
// them.
#pragma once

#include "app/sandbox/sandboxfault.h"
#include "app/sandbox/sandboxreply.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QUrlQuery>
#include <chrono>

namespace gig {

struct SandboxRequest
{
    QDateTime at; // UTC
    std::chrono::steady_clock::time_point steadyAt; // the server's (injectable) clock
    QByteArray method;
    QString path; // the full path, service prefix included
    QUrlQuery query;
    SandboxHeaders headers; // as received, names in lower case
    SandboxService service = SandboxService::Ticketmaster;
    int status = 0; // 0 when the connection was reset before a status line

    QJsonObject toJson() const;
};

class SandboxRequestLog
{
    Q_DISABLE_COPY_MOVE(SandboxRequestLog)

public:
    SandboxRequestLog() = default;

    void append(const SandboxRequest &request);
    QList<SandboxRequest> entries() const;
    int count(SandboxService service) const;
    void clear();

private:
    mutable QMutex m_mutex;
    QList<SandboxRequest> m_entries;
};

} // namespace gig
