// ReleaseRefresher on a scripted source and a test clock: what it asks again, when, and in which
// order.
// (tst_releaserefresher holds what a search by name leaves on the artist row.)
#include "app/refresh/releaserefresher.h"
#include "app/sources/releasesource.h"
#include "models/gigstore.h"
#include "tests/app/refresh/testclock.h"
#include "tests/models/storefixture.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <variant>

using namespace Qt::StringLiterals;
using namespace gig;
using namespace gig::testing;

namespace {

// Answers each ask with the next scripted outcome for its artist (the last one repeats).
class ScriptedReleaseSource final : public ReleaseSource
{
public:
    using Outcome = std::variant<SourceError, ReleaseAnswer>;

    void script(const QString &key, QList<Outcome> outcomes)
    {
        m_script.insert(key, std::move(outcomes));
    }
    int asks(const QString &key) const { return m_asks.value(key); }
    const QStringList &order() const { return m_order; } // every ask's key, first ask first

    ReleaseFetch *fetchLatestRelease(const Artist &artist, QDate, RequestPriority) override
    {
        const QString key = artist.hasMbid() ? artist.mbid : artist.id;
        const int ask = m_asks[key]++;
        m_order.append(key);
        const QList<Outcome> outcomes = m_script.value(key);
        auto *reply = new ReleaseFetch(this);
        const Outcome outcome = outcomes.at(std::min<qsizetype>(ask, outcomes.size() - 1));
        if (const auto *error = std::get_if<SourceError>(&outcome)) {
            reply->fail(*error);
        } else {
            ReleaseAnswer answer = std::get<ReleaseAnswer>(outcome);
            answer.artistId = artist.id;
            reply->finish(answer);
        }
        return reply;
    }

private:
    QHash<QString, QList<Outcome>> m_script;
    QHash<QString, int> m_asks;
    QStringList m_order;
};

const SourceError unreadable { SourceError::Kind::BadResponse, u"the answer is not JSON"_s, 200 };
const SourceError busy { SourceError::Kind::RateLimited, u"busy"_s, 503 };

ReleaseAnswer found(const QString &mbid)
{
    ReleaseAnswer answer;
    answer.mbid = mbid;
    answer.release = Release { u"rg-"_s + mbid, u"Title"_s, ReleaseType::Album,
        PartialDate::fromDate(QDate(2024, 5, 1)) };
    return answer;
}

} // namespace

class TestReleaseRetries : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void unreadableAnswerIsAskedAgainUntilItIsRead();
    void retriesAreBoundedThenTheRescanAsks();
    void invalidQueryIsNotAskedAgain();
    void shownPlaceIsAskedFirst();
    void freshReleaseIsAskedAgainOnlyOnceItIsOld();

private:
    void fill(const QList<Artist> &artists);

    std::shared_ptr<TestClock> m_clock;
    std::unique_ptr<GigStore> m_store;
    std::unique_ptr<ScriptedReleaseSource> m_source;
    RefreshSettings m_settings;
};

void TestReleaseRetries::init()
{
    // 2 logical seconds of backoff are 2 real milliseconds.
    m_clock = std::make_shared<TestClock>(1000.0);
    m_store = std::make_unique<GigStore>();
    m_store->setClock([c = m_clock] { return c->systemNow(); });
    m_source = std::make_unique<ScriptedReleaseSource>();
    m_settings = RefreshSettings {};
    m_settings.releaseRescanInterval = std::chrono::hours(24); // no rescan unless a test asks
}

void TestReleaseRetries::cleanup()
{
    m_source.reset();
    m_store.reset();
}

void TestReleaseRetries::fill(const QList<Artist> &artists)
{
    QStringList ids;
    for (const Artist &artist : artists)
        ids.append(artist.id);
    const QDateTime now = m_clock->systemNow();
    GigStore::Batch batch(*m_store);
    Event event = makeEvent(u"e1"_s, now.date().addDays(3), ids);
    m_store->upsertEvents({ event }, now, now.addSecs(3600));
    m_store->upsertArtists(artists, now, now.addSecs(3600));
    m_store->upsertLocation(makeLocation(u"here"_s, { u"e1"_s }), now, now.addSecs(3600));
}

void TestReleaseRetries::unreadableAnswerIsAskedAgainUntilItIsRead()
{
    // MusicBrainz answering with broken JSON, then 503s, then a good page: the release is read.
    fill({ makeArtist(u"a1"_s, u"Björk"_s, u"m1"_s) });
    m_source->script(u"m1"_s, { unreadable, busy, unreadable, found(u"m1"_s) });
    ReleaseRefresher refresher(m_source.get(), m_store.get(), m_clock, m_settings);
    QSignalSpy idle(&refresher, &ReleaseRefresher::idle);
    QSignalSpy failed(&refresher, &ReleaseRefresher::releaseFailed);
    refresher.enqueueLacking();
    QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, 10'000);
    QCOMPARE(m_source->asks(u"m1"_s), 4);
    QCOMPARE(failed.count(), 3);
    const Cached<LatestRelease> release = m_store->latestRelease(u"m1"_s);
    QVERIFY(!release.isPending());
    QCOMPARE(release.value.release->title, u"Title"_s);
    QCOMPARE(refresher.pendingCount(), 0);
}

