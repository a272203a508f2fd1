#include "models/release.h"

#include <QDebugStateSaver>

using namespace Qt::StringLiterals;

namespace gig {

QString releaseTypeName(ReleaseType type)
{
    switch (type) {
    case ReleaseType::Album:
        return u"Album"_s;
    case ReleaseType::EP:
        return u"EP"_s;
    case ReleaseType::Single:
        return u"Single"_s;
    case ReleaseType::Other:
        return u"Other"_s;
    }
    Q_UNREACHABLE();
    return {};
}

ReleaseType releaseTypeFromName(QStringView name)
{
    for (ReleaseType type : { ReleaseType::Album, ReleaseType::EP, ReleaseType::Single }) {
        if (name.compare(releaseTypeName(type), Qt::CaseInsensitive) == 0)
            return type;
    }
    return ReleaseType::Other;
}

QDebug operator<<(QDebug debug, const Release &release)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "Release(" << release.title << ", " << releaseTypeName(release.type) << ", "
                    << release.date << ", " << release.mbid << ')';
    return debug;
}

} // namespace gig
