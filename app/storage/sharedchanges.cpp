#include "app/storage/sharedchanges.h"

#include "app/storage/cacheschema.h"

using namespace Qt::StringLiterals;

namespace gig::SharedChanges {

namespace {

// Each entry is a table's letter, a colon and the key; entries are joined like id lists.
constexpr QChar eventTag = u'e';
constexpr QChar artistTag = u'a';
constexpr QChar releaseTag = u'r';
constexpr QChar locationTag = u'l';
constexpr QChar senderTag = u's';

} // namespace

QStringList payloads(const StoreSnapshot &written, const QString &sender, qsizetype maxBytes)
{
    const QString first = senderTag + u':' + sender;
    QStringList entries;
    for (const auto &row : written.events)
        entries.append(eventTag + u':' + row.value.id);
    for (const auto &row : written.artists)
        entries.append(artistTag + u':' + row.value.id);
    for (const auto &row : written.releases)
        entries.append(releaseTag + u':' + row.value.artistMbid);
    for (const auto &row : written.locations)
        entries.append(locationTag + u':' + row.value.id);

    QStringList result;
    const qsizetype firstBytes = first.toUtf8().size();
    QString current = first;
    qsizetype currentBytes = firstBytes;
    for (const QString &entry : std::as_const(entries)) {
        const qsizetype bytes = entry.toUtf8().size() + 1;
        if (bytes + firstBytes > maxBytes)
            continue; // a key that long names no row gigmap writes
        if (currentBytes + bytes > maxBytes) {
            result.append(current);
            current = first;
            currentBytes = firstBytes;
        }
        current += CacheSchema::listSeparator + entry;
        currentBytes += bytes;
    }
    if (currentBytes > firstBytes)
        result.append(current);
    return result;
}

ChangedKeys parse(const QString &payload)
{
    ChangedKeys keys;
    for (const QString &entry : payload.split(CacheSchema::listSeparator, Qt::SkipEmptyParts)) {
        if (entry.size() < 3 || entry.at(1) != u':')
            continue;
        const QString key = entry.mid(2);
        const QChar tag = entry.at(0);
        if (tag == senderTag)
            keys.sender = key;
        else if (tag == eventTag)
            keys.events.append(key);
        else if (tag == artistTag)
            keys.artists.append(key);
        else if (tag == releaseTag)
            keys.releases.append(key);
        else if (tag == locationTag)
            keys.locations.append(key);
    }
    return keys;
}

} // namespace gig::SharedChanges