void TestReleaseRetries::retriesAreBoundedThenTheRescanAsks()
{
    fill({ makeArtist(u"a1"_s, u"Björk"_s, u"m1"_s) });
    m_source->script(u"m1"_s, { unreadable });
    m_settings.releaseRetries = 3;
    ReleaseRefresher refresher(m_source.get(), m_store.get(), m_clock, m_settings);
    QSignalSpy idle(&refresher, &ReleaseRefresher::idle);
    refresher.enqueueLacking();
    QVERIFY(!refresher.isIdle());
    QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, 10'000);
    QCOMPARE(m_source->asks(u"m1"_s), 1 + 3); // the ask and three retries, then no more
    QVERIFY(m_store->latestRelease(u"m1"_s).isPending());
    // The next rescan starts a new round.
    m_source->script(u"m1"_s, { found(u"m1"_s) });
    refresher.enqueueLacking();
    QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 2, 10'000);
    QCOMPARE(m_source->asks(u"m1"_s), 5);
    QVERIFY(!m_store->latestRelease(u"m1"_s).isPending());
}

void TestReleaseRetries::invalidQueryIsNotAskedAgain()
{
    fill({ makeArtist(u"a1"_s, u"Björk"_s, u"m1"_s) });
    m_source->script(
        u"m1"_s, { SourceError { SourceError::Kind::InvalidQuery, u"not an MBID"_s, 0 } });
    ReleaseRefresher refresher(m_source.get(), m_store.get(), m_clock, m_settings);
    QSignalSpy idle(&refresher, &ReleaseRefresher::idle);
    refresher.enqueueLacking();
    QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, 10'000);
    QTest::qWait(50); // 50 logical seconds: a retry would have come
    QCOMPARE(m_source->asks(u"m1"_s), 1);
}

void TestReleaseRetries::shownPlaceIsAskedFirst()
{
    const QDateTime now = m_clock->systemNow();
    {
        GigStore::Batch batch(*m_store);
        // The other place's gig is sooner: without a shown place it would go first.
        m_store->upsertEvents({ makeEvent(u"soon"_s, now.date().addDays(1), { u"a1"_s }),
                                  makeEvent(u"later"_s, now.date().addDays(9), { u"a2"_s }) },
            now, now.addSecs(3600));
        m_store->upsertArtists(
            { makeArtist(u"a1"_s, u"One"_s, u"m1"_s), makeArtist(u"a2"_s, u"Two"_s, u"m2"_s) }, now,
            now.addSecs(3600));
        m_store->upsertLocation(makeLocation(u"other"_s, { u"soon"_s }), now, now.addSecs(3600));
        m_store->upsertLocation(makeLocation(u"shown"_s, { u"later"_s }), now, now.addSecs(3600));
    }
    m_source->script(u"m1"_s, { found(u"m1"_s) });
    m_source->script(u"m2"_s, { found(u"m2"_s) });
    m_settings.releaseFetchesInFlight = 1;
    ReleaseRefresher refresher(m_source.get(), m_store.get(), m_clock, m_settings);
    QSignalSpy idle(&refresher, &ReleaseRefresher::idle);
    refresher.setShownLocation(u"shown"_s);
    refresher.enqueueLacking();
    QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, 10'000);
    QCOMPARE(m_source->order(), (QStringList { u"m2"_s, u"m1"_s }));
}

void TestReleaseRetries::freshReleaseIsAskedAgainOnlyOnceItIsOld()
{
    fill({ makeArtist(u"a1"_s, u"Björk"_s, u"m1"_s) });
    m_source->script(u"m1"_s, { found(u"m1"_s) });
    m_settings.releaseLifetime = std::chrono::hours(24);
    m_settings.releaseRescanInterval = std::chrono::minutes(1); // 60 real milliseconds
    ReleaseRefresher refresher(m_source.get(), m_store.get(), m_clock, m_settings);
    QSignalSpy idle(&refresher, &ReleaseRefresher::idle);
    refresher.enqueueLacking();
    QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, 10'000);
    QCOMPARE(m_source->asks(u"m1"_s), 1);
    QVERIFY(m_store->latestRelease(u"m1"_s).isFresh());

    // Rescans while the release is fresh ask nothing.
    QTest::qWait(200); // three rescans' worth
    QCOMPARE(m_source->asks(u"m1"_s), 1);

    // A day later the release is old: the next rescan asks again.
    m_clock->advance(std::chrono::hours(25));
    QVERIFY(!m_store->latestRelease(u"m1"_s).isFresh());
    QTRY_COMPARE_WITH_TIMEOUT(m_source->asks(u"m1"_s), 2, 10'000);
}

QTEST_GUILESS_MAIN(TestReleaseRetries)
#include "tst_releaseretries.moc"
