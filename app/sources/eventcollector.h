// Gathers what an event parser reads from one page: each event and each artist once, lineups in
// billing order, skipped records logged with their reasons.
#pragma once

#include "app/sources/eventbatch.h"

#include <QSet>
#include <QStringList>

namespace gig {

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

private:
    QString m_service;
    QStringList *m_skipped;
    EventBatch m_batch;
    QSet<QString> m_eventIds;
    QSet<QString> m_artistIds;
};

} // namespace gig
