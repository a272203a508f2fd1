#include "app/sandbox/sandboxserver.h"

#include "app/sandbox/sandboxcoverart.h"
#include "app/sandbox/sandboxhttpfrontend.h"
#include "app/sandbox/sandboxlastfm.h"
#include "app/sandbox/sandboxlistenbrainz.h"
#include "app/sandbox/sandboxmusicbrainz.h"
#include "app/sandbox/sandboxnominatim.h"
#include "app/sandbox/sandboxratelimiter.h"
#include "app/sandbox/sandboxresponsewriter.h"
#include "app/sandbox/sandboxseatgeek.h"
#include "app/sandbox/sandboxsongkick.h"
#include "app/sandbox/sandboxticketmaster.h"
#include "app/sandbox/sandboxtiles.h"
#include "app/sandbox/sandboxworld.h"

#include <QCryptographicHash>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>

Q_LOGGING_CATEGORY(lcSandbox, "gigmap.sandbox", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace gig {

namespace {

QString prefixOf(SandboxService service)
{
    return u'/' + sandboxServiceName(service);
}

QString rootPathOf(SandboxService service)
{
    switch (service) {
    case SandboxService::Ticketmaster:
        return u"/ticketmaster/discovery/v2"_s;
    case SandboxService::Songkick:
        return u"/songkick/api/3.0"_s;
    case SandboxService::SeatGeek:
        return u"/seatgeek/2"_s;
    case SandboxService::MusicBrainz:
        return u"/musicbrainz/ws/2"_s;
    case SandboxService::Nominatim:
        return u"/nominatim"_s;
    case SandboxService::Tiles:
        return u"/tiles"_s;
    case SandboxService::ListenBrainz:
        return u"/listenbrainz"_s;
    case SandboxService::LastFm:
        return u"/lastfm/2.0"_s;
    case SandboxService::CoverArtArchive:
        return u"/coverartarchive"_s;
    }
    return {};
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

// Faults that answer in place of the service, before any rate limit is counted.
bool replacesTheAnswer(SandboxFault::Kind kind)
{
    return kind == SandboxFault::Kind::TooManyRequests
        || kind == SandboxFault::Kind::ServiceUnavailable
        || kind == SandboxFault::Kind::InternalError || kind == SandboxFault::Kind::ConnectionReset;
}

bool hasHeader(const SandboxHeaders &headers, const QByteArray &name)
{
    return std::any_of(headers.cbegin(), headers.cend(),
        [&](const auto &header) { return header.first.compare(name, Qt::CaseInsensitive) == 0; });
}

QByteArray headerValue(const SandboxHeaders &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace

SandboxServer::SandboxServer(QObject *parent)
    : QObject(parent)
    , m_http(new SandboxHttpFrontend([this](const QHttpServerRequest &request,
                                         QTcpSocket *socket) { handle(request, socket); },
          this))
    , m_world(std::make_shared<SandboxWorld>(1))
    , m_clock([] { return std::chrono::steady_clock::now(); })
{
    m_handlers.resize(size_t(allSandboxServices().size()));
    m_handlers[size_t(SandboxService::Ticketmaster)] = std::make_unique<SandboxTicketmaster>();
    m_handlers[size_t(SandboxService::Songkick)] = std::make_unique<SandboxSongkick>();
    m_handlers[size_t(SandboxService::SeatGeek)] = std::make_unique<SandboxSeatGeek>();
    m_handlers[size_t(SandboxService::MusicBrainz)] = std::make_unique<SandboxMusicBrainz>();
    m_handlers[size_t(SandboxService::Nominatim)] = std::make_unique<SandboxNominatim>();
    m_handlers[size_t(SandboxService::Tiles)] = std::make_unique<SandboxTiles>();
    m_handlers[size_t(SandboxService::ListenBrainz)] = std::make_unique<SandboxListenBrainz>();
    m_handlers[size_t(SandboxService::LastFm)] = std::make_unique<SandboxLastFm>();
    m_handlers[size_t(SandboxService::CoverArtArchive)] = std::make_unique<SandboxCoverArt>();
    Q_ASSERT(std::all_of(m_handlers.cbegin(), m_handlers.cend(),
        [](const auto &handler) { return handler != nullptr; })); // a stand-in for every row
    for (SandboxService service : allSandboxServices())
        m_limits.insert(service, m_handlers[size_t(service)]->rateLimits());
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::listen(quint16 port)
{
    auto *tcp = new QTcpServer(m_http);
    if (!tcp->listen(QHostAddress::LocalHost, port)) {
        qCWarning(lcSandbox) << "cannot listen on 127.0.0.1 port" << port << ":"
                             << tcp->errorString();
        delete tcp;
        return false;
    }
    m_http->bind(tcp);
    QMutexLocker locker(&m_mutex);
    m_port = tcp->serverPort();
    qCInfo(lcSandbox) << "sandbox listening on" << m_port;
    return true;
}

quint16 SandboxServer::port() const
{
    QMutexLocker locker(&m_mutex);
    return m_port;
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(port());
    return url;
}

QUrl SandboxServer::serviceRoot(SandboxService service) const
{
    QUrl url = baseUrl();
    url.setPath(rootPathOf(service));
    return url;
}

void SandboxServer::setSeed(quint64 seed)
{
    auto world = std::make_shared<SandboxWorld>(seed);
    QMutexLocker locker(&m_mutex);
    m_world = world;
}

quint64 SandboxServer::seed() const
{
    return world()->seed();
}

SandboxFault SandboxServer::takeDueFault(SandboxService service, QStringView pathAndQuery)
{
    const auto found = m_faults.find(service);
    if (found == m_faults.end())
        return {};
    // Every fault that matches counts the request, so "every 4th" means every 4th it matched,
    // whatever another fault did to the requests in between.
    std::optional<qsizetype> due;
    for (qsizetype i = 0; i < found->size(); ++i) {
        ScheduledFault &scheduled = (*found)[i];
        if (!scheduled.fault.matches(pathAndQuery))
            continue;
        ++scheduled.seen;
        if (!due && scheduled.fault.isDue(scheduled.seen))
            due = i;
    }
    if (!due)
        return {};
    ScheduledFault &chosen = (*found)[*due];
    const SandboxFault fault = chosen.fault;
    if (chosen.fault.remaining > 0 && --chosen.fault.remaining == 0) {
        found->removeAt(*due);
        if (found->isEmpty())
            m_faults.erase(found);
    }
    return fault;
}

std::shared_ptr<const SandboxWorld> SandboxServer::world() const
{
    QMutexLocker locker(&m_mutex);
    return m_world;
}

void SandboxServer::setRealism(bool on)
{
    QMutexLocker locker(&m_mutex);
    m_realism = on;
}

bool SandboxServer::realism() const
{
    QMutexLocker locker(&m_mutex);
    return m_realism;
}

void SandboxServer::setToday(QDate today)
{
    setNow(today.isValid() ? QDateTime(today, QTime(12, 0), Qt::UTC) : QDateTime());
}

void SandboxServer::setNow(const QDateTime &now)
{
    QMutexLocker locker(&m_mutex);
    m_fixedNow = now.isValid() ? now.toUTC() : QDateTime();
}

QDateTime SandboxServer::now() const
{
    QMutexLocker locker(&m_mutex);
    return m_fixedNow.isValid() ? m_fixedNow : QDateTime::currentDateTimeUtc();
}

void SandboxServer::setClock(Clock clock)
{
    QMutexLocker locker(&m_mutex);
    m_clock = clock ? std::move(clock) : Clock([] { return std::chrono::steady_clock::now(); });
    for (QList<SandboxRateLimiter> &limits : m_limits) {
        for (SandboxRateLimiter &limit : limits)
            limit.reset();
    }
}

void SandboxServer::setFault(SandboxService service, const SandboxFault &fault)
{
    QMutexLocker locker(&m_mutex);
    m_faults.remove(service);
    if (fault.kind != SandboxFault::Kind::None && fault.remaining != 0)
        m_faults[service].append({ fault });
}

void SandboxServer::addFault(SandboxService service, const SandboxFault &fault)
{
    QMutexLocker locker(&m_mutex);
    if (fault.kind != SandboxFault::Kind::None && fault.remaining != 0)
        m_faults[service].append({ fault });
}

SandboxFault SandboxServer::fault(SandboxService service) const
{
    QMutexLocker locker(&m_mutex);
    const QList<ScheduledFault> faults = m_faults.value(service);
    return faults.isEmpty() ? SandboxFault {} : faults.constFirst().fault;
}

void SandboxServer::clearFaults()
{
    QMutexLocker locker(&m_mutex);
    m_faults.clear();
}

bool SandboxServer::setFaultsFromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        if (error) {
            *error = parseError.error != QJsonParseError::NoError
                ? u"faults are not valid JSON: %1 at offset %2"_s.arg(parseError.errorString())
                      .arg(parseError.offset)
                : u"faults must be a JSON object keyed by service"_s;
        }
        return false;
    }
    // Check everything first so that a bad entry changes nothing.
    QList<std::pair<SandboxService, QList<SandboxFault>>> parsed;
    const QJsonObject object = document.object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const auto service = sandboxServiceFromName(it.key());
        if (!service) {
            if (error)
                *error
                    = u"unknown service '%1' (known: ticketmaster, songkick, musicbrainz, nominatim, tiles)"_s
                          .arg(it.key());
            return false;
        }
        if (!it.value().isObject() && !it.value().isArray()) {
            if (error)
                *error
                    = u"the fault of '%1' must be an object or a list of objects"_s.arg(it.key());
            return false;
        }
        const QJsonArray entries
            = it.value().isArray() ? it.value().toArray() : QJsonArray { it.value() };
        QList<SandboxFault> faults;
        for (const QJsonValue &entry : entries) {
            QString reason = u"a fault must be an object"_s;
            const auto fault = entry.isObject() ? SandboxFault::fromJson(entry.toObject(), &reason)
                                                : std::nullopt;
            if (!fault) {
                if (error)
                    *error = it.key() + u": "_s + reason;
                return false;
            }
            faults.append(*fault);
        }
        parsed.append({ *service, faults });
    }
    for (const auto &[service, faults] : std::as_const(parsed)) {
        setFault(service, faults.isEmpty() ? SandboxFault {} : faults.constFirst());
        for (qsizetype i = 1; i < faults.size(); ++i)
            addFault(service, faults.at(i));
    }
    return true;
}

QJsonObject SandboxServer::faultsJson() const
{
    QMutexLocker locker(&m_mutex);
    QJsonObject object;
    for (auto it = m_faults.constBegin(); it != m_faults.constEnd(); ++it) {
        if (it->size() == 1) {
            object.insert(sandboxServiceName(it.key()), it->constFirst().fault.toJson());
            continue;
        }
        QJsonArray faults;
        for (const ScheduledFault &scheduled : *it)
            faults.append(scheduled.fault.toJson());
        object.insert(sandboxServiceName(it.key()), faults);
    }
    return object;
}

QList<SandboxRequest> SandboxServer::requestLog() const
{
    return m_log.entries();
}

int SandboxServer::requestCount(SandboxService service) const
{
    return m_log.count(service);
}

void SandboxServer::clearRequestLog()
{
    m_log.clear();
}

void SandboxServer::handle(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString path = request.url().path();
    const bool headOnly = request.method() == QHttpServerRequest::Method::Head;
    if (path == u"/_sandbox"_s || path.startsWith(u"/_sandbox/"_s)) {
        handleControl(request, socket, path);
        return;
    }
    std::optional<SandboxService> service;
    for (SandboxService candidate : allSandboxServices()) {
        const QString prefix = prefixOf(candidate);
        if (path == prefix || path.startsWith(prefix + u'/'))
            service = candidate;
    }
    if (!service) {
        SandboxResponseWriter::deliver(socket,
            SandboxReply::json(QJsonObject { { u"error"_s,
                                   u"No sandbox service at %1; try /_sandbox"_s.arg(path) } },
                404),
            SandboxResponseWriter::Mode::Whole, {});
        return;
    }
    const SandboxServiceHandler &handler = *m_handlers[size_t(*service)];

    SandboxRequest entry;
    entry.at = QDateTime::currentDateTimeUtc();
    entry.method = methodName(request.method());
    entry.path = path;
    entry.query = QUrlQuery(request.url().query(QUrl::FullyEncoded));
    entry.service = *service;
    for (const auto &[name, value] : request.headers())
        entry.headers.append({ name.toLower(), value });

    SandboxCall call;
    call.path = path.mid(prefixOf(*service).size());
    call.query = entry.query;
    call.headers = entry.headers;
    call.serviceRoot = serviceRoot(*service);

    SandboxFault fault;
    bool realism = true;
    std::optional<int> limitHit;
    SandboxHeaders quota;
    {
        QMutexLocker locker(&m_mutex);
        entry.steadyAt = m_clock();
        call.now = m_fixedNow.isValid() ? m_fixedNow : QDateTime::currentDateTimeUtc();
        realism = m_realism;
        call.realism = realism;
        fault
            = takeDueFault(*service, QString(path + u'?' + entry.query.query(QUrl::FullyDecoded)));
        if (realism && !replacesTheAnswer(fault.kind)) {
            QList<SandboxRateLimiter> &limits = m_limits[*service];
            // Check every window first, so a refused request is counted in none.
            for (int i = 0; i < limits.size() && !limitHit; ++i) {
                if (limits[i].waitFrom(entry.steadyAt).count() > 0)
                    limitHit = i;
            }
            if (!limitHit) {
                for (SandboxRateLimiter &limit : limits)
                    limit.tryAcquire(entry.steadyAt);
                quota = handler.quotaHeaders(limits, entry.steadyAt);
            }
        }
    }

    using Kind = SandboxFault::Kind;
    using Mode = SandboxResponseWriter::Mode;
    SandboxReply reply;
    Mode mode = Mode::Whole;
    std::chrono::milliseconds delay { 0 };
    switch (fault.kind) {
    case Kind::TooManyRequests:
    case Kind::ServiceUnavailable:
        reply = handler.errorReply(fault.kind == Kind::TooManyRequests ? 429 : 503);
        if (fault.retryAfterSeconds) {
            reply.headers.append({ "Retry-After",
                fault.retryAfterAsHttpDate ? SandboxReply::httpDate(
                    QDateTime::currentDateTimeUtc().addSecs(*fault.retryAfterSeconds))
                                           : QByteArray::number(*fault.retryAfterSeconds) });
        }
        break;
    case Kind::InternalError:
        reply = handler.errorReply(500);
        break;
    case Kind::ConnectionReset:
        mode = Mode::Reset;
        reply.status = 0;
        break;
    default:
        break;
    }
    if (!replacesTheAnswer(fault.kind)) {
        if (limitHit) {
            reply = handler.rateLimitedReply(*limitHit);
        } else if (fault.kind == Kind::WrongShape) {
            reply = handler.wrongShapeReply();
        } else if (fault.kind == Kind::WrongContentType) {
            reply.contentType = "text/html; charset=utf-8";
            reply.body = "<!DOCTYPE html><html><head><title>Maintenance</title></head>"
                         "<body><h1>We'll be right back</h1><p>The service is down for "
                         "maintenance.</p></body></html>";
        } else if (fault.kind == Kind::HugeBody) {
            reply.status = 200;
            mode = Mode::Huge;
        } else {
            const std::shared_ptr<const SandboxWorld> generated = world();
            reply = handler.handle(*generated, call);
        }
        if (fault.kind == Kind::MalformedJson && !limitHit) {
            // Broken in place of any answer (a 304 to a revalidation too), with no validator:
            // the broken body is not a version of the resource.
            reply.status = 200;
            reply.headers.removeIf([](const auto &header) {
                return header.first.compare("ETag", Qt::CaseInsensitive) == 0
                    || header.first.compare("Last-Modified", Qt::CaseInsensitive) == 0;
            });
            reply.contentType = "application/json; charset=utf-8";
            reply.body = reply.body.left(std::max<qsizetype>(1, reply.body.size() * 3 / 5))
                + ",,{\"oops\"::]";
        }
        if (fault.kind == Kind::TruncatedBody)
            mode = Mode::Truncated;
        if (fault.kind == Kind::SlowDrip)
            mode = Mode::Drip;
        if (fault.kind == Kind::Latency)
            delay = fault.latency;
    }

    reply.headers += quota;

    // Validators on every whole 200 answer; a matching If-None-Match gets 304 and no body.
    if (reply.status == 200 && mode != Mode::Huge) {
        if (!hasHeader(reply.headers, "ETag")) {
            const QByteArray digest
                = QCryptographicHash::hash(reply.body, QCryptographicHash::Md5).toHex().left(16);
            reply.headers.append({ "ETag", '"' + digest + '"' });
        }
        if (call.ifNoneMatch(headerValue(reply.headers, "ETag"))) {
            reply.status = 304;
            reply.body.clear();
        }
    }

    entry.status = reply.status;
    m_log.append(entry);
    emit requestLogged(*service, reply.status);
    qCDebug(lcSandbox) << entry.method << path << "→" << reply.status
                       << SandboxFault::kindName(fault.kind);
    SandboxResponseWriter::deliver(
        socket, reply, mode, delay, fault.latency, fault.bodyBytes, headOnly);
}

void SandboxServer::handleControl(
    const QHttpServerRequest &request, QTcpSocket *socket, const QString &path)
{
    const auto send = [socket](const QJsonObject &object, int status = 200) {
        SandboxResponseWriter::deliver(
            socket, SandboxReply::json(object, status), SandboxResponseWriter::Mode::Whole, {});
    };
    const auto method = request.method();
    if (path == u"/_sandbox"_s || path == u"/_sandbox/"_s) {
        QJsonObject services;
        for (SandboxService service : allSandboxServices())
            services.insert(sandboxServiceName(service), serviceRoot(service).toString());
        send({ { u"services"_s, services },
            { u"control"_s,
                QJsonArray {
                    u"/_sandbox/faults"_s, u"/_sandbox/requests"_s, u"/_sandbox/settings"_s } } });
        return;
    }
    if (path == u"/_sandbox/faults"_s) {
        if (method == QHttpServerRequest::Method::Put
            || method == QHttpServerRequest::Method::Post) {
            QString error;
            if (!setFaultsFromJson(request.body(), &error)) {
                send({ { u"error"_s, error } }, 400);
                return;
            }
        } else if (method == QHttpServerRequest::Method::Delete) {
            clearFaults();
        } else if (method != QHttpServerRequest::Method::Get) {
            send({ { u"error"_s, u"use GET, PUT or DELETE"_s } }, 405);
            return;
        }
        send(faultsJson());
        return;
    }
    if (path == u"/_sandbox/requests"_s) {
        if (method == QHttpServerRequest::Method::Delete) {
            clearRequestLog();
            send({ { u"count"_s, 0 }, { u"requests"_s, QJsonArray() } });
            return;
        }
        const QUrlQuery query(request.url());
        const auto only = query.hasQueryItem(u"service"_s)
            ? sandboxServiceFromName(query.queryItemValue(u"service"_s))
            : std::nullopt;
        if (query.hasQueryItem(u"service"_s) && !only) {
            send({ { u"error"_s,
                     u"unknown service '%1'"_s.arg(query.queryItemValue(u"service"_s)) } },
                400);
            return;
        }
        QJsonArray requests;
        for (const SandboxRequest &entry : requestLog()) {
            if (!only || entry.service == *only)
                requests.append(entry.toJson());
        }
        send({ { u"count"_s, requests.size() }, { u"requests"_s, requests } });
        return;
    }
    if (path == u"/_sandbox/settings"_s) {
        if (method == QHttpServerRequest::Method::Put
            || method == QHttpServerRequest::Method::Post) {
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
            if (!document.isObject()) {
                send(
                    { { u"error"_s,
                        u"settings must be a JSON object such as {\"seed\":2,\"realism\":false}"_s } },
                    400);
                return;
            }
            const QJsonObject settings = document.object();
            if (settings.contains(u"seed"_s))
                setSeed(quint64(settings.value(u"seed"_s).toDouble()));
            if (settings.contains(u"realism"_s))
                setRealism(settings.value(u"realism"_s).toBool());
            if (settings.contains(u"now"_s))
                setNow(QDateTime::fromString(settings.value(u"now"_s).toString(), Qt::ISODate));
        }
        QMutexLocker locker(&m_mutex);
        const QJsonObject settings { { u"seed"_s, qint64(m_world->seed()) },
            { u"realism"_s, m_realism },
            { u"now"_s,
                m_fixedNow.isValid() ? QJsonValue(m_fixedNow.toString(Qt::ISODate))
                                     : QJsonValue(QJsonValue::Null) } };
        locker.unlock();
        send(settings);
        return;
    }
    send({ { u"error"_s, u"unknown control endpoint %1"_s.arg(path) } }, 404);
}

} // namespace gig
