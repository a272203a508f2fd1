// One gig as an export writes it: the event, its distance from the chosen place and its lineup
// with each artist's latest release, collected from GigStore in the order exports use.
#pragma once

#include "models/event.h"
#include "models/exportformat.h"
#include "models/lineupreleases.h"

#include <QDateTime>
#include <QGeoCoordinate>
#include <QList>

namespace gig {

class GigStore;
class MyArtistSet;

// One show: the providers' listings of it merged (models/gigmerge.h).
struct ExportGig
{
    Event event; // the merged gig; its id is the first provider's
    QStringList sourceIds; // every provider's id, in the order the merge prefers ("tm:…; sg:…")
    QStringList urls; // every provider's page of it, in the same order; none empty
    double distanceKm = -1; // < 0 when the venue or the place has no coordinate
    QList<ArtistRelease> lineup; // billing order

    friend bool operator==(const ExportGig &, const ExportGig &) = default;
};

enum class ExportOrder {
    ByStart, // by start (the UTC instant when known, else local time), then event name, then id
    AsGiven, // as `eventIds` lists them (the table's sort)
};

// The gigs `eventIds` names that the store holds, each show once (the providers' listings of it
// merged), in `order` (AsGiven: where the show's first listing is named).
QList<ExportGig> collectExportGigs(const GigStore &store, const QStringList &eventIds,
    const QGeoCoordinate &origin, ExportOrder order = ExportOrder::ByStart);

// The gigs with at least one of `artists` on their lineup, in the order given (export --mine).
QList<ExportGig> gigsOfMyArtists(const QList<ExportGig> &gigs, const MyArtistSet &artists);

// Writes `bytes` to `path` all or nothing (QSaveFile): a failed or interrupted export never
// leaves a half file. On failure `error` says why.
bool saveExportFile(const QString &path, const QByteArray &bytes, QString *error);

// The app's Export action: the gigs `eventIds` names (the table's rows, in its order) written to
// `path` in `format` (CSV for Excel starts with a UTF-8 byte-order mark). Returns how many gigs
// it wrote, or -1 with `error` saying why (an existing file at `path` is then left as it was).
qsizetype exportGigsToFile(const GigStore &store, const QStringList &eventIds,
    const QGeoCoordinate &origin, const QString &path, ExportFormat format, const QDateTime &now,
    QString *error);

} // namespace gig
