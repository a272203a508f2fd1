#include "app/sandbox/sandboxgazetteer.h"
#include "app/sandbox/sandboxworld.h"

#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using gig::SandboxGig;
using gig::SandboxWorld;

namespace {

const QDateTime fixedNow(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);

QList<SandboxGig> gigsAt(
    const SandboxWorld &world, double lat, double lng, const QDateTime &now = fixedNow)
{
    return world.gigsOf(world.metroAt(lat, lng), now);
}

} // namespace

class TestSandboxWorld : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void sameSeedGivesSameWorld();
    void otherSeedGivesOtherWorld();
    void pointMapsToOneMetroAreaAndBack();
    void everyVenueBelongsToItsMetroArea();
    void gigsStayWithinHorizonAndCount();
    void citiesHaveFestivalsWithManyArtists();
    void statusesIncludeCancelledAndPostponed();
    void nearbyPlacesShareArtists();
    void artistPoolHasAwkwardNames();
    void artistsHaveNoneOneOrSeveralMbids();
    void mbidLeadsBackToItsArtist();
    void releaseGroupsHaveAwkwardCases();
    void timeBringsNewAndCancelledGigs();
    void gigsNearStayInsideTheRadius();
    void searchScoresExactNamesHighest();
    void namesakesScoreBelowTheFirst();
    void someGigsHaveTwoHeadliners();
};

void TestSandboxWorld::sameSeedGivesSameWorld()
{
    const SandboxWorld a(7);
    const SandboxWorld b(7);
    const QList<SandboxGig> gigsA = gigsAt(a, 48.8566, 2.3522);
    QVERIFY(!gigsA.isEmpty());
    QCOMPARE(gigsA, gigsAt(b, 48.8566, 2.3522));
    QCOMPARE(a.artist(123), b.artist(123));
    QCOMPARE(a.releaseGroups(5, 0, fixedNow.date()), b.releaseGroups(5, 0, fixedNow.date()));
}

void TestSandboxWorld::otherSeedGivesOtherWorld()
{
    const SandboxWorld a(7);
    const SandboxWorld b(8);
    QVERIFY(gigsAt(a, 48.8566, 2.3522) != gigsAt(b, 48.8566, 2.3522));
    QVERIFY(a.artist(123).mbids != b.artist(123).mbids);
}

void TestSandboxWorld::pointMapsToOneMetroAreaAndBack()
{
    const SandboxWorld world(1);
    const gig::SandboxMetro berlin = world.metroAt(52.53, 13.38);
    QCOMPARE(berlin.name, u"Berlin"_s);
    QCOMPARE(world.metroAt(52.40, 13.50).id, berlin.id); // nearby points share it
    QCOMPARE(world.metroById(berlin.id), berlin);
    // Far from any city: a grid cell, still with an id that leads back.
    const gig::SandboxMetro nowhere = world.metroAt(-45.3, -120.7);
    QCOMPARE(nowhere.cityIndex, -1);
    QCOMPARE(world.metroById(nowhere.id), nowhere);
    QCOMPARE(world.metroAt(-45.9, -120.1).id, nowhere.id);
    QVERIFY(world.metroAt(-44.9, -120.1).id != nowhere.id);
    QVERIFY(!world.metroById(42).has_value());
}

void TestSandboxWorld::everyVenueBelongsToItsMetroArea()
{
    const SandboxWorld world(3);
    for (const auto &[lat, lng] :
        { std::pair { 51.5, -0.12 }, { 35.68, 139.65 }, { 10.5, 20.5 }, { -60.2, 100.3 } }) {
        const gig::SandboxMetro metro = world.metroAt(lat, lng);
        for (const gig::SandboxVenue &venue : world.venuesOf(metro))
            QCOMPARE(world.metroAt(venue.lat, venue.lng).id, metro.id);
    }
}

void TestSandboxWorld::gigsStayWithinHorizonAndCount()
{
    const SandboxWorld world(1);
    int largest = 0;
    int empty = 0;
    for (const gig::SandboxCity &city : gig::SandboxGazetteer::cities()) {
        const QList<SandboxGig> gigs = gigsAt(world, city.lat, city.lng);
        QVERIFY2(gigs.size() <= 400, qPrintable(city.name));
        largest = std::max(largest, int(gigs.size()));
        for (const SandboxGig &gig : gigs) {
            QVERIFY(gig.date >= fixedNow.date().addDays(-1));
            QVERIFY(gig.date < fixedNow.date().addDays(SandboxWorld::horizonDays + 1));
            QVERIFY(!gig.lineup.isEmpty());
            QVERIFY(gig.onSongkick || gig.onTicketmaster);
        }
    }
    for (int cell = 0; cell < 40; ++cell)
        empty += gigsAt(world, -50.5 + cell, -140.5).isEmpty() ? 1 : 0;
    QVERIFY2(largest > 150, "big cities have many gigs");
    QVERIFY2(empty > 0, "some places have no gigs at all");
}

