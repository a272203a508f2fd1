#include "app/sources/windowedlatest.h"

#include <QSet>

namespace gig {

QHash<QString, std::optional<Release>> latestReleasesInWindow(const QList<ReleaseGroupHit> &hits,
    const QStringList &asked, int fromYear, QDate today, const QList<ReleaseType> &counted)
{
    const QSet<QString> askedSet(asked.cbegin(), asked.cend());
    QHash<QString, QList<ReleaseGroup>> groupsOf;
    for (const ReleaseGroupHit &hit : hits) {
        for (const QString &mbid :
            QSet<QString>(hit.artistMbids.cbegin(), hit.artistMbids.cend())) {
            if (askedSet.contains(mbid))
                groupsOf[mbid].append(hit.group);
        }
    }
    const PartialDate windowStart
        = fromYear == wholeHistory ? PartialDate() : PartialDate::fromYear(fromYear);
    QHash<QString, std::optional<Release>> decided;
    for (const QString &mbid : askedSet) {
        const std::optional<Release> latest = latestRelease(groupsOf.value(mbid), today, counted);
        if (fromYear == wholeHistory || (latest && latest->date >= windowStart))
            decided.insert(mbid, latest);
    }
    return decided;
}

} // namespace gig
