#include "app/net/httpdiskcache.h"

#include "app/net/netlogging.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QStandardPaths>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

constexpr quint32 Magic = 0x676d7431; // "gmt1"
constexpr qint32 FormatVersion = 1;

QByteArray headerValue(const QList<std::pair<QByteArray, QByteArray>> &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value.trimmed();
    }
    return {};
}

QDateTime parseHttpDate(const QByteArray &value)
{
    // RFC 9110 IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT") and the RFC 850 / asctime forms.
    const QString text = QString::fromLatin1(value).simplified();
    QDateTime date = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!date.isValid()) {
        for (const QString &format : { u"dddd, dd-MMM-yy HH:mm:ss 'GMT'"_s,
                 u"ddd MMM d HH:mm:ss yyyy"_s, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s }) {
            date = QLocale::c().toDateTime(text, format);
            if (date.isValid())
                break;
        }
        if (date.isValid())
            date.setTimeSpec(Qt::UTC);
    }
    return date.toUTC();
}

} // namespace

HttpDiskCache::HttpDiskCache(const QString &directory)
    : m_directory(directory.isEmpty()
            ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/tiles"_s
            : directory)
{ }

QString HttpDiskCache::folderFor(const QString &what)
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u'/' + what;
}

QString HttpDiskCache::pathFor(const QUrl &url) const
{
    const QByteArray hash
        = QCryptographicHash::hash(url.toEncoded(), QCryptographicHash::Sha1).toHex();
    // ".tile": the name the first files it kept (map tiles) got; kept so they are still found.
    return m_directory + u'/' + QString::fromLatin1(hash.left(2)) + u'/' + QString::fromLatin1(hash)
        + u".tile"_s;
}

std::optional<HttpDiskCache::Entry> HttpDiskCache::find(const QUrl &url) const
{
    QFile file(pathFor(url));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QDataStream in(&file);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    qint32 version = 0;
    QByteArray storedUrl;
    Entry entry;
    in >> magic >> version >> storedUrl >> entry.etag >> entry.lastModified >> entry.expires
        >> entry.body;
    if (in.status() != QDataStream::Ok || magic != Magic || version != FormatVersion
        || storedUrl != url.toEncoded()) {
        qCWarning(lcNet) << "dropping an unreadable cached answer" << file.fileName();
        file.close();
        QFile::remove(file.fileName());
        return std::nullopt;
    }
    return entry;
}

bool HttpDiskCache::store(const QUrl &url, const Entry &entry)
{
    const QString path = pathFor(url);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcNet).noquote()
            << "cannot cache an answer in" << path << ":" << file.errorString();
        return false;
    }
    QDataStream out(&file);
    out.setVersion(QDataStream::Qt_6_4);
    out << Magic << FormatVersion << url.toEncoded() << entry.etag << entry.lastModified
        << entry.expires.toUTC() << entry.body;
    if (out.status() != QDataStream::Ok || !file.commit()) {
        qCWarning(lcNet).noquote()
            << "cannot cache an answer in" << path << ":" << file.errorString();
        return false;
    }
    m_bytesSinceTrim += entry.body.size();
    if (m_bytesSinceTrim > m_maxBytes / 16)
        trim();
    return true;
}

void HttpDiskCache::remove(const QUrl &url)
{
    QFile::remove(pathFor(url));
}

void HttpDiskCache::clear()
{
    QDir(m_directory).removeRecursively();
}

void HttpDiskCache::trim()
{
    m_bytesSinceTrim = 0;
    struct File
    {
        QString path;
        qint64 size;
        QDateTime modified;
    };
    QList<File> files;
    qint64 total = 0;
    QDirIterator it(m_directory, { u"*.tile"_s }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        files.append(File { info.filePath(), info.size(), info.lastModified() });
        total += info.size();
    }
    if (total <= m_maxBytes)
        return;
    std::sort(files.begin(), files.end(),
        [](const File &a, const File &b) { return a.modified < b.modified; });
    const qint64 target = m_maxBytes * 9 / 10; // some room, so trims are rare
    for (const File &file : std::as_const(files)) {
        if (total <= target)
            break;
        if (QFile::remove(file.path))
            total -= file.size;
    }
}

std::optional<QDateTime> HttpDiskCache::expiryFrom(
    const QList<std::pair<QByteArray, QByteArray>> &headers, const QDateTime &now)
{
    const QByteArray cacheControl = headerValue(headers, "Cache-Control").toLower();
    std::optional<qint64> maxAge;
    bool noCache = false;
    for (const QByteArray &part : cacheControl.split(',')) {
        const QByteArray directive = part.trimmed();
        if (directive == "no-store")
            return std::nullopt;
        if (directive == "no-cache" || directive.startsWith("no-cache="))
            noCache = true;
        if (directive.startsWith("max-age=")) {
            bool ok = false;
            const qint64 seconds = directive.mid(8).trimmed().toLongLong(&ok);
            if (ok && seconds >= 0)
                maxAge = seconds;
        }
    }
    if (noCache)
        return now; // keep it, but ask before every use
    if (maxAge) {
        bool ok = false;
        const qint64 age = headerValue(headers, "Age").toLongLong(&ok);
        return now.addSecs(std::max<qint64>(0, *maxAge - (ok && age > 0 ? age : 0)));
    }
    const QByteArray expires = headerValue(headers, "Expires");
    if (!expires.isEmpty()) {
        const QDateTime at = parseHttpDate(expires);
        if (!at.isValid())
            return now; // an invalid Expires means "already expired" (RFC 9111 5.3)
        // Measure from the server's Date so a skewed local clock does not stretch or cut it.
        const QDateTime date = parseHttpDate(headerValue(headers, "Date"));
        const qint64 lifetime = date.isValid() ? date.secsTo(at) : now.secsTo(at);
        return now.addSecs(std::max<qint64>(0, lifetime));
    }
    return now.addSecs(DefaultLifetimeSeconds);
}

} // namespace gig
