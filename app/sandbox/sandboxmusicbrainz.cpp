#include "app/sandbox/sandboxmusicbrainz.h"

#include "app/sandbox/sandboxgazetteer.h"
#include "app/sandbox/sandboxlucenequery.h"
#include "app/sandbox/sandboxpages.h"
#include "app/sandbox/sandboxrandom.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

const QString helpText = u"For usage, please see: https://musicbrainz.org/development/mmd"_s;

SandboxReply error(const QString &message, int status)
{
    return SandboxReply::json(
        QJsonObject { { u"error"_s, message }, { u"help"_s, helpText } }, status);
}

bool isMbid(const QString &text)
{
    static const QRegularExpression uuid(
        u"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"_s);
    return uuid.match(text).hasMatch();
}

QJsonValue typeValue(const QString &type)
{
    return type.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(type);
}

QString typeId(const QString &type)
{
    return type.isEmpty() ? QString() : SandboxRandom::uuid({ SandboxRandom::hashString(type) });
}

QJsonObject groupJson(const SandboxReleaseGroup &group)
{
    QJsonArray secondaryIds;
    for (const QString &secondary : group.secondaryTypes)
        secondaryIds.append(typeId(secondary));
    return { { u"id"_s, group.id }, { u"title"_s, group.title },
        { u"primary-type"_s, typeValue(group.primaryType) },
        { u"primary-type-id"_s,
            group.primaryType.isEmpty() ? QJsonValue(QJsonValue::Null)
                                        : QJsonValue(typeId(group.primaryType)) },
        { u"secondary-types"_s, QJsonArray::fromStringList(group.secondaryTypes) },
        { u"secondary-type-ids"_s, secondaryIds },
        { u"first-release-date"_s, group.firstReleaseDate }, { u"disambiguation"_s, u""_s } };
}

QJsonObject artistJson(const SandboxArtist &artist, int slot)
{
    QJsonObject object { { u"id"_s, artist.mbids.value(slot) }, { u"name"_s, artist.name },
        { u"sort-name"_s, artist.name }, { u"type"_s, u"Group"_s } };
    object.insert(u"disambiguation"_s,
        artist.mbids.size() > 1 ? u"sandbox namesake %1"_s.arg(slot + 1) : QString());
    return object;
}

QJsonArray artistCreditJson(const SandboxWorld &world, const QList<std::pair<int, int>> &credits)
{
    QJsonArray credit;
    for (qsizetype i = 0; i < credits.size(); ++i) {
        const SandboxArtist artist = world.artist(credits.at(i).first);
        credit.append(QJsonObject { { u"name"_s, artist.name },
            { u"joinphrase"_s, i + 1 < credits.size() ? u" & "_s : QString() },
            { u"artist"_s, artistJson(artist, credits.at(i).second) } });
    }
    return credit;
}

// The fields the structured release-group search filters on (MusicBrainz's names).
const QStringList structuredFields
    = { u"arid"_s, u"primarytype"_s, u"secondarytype"_s, u"firstreleasedate"_s };

