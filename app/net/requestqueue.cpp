#include "app/net/requestqueue.h"

#include "app/net/attemptoutcome.h"
#include "app/net/backoff.h"
#include "app/net/lane.h"
#include "app/net/laneturns.h"
#include "app/net/netlogging.h"
#include "app/net/pendingrequest.h"
#include "app/net/redaction.h"
#include "models/version.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QTimer>
#include <QtMath>
#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace gig {

namespace {

constexpr auto maxRetryAfter = std::chrono::milliseconds(24h); // beyond that a server is confused
constexpr int maxRedirects = 5;

QString seconds(Clock::Time duration)
{
    return QString::number(double(duration.count()) / 1e6, 'f', 1) + u" s"_s;
}

// The headers that make two GETs different requests; the User-Agent is ours anyway.
QByteArray deduplicationKey(const QNetworkRequest &request)
{
    QList<QByteArray> lines;
    const auto names = request.rawHeaderList();
    for (const QByteArray &name : names) {
        const QByteArray lower = name.toLower();
        if (lower == "user-agent")
            continue;
        lines.append(lower + ": " + request.rawHeader(name));
    }
    std::sort(lines.begin(), lines.end());
    return "GET " + request.url().toEncoded() + '\n' + lines.join('\n');
}

QString circuitOpenMessage(const Lane &lane, Clock::Time now)
{
    return u"%1 keeps failing; not asking again for %2"_s.arg(
        lane.name, seconds(lane.circuit.openUntil() - now));
}

QString budgetSpentMessage(const Lane &lane)
{
    return u"The daily budget of %1 requests to %2 is spent; it renews at midnight UTC"_s.arg(
        QString::number(lane.budget ? lane.budget->limit() : 0), lane.name);
}

bool isHttpsOrLoopback(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https"_s)
        return true;
    return scheme == u"http"_s && RequestQueue::isLoopbackHost(url.host());
}

} // namespace

RequestQueue::RequestQueue(QObject *parent)
    : RequestQueue(Clock::system(), parent)
{ }

