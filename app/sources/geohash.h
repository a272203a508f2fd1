// Encodes a place as a geohash, the form Ticketmaster's geoPoint parameter takes.
#pragma once

#include <QString>

namespace gig::Geohash {

constexpr int maxPrecision = 12;

// The base-32 geohash of a point, `precision` characters long (clamped to 1…maxPrecision).
// Latitudes are clamped to ±90 and longitudes wrapped into [-180, 180).
QString encode(double latitude, double longitude, int precision);

// Width and height in km of the widest cell of a geohash of `precision` characters (at the
// equator, where cells are widest).
double cellWidthKm(int precision);
double cellHeightKm(int precision);

// The coarsest precision whose cells are small against a search radius: the cell's diagonal is
// at most a tenth of the radius, so the point the service searches around moves by at most a
// tenth of the radius. Between 1 and 9 characters.
int precisionForRadius(double radiusKm);

} // namespace gig::Geohash
