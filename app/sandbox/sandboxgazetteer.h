// The sandbox's built-in list of real cities: Nominatim answers from it, metro areas cluster on it.
#pragma once

#include <QList>
#include <QString>

namespace gig {

struct SandboxCity
{
    int index = -1; // position in the gazetteer; stable, part of metro area ids
    QString name;
    QString country; // English name
    QString countryCode; // ISO 3166-1 alpha-2
    double lat = 0;
    double lng = 0;
    QString timeZone; // IANA id
    int populationThousands = 0;
    bool town = false; // one of towns(), not of cities()

    friend bool operator==(const SandboxCity &, const SandboxCity &) = default;
};

class SandboxGazetteer
{
public:
    // The metro areas' cities: where the sandbox's music scenes are.
    static const QList<SandboxCity> &cities();
    // Every city of the offline gazetteer (GeoNames, 15,000 people or more), index = position,
    // for the demo gigs between the metro areas and for place searches.
    static const QList<SandboxCity> &towns();
    // Positions in towns() of the towns in one 1° cell (latCell = floor(lat) + 90, lngCell =
    // floor(lng) + 180), most populous first.
    static QList<int> townsInCell(int latCell, int lngCell);
    // Cities, then towns, whose name (or "name, country") matches `query`, best first; case and
    // accents ignored.
    static QList<SandboxCity> search(const QString &query, int limit);
    // The nearest city within `maxKm` of the point, or nullptr.
    static const SandboxCity *nearest(double lat, double lng, double maxKm);
    // Great-circle distance in kilometres.
    static double distanceKm(double lat1, double lng1, double lat2, double lng2);
    // Lower case without diacritics, for matching.
    static QString fold(const QString &text);
};

} // namespace gig