RequestQueue::RequestQueue(std::shared_ptr<Clock> clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock ? std::move(clock) : Clock::system())
    , m_manager(new QNetworkAccessManager(this))
{
    // Only we follow redirects, after checking them (never down to http), each as a new reply:
    // Qt's own following may send the first request again when it moves on to the target.
    m_manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    setCacheDirectory(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/http"_s);
}

RequestQueue::~RequestQueue()
{
    for (auto &[name, lane] : m_lanes) {
        lane->wakeTimer->stop();
        Q_UNUSED(name);
    }
    const auto pending = m_pending.values();
    for (const Request &request : pending) {
        if (QNetworkReply *reply = request->reply) {
            request->reply = nullptr;
            reply->disconnect(this);
            reply->abort();
        }
    }
}

QByteArray RequestQueue::userAgent()
{
    return "gigmap/"_ba + versionString + " ( "_ba + projectUrl + " )"_ba;
}

bool RequestQueue::isLoopbackHost(const QString &host)
{
    // Only names that never reach a resolver's upstream: "localhost" and loopback addresses.
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

void RequestQueue::setSettingsFile(const QString &path)
{
    m_settingsFile = path;
    const auto now = m_clock->now();
    for (auto &[name, lane] : m_lanes) {
        lane->applyPolicy(lane->policy, now, m_settingsFile);
        updateStatus(*lane);
    }
}

void RequestQueue::setCacheDirectory(const QString &path)
{
    m_etagCache.setDirectory(path);
}

void RequestQueue::setLanePolicy(const QString &name, const LanePolicy &policy)
{
    m_policies.insert(name, policy);
    if (const auto it = m_lanes.find(name); it != m_lanes.end()) {
        it->second->applyPolicy(policy, m_clock->now(), m_settingsFile);
        schedulePump(*it->second);
    }
}

LanePolicy RequestQueue::lanePolicy(const QString &name) const
{
    return m_policies.value(name, LanePolicy::defaultFor(name));
}

void RequestQueue::routePrefix(const QUrl &prefix, const QString &laneName)
{
    const QString key = prefix.adjusted(QUrl::StripTrailingSlash).toString(QUrl::FullyEncoded);
    m_routes.removeIf([&key](const auto &route) { return route.first == key; });
    m_routes.append({ key, laneName });
    qCDebug(lcNet) << "routing" << redactSecrets(key) << "to lane" << laneName;
}

QString RequestQueue::laneFor(const QUrl &url) const
{
    const QString text = url.toString(QUrl::FullyEncoded);
    const std::pair<QString, QString> *best = nullptr;
    for (const auto &route : m_routes) {
        if (!text.startsWith(route.first))
            continue;
        const bool boundary = text.size() == route.first.size() || route.first.endsWith(u'/')
            || QStringView(u"/?#").contains(text.at(route.first.size()));
        if (boundary && (!best || route.first.size() > best->first.size()))
            best = &route;
    }
    return best ? best->second : url.host().toLower();
}

LaneStatus *RequestQueue::laneStatus(const QString &name)
{
    return lane(name).status;
}

QStringList RequestQueue::lanes() const
{
    QStringList names;
    for (const auto &[name, lane] : m_lanes)
        names.append(name);
    return names;
}

int RequestQueue::totalQueued() const
{
    return m_totalQueued;
}

Lane &RequestQueue::lane(const QString &name)
{
    auto it = m_lanes.find(name);
    if (it != m_lanes.end())
        return *it->second;

    auto created = std::make_unique<Lane>();
    Lane &lane = *created;
    lane.name = name;
    lane.status = new LaneStatus(name, this);
    lane.wakeTimer = new QTimer(this);
    lane.wakeTimer->setSingleShot(true);
    lane.wakeTimer->setTimerType(Qt::PreciseTimer);
    connect(lane.wakeTimer, &QTimer::timeout, this, [this, &lane] { pump(lane); });
    lane.applyPolicy(lanePolicy(name), m_clock->now(), m_settingsFile);
    m_lanes.emplace(name, std::move(created));
    updateStatus(lane);
    return lane;
}

QNetworkRequest RequestQueue::prepared(const QNetworkRequest &request) const
{
    QNetworkRequest result = request;
    result.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    // Never bust caches: the tile and API policies ask clients not to send no-cache.
    result.setRawHeader("Pragma", QByteArray());
    if (result.rawHeader("Cache-Control").toLower().contains("no-cache"))
        result.setRawHeader("Cache-Control", QByteArray());
    // AlwaysNetwork would make Qt add no-cache itself; we revalidate with our own cache instead.
    result.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::PreferNetwork);
    result.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    result.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return result;
}

QueuedReply *RequestQueue::get(const QNetworkRequest &request, RequestPriority priority)
{
    const BusyMeter::Scope busy(m_busy);
    const QUrl url = request.url();
    auto *reply = new QueuedReply(url, this);

    if (!url.isValid() || url.host().isEmpty()) {
        failSoon(reply, nullptr, NetworkError::Network,
            u"Cannot request %1: not a valid web address"_s.arg(redactedUrl(url)));
        return reply;
    }
    Lane &lane = this->lane(laneFor(url));
    if (!isHttpsOrLoopback(url)) {
        failSoon(reply, &lane, NetworkError::Insecure,
            u"Refused to request %1: gigmap only uses https outside this computer"_s.arg(
                redactedUrl(url)));
        return reply;
    }
    const auto now = m_clock->now();
    if (lane.circuit.state(now) == CircuitBreaker::State::Open) {
        failSoon(reply, &lane, NetworkError::CircuitOpen, circuitOpenMessage(lane, now));
        return reply;
    }
    if (lane.budget && lane.budget->isSpent(m_clock->systemNow().date())) {
        failSoon(reply, &lane, NetworkError::BudgetSpent, budgetSpentMessage(lane));
        return reply;
    }

    const QNetworkRequest ready = prepared(request);
    const QByteArray key = deduplicationKey(ready);
    if (const auto it = m_pending.constFind(key); it != m_pending.cend()) {
        const Request &shared = *it;
        shared->waiters.append(reply);
        reply->m_request = shared;
        if (priority == RequestPriority::Interactive
            && shared->priority == RequestPriority::Background)
            lane.promote(shared);
        qCDebug(lcNet).noquote() << lane.name << "joins" << redactedUrl(url) << "with"
                                 << shared->waiters.size() - 1 << "other waiter(s)";
        return reply;
    }

    auto pending = std::make_shared<PendingRequest>();
    pending->key = key;
    pending->lane = lane.name;
    pending->url = url;
    pending->request = ready;
    pending->priority = priority;
    pending->callerConditional = !ready.rawHeader("If-None-Match").isEmpty()
        || !ready.rawHeader("If-Modified-Since").isEmpty();
    pending->waiters.append(reply);
    reply->m_request = pending;
    m_pending.insert(key, pending);
    lane.enqueue(pending);
    qCDebug(lcNet).noquote() << lane.name << "queues" << redactedUrl(url)
                             << (priority == RequestPriority::Interactive ? "(interactive)"
                                                                          : "(background)");
    updateCounts(lane); // the rest of the status follows in pump()
    schedulePump(lane);
    return reply;
}

void RequestQueue::failSoon(
    QueuedReply *reply, Lane *lane, NetworkError error, const QString &message)
{
    NetworkResult result;
    result.url = reply->result().url;
    result.error = error;
    result.errorString = redactSecrets(message);
    qCDebug(lcNet).noquote() << (lane ? lane->name : u"-"_s) << "refuses:" << result.errorString;
    if (lane)
        lane->status->addFailed(result.errorString);
    // Delivered from the event loop, so the caller has connected to finished() by then.
    QMetaObject::invokeMethod(
        reply, [reply, result] { reply->deliver(result); }, Qt::QueuedConnection);
}

void RequestQueue::cancelReply(QueuedReply *reply)
{
    const BusyMeter::Scope busy(m_busy);
    const Request request = reply->m_request.lock();
    if (!request)
        return;
    request->waiters.removeAll(reply);
    if (request->hasWaiters())
        return; // others still want it: it goes on for them

    Lane &lane = this->lane(request->lane);
    if (m_pending.value(request->key) == request)
        m_pending.remove(request->key);
    if (request->reply) {
        qCDebug(lcNet).noquote() << lane.name << "aborts" << redactedUrl(request->url)
                                 << "(nobody waits)";
        abortQuietly(lane, request);
        schedulePump(lane);
    } else {
        lane.remove(request);
        qCDebug(lcNet).noquote() << lane.name << "drops" << redactedUrl(request->url)
                                 << "(nobody waits)";
    }
    updateStatus(lane);
}

void RequestQueue::abortQuietly(Lane &lane, const Request &request)
{
    QNetworkReply *reply = request->reply;
    if (!reply)
        return;
    request->reply = nullptr;
    request->timeout = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
    --lane.inFlight;
}

void RequestQueue::schedulePump(Lane &lane)
{
    if (lane.pumpScheduled)
        return;
    lane.pumpScheduled = true;
    QMetaObject::invokeMethod(
        this, [this, &lane] { pump(lane); }, Qt::QueuedConnection);
}

void RequestQueue::pump(Lane &lane)
{
    const BusyMeter::Scope busy(m_busy);
    lane.pumpScheduled = false;
    const auto now = m_clock->now();
    lane.releaseDueRetries(now);

    const auto circuit = lane.circuit.state(now);
    if (circuit == CircuitBreaker::State::Open) {
        if (lane.queuedCount() > 0)
            failAll(lane, NetworkError::CircuitOpen, circuitOpenMessage(lane, now));
        // Wake when the cool-down ends, so the status shows the half-open lane.
        lane.wakeTimer->start(m_clock->toRealInterval(lane.circuit.openUntil() - now));
        updateStatus(lane);
        return;
    }

    const int cap
        = circuit == CircuitBreaker::State::HalfOpen ? 1 : std::max(1, lane.policy.maxInFlight);
    std::optional<Clock::Time> wake;
    while (lane.inFlight < cap && lane.hasQueued()) {
        if (now < lane.pausedUntil) {
            wake = lane.pausedUntil;
            break;
        }
        if (lane.budget && lane.budget->isSpent(m_clock->systemNow().date())) {
            failAll(lane, NetworkError::BudgetSpent, budgetSpentMessage(lane));
            break;
        }
        if (lane.bucket.timeUntilAvailable(now) > Clock::Time(0)) {
            wake = now + lane.bucket.timeUntilAvailable(now);
            break;
        }
        if (const auto turnIn = sharedTurnWait(lane)) {
            wake = now + *turnIn;
            break;
        }
        if (m_turns && lane.budget && !m_turns->spendDaily(lane.name, lane.policy.dailyBudget)) {
            failAll(lane, NetworkError::BudgetSpent, budgetSpentMessage(lane));
            break;
        }
        lane.bucket.tryTake(now);
        send(lane, lane.takeNext());
    }
    if (const auto retry = lane.earliestRetry())
        wake = wake ? std::min(*wake, *retry) : *retry;

    if (wake)
        lane.wakeTimer->start(m_clock->toRealInterval(*wake - now));
    else
        lane.wakeTimer->stop();
    updateStatus(lane);
}

std::optional<Clock::Time> RequestQueue::sharedTurnWait(const Lane &lane) const
{
    if (!m_turns || lane.policy.ratePerSecond <= 0)
        return std::nullopt;
    // The lane's interval, and a margin for the time a request takes from the turn to the
    // service: another desktop's request may reach it a little faster than this one.
    constexpr std::chrono::milliseconds margin(50);
    const auto spacing = std::chrono::milliseconds(qCeil(1000.0 / lane.policy.ratePerSecond));
    const auto wait = m_turns->takeTurn(lane.name, spacing + margin);
    if (!wait)
        return std::nullopt;
    return std::chrono::duration_cast<Clock::Time>(std::max(*wait, std::chrono::milliseconds(1)));
}

void RequestQueue::send(Lane &lane, const Request &request)
{
    ++request->attempts;
    request->body.clear();
    request->tooLarge = request->timedOut = request->pastDeadline = request->insecure = false;
    request->tooManyRedirects = false;
    request->resendStopped = false;
    request->revalidating = false;
    request->redirects = 0;

    QNetworkRequest wire = request->request;
    if (!request->callerConditional && !request->skipCache) {
        const QByteArray etag = m_etagCache.etag(request->url);
        if (!etag.isEmpty()) {
            wire.setRawHeader("If-None-Match", etag);
            request->revalidating = true;
        }
    }
    if (lane.budget)
        lane.budget->spend(m_clock->systemNow().date());

    lane.status->addSent();
    request->deadline = m_clock->now() + Clock::Time(lane.policy.transferDeadline);
    qCDebug(lcNet).noquote() << lane.name << "sends" << redactedUrl(request->url) << "attempt"
                             << request->attempts
                             << (request->revalidating ? "(revalidating)" : "");
    startReply(lane, request, wire);
}

void RequestQueue::startReply(Lane &lane, const Request &request, const QNetworkRequest &wire)
{
    request->wireSent = false;
    QNetworkReply *reply = m_busy.exclude([this, &wire] { return m_manager->get(wire); });
    request->reply = reply;
    ++lane.inFlight;

    auto *timeout = new QTimer(reply);
    timeout->setSingleShot(true);
    timeout->setInterval(m_clock->toRealInterval(Clock::Time(lane.policy.transferTimeout)));
    request->timeout = timeout;
    connect(timeout, &QTimer::timeout, this, [request] {
        if (!request->reply)
            return;
        request->timedOut = true;
        request->reply->abort();
    });
    timeout->start();
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [request, reply] {
        if (request->reply != reply)
            return;
        request->timedOut = request->pastDeadline = true;
        reply->abort();
    });
    deadline->start(
        m_clock->toRealInterval(std::max(Clock::Time(0), request->deadline - m_clock->now())));

    connect(reply, &QNetworkReply::metaDataChanged, this, [this, request] {
        const BusyMeter::Scope busy(m_busy);
        if (!request->reply)
            return;
        request->timeout->start();
        const Lane &owner = this->lane(request->lane);
        const auto length = request->reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > owner.policy.maxResponseBytes) {
            request->tooLarge = true;
            request->reply->abort();
        }
    });
    connect(reply, &QNetworkReply::requestSent, this, [this, request] {
        const BusyMeter::Scope busy(m_busy);
        // Pace by when the request left, not when it was handed over (the first request of a
        // fresh network stack, or a busy machine, can hold it up).
        if (request->reply && !request->wireSent) {
            request->wireSent = true;
            this->lane(request->lane).bucket.refillFrom(m_clock->now());
        }
    });
    if (!lane.policy.resendSafe) {
        // When the connection drops before the answer, Qt reconnects and sends the request again
        // by itself. Over TLS a handshake after this attempt already left is that resend; Qt
        // waits for this slot before it writes, so aborting here keeps it off the wire.
        connect(reply, &QNetworkReply::encrypted, this, [request, reply] {
            if (request->reply == reply && request->wireSent) {
                request->resendStopped = true;
                reply->abort();
            }
        });
    }
    connect(reply, &QNetworkReply::readyRead, this, [this, request] { onReadyRead(request); });
    connect(reply, &QNetworkReply::finished, this, [this, request] { onReplyFinished(request); });
}

