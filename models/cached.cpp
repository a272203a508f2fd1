#include "models/cached.h"

using namespace Qt::StringLiterals;

namespace gig {

QString freshnessName(Freshness freshness)
{
    switch (freshness) {
    case Freshness::Pending:
        return u"pending"_s;
    case Freshness::Fresh:
        return u"fresh"_s;
    case Freshness::Stale:
        return u"stale"_s;
    }
    Q_UNREACHABLE();
    return {};
}

Freshness freshnessAt(const QDateTime &fetchedAt, const QDateTime &expiresAt, const QDateTime &now)
{
    if (!fetchedAt.isValid())
        return Freshness::Pending;
    if (expiresAt.isValid() && now >= expiresAt)
        return Freshness::Stale;
    return Freshness::Fresh;
}

QDebug operator<<(QDebug debug, Freshness freshness)
{
    QDebugStateSaver saver(debug);
    debug.noquote() << freshnessName(freshness);
    return debug;
}

} // namespace gig
