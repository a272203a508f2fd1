#include "app/sources/releasebatchquery.h"

using namespace Qt::StringLiterals;

namespace gig {

QList<int> releaseWindowStartYears(QDate today)
{
    const int year = today.year();
    return { year - 1, year - 7, wholeHistory };
}

QString releaseBatchQuery(
    const QStringList &mbids, const QList<ReleaseType> &types, int fromYear, QDate today)
{
    QStringList typeNames;
    for (const ReleaseType type : types)
        typeNames.append(releaseTypeName(type).toLower());
    const QString query = u"arid:("_s + mbids.join(u" OR "_s) + u") AND primarytype:("_s
        + typeNames.join(u" OR "_s) + u')';
    if (fromYear == wholeHistory)
        return query;
    return query + u" AND firstreleasedate:["_s + QString::number(fromYear).rightJustified(4, u'0')
        + u" TO "_s + today.toString(Qt::ISODate) + u']';
}

} // namespace gig
