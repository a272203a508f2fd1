// The batched look-up of latest releases against the sandbox's MusicBrainz, beside the per-artist
// browse over the same world: the same answer for every artist (partial, future and undated dates,
// secondary types, over 100 release groups, shared credits), over-long queries split, names found
// together, the pending count falling in steps, and a known release checked by the browse only.
// Bad answers: tst_batchedreleasefaults.
#include "app/refresh/workleases.h"
#include "batchedrig.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

using namespace test;

constexpr int artistCount = 110;

// Another desktop sharing the cache asks about the first artists claimed; the rest are this
// desktop's.
class FirstClaimsElsewhere final : public WorkLeases
{
public:
    explicit FirstClaimsElsewhere(int count)
        : m_left(count)
    { }
    Claim claim(const QString &key) override
    {
        if (!key.startsWith(u"release:"_s) || m_left == 0)
            return Claim::Granted;
        --m_left;
        elsewhere.append(key.mid(QStringView(u"release:").size()));
        return Claim::HeldElsewhere;
    }
    void release(const QString &, bool) override { }

    QStringList elsewhere;

private:
    int m_left;
};

} // namespace

class TstBatchedReleases : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void batchedPathGivesThePerArtistResult();
    void overLongQueriesAreSplitAndLoseNoArtist();
    void pendingCountFallsInVisibleSteps();
    void knownReleaseIsCheckedByTheBrowseOnly();
    void namesFoundTogetherMatchOneSearchEach();
    void artistsAskedElsewhereLeaveTheBatchFull();

private:
    // Compares the answers about every artist with the browse's.
    void compareWithBrowse(const Answers &answers);

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
    m_mbids = askedMbids(m_world, artistCount);

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

void TstBatchedReleases::compareWithBrowse(const Answers &answers)
{
    QCOMPARE(answers.size(), m_mbids.size());
    for (const QString &mbid : std::as_const(m_mbids)) {
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

// Desktops sharing a cache: the artists another desktop asks about leave a batch and the next
// ones waiting take their places, so dividing the work does not split the look-ups.
void TstBatchedReleases::artistsAskedElsewhereLeaveTheBatchFull()
{
    constexpr int batchArtists = 4;
    Rig rig(m_sandbox, true, batchArtists);
    const QStringList mbids = m_mbids.mid(0, 12);
    rig.addArtists(mbids);
    FirstClaimsElsewhere leases(2);
    rig.refresher->setLeases(&leases);
    QVERIFY(rig.run()); // the two are asked here too once the other desktop lets them go
    QCOMPARE(leases.elsewhere.size(), 2);

    const QList<SandboxRequest> log = m_sandbox.requestLog();
    const auto first = std::find_if(log.cbegin(), log.cend(),
        [](const SandboxRequest &r) { return r.query.hasQueryItem(u"query"_s); });
    QVERIFY(first != log.cend());
    const QString query = first->query.queryItemValue(u"query"_s, QUrl::FullyDecoded);
    qsizetype named = 0;
    for (const QString &mbid : mbids)
        named += query.contains(mbid) ? 1 : 0;
    QCOMPARE(named, batchArtists);
    for (const QString &mbid : std::as_const(leases.elsewhere))
        QVERIFY2(!query.contains(mbid), qPrintable(query));
    QCOMPARE(rig.answers(mbids).size(), mbids.size());
}

} // namespace gig

QTEST_GUILESS_MAIN(gig::TstBatchedReleases)
#include "tst_batchedreleases.moc"
