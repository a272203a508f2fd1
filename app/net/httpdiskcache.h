// Answers kept on disk with their HTTP freshness (map tiles, cover art), so gigmap asks a server
// again only when HTTP says so.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>
#include <optional>

namespace gig {

// One file per URL holding the body and what HTTP said about it (ETag, Last-Modified,
// expiry). Writes are atomic; a broken file reads as a miss and is removed. The total size is
// bounded: the least recently written files go first.
class HttpDiskCache
{
public:
    // When the server says nothing about freshness, an answer is kept at least this long (the
    // OpenStreetMap tile usage policy asks it of tiles).
    static constexpr qint64 DefaultLifetimeSeconds = 7 * 24 * 3600;
    static constexpr qint64 DefaultMaxBytes = 256 * 1024 * 1024;

    struct Entry
    {
        QByteArray body;
        QByteArray etag;
        QByteArray lastModified;
        QDateTime expires; // UTC; the answer must be revalidated from then on
        bool isFresh(const QDateTime &now) const { return expires.isValid() && now < expires; }
        friend bool operator==(const Entry &, const Entry &) = default;
    };

    // An empty `directory` is the map tiles' folder, folderFor("tiles").
    explicit HttpDiskCache(const QString &directory = QString());
    // The application's cache location + "/" + `what`.
    static QString folderFor(const QString &what);

    QString directory() const { return m_directory; }
    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }

    std::optional<Entry> find(const QUrl &url) const;
    // Stores or replaces the entry; false (and nothing kept) when the disk refuses.
    bool store(const QUrl &url, const Entry &entry);
    void remove(const QUrl &url);
    void clear();

    // Until when a response may be used without asking again, from its headers
    // (Cache-Control max-age and Age, Expires, Date; no-cache means at once), or nullopt when it
    // must not be stored at all (no-store).
    static std::optional<QDateTime> expiryFrom(
        const QList<std::pair<QByteArray, QByteArray>> &headers, const QDateTime &now);

private:
    QString pathFor(const QUrl &url) const;
    void trim();

    QString m_directory;
    qint64 m_maxBytes = DefaultMaxBytes;
    qint64 m_bytesSinceTrim = 0;
};

} // namespace gig
