// Which artists each batched look-up names and where they go after its answer: windows in turn,
// halving after a refusal, everything handed back on failure, no artist ever lost.
#include "app/refresh/releasebatchplanner.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

QStringList names(int count, const QString &prefix = u"m"_s)
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list.append(prefix + QString::number(i));
    return list;
}

} // namespace

class TstReleaseBatchPlanner : public QObject
{
    Q_OBJECT

private slots:
    void batchesTakeAtMostTheSize();
    void undecidedArtistsMoveThroughTheWindowsThenToTheBrowse();
    void laterWindowWaitsForEarlierAnswers();
    void refusalHalvesTheBatchesOfItsWindow();
    void failureHandsEveryArtistBack();
    void rankOrdersTheBatch();
    void putBackAndTakeAllLoseNoArtist();
    void withdrawnArtistsAreReplacedFromTheirWindow();
};

void TstReleaseBatchPlanner::batchesTakeAtMostTheSize()
{
    ReleaseBatchPlanner planner;
    for (const QString &mbid : names(30))
        QVERIFY(planner.add(mbid));
    QVERIFY(!planner.add(u"m3"_s));
    const auto first = planner.take(25);
    QVERIFY(first);
    QCOMPARE(first->mbids, names(25));
    const auto second = planner.take(25);
    QCOMPARE(second->mbids.size(), 5);
    QVERIFY(!planner.take(25));
    QCOMPARE(planner.pendingCount(), 30); // in flight still counts
}

void TstReleaseBatchPlanner::undecidedArtistsMoveThroughTheWindowsThenToTheBrowse()
{
    ReleaseBatchPlanner planner(2);
    for (const QString &mbid : names(4))
        planner.add(mbid);
    auto batch = planner.take(10);
    QCOMPARE(planner.answered(*batch, { u"m0"_s, u"m1"_s }), QStringList());
    QCOMPARE(planner.pendingCount(), 2);
    batch = planner.take(10);
    QCOMPARE(batch->window, 1);
    QCOMPARE(batch->mbids, QStringList({ u"m2"_s, u"m3"_s }));
    QCOMPARE(planner.answered(*batch, { u"m2"_s }), QStringList({ u"m3"_s }));
    QCOMPARE(planner.pendingCount(), 0);
    QVERIFY(!planner.contains(u"m3"_s));
}

void TstReleaseBatchPlanner::laterWindowWaitsForEarlierAnswers()
{
    ReleaseBatchPlanner planner;
    for (const QString &mbid : names(20))
        planner.add(mbid);
    const auto a = planner.take(10);
    const auto b = planner.take(10);
    planner.answered(*a, {}); // ten undecided move on while b is in flight
    QVERIFY(!planner.take(25)); // b's undecided may join them
    QVERIFY(planner.take(10)); // unless they fill a batch already
    planner.answered(*b, {});
    QCOMPARE(planner.take(25)->mbids.size(), 10);
}

void TstReleaseBatchPlanner::refusalHalvesTheBatchesOfItsWindow()
{
    ReleaseBatchPlanner planner;
    for (const QString &mbid : names(25))
        planner.add(mbid);
    const auto batch = planner.take(25);
    QCOMPARE(planner.refused(*batch), QStringList());
    QCOMPARE(planner.pendingCount(), 25);
    const auto first = planner.take(25);
    QCOMPARE(first->mbids, names(13));
    const auto second = planner.take(25);
    QCOMPARE(second->mbids.size(), 12);
    // One artist refused alone goes to the browse.
    ReleaseBatchPlanner single;
    single.add(u"x"_s);
    QCOMPARE(single.refused(*single.take(25)), QStringList({ u"x"_s }));
    QCOMPARE(single.pendingCount(), 0);
}

void TstReleaseBatchPlanner::failureHandsEveryArtistBack()
{
    ReleaseBatchPlanner planner;
    for (const QString &mbid : names(5))
        planner.add(mbid);
    QCOMPARE(planner.failed(*planner.take(25)), names(5));
    QCOMPARE(planner.pendingCount(), 0);
    QVERIFY(planner.add(u"m1"_s)); // may be asked about again later
}

void TstReleaseBatchPlanner::rankOrdersTheBatch()
{
    ReleaseBatchPlanner planner;
    for (const QString &mbid : names(5))
        planner.add(mbid);
    const auto batch = planner.take(2, [](const QString &mbid) { return mbid == u"m4"_s ? 0 : 1; });
    QCOMPARE(batch->mbids, QStringList({ u"m4"_s, u"m0"_s }));
}

void TstReleaseBatchPlanner::putBackAndTakeAllLoseNoArtist()
{
    ReleaseBatchPlanner planner;
    for (const QString &mbid : names(6))
        planner.add(mbid);
    const auto batch = planner.take(4);
    planner.putBack(*batch);
    QStringList all = planner.takeAllWaiting();
    all.sort();
    QCOMPARE(all, names(6));
    QCOMPARE(planner.pendingCount(), 0);
}

// Artists another desktop asks about leave a batch, and the next ones waiting in its window take
// their places: the batch stays full, nobody is lost or named twice.
void TstReleaseBatchPlanner::withdrawnArtistsAreReplacedFromTheirWindow()
{
    ReleaseBatchPlanner planner;
    for (const QString &mbid : names(7))
        planner.add(mbid);
    auto batch = planner.take(4);
    QVERIFY(batch);
    planner.withdraw(*batch, { u"m1"_s, u"m2"_s });
    QCOMPARE(planner.refill(*batch, 2), (QStringList { u"m4"_s, u"m5"_s }));
    QCOMPARE(batch->mbids, (QStringList { u"m0"_s, u"m3"_s, u"m4"_s, u"m5"_s }));
    QCOMPARE(planner.refill(*batch, 3), QStringList { u"m6"_s }); // all that waits
    QVERIFY(planner.refill(*batch, 1).isEmpty());
    QVERIFY(!planner.take(4));
    QCOMPARE(planner.pendingCount(), 5); // m1 and m2 left with the other desktop
    QVERIFY(planner.answered(*batch, { u"m0"_s, u"m3"_s, u"m4"_s, u"m5"_s, u"m6"_s }).isEmpty());
    QCOMPARE(planner.pendingCount(), 0);
}

} // namespace gig

QTEST_GUILESS_MAIN(gig::TstReleaseBatchPlanner)
#include "tst_releasebatchplanner.moc"
