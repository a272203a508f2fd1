#include "app/sources/artistsearch.h"

#include "models/textfold.h"

#include <QDebugStateSaver>
#include <QSet>

using namespace Qt::StringLiterals;

namespace gig {

QDebug operator<<(QDebug debug, const ArtistHit &hit)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "ArtistHit(" << hit.name << ", " << hit.score << ", " << hit.mbid << ')';
    return debug;
}

namespace {

// `"NAME"` with every Lucene special character of NAME escaped.
QString phrase(const QString &name)
{
    static const QString specials = uR"(+-&|!(){}[]^"~*?:\/)"_s;
    QString escaped;
    escaped.reserve(name.size() + 8);
    for (QChar c : name) {
        if (specials.contains(c))
            escaped.append(u'\\');
        escaped.append(c);
    }
    return u'"' + escaped + u'"';
}

} // namespace

QString exactArtistQuery(const QString &name)
{
    return u"artist:"_s + phrase(name);
}

QString exactArtistsQuery(const QStringList &names)
{
    QStringList phrases;
    for (const QString &name : names)
        phrases.append(phrase(name));
    return u"artist:("_s + phrases.join(u" OR "_s) + u')';
}

QString artistNameKey(const QString &name)
{
    QString folded = foldForSearch(name).simplified();
    static const QString leadingThe = u"the "_s;
    if (folded.size() > leadingThe.size() && folded.startsWith(leadingThe))
        folded.remove(0, leadingThe.size());
    return folded;
}

NameMatch matchArtistName(const ArtistSearchPage &page, const QString &name)
{
    const QString wanted = artistNameKey(name);
    if (wanted.isEmpty())
        return {};
    QSet<QString> sameName; // MBIDs: one artist listed twice is still one artist
    QString first;
    for (const ArtistHit &hit : page.hits) {
        if (hit.mbid.isEmpty() || artistNameKey(hit.name) != wanted)
            continue;
        if (first.isEmpty())
            first = hit.mbid;
        sameName.insert(hit.mbid);
    }
    if (!page.isComplete() && !page.hits.isEmpty()
        && artistNameKey(page.hits.constLast().name) == wanted) {
        return { NameSearch::Several, {} }; // more hits of that name may follow
    }
    if (sameName.isEmpty())
        return { NameSearch::NoMatch, {} };
    if (sameName.size() > 1)
        return { NameSearch::Several, {} };
    return { NameSearch::Found, first };
}

} // namespace gig
