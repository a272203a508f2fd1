// The offline gazetteer's cities, indexed for the three questions the window asks: which cities
// start with what a person types, which city a picked point lies in or near, and which cities a
// map view shows, largest first.
#pragma once

#include "models/city.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <utility>

namespace gig {

class CityIndex
{
public:
    CityIndex() = default;
    // Takes the cities in any order; they are kept most populous first.
    explicit CityIndex(QList<City> cities);

    bool isEmpty() const { return m_cities.isEmpty(); }
    qsizetype size() const { return m_cities.size(); }
    // Cities most populous first: index 0 is the largest.
    const City &city(qsizetype index) const { return m_cities.at(index); }
    // The city's position in normalised Web Mercator (x, y in [0, 1]), computed once.
    QPointF mercator(qsizetype index) const { return m_mercator.at(index); }

    // Cities whose name, or a word of it, starts with `text` without regard to case and accents
    // ("sao p" finds São Paulo, "york" New York), most populous first, at most `limit`.
    QList<qsizetype> search(const QString &text, qsizetype limit = 8) const;

    // For a misspelt name, which search() finds nothing for: cities whose name, or a word of
    // it, starts with something one typing slip away from `text` (two for 8 letters or more;
    // none under 4): a letter wrong, missing, extra, or two swapped ("lepizig", "munchen" for
    // München is found by search() already). Nearest spelling first, then most populous.
    QList<qsizetype> closeTo(const QString &text, qsizetype limit = 8) const;

    // The city nearest to `coordinate` within `maxKm`, and how far it is; index -1 when none.
    std::pair<qsizetype, double> nearest(const QGeoCoordinate &coordinate, double maxKm) const;

    // The cities of at least `minPopulation` in a part of the world given in normalised Web
    // Mercator (x may run past 0 or 1 into the copies beside the world), most populous first.
    QList<qsizetype> largestIn(const QRectF &mercator, quint32 minPopulation) const;

    // How far from its centre a city still counts as the city: grows with its population, from
    // 3 km for a town of 15,000 to 25 km for the largest.
    static double reachKm(quint32 population);

    // A name for a point a person picked: "Berlin, Germany" inside a city's reach, "near
    // Potsdam, Germany" within 50 km of a city, empty farther from every city.
    QString placeNameAt(const QGeoCoordinate &coordinate) const;

private:
    static int cellOf(double latitude, double longitude);
    // Every city within `maxKm` of `coordinate`, with its distance, in no particular order.
    QList<std::pair<qsizetype, double>> within(
        const QGeoCoordinate &coordinate, double maxKm) const;

    QList<City> m_cities; // most populous first
    QList<QPointF> m_mercator; // per city
    QList<std::pair<QString, qsizetype>> m_words; // folded name and each later word → city
    QList<QList<qsizetype>> m_cells; // 1° by 1° cells, (lat + 90) * 360 + (lng + 180)
};

} // namespace gig
