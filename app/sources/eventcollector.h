// Gathers what an event parser reads from one page: each event and each artist once, lineups in
// billing order, skipped records logged with their reasons.
#pragma once

#include "app/sources/eventbatch.h"
#include "app/sources/sourceerror.h"

#include <QSet>
#include <QStringList>
#include <optional>

namespace gig {

class JsonRecord;

class EventCollector
{
public:
    // `service` names the answers in the log; `skipped` receives one sentence per record left out.
    EventCollector(QStringView service, QStringList *skipped);

    // Appends `artist` to `event`'s lineup and to the batch's artists, each only once. A source
    // that gives billing passes each act's; the event's billing then has one entry per act.
    void addPerformer(Event &event, const Artist &artist, std::optional<Billing> billing = {});
    // Adds `event` unless the page already had its id; logs the notes about its fields.
    void addEvent(Event event, const QStringList &notes);
    void skip(const QString &reason);

    EventBatch takeBatch() { return std::move(m_batch); }

    // Reads one event record: the event, or std::nullopt when it is left out (skip() says why).
    using EventReader
        = std::optional<Event> (*)(const QJsonValue &, EventCollector &, QStringList *notes);
    // The tail of every events parser: the array at `path` of `page` (missing: no events) read
    // record by record into `batch`. The error when `page` could not be read or the value at
    // `path` is not an array; `pageKind` names the page in it ("an events page").
    static std::optional<SourceError> readEvents(const JsonRecord &page, QStringView path,
        QStringView pageKind, QStringView service, EventReader read, EventBatch *batch,
        QStringList *skipped);

private:
    QString m_service;
    QStringList *m_skipped;
    EventBatch m_batch;
    QSet<QString> m_eventIds;
    QSet<QString> m_artistIds;
};

} // namespace gig
