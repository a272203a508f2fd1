#include "app/sources/geohash.h"

#include <algorithm>
#include <cmath>

namespace gig::Geohash {

namespace {

constexpr char alphabet[] = "0123456789bcdefghjkmnpqrstuvwxyz";
constexpr double kmPerDegree = 40075.017 / 360.0; // along the equator
constexpr int minSearchPrecision = 1;
constexpr int maxSearchPrecision = 9;

int lonBits(int precision)
{
    return (5 * precision + 1) / 2;
}
int latBits(int precision)
{
    return (5 * precision) / 2;
}

} // namespace

QString encode(double latitude, double longitude, int precision)
{
    precision = std::clamp(precision, 1, maxPrecision);
    if (!std::isfinite(latitude))
        latitude = 0;
    if (!std::isfinite(longitude))
        longitude = 0;
    latitude = std::clamp(latitude, -90.0, 90.0);
    longitude = std::fmod(longitude + 180.0, 360.0);
    if (longitude < 0)
        longitude += 360.0;
    longitude -= 180.0;

    double latRange[2] = { -90.0, 90.0 };
    double lonRange[2] = { -180.0, 180.0 };
    QString hash;
    hash.reserve(precision);
    bool evenBit = true; // bits alternate, longitude first
    int bit = 0;
    int index = 0;
    while (hash.size() < precision) {
        double *range = evenBit ? lonRange : latRange;
        const double value = evenBit ? longitude : latitude;
        const double mid = (range[0] + range[1]) / 2;
        index <<= 1;
        if (value >= mid) {
            index |= 1;
            range[0] = mid;
        } else {
            range[1] = mid;
        }
        evenBit = !evenBit;
        if (++bit == 5) {
            hash.append(QLatin1Char(alphabet[index]));
            bit = 0;
            index = 0;
        }
    }
    return hash;
}

double cellWidthKm(int precision)
{
    precision = std::clamp(precision, 1, maxPrecision);
    return 360.0 / std::ldexp(1.0, lonBits(precision)) * kmPerDegree;
}

double cellHeightKm(int precision)
{
    precision = std::clamp(precision, 1, maxPrecision);
    return 180.0 / std::ldexp(1.0, latBits(precision)) * kmPerDegree;
}

int precisionForRadius(double radiusKm)
{
    if (!std::isfinite(radiusKm) || radiusKm <= 0)
        return maxSearchPrecision;
    for (int precision = minSearchPrecision; precision < maxSearchPrecision; ++precision) {
        if (std::hypot(cellWidthKm(precision), cellHeightKm(precision)) <= radiusKm / 10.0)
            return precision;
    }
    return maxSearchPrecision;
}

} // namespace gig::Geohash
