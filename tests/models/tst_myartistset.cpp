#include "models/myartists.h"
#include "models/myartistset.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using gig::Artist;
using gig::ArtistOrigin;
using gig::FollowedArtist;
using gig::MyArtistSet;

namespace {

const QString radioheadId = u"a74b1b7f-71a5-4011-9441-d0b5e4122711"_s;
const QString otherId = u"11111111-2222-3333-4444-555555555555"_s;

FollowedArtist followed(
    const QString &name, const QString &mbid = {}, ArtistOrigin origin = ArtistOrigin::ByHand)
{
    return FollowedArtist { mbid, name, origin, QDateTime(QDate(2026, 12, 1), QTime(), Qt::UTC) };
}

Artist lineupArtist(const QString &name, const QString &mbid = {}, QStringList other = {})
{
    return Artist { u"tm:"_s + name, mbid, name, std::move(other) };
}

} // namespace

class TestMyArtistSet : public QObject
{
    Q_OBJECT

private slots:
    void matchesByMbidFirstThenByName_data();
    void matchesByMbidFirstThenByName();
    void addMergesDuplicatesAndLearnsMbids();
    void refusesAnArtistWithoutNameOrId();
    void removesByMbidOrByName();
    void unfollowRemovesWhatMatches();
    void originsReadBackFromTheirNames();
    void recognisesMbids_data();
    void recognisesMbids();
    void myArtistsSignalsOnlyRealChanges();
};

void TestMyArtistSet::matchesByMbidFirstThenByName_data()
{
    QTest::addColumn<QList<FollowedArtist>>("mine");
    QTest::addColumn<Artist>("artist");
    QTest::addColumn<bool>("follows");

    const QList<FollowedArtist> byId { followed(u"Radiohead"_s, radioheadId) };
    const QList<FollowedArtist> byName { followed(u"Björk"_s) };
    QTest::newRow("same mbid") << byId << lineupArtist(u"Radiohead (live)"_s, radioheadId) << true;
    QTest::newRow("mbid in upper case")
        << byId << lineupArtist(u"x"_s, radioheadId.toUpper()) << true;
    QTest::newRow("same name, other mbid: another artist")
        << byId << lineupArtist(u"Radiohead"_s, otherId) << false;
    QTest::newRow("lineup has no mbid: by name") << byId << lineupArtist(u"radiohead"_s) << true;
    QTest::newRow("one of the other mbids")
        << byId << lineupArtist(u"Thom"_s, otherId, { radioheadId }) << true;
    QTest::newRow("followed by name, lineup has an mbid")
        << byName << lineupArtist(u"Bjork"_s, otherId) << true;
    QTest::newRow("accents and case") << byName << lineupArtist(u"BJÖRK"_s) << true;
    QTest::newRow("a leading The") << QList<FollowedArtist> { followed(u"The National"_s) }
                                   << lineupArtist(u"National"_s) << true;
    QTest::newRow("another name") << byName << lineupArtist(u"Bjorn"_s) << false;
    QTest::newRow("empty name") << byName << lineupArtist(QString()) << false;
    QTest::newRow("nobody followed")
        << QList<FollowedArtist>() << lineupArtist(u"Björk"_s) << false;
}

void TestMyArtistSet::matchesByMbidFirstThenByName()
{
    QFETCH(QList<FollowedArtist>, mine);
    QFETCH(Artist, artist);
    QFETCH(bool, follows);
    const MyArtistSet set(mine);
    QCOMPARE(set.follows(artist), follows);
    QCOMPARE(set.matches(artist).isEmpty(), !follows);
}

void TestMyArtistSet::addMergesDuplicatesAndLearnsMbids()
{
    MyArtistSet set;
    QVERIFY(set.add(followed(u"Radiohead"_s)));
    QVERIFY(!set.add(followed(u"radiohead"_s))); // same name
    QCOMPARE(set.size(), 1);
    // The entry known by name learns the id; it keeps its origin and date.
    QVERIFY(set.add(followed(u"Radiohead"_s, radioheadId.toUpper(), ArtistOrigin::MusicLibrary)));
    QCOMPARE(set.size(), 1);
    QCOMPARE(set.artists().constFirst().mbid, radioheadId);
    QCOMPARE(set.artists().constFirst().origin, ArtistOrigin::ByHand);
    QVERIFY(!set.add(followed(u"Other name"_s, radioheadId))); // same id
    // Another artist of the same name, with its own id, is its own entry.
    QVERIFY(set.add(followed(u"Radiohead"_s, otherId)));
    QCOMPARE(set.size(), 2);
    // A name that an entry with an id has is not added again by name.
    QVERIFY(!set.add(followed(u"RADIOHEAD"_s)));
    QCOMPARE(set.size(), 2);
}

