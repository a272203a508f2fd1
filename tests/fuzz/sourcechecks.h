// What every parser of app/sources promises whatever the body: a value or a reasoned error,
// a reason for every record left out, and batches whose events and artists hang together.
#pragma once

#include "app/sources/eventbatch.h"
#include "app/sources/parsed.h"
#include "fuzzinput.h"

#include <QSet>
#include <QUrl>

namespace gig::fuzz {

template<typename T> void checkParsed(const Parsed<T> &result)
{
    if (!result.ok())
        FUZZ_CHECK(!result.error->message.isEmpty());
    for (const QString &reason : result.skipped)
        FUZZ_CHECK(!reason.isEmpty());
}

// Events with an id under `prefix` ("tm:"), a name and a start date, each id once; artists each
// once; every artist a lineup names is in the batch; MBIDs normalized.
inline void checkBatch(const EventBatch &batch, QStringView prefix)
{
    QSet<QString> artistIds;
    for (const Artist &artist : batch.artists) {
        FUZZ_CHECK_DETAIL(
            artist.id.startsWith(prefix) && artist.id.size() > prefix.size(), artist.id);
        FUZZ_CHECK_DETAIL(!artistIds.contains(artist.id), artist.id);
        artistIds.insert(artist.id);
        FUZZ_CHECK_DETAIL(artist.mbid.isEmpty() || isNormalizedMbid(artist.mbid), artist.mbid);
        for (const QString &other : artist.otherMbids)
            FUZZ_CHECK_DETAIL(isNormalizedMbid(other) && other != artist.mbid, other);
    }
    QSet<QString> eventIds;
    for (const Event &event : batch.events) {
        FUZZ_CHECK_DETAIL(event.id.startsWith(prefix) && event.id.size() > prefix.size(), event.id);
        FUZZ_CHECK_DETAIL(!eventIds.contains(event.id), event.id);
        eventIds.insert(event.id);
        FUZZ_CHECK_DETAIL(!event.name.isEmpty(), event.id);
        FUZZ_CHECK_DETAIL(event.start.isValid(), event.id);
        FUZZ_CHECK_DETAIL(!event.venue.coordinate.isValid()
                || (qAbs(event.venue.coordinate.latitude()) <= 90
                    && qAbs(event.venue.coordinate.longitude()) <= 180),
            event.id);
        const QUrl page(event.url, QUrl::StrictMode);
        FUZZ_CHECK_DETAIL(event.url.isEmpty()
                || (page.isValid()
                    && (page.scheme() == QStringLiteral("https")
                        || page.scheme() == QStringLiteral("http"))
                    && page.toString(QUrl::FullyEncoded) == event.url),
            event.url);
        for (const QString &artistId : event.lineup)
            FUZZ_CHECK_DETAIL(
                artistIds.contains(artistId), event.id + QStringLiteral(" names ") + artistId);
        (void)event.start.toString();
        (void)event.start.utc();
        (void)event.start.sortKey();
    }
}

} // namespace gig::fuzz
