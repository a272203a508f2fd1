// Reads Songkick 3.0 answers (location search, metro area calendar pages) into gigmap's values.
#pragma once

#include "app/sources/eventbatch.h"
#include "app/sources/parsed.h"

#include <QByteArray>
#include <QGeoCoordinate>

namespace gig {

struct SongkickMetroArea
{
    QString id; // e.g. "24426"
    QString name; // "London"
    QGeoCoordinate coordinate; // invalid when Songkick gives none

    friend bool operator==(const SongkickMetroArea &, const SongkickMetroArea &) = default;
};

struct SongkickCalendarPage
{
    EventBatch batch; // events "sk:…", artists "sk:…"; batch.metroArea is left empty
    int page = 1; // from 1
    int perPage = 0;
    qint64 totalEntries = 0;
};

// `GET /search/locations.json?location=geo:LAT,LNG`: the metro areas, best first (each once).
Parsed<QList<SongkickMetroArea>> parseSongkickLocations(const QByteArray &body);

// One page of `GET /metro_areas/{id}/calendar.json`. `resultsPage.status: "error"` gives a
// ServiceError with `error.message`; an event without id, name or start date is skipped.
Parsed<SongkickCalendarPage> parseSongkickCalendar(const QByteArray &body);

// The service's own message when `body` is a Songkick error body; empty otherwise.
QString songkickErrorMessage(const QByteArray &body);

} // namespace gig
