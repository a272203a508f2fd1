// Times and distances as the person's locale writes them (the exports stay locale-free).
#pragma once

#include <QLocale>
#include <QString>
#include <QTime>

namespace gig {

// Whether the locale measures road distances in miles (the United States, the United Kingdom
// and a few others).
bool usesMiles(const QLocale &locale = QLocale());

// "8.5 km", or "5.3 mi" where miles are used, with the locale's decimal sign.
QString distanceText(double km, const QLocale &locale = QLocale());

// A time of day in the locale's short form without seconds: "20:30", "8:30 PM".
QString timeText(QTime time, const QLocale &locale = QLocale());

// The map's scale bar: the longest round distance (1, 2 or 5 × 10^n metres or kilometres, or
// feet or miles) no longer than `maxMetres`, its length in metres and its label ("500 m",
// "2 km", "1,000 ft", "5 mi").
struct ScaleStep
{
    double metres = 0;
    QString label;
};
ScaleStep scaleStep(double maxMetres, const QLocale &locale = QLocale());

} // namespace gig
