// The embedded stand-in for every outside service (demo mode, tests, benchmarks): Ticketmaster,
// Songkick, MusicBrainz, Nominatim and map tiles on loopback, with generated data, the real
// services' limits, fault injection and a request log.
#pragma once

#include "app/sandbox/sandboxfault.h"
#include "app/sandbox/sandboxrequestlog.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QUrl>
#include <chrono>
#include <functional>
#include <memory>
#include <vector>

class QHttpServerRequest;
class QTcpSocket;

namespace gig {

class SandboxHttpFrontend;
class SandboxRateLimiter;
class SandboxServiceHandler;
class SandboxWorld;

class SandboxServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    using Clock = std::function<std::chrono::steady_clock::time_point()>;

    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    // Call listen() in the thread the server lives in; every other method is thread-safe.
    bool listen(quint16 port = 0); // loopback only; 0 = any free port
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:PORT
    // http://127.0.0.1:PORT/ticketmaster/discovery/v2, …/songkick/api/3.0, …/musicbrainz/ws/2,
    // …/nominatim, …/tiles
    QUrl serviceRoot(SandboxService service) const;

    void setSeed(quint64 seed); // data is deterministic for a seed (default 1)
    quint64 seed() const;
    void setRealism(bool on); // server-side rate limits and real quirks (default on)
    bool realism() const;
    void setToday(
        QDate today); // the generator's "now" is noon UTC that day (default: the current time)
    void setNow(const QDateTime &now); // a fixed generator clock; invalid = the current time
    QDateTime now() const;
    // The clock of rate-limit windows and of the log's steadyAt (default: steady_clock::now).
    // Setting it empties the rate-limit windows, whose times came from the old clock.
    void setClock(Clock clock);

    // The service's one fault (replacing any others), or none for Kind::None.
    void setFault(SandboxService service, const SandboxFault &fault);
    // One more fault for the service: each request gets the first of its faults that is due
    // (every 7th malformed, every 4th a 503, …), or none.
    void addFault(SandboxService service, const SandboxFault &fault);
    SandboxFault fault(SandboxService service) const; // the first; Kind::None when none is set
    void clearFaults();
    // Reads {"service": fault or [fault, …], …} as the control endpoint and --faults files do.
    bool setFaultsFromJson(const QByteArray &json, QString *error = nullptr);
    QJsonObject faultsJson() const;

    QList<SandboxRequest> requestLog() const;
    int requestCount(SandboxService service) const;
    void clearRequestLog();

signals:
    void requestLogged(gig::SandboxService service, int status);

private:
    void handle(const QHttpServerRequest &request, QTcpSocket *socket);
    void handleControl(const QHttpServerRequest &request, QTcpSocket *socket, const QString &path);
    std::shared_ptr<const SandboxWorld> world() const;
    // The fault the request to `pathAndQuery` gets, counted against the schedule (m_mutex held).
    SandboxFault takeDueFault(SandboxService service, QStringView pathAndQuery);

    SandboxHttpFrontend *m_http = nullptr;
    // One per row of the service table, by Service.
    std::vector<std::unique_ptr<SandboxServiceHandler>> m_handlers;
    mutable QMutex m_mutex;
    std::shared_ptr<const SandboxWorld> m_world;
    QHash<SandboxService, QList<SandboxRateLimiter>> m_limits;
    struct ScheduledFault
    {
        SandboxFault fault;
        int seen = 0; // requests it matched since it was set
    };
    QHash<SandboxService, QList<ScheduledFault>> m_faults;
    bool m_realism = true;
    QDateTime m_fixedNow;
    Clock m_clock;
    quint16 m_port = 0;
    SandboxRequestLog m_log;
};

} // namespace gig
