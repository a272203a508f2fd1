// What a place search answers: the places a text names ("Berlin", "Brixton, London").
#pragma once

#include "app/net/networkresult.h"
#include "app/sources/sourcereply.h"
#include "models/place.h"

#include <QList>
#include <QObject>

namespace gig {

using PlaceFetch = SourceResult<QList<Place>>;

class PlaceSearch : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceSearch)

public:
    // The service's name for people, at the start of a sentence: "OpenStreetMap's place search".
    virtual QString displayName() const = 0;

    // Starts one search (never as-you-type: call it when the user asks). The reply is parented
    // to the source, emits finished() once and then deletes itself; cancel() drops it.
    virtual PlaceFetch *search(
        const QString &text, RequestPriority priority = RequestPriority::Interactive)
        = 0;

protected:
    explicit PlaceSearch(QObject *parent = nullptr)
        : QObject(parent)
    { }
};

} // namespace gig
