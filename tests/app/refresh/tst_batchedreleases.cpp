// The batched look-up of latest releases against the sandbox's MusicBrainz, beside the per-artist
// browse over the same world: the same answer for every artist (partial, future and undated dates,
// secondary types, over 100 release groups, shared credits), over-long queries split, bad answers
// losing no artist and leaving the cache as it was, the pending count falling in steps, and a
// known release checked by the browse only.
#include "app/net/requestqueue.h"
#include "app/refresh/releaserefresher.h"
#include "app/sandbox/sandboxserver.h"
#include "app/sandbox/sandboxworld.h"
#include "app/sources/musicbrainzsource.h"
#include "fastlane.h"
#include "models/gigstore.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

using Answers = QHash<QString, std::optional<Release>>;

constexpr int artistCount = 110;

// The sandbox's artists 0… with an MBID (first slot), some of whom share release groups.
QStringList askedMbids(const SandboxWorld &world)
{
    QStringList mbids;
    for (int index = 0; mbids.size() < artistCount; ++index) {
        if (!world.artist(index).mbids.isEmpty())
            mbids.append(world.artist(index).mbids.constFirst());
    }
    return mbids;
}

// A store holding the artists, a fast MusicBrainz lane, a refresher on the sandbox.
struct Rig
{
    Rig(SandboxServer &sandbox, bool batched, int batchArtists = releaseBatchArtists)
    {
        test::useFastMusicBrainzLane(queue);
        MusicBrainzSource::Config config;
        config.baseUrl = sandbox.serviceRoot(SandboxService::MusicBrainz);
        config.batchArtists = batchArtists;
        source = std::make_unique<MusicBrainzSource>(&queue, config);
        settings.batchedReleases = batched;
        settings.releaseRetryBase = std::chrono::milliseconds(1);
        settings.releaseRetryCap = std::chrono::milliseconds(5);
        refresher
            = std::make_unique<ReleaseRefresher>(source.get(), &store, Clock::system(), settings);
    }

    void addArtists(const QStringList &mbids)
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<Artist> artists;
        for (const QString &mbid : mbids)
            artists.append(Artist { u"a:"_s + mbid, mbid, u"Artist"_s, {} });
        store.upsertArtists(artists, now, now.addDays(1));
    }

    // Asks about every artist and waits until nothing is pending.
    bool run()
    {
        QSignalSpy idle(refresher.get(), &ReleaseRefresher::idle);
        refresher->enqueueLacking();
        return refresher->isIdle() || idle.wait(60000);
    }

    Answers answers(const QStringList &mbids) const
    {
        Answers answers;
        for (const QString &mbid : mbids) {
            if (store.containsLatestRelease(mbid))
                answers.insert(mbid, store.latestRelease(mbid).value.release);
        }
        return answers;
    }

    RequestQueue queue;
    GigStore store;
    RefreshSettings settings;
    std::unique_ptr<MusicBrainzSource> source;
    std::unique_ptr<ReleaseRefresher> refresher;
};

int searches(const QList<SandboxRequest> &log)
{
    return int(std::count_if(log.cbegin(), log.cend(), [](const SandboxRequest &r) {
        return r.service == SandboxService::MusicBrainz && r.query.hasQueryItem(u"query"_s);
    }));
}

QString describe(const std::optional<Release> &release)
{
    return release ? u"%1 (%2, %3)"_s.arg(
               release->title, releaseTypeName(release->type), release->date.toString())
                   : u"none"_s;
}

} // namespace

class TstBatchedReleases : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void batchedPathGivesThePerArtistResult();
    void overLongQueriesAreSplitAndLoseNoArtist();
    void badAnswersLoseNoArtistAndLeaveTheCache_data();
    void badAnswersLoseNoArtistAndLeaveTheCache();
    void pendingCountFallsInVisibleSteps();
    void knownReleaseIsCheckedByTheBrowseOnly();
    void namesFoundTogetherMatchOneSearchEach();

private:
    // Compares the answers about `mbids` (every artist by default) with the browse's.
    void compareWithBrowse(const Answers &answers, QStringList mbids = {});

    SandboxServer m_sandbox;
    const SandboxWorld m_world { 1 };
    QStringList m_mbids;
    Answers m_browsed; // the per-artist path's answers: the ground truth
    int m_browseRequests = 0;
};

