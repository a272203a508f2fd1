// A PagedFetch of gigs: each page's batch merged into one, a lost page named in
// EventBatch::missingPages, the gigs sorted by start at the end.
#pragma once

#include "app/sources/eventsource.h"
#include "app/sources/pagedfetch.h"
#include "app/sources/sourceslog.h"
#include "models/services.h"

namespace gig {

// Whether a gig fetch of `service` can be asked: false, with `reply` failed (InvalidQuery) and
// the reason, when the query has a problem or the service needs a key and `apiKey` is empty.
inline bool canAsk(
    EventFetch *reply, const EventQuery &query, Service service, const QString &apiKey)
{
    using namespace Qt::StringLiterals;
    QString problem = query.problem();
    if (problem.isEmpty() && serviceSpec(service).needsKey && apiKey.isEmpty())
        problem = u"no %1 API key is set"_s.arg(serviceSpec(service).displayName);
    if (problem.isEmpty())
        return true;
    reply->fail(SourceError { SourceError::Kind::InvalidQuery, problem, 0 });
    return false;
}

template<typename Page, typename Key = int>
class EventPages : public PagedFetch<EventBatch, Page, Key>
{
public:
    using Base = PagedFetch<EventBatch, Page, Key>;

protected:
    // `service`: the name the debug log gives the source.
    EventPages(const typename Base::Driver &driver, QString service)
        : Base(driver)
        , m_service(std::move(service))
    { }

    // Words naming a page for EventBatch::missingPages ("page 2 of 3 of …").
    virtual QString pageName(const Key &key) const = 0;
    // The batch is complete, before it is sorted: a source may filter it here.
    virtual void finishing() { }

    void mergePage(const Key &, const Page &page) override { m_batch.merge(page.batch); }

    void pageLost(const Key &key, const QString &why) override
    {
        using namespace Qt::StringLiterals;
        m_batch.missingPages.append(pageName(key) + u" ("_s + why + u')');
    }

    EventBatch result() override
    {
        finishing();
        m_batch.sortByStart();
        qCDebug(lcSources).noquote()
            << m_service << ':' << m_batch.events.size() << "gigs," << m_batch.artists.size()
            << "artists in" << this->reply()->requestCount() << "requests;"
            << m_batch.missingPages.size() << "pages lost";
        return std::move(m_batch);
    }

    EventBatch m_batch;

private:
    QString m_service;
};

} // namespace gig