void TestSandboxWorld::citiesHaveFestivalsWithManyArtists()
{
    const SandboxWorld world(1);
    int festivals = 0;
    for (const gig::SandboxCity &city : gig::SandboxGazetteer::cities()) {
        for (const SandboxGig &gig : gigsAt(world, city.lat, city.lng)) {
            if (!gig.festival)
                continue;
            ++festivals;
            QVERIFY(gig.lineup.size() >= 15);
            QVERIFY(gig.endDate >= gig.date);
        }
    }
    QVERIFY(festivals > 10);
}

void TestSandboxWorld::statusesIncludeCancelledAndPostponed()
{
    const SandboxWorld world(1);
    QSet<gig::SandboxGigStatus> seen;
    int withoutTime = 0;
    for (const SandboxGig &gig : gigsAt(world, 40.7128, -74.0060)) {
        seen.insert(gig.status);
        withoutTime += gig.time ? 0 : 1;
    }
    QVERIFY(seen.contains(gig::SandboxGigStatus::Ok));
    QVERIFY(seen.contains(gig::SandboxGigStatus::Cancelled));
    QVERIFY(seen.contains(gig::SandboxGigStatus::Postponed));
    QVERIFY(withoutTime > 0);
}

void TestSandboxWorld::nearbyPlacesShareArtists()
{
    const SandboxWorld world(1);
    QSet<int> amsterdam;
    QSet<int> rotterdam;
    for (const SandboxGig &gig : gigsAt(world, 52.3676, 4.9041))
        amsterdam.unite(QSet<int>(gig.lineup.cbegin(), gig.lineup.cend()));
    for (const SandboxGig &gig : gigsAt(world, 51.9244, 4.4777))
        rotterdam.unite(QSet<int>(gig.lineup.cbegin(), gig.lineup.cend()));
    QVERIFY(amsterdam.intersects(rotterdam));
    const int regional = int(std::count_if(amsterdam.cbegin(), amsterdam.cend(), [&](int index) {
        return index >= SandboxWorld::touringArtists && rotterdam.contains(index);
    }));
    QVERIFY2(regional > 5, "local artists play in nearby cities, not only touring ones");
}

void TestSandboxWorld::artistPoolHasAwkwardNames()
{
    const SandboxWorld world(1);
    bool comma = false, quote = false, newline = false, nonLatin = false, formula = false;
    for (int index = 0; index < SandboxWorld::touringArtists; ++index) {
        const QString name = world.artist(index).name;
        comma = comma || name.contains(u',');
        quote = quote || name.contains(u'"');
        newline = newline || name.contains(u'\n');
        nonLatin = nonLatin
            || std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.unicode() > 0x3ff; });
        formula = formula || (!name.isEmpty() && QStringView(u"=+-@").contains(name.front()));
    }
    QVERIFY(comma);
    QVERIFY(quote);
    QVERIFY(newline);
    QVERIFY(nonLatin);
    QVERIFY(formula);
}

void TestSandboxWorld::artistsHaveNoneOneOrSeveralMbids()
{
    const SandboxWorld world(1);
    QList<int> byCount(3, 0);
    for (int index = 0; index < 1000; ++index)
        ++byCount[std::min<qsizetype>(2, world.artist(index).mbids.size())];
    QVERIFY(byCount[0] > 50);
    QVERIFY(byCount[1] > 700);
    QVERIFY(byCount[2] > 10);
}

void TestSandboxWorld::mbidLeadsBackToItsArtist()
{
    const SandboxWorld world(1);
    for (int index : { 0, 17, 299, 5999 }) {
        const gig::SandboxArtist artist = world.artist(index);
        for (int slot = 0; slot < artist.mbids.size(); ++slot) {
            const auto found = world.artistByMbid(artist.mbids.at(slot).toUpper());
            QVERIFY(found);
            QCOMPARE(found->first, index);
            QCOMPARE(found->second, slot);
        }
    }
    QVERIFY(!world.artistByMbid(u"00000000-0000-4000-8000-000000000000"_s));
}

