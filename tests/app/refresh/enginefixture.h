// A refresh engine wired to an in-process SandboxServer on loopback, on a sped-up clock, for the
// refresh tests: real sources, a real RequestQueue, a real GigStore.
#pragma once

#include "app/net/clock.h"
#include "app/net/requestqueue.h"
#include "app/refresh/locationregistry.h"
#include "app/refresh/releaserefresher.h"
#include "app/sandbox/sandboxserver.h"
#include "app/sources/musicbrainzsource.h"
#include "app/sources/songkicksource.h"
#include "app/sources/ticketmastersource.h"
#include "models/gigstore.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <algorithm>
#include <memory>

namespace gig::testing {

struct EngineFixture
{
    // `speed`: how many logical seconds pass per real second.
    explicit EngineFixture(double speed, RefreshSettings refresh = {})
        : EngineFixture(std::make_shared<Clock>(speed), refresh)
    { }

    // On a clock of the test's own (one that can also jump ahead, say).
    explicit EngineFixture(std::shared_ptr<Clock> engineClock, RefreshSettings refresh = {})
        : clock(std::move(engineClock))
        , settings(refresh)
    {
        sandbox.setRealism(false);
        sandbox.setSeed(7);
        sandbox.setNow(clock->systemNow());
        if (!sandbox.listen())
            qFatal("the sandbox cannot listen on loopback");
        queue = std::make_unique<RequestQueue>(clock);
        queue->setSettingsFile(dir.filePath(QStringLiteral("budget.ini")));
        queue->setCacheDirectory({});
        // The services' real rates, on the sped-up clock. Timeouts are another matter: a loaded
        // test machine (a parallel suite, a sanitizer build) may take a real second or more to
        // answer, and a request cut by a timeout the test did not ask for makes the request
        // counts wrong. So transfers get at least 30 real seconds here; tests of timeouts set
        // their own.
        const auto transferLimit = std::max<std::chrono::milliseconds>(
            std::chrono::minutes(10), std::chrono::milliseconds(qint64(30'000 * clock->speed())));
        for (const QString &lane : { TicketmasterSource::laneName(), SongkickSource::laneName(),
                 MusicBrainzSource::laneName() }) {
            LanePolicy policy = LanePolicy::defaultFor(lane);
            policy.transferTimeout = transferLimit;
            policy.transferDeadline = transferLimit;
            policy.dailyBudget = 0;
            queue->setLanePolicy(lane, policy);
        }
        store.setClock([c = clock] { return c->systemNow(); });
        ticketmaster = std::make_unique<TicketmasterSource>(queue.get(),
            TicketmasterSource::Config {
                sandbox.serviceRoot(SandboxService::Ticketmaster), QStringLiteral("test-key") });
        songkick = std::make_unique<SongkickSource>(queue.get(),
            SongkickSource::Config {
                sandbox.serviceRoot(SandboxService::Songkick), QStringLiteral("test-key") });
        MusicBrainzSource::Config mb;
        mb.baseUrl = sandbox.serviceRoot(SandboxService::MusicBrainz);
        musicbrainz = std::make_unique<MusicBrainzSource>(queue.get(), mb);
        releases = std::make_unique<ReleaseRefresher>(musicbrainz.get(), &store, clock, settings);
        registry = std::make_unique<LocationRegistry>(
            ticketmaster.get(), &store, releases.get(), clock, settings);
    }

    // Every time an artist MBID was asked about (first pages only): by a browse (an empty second)
    // or named by a batched search (its query's window, e.g. "firstreleasedate:[2025 TO …]").
    QList<std::pair<QString, QString>> releaseAsks() const
    {
        static const QRegularExpression arid(QStringLiteral("arid:\\(([^)]*)\\)"));
        static const QRegularExpression window(QStringLiteral("firstreleasedate:\\S+ TO \\S+"));
        QList<std::pair<QString, QString>> asks;
        for (const SandboxRequest &request : sandbox.requestLog()) {
            if (request.service != SandboxService::MusicBrainz
                || !request.path.endsWith(QStringLiteral("/release-group"))
                || request.query.queryItemValue(QStringLiteral("offset")).toInt() != 0)
                continue;
            const QString query = QUrl::fromPercentEncoding(
                request.query.queryItemValue(QStringLiteral("query"), QUrl::FullyEncoded).toUtf8());
            if (query.isEmpty()) {
                asks.append({ request.query.queryItemValue(QStringLiteral("artist")), QString() });
                continue;
            }
            const QString span = window.match(query).hasMatch() ? window.match(query).captured(0)
                                                                : QStringLiteral("whole history");
            for (const QString &mbid : arid.match(query).captured(1).split(QStringLiteral(" OR ")))
                asks.append({ mbid, span });
        }
        return asks;
    }

    QTemporaryDir dir;
    std::shared_ptr<Clock> clock;
    RefreshSettings settings;
    SandboxServer sandbox;
    GigStore store;
    std::unique_ptr<RequestQueue> queue;
    std::unique_ptr<TicketmasterSource> ticketmaster;
    std::unique_ptr<SongkickSource> songkick;
    std::unique_ptr<MusicBrainzSource> musicbrainz;
    std::unique_ptr<ReleaseRefresher> releases;
    std::unique_ptr<LocationRegistry> registry;
};

} // namespace gig::testing
