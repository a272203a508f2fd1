#include "models/localeformat.h"

#include <QCoreApplication>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

constexpr double MetresPerMile = 1609.344;
constexpr double MetresPerFoot = 0.3048;

// The longest of 1, 2 or 5 × 10^n no greater than `most` (most > 0).
double roundDown125(double most)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(most)));
    for (const double step : { 5.0, 2.0, 1.0 }) {
        if (step * magnitude <= most)
            return step * magnitude;
    }
    return magnitude;
}

} // namespace

bool usesMiles(const QLocale &locale)
{
    return locale.measurementSystem() != QLocale::MetricSystem;
}

QString distanceText(double km, const QLocale &locale)
{
    if (usesMiles(locale))
        //: A distance in miles.
        return QCoreApplication::translate("gig::LocaleFormat", "%1 mi")
            .arg(locale.toString(km * 1000.0 / MetresPerMile, 'f', 1));
    //: A distance in kilometres.
    return QCoreApplication::translate("gig::LocaleFormat", "%1 km")
        .arg(locale.toString(km, 'f', 1));
}

QString timeText(QTime time, const QLocale &locale)
{
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(u":ss"_s).remove(u".ss"_s);
    return locale.toString(time, format);
}

ScaleStep scaleStep(double maxMetres, const QLocale &locale)
{
    if (!(maxMetres > 0))
        return {};
    if (usesMiles(locale)) {
        if (maxMetres >= MetresPerMile) {
            const double miles = roundDown125(maxMetres / MetresPerMile);
            return { miles * MetresPerMile,
                QCoreApplication::translate("gig::LocaleFormat", "%1 mi")
                    .arg(locale.toString(miles)) };
        }
        const double feet = roundDown125(maxMetres / MetresPerFoot);
        //: Feet, on the map's scale bar.
        return { feet * MetresPerFoot,
            QCoreApplication::translate("gig::LocaleFormat", "%1 ft").arg(locale.toString(feet)) };
    }
    const double metres = roundDown125(maxMetres);
    if (metres >= 1000)
        return { metres,
            QCoreApplication::translate("gig::LocaleFormat", "%1 km")
                .arg(locale.toString(metres / 1000.0)) };
    //: Metres, on the map's scale bar.
    return { metres,
        QCoreApplication::translate("gig::LocaleFormat", "%1 m").arg(locale.toString(metres)) };
}

} // namespace gig
