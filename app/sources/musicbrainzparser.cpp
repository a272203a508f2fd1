#include "app/sources/musicbrainzparser.h"

#include "app/sources/jsonrecord.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

constexpr auto service = u"MusicBrainz";

QString errorMessage(const QJsonObject &root)
{
    const QJsonValue error = root.value("error"_L1);
    if (error.isUndefined())
        return {};
    return error.isString() && !error.toString().isEmpty() ? error.toString()
                                                           : u"unexplained error"_s;
}

// The top object of a successful answer, or the error to report.
std::optional<SourceError> readRoot(const QByteArray &body, QJsonObject *root)
{
    return readAnswerObject(body, &errorMessage, root);
}

std::optional<ReleaseGroup> readGroup(const QJsonValue &value, QString *why)
{
    JsonRecord record(value);
    ReleaseGroup group;
    const QString id = record.string(u"id");
    group.title = record.string(u"title");
    if (!record.ok()) {
        *why = record.failure();
        return std::nullopt;
    }
    group.mbid = normalizedMbid(id);
    if (group.mbid.isEmpty()) {
        *why = u"id \"%1\" is not an MBID"_s.arg(id);
        return std::nullopt;
    }
    const QJsonValue primary = record.value(u"primary-type");
    if (!primary.isUndefined() && !primary.isNull() && !primary.isString()) {
        *why = u"primary-type is %1, not a string"_s.arg(JsonRecord::typeName(primary));
        return std::nullopt;
    }
    group.primaryType = primary.toString();
    const QJsonValue secondary = record.value(u"secondary-types");
    if (!secondary.isUndefined() && !secondary.isNull() && !secondary.isArray()) {
        *why = u"secondary-types is %1, not an array"_s.arg(JsonRecord::typeName(secondary));
        return std::nullopt;
    }
    for (const QJsonValue &type : secondary.toArray()) {
        if (!type.isString()) {
            *why = u"secondary-types holds %1, not a string"_s.arg(JsonRecord::typeName(type));
            return std::nullopt;
        }
        group.secondaryTypes.append(type.toString());
    }
    const QJsonValue date = record.value(u"first-release-date");
    if (!date.isUndefined() && !date.isNull() && !date.isString()) {
        *why = u"first-release-date is %1, not a string"_s.arg(JsonRecord::typeName(date));
        return std::nullopt;
    }
    QString dateError;
    const std::optional<PartialDate> parsed = PartialDate::fromString(date.toString(), &dateError);
    if (!parsed) {
        *why = u"first-release-date: "_s + dateError;
        return std::nullopt;
    }
    group.firstReleaseDate = *parsed;
    return group;
}

// The top of a search answer: "count", "offset" (each at least 0) and the list under `listKey`.
struct SearchTop
{
    qint64 count = 0;
    qint64 offset = 0;
    QJsonArray list;
};

std::optional<SourceError> readSearchTop(
    const QByteArray &body, QStringView listKey, QStringView what, SearchTop *search)
{
    QJsonObject root;
    if (std::optional<SourceError> error = readRoot(body, &root))
        return error;
    JsonRecord top(root);
    search->count = std::max<qint64>(0, top.integer(u"count"));
    search->offset = std::max<qint64>(0, top.optionalInteger(u"offset").value_or(0));
    const QJsonValue list = top.value(listKey);
    if (!top.ok())
        return badResponse(u"not %1: %2"_s.arg(what, top.failure()));
    if (!list.isArray())
        return badResponse(u"%1 is missing or not an array"_s.arg(listKey));
    search->list = list.toArray();
    return std::nullopt;
}

// The MBIDs an `artist-credit` array names, or why it cannot be read.
std::optional<QStringList> readCredit(const QJsonValue &value, QString *why)
{
    if (!value.isArray() || value.toArray().isEmpty()) {
        *why = u"artist-credit is %1, not a list of artists"_s.arg(JsonRecord::typeName(value));
        return std::nullopt;
    }
    QStringList mbids;
    for (const QJsonValue &credit : value.toArray()) {
        JsonRecord record(credit);
        const QString id = record.string(u"artist.id");
        const QString mbid = normalizedMbid(id);
        if (!record.ok() || mbid.isEmpty()) {
            *why = record.ok() ? u"credited artist id \"%1\" is not an MBID"_s.arg(id)
                               : u"artist-credit: "_s + record.failure();
            return std::nullopt;
        }
        mbids.append(mbid);
    }
    return mbids;
}

