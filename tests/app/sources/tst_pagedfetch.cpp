// PagedFetch, the driver every paged source runs on, against a fake listing whose pages answer
// in reverse order: every page merged whatever the order, the request cap, a lost page named or
// fatal, a failing first page, and cancelling.
#include "app/sources/pagedfetch.h"
#include "fakeservice.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

// A page of the fake listing: {"pages": P, "items": ["p1-a", …]}.
struct TestPage
{
    int pages = 0;
    QStringList items;
};

Parsed<TestPage> parseTestPage(const QByteArray &body)
{
    Parsed<TestPage> parsed;
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    if (object.isEmpty()) {
        parsed.error = SourceError { SourceError::Kind::BadResponse, u"not a page"_s, 0 };
        return parsed;
    }
    parsed.value.pages = object.value(u"pages"_s).toInt();
    for (const QJsonValue &item : object.value(u"items"_s).toArray())
        parsed.value.items.append(item.toString());
    return parsed;
}

QString noMessage(const QByteArray &)
{
    return {};
}

struct Collected
{
    QStringList items; // in the order the pages arrived
    QStringList lost;
};

// The listing: `pages` pages of two items; page n > 0 answers after (pages - n) * 100 ms, so
// the last page arrives first. Pages in `failing` answer 500.
class Listing final : public QAbstractHttpServer
{
public:
    Listing(int pages, QList<int> failing = {})
        : m_pages(pages)
        , m_failing(std::move(failing))
    {
        m_port = listen(QHostAddress::LocalHost);
    }

    QUrl pageUrl(int number) const
    {
        return QUrl(u"http://127.0.0.1:%1/list?page=%2"_s.arg(m_port).arg(number));
    }
    int asked() const { return m_asked; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        ++m_asked;
        const int number = request.query().queryItemValue(u"page"_s).toInt();
        auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
        QByteArray body;
        int status = 200;
        if (m_failing.contains(number)) {
            status = 500;
        } else {
            const QJsonObject page { { u"pages"_s, m_pages },
                { u"items"_s, QJsonArray { u"p%1-a"_s.arg(number), u"p%1-b"_s.arg(number) } } };
            body = QJsonDocument(page).toJson(QJsonDocument::Compact);
        }
        // A cancelled request's socket may be gone by then: nothing to answer.
        QTimer::singleShot(
            number == 0 ? 0 : (m_pages - number) * 100, socket, [responder, body, status] {
                responder->write(
                    body, "application/json", QHttpServerResponder::StatusCode(status));
            });
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override { }

private:
    int m_pages;
    QList<int> m_failing;
    quint16 m_port = 0;
    int m_asked = 0;
};

// The smallest source: page 0 says how many pages follow.
class ListingFetch final : public PagedFetch<Collected, TestPage>
{
public:
    ListingFetch(const Driver &driver, const Listing *listing)
        : PagedFetch(driver)
        , m_listing(listing)
    { }

    int capsReached = 0;
    QList<SourceError> failures;

protected:
    QUrl pageUrl(const int &number) const override { return m_listing->pageUrl(number); }
    void mergePage(const int &, const TestPage &page) override { m_collected.items += page.items; }
    QList<int> nextPages(const int &number, const TestPage &page) override
    {
        QList<int> next;
        for (int later = 1; number == 0 && later < page.pages; ++later)
            next.append(later);
        return next;
    }
    void pageLost(const int &number, const QString &why) override
    {
        m_collected.lost.append(u"page %1 (%2)"_s.arg(number).arg(why));
    }
    void capReached(const int &) override { ++capsReached; }
    void failed(const SourceError &error) override { failures.append(error); }
    Collected result() override { return std::move(m_collected); }

private:
    const Listing *m_listing;
    Collected m_collected;
};

using Reply = SourceResult<Collected>;

} // namespace

class TestPagedFetch : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_queue = std::make_unique<RequestQueue>();
        test::makeLanesFast(*m_queue);
        LanePolicy policy = m_queue->lanePolicy(u"127.0.0.1"_s);
        policy.ratePerSecond = 0;
        policy.maxInFlight = 8;
        policy.maxRetries = 0;
        policy.backoffBase = std::chrono::milliseconds(10);
        m_queue->setLanePolicy(u"127.0.0.1"_s, policy);
    }
    void cleanup() { m_queue.reset(); }

    void readsEveryPageInAnyOrder();
    void capStopsFurtherPages();
    void lostPageIsNamedAndTheRestKept();
    void lostPageCanFailTheFetch();
    void failingFirstPageFailsTheFetch();
    void cancelStopsTheFetch();

