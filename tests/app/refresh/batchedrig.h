// The rig of the batched look-up tests: a store of artists, a fast MusicBrainz lane and a
// release refresher on the sandbox, batched or per artist, and what it answered.
#pragma once

#include "app/net/requestqueue.h"
#include "app/refresh/releaserefresher.h"
#include "app/sandbox/sandboxserver.h"
#include "app/sandbox/sandboxworld.h"
#include "app/sources/musicbrainzsource.h"
#include "fastlane.h"
#include "models/gigstore.h"

#include <QSignalSpy>
#include <QUrlQuery>

namespace gig::test {

using namespace Qt::StringLiterals;

using Answers = QHash<QString, std::optional<Release>>;

// The first `artistCount` of the sandbox's artists with an MBID (first slot); some share
// release groups.
inline QStringList askedMbids(const SandboxWorld &world, int artistCount)
{
    QStringList mbids;
    for (int index = 0; mbids.size() < artistCount; ++index) {
        if (!world.artist(index).mbids.isEmpty())
            mbids.append(world.artist(index).mbids.constFirst());
    }
    return mbids;
}

// A store holding the artists, a fast MusicBrainz lane, a refresher on the sandbox.
struct Rig
{
    Rig(SandboxServer &sandbox, bool batched, int batchArtists = releaseBatchArtists)
    {
        useFastMusicBrainzLane(queue);
        MusicBrainzSource::Config config;
        config.baseUrl = sandbox.serviceRoot(SandboxService::MusicBrainz);
        config.batchArtists = batchArtists;
        source = std::make_unique<MusicBrainzSource>(&queue, config);
        settings.batchedReleases = batched;
        settings.releaseRetryBase = std::chrono::milliseconds(1);
        settings.releaseRetryCap = std::chrono::milliseconds(5);
        refresher
            = std::make_unique<ReleaseRefresher>(source.get(), &store, Clock::system(), settings);
    }

    void addArtists(const QStringList &mbids)
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<Artist> artists;
        for (const QString &mbid : mbids)
            artists.append(Artist { u"a:"_s + mbid, mbid, u"Artist"_s, {} });
        store.upsertArtists(artists, now, now.addDays(1));
    }

    // Asks about every artist and waits until nothing is pending.
    bool run()
    {
        QSignalSpy idle(refresher.get(), &ReleaseRefresher::idle);
        refresher->enqueueLacking();
        return refresher->isIdle() || idle.wait(60000);
    }

    Answers answers(const QStringList &mbids) const
    {
        Answers answers;
        for (const QString &mbid : mbids) {
            if (store.containsLatestRelease(mbid))
                answers.insert(mbid, store.latestRelease(mbid).value.release);
        }
        return answers;
    }

    RequestQueue queue;
    GigStore store;
    RefreshSettings settings;
    std::unique_ptr<MusicBrainzSource> source;
    std::unique_ptr<ReleaseRefresher> refresher;
};

inline int searches(const QList<SandboxRequest> &log)
{
    return int(std::count_if(log.cbegin(), log.cend(), [](const SandboxRequest &r) {
        return r.service == SandboxService::MusicBrainz && r.query.hasQueryItem(u"query"_s);
    }));
}

inline QString describe(const std::optional<Release> &release)
{
    return release ? u"%1 (%2, %3)"_s.arg(
               release->title, releaseTypeName(release->type), release->date.toString())
                   : u"none"_s;
}

} // namespace gig::test
