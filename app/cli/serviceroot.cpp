#include "app/cli/serviceroot.h"

#include "app/net/requestqueue.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace gig {

std::optional<QUrl> serviceRootOption(const QString &option, const QString &text, QString *error)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != u"https"_s && url.scheme() != u"http"_s)) {
        *error = QCoreApplication::translate("gig::ServiceRoot", "--%1 '%2' is not an http(s) URL.")
                     .arg(option, text);
        return std::nullopt;
    }
    if (url.scheme() == u"http"_s && !RequestQueue::isLoopbackHost(url.host())) {
        *error = QCoreApplication::translate("gig::ServiceRoot",
            "--%1 '%2': plain http is accepted for loopback hosts only; use https.")
                     .arg(option, text);
        return std::nullopt;
    }
    return url;
}

} // namespace gig
