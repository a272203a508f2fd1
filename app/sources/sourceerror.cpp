#include "app/sources/sourceerror.h"

#include <QDebugStateSaver>

using namespace Qt::StringLiterals;

namespace gig {

QString sourceErrorKindName(SourceError::Kind kind)
{
    switch (kind) {
    case SourceError::Kind::Network:
        return u"network"_s;
    case SourceError::Kind::Timeout:
        return u"timeout"_s;
    case SourceError::Kind::Http:
        return u"http"_s;
    case SourceError::Kind::RateLimited:
        return u"rate-limited"_s;
    case SourceError::Kind::BadResponse:
        return u"bad-response"_s;
    case SourceError::Kind::ServiceError:
        return u"service-error"_s;
    case SourceError::Kind::Unavailable:
        return u"unavailable"_s;
    case SourceError::Kind::InvalidQuery:
        return u"invalid-query"_s;
    case SourceError::Kind::Cancelled:
        return u"cancelled"_s;
    }
    Q_UNREACHABLE();
    return {};
}

QString toString(const SourceError &error)
{
    QString text = sourceErrorKindName(error.kind);
    if (error.httpStatus != 0)
        text += u" (HTTP %1)"_s.arg(error.httpStatus);
    if (!error.message.isEmpty())
        text += u": "_s + error.message;
    return text;
}

QDebug operator<<(QDebug debug, const SourceError &error)
{
    QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "SourceError(" << toString(error) << ')';
    return debug;
}

bool isTransient(const SourceError &error)
{
    using Kind = SourceError::Kind;
    switch (error.kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::RateLimited:
    case Kind::BadResponse:
    case Kind::Unavailable:
        return true;
    case Kind::Http:
    case Kind::ServiceError:
        return error.httpStatus >= 500 || error.httpStatus == 408 || error.httpStatus == 429;
    case Kind::InvalidQuery:
    case Kind::Cancelled:
        return false;
    }
    return false;
}

} // namespace gig
