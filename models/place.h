// A place the user can look at, as a place search finds it: a name, where it is, how far it
// reaches.
#pragma once

#include <QDebug>
#include <QGeoCoordinate>
#include <QGeoRectangle>
#include <QString>

namespace gig {

struct Place
{
    QString name; // "Berlin"
    QString displayName; // "Berlin, Deutschland"
    QGeoCoordinate coordinate;
    QGeoRectangle boundingBox; // invalid when the service gives none

    friend bool operator==(const Place &, const Place &) = default;
};

QDebug operator<<(QDebug debug, const Place &place);

} // namespace gig
