#include "app/sources/serviceurl.h"

using namespace Qt::StringLiterals;

namespace gig {

QUrl serviceUrl(const QUrl &base, QStringView path, const QueryItems &items)
{
    QUrl url = base;
    QString fullPath = base.path();
    if (!fullPath.endsWith(u'/'))
        fullPath += u'/';
    fullPath += path.startsWith(u'/') ? path.sliced(1) : path;
    url.setPath(fullPath);

    QString query;
    for (const auto &[key, value] : items) {
        if (!query.isEmpty())
            query += u'&';
        query += QString::fromLatin1(QUrl::toPercentEncoding(key)) + u'='
            + QString::fromLatin1(QUrl::toPercentEncoding(value));
    }
    url.setQuery(query, QUrl::StrictMode);
    return url;
}

} // namespace gig
