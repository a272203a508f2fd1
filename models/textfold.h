// Text compared as a person reads it: without case and accents ("Bjork" finds "Björk").
#pragma once

#include <QString>

namespace gig {

// Case-folds and strips diacritics (NFKD, then the non-spacing marks dropped).
QString foldForSearch(const QString &text);

} // namespace gig