std::optional<ReleaseGroupHit> readHit(const QJsonValue &value, QString *why)
{
    std::optional<ReleaseGroup> group = readGroup(value, why);
    if (!group)
        return std::nullopt;
    JsonRecord record(value);
    const qint64 score = record.integer(u"score");
    if (!record.ok() || score < 0 || score > 100) {
        *why = record.ok() ? u"score %1 is not within 0…100"_s.arg(score) : record.failure();
        return std::nullopt;
    }
    std::optional<QStringList> credit = readCredit(record.value(u"artist-credit"), why);
    if (!credit)
        return std::nullopt;
    return ReleaseGroupHit { std::move(*group), std::move(*credit), int(score) };
}

} // namespace

Parsed<ReleaseGroupSearchPage> parseMusicBrainzReleaseGroupSearch(const QByteArray &body)
{
    Parsed<ReleaseGroupSearchPage> result;
    SearchTop top;
    if ((result.error = readSearchTop(body, u"release-groups", u"a release-group search", &top)))
        return result;
    const QJsonArray &list = top.list;
    result.value.count = top.count;
    result.value.offset = top.offset;
    result.value.hits.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        QString why;
        std::optional<ReleaseGroupHit> hit = readHit(list.at(i), &why);
        if (!hit) {
            result.error
                = badResponse(u"release group hit #%1 cannot be read (%2)"_s.arg(i).arg(why));
            result.value = {};
            return result;
        }
        result.value.hits.append(std::move(*hit));
    }
    return result;
}

QString musicBrainzErrorMessage(const QByteArray &body)
{
    return serviceMessageIn(body, &errorMessage);
}

Parsed<ReleaseGroupPage> parseMusicBrainzReleaseGroups(const QByteArray &body)
{
    Parsed<ReleaseGroupPage> result;
    QJsonObject root;
    if ((result.error = readRoot(body, &root)))
        return result;
    JsonRecord top(root);
    result.value.count = std::max<qint64>(0, top.integer(u"release-group-count"));
    result.value.offset
        = std::max<qint64>(0, top.optionalInteger(u"release-group-offset").value_or(0));
    const QJsonValue groups = top.value(u"release-groups");
    if (!top.ok() || !groups.isArray()) {
        result.error = badResponse(top.ok() ? u"release-groups is missing or not an array"_s
                                            : u"not a release-group page: "_s + top.failure());
        return result;
    }
    const QJsonArray list = groups.toArray();
    result.value.groups.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        QString why;
        std::optional<ReleaseGroup> group = readGroup(list.at(i), &why);
        if (group)
            result.value.groups.append(std::move(*group));
        else
            logSkipped(service, &result.skipped, u"release group #%1: %2"_s.arg(i).arg(why));
    }
    return result;
}

Parsed<ArtistSearchPage> parseMusicBrainzArtistSearch(const QByteArray &body)
{
    Parsed<ArtistSearchPage> result;
    SearchTop top;
    if ((result.error = readSearchTop(body, u"artists", u"an artist search", &top)))
        return result;
    const QJsonArray &list = top.list;
    ArtistSearchPage &page = result.value;
    page.count = top.count;
    page.offset = top.offset;
    page.hits.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        JsonRecord record(list.at(i));
        ArtistHit hit;
        const QString id = record.string(u"id");
        hit.name = record.string(u"name");
        const qint64 score = record.integer(u"score");
        hit.mbid = normalizedMbid(id);
        if (!record.ok() || hit.mbid.isEmpty() || score < 0 || score > 100) {
            const QString why = !record.ok() ? record.failure()
                : hit.mbid.isEmpty()         ? u"id \"%1\" is not an MBID"_s.arg(id)
                                             : u"score %1 is not within 0…100"_s.arg(score);
            logSkipped(service, &result.skipped, u"artist #%1: %2"_s.arg(i).arg(why));
            continue;
        }
        hit.score = int(score);
        page.hits.append(hit);
    }
    if (!result.skipped.isEmpty()) {
        // A hit left out may be the second artist of a name: uniqueness cannot be shown.
        result.error
            = badResponse(u"%1 of %2 artist hits cannot be read (%3)"_s.arg(result.skipped.size())
                              .arg(list.size())
                              .arg(result.skipped.constFirst()));
        result.value = {};
    }
    return result;
}

} // namespace gig