void RequestQueue::onReadyRead(const Request &request)
{
    const BusyMeter::Scope busy(m_busy);
    QNetworkReply *reply = request->reply;
    if (!reply)
        return;
    request->timeout->start();
    request->body += reply->readAll();
    if (request->body.size() > lane(request->lane).policy.maxResponseBytes) {
        request->tooLarge = true;
        request->body.clear();
        reply->abort();
    }
}

bool RequestQueue::followRedirect(Lane &lane, const Request &request, const QNetworkReply &reply)
{
    static constexpr std::array redirects { 301, 302, 303, 307, 308 };
    const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QUrl location = reply.attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    if (reply.error() != QNetworkReply::NoError || location.isEmpty()
        || std::find(redirects.begin(), redirects.end(), status) == redirects.end()) {
        return false;
    }
    const QUrl from = reply.url();
    const QUrl to = from.resolved(location);
    const bool downgrade = from.scheme().compare(u"https"_s, Qt::CaseInsensitive) == 0
        && to.scheme().compare(u"https"_s, Qt::CaseInsensitive) != 0;
    if (downgrade || !isHttpsOrLoopback(to)) {
        request->insecure = true;
        request->insecureReason
            = u"Refused a redirect from %1 to %2: gigmap never follows redirects to plain http"_s
                  .arg(redactedUrl(from), redactedUrl(to));
        return false;
    }
    if (request->redirects >= maxRedirects) {
        request->tooManyRedirects = true;
        return false;
    }
    ++request->redirects;
    qCDebug(lcNet).noquote() << request->lane << "follows redirect to" << redactedUrl(to);
    request->body.clear(); // the answer is the target's, not the redirect's "See: …"
    QNetworkRequest wire = reply.request();
    wire.setUrl(to);
    startReply(lane, request, wire);
    return true;
}

