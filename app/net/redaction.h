// Keeps secrets out of gigmap's network logs and error messages: API keys and tokens in URLs.
#pragma once

#include <QString>
#include <QUrl>

namespace gig {

// Replaces the values of secret-looking query parameters (apikey=, api_key=, key=, token=,
// access_token=, secret=, password=, signature=, client_id=, …) in any text with "REDACTED".
QString redactSecrets(const QString &text);
// The URL as text with its secret query values redacted and any user info dropped.
QString redactedUrl(const QUrl &url);

} // namespace gig
