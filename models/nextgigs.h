// The next gig of each of my artists among the gigs gigmap has seen (every place it holds).
#pragma once

#include "models/event.h"
#include "models/followedartist.h"

#include <QList>
#include <optional>

namespace gig {

class GigStore;

// For each artist of `artists` (in its order), the soonest gig of `store` that is neither
// cancelled nor over at the store's now() and has the artist on its lineup (matched as MyArtistSet
// matches), or nothing when the store holds none.
QList<std::optional<Event>> nextGigsOf(const QList<FollowedArtist> &artists, const GigStore &store);

} // namespace gig
