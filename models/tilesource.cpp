#include "models/tilesource.h"

namespace gig {

TileSource::TileSource(QObject *parent)
    : QObject(parent)
{ }

TileSource::~TileSource() = default;

void TileSource::setDrawsPlaceNames(bool draws)
{
    if (draws == m_drawsPlaceNames)
        return;
    m_drawsPlaceNames = draws;
    emit tilesReplaced();
}

} // namespace gig