void TstBatchedReleases::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLoggingCategory::setFilterRules(
        u"gigmap.*.debug=false\ngigmap.*.info=false\ngigmap.*.warning=false"_s);
    QVERIFY(m_sandbox.listen());
    m_sandbox.setRealism(false); // no 1/s limit: the lane here does not wait
    m_mbids = askedMbids(m_world);

    // The awkward histories are all there.
    const QDate today = QDateTime::currentDateTimeUtc().date();
    int many = 0, shared = 0, partnerNotAsked = 0, none = 0, partial = 0, future = 0, secondary = 0;
    for (const QString &mbid : std::as_const(m_mbids)) {
        const auto found = m_world.artistByMbid(mbid);
        const auto groups = m_world.releaseGroups(found->first, found->second, today);
        many += groups.size() > 100 ? 1 : 0;
        none += groups.isEmpty() ? 1 : 0;
        for (const SandboxReleaseGroup &group : groups) {
            if (group.credits.size() > 1) {
                ++shared;
                for (const auto &[index, slot] : group.credits)
                    partnerNotAsked
                        += m_mbids.contains(m_world.artist(index).mbids.value(slot)) ? 0 : 1;
            }
            partial += !group.firstReleaseDate.isEmpty() && group.firstReleaseDate.size() < 10;
            future += group.firstReleaseDate > today.toString(Qt::ISODate) ? 1 : 0;
            secondary += group.secondaryTypes.isEmpty() ? 0 : 1;
        }
    }
    QVERIFY(many > 0 && shared > 0 && partnerNotAsked > 0 && none > 0 && partial > 0 && future > 0
        && secondary > 0);

    Rig browse(m_sandbox, false);
    browse.addArtists(m_mbids);
    m_sandbox.clearRequestLog();
    QVERIFY(browse.run());
    m_browsed = browse.answers(m_mbids);
    QCOMPARE(m_browsed.size(), m_mbids.size());
    QCOMPARE(searches(m_sandbox.requestLog()), 0);
    m_browseRequests = int(m_sandbox.requestLog().size());
}

void TstBatchedReleases::init()
{
    m_sandbox.clearFaults();
    m_sandbox.clearRequestLog();
}

void TstBatchedReleases::compareWithBrowse(const Answers &answers, QStringList mbids)
{
    if (mbids.isEmpty())
        mbids = m_mbids;
    QCOMPARE(answers.size(), mbids.size());
    for (const QString &mbid : std::as_const(mbids)) {
        if (answers.value(mbid) != m_browsed.value(mbid)) {
            QFAIL(qPrintable(u"%1: batched %2, browsed %3"_s.arg(
                mbid, describe(answers.value(mbid)), describe(m_browsed.value(mbid)))));
        }
    }
}

void TstBatchedReleases::batchedPathGivesThePerArtistResult()
{
    Rig batched(m_sandbox, true);
    batched.addArtists(m_mbids);
    QVERIFY(batched.run());
    compareWithBrowse(batched.answers(m_mbids));

    const QList<SandboxRequest> log = m_sandbox.requestLog();
    QVERIFY(searches(log) > 0);
    QSet<QString> urls;
    for (const SandboxRequest &request : log) {
        const QString url = request.path + u'?' + request.query.toString();
        QVERIFY2(!urls.contains(url), qPrintable(u"asked twice: "_s + url));
        urls.insert(url);
        QCOMPARE(request.status, 200);
    }
    // Far fewer requests than one browse per artist.
    QVERIFY2(log.size() * 3 < m_browseRequests,
        qPrintable(u"%1 requests batched, %2 browsing"_s.arg(log.size()).arg(m_browseRequests)));
}

void TstBatchedReleases::overLongQueriesAreSplitAndLoseNoArtist()
{
    Rig batched(m_sandbox, true, 200); // all 110 MBIDs: over the sandbox's query length limit
    batched.addArtists(m_mbids);
    QVERIFY(batched.run());
    compareWithBrowse(batched.answers(m_mbids));
    const QList<SandboxRequest> log = m_sandbox.requestLog();
    QVERIFY(std::any_of(
        log.cbegin(), log.cend(), [](const SandboxRequest &r) { return r.status == 400; }));
    QVERIFY(std::any_of(log.cbegin(), log.cend(), [](const SandboxRequest &r) {
        return r.query.hasQueryItem(u"query"_s) && r.status == 200;
    }));
}

void TstBatchedReleases::badAnswersLoseNoArtistAndLeaveTheCache_data()
{
    QTest::addColumn<SandboxFault::Kind>("kind");
    QTest::addColumn<int>("latencyMs");
    QTest::addColumn<int>("every"); // every search, or every other one
    QTest::newRow("garbage") << SandboxFault::Kind::MalformedJson << 0 << 1;
    QTest::newRow("every other answer garbage") << SandboxFault::Kind::MalformedJson << 0 << 2;
    QTest::newRow("wrong shape") << SandboxFault::Kind::WrongShape << 0 << 1;
    QTest::newRow("503") << SandboxFault::Kind::ServiceUnavailable << 0 << 1;
    QTest::newRow("429") << SandboxFault::Kind::TooManyRequests << 0 << 1;
    QTest::newRow("500") << SandboxFault::Kind::InternalError << 0 << 1;
    QTest::newRow("timeout") << SandboxFault::Kind::Latency << 700 << 1;
    QTest::newRow("cut short") << SandboxFault::Kind::TruncatedBody << 0 << 1;
}

