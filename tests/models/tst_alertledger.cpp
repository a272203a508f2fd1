#include "models/alertledger.h"
#include "models/partialdate.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using gig::AlertLedger;
using gig::AlertMark;
using gig::PartialDate;
using gig::Release;
using gig::ReleaseType;
using State = gig::AlertMark::State;

namespace {

const QDateTime t0(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC);
const QString place = u"loc:berlin"_s;
const QString artistMbid = u"a74b1b7f-71a5-4011-9441-d0b5e4122711"_s;

bool everyGigIsMine(const QString &)
{
    return true;
}

Release release(const QString &mbid, PartialDate date)
{
    return { mbid, u"Title "_s + mbid, ReleaseType::Album, date };
}

QStringList unseenKeys(const QList<AlertMark> &marks)
{
    QStringList keys;
    for (const AlertMark &mark : marks) {
        if (mark.state == State::Unseen)
            keys.append(mark.key);
    }
    return keys;
}

} // namespace

class TestAlertLedger : public QObject
{
    Q_OBJECT

private slots:
    void firstFillOfAPlaceIsKnownNotNews();
    void newGigOfMyArtistIsNewsOnce();
    void newGigOfOthersIsKnown();
    void loadedMarksKeepGigsKnownAndUnseen();
    void seenGigIsNoLongerNew();
    void firstReleaseIsKnownNewerOneIsNewsOnce();
    void olderOrSameReleaseIsNotNews();
    void releaseAfterNoneIsNews();
};

void TestAlertLedger::firstFillOfAPlaceIsKnownNotNews()
{
    AlertLedger ledger;
    QSignalSpy unseen(&ledger, &AlertLedger::unseenChanged);
    const QList<AlertMark> marks = ledger.notePlace(place, { u"a"_s, u"b"_s }, everyGigIsMine, t0);
    QCOMPARE(marks.size(), 3);
    QCOMPARE(marks.at(0).kind, AlertMark::Kind::Place);
    QVERIFY(unseenKeys(marks).isEmpty());
    QVERIFY(ledger.knowsPlace(place));
    QVERIFY(ledger.knowsGig(u"b"_s));
    QCOMPARE(unseen.count(), 0);
}

void TestAlertLedger::newGigOfMyArtistIsNewsOnce()
{
    AlertLedger ledger;
    ledger.notePlace(place, { u"a"_s }, everyGigIsMine, t0);
    QSignalSpy unseen(&ledger, &AlertLedger::unseenChanged);
    const QList<AlertMark> marks = ledger.notePlace(place, { u"a"_s, u"c"_s }, everyGigIsMine, t0);
    QCOMPARE(unseenKeys(marks), QStringList { u"c"_s });
    QCOMPARE(unseen.count(), 1);
    QVERIFY(ledger.isUnseen(u"c"_s));
    QVERIFY(!ledger.isUnseen(u"a"_s));
    QVERIFY(ledger.notePlace(place, { u"a"_s, u"c"_s }, everyGigIsMine, t0).isEmpty());
    // Another saved place listing the same gig does not announce it again.
    const QList<AlertMark> other
        = ledger.notePlace(u"loc:potsdam"_s, { u"c"_s }, everyGigIsMine, t0);
    QCOMPARE(other.size(), 1);
    QCOMPARE(other.at(0).kind, AlertMark::Kind::Place);
}

void TestAlertLedger::newGigOfOthersIsKnown()
{
    AlertLedger ledger;
    ledger.notePlace(place, {}, everyGigIsMine, t0);
    const QList<AlertMark> marks = ledger.notePlace(
        place, { u"x"_s }, [](const QString &) { return false; }, t0);
    QCOMPARE(marks.size(), 1);
    QCOMPARE(marks.at(0).state, State::Known);
    // Following the artist later does not make the gig the table showed news.
    QVERIFY(ledger.notePlace(place, { u"x"_s }, everyGigIsMine, t0).isEmpty());
}

void TestAlertLedger::loadedMarksKeepGigsKnownAndUnseen()
{
    AlertLedger first;
    first.notePlace(place, { u"a"_s }, everyGigIsMine, t0);
    first.notePlace(place, { u"a"_s, u"n"_s }, everyGigIsMine, t0);
    AlertLedger second;
    QSignalSpy unseen(&second, &AlertLedger::unseenChanged);
    second.load(first.marks());
    QCOMPARE(unseen.count(), 1);
    QVERIFY(second.isUnseen(u"n"_s));
    QVERIFY(second.notePlace(place, { u"a"_s, u"n"_s }, everyGigIsMine, t0).isEmpty());
}

void TestAlertLedger::seenGigIsNoLongerNew()
{
    AlertLedger ledger;
    ledger.notePlace(place, {}, everyGigIsMine, t0);
    ledger.notePlace(place, { u"n"_s }, everyGigIsMine, t0);
    QSignalSpy unseen(&ledger, &AlertLedger::unseenChanged);
    const auto mark = ledger.markSeen(u"n"_s, t0.addSecs(5));
    QVERIFY(mark);
    QCOMPARE(mark->state, State::Seen);
    QCOMPARE(mark->markedAt, t0.addSecs(5));
    QCOMPARE(unseen.count(), 1);
    QVERIFY(!ledger.isUnseen(u"n"_s));
    QVERIFY(!ledger.markSeen(u"n"_s, t0));
    QVERIFY(!ledger.markSeen(u"unknown"_s, t0));
}

void TestAlertLedger::firstReleaseIsKnownNewerOneIsNewsOnce()
{
    AlertLedger ledger;
    const auto first
        = ledger.noteRelease(artistMbid, release(u"r1"_s, PartialDate::fromYearMonth(2024, 3)), t0);
    QVERIFY(first);
    QCOMPARE(first->state, State::Known);
    const auto newer = ledger.noteRelease(
        artistMbid, release(u"r2"_s, PartialDate::fromDate(QDate(2026, 11, 20))), t0);
    QVERIFY(newer);
    QCOMPARE(newer->state, State::Unseen);
    QVERIFY(!ledger.noteRelease(
        artistMbid, release(u"r2"_s, PartialDate::fromDate(QDate(2026, 11, 20))), t0));
    // The same release group with a corrected date is no news either.
    const auto corrected = ledger.noteRelease(
        artistMbid, release(u"r2"_s, PartialDate::fromDate(QDate(2026, 11, 21))), t0);
    QVERIFY(!corrected);
}

void TestAlertLedger::olderOrSameReleaseIsNotNews()
{
    AlertLedger ledger;
    ledger.noteRelease(artistMbid, release(u"r2"_s, PartialDate::fromYear(2025)), t0);
    // A release that MusicBrainz now puts first but that is not later (a type filter changed).
    const auto older
        = ledger.noteRelease(artistMbid, release(u"r0"_s, PartialDate::fromYear(2019)), t0);
    QVERIFY(older);
    QCOMPARE(older->state, State::Known);
    // "None" after a release (removed on MusicBrainz) is recorded nowhere and announced never.
    QVERIFY(!ledger.noteRelease(artistMbid, std::nullopt, t0));
}

void TestAlertLedger::releaseAfterNoneIsNews()
{
    AlertLedger ledger;
    QVERIFY(ledger.noteRelease(artistMbid, std::nullopt, t0));
    const auto debut
        = ledger.noteRelease(artistMbid, release(u"r1"_s, PartialDate::fromYear(2026)), t0);
    QVERIFY(debut);
    QCOMPARE(debut->state, State::Unseen);
}

QTEST_GUILESS_MAIN(TestAlertLedger)
#include "tst_alertledger.moc"