void RequestQueue::onReplyFinished(const Request &request)
{
    const BusyMeter::Scope busy(m_busy);
    QNetworkReply *reply = request->reply;
    if (!reply)
        return;
    Lane &lane = this->lane(request->lane);
    if (!request->tooLarge && reply->isReadable())
        request->body += reply->readAll();
    request->reply = nullptr;
    request->timeout = nullptr;
    reply->disconnect(this);
    reply->deleteLater();
    --lane.inFlight;
    if (followRedirect(lane, request, *reply))
        return;

    const auto outcome = AttemptOutcome::classify(
        *request, AttemptOutcome::Reply::of(*reply), lane.policy, *m_clock);
    switch (outcome.kind) {
    case AttemptOutcome::Kind::Delivered:
        lane.circuit.recordSuccess(); // the service answers, even when it says no
        if (outcome.cacheable)
            m_etagCache.store(request->url, outcome.result);
        finish(lane, request, outcome.result);
        return;
    case AttemptOutcome::Kind::RetryAfter:
        retryOrFinish(lane, request, outcome);
        return;
    case AttemptOutcome::Kind::Failed:
        finish(lane, request, outcome.result);
        return;
    case AttemptOutcome::Kind::Revalidated:
        revalidated(lane, request, outcome.result);
        return;
    }
}

