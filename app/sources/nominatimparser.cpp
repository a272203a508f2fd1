#include "app/sources/nominatimparser.h"

#include "app/sources/jsonrecord.h"

using namespace Qt::StringLiterals;

namespace gig {

namespace {

constexpr auto service = u"Nominatim";

QString errorMessage(const QJsonDocument &document)
{
    if (!document.isObject())
        return {};
    const QJsonValue error = document.object().value("error"_L1);
    if (error.isString())
        return error.toString().isEmpty() ? u"unexplained error"_s : error.toString();
    if (error.isObject()) {
        const QString message = error.toObject().value("message"_L1).toString();
        return message.isEmpty() ? u"unexplained error"_s : message;
    }
    return error.isUndefined() ? QString() : u"unexplained error"_s;
}

// boundingbox: ["south", "north", "west", "east"] as strings (numbers accepted too).
QGeoRectangle readBoundingBox(const QJsonArray &box, QStringList *notes)
{
    if (box.isEmpty())
        return {};
    double edges[4] = {};
    for (int i = 0; i < 4; ++i) {
        const std::optional<double> edge
            = i < box.size() ? JsonRecord::toNumber(box.at(i)) : std::nullopt;
        if (!edge) {
            notes->append(u"boundingbox is not four numbers; ignored"_s);
            return {};
        }
        edges[i] = *edge;
    }
    const QGeoCoordinate topLeft(edges[1], edges[2]);
    const QGeoCoordinate bottomRight(edges[0], edges[3]);
    if (!topLeft.isValid() || !bottomRight.isValid() || edges[0] > edges[1]) {
        notes->append(u"boundingbox is not on Earth; ignored"_s);
        return {};
    }
    return QGeoRectangle(topLeft, bottomRight);
}

} // namespace

QString nominatimErrorMessage(const QByteArray &body)
{
    const JsonBody json = readJsonBody(body);
    return json.error ? QString() : errorMessage(json.document);
}

Parsed<QList<Place>> parseNominatimSearch(const QByteArray &body)
{
    Parsed<QList<Place>> result;
    const JsonBody json = readJsonBody(body);
    if (json.error) {
        result.error = json.error;
        return result;
    }
    if (const QString message = errorMessage(json.document); !message.isEmpty()) {
        result.error = SourceError { SourceError::Kind::ServiceError, message, 0 };
        return result;
    }
    if (!json.document.isArray()) {
        result.error = badResponse(u"the answer is not a JSON array of places"_s);
        return result;
    }
    const QJsonArray list = json.document.array();
    for (qsizetype i = 0; i < list.size(); ++i) {
        JsonRecord record(list.at(i));
        Place place;
        place.displayName = record.string(u"display_name");
        place.coordinate = record.optionalCoordinate(u"lat", u"lon");
        if (!record.ok() || !place.coordinate.isValid()) {
            const QString why
                = record.ok() ? u"lat/lon is missing or not a coordinate"_s : record.failure();
            logSkipped(service, &result.skipped, u"place #%1: %2"_s.arg(i).arg(why));
            continue;
        }
        place.name = record.optionalString(u"name").value_or(QString()).trimmed();
        if (place.name.isEmpty())
            place.name = place.displayName.section(u',', 0, 0).trimmed();
        QStringList notes = record.notes();
        place.boundingBox = readBoundingBox(record.optionalArray(u"boundingbox"), &notes);
        logNotes(service, place.displayName, notes);
        result.value.append(place);
    }
    return result;
}

} // namespace gig
