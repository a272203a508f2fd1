// A place the user looks at: a point, a radius, and the gigs found around it.
#pragma once

#include <QDateTime>
#include <QDebug>
#include <QGeoCoordinate>
#include <QStringList>

namespace gig {

struct Location
{
    QString id; // stable key of the watched place
    QString name; // what the user called it ("Berlin", "52.52, 13.40")
    QGeoCoordinate coordinate;
    double radiusKm = 30.0;
    QString metroArea; // Songkick metro area id, when known
    QStringList eventIds;
    QDateTime refreshedAt; // UTC; invalid when never refreshed

    friend bool operator==(const Location &, const Location &) = default;
};

QDebug operator<<(QDebug debug, const Location &location);

} // namespace gig
