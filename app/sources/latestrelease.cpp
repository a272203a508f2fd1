#include "app/sources/latestrelease.h"

#include <QDebugStateSaver>

namespace gig {

namespace {

bool isCandidate(
    const ReleaseGroup &group, ReleaseType type, QDate today, const QList<ReleaseType> &counted)
{
    return type != ReleaseType::Other && counted.contains(type) && group.secondaryTypes.isEmpty()
        && group.firstReleaseDate.isReleasedBy(today);
}

// True when `a` should be shown rather than `b`.
bool isLater(const ReleaseGroup &a, ReleaseType aType, const ReleaseGroup &b, ReleaseType bType)
{
    if (auto c = a.firstReleaseDate <=> b.firstReleaseDate; c != 0)
        return c > 0; // includes "more precise wins" on equal keys
    if (aType != bType)
        return aType < bType; // Album before EP before Single
    if (const int c = a.title.compare(b.title); c != 0)
        return c < 0;
    return a.mbid < b.mbid;
}

} // namespace

QDebug operator<<(QDebug debug, const ReleaseGroup &group)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "ReleaseGroup(" << group.title << ", " << group.primaryType << ", "
                    << group.secondaryTypes << ", " << group.firstReleaseDate << ", " << group.mbid
                    << ')';
    return debug;
}

QList<ReleaseType> defaultCountedReleaseTypes()
{
    return { ReleaseType::Album, ReleaseType::EP, ReleaseType::Single };
}

std::optional<Release> latestRelease(
    const QList<ReleaseGroup> &groups, QDate today, const QList<ReleaseType> &counted)
{
    const ReleaseGroup *best = nullptr;
    ReleaseType bestType = ReleaseType::Other;
    for (const ReleaseGroup &group : groups) {
        const ReleaseType type = releaseTypeFromName(group.primaryType);
        if (!isCandidate(group, type, today, counted))
            continue;
        if (!best || isLater(group, type, *best, bestType)) {
            best = &group;
            bestType = type;
        }
    }
    if (!best)
        return std::nullopt;
    return Release { best->mbid, best->title, bestType, best->firstReleaseDate };
}

} // namespace gig
