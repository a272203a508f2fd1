#include "tests/bench/seedstrategyclient.h"

#include "app/net/requestqueue.h"
#include "app/sources/eventsource.h"
#include "app/sources/musicbrainzsource.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace gig {

SeedStrategyClient::SeedStrategyClient(EventSource *events, RequestQueue *queue,
    std::shared_ptr<Clock> clock, const Config &config, QObject *parent)
    : QObject(parent)
    , m_events(events)
    , m_queue(queue)
    , m_clock(std::move(clock))
    , m_config(config)
    , m_pumpTimer(new QTimer(this))
{
    Q_ASSERT(m_events && m_queue && m_clock);
    m_pumpTimer->setSingleShot(true);
    m_pumpTimer->setTimerType(Qt::PreciseTimer);
    connect(m_pumpTimer, &QTimer::timeout, this, &SeedStrategyClient::pump);
    m_queue->routePrefix(m_config.musicbrainzRoot, MusicBrainzSource::laneName());
}

SeedStrategyClient::~SeedStrategyClient()
{
    for (const Monitor &monitor : std::as_const(m_monitors)) {
        if (monitor.fetch)
            monitor.fetch->cancel();
    }
}

void SeedStrategyClient::addMonitor(const QGeoCoordinate &centre, double radiusKm)
{
    Monitor monitor;
    monitor.centre = centre;
    monitor.radiusKm = radiusKm;
    monitor.timer = new QTimer(this);
    const int index = int(m_monitors.size());
    connect(monitor.timer, &QTimer::timeout, this, [this, index] { refresh(index); });
    m_monitors.append(monitor);
    m_monitors[index].timer->start(m_clock->toRealInterval(Clock::Time(m_config.refreshInterval)));
    refresh(index);
}

QSet<QString> SeedStrategyClient::monitoredMbids() const
{
    QSet<QString> all;
    for (const Monitor &monitor : m_monitors)
        all.unite(monitor.mbids);
    return all;
}

bool SeedStrategyClient::everyMonitorRefreshed() const
{
    return std::all_of(m_monitors.cbegin(), m_monitors.cend(),
        [](const Monitor &monitor) { return monitor.refreshedOnce; });
}

bool SeedStrategyClient::isBusy() const
{
    if (!m_fifo.isEmpty() || m_inFlight > 0)
        return true;
    return std::any_of(m_monitors.cbegin(), m_monitors.cend(),
        [](const Monitor &monitor) { return !monitor.fetch.isNull(); });
}

QUrl SeedStrategyClient::lookupUrl(const QString &mbid) const
{
    QUrl url = m_config.musicbrainzRoot;
    url.setPath(url.path() + u"/artist/"_s + mbid);
    QUrlQuery query;
    query.addQueryItem(u"inc"_s, u"release-groups"_s);
    query.addQueryItem(u"fmt"_s, u"json"_s);
    url.setQuery(query);
    return url;
}

void SeedStrategyClient::refresh(int index)
{
    Monitor &monitor = m_monitors[index];
    if (monitor.fetch)
        return;
    const QDate today = m_clock->systemNow().date();
    EventQuery query;
    query.centre = monitor.centre;
    query.radiusKm = monitor.radiusKm;
    query.from = today;
    query.to = today.addDays(m_config.horizonDays);
    ++m_eventRefreshes;
    EventFetch *fetch = m_events->fetchEvents(query, RequestPriority::Background);
    monitor.fetch = fetch;
    connect(fetch, &SourceReply::finished, this, [this, index] { onRefreshed(index); });
    emit activityChanged();
}

void SeedStrategyClient::onRefreshed(int index)
{
    Monitor &monitor = m_monitors[index];
    auto *fetch = static_cast<EventFetch *>(monitor.fetch.data());
    monitor.fetch = nullptr;
    if (fetch && !fetch->error()) {
        monitor.refreshedOnce = true;
        monitor.mbids.clear();
        for (const Artist &artist : fetch->value().artists) {
            if (!artist.hasMbid())
                continue;
            monitor.mbids.insert(artist.mbid);
            // A cached release is only "extended"; anything else is queued, whatever the FIFO
            // already holds.
            if (!m_releases.contains(artist.mbid)) {
                m_fifo.append(artist.mbid);
                ++m_copiesQueued;
            }
        }
        schedulePump();
    }
    // A failed refresh waits for the next one, as the seed's monitors did.
    emit activityChanged();
}

void SeedStrategyClient::schedulePump()
{
    if (m_fifo.isEmpty() || m_pumpTimer->isActive())
        return;
    const auto now = m_clock->now();
    m_pumpTimer->start(m_nextSendAt > now ? m_clock->toRealInterval(m_nextSendAt - now)
                                          : std::chrono::milliseconds(0));
}

void SeedStrategyClient::pump()
{
    const auto now = m_clock->now();
    if (m_fifo.isEmpty())
        return;
    if (now < m_nextSendAt) {
        schedulePump();
        return;
    }
    m_nextSendAt = now + Clock::Time(m_config.fetchInterval);
    lookUp(m_fifo.takeFirst());
    schedulePump();
}

void SeedStrategyClient::lookUp(const QString &mbid)
{
    ++m_lookupsSent;
    ++m_inFlight;
    QNetworkRequest request(lookupUrl(mbid));
    request.setRawHeader("Accept", "application/json");
    QueuedReply *reply = m_queue->get(request, RequestPriority::Background);
    connect(reply, &QueuedReply::finished, this, [this, reply, mbid] {
        --m_inFlight;
        const NetworkResult &result = reply->result();
        bool parsed = false;
        const std::optional<SeedRelease> latest
            = result.ok() ? pickLatest(result.body, &parsed) : std::nullopt;
        if (!parsed) {
            // Straight back on the queue.
            ++m_lookupFailures;
            m_fifo.append(mbid);
            schedulePump();
        } else if (!latest) {
            // No release: dropped, queued again at the next refresh that lists the artist.
            ++m_withoutRelease;
            m_fetched.insert(mbid);
        } else {
            SeedRelease release = *latest;
            release.fetchedAt = m_clock->systemNow();
            m_releases.insert(mbid, release);
            m_fetched.insert(mbid);
            emit releaseStored(mbid);
        }
        emit activityChanged();
    });
}

std::optional<SeedRelease> SeedStrategyClient::pickLatest(
    const QByteArray &lookupBody, bool *parsed)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(lookupBody, &error);
    *parsed = document.isObject() && document.object().value(u"release-groups"_s).isArray();
    if (!*parsed)
        return std::nullopt;
    std::optional<SeedRelease> best;
    for (const QJsonValue &value : document.object().value(u"release-groups"_s).toArray()) {
        const QJsonObject group = value.toObject();
        const QString date = group.value(u"first-release-date"_s).toString();
        if (best && date <= best->firstReleaseDate)
            continue;
        SeedRelease release;
        release.groupId = group.value(u"id"_s).toString();
        release.title = group.value(u"title"_s).toString();
        release.firstReleaseDate = date;
        release.primaryType = group.value(u"primary-type"_s).toString();
        for (const QJsonValue &secondary : group.value(u"secondary-types"_s).toArray())
            release.secondaryTypes.append(secondary.toString());
        best = release;
    }
    return best;
}

} // namespace gig