private:
    std::shared_ptr<ListingFetch> makeFetch(const Listing &listing,
        LostPage lostPage = LostPage::Named, int maxRequests = std::numeric_limits<int>::max())
    {
        auto *reply = new Reply(m_queue.get());
        const ListingFetch::Driver driver { m_queue.get(), reply, RequestPriority::Interactive,
            &parseTestPage, &noMessage, lostPage, maxRequests };
        return std::make_shared<ListingFetch>(driver, &listing);
    }

    std::unique_ptr<RequestQueue> m_queue;
};

void TestPagedFetch::readsEveryPageInAnyOrder()
{
    Listing listing(5);
    const auto fetch = makeFetch(listing);
    fetch->start(0);
    const auto outcome = test::waitFor(fetch->reply());
    QVERIFY(outcome.finished);
    QVERIFY(!outcome.error);
    QCOMPARE(outcome.requestCount, 5);
    QCOMPARE(outcome.value.items.size(), 10);
    // The last page answered first: the order is the network's, every item is there once.
    QCOMPARE(outcome.value.items.mid(0, 2), QStringList({ u"p0-a"_s, u"p0-b"_s }));
    QVERIFY(outcome.value.items.indexOf(u"p4-a"_s) < outcome.value.items.indexOf(u"p1-a"_s));
    QStringList sorted = outcome.value.items;
    sorted.sort();
    sorted.removeDuplicates();
    QCOMPARE(sorted.size(), 10);
    QVERIFY(outcome.value.lost.isEmpty());
}

void TestPagedFetch::capStopsFurtherPages()
{
    Listing listing(6);
    const auto fetch = makeFetch(listing, LostPage::Named, 3);
    fetch->start(0);
    const auto outcome = test::waitFor(fetch->reply());
    QVERIFY(outcome.finished);
    QVERIFY(!outcome.error);
    QCOMPARE(outcome.requestCount, 3);
    QCOMPARE(listing.asked(), 3);
    QCOMPARE(fetch->capsReached, 3); // pages 3, 4 and 5
    QCOMPARE(outcome.value.items.size(), 6);
}

void TestPagedFetch::lostPageIsNamedAndTheRestKept()
{
    Listing listing(4, { 2 });
    const auto fetch = makeFetch(listing);
    fetch->start(0);
    const auto outcome = test::waitFor(fetch->reply());
    QVERIFY(outcome.finished);
    QVERIFY(!outcome.error);
    QCOMPARE(outcome.value.items.size(), 6);
    QVERIFY(!outcome.value.items.contains(u"p2-a"_s));
    QCOMPARE(outcome.value.lost.size(), 1);
    QVERIFY2(outcome.value.lost.first().startsWith(u"page 2 ("_s),
        qPrintable(outcome.value.lost.first()));
    QCOMPARE(listing.asked(), 5); // the lost page was asked once more
    QVERIFY(fetch->failures.isEmpty());
}

void TestPagedFetch::lostPageCanFailTheFetch()
{
    Listing listing(4, { 2 });
    const auto fetch = makeFetch(listing, LostPage::FailsTheFetch);
    fetch->start(0);
    const auto outcome = test::waitFor(fetch->reply());
    QVERIFY(outcome.finished);
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->httpStatus, 500);
}

void TestPagedFetch::failingFirstPageFailsTheFetch()
{
    Listing listing(3, { 0 });
    const auto fetch = makeFetch(listing);
    fetch->start(0);
    const auto outcome = test::waitFor(fetch->reply());
    QVERIFY(outcome.finished);
    QVERIFY(outcome.error);
    QCOMPARE(listing.asked(), 1);
    QCOMPARE(fetch->failures.size(), 1);
    QCOMPARE(fetch->failures.first().httpStatus, 500);
}

void TestPagedFetch::cancelStopsTheFetch()
{
    Listing listing(5);
    std::weak_ptr<ListingFetch> weak;
    bool finished = false;
    {
        const auto fetch = makeFetch(listing);
        weak = fetch;
        connect(fetch->reply(), &SourceReply::finished, this, [&finished] { finished = true; });
        fetch->start(0);
        // Cancel once the first page is in and the others are on their way.
        QVERIFY(QTest::qWaitFor([&] { return listing.asked() >= 5; }, 5000));
        fetch->reply()->cancel();
    }
    QTest::qWait(300);
    QVERIFY(!finished);
    QVERIFY(weak.expired()); // nothing waits on the cancelled pages any more
}

} // namespace gig

QTEST_GUILESS_MAIN(gig::TestPagedFetch)
#include "tst_pagedfetch.moc"
