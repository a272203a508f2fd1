#include "models/releaseprogress.h"

#include <QTest>

using gig::ReleaseProgress;

namespace {

const QDateTime t0(QDate(2026, 12, 4), QTime(20, 0), Qt::UTC);

} // namespace

class TestReleaseProgress : public QObject
{
    Q_OBJECT

private slots:
    void countsARound();
    void moreAddedGrowTheRound();
    void timeLeftAtThePaceSoFar();
    void aNewRoundStartsAfterNoneWerePending();
};

void TestReleaseProgress::countsARound()
{
    ReleaseProgress progress;
    QVERIFY(!progress.isActive());
    progress.update(165, t0);
    QVERIFY(progress.isActive());
    QCOMPARE(progress.total(), 165);
    QCOMPARE(progress.done(), 0);
    progress.update(153, t0.addSecs(12));
    QCOMPARE(progress.done(), 12);
    QCOMPARE(progress.pending(), 153);
    progress.update(0, t0.addSecs(170));
    QVERIFY(!progress.isActive());
    QCOMPARE(progress.total(), 0);
    progress.update(-3, t0); // nonsense is none
    QVERIFY(!progress.isActive());
}

void TestReleaseProgress::moreAddedGrowTheRound()
{
    ReleaseProgress progress;
    progress.update(10, t0);
    progress.update(6, t0.addSecs(4));
    progress.update(30, t0.addSecs(5)); // another place's 24 artists joined
    QCOMPARE(progress.total(), 34);
    QCOMPARE(progress.done(), 4);
}

void TestReleaseProgress::timeLeftAtThePaceSoFar()
{
    ReleaseProgress progress;
    progress.update(150, t0);
    QCOMPARE(progress.secondsLeft(t0.addSecs(1)), std::nullopt); // nothing known yet
    progress.update(149, t0.addSecs(1));
    QCOMPARE(progress.secondsLeft(t0.addSecs(1)), std::nullopt); // one is no pace
    progress.update(140, t0.addSecs(10)); // 10 in 10 s
    QCOMPARE(progress.secondsLeft(t0.addSecs(10)), 140);
    QCOMPARE(progress.secondsLeft(t0.addSecs(20)), 280); // slower since: 10 in 20 s
}

void TestReleaseProgress::aNewRoundStartsAfterNoneWerePending()
{
    ReleaseProgress progress;
    progress.update(5, t0);
    progress.update(0, t0.addSecs(5));
    progress.update(3, t0.addSecs(100));
    QCOMPARE(progress.total(), 3);
    QCOMPARE(progress.done(), 0);
    progress.update(1, t0.addSecs(104));
    QCOMPARE(progress.secondsLeft(t0.addSecs(104)), 2); // timed from the new round's start
}

QTEST_APPLESS_MAIN(TestReleaseProgress)
#include "tst_releaseprogress.moc"
