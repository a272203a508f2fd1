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

    // Left as they are: characters a query value may hold unencoded and servers read alike
    // (the "," of "date,asc", the ":" of times). "&", "=", "+", "#", "%", quotes, spaces and
    // everything beyond ASCII are encoded.
    static const QByteArray keep = ":@/?,!$'()*"_ba;
    QString query;
    for (const auto &[key, value] : items) {
        if (!query.isEmpty())
            query += u'&';
        query += QString::fromLatin1(QUrl::toPercentEncoding(key)) + u'='
            + QString::fromLatin1(QUrl::toPercentEncoding(value, keep));
    }
    url.setQuery(query, QUrl::StrictMode);
    return url;
}

} // namespace gig