void TstBatchedReleases::badAnswersLoseNoArtistAndLeaveTheCache()
{
    QFETCH(SandboxFault::Kind, kind);
    QFETCH(int, latencyMs);
    QFETCH(int, every);
    SandboxFault fault;
    fault.kind = kind;
    fault.latency = std::chrono::milliseconds(latencyMs);
    fault.every = every;
    fault.match = u"query="_s; // searches only; the browses answer
    m_sandbox.setFault(SandboxService::MusicBrainz, fault);

    const QStringList mbids = m_mbids.mid(0, 30);
    Rig batched(m_sandbox, true);
    batched.addArtists(mbids);
    // A release known before stays as it was.
    const QString kept = mbids.constFirst();
    const Release before { u"00000000-0000-4000-8000-00000000beef"_s, u"Kept"_s, ReleaseType::Album,
        PartialDate::fromYear(1999) };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    batched.store.upsertLatestRelease({ kept, before }, now, now.addDays(1));
    QVERIFY(batched.run());

    Answers answers = batched.answers(mbids);
    QCOMPARE(answers.value(kept), std::optional<Release>(before));
    answers.insert(kept, m_browsed.value(kept));
    compareWithBrowse(answers, mbids);
    QVERIFY(searches(m_sandbox.requestLog()) > 0);
}

void TstBatchedReleases::pendingCountFallsInVisibleSteps()
{
    Rig batched(m_sandbox, true);
    batched.addArtists(m_mbids);
    QList<int> counts;
    connect(batched.refresher.get(), &ReleaseRefresher::pendingCountChanged, this,
        [&](int pending) { counts.append(pending); });
    QVERIFY(batched.run());
    QCOMPARE(counts.constFirst(), artistCount);
    QCOMPARE(counts.constLast(), 0);
    int bigSteps = 0;
    for (qsizetype i = 1; i < counts.size(); ++i) {
        QVERIFY2(counts.at(i) < counts.at(i - 1), "the count went up or stood still");
        bigSteps += counts.at(i - 1) - counts.at(i) >= 5 ? 1 : 0;
    }
    // Each batch's answer decides many artists at once, so the count falls in a few steps,
    // not one, and not one at a time.
    QVERIFY2(bigSteps >= 3, qPrintable(u"steps: %1"_s.arg(counts.size())));
    QVERIFY(counts.size() < artistCount / 2);
}

void TstBatchedReleases::knownReleaseIsCheckedByTheBrowseOnly()
{
    Rig batched(m_sandbox, true);
    batched.addArtists(m_mbids);
    QVERIFY(batched.run());
    m_sandbox.clearRequestLog();
    // The daily re-check: every release is old now.
    batched.store.markReleasesStale(m_mbids);
    QVERIFY(batched.run());
    compareWithBrowse(batched.answers(m_mbids));
    const QList<SandboxRequest> log = m_sandbox.requestLog();
    QCOMPARE(searches(log), 0);
    QVERIFY(log.size() >= m_mbids.size());
}

void TstBatchedReleases::namesFoundTogetherMatchOneSearchEach()
{
    // Artists known by name only: some unique on MusicBrainz, some namesakes, some absent.
    QList<Artist> byName;
    int namesakes = 0, absent = 0;
    for (int index = 200; byName.size() < 30; ++index) {
        const SandboxArtist artist = m_world.artist(index);
        namesakes += artist.mbids.size() > 1 ? 1 : 0;
        absent += artist.mbids.isEmpty() ? 1 : 0;
        byName.append(Artist { u"n:"_s + QString::number(index), {}, artist.name, {} });
    }
    QVERIFY(namesakes > 0 && absent > 0);
    auto runBy = [&](bool batched, QList<Artist> *rows, Answers *releases) {
        m_sandbox.clearRequestLog();
        Rig rig(m_sandbox, batched);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        rig.store.upsertArtists(byName, now, now.addDays(1));
        QVERIFY(rig.run());
        QStringList found;
        for (const Artist &artist : std::as_const(byName)) {
            rows->append(rig.store.artist(artist.id).value);
            if (!rows->constLast().mbid.isEmpty())
                found.append(rows->constLast().mbid);
        }
        *releases = rig.answers(found);
        QCOMPARE(releases->size(), found.size());
    };
    QList<Artist> oneByOne, together;
    Answers oneByOneReleases, togetherReleases;
    runBy(false, &oneByOne, &oneByOneReleases);
    const int singleSearches = int(m_sandbox.requestLog().size());
    runBy(true, &together, &togetherReleases);
    for (qsizetype i = 0; i < oneByOne.size(); ++i) {
        QCOMPARE(together.at(i).mbid, oneByOne.at(i).mbid);
        QCOMPARE(together.at(i).nameSearch, oneByOne.at(i).nameSearch);
    }
    QCOMPARE(togetherReleases, oneByOneReleases);
    const QList<SandboxRequest> log = m_sandbox.requestLog();
    const auto nameSearches = std::count_if(log.cbegin(), log.cend(),
        [](const SandboxRequest &r) { return r.path.endsWith(u"/artist"_s); });
    QVERIFY2(nameSearches * 5 < byName.size() && log.size() * 3 < singleSearches,
        qPrintable(u"%1 requests, %2 one by one"_s.arg(log.size()).arg(singleSearches)));
}

} // namespace gig

QTEST_GUILESS_MAIN(gig::TstBatchedReleases)
#include "tst_batchedreleases.moc"
