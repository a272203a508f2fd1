// The gazetteer's city names on the map: the largest cities first, as many as fit without
// overlapping, fewer and larger ones the farther out the map is zoomed.
#pragma once

#include "ui/map/mapcamera.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>

class QPainter;

namespace gig {

class CityIndex;

class CityLabelLayer
{
public:
    static constexpr int MaxLabels = 60;

    struct Label
    {
        qsizetype city = -1; // in the CityIndex
        QPointF anchor; // the city's point, widget pixels
        QRectF box; // the name's box, beside the point, widget pixels
    };

    // The names' colours: dark ink in a light halo on a light map, the other way round on a
    // dark one.
    struct Ink
    {
        QColor text;
        QColor halo;
    };
    static Ink inkFor(bool darkMap);
    void setDarkMap(bool dark) { m_ink = inkFor(dark); }

    // Not owned; nullptr draws nothing.
    void setCities(const CityIndex *cities) { m_cities = cities; }
    const CityIndex *cities() const { return m_cities; }

    // The labels a view shows, largest city first; none overlaps another.
    QList<Label> layout(const MapCamera &camera, const QFont &font) const;
    void paint(QPainter &painter, const MapCamera &camera, const QFont &font) const;

    // The smallest city named at `zoom`: cities of millions at world zoom, towns of 15,000 close.
    static quint32 minimumPopulation(double zoom);

private:
    const CityIndex *m_cities = nullptr;
    Ink m_ink = inkFor(false);
};

} // namespace gig
