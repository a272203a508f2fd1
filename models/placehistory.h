// The places shown in this session, in order, for Back and Forward, as a browser keeps pages.
#pragma once

#include "models/savedplaces.h"

#include <QList>
#include <optional>

namespace gig {

// Visiting a place after going back drops the places ahead, as in a browser. Visiting the place
// shown now (closer than SavedPlaces::samePlaceMetres) changes nothing, so showing the place
// Back returned does not add it again. At most Capacity places are kept, the oldest dropped.
class PlaceHistory
{
public:
    static constexpr qsizetype Capacity = 50;

    void visit(const SavedPlace &place);
    bool canGoBack() const { return m_current > 0; }
    bool canGoForward() const { return m_current + 1 < m_places.size(); }
    // Moves one place back or forward and returns it; nullopt (and no move) at either end.
    std::optional<SavedPlace> goBack();
    std::optional<SavedPlace> goForward();
    // The place Back or Forward would show, without moving.
    std::optional<SavedPlace> previous() const;
    std::optional<SavedPlace> next() const;
    std::optional<SavedPlace> current() const;

private:
    QList<SavedPlace> m_places;
    qsizetype m_current = -1;
};

} // namespace gig
