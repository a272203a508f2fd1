#include "app/sources/sourceerror.h"

#include <QCoreApplication>
#include <QDebugStateSaver>
#include <algorithm>

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

namespace {

// The translation context of the sentences for people.
class SourceErrorWords
{
    Q_DECLARE_TR_FUNCTIONS(gig::SourceError)

public:
    // The sentence without its full stop, so that what gigmap does next can follow it.
    static QString clause(const SourceError &error, const QString &service);
};

QString SourceErrorWords::clause(const SourceError &error, const QString &service)
{
    using Kind = SourceError::Kind;
    const int status = error.httpStatus;
    switch (error.kind) {
    case Kind::Network:
        return tr("%1 could not be reached").arg(service);
    case Kind::Timeout:
        return tr("%1 did not answer in time").arg(service);
    case Kind::RateLimited:
        return tr("%1 is busy right now").arg(service);
    case Kind::Http:
    case Kind::ServiceError:
        if (status == 401 || status == 403)
            return tr("%1 did not accept the API key").arg(service);
        if (status == 429)
            return tr("%1 is busy right now").arg(service);
        if (status >= 500 || status == 408)
            return tr("%1 has trouble answering right now").arg(service);
        return tr("%1 turned the request down").arg(service);
    case Kind::BadResponse:
        return tr("%1 sent an answer gigmap cannot read").arg(service);
    case Kind::Unavailable:
        return tr("gigmap gives %1 a rest: it failed several times in a row, or today's requests "
                  "are used up")
            .arg(service);
    case Kind::InvalidQuery:
        // The message is gigmap's own words of what is missing ("no Ticketmaster API key is set").
        return error.message.isEmpty() ? tr("gigmap cannot ask %1 this").arg(service)
                                       : tr("gigmap cannot ask %1: %2").arg(service, error.message);
    case Kind::Cancelled:
        return tr("The request to %1 was cancelled").arg(service);
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace

QString describeForPeople(const SourceError &error, const QString &service)
{
    return SourceErrorWords::tr("%1.", "a sentence for people, with its full stop")
        .arg(SourceErrorWords::clause(error, service));
}

QString describeForPeople(
    const SourceError &error, const QString &service, std::chrono::milliseconds retryIn)
{
    return SourceErrorWords::tr("%1; gigmap asks again in %2.")
        .arg(SourceErrorWords::clause(error, service), waitInWords(retryIn));
}

QString waitInWords(std::chrono::milliseconds wait)
{
    using namespace std::chrono_literals;
    const auto seconds = int(std::chrono::ceil<std::chrono::seconds>(std::max(wait, 0ms)).count());
    if (seconds < 120)
        return SourceErrorWords::tr("%n s", "seconds", seconds);
    const int minutes = (seconds + 59) / 60;
    if (minutes < 120)
        return SourceErrorWords::tr("%n min", "minutes", minutes);
    return SourceErrorWords::tr("%n h", "hours", (minutes + 59) / 60);
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