void TestSandboxWorld::releaseGroupsHaveAwkwardCases()
{
    const SandboxWorld world(1);
    const QDate today = fixedNow.date();
    bool empty = false, yearOnly = false, yearMonth = false, future = false, compilation = false,
         live = false, tie = false, overHundred = false, noGroups = false;
    for (int index = 0; index < 400; ++index) {
        const auto groups = world.releaseGroups(index, 0, today);
        overHundred = overHundred || groups.size() > 100;
        noGroups = noGroups || groups.isEmpty();
        QSet<QString> dates;
        for (const gig::SandboxReleaseGroup &group : groups) {
            const QString date = group.firstReleaseDate;
            empty = empty || date.isEmpty();
            yearOnly = yearOnly || date.size() == 4;
            yearMonth = yearMonth || date.size() == 7;
            future = future || (date.size() == 10 && QDate::fromString(date, Qt::ISODate) > today);
            compilation = compilation || group.secondaryTypes.contains(u"Compilation"_s);
            live = live || group.secondaryTypes.contains(u"Live"_s);
            tie = tie || (!date.isEmpty() && dates.contains(date));
            dates.insert(date);
        }
    }
    QVERIFY(empty);
    QVERIFY(yearOnly);
    QVERIFY(yearMonth);
    QVERIFY(future);
    QVERIFY(compilation);
    QVERIFY(live);
    QVERIFY(tie);
    QVERIFY(overHundred);
    QVERIFY(noGroups);
}

void TestSandboxWorld::timeBringsNewAndCancelledGigs()
{
    const SandboxWorld world(1);
    int added = 0;
    int cancelled = 0;
    int same = 0;
    int total = 0;
    for (const auto &[lat, lng] : { std::pair { 51.5074, -0.1278 }, { 40.7128, -74.0060 },
             { 35.6762, 139.6503 }, { 48.8566, 2.3522 }, { -23.5505, -46.6333 } }) {
        QHash<qint64, SandboxGig> earlier;
        for (const SandboxGig &gig : gigsAt(world, lat, lng))
            earlier.insert(gig.id, gig);
        // Two days later: the same world, a little further on.
        for (const SandboxGig &gig : gigsAt(world, lat, lng, fixedNow.addDays(2))) {
            ++total;
            if (!earlier.contains(gig.id))
                ++added;
            else if (gig.status == gig::SandboxGigStatus::Cancelled
                && earlier.value(gig.id).status != gig.status)
                ++cancelled;
            else if (earlier.value(gig.id) == gig)
                ++same;
        }
    }
    QVERIFY2(added > 0, "a refresh finds new gigs");
    QVERIFY2(cancelled > 0, "a refresh finds cancellations");
    QVERIFY2(same > total * 8 / 10, "most of the data stays as it was");
}

void TestSandboxWorld::gigsNearStayInsideTheRadius()
{
    const SandboxWorld world(1);
    const QList<SandboxGig> gigs = world.gigsNear(48.8566, 2.3522, 25, fixedNow);
    QVERIFY(!gigs.isEmpty());
    for (const SandboxGig &gig : gigs)
        QVERIFY(
            gig::SandboxGazetteer::distanceKm(48.8566, 2.3522, gig.venue.lat, gig.venue.lng) <= 25);
    QVERIFY(world.gigsNear(48.8566, 2.3522, 200, fixedNow).size() > gigs.size());
}

void TestSandboxWorld::searchScoresExactNamesHighest()
{
    const SandboxWorld world(1);
    int index = 0;
    while (world.artist(index).mbids.isEmpty())
        ++index;
    const QString name = world.artist(index).name;
    const auto hits = world.searchArtists(name, 25);
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits.constFirst().score, 100);
    QVERIFY(std::any_of(
        hits.cbegin(), hits.cend(), [&](const auto &hit) { return hit.index == index; }));
    for (qsizetype i = 1; i < hits.size(); ++i)
        QVERIFY(hits.at(i - 1).score >= hits.at(i).score);
}

void TestSandboxWorld::namesakesScoreBelowTheFirst()
{
    // As on MusicBrainz: of several artists with exactly the name only the first scores 100, so
    // the top score does not tell them apart.
    const SandboxWorld world(1);
    int index = 0;
    while (world.artist(index).mbids.size() < 2)
        ++index;
    const QString name = world.artist(index).name;
    const auto hits = world.searchArtists(name, 100);
    QList<int> namesakeScores;
    for (const auto &hit : hits) {
        if (world.artist(hit.index).name == name)
            namesakeScores.append(hit.score);
    }
    QVERIFY2(namesakeScores.size() >= 2, qPrintable(name));
    QCOMPARE(namesakeScores.at(0), 100);
    QCOMPARE(namesakeScores.at(1), 96);
}

void TestSandboxWorld::someGigsHaveTwoHeadliners()
{
    const SandboxWorld world(1);
    int coHeadlined = 0;
    for (const SandboxGig &gig : world.gigsNear(48.8566, 2.3522, 50, fixedNow)) {
        QVERIFY(gig.headliners >= 1 && gig.headliners <= gig.lineup.size());
        coHeadlined += !gig.festival && gig.headliners == 2 ? 1 : 0;
    }
    QVERIFY(coHeadlined > 0);
    QCOMPARE(world.gigsNear(48.8566, 2.3522, 50, fixedNow),
        world.gigsNear(48.8566, 2.3522, 50, fixedNow));
}

QTEST_GUILESS_MAIN(TestSandboxWorld)
#include "tst_sandboxworld.moc"