void RequestQueue::revalidated(Lane &lane, const Request &request, NetworkResult result)
{
    if (m_etagCache.load(request->url, result)) {
        result.attempts = request->attempts;
        lane.circuit.recordSuccess();
        finish(lane, request, result);
    } else {
        // The cached copy went away between sending and now: ask again without a condition.
        request->skipCache = true;
        lane.enqueue(request, true);
        pump(lane);
    }
}

void RequestQueue::retryOrFinish(Lane &lane, const Request &request, const AttemptOutcome &outcome)
{
    const NetworkResult &result = outcome.result;
    const bool throttled = outcome.throttled;
    const auto &retryAfter = outcome.retryAfter;
    const auto now = m_clock->now();
    const auto &policy = lane.policy;
    const int retry = request->attempts - 1;

    if (throttled) {
        // 429/503 speak for the whole host: pause the lane, not only this request.
        const auto delay = retryAfter ? std::min(*retryAfter, maxRetryAfter)
                                      : randomBackoff(retry, policy.backoffBase, policy.backoffCap);
        lane.pausedUntil = std::max(lane.pausedUntil, now + Clock::Time(delay));
        qCInfo(lcNet).noquote() << lane.name << "pauses for" << seconds(Clock::Time(delay))
                                << (retryAfter ? "(Retry-After)" : "(backoff)");
    }

    if (outcome.countsAsFailure && lane.circuit.recordFailure(now)) {
        qCWarning(lcNet).noquote()
            << lane.name << "opens its circuit for" << seconds(Clock::Time(policy.circuitCooldown))
            << "after:" << result.errorString;
        finish(lane, request, result); // its pump fails what waits and wakes after the cool-down
        return;
    }

    if (retry >= policy.maxRetries || !request->hasWaiters()) {
        finish(lane, request, result);
        return;
    }

    lane.status->addRetried();
    if (throttled) {
        lane.enqueue(request, true);
    } else {
        const auto delay = randomBackoff(retry, policy.backoffBase, policy.backoffCap);
        request->notBefore = now + Clock::Time(delay);
        lane.delayed.push_back(request);
        qCDebug(lcNet).noquote() << lane.name << "retries" << redactedUrl(request->url) << "in"
                                 << seconds(Clock::Time(delay)) << "after:" << result.errorString;
    }
    pump(lane);
}