bool anyMatches(const QStringList &wanted, const QStringList &values)
{
    for (const QString &value : values) {
        if (wanted.contains(value, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

struct Window
{
    int limit = SandboxMusicBrainz::defaultLimit;
    int offset = 0;
    bool valid = true;
};

Window window(const SandboxCall &call)
{
    Window window;
    bool ok = true;
    if (call.has(u"limit"_s)) {
        window.limit = call.value(u"limit"_s).toInt(&ok);
        window.valid = ok;
        window.limit = std::clamp(window.limit, 1, SandboxMusicBrainz::maxLimit);
    }
    if (call.has(u"offset"_s)) {
        window.offset = call.value(u"offset"_s).toInt(&ok);
        window.valid = window.valid && ok && window.offset >= 0;
    }
    return window;
}

// The value of `field:value` or `field:"quoted value"` in a Lucene-like query.
QString luceneField(const QString &query, const QString &field)
{
    const QRegularExpression pattern(
        QRegularExpression::escape(field) + u":(?:\"((?:[^\"\\\\]|\\\\.)*)\"|(\\S+))"_s,
        QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(query);
    if (!match.hasMatch())
        return {};
    QString value = match.captured(1).isNull() ? match.captured(2) : match.captured(1);
    // Any escaped character stands for itself (exactArtistQuery escapes Lucene's specials).
    static const QRegularExpression escaped(u"\\\\(.)"_s);
    value.replace(escaped, u"\\1"_s);
    return value;
}

QString createdStamp(const QDateTime &now)
{
    return now.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"_s);
}

} // namespace

QList<SandboxRateLimiter> SandboxMusicBrainz::rateLimits() const
{
    return { SandboxRateLimiter(1, std::chrono::seconds(1)) };
}

SandboxReply SandboxMusicBrainz::rateLimitedReply(int limitIndex) const
{
    Q_UNUSED(limitIndex)
    return errorReply(503);
}

SandboxReply SandboxMusicBrainz::errorReply(int status) const
{
    if (status == 503 || status == 429) {
        return SandboxReply::json(
            QJsonObject { { u"error"_s,
                u"Your requests are exceeding the allowable rate limit. Please see "
                "http://wiki.musicbrainz.org/XMLWebService for more information."_s } },
            status);
    }
    return error(u"Internal server error"_s, status);
}

SandboxReply SandboxMusicBrainz::wrongShapeReply() const
{
    return SandboxReply::json(QJsonObject { { u"release-groups"_s, QJsonObject { { u"id"_s, 1 } } },
        { u"release-group-count"_s, u"many"_s } });
}

SandboxReply SandboxMusicBrainz::structuredSearch(const SandboxWorld &world,
    const SandboxLuceneQuery &query, const SandboxCall &call, int offset, int limit) const
{
    const QDate today = call.now.date();
    QStringList asked;
    for (const QString &mbid : query.anyOf.value(u"arid"_s))
        asked.append(mbid.toLower());
    struct Hit
    {
        int score;
        SandboxReleaseGroup group;
    };
    QList<Hit> hits;
    QSet<QString> seen;
    for (const QString &mbid : std::as_const(asked)) {
        const auto found = world.artistByMbid(mbid);
        if (!found)
            continue;
        for (const SandboxReleaseGroup &group :
            world.releaseGroups(found->first, found->second, today)) {
            if (seen.contains(group.id))
                continue;
            if (query.anyOf.contains(u"primarytype"_s)
                && !anyMatches(query.anyOf.value(u"primarytype"_s), { group.primaryType }))
                continue;
            if (query.anyOf.contains(u"secondarytype"_s)
                && !anyMatches(query.anyOf.value(u"secondarytype"_s), group.secondaryTypes))
                continue;
            if (query.ranges.contains(u"firstreleasedate"_s)
                && !SandboxLuceneQuery::inRange(
                    group.firstReleaseDate, query.ranges.value(u"firstreleasedate"_s)))
                continue;
            seen.insert(group.id);
            // As in Lucene, a group matching more of the asked artists scores higher.
            int matched = 0;
            for (const auto &[index, slot] : group.credits)
                matched += asked.contains(world.artist(index).mbids.value(slot)) ? 1 : 0;
            hits.append({ std::min(100, 90 + 10 * (matched - 1)), group });
        }
    }
    std::stable_sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) {
        return a.score != b.score ? a.score > b.score : a.group.id < b.group.id;
    });
    QJsonArray groups;
    for (qsizetype i = offset; i < std::min(hits.size(), qsizetype(offset + limit)); ++i) {
        QJsonObject json = groupJson(hits.at(i).group);
        json.insert(u"score"_s, hits.at(i).score);
        json.insert(u"artist-credit"_s, artistCreditJson(world, hits.at(i).group.credits));
        groups.append(json);
    }
    return SandboxReply::json(QJsonObject { { u"created"_s, createdStamp(call.now) },
        { u"count"_s, hits.size() }, { u"offset"_s, offset }, { u"release-groups"_s, groups } });
}

SandboxReply SandboxMusicBrainz::webPage(
    const SandboxWorld &world, const QString &entity, const QString &mbid) const
{
    if (entity == u"artist"_s) {
        const auto found = world.artistByMbid(mbid);
        if (!found)
            return sandboxPage(u"No such artist"_s, u"No artist has the MBID %1."_s.arg(mbid));
        const QString name = world.artist(found->first).name;
        return sandboxPage(name, u"This page stands in for MusicBrainz's page of %1."_s.arg(name));
    }
    // A release group: finding its title among every artist's groups would be slow; its id
    // is enough for a stand-in.
    return sandboxPage(u"Release group %1"_s.arg(mbid),
        u"This page stands in for MusicBrainz's page of the release group %1."_s.arg(mbid));
}

SandboxReply SandboxMusicBrainz::handle(const SandboxWorld &world, const SandboxCall &call) const
{
    // The website's pages of an artist and a release group, which the window links to.
    static const QRegularExpression page(u"^/(artist|release-group)/([0-9a-fA-F-]{36})$"_s);
    if (const auto match = page.match(call.path); match.hasMatch())
        return webPage(world, match.captured(1), match.captured(2).toLower());

    const QString path = call.path.startsWith(u"/ws/2"_s) ? call.path.mid(5) : QString();
    const QString format = call.value(u"fmt"_s);
    const bool wantsJson
        = format == u"json"_s || call.header("accept").contains("application/json");
    if (!wantsJson && call.realism) {
        SandboxReply xml;
        xml.contentType = "application/xml; charset=UTF-8";
        xml.body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                   "<metadata xmlns=\"http://musicbrainz.org/ns/mmd-2.0#\"/>";
        return xml;
    }
    const Window paging = window(call);
    if (!paging.valid)
        return error(u"Invalid limit or offset."_s, 400);
    const QDate today = call.now.date();

    if (path == u"/release-group"_s && call.has(u"artist"_s)) {
        const QString mbid = call.value(u"artist"_s).toLower();
        if (!isMbid(mbid))
            return error(u"Invalid mbid."_s, 400);
        const auto found = world.artistByMbid(mbid);
        if (!found)
            return error(u"Not Found"_s, 404);
        QStringList types;
        for (const QString &type : call.value(u"type"_s).split(u'|', Qt::SkipEmptyParts))
            types.append(type.trimmed().toLower());
        static const QStringList known = { u"album"_s, u"single"_s, u"ep"_s, u"broadcast"_s,
            u"other"_s, u"compilation"_s, u"soundtrack"_s, u"spokenword"_s, u"interview"_s,
            u"audiobook"_s, u"audio drama"_s, u"live"_s, u"remix"_s, u"dj-mix"_s,
            u"mixtape/street"_s, u"demo"_s, u"field recording"_s };
        for (const QString &type : std::as_const(types)) {
            if (!known.contains(type))
                return error(u"%1 is not a recognized release-group type"_s.arg(type), 400);
        }
        QJsonArray groups;
        int count = 0;
        for (const SandboxReleaseGroup &group :
            world.releaseGroups(found->first, found->second, today)) {
            if (!types.isEmpty()) {
                bool matches = types.contains(group.primaryType.toLower());
                for (const QString &secondary : group.secondaryTypes)
                    matches = matches || types.contains(secondary.toLower());
                if (!matches)
                    continue;
            }
            if (count >= paging.offset && count < paging.offset + paging.limit)
                groups.append(groupJson(group));
            ++count;
        }
        return SandboxReply::json(QJsonObject { { u"release-group-offset"_s, paging.offset },
            { u"release-group-count"_s, count }, { u"release-groups"_s, groups } });
    }

    if (call.has(u"query"_s) && call.value(u"query"_s).size() > maxQueryLength)
        return error(u"The query is too long."_s, 400);

    if (path == u"/release-group"_s && call.has(u"query"_s)) {
        const QString query = call.value(u"query"_s);
        if (const auto parsed = SandboxLuceneQuery::parse(query);
            parsed && parsed->anyOf.contains(u"arid"_s)) {
            for (const QString &field : parsed->fields()) {
                if (!structuredFields.contains(field))
                    return error(u"The sandbox does not search %1 with arid."_s.arg(field), 400);
            }
            return structuredSearch(world, *parsed, call, paging.offset, paging.limit);
        }
        QString artistId = luceneField(query, u"arid"_s).toLower();
        QString artistName = luceneField(query, u"artist"_s);
        QString title = luceneField(query, u"releasegroup"_s);
        if (artistId.isEmpty() && artistName.isEmpty() && title.isEmpty())
            title = query.trimmed();
        QList<std::pair<int, int>> artists;
        if (!artistId.isEmpty()) {
            if (const auto found = world.artistByMbid(artistId))
                artists.append(*found);
        } else if (!artistName.isEmpty()) {
            for (const auto &hit : world.searchArtists(artistName, 10))
                artists.append({ hit.index, hit.slot });
        } else {
            // A bare title: look among the touring artists, who are the ones people search for.
            for (int index = 0; index < SandboxWorld::touringArtists; ++index) {
                for (int slot = 0; slot < world.artist(index).mbids.size(); ++slot)
                    artists.append({ index, slot });
            }
        }
        const QString wantedTitle = SandboxGazetteer::fold(title);
        struct Hit
        {
            int score;
            QJsonObject json;
        };
        QList<Hit> hits;
        for (const auto &[index, slot] : std::as_const(artists)) {
            for (const SandboxReleaseGroup &group : world.releaseGroups(index, slot, today)) {
                const QString folded = SandboxGazetteer::fold(group.title);
                int score = 100;
                if (!wantedTitle.isEmpty()) {
                    if (folded == wantedTitle)
                        score = 100;
                    else if (folded.contains(wantedTitle))
                        score = 50 + int(45.0 * double(wantedTitle.size()) / double(folded.size()));
                    else
                        continue;
                }
                QJsonObject json = groupJson(group);
                json.insert(u"score"_s, score);
                json.insert(u"artist-credit"_s, artistCreditJson(world, group.credits));
                hits.append({ score, json });
            }
        }
        std::stable_sort(
            hits.begin(), hits.end(), [](const Hit &a, const Hit &b) { return a.score > b.score; });
        QJsonArray groups;
        for (qsizetype i = paging.offset;
             i < std::min(hits.size(), qsizetype(paging.offset + paging.limit)); ++i)
            groups.append(hits.at(i).json);
        return SandboxReply::json(
            QJsonObject { { u"created"_s, createdStamp(call.now) }, { u"count"_s, hits.size() },
                { u"offset"_s, paging.offset }, { u"release-groups"_s, groups } });
    }

    if (path == u"/artist"_s && call.has(u"query"_s)) {
        const QString query = call.value(u"query"_s);
        QStringList names;
        // `artist:("A" OR "B" …)`: the hits of every name, each artist once at its best score.
        if (const auto parsed = SandboxLuceneQuery::parse(query);
            parsed && parsed->fields() == QStringList { u"artist"_s })
            names = parsed->anyOf.value(u"artist"_s);
        if (names.size() < 2) {
            QString name = luceneField(query, u"artist"_s);
            names = { name.isEmpty() ? query.trimmed() : name };
        }
        QList<SandboxWorld::ArtistHit> hits;
        QHash<std::pair<int, int>, qsizetype> seen; // (index, slot) → position in hits
        for (const QString &name : std::as_const(names)) {
            for (const SandboxWorld::ArtistHit &hit :
                world.searchArtists(name, SandboxWorld::artistPoolSize)) {
                const auto key = std::pair { hit.index, hit.slot };
                if (const auto it = seen.constFind(key); it != seen.cend()) {
                    hits[*it].score = std::max(hits.at(*it).score, hit.score);
                    continue;
                }
                seen.insert(key, hits.size());
                hits.append(hit);
            }
        }
        std::stable_sort(hits.begin(), hits.end(),
            [](const SandboxWorld::ArtistHit &a, const SandboxWorld::ArtistHit &b) {
                return a.score > b.score;
            });
        QJsonArray artists;
        for (qsizetype i = paging.offset;
             i < std::min(hits.size(), qsizetype(paging.offset + paging.limit)); ++i) {
            QJsonObject json = artistJson(world.artist(hits.at(i).index), hits.at(i).slot);
            json.insert(u"score"_s, hits.at(i).score);
            artists.append(json);
        }
        return SandboxReply::json(
            QJsonObject { { u"created"_s, createdStamp(call.now) }, { u"count"_s, hits.size() },
                { u"offset"_s, paging.offset }, { u"artists"_s, artists } });
    }

    static const QRegularExpression lookup(u"^/artist/([0-9a-fA-F-]{36})$"_s);
    if (const auto match = lookup.match(path); match.hasMatch()) {
        const auto found = world.artistByMbid(match.captured(1).toLower());
        if (!found)
            return error(u"Not Found"_s, 404);
        QJsonObject artist = artistJson(world.artist(found->first), found->second);
        // The real lookup's inc=release-groups stops at 25 groups, without saying so.
        if (call.value(u"inc"_s).split(u'+').contains(u"release-groups"_s)) {
            QJsonArray groups;
            for (const SandboxReleaseGroup &group :
                world.releaseGroups(found->first, found->second, today)) {
                if (groups.size() == lookupReleaseGroupLimit)
                    break;
                groups.append(groupJson(group));
            }
            artist.insert(u"release-groups"_s, groups);
        }
        return SandboxReply::json(artist);
    }
    if (path == u"/release-group"_s || path == u"/artist"_s)
        return error(u"Missing browse or search parameter."_s, 400);
    return error(u"Not Found"_s, 404);
}

} // namespace gig
