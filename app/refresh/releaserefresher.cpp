#include "app/refresh/releaserefresher.h"

#include "app/net/backoff.h"
#include "app/sources/releasebatchquery.h"
#include "app/sources/releasesource.h"
#include "models/gigstore.h"

#include <QLoggingCategory>
#include <QTimer>
#include <algorithm>

Q_LOGGING_CATEGORY(lcReleases, "gigmap.refresh.releases", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace gig {

namespace {

const QString nameKeyPrefix = u"name:"_s;

// What other desktops know the job as: "name:<artist id>" or "release:<MBID>".
QString leaseKey(const QString &jobKey)
{
    return jobKey.startsWith(nameKeyPrefix) ? jobKey : u"release:"_s + jobKey;
}

// The service refused a batched query as asked (too long, too many hits): ask about fewer.
bool isRefusal(const SourceError &error)
{
    return error.kind == SourceError::Kind::InvalidQuery || error.httpStatus == 400
        || error.httpStatus == 413 || error.httpStatus == 414;
}

} // namespace

ReleaseRefresher::ReleaseRefresher(ReleaseSource *source, GigStore *store,
    std::shared_ptr<Clock> clock, const RefreshSettings &settings, QObject *parent)
    : QObject(parent)
    , m_source(source)
    , m_store(store)
    , m_clock(std::move(clock))
    , m_settings(settings)
    , m_rescanTimer(new QTimer(this))
    , m_elsewhereTimer(new QTimer(this))
{
    Q_ASSERT(store && m_clock);
    // What failed is asked again at the next rescan, never in a tight loop.
    connect(m_rescanTimer, &QTimer::timeout, this, &ReleaseRefresher::enqueueLacking);
    m_rescanTimer->start(m_clock->toRealInterval(Clock::Time(m_settings.releaseRescanInterval)));
    // What another desktop is asking about is looked for in the store once a second.
    m_elsewhereTimer->setSingleShot(true);
    m_elsewhereTimer->setInterval(m_clock->toRealInterval(Clock::Time(std::chrono::seconds(1))));
    connect(m_elsewhereTimer, &QTimer::timeout, this, &ReleaseRefresher::recheckElsewhere);
}

ReleaseRefresher::~ReleaseRefresher()
{
    for (const QPointer<SourceReply> &reply : std::as_const(m_inFlight)) {
        if (reply)
            reply->cancel();
    }
    for (const auto &[reply, batch] : std::as_const(m_batchesInFlight)) {
        if (reply)
            reply->cancel();
    }
    for (const auto &[reply, jobs] : std::as_const(m_nameBatchesInFlight)) {
        if (reply)
            reply->cancel();
    }
}

void ReleaseRefresher::setSource(ReleaseSource *source)
{
    QList<Job> again;
    for (auto it = m_inFlight.cbegin(); it != m_inFlight.cend(); ++it) {
        if (it.value())
            it.value()->cancel();
        again.append(m_inFlightJobs.value(it.key()));
    }
    m_inFlight.clear();
    m_inFlightJobs.clear();
    for (const auto &[reply, batch] : std::as_const(m_batchesInFlight)) {
        if (reply)
            reply->cancel();
        m_batches.putBack(batch);
    }
    m_batchesInFlight.clear();
    for (const auto &[reply, jobs] : std::as_const(m_nameBatchesInFlight)) {
        if (reply)
            reply->cancel();
        again.append(jobs);
    }
    m_nameBatchesInFlight.clear();
    m_nameBatchKeys.clear();
    m_source = source;
    for (const Job &job : std::as_const(again))
        enqueue(job);
    if (!batching())
        browseInstead(m_batches.takeAllWaiting());
    reorder();
    pump();
}

void ReleaseRefresher::enqueueLacking()
{
    const int before = pendingCount();
    for (const QString &mbid : m_store->artistsLackingFreshRelease()) {
        // Never known: a batched look-up first. Known but old: the browse checks it.
        if (batching() && !m_store->containsLatestRelease(mbid) && !isKnown(mbid))
            m_batches.add(mbid);
        else
            enqueue({ mbid, Artist { {}, mbid, {}, {} } });
    }
    const QDateTime searchedBefore
        = m_clock->systemNow().addMSecs(-m_settings.nameSearchRetry.count());
    for (const QString &artistId : m_store->artistIds()) {
        if (m_lookedUpByName.contains(artistId))
            continue;
        const Artist artist = m_store->artist(artistId).value;
        if (artist.hasMbid() || artist.name.trimmed().isEmpty())
            continue;
        if (artist.mbidSearchedAt.isValid() && artist.mbidSearchedAt > searchedBefore)
            continue; // searched recently, no match: not again yet
        enqueue({ nameKeyPrefix + artistId, artist });
    }
    reorder();
    notifyPending(before);
    pump();
}

void ReleaseRefresher::setShownLocation(const QString &locationId)
{
    m_shownLocationId = locationId;
    reorder();
}

void ReleaseRefresher::prioritize(const QStringList &mbids)
{
    m_selectedKeys = QSet<QString>(mbids.cbegin(), mbids.cend());
    reorder();
}

bool ReleaseRefresher::isKnown(const QString &key) const
{
    return m_queuedKeys.contains(key) || m_inFlight.contains(key) || m_retrying.contains(key)
        || m_batches.contains(key) || m_nameBatchKeys.contains(key) || m_elsewhere.contains(key);
}

void ReleaseRefresher::enqueue(const Job &job)
{
    if (isKnown(job.key))
        return;
    m_queuedKeys.insert(job.key);
    m_queue.append(job);
}

QSet<QString> ReleaseRefresher::shownKeys() const
{
    QSet<QString> keys;
    if (m_shownLocationId.isEmpty())
        return keys;
    for (const QString &eventId : m_store->eventIdsOf(m_shownLocationId)) {
        for (const QString &artistId : m_store->eventById(eventId).value.lineup) {
            const Artist artist = m_store->artist(artistId).value;
            keys.insert(artist.hasMbid() ? artist.mbid : nameKeyPrefix + artistId);
        }
    }
    return keys;
}

void ReleaseRefresher::reorder()
{
    if (m_queue.size() < 2)
        return;
    const QSet<QString> shown = shownKeys();
    auto rank = [&](const Job &job) {
        if (m_selectedKeys.contains(job.key))
            return 0;
        if (shown.contains(job.key))
            return 1;
        return 2;
    };
    std::stable_sort(m_queue.begin(), m_queue.end(),
        [&](const Job &a, const Job &b) { return rank(a) < rank(b); });
}

void ReleaseRefresher::pump()
{
    while (m_source && inFlightCount() < m_settings.releaseFetchesInFlight) {
        // The selected gig's artists first; then batches, which decide many artists a request.
        const bool urgent = !m_queue.isEmpty() && m_selectedKeys.contains(m_queue.constFirst().key);
        if (!urgent && startNameBatch())
            continue;
        if (!urgent && batching()) {
            const QSet<QString> shown = shownKeys();
            const auto rank = [&](const QString &mbid) {
                return m_selectedKeys.contains(mbid) ? 0 : shown.contains(mbid) ? 1 : 2;
            };
            // While names are looked up, their MBIDs may still fill the first window's batch.
            if (auto batch = m_batches.take(m_source->batchSize(), rank, namesPending())) {
                // Artists another desktop asks about leave the batch; others waiting in its
                // window take their places, so sharing the work does not split the batches.
                QStringList elsewhere;
                QStringList candidates = batch->mbids;
                while (!candidates.isEmpty()) {
                    const qsizetype before = elsewhere.size();
                    for (const QString &mbid : std::as_const(candidates)) {
                        if (!claim({ mbid, Artist { {}, mbid, {}, {} } }))
                            elsewhere.append(mbid);
                    }
                    if (elsewhere.size() == before)
                        break;
                    candidates = m_batches.refill(*batch, elsewhere.size() - before);
                }
                m_batches.withdraw(*batch, elsewhere);
                if (!batch->mbids.isEmpty())
                    startBatch(*batch);
                continue;
            }
        }
        if (m_queue.isEmpty())
            return;
        const Job job = m_queue.takeFirst();
        m_queuedKeys.remove(job.key);
        if (claim(job))
            start(job);
    }
}

bool ReleaseRefresher::batching() const
{
    return m_settings.batchedReleases && m_source && m_source->batchSize() > 0;
}

void ReleaseRefresher::startBatch(const ReleaseBatchPlanner::Batch &batch)
{
    const QDate today = m_clock->systemNow().date();
    const QList<int> years = releaseWindowStartYears(today);
    const int fromYear = years.value(batch.window, years.constLast());
    ReleaseBatchFetch *fetch = m_source->fetchLatestReleases(batch.mbids, fromYear, today);
    ++m_batchesStarted;
    m_batchesInFlight.append({ fetch, batch });
    connect(fetch, &SourceReply::finished, this,
        [this, batch, fetch] { onBatchFinished(batch, fetch); });
}

void ReleaseRefresher::onBatchFinished(
    const ReleaseBatchPlanner::Batch &batch, ReleaseBatchFetch *reply)
{
    const int before = pendingCount();
    m_batchesInFlight.removeIf([reply](const auto &entry) { return entry.first == reply; });
    if (const auto &error = reply->error()) {
        // A query the service refuses as asked is asked again with fewer artists; whatever else
        // went wrong, the browse asks about each artist (with its own retries).
        const bool refused = isRefusal(*error);
        qCInfo(lcReleases).noquote()
            << "a look-up of" << batch.mbids.size() << "latest releases failed:" << toString(*error)
            << (refused ? "(asking fewer at a time)" : "(browsing each)");
        browseInstead(refused ? m_batches.refused(batch) : m_batches.failed(batch));
    } else {
        const ReleaseBatchAnswer &answer = reply->value();
        const QDateTime now = m_clock->systemNow();
        {
            GigStore::Batch write(*m_store);
            for (auto it = answer.decided.cbegin(); it != answer.decided.cend(); ++it) {
                m_store->upsertLatestRelease(LatestRelease { it.key(), it.value() }, now,
                    now.addMSecs(m_settings.releaseLifetime.count()));
            }
        }
        const QList<QString> decided = answer.decided.keys();
        browseInstead(m_batches.answered(batch, QSet<QString>(decided.cbegin(), decided.cend())));
    }
    // The artists decided are done; the others stay this desktop's, on their way to the next
    // window or the browse (where they are claimed again, and released when asked).
    for (const QString &mbid : batch.mbids) {
        if (m_store->latestRelease(mbid).isFresh())
            releaseClaim(mbid, true);
    }
    notifyPending(before);
    pump();
}

void ReleaseRefresher::browseInstead(const QStringList &mbids)
{
    for (const QString &mbid : mbids)
        enqueue({ mbid, Artist { {}, mbid, {}, {} } });
    reorder();
}

void ReleaseRefresher::start(const Job &job)
{
    const bool urgent = m_selectedKeys.contains(job.key);
    const RequestPriority priority
        = urgent ? RequestPriority::Interactive : RequestPriority::Background;
    // An artist found by name joins a batched look-up for its release, unless it is urgent.
    ReleaseFetch *fetch = job.key.startsWith(nameKeyPrefix) && batching() && !urgent
        ? m_source->fetchArtistMbid(job.artist, priority)
        : nullptr;
    if (!fetch)
        fetch = m_source->fetchLatestRelease(job.artist, m_clock->systemNow().date(), priority);
    ++m_fetchesStarted;
    m_inFlight.insert(job.key, fetch);
    m_inFlightJobs.insert(job.key, job);
    connect(fetch, &SourceReply::finished, this, [this, job, fetch] { onFinished(job, fetch); });
}

void ReleaseRefresher::onFinished(const Job &job, SourceReply *reply)
{
    const int before = pendingCount();
    m_inFlight.remove(job.key);
    m_inFlightJobs.remove(job.key);
    const bool byName = job.key.startsWith(nameKeyPrefix);
    if (byName)
        m_lookedUpByName.insert(job.artist.id);

    if (const auto &error = reply->error()) {
        ++m_failures;
        if (!byName)
            m_store->markReleasesStale({ job.key });
        else
            m_lookedUpByName.remove(job.artist.id); // ask again at the next rescan
        qCInfo(lcReleases).noquote()
            << "latest release of" << job.key << "failed:" << toString(*error);
        emit releaseFailed(job.key, *error);
        retryLater(job, *error);
    } else {
        m_failedAttempts.remove(job.key);
        record(job, static_cast<ReleaseFetch *>(reply)->value());
    }
    releaseClaim(job.key, !reply->error());
    notifyPending(before);
    pump();
}

void ReleaseRefresher::record(const Job &job, const ReleaseAnswer &answer)
{
    const QDateTime now = m_clock->systemNow();
    GigStore::Batch write(*m_store);
    if (job.key.startsWith(nameKeyPrefix)) {
        // The answer goes on the artist row: the MBID found, or that (and when) a readable
        // answer named no artist or several. Only a success gets here: a failed search leaves
        // the row as it was and is asked again.
        const Cached<Artist> known = m_store->artist(job.artist.id);
        if (!known.isPending()) {
            Artist artist = known.value;
            artist.mbid = answer.mbid;
            artist.nameSearch = answer.nameSearch;
            artist.mbidSearchedAt = artist.isUnresolved() ? now : QDateTime();
            m_store->upsertArtists({ artist }, known.fetchedAt, known.expiresAt);
        }
    }
    if (answer.mbid.isEmpty())
        return;
    if (answer.releaseAsked) {
        m_store->upsertLatestRelease(LatestRelease { answer.mbid, answer.release }, now,
            now.addMSecs(m_settings.releaseLifetime.count()));
    } else if (!isKnown(answer.mbid) && !m_store->latestRelease(answer.mbid).isFresh()) {
        // Only the MBID was looked up: its release joins a batched look-up, or is browsed.
        if (batching() && !m_store->containsLatestRelease(answer.mbid))
            m_batches.add(answer.mbid);
        else
            enqueue({ answer.mbid, Artist { {}, answer.mbid, {}, {} } });
    }
}

bool ReleaseRefresher::namesPending() const
{
    const auto byName = [](const QString &key) {
        return key.startsWith(nameKeyPrefix);
    };
    return !m_nameBatchKeys.isEmpty()
        || std::any_of(m_queuedKeys.cbegin(), m_queuedKeys.cend(), byName)
        || std::any_of(m_inFlight.keyBegin(), m_inFlight.keyEnd(), byName);
}

bool ReleaseRefresher::startNameBatch()
{
    if (!batching() || m_source->nameBatchSize() <= 0)
        return false;
    const int size = std::min(m_source->nameBatchSize(), m_nameBatchLimit);
    QList<Job> jobs;
    for (qsizetype i = 0; i < m_queue.size() && jobs.size() < size;) {
        const Job &job = m_queue.at(i);
        if (!job.key.startsWith(nameKeyPrefix) || job.alone || m_selectedKeys.contains(job.key)) {
            ++i;
            continue;
        }
        const Job taken = m_queue.takeAt(i);
        m_queuedKeys.remove(taken.key);
        if (!claim(taken))
            continue;
        jobs.append(taken);
        m_nameBatchKeys.insert(taken.key);
    }
    if (jobs.isEmpty())
        return false;
    QList<Artist> artists;
    for (const Job &job : std::as_const(jobs))
        artists.append(job.artist);
    NameBatchFetch *fetch = m_source->fetchArtistMbids(artists);
    ++m_batchesStarted;
    m_nameBatchesInFlight.append({ fetch, jobs });
    connect(fetch, &SourceReply::finished, this,
        [this, jobs, fetch] { onNameBatchFinished(jobs, fetch); });
    return true;
}

void ReleaseRefresher::onNameBatchFinished(const QList<Job> &jobs, NameBatchFetch *reply)
{
    const int before = pendingCount();
    m_nameBatchesInFlight.removeIf([reply](const auto &entry) { return entry.first == reply; });
    for (const Job &job : jobs)
        m_nameBatchKeys.remove(job.key);
    if (const auto &error = reply->error()) {
        // Refused as asked: fewer names at a time. Anything else: each name is searched alone,
        // with the retries of a single search.
        const bool fewer = isRefusal(*error) && jobs.size() > 1;
        qCInfo(lcReleases).noquote()
            << "a search for" << jobs.size() << "artists by name failed:" << toString(*error);
        if (fewer)
            m_nameBatchLimit = int(jobs.size() + 1) / 2;
        for (Job job : jobs) {
            job.alone = !fewer;
            enqueue(job);
        }
        reorder();
    } else {
        QHash<QString, ReleaseAnswer> byArtist;
        for (const ReleaseAnswer &answer : reply->value())
            byArtist.insert(answer.artistId, answer);
        for (const Job &job : jobs) {
            m_lookedUpByName.insert(job.artist.id);
            record(job, byArtist.value(job.artist.id));
        }
    }
    for (const Job &job : jobs)
        releaseClaim(job.key, !reply->error());
    notifyPending(before);
    pump();
}

void ReleaseRefresher::retryLater(const Job &job, const SourceError &error)
{
    if (!isTransient(error))
        return; // asking again soon would get the same answer: the next rescan asks
    const int attempt = m_failedAttempts.value(job.key);
    if (attempt >= m_settings.releaseRetries) {
        m_failedAttempts.remove(job.key); // the next rescan starts a new round
        return;
    }
    m_failedAttempts.insert(job.key, attempt + 1);
    const std::chrono::milliseconds delay
        = randomBackoff(attempt, m_settings.releaseRetryBase, m_settings.releaseRetryCap);
    m_retrying.insert(job.key, job);
    qCDebug(lcReleases).noquote() << "asking for" << job.key << "again in" << delay.count() << "ms";
    QTimer::singleShot(m_clock->toRealInterval(Clock::Time(delay)), this,
        [this, key = job.key] { retryNow(key); });
}

void ReleaseRefresher::retryNow(const QString &key)
{
    const auto it = m_retrying.constFind(key);
    if (it == m_retrying.cend())
        return;
    const Job job = *it;
    m_retrying.erase(it);
    enqueue(job);
    reorder();
    pump();
}

bool ReleaseRefresher::claim(const Job &job)
{
    if (!m_leases || m_leases->claim(leaseKey(job.key)) == WorkLeases::Claim::Granted)
        return true;
    qCDebug(lcReleases).noquote() << "another desktop asks about" << job.key;
    m_elsewhere.insert(job.key, job);
    if (!m_elsewhereTimer->isActive())
        m_elsewhereTimer->start();
    return false;
}

void ReleaseRefresher::releaseClaim(const QString &key, bool done)
{
    if (m_leases)
        m_leases->release(leaseKey(key), done);
}

bool ReleaseRefresher::answeredElsewhere(const Job &job) const
{
    if (!job.key.startsWith(nameKeyPrefix))
        return m_store->latestRelease(job.key).isFresh();
    const Artist artist = m_store->artist(job.artist.id).value;
    const QDateTime searchedBefore
        = m_clock->systemNow().addMSecs(-m_settings.nameSearchRetry.count());
    return artist.hasMbid()
        || (artist.mbidSearchedAt.isValid() && artist.mbidSearchedAt > searchedBefore);
}

void ReleaseRefresher::recheckElsewhere()
{
    const int before = pendingCount();
    const QHash<QString, Job> waiting = std::exchange(m_elsewhere, {});
    for (const Job &job : waiting) {
        if (!answeredElsewhere(job)) {
            enqueue(job);
            continue;
        }
        if (job.key.startsWith(nameKeyPrefix)) {
            // Found by name elsewhere: its release is asked (or read) like any other.
            m_lookedUpByName.insert(job.artist.id);
            const QString mbid = m_store->artist(job.artist.id).value.mbid;
            if (!mbid.isEmpty() && !m_store->latestRelease(mbid).isFresh())
                enqueue({ mbid, Artist { {}, mbid, {}, {} } });
        }
    }
    reorder();
    notifyPending(before);
    pump();
}

void ReleaseRefresher::notifyPending(int before)
{
    const int pending = pendingCount();
    if (pending == before)
        return;
    emit pendingCountChanged(pending);
    if (pending == 0)
        emit idle();
}

} // namespace gig
