// Builds the URL of one request to an outside service from its configured base URL.
#pragma once

#include <QList>
#include <QString>
#include <QUrl>
#include <utility>

namespace gig {

using QueryItems = QList<std::pair<QString, QString>>;

// `base` + "/" + `path` with the query `items`, each value percent-encoded as a whole (so "+",
// "&", "=", "|", quotes and non-Latin text reach the service exactly).
QUrl serviceUrl(const QUrl &base, QStringView path, const QueryItems &items);

} // namespace gig
