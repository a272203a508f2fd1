// Raster tiles for a dark map.
#pragma once

#include <QImage>

namespace gig {

// The tile with each pixel's lightness turned over (HSL), its hue and colourfulness kept, and
// the blacks lifted a little: light land turns dark grey, pale water dark teal, dark labels
// light. Formats other than RGB32 and ARGB32_Premultiplied are converted first.
QImage darkenedTile(const QImage &tile);

// One colour as darkenedTile() turns it.
QRgb darkenedColor(QRgb color);

} // namespace gig
