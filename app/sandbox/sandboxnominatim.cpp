#include "app/sandbox/sandboxnominatim.h"

#include "app/sandbox/sandboxgazetteer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtMath>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

SandboxReply error(const QString &message, int status)
{
    return SandboxReply::json(
        QJsonObject {
            { u"error"_s, QJsonObject { { u"code"_s, status }, { u"message"_s, message } } } },
        status);
}

QString coordinate(double value)
{
    return QString::number(value, 'f', 7);
}

} // namespace

SandboxReply SandboxNominatim::errorReply(int status) const
{
    return error(status == 429 ? u"Too Many Requests"_s : u"Internal Server Error"_s, status);
}

SandboxReply SandboxNominatim::wrongShapeReply() const
{
    return SandboxReply::json(QJsonObject { { u"lat"_s, u"not a list"_s }, { u"results"_s, 0 } });
}

SandboxReply SandboxNominatim::handle(const SandboxWorld &world, const SandboxCall &call) const
{
    Q_UNUSED(world)
    if (call.path != u"/search"_s && call.path != u"/search.php"_s)
        return error(u"Not Found"_s, 404);
    const QString format = call.has(u"format"_s) ? call.value(u"format"_s) : u"jsonv2"_s;
    if (format != u"jsonv2"_s && format != u"json"_s)
        return error(
            u"Parameter 'format' must be one of: json, jsonv2 (the sandbox speaks these)"_s, 400);
    QString query = call.value(u"q"_s);
    if (query.trimmed().isEmpty()) {
        query = call.value(u"city"_s);
        if (call.has(u"country"_s))
            query += u", "_s + call.value(u"country"_s);
    }
    if (query.trimmed().isEmpty())
        return error(u"Nothing to search for."_s, 400);
    bool ok = true;
    int limit = call.has(u"limit"_s) ? call.value(u"limit"_s).toInt(&ok) : 10;
    if (!ok)
        return error(u"Integer expected for parameter 'limit'"_s, 400);
    limit = std::clamp(limit, 1, maxLimit);

    const bool v2 = format == u"jsonv2"_s;
    QJsonArray places;
    for (const SandboxCity &city : SandboxGazetteer::search(query, limit)) {
        // A box of roughly the city's size: bigger cities, bigger boxes.
        const double halfKm = 8.0 + std::sqrt(double(city.populationThousands)) / 2.0;
        const double dLat = halfKm / 111.0;
        const double dLng
            = halfKm / (111.0 * std::max(0.05, std::cos(qDegreesToRadians(city.lat))));
        const int id = (city.town ? 1000000 : 0) + city.index;
        QJsonObject place { { u"place_id"_s, 200000 + id * 31 },
            { u"licence"_s,
                u"Data © OpenStreetMap contributors, ODbL 1.0. http://osm.org/copyright"_s },
            { u"osm_type"_s, u"relation"_s }, { u"osm_id"_s, 50000 + id * 17 },
            { u"lat"_s, coordinate(city.lat) }, { u"lon"_s, coordinate(city.lng) },
            { v2 ? u"category"_s : u"class"_s, u"boundary"_s }, { u"type"_s, u"administrative"_s },
            { u"place_rank"_s, 16 },
            { u"importance"_s,
                std::min(0.95, 0.45 + std::log10(1.0 + city.populationThousands) / 10.0) },
            { u"addresstype"_s, u"city"_s }, { u"name"_s, city.name },
            { u"display_name"_s, QString(city.name + u", "_s + city.country) },
            { u"boundingbox"_s,
                QJsonArray { coordinate(city.lat - dLat), coordinate(city.lat + dLat),
                    coordinate(city.lng - dLng), coordinate(city.lng + dLng) } } };
        if (!v2)
            place.remove(u"place_rank"_s);
        places.append(place);
    }
    return SandboxReply::json(places);
}

} // namespace gig
