#include "app/sandbox/sandboxrequestlog.h"

#include <QMutexLocker>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace gig {

QJsonObject SandboxRequest::toJson() const
{
    return { { u"at"_s, at.toString(Qt::ISODateWithMs) },
        { u"steadyMs"_s,
            qint64(
                std::chrono::duration_cast<std::chrono::milliseconds>(steadyAt.time_since_epoch())
                    .count()) },
        { u"method"_s, QString::fromLatin1(method) }, { u"path"_s, path },
        { u"query"_s, query.toString(QUrl::FullyEncoded) },
        { u"service"_s, sandboxServiceName(service) }, { u"status"_s, status } };
}

void SandboxRequestLog::append(const SandboxRequest &request)
{
    QMutexLocker locker(&m_mutex);
    m_entries.append(request);
}

QList<SandboxRequest> SandboxRequestLog::entries() const
{
    QMutexLocker locker(&m_mutex);
    return m_entries;
}

int SandboxRequestLog::count(SandboxService service) const
{
    QMutexLocker locker(&m_mutex);
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
        [service](const SandboxRequest &request) { return request.service == service; }));
}

void SandboxRequestLog::clear()
{
    QMutexLocker locker(&m_mutex);
    m_entries.clear();
}

} // namespace gig
