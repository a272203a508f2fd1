#include "app/net/networkresult.h"

using namespace Qt::StringLiterals;

namespace gig {

QByteArray NetworkResult::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (qstrnicmp(key.constData(), key.size(), name.data(), name.size()) == 0)
            return value;
    }
    return {};
}

QString errorName(NetworkError error)
{
    switch (error) {
    case NetworkError::None:
        return u"None"_s;
    case NetworkError::Http:
        return u"Http"_s;
    case NetworkError::Network:
        return u"Network"_s;
    case NetworkError::Timeout:
        return u"Timeout"_s;
    case NetworkError::TooLarge:
        return u"TooLarge"_s;
    case NetworkError::Insecure:
        return u"Insecure"_s;
    case NetworkError::BudgetSpent:
        return u"BudgetSpent"_s;
    case NetworkError::CircuitOpen:
        return u"CircuitOpen"_s;
    case NetworkError::Cancelled:
        return u"Cancelled"_s;
    }
    return u"Unknown"_s;
}

} // namespace gig
