#include "app/sources/combinedeventsource.h"

#include <QLocale>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

// One combined fetch: the sources' fetches under way, what they brought, and the first error.
struct Gathering
{
    QList<QPointer<EventFetch>> running;
    EventBatch batch;
    QList<SourceState> states; // one per source, in the order asked
    std::optional<SourceError> firstError;
    int answered = 0;
    int failed = 0;
};

// How a source's finished fetch went, for the status bar.
SourceState stateOf(const EventFetch &fetch, const QString &provider)
{
    if (!fetch.ok()) {
        return { provider, SourceState::Outcome::Failed, 0,
            describeForPeople(*fetch.error(), provider) };
    }
    const EventBatch &found = fetch.value();
    const int gigs = int(found.events.size());
    if (found.hasEveryPage())
        return { provider, SourceState::Outcome::Read, gigs, {} };
    return { provider, SourceState::Outcome::Partial, gigs,
        CombinedEventSource::tr("Some pages of gigs from %1 could not be read.").arg(provider) };
}

} // namespace

CombinedEventSource::CombinedEventSource(
    std::vector<std::unique_ptr<EventSource>> sources, QObject *parent)
    : EventSource(parent)
    , m_sources(std::move(sources))
{
    Q_ASSERT(!m_sources.empty());
    for (const auto &source : m_sources)
        source->setParent(nullptr); // owned here, by the vector
}

CombinedEventSource::~CombinedEventSource() = default;

QString CombinedEventSource::name() const
{
    QStringList names;
    for (const auto &source : m_sources)
        names.append(source->name());
    return names.join(u'+');
}

QString CombinedEventSource::displayName() const
{
    QStringList names;
    for (const auto &source : m_sources)
        names.append(source->displayName());
    return QLocale().createSeparatedList(names);
}

EventFetch *CombinedEventSource::fetchEvents(const EventQuery &query, RequestPriority priority)
{
    auto *combined = new EventFetch(this);
    auto gathering = std::make_shared<Gathering>();
    const int total = int(m_sources.size());
    gathering->states.resize(total);
    for (int index = 0; index < total; ++index) {
        EventSource *source = m_sources.at(index).get();
        EventFetch *fetch = source->fetchEvents(query, priority);
        gathering->running.append(fetch);
        const QString provider = source->displayName();
        connect(fetch, &SourceReply::finished, combined,
            [combined, gathering, fetch, provider, index, total] {
                ++gathering->answered;
                gathering->states[index] = stateOf(*fetch, provider);
                if (fetch->ok()) {
                    gathering->batch.merge(fetch->value());
                } else {
                    ++gathering->failed;
                    if (!gathering->firstError)
                        gathering->firstError = *fetch->error();
                    gathering->batch.complete = false;
                    gathering->batch.missingPages.append(
                        tr("the gigs from %1: %2").arg(provider, gathering->states[index].problem));
                }
                if (gathering->answered < total)
                    return;
                if (gathering->failed == total) {
                    combined->fail(*gathering->firstError);
                    return;
                }
                gathering->batch.sources = gathering->states;
                gathering->batch.sortByStart();
                combined->finish(gathering->batch);
            });
    }
    // A combined fetch cancelled (or gone) cancels the sources' fetches still running.
    connect(combined, &QObject::destroyed, this, [gathering] {
        for (const QPointer<EventFetch> &fetch : std::as_const(gathering->running)) {
            if (fetch && !fetch->isFinished())
                fetch->cancel();
        }
    });
    return combined;
}

} // namespace gig