void RequestQueue::finish(Lane &lane, const Request &request, const NetworkResult &result)
{
    if (m_pending.value(request->key) == request)
        m_pending.remove(request->key);
    if (result.error != NetworkError::None) {
        lane.status->addFailed(result.errorString);
        qCDebug(lcNet).noquote() << lane.name << "fails" << redactedUrl(request->url) << "after"
                                 << result.attempts << "attempt(s):" << errorName(result.error)
                                 << result.errorString;
    } else {
        qCDebug(lcNet).noquote() << lane.name << "got" << result.status << "for"
                                 << redactedUrl(request->url)
                                 << (result.fromCache ? "(from cache)" : "");
    }
    pump(lane);
    deliverToWaiters(*request, result);
}

void RequestQueue::deliverToWaiters(PendingRequest &request, const NetworkResult &result)
{
    const auto waiters = request.waiters;
    request.waiters.clear();
    for (const auto &waiter : waiters) {
        if (waiter)
            waiter->deliver(result);
    }
}

void RequestQueue::failAll(Lane &lane, NetworkError error, const QString &message)
{
    const auto all = lane.takeAll();
    for (const Request &request : all) {
        NetworkResult result;
        result.url = request->url;
        result.attempts = request->attempts;
        result.error = error;
        result.errorString = redactSecrets(message);
        if (m_pending.value(request->key) == request)
            m_pending.remove(request->key);
        lane.status->addFailed(result.errorString);
        deliverToWaiters(*request, result);
    }
    updateStatus(lane);
}

void RequestQueue::updateCounts(Lane &lane)
{
    const int before = lane.status->queued();
    const int after = lane.queuedCount();
    lane.status->setQueued(after);
    lane.status->setInFlight(lane.inFlight);
    if (after != before) {
        m_totalQueued += after - before;
        emit totalQueuedChanged(m_totalQueued);
    }
}

void RequestQueue::updateStatus(Lane &lane)
{
    updateCounts(lane);
    const auto now = m_clock->now();
    LaneStatus *status = lane.status;
    status->setCircuitOpen(lane.circuit.state(now) == CircuitBreaker::State::Open);
    status->setBudgetRemaining(
        lane.budget ? lane.budget->remaining(m_clock->systemNow().date()) : -1);

    std::optional<Clock::Time> next;
    if (lane.hasQueued())
        next = std::max({ now, lane.pausedUntil, now + lane.bucket.timeUntilAvailable(now) });
    if (const auto retry = lane.earliestRetry())
        next = std::max(next ? std::min(*next, *retry) : *retry, lane.pausedUntil);
    if (next) {
        const qint64 msAhead = std::max<qint64>(0, (*next - now).count() / 1000);
        status->setNextSendAt(m_clock->systemNow().addMSecs(msAhead));
    } else {
        status->setNextSendAt(QDateTime());
    }
}

} // namespace gig
