// gigmap's application icon (a map pin holding two notes), compiled into gigmap_ui for every
// window.
#pragma once

#include <QIcon>

namespace gig {

// The icon drawn from its SVG source (packaging/icons), kept as the resource ":/icons/gigmap.svg".
// Rendering it needs Qt's SVG icon engine plugin at run time.
QIcon applicationIcon();

} // namespace gig
