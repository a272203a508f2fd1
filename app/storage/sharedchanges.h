// What one desktop tells the others sharing a PostgreSQL cache after each write: the keys of the
// rows it wrote, in NOTIFY payloads on one channel. Each payload stays under PostgreSQL's limit
// of 8,000 bytes; a large write sends several.
#pragma once

#include "models/storesnapshot.h"

#include <QLatin1StringView>
#include <QStringList>

namespace gig {

struct ChangedKeys
{
    QString sender; // who wrote them: a desktop ignores its own
    QStringList events;
    QStringList artists;
    QStringList releases; // artist MBIDs
    QStringList locations;

    bool isEmpty() const
    {
        return events.isEmpty() && artists.isEmpty() && releases.isEmpty() && locations.isEmpty();
    }
    friend bool operator==(const ChangedKeys &, const ChangedKeys &) = default;
};

namespace SharedChanges {

inline constexpr QLatin1StringView channel { "gigmap_changes" };

// The rows `written` holds, as payloads of at most `maxBytes` bytes (UTF-8) each, each naming
// `sender` first.
QStringList payloads(
    const StoreSnapshot &written, const QString &sender, qsizetype maxBytes = 7900);
// The keys one payload names; entries it cannot read are left out.
ChangedKeys parse(const QString &payload);

} // namespace SharedChanges

} // namespace gig
