// A city of the offline gazetteer: what the map labels, the search suggests and a picked place is
// named after.
#pragma once

#include <QGeoCoordinate>
#include <QString>

namespace gig {

struct City
{
    QString name; // "Berlin"
    QString state; // the first-order division, "Bavaria"; may equal the name
    QString country; // "Germany"
    QString countryCode; // ISO 3166-1 alpha-2, "DE"
    QString timeZone; // IANA, "Europe/Berlin"
    QGeoCoordinate coordinate;
    quint32 population = 0;

    // "Berlin, Germany".
    QString nameWithCountry() const;
    // "Springfield, Illinois, United States": with the state, unless it is the city's own name.
    QString fullName() const;

    friend bool operator==(const City &, const City &) = default;
};

} // namespace gig
