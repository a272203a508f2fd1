// The window's colours: the system's, or light or dark whatever the system says.
#pragma once

#include "models/appsettings.h"

#include <QPalette>

namespace gig {

// A dark palette whose every pair of text and background keeps to WCAG AA (4.5:1).
QPalette darkPalette();

// Sets the application's palette for `scheme`: the palette the application started with for
// ColorScheme::System, the style's standard (light) one, or darkPalette(). Widgets, the map and
// its offline basemap follow through their palette-change events.
void applyColorScheme(ColorScheme scheme);

} // namespace gig
