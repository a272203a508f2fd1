#include "app/sources/lastfmparser.h"

#include "app/sources/jsonrecord.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

constexpr auto service = u"Last.fm";

QString errorIn(const QJsonObject &root)
{
    if (!root.contains("error"_L1))
        return {};
    const QString message = root.value("message"_L1).toString();
    return message.isEmpty() ? u"error %1"_s.arg(root.value("error"_L1).toInt()) : message;
}

} // namespace

QString lastFmErrorMessage(const QByteArray &body)
{
    return serviceMessageIn(body, &errorIn);
}

int lastFmErrorCode(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    return document.isObject() ? document.object().value("error"_L1).toInt() : 0;
}

Parsed<LastFmTopArtists> parseLastFmTopArtists(const QByteArray &body)
{
    Parsed<LastFmTopArtists> result;
    QJsonObject root;
    if (std::optional<SourceError> error = readAnswerObject(body, &errorIn, &root)) {
        result.error = error;
        return result;
    }
    const QJsonValue top = root.value("topartists"_L1);
    if (!top.isObject()) {
        result.error = badResponse(u"the answer has no topartists object"_s);
        return result;
    }
    const QJsonObject object = top.toObject();
    const QJsonObject paging = object.value("@attr"_L1).toObject();
    result.value.page = int(JsonRecord::toInteger(paging.value("page"_L1)).value_or(1));
    result.value.totalPages = int(JsonRecord::toInteger(paging.value("totalPages"_L1)).value_or(0));
    result.value.total = JsonRecord::toInteger(paging.value("total"_L1)).value_or(0);
    // A list; a lone artist has come as an object, and none as nothing at all.
    const QJsonValue listed = object.value("artist"_L1);
    QJsonArray list;
    if (listed.isArray())
        list = listed.toArray();
    else if (listed.isObject())
        list.append(listed);
    else if (!listed.isUndefined() && !listed.isNull()) {
        result.error = badResponse(u"topartists.artist is neither a list nor an artist"_s);
        return result;
    }
    result.value.artists
        = readListenedArtists<LastFmArtist>(list, service, &result.skipped, [](JsonRecord &record) {
              LastFmArtist artist;
              artist.name = record.optionalString(u"name").value_or(QString()).trimmed();
              artist.mbid = normalizedMbid(record.optionalString(u"mbid").value_or(QString()));
              artist.playCount = record.optionalInteger(u"playcount").value_or(0);
              return artist;
          });
    return result;
}

} // namespace gig
