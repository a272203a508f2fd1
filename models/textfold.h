// Text compared as a person reads it: without case and accents ("Bjork" finds "Björk").
#pragma once

#include <QString>

namespace gig {

// Case-folds and strips diacritics (NFKD, then the non-spacing marks dropped).
QString foldForSearch(const QString &text);

// foldForSearch() of the one character `c` of Latin-1 (below U+0100): text within Latin-1 folds
// character by character ("ß" → "ss", "É" → "e").
const QString &foldLatin1(char16_t c);

} // namespace gig
