// The map as a screen reader meets it.
#pragma once

namespace gig {

// Makes the map (gig::MapView) a canvas to assistive technology, named and described by the
// view itself (its accessibleName and accessibleDescription). Once per process; idempotent.
void installMapAccessibility();

} // namespace gig
