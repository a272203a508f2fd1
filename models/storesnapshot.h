// Rows of GigStore as plain values: what CacheDatabase loads at start and writes behind changes.
#pragma once

#include "models/artist.h"
#include "models/cached.h"
#include "models/event.h"
#include "models/latestrelease.h"
#include "models/location.h"

#include <QList>
#include <QMetaType>
#include <QStringList>

namespace gig {

// Either the whole store (removed lists empty) or the changes of some batches: rows to write and
// ids to delete. Cheap to copy (implicitly shared lists), safe to hand to another thread.
struct StoreSnapshot
{
    QList<Cached<Event>> events;
    QList<Cached<Artist>> artists;
    QList<Cached<LatestRelease>> releases;
    QList<Cached<Location>> locations;
    QStringList removedEventIds;
    QStringList removedArtistIds;
    QStringList removedReleaseMbids; // artist MBIDs
    QStringList removedLocationIds;

    bool isEmpty() const;
    qsizetype rowCount() const; // rows written plus rows deleted

    friend bool operator==(const StoreSnapshot &, const StoreSnapshot &) = default;
};

} // namespace gig

Q_DECLARE_METATYPE(gig::StoreSnapshot)
