#include "app/export/exportgig.h"

#include "app/export/csvwriter.h"
#include "app/export/icswriter.h"
#include "models/gigmerge.h"
#include "models/gigstore.h"
#include "models/myartistset.h"

#include <QCoreApplication>
#include <QHash>
#include <QSaveFile>
#include <algorithm>

namespace gig {

QList<ExportGig> collectExportGigs(const GigStore &store, const QStringList &eventIds,
    const QGeoCoordinate &origin, ExportOrder order)
{
    QList<Event> events;
    events.reserve(eventIds.size());
    QHash<QString, qsizetype> position; // of each id in `eventIds`
    for (const QString &id : eventIds) {
        if (store.containsEvent(id) && !position.contains(id)) {
            position.insert(id, events.size());
            events.append(store.eventById(id).value);
        }
    }
    const QList<MergedGig> merged = mergeGigs(events, [&store](const QString &artistId) {
        return store.containsArtist(artistId) ? store.artist(artistId).value.name : QString();
    });
    QList<std::pair<qsizetype, ExportGig>> placed;
    placed.reserve(merged.size());
    for (const MergedGig &show : merged) {
        ExportGig gig;
        gig.event = show.event;
        qsizetype first = events.size();
        for (const GigListing &listing : show.listings) {
            gig.sourceIds.append(listing.eventId);
            if (!listing.url.isEmpty())
                gig.urls.append(listing.url);
            first = std::min(first, position.value(listing.eventId));
        }
        if (origin.isValid() && gig.event.venue.coordinate.isValid())
            gig.distanceKm = origin.distanceTo(gig.event.venue.coordinate) / 1000.0;
        gig.lineup = lineupReleases(store, gig.event);
        placed.append({ first, std::move(gig) });
    }
    std::sort(placed.begin(), placed.end(),
        [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<ExportGig> gigs;
    gigs.reserve(placed.size());
    for (auto &[first, gig] : placed)
        gigs.append(std::move(gig));
    if (order == ExportOrder::AsGiven)
        return gigs;
    std::stable_sort(gigs.begin(), gigs.end(), [](const ExportGig &a, const ExportGig &b) {
        if (const auto c = a.event.start.sortKey() <=> b.event.start.sortKey(); c != 0)
            return c < 0;
        if (const int c = a.event.name.compare(b.event.name); c != 0)
            return c < 0;
        return a.event.id < b.event.id;
    });
    return gigs;
}

bool saveExportFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QCoreApplication::translate("gig::Export", "Cannot write %1: %2")
                     .arg(path, file.errorString());
        return false;
    }
    return true;
}

qsizetype exportGigsToFile(const GigStore &store, const QStringList &eventIds,
    const QGeoCoordinate &origin, const QString &path, ExportFormat format, const QDateTime &now,
    QString *error)
{
    const QList<ExportGig> gigs = collectExportGigs(store, eventIds, origin, ExportOrder::AsGiven);
    CsvWriter::Options csv;
    csv.byteOrderMark = format == ExportFormat::CsvForExcel;
    const QByteArray bytes = format == ExportFormat::ICalendar ? IcsWriter::write(gigs, now)
                                                               : CsvWriter::write(gigs, csv);
    return saveExportFile(path, bytes, error) ? gigs.size() : -1;
}

QList<ExportGig> gigsOfMyArtists(const QList<ExportGig> &gigs, const MyArtistSet &artists)
{
    QList<ExportGig> mine;
    for (const ExportGig &gig : gigs) {
        const bool any = std::any_of(gig.lineup.cbegin(), gig.lineup.cend(),
            [&artists](const ArtistRelease &entry) { return artists.follows(entry.artist); });
        if (any)
            mine.append(gig);
    }
    return mine;
}

} // namespace gig
