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
    std::optional<SourceError> firstError;
    int answered = 0;
    int failed = 0;
};

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
    for (const auto &source : m_sources) {
        EventFetch *fetch = source->fetchEvents(query, priority);
        gathering->running.append(fetch);
        const QString provider = source->displayName();
        connect(
            fetch, &SourceReply::finished, combined, [combined, gathering, fetch, provider, total] {
                ++gathering->answered;
                if (fetch->ok()) {
                    gathering->batch.merge(fetch->value());
                } else {
                    const SourceError &error = *fetch->error();
                    ++gathering->failed;
                    if (!gathering->firstError)
                        gathering->firstError = error;
                    gathering->batch.complete = false;
                    const QString why = describeForPeople(error, provider);
                    gathering->batch.missingPages.append(
                        tr("the gigs from %1: %2").arg(provider, why));
                    gathering->batch.failedSources.append(why);
                }
                if (gathering->answered < total)
                    return;
                if (gathering->failed == total) {
                    combined->fail(*gathering->firstError);
                    return;
                }
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
