// A made-up listener's most played artists, the same at every call, for the sandbox's
// ListenBrainz and Last.fm: two in three from the touring artists (so they play the places a
// person picks), the rest from the whole pool, each once, plays falling with the rank.
#pragma once

#include "app/sandbox/sandboxworld.h"

#include <QList>

namespace gig {

struct SandboxTopArtist
{
    SandboxArtist artist;
    int plays = 0;
};

// Ranks [first, first + count) of `user`'s artists on the service `serviceTag` names.
QList<SandboxTopArtist> sandboxTopArtists(
    const SandboxWorld &world, quint64 serviceTag, const QString &user, int first, int count);

} // namespace gig
