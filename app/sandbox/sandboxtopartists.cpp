#include "app/sandbox/sandboxtopartists.h"

#include "app/sandbox/sandboxrandom.h"

#include <QSet>

namespace gig {

QList<SandboxTopArtist> sandboxTopArtists(
    const SandboxWorld &world, quint64 serviceTag, const QString &user, int first, int count)
{
    const quint64 userKey = SandboxRandom::hashString(user.toLower());
    QList<SandboxTopArtist> artists;
    QSet<int> used;
    int plays = 4000 + int(userKey % 3000);
    for (int rank = 0; rank < first + count; ++rank) {
        SandboxRandom dice({ serviceTag, userKey, quint64(rank) });
        int index = dice.chance(2.0 / 3.0) ? int(dice.below(SandboxWorld::touringArtists))
                                           : int(dice.below(SandboxWorld::artistPoolSize));
        while (used.contains(index))
            index = (index + 1) % SandboxWorld::artistPoolSize;
        used.insert(index);
        plays = std::max(1, plays - int(dice.below(40)) - 1);
        if (rank >= first)
            artists.append({ world.artist(index), plays });
    }
    return artists;
}

} // namespace gig