void TestMyArtistSet::refusesAnArtistWithoutNameOrId()
{
    MyArtistSet set;
    QVERIFY(!set.add(followed(u"  "_s)));
    QVERIFY(set.isEmpty());
    QVERIFY(set.add(followed(QString(), radioheadId)));
    QCOMPARE(set.artists().constFirst().displayName(), radioheadId);
}

void TestMyArtistSet::removesByMbidOrByName()
{
    MyArtistSet set({ followed(u"Radiohead"_s, radioheadId),
        followed(u"Björk"_s, u"87c5dedd-371d-4a53-9f7f-80522fb7f3cb"_s),
        followed(u"Bjork"_s, otherId) });
    QCOMPARE(set.size(), 3);
    QCOMPARE(set.remove(radioheadId.toUpper()), 1);
    QVERIFY(!set.follows(lineupArtist(u"Radiohead"_s, radioheadId)));
    QCOMPARE(set.remove(u"nobody"_s), 0);
    QCOMPARE(set.remove(u"BJORK"_s), 2); // by name: every entry of that name
    QVERIFY(set.isEmpty());
    QVERIFY(!set.follows(lineupArtist(u"Björk"_s)));
}

void TestMyArtistSet::unfollowRemovesWhatMatches()
{
    MyArtistSet set({ followed(u"Radiohead"_s, radioheadId), followed(u"Radiohead"_s, otherId),
        followed(u"Björk"_s) });
    // The lineup's Radiohead has the first id: only that entry goes.
    QCOMPARE(set.removeMatching(lineupArtist(u"Radiohead"_s, radioheadId)), 1);
    QVERIFY(set.follows(lineupArtist(u"Radiohead"_s, otherId)));
    QCOMPARE(set.removeMatching(lineupArtist(u"bjork"_s)), 1);
    QCOMPARE(set.size(), 1);
    QVERIFY(set.removeEntry(set.artists().constFirst()));
    QVERIFY(set.isEmpty());
}

void TestMyArtistSet::originsReadBackFromTheirNames()
{
    for (const ArtistOrigin origin : { ArtistOrigin::MusicLibrary, ArtistOrigin::ListenBrainz,
             ArtistOrigin::LastFm, ArtistOrigin::ByHand }) {
        QCOMPARE(gig::artistOriginFromName(gig::artistOriginName(origin)), origin);
        QVERIFY(!gig::artistOriginText(origin).isEmpty());
    }
    QCOMPARE(gig::artistOriginFromName(u"spotify"), std::nullopt);
}

void TestMyArtistSet::recognisesMbids_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical"); // empty: not an MBID
    QTest::newRow("lower") << radioheadId << radioheadId;
    QTest::newRow("upper, spaces") << u" "_s + radioheadId.toUpper() + u" "_s << radioheadId;
    QTest::newRow("braces") << u"{"_s + radioheadId + u"}"_s << QString();
    QTest::newRow("a name") << u"Radiohead"_s << QString();
    QTest::newRow("36 letters") << u"zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz"_s << QString();
}

void TestMyArtistSet::recognisesMbids()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    QString read;
    QCOMPARE(gig::isMbid(text, &read), !canonical.isEmpty());
    if (!canonical.isEmpty())
        QCOMPARE(read, canonical);
}

void TestMyArtistSet::myArtistsSignalsOnlyRealChanges()
{
    gig::MyArtists mine;
    QSignalSpy changed(&mine, &gig::MyArtists::changed);
    QSignalSpy loaded(&mine, &gig::MyArtists::loaded);
    mine.load({ followed(u"Björk"_s) });
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(changed.count(), 0);
    QVERIFY(!mine.add(followed(u"bjork"_s)));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(mine.addAll({ followed(u"A"_s), followed(u"B"_s), followed(u"a"_s) }), 2);
    QCOMPARE(changed.count(), 1); // one signal for the whole import
    // An entry that learns its MBID is a change, not a new entry.
    QCOMPARE(mine.addAll({ followed(u"A"_s, radioheadId) }), 0);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(mine.artists().at(1).mbid, radioheadId);
    QCOMPARE(mine.remove(u"nobody"_s), 0);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(mine.unfollow(lineupArtist(u"A"_s)), 1);
    QCOMPARE(changed.count(), 3);
    QCOMPARE(mine.removeEntries(mine.artists()), 2);
    QCOMPARE(changed.count(), 4);
    QCOMPARE(mine.size(), 0);
}

QTEST_GUILESS_MAIN(TestMyArtistSet)
#include "tst_myartistset.moc"
