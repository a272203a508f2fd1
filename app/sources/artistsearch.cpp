#include "app/sources/artistsearch.h"

#include <QDebugStateSaver>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gig {

QDebug operator<<(QDebug debug, const ArtistHit &hit)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "ArtistHit(" << hit.name << ", " << hit.score << ", " << hit.mbid << ')';
    return debug;
}

QString exactArtistQuery(const QString &name)
{
    static const QString specials = uR"(+-&|!(){}[]^"~*?:\/)"_s;
    QString escaped;
    escaped.reserve(name.size() + 8);
    for (QChar c : name) {
        if (specials.contains(c))
            escaped.append(u'\\');
        escaped.append(c);
    }
    return u"artist:\""_s + escaped + u'"';
}

std::optional<QString> acceptedArtistMbid(const QList<ArtistHit> &hits, const QString &name)
{
    if (hits.isEmpty() || name.trimmed().isEmpty())
        return std::nullopt;
    const auto top = std::max_element(hits.cbegin(), hits.cend(),
                                      [](const ArtistHit &a, const ArtistHit &b) {
                                          return a.score < b.score;
                                      });
    if (top->score != 100 || top->mbid.isEmpty())
        return std::nullopt;
    if (top->name.compare(name.trimmed(), Qt::CaseInsensitive) != 0)
        return std::nullopt;
    const auto perfect = std::count_if(hits.cbegin(), hits.cend(),
                                       [](const ArtistHit &hit) { return hit.score == 100; });
    if (perfect > 1)
        return std::nullopt;
    return top->mbid;
}

} // namespace gig
