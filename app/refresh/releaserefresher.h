// One de-duplicated queue of artists whose latest release is missing or old, across every
// watched place: the selected gig's lineup first, then the shown place's artists, then the rest.
// It feeds the MusicBrainz lane at its pace and never asks twice for an artist while one ask runs.
#pragma once

#include "app/net/clock.h"
#include "app/refresh/refreshsettings.h"
#include "app/refresh/releasebatchplanner.h"
#include "app/refresh/workleases.h"
#include "app/sources/releasesource.h"
#include "app/sources/sourceerror.h"
#include "models/artist.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <climits>
#include <memory>

class QTimer;

namespace gig {

class GigStore;
class SourceReply;

class ReleaseRefresher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReleaseRefresher)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY pendingCountChanged)

public:
    ReleaseRefresher(ReleaseSource *source, GigStore *store, std::shared_ptr<Clock> clock,
        const RefreshSettings &settings, QObject *parent = nullptr);
    ~ReleaseRefresher() override;

    // Moves to another source: asks in flight are cancelled and queued again for it.
    void setSource(ReleaseSource *source);
    // Desktops sharing a cache (nullptr: none, the default): each artist is claimed before it is
    // asked about; one another desktop asks about waits here until its answer arrives in the
    // store (or the other desktop gives up). Not owned.
    void setLeases(WorkLeases *leases) { m_leases = leases; }

    // Queues every MBID the store lacks a fresh release for, and every artist without an MBID
    // not yet looked up by name this session. Called after each event refresh.
    void enqueueLacking();
    // The shown place's artists go before the others.
    void setShownLocation(const QString &locationId);
    // The selected gig's artists (by MBID) jump ahead of everything.
    void prioritize(const QStringList &mbids);

    // Queued, in flight, or waiting to be asked again after a failure; artists waiting for a
    // batched look-up or in one count one each.
    int pendingCount() const
    {
        return int(m_queue.size() + m_inFlight.size() + m_retrying.size() + m_nameBatchKeys.size()
                   + m_elsewhere.size())
            + m_batches.pendingCount();
    }
    bool isIdle() const { return pendingCount() == 0; }
    int fetchesStarted() const { return m_fetchesStarted; }
    int batchesStarted() const { return m_batchesStarted; }
    int failures() const { return m_failures; }

signals:
    void pendingCountChanged(int pending);
    void idle(); // nothing queued and nothing in flight
    void releaseFailed(const QString &key, const gig::SourceError &error);

private:
    struct Job
    {
        QString key; // the MBID, or "name:" + artist id for a lookup by name
        Artist artist;
        bool alone = false; // a name searched on its own (its batched search failed)
    };

    void enqueue(const Job &job);
    void reorder();
    void pump();
    void start(const Job &job);
    void onFinished(const Job &job, SourceReply *reply);
    bool batching() const;
    bool isKnown(const QString &key) const; // queued, in flight, retrying or batched
    void startBatch(const ReleaseBatchPlanner::Batch &batch);
    void onBatchFinished(const ReleaseBatchPlanner::Batch &batch, ReleaseBatchFetch *reply);
    // Writes what an answer says: the artist row after a search by name, then the release, or
    // the MBID found on its way to a batched look-up.
    void record(const Job &job, const ReleaseAnswer &answer);
    bool namesPending() const; // names queued, in flight or in a batched search
    bool startNameBatch(); // false when no name waits to be batched
    void onNameBatchFinished(const QList<Job> &jobs, NameBatchFetch *reply);
    // Artists a batched look-up left undecided (or failed for) go to the per-artist browse.
    void browseInstead(const QStringList &mbids);
    int inFlightCount() const
    {
        return int(m_inFlight.size() + m_batchesInFlight.size() + m_nameBatchesInFlight.size());
    }
    // After a failure: asks again after a backoff, unless the retries are spent (then the next
    // rescan asks) or the failure will not go away by asking again.
    void retryLater(const Job &job, const SourceError &error);
    void retryNow(const QString &key);
    QSet<QString> shownKeys() const;
    void notifyPending(int before);
    // Claims the job's artist; one claimed elsewhere waits in m_elsewhere. True: ask now.
    bool claim(const Job &job);
    void releaseClaim(const QString &key, bool done);
    // The artists other desktops were asked about: those whose answer has arrived are done, the
    // others are queued again (and claimed again when their turn comes).
    void recheckElsewhere();
    bool answeredElsewhere(const Job &job) const;

    QPointer<ReleaseSource> m_source;
    GigStore *m_store;
    std::shared_ptr<Clock> m_clock;
    RefreshSettings m_settings;
    QTimer *m_rescanTimer;
    QList<Job> m_queue;
    QSet<QString> m_queuedKeys;
    QHash<QString, QPointer<SourceReply>> m_inFlight; // key → fetch
    QHash<QString, Job> m_inFlightJobs;
    QHash<QString, Job> m_retrying; // key → job waiting for its backoff to end
    QHash<QString, int> m_failedAttempts; // key → failures in a row, while it is retried
    ReleaseBatchPlanner m_batches;
    QList<std::pair<QPointer<SourceReply>, ReleaseBatchPlanner::Batch>> m_batchesInFlight;
    QList<std::pair<QPointer<SourceReply>, QList<Job>>> m_nameBatchesInFlight;
    QSet<QString> m_nameBatchKeys; // name jobs in a batched search
    WorkLeases *m_leases = nullptr;
    QHash<QString, Job> m_elsewhere; // key → job another desktop is doing
    QTimer *m_elsewhereTimer;
    int m_nameBatchLimit = INT_MAX; // fewer names a search once one was refused
    QSet<QString> m_lookedUpByName; // artist ids searched by name this session
    QSet<QString> m_selectedKeys;
    QString m_shownLocationId;
    int m_fetchesStarted = 0;
    int m_failures = 0;
    int m_batchesStarted = 0;
};

} // namespace gig
