#include "app/sandbox/sandboxlistenbrainz.h"

#include "app/sandbox/sandboxrandom.h"
#include "app/sandbox/sandboxtopartists.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

SandboxReply error(const QString &message, int status)
{
    return SandboxReply::json(
        QJsonObject { { u"code"_s, status }, { u"error"_s, message } }, status);
}

const QStringList ranges { u"this_week"_s, u"this_month"_s, u"this_year"_s, u"week"_s, u"month"_s,
    u"quarter"_s, u"year"_s, u"half_yearly"_s, u"all_time"_s };

constexpr quint64 listenBrainzTag = 0x4c42; // "LB"

} // namespace

SandboxReply SandboxListenBrainz::errorReply(int status) const
{
    return error(status == 429 ? u"Too many requests. Please wait and try again."_s
                               : u"An error occurred while processing the request."_s,
        status);
}

SandboxReply SandboxListenBrainz::wrongShapeReply() const
{
    return SandboxReply::json(QJsonObject { { u"payload"_s, u"artists"_s } });
}

int SandboxListenBrainz::artistCountOf(const QString &user)
{
    SandboxRandom dice({ listenBrainzTag, SandboxRandom::hashString(user.toLower()) });
    return dice.between(40, 400);
}

SandboxReply SandboxListenBrainz::handle(const SandboxWorld &world, const SandboxCall &call) const
{
    // /1/stats/user/{user}/artists
    const QStringList parts = call.path.split(u'/', Qt::SkipEmptyParts);
    if (parts.size() != 5 || parts.at(0) != u"1"_s || parts.at(1) != u"stats"_s
        || parts.at(2) != u"user"_s || parts.at(4) != u"artists"_s)
        return error(u"The requested URL was not found on the server."_s, 404);
    const QString user = QUrl::fromPercentEncoding(parts.at(3).toUtf8());
    if (user.startsWith(u"unknown"_s, Qt::CaseInsensitive))
        return error(u"Cannot find user: %1"_s.arg(user), 404);
    const QString range = call.has(u"range"_s) ? call.value(u"range"_s) : u"all_time"_s;
    if (!ranges.contains(range))
        return error(u"Invalid range: %1"_s.arg(range), 400);
    bool ok = true;
    const int count = call.has(u"count"_s) ? call.value(u"count"_s).toInt(&ok) : defaultCount;
    if (!ok || count < 0)
        return error(u"'count' should be a non-negative integer"_s, 400);
    const int offset = call.has(u"offset"_s) ? call.value(u"offset"_s).toInt(&ok) : 0;
    if (!ok || offset < 0)
        return error(u"'offset' should be a non-negative integer"_s, 400);
    if (user.startsWith(u"new"_s, Qt::CaseInsensitive)) {
        SandboxReply none;
        none.status = 204; // statistics not calculated yet
        none.body.clear();
        return none;
    }

    // The user's artists, most listened first; some have no MBID, as listens matched to no
    // MusicBrainz artist do.
    const int total = artistCountOf(user);
    const int shown = std::clamp(std::min(count, maxCount), 0, std::max(0, total - offset));
    QJsonArray artists;
    for (const SandboxTopArtist &top :
        sandboxTopArtists(world, listenBrainzTag, user, offset, shown)) {
        QJsonObject entry { { u"artist_name"_s, top.artist.name },
            { u"listen_count"_s, top.plays } };
        entry.insert(u"artist_mbid"_s,
            top.artist.mbids.isEmpty() ? QJsonValue(QJsonValue::Null)
                                       : QJsonValue(top.artist.mbids.first()));
        artists.append(entry);
    }
    const qint64 now = call.now.toSecsSinceEpoch();
    const QJsonObject payload { { u"artists"_s, artists }, { u"count"_s, artists.size() },
        { u"offset"_s, offset }, { u"range"_s, range }, { u"total_artist_count"_s, total },
        { u"user_id"_s, user }, { u"from_ts"_s, 1009843200 }, { u"to_ts"_s, now },
        { u"last_updated"_s, now - 86400 } };
    return SandboxReply::json(QJsonObject { { u"payload"_s, payload } });
}

} // namespace gig
