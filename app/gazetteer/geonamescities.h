// The cities of the offline gazetteer: GeoNames' cities of 15,000 people or more (about 24,000),
// read from Debian's libgeonames, which carries them in the library itself (no file, no network).
#pragma once

#include "models/city.h"

#include <QList>

namespace gig {

// Every city libgeonames knows, in its order; names in the language libgeonames reads from the
// environment (English when it has no translation). About 20 ms.
QList<City> loadGeonamesCities();

} // namespace gig
