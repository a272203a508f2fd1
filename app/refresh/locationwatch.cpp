#include "app/refresh/locationwatch.h"

#include "app/refresh/workleases.h"
#include "app/sources/eventsource.h"
#include "models/gigstore.h"

#include <QLoggingCategory>
#include <QSet>
#include <QTimer>
#include <algorithm>

Q_LOGGING_CATEGORY(lcWatch, "gigmap.refresh", QtInfoMsg)

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace gig {

namespace {

// A failed refresh is never retried sooner than this, whatever the jitter drew.
constexpr std::chrono::milliseconds minimumRetryDelay = 1s;

} // namespace

QString watchStateName(LocationWatch::State state)
{
    switch (state) {
    case LocationWatch::State::Fresh:
        return u"fresh"_s;
    case LocationWatch::State::Refreshing:
        return u"refreshing"_s;
    case LocationWatch::State::Stale:
        return u"stale"_s;
    case LocationWatch::State::Failing:
        return u"failing"_s;
    }
    Q_UNREACHABLE();
    return {};
}

LocationWatch::LocationWatch(const Location &place, EventSource *source, GigStore *store,
    std::shared_ptr<Clock> clock, const RefreshSettings &settings, QObject *parent)
    : QObject(parent)
    , m_place(place)
    , m_source(source)
    , m_store(store)
    , m_clock(std::move(clock))
    , m_settings(settings)
    , m_restart(settings.restart)
    , m_refreshTimer(new QTimer(this))
    , m_expiryTimer(new QTimer(this))
{
    Q_ASSERT(store && m_clock);
    m_refreshTimer->setSingleShot(true);
    m_expiryTimer->setSingleShot(true);
    connect(m_refreshTimer, &QTimer::timeout, this, &LocationWatch::refresh);
    connect(m_expiryTimer, &QTimer::timeout, this, [this] {
        if (m_shown) // being looked at: not idle
            restartExpiry();
        else
            emit expired();
    });
    m_store->watchLocation(m_place);
    // What the store already knew about the place (its metro area, say) is kept.
    const Location known = m_store->location(m_place.id).value;
    if (m_place.metroArea.isEmpty())
        m_place.metroArea = known.metroArea;
}

LocationWatch::~LocationWatch()
{
    if (m_fetch)
        m_fetch->cancel();
}

void LocationWatch::start()
{
    restartExpiry();
    if (!storeHasFreshData()) {
        refresh();
        return;
    }
    setState(State::Fresh);
    const QDateTime due = m_store->location(m_place.id).fetchedAt.addMSecs(interval().count());
    scheduleRefresh(std::max(0ms, std::chrono::milliseconds(m_clock->systemNow().msecsTo(due))));
}

bool LocationWatch::storeHasFreshData() const
{
    return m_store->location(m_place.id).isFresh();
}

std::chrono::milliseconds LocationWatch::interval() const
{
    return m_shown ? m_settings.shownInterval : m_settings.backgroundInterval;
}

void LocationWatch::setShown(bool shown)
{
    if (shown == m_shown)
        return;
    m_shown = shown;
    restartExpiry();
    if (m_fetch || m_state != State::Fresh)
        return; // a refresh runs, or a retry is already scheduled by the backoff
    // The interval changed: the next refresh is due one new interval after the last one.
    const QDateTime due = m_store->location(m_place.id).fetchedAt.addMSecs(interval().count());
    const auto left = std::chrono::milliseconds(m_clock->systemNow().msecsTo(due));
    if (left <= 0ms)
        refresh();
    else
        scheduleRefresh(left);
}

void LocationWatch::setSaved(bool saved)
{
    m_saved = saved;
    restartExpiry();
}

void LocationWatch::refreshNow()
{
    m_restart.reset();
    refresh();
}

void LocationWatch::stop()
{
    m_stopped = true;
    m_refreshTimer->stop();
    m_expiryTimer->stop();
    m_nextRefreshAt = {};
    // A fetch that has just ended may have its finished() on the way: cancelling drops it.
    if (m_fetch) {
        m_fetch->cancel();
        if (m_leases)
            m_leases->release(leaseKey(), false);
    }
    m_fetch = nullptr;
}

void LocationWatch::restartExpiry()
{
    if (m_stopped)
        return;
    if (m_saved) {
        m_expiryTimer->stop();
        return;
    }
    m_expiryTimer->start(m_clock->toRealInterval(Clock::Time(m_settings.idleExpiry)));
}

void LocationWatch::refresh()
{
    if (m_fetch || m_stopped)
        return; // one refresh at a time; none once stopped
    m_refreshTimer->stop();
    m_nextRefreshAt = {};
    if (!m_source) {
        applyFailure({ SourceError::Kind::Unavailable, tr("No gig source is configured."), 0 });
        return;
    }
    setState(State::Refreshing);
    if (!claimRefresh())
        return;
    const QDate today = m_clock->systemNow().date();
    EventQuery query;
    query.centre = m_place.coordinate;
    query.radiusKm = m_place.radiusKm;
    query.from = today;
    query.to = today.addDays(m_settings.horizonDays);
    ++m_refreshCount;
    qCDebug(lcWatch) << "refreshing" << m_place.id << "from" << m_source->name();
    EventFetch *fetch = m_source->fetchEvents(
        query, m_shown ? RequestPriority::Interactive : RequestPriority::Background);
    m_fetch = fetch;
    connect(fetch, &SourceReply::finished, this, &LocationWatch::onFetchFinished);
}

bool LocationWatch::claimRefresh()
{
    if (!m_leases || m_leases->claim(leaseKey()) == WorkLeases::Claim::Granted)
        return true;
    // Another desktop refreshes the place, or just has: its gigs come through the shared cache,
    // the place's row and its gigs' rows each as they arrive. It is refreshed once all are here.
    const auto gigsHere = [this] {
        const Location known = m_store->location(m_place.id).value;
        return std::all_of(known.eventIds.cbegin(), known.eventIds.cend(),
            [this](const QString &id) { return m_store->containsEvent(id); });
    };
    if (storeHasFreshData() && gigsHere()) {
        qCDebug(lcWatch) << m_place.id << "was refreshed by another desktop";
        m_restart.recordSuccess();
        m_lastError.clear();
        setState(State::Fresh);
        emit refreshed();
        const QDateTime due = m_store->location(m_place.id).fetchedAt.addMSecs(interval().count());
        scheduleRefresh(
            std::max(1000ms, std::chrono::milliseconds(m_clock->systemNow().msecsTo(due))));
    } else {
        scheduleRefresh(1000ms); // look again soon; the lease lapses if its desktop is gone
    }
    return false;
}

QString LocationWatch::leaseKey() const
{
    return u"place:"_s + m_place.id;
}

void LocationWatch::onFetchFinished()
{
    auto *fetch = static_cast<EventFetch *>(m_fetch.data());
    m_fetch = nullptr;
    if (!fetch)
        return;
    if (m_leases)
        m_leases->release(leaseKey(), !fetch->error());
    if (fetch->error()) {
        applyFailure(*fetch->error());
        return;
    }
    try {
        const EventBatch &batch = fetch->value();
        const QDateTime now = m_clock->systemNow();
        const QDateTime expires = now.addMSecs(m_settings.eventLifetime.count());
        Location place = m_place;
        place.eventIds.clear();
        place.eventIds.reserve(batch.events.size());
        for (const Event &event : batch.events)
            place.eventIds.append(event.id);
        QStringList unconfirmed; // known gigs the lost pages may have listed: kept, and stale
        if (!batch.hasEveryPage()) {
            const QSet<QString> listed(place.eventIds.cbegin(), place.eventIds.cend());
            for (const QString &id : m_store->eventIdsOf(m_place.id)) {
                if (!listed.contains(id))
                    unconfirmed.append(id);
            }
            place.eventIds += unconfirmed;
        }
        if (!batch.metroArea.isEmpty())
            place.metroArea = m_place.metroArea = batch.metroArea;
        {
            GigStore::Batch write(*m_store);
            m_store->upsertEvents(batch.events, now, expires);
            m_store->upsertArtists(withSearchedMbids(batch.artists), now, expires);
            m_store->upsertLocation(place, now, expires);
            if (!batch.hasEveryPage()) {
                m_store->markLocationStale(m_place.id);
                m_store->markEventsStale(unconfirmed);
            }
        }
        if (!batch.complete)
            qCInfo(lcWatch) << m_place.id << "the source could not list every gig";
        m_missingPages = batch.missingPages;
        m_sourceStates = batch.sources;
    } catch (const std::exception &e) {
        applyFailure({ SourceError::Kind::BadResponse,
            tr("Storing the answer failed: %1").arg(QString::fromLocal8Bit(e.what())), 0 });
        return;
    }
    if (!m_missingPages.isEmpty()) {
        applyMissingPages();
        return;
    }
    m_restart.recordSuccess();
    m_lastError.clear();
    setState(State::Fresh);
    emit refreshed();
    scheduleRefresh(interval());
}

void LocationWatch::applyMissingPages()
{
    const auto decision = m_restart.recordFailure(RestartPolicy::TimePoint(m_clock->now()));
    const auto retryIn = std::max(decision.delay, minimumRetryDelay);
    const QString failedSources = failedSourcesText(m_sourceStates);
    m_lastError = failedSources.isEmpty()
        ? tr("Some pages of gigs from %1 could not be read (%n missing); the others are shown and "
             "gigmap asks again in %2.",
            nullptr, int(m_missingPages.size()))
              .arg(serviceName(), waitInWords(retryIn))
        : tr("%1 The gigs of the other sources are shown, and gigmap asks again in %2.")
              .arg(failedSources, waitInWords(retryIn));
    qCInfo(lcWatch).noquote() << m_place.id << m_missingPages.size() << "pages lost — next try in"
                              << decision.delay.count() / 1000.0 << "s";
    setState(decision.parked ? State::Failing : State::Stale);
    emit refreshed();
    scheduleRefresh(retryIn);
}

QList<Artist> LocationWatch::withSearchedMbids(QList<Artist> artists) const
{
    for (Artist &artist : artists) {
        if (artist.hasMbid() || !m_store->containsArtist(artist.id))
            continue;
        // What a search by name found stays; an MBID of unknown origin (a cache older than the
        // rule of one artist per name) is searched again.
        const Artist known = m_store->artist(artist.id).value;
        if (known.nameSearch == NameSearch::NotSearched)
            continue;
        artist.mbid = known.mbid;
        artist.mbidSearchedAt = known.mbidSearchedAt;
        artist.nameSearch = known.nameSearch;
    }
    return artists;
}

void LocationWatch::applyFailure(const SourceError &error)
{
    // missingPages() stay: a failed refresh read none of them. No source was read.
    m_sourceStates.clear();
    {
        // Good data stays: it is marked stale, never dropped because a refresh failed.
        GigStore::Batch write(*m_store);
        m_store->markLocationStale(m_place.id);
        m_store->markEventsStale(m_store->eventIdsOf(m_place.id));
    }
    const auto decision = m_restart.recordFailure(RestartPolicy::TimePoint(m_clock->now()));
    const auto retryIn = std::max(decision.delay, minimumRetryDelay);
    // With no source, the error's message says so in words already.
    m_lastError
        = m_source ? describeForPeople(error, m_source->displayName(), retryIn) : error.message;
    qCInfo(lcWatch).noquote() << m_place.id << "refresh failed:" << toString(error)
                              << "— next try in" << decision.delay.count() / 1000.0 << "s"
                              << (decision.parked ? "(parked)" : "");
    setState(decision.parked ? State::Failing : State::Stale);
    emit refreshFailed(error);
    scheduleRefresh(retryIn);
}

QString LocationWatch::serviceName() const
{
    return m_source ? m_source->displayName() : tr("the gig source");
}

void LocationWatch::scheduleRefresh(std::chrono::milliseconds delay)
{
    m_nextRefreshAt = m_clock->systemNow().addMSecs(delay.count());
    m_refreshTimer->start(m_clock->toRealInterval(Clock::Time(delay)));
    emit nextRefreshChanged(m_nextRefreshAt);
}

void LocationWatch::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace gig
