#include "app/net/redaction.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace gig {

QString redactSecrets(const QString &text)
{
    // A parameter name ending in key/token/secret/password/signature (apikey, api_key,
    // access_token, client_secret, x-api-key…), or auth/sig, or client_id (SeatGeek's key),
    // followed by '=' and its value.
    static const QRegularExpression secret(
        uR"(((?:^|[^A-Za-z0-9])(?:[A-Za-z0-9_.-]*(?:key|token|secret|password|passwd|signature)|auth|sig|code|client_id)=)[^&\s#"'<>]*)"_s,
        QRegularExpression::CaseInsensitiveOption);
    QString result = text;
    result.replace(secret, u"\\1REDACTED"_s);
    return result;
}

QString redactedUrl(const QUrl &url)
{
    return redactSecrets(url.toString(QUrl::RemoveUserInfo | QUrl::FullyEncoded));
}

} // namespace gig
