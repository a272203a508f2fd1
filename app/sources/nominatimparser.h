// Reads Nominatim search answers (format=jsonv2) into places.
#pragma once

#include "app/sources/parsed.h"
#include "models/place.h"

#include <QByteArray>
#include <QList>

namespace gig {

// `GET /search?q=…&format=jsonv2`: the places in the service's order. An error body
// (`{"error": …}`) gives a ServiceError; a place without coordinates or display name is skipped.
Parsed<QList<Place>> parseNominatimSearch(const QByteArray &body);

// The service's own message when `body` is a Nominatim error body; empty otherwise.
QString nominatimErrorMessage(const QByteArray &body);

} // namespace gig
