// Map tiles from a tile server (OpenStreetMap by default) through the RequestQueue and a disk
// cache.
#pragma once

#include "app/net/cachedfetch.h"
#include "app/net/httpdiskcache.h"
#include "models/tilesource.h"

#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <functional>

namespace gig {

class QueuedReply;
class RequestQueue;

// Fresh tiles come from disk without a request; stale ones are revalidated with If-None-Match
// (or If-Modified-Since) and a 304 renews them; new ones are fetched on the tile server's lane at
// interactive priority, most urgent first, a few at a time, and cancelled when the map no
// longer wants them. When the server fails, a stale copy is better than nothing.
class NetworkTileSource final : public TileSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkTileSource)

public:
    static constexpr int DefaultMaxInFlight = 4;

    // The queue is not owned and must outlive the source; its clock decides freshness.
    explicit NetworkTileSource(RequestQueue *queue, QObject *parent = nullptr);
    ~NetworkTileSource() override;

    // The tile service's row of the service table (OpenStreetMap's).
    static QString defaultUrlTemplate();
    // {z}, {x} and {y} are required; {s} becomes a subdomain (a, b, c), {r} becomes "@2x" on
    // high-DPI screens and "" otherwise, and {key} becomes `key` (a template with {key} needs
    // one). Only http(s) is accepted (plain http to loopback only, as the queue enforces).
    // Returns false, and keeps the old template and key, when they are unusable; errorString()
    // says why.
    bool setUrlTemplate(const QString &urlTemplate, const QString &key = QString());
    QString urlTemplate() const { return m_template; }
    QString errorString() const { return m_errorString; }
    QUrl urlFor(const TileId &tile) const;

    void setCacheDirectory(const QString &directory);
    QString cacheDirectory() const { return m_cache.directory(); }
    void setCacheMaxBytes(qint64 bytes) { m_cache.setMaxBytes(bytes); }
    void setMaxZoom(int zoom);
    void setMaxInFlight(int count);

    void request(const TileId &tile, int priority) override;
    void cancel(const TileId &tile) override;
    int maxZoom() const override { return m_maxZoom; }
    void setHighDpi(bool highDpi) override;

    int queuedCount() const { return int(m_waiting.size()); }
    int inFlightCount() const { return int(m_inFlight.size()); }

private:
    struct Waiting
    {
        TileId tile;
        int priority = 0;
        quint64 order = 0; // first come first served among equal priorities
    };
    struct InFlight
    {
        QPointer<QueuedReply> reply;
        CachedFetch fetch; // the tile's name in the disk cache and its stale copy
    };

    void pump();
    void send(const TileId &tile);
    void onFinished(const TileId &tile);
    void deliverSoon(const TileId &tile, const QByteArray &body);
    QUrl urlWithKey(const TileId &tile, const QString &key) const;
    // The disk cache's name for a tile: its URL without the key, so a renewed key keeps the
    // tiles already fetched.
    QUrl cacheUrlFor(const TileId &tile) const { return urlWithKey(tile, QString()); }

    QPointer<RequestQueue> m_queue;
    HttpDiskCache m_cache;
    QString m_template;
    QString m_key;
    QString m_errorString;
    bool m_highDpi = false;
    int m_maxZoom = 19;
    int m_maxInFlight = DefaultMaxInFlight;
    QList<Waiting> m_waiting;
    QHash<TileId, InFlight> m_inFlight;
    QHash<TileId, quint64> m_delivering; // answered from disk, signal not yet sent → ticket
    quint64 m_order = 0;
};

} // namespace gig
