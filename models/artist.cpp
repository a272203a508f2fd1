#include "models/artist.h"

#include <QDebugStateSaver>

using namespace Qt::StringLiterals;

namespace gig {

QString nameSearchName(NameSearch search)
{
    switch (search) {
    case NameSearch::NotSearched:
        return {};
    case NameSearch::Found:
        return u"found"_s;
    case NameSearch::NoMatch:
        return u"none"_s;
    case NameSearch::Several:
        return u"several"_s;
    }
    Q_UNREACHABLE();
    return {};
}

NameSearch nameSearchFromName(QStringView name)
{
    for (NameSearch search : { NameSearch::Found, NameSearch::NoMatch, NameSearch::Several }) {
        if (name == nameSearchName(search))
            return search;
    }
    return NameSearch::NotSearched;
}

QDebug operator<<(QDebug debug, const Artist &artist)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "Artist(" << artist.id << ", " << artist.name;
    if (artist.hasMbid())
        debug << ", mbid " << artist.mbid;
    if (artist.nameSearch != NameSearch::NotSearched)
        debug << ", name search " << nameSearchName(artist.nameSearch);
    debug << ')';
    return debug;
}

} // namespace gig
