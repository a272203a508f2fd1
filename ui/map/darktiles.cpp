#include "ui/map/darktiles.h"

#include <algorithm>

namespace gig {

namespace {

// Lifts the blacks: 0 becomes Floor, 255 stays 255.
constexpr int Floor = 32;

int lift(int value)
{
    return Floor + value * (255 - Floor) / 255;
}

} // namespace

QRgb darkenedColor(QRgb color)
{
    // Turning HSL lightness L into 1 − L keeps hue and chroma: every channel moves by
    // 255 − max − min.
    const int r = qRed(color);
    const int g = qGreen(color);
    const int b = qBlue(color);
    const int shift = 255 - std::max({ r, g, b }) - std::min({ r, g, b });
    return qRgba(lift(r + shift), lift(g + shift), lift(b + shift), qAlpha(color));
}

QImage darkenedTile(const QImage &tile)
{
    if (tile.isNull())
        return tile;
    const bool alpha = tile.hasAlphaChannel();
    // Straight (not premultiplied) alpha, so the channels are the colour itself.
    QImage image = tile.convertToFormat(alpha ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        std::transform(line, line + image.width(), line, darkenedColor);
    }
    return alpha ? image.convertToFormat(QImage::Format_ARGB32_Premultiplied) : image;
}

} // namespace gig
