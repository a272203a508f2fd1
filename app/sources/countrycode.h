// The ISO 3166-1 alpha-2 code of a country as a source names it ("UK" → "GB", "Germany" → "DE").
#pragma once

#include <QString>

namespace gig {

// The two-letter code of the country `name` names: a code itself ("US"), an English name as
// Qt's locale data writes it ("Germany", "United States"), or a few names the sources use that
// differ from it ("UK", "USA"). Empty when the name is not known: a country is never guessed.
QString isoCountryCode(QStringView name);

} // namespace gig
