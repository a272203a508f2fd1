// Runs one fetch of a paged listing: the first page, the pages it says follow, a request cap,
// lost pages named or fatal, and the finish once nothing is pending. A source says only what
// differs: the URL of a page, how to read one, which pages follow, how to merge, the result.
#pragma once

#include "app/sources/sourcereply.h"

#include <climits>
#include <memory>

namespace gig {

// What a later page that cannot be read (even when asked again) does to the fetch.
enum class LostPage {
    Named, // left out; pageLost() names it and the fetch goes on with the pages read
    FailsTheFetch, // the fetch ends with its error
};

template<typename Result, typename Page, typename Key = int>
class PagedFetch : public std::enable_shared_from_this<PagedFetch<Result, Page, Key>>
{
public:
    using Reply = SourceResult<Result>;
    using Parser = Parsed<Page> (*)(const QByteArray &);
    using MessageReader = QString (*)(const QByteArray &);

    struct Driver
    {
        RequestQueue *queue = nullptr;
        Reply *reply = nullptr;
        RequestPriority priority = RequestPriority::Background;
        Parser parse = nullptr; // how a page is read
        MessageReader serviceMessage = nullptr; // the service's words in an error body
        LostPage lostPage = LostPage::Named;
        int maxRequests = INT_MAX; // pages counted by countsAgainstCap() stop here
    };

    PagedFetch(const PagedFetch &) = delete;
    PagedFetch &operator=(const PagedFetch &) = delete;
    virtual ~PagedFetch() = default;

    Reply *reply() const { return m_driver.reply; }

    // Asks for the fetch's first page: when it cannot be read the fetch fails (failed() runs).
    void start(const Key &first)
    {
        auto self = this->shared_from_this();
        send(first, [self, first](const NetworkResult &result) {
            const std::optional<Page> page
                = self->reply()->take(result, self->m_driver.parse, self->m_driver.serviceMessage);
            if (!page) {
                if (const auto &error = self->reply()->error())
                    self->failed(*error);
                return;
            }
            self->read(first, *page);
        });
    }

    // Finishes the fetch with result() once no page is pending (and it has not ended yet).
    void finishWhenDone()
    {
        if (reply()->pendingCount() > 0 || reply()->isFinished())
            return;
        reply()->finish(result());
    }

protected:
    explicit PagedFetch(const Driver &driver)
        : m_driver(driver)
    { }

    // --- What each source says ---

    virtual QUrl pageUrl(const Key &key) const = 0;
    // Takes what a page holds into the result being built.
    virtual void mergePage(const Key &key, const Page &page) = 0;
    // The pages that follow `page` (asked at once; the lane paces them). None by default.
    virtual QList<Key> nextPages(const Key &key, const Page &page)
    {
        Q_UNUSED(key);
        Q_UNUSED(page);
        return {};
    }
    // The result, once every page is in or lost.
    virtual Result result() = 0;
    // With LostPage::Named: `key` could not be read; `why` is the reason in words.
    virtual void pageLost(const Key &key, const QString &why)
    {
        Q_UNUSED(key);
        Q_UNUSED(why);
    }
    // Whether asking for `key` counts against Driver::maxRequests (every page by default).
    virtual bool countsAgainstCap(const Key &key) const
    {
        Q_UNUSED(key);
        return true;
    }
    // The cap stopped `key` from being asked.
    virtual void capReached(const Key &key) { Q_UNUSED(key); }
    // The first page failed, and with it the fetch.
    virtual void failed(const SourceError &error) { Q_UNUSED(error); }

    // Asks for a page after the first.
    void fetchPage(const Key &key)
    {
        if (countsAgainstCap(key) && reply()->requestCount() >= m_driver.maxRequests) {
            capReached(key);
            return;
        }
        if (m_driver.lostPage == LostPage::FailsTheFetch) {
            start(key);
            return;
        }
        auto self = this->shared_from_this();
        reply()->sendPage(
            m_driver.queue, QNetworkRequest(pageUrl(key)), m_driver.priority,
            [self, key](const NetworkResult &result) -> std::optional<SourceError> {
                SourceError error;
                const std::optional<Page> page = parseAnswer(
                    result, self->m_driver.parse, self->m_driver.serviceMessage, &error);
                if (!page)
                    return error;
                self->read(key, *page);
                return std::nullopt;
            },
            [self, key](const SourceError &error) {
                self->pageLost(key, toString(error));
                self->finishWhenDone();
            });
    }

private:
    void send(const Key &key, std::function<void(const NetworkResult &)> handle)
    {
        reply()->send(
            m_driver.queue, QNetworkRequest(pageUrl(key)), m_driver.priority, std::move(handle));
    }

    void read(const Key &key, const Page &page)
    {
        mergePage(key, page);
        for (const Key &next : nextPages(key, page))
            fetchPage(next);
        finishWhenDone();
    }

    Driver m_driver;
};

} // namespace gig
