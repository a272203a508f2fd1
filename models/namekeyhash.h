// A number for the key normalizedGigName() gives a name, computed without making the key for
// most names: matching my artists against a hundred thousand lineup entries asks it of every
// name, and folding each into a new string was most of that cost.
#pragma once

#include <QStringView>
#include <QtGlobal>

namespace gig {

// FNV-1a (64 bits) over the key's UTF-16 code units.
quint64 nameKeyHash(QStringView key);

// nameKeyHash(normalizedGigName(name)), always. A name in ASCII is read once, without making a
// string; any other name is folded by normalizedGigName().
quint64 gigNameKeyHash(const QString &name);

} // namespace gig
