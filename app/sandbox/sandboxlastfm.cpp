#include "app/sandbox/sandboxlastfm.h"

#include "app/sandbox/sandboxrandom.h"
#include "app/sandbox/sandboxtopartists.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

SandboxReply error(int code, const QString &message, int status)
{
    return SandboxReply::json(
        QJsonObject { { u"error"_s, code }, { u"message"_s, message } }, status);
}

SandboxReply missingParameter()
{
    return error(6, u"Invalid parameters - Your request is missing a required parameter"_s, 400);
}

constexpr quint64 lastFmTag = 0x4c46; // "LF"

QString text(qint64 number)
{
    return QString::number(number);
}

} // namespace

SandboxReply SandboxLastFm::errorReply(int status) const
{
    if (status == 429)
        return error(29,
            u"Rate Limit Exceeded - Your IP has made too many requests in a short "
            "period"_s,
            status);
    return error(
        16, u"There was a temporary error processing your request. Please try again"_s, status);
}

SandboxReply SandboxLastFm::wrongShapeReply() const
{
    return SandboxReply::json(QJsonObject { { u"topartists"_s, u"artist"_s } });
}

int SandboxLastFm::artistCountOf(const QString &user)
{
    SandboxRandom dice({ lastFmTag, SandboxRandom::hashString(user.toLower()) });
    return dice.between(30, 600);
}

SandboxReply SandboxLastFm::handle(const SandboxWorld &world, const SandboxCall &call) const
{
    if (call.path != u"/2.0/"_s && call.path != u"/2.0"_s)
        return error(3, u"Invalid Method - No method with that name in this package"_s, 404);
    if (call.value(u"method"_s).toLower() != u"user.gettopartists"_s)
        return error(3, u"Invalid Method - No method with that name in this package"_s, 400);
    const QString key = call.value(u"api_key"_s);
    if (key.isEmpty())
        return missingParameter();
    if (key.startsWith(u"invalid"_s, Qt::CaseInsensitive))
        return error(10, u"Invalid API key - You must be granted a valid key by last.fm"_s, 403);
    const QString user = call.value(u"user"_s);
    if (user.isEmpty())
        return missingParameter();
    if (user.startsWith(u"unknown"_s, Qt::CaseInsensitive))
        return error(6, u"User not found"_s, 404);
    bool ok = true;
    const int limit = call.has(u"limit"_s) ? call.value(u"limit"_s).toInt(&ok) : defaultLimit;
    if (!ok || limit < 1 || limit > maxLimit)
        return error(6, u"Invalid parameters - limit must be between 1 and 1000"_s, 400);
    const int page = call.has(u"page"_s) ? call.value(u"page"_s).toInt(&ok) : 1;
    if (!ok || page < 1)
        return error(6, u"Invalid parameters - page must be a positive integer"_s, 400);

    // Users starting with "new" have listened to nothing yet: an empty list, as on Last.fm.
    const int total = user.startsWith(u"new"_s, Qt::CaseInsensitive) ? 0 : artistCountOf(user);
    const int first = (page - 1) * limit;
    const int shown = std::clamp(total - first, 0, limit);
    QJsonArray artists;
    int rank = first;
    for (const SandboxTopArtist &top : sandboxTopArtists(world, lastFmTag, user, first, shown)) {
        // Last.fm knows many artists by name only: a third come without an MBID.
        const bool withMbid = !top.artist.mbids.isEmpty() && (++rank % 3 != 0);
        const QString pageUrl = u"https://www.last.fm/music/"_s
            + QString::fromLatin1(QUrl::toPercentEncoding(top.artist.name));
        artists.append(QJsonObject { { u"streamable"_s, u"0"_s },
            { u"image"_s,
                QJsonArray { QJsonObject { { u"size"_s, u"small"_s }, { u"#text"_s, u""_s } } } },
            { u"mbid"_s, withMbid ? top.artist.mbids.first() : QString(u""_s) },
            { u"url"_s, pageUrl }, { u"playcount"_s, text(top.plays) },
            { u"@attr"_s, QJsonObject { { u"rank"_s, text(rank) } } },
            { u"name"_s, top.artist.name } });
    }
    const int totalPages = (total + limit - 1) / limit;
    const QJsonObject paging { { u"user"_s, user }, { u"totalPages"_s, text(totalPages) },
        { u"page"_s, text(page) }, { u"perPage"_s, text(limit) }, { u"total"_s, text(total) } };
    return SandboxReply::json(QJsonObject {
        { u"topartists"_s, QJsonObject { { u"artist"_s, artists }, { u"@attr"_s, paging } } } });
}

} // namespace gig
