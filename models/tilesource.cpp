#include "models/tilesource.h"

namespace gig {

TileSource::TileSource(QObject *parent)
    : QObject(parent)
{ }

TileSource::~TileSource() = default;

} // namespace gig
