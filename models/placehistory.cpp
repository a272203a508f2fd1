#include "models/placehistory.h"

namespace gig {

namespace {

bool samePlace(const SavedPlace &a, const SavedPlace &b)
{
    return a.coordinate.distanceTo(b.coordinate) < SavedPlaces::samePlaceMetres;
}

} // namespace

void PlaceHistory::visit(const SavedPlace &place)
{
    if (!place.coordinate.isValid())
        return;
    if (m_current >= 0 && samePlace(m_places[m_current], place)) {
        m_places[m_current] = place; // a better name or another radius for the same spot
        return;
    }
    m_places.resize(m_current + 1);
    m_places.append(place);
    if (m_places.size() > Capacity)
        m_places.removeFirst();
    m_current = m_places.size() - 1;
}

std::optional<SavedPlace> PlaceHistory::goBack()
{
    if (!canGoBack())
        return std::nullopt;
    return m_places[--m_current];
}

std::optional<SavedPlace> PlaceHistory::goForward()
{
    if (!canGoForward())
        return std::nullopt;
    return m_places[++m_current];
}

std::optional<SavedPlace> PlaceHistory::previous() const
{
    return canGoBack() ? std::optional(m_places[m_current - 1]) : std::nullopt;
}

std::optional<SavedPlace> PlaceHistory::next() const
{
    return canGoForward() ? std::optional(m_places[m_current + 1]) : std::nullopt;
}

std::optional<SavedPlace> PlaceHistory::current() const
{
    return m_current >= 0 ? std::optional(m_places[m_current]) : std::nullopt;
}

} // namespace gig
