// An EventSource whose answers the test gives: each fetch waits until the test answers or fails
// it, unless answerAlways() says how to end every fetch at once.
#pragma once

#include "app/sources/eventsource.h"

#include <QList>
#include <QPointer>
#include <optional>
#include <variant>

namespace gig::testing {

class ScriptedEventSource final : public EventSource
{
public:
    using Outcome = std::variant<EventBatch, SourceError>;

    QString name() const override { return QStringLiteral("scripted"); }
    QString displayName() const override { return QStringLiteral("Scripted"); }

    EventFetch *fetchEvents(const EventQuery &query, RequestPriority priority) override
    {
        auto *fetch = new EventFetch(this);
        m_queries.append(query);
        m_priorities.append(priority);
        if (m_always)
            end(fetch, *m_always);
        else
            m_waiting.append(fetch);
        return fetch;
    }

    void answerAlways(std::optional<Outcome> outcome) { m_always = std::move(outcome); }
    qsizetype fetchCount() const { return m_queries.size(); }
    const QList<EventQuery> &queries() const { return m_queries; }
    const QList<RequestPriority> &priorities() const { return m_priorities; }
    // Fetches that wait for an answer and were not cancelled.
    qsizetype waitingCount() const
    {
        return std::count_if(m_waiting.cbegin(), m_waiting.cend(),
            [](const QPointer<EventFetch> &fetch) { return !fetch.isNull(); });
    }
    // Ends the oldest waiting fetch; false when none waits.
    bool answer(const EventBatch &batch) { return endOldest(batch); }
    bool fail(const SourceError &error) { return endOldest(error); }

private:
    static void end(EventFetch *fetch, const Outcome &outcome)
    {
        if (const auto *error = std::get_if<SourceError>(&outcome))
            fetch->fail(*error);
        else
            fetch->finish(std::get<EventBatch>(outcome));
    }
    bool endOldest(const Outcome &outcome)
    {
        while (!m_waiting.isEmpty()) {
            const QPointer<EventFetch> fetch = m_waiting.takeFirst();
            if (fetch) {
                end(fetch, outcome);
                return true;
            }
        }
        return false;
    }

    std::optional<Outcome> m_always;
    QList<QPointer<EventFetch>> m_waiting;
    QList<EventQuery> m_queries;
    QList<RequestPriority> m_priorities;
};

} // namespace gig::testing
