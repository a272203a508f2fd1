#include "ui/contrast.h"

#include <QPalette>
#include <algorithm>
#include <cmath>

namespace gig {

namespace {

double channel(double value)
{
    return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF())
        + 0.0722 * channel(rgb.blueF());
}

QColor mix(const QColor &from, const QColor &to, double share)
{
    const auto blend = [share](float a, float b) {
        return a + (b - a) * share;
    };
    return QColor::fromRgbF(blend(from.redF(), to.redF()), blend(from.greenF(), to.greenF()),
        blend(from.blueF(), to.blueF()));
}

} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor mutedTextColor(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Active, QPalette::Text);
    const QColor base = palette.color(QPalette::Active, QPalette::Base);
    // A little above AA, so rounding to 8-bit channels never drops below it.
    const double wanted = ReadableContrast + 0.2;
    if (contrastRatio(text, base) <= wanted)
        return text;
    double readable = 0.0; // a share of the way to Base that still reads
    double tooFar = 1.0;
    for (int step = 0; step < 20; ++step) {
        const double share = (readable + tooFar) / 2.0;
        (contrastRatio(mix(text, base, share), base) >= wanted ? readable : tooFar) = share;
    }
    return mix(text, base, readable);
}

} // namespace gig
