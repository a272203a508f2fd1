#include "app/sources/listenbrainzparser.h"

#include "app/sources/jsonrecord.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

constexpr auto service = u"ListenBrainz";

QString errorIn(const QJsonObject &root)
{
    const QJsonValue error = root.value("error"_L1);
    if (error.isUndefined())
        return {};
    return error.isString() && !error.toString().isEmpty() ? error.toString()
                                                           : u"unexplained error"_s;
}

} // namespace

QString listenBrainzErrorMessage(const QByteArray &body)
{
    return serviceMessageIn(body, &errorIn);
}

Parsed<ListenBrainzTopArtists> parseListenBrainzTopArtists(const QByteArray &body)
{
    Parsed<ListenBrainzTopArtists> result;
    QJsonObject root;
    if (std::optional<SourceError> error = readAnswerObject(body, &errorIn, &root)) {
        result.error = error;
        return result;
    }
    const QJsonValue payload = root.value("payload"_L1);
    if (!payload.isObject() || !payload.toObject().value("artists"_L1).isArray()) {
        result.error = badResponse(u"the answer has no payload.artists list"_s);
        return result;
    }
    const QJsonObject object = payload.toObject();
    result.value.totalArtistCount
        = JsonRecord::toInteger(object.value("total_artist_count"_L1)).value_or(0);
    const QJsonArray list = object.value("artists"_L1).toArray();
    result.value.artists = readListenedArtists<ListenedArtist>(
        list, service, &result.skipped, [](JsonRecord &record) {
            ListenedArtist artist;
            artist.name = record.optionalString(u"artist_name").value_or(QString()).trimmed();
            // Today one artist_mbid (null when none); older answers gave an artist_mbids list.
            artist.mbid = normalizedMbid(record.optionalString(u"artist_mbid").value_or(QString()));
            if (artist.mbid.isEmpty()) {
                const QJsonArray mbids = record.optionalArray(u"artist_mbids");
                if (!mbids.isEmpty())
                    artist.mbid = normalizedMbid(mbids.first().toString());
            }
            artist.listenCount = record.optionalInteger(u"listen_count").value_or(0);
            return artist;
        });
    return result;
}

} // namespace gig
