#include "models/gigmerge.h"

#include <QHash>
#include <QRandomGenerator>
#include <QTest>
#include <algorithm>

using namespace Qt::StringLiterals;
using gig::Event;
using gig::EventStart;
using gig::MergedGig;
using gig::Service;

namespace {

const QDate day(2027, 3, 12);
// The Roundhouse, London; points north of it by a number of metres.
const QGeoCoordinate hall(51.543330, -0.151980);
QGeoCoordinate north(double metres)
{
    return hall.atDistanceAndAzimuth(metres, 0);
}

// The performers' names by artist id, as a store would give them.
const QHash<QString, QString> names {
    { u"tm:national"_s, u"The National"_s },
    { u"sk:national"_s, u"National"_s },
    { u"sg:national"_s, u"National, The"_s },
    { u"tm:bjork"_s, u"Björk"_s },
    { u"sk:bjork"_s, u"Bjork"_s },
    { u"tm:gnr"_s, u"Guns N' Roses"_s },
    { u"sk:gnr"_s, u"GUNS N ROSES"_s },
    { u"tm:support"_s, u"Phoebe Bridgers"_s },
    { u"sk:support"_s, u"Phoebe Bridgers"_s },
    { u"sg:support"_s, u"phoebe bridgers"_s },
    { u"sk:other"_s, u"Sharon Van Etten"_s },
    { u"sg:third"_s, u"Julien Baker"_s },
    { u"sk:nameless"_s, QString() },
};

QString nameOf(const QString &artistId)
{
    return names.value(artistId);
}

// A gig of `lineup` (artist ids) at the hall on `day`, 20:00 local in UTC+0, unless changed.
Event listing(const QString &id, const QStringList &lineup)
{
    Event event;
    event.id = id;
    event.name = u"Gig "_s + id;
    event.start = EventStart(day, QTime(20, 0), 0);
    event.venue = { u"Roundhouse"_s, hall, u"London"_s, u"GB"_s };
    event.lineup = lineup;
    event.url = u"https://example.com/"_s + id;
    return event;
}

Event at(Event event, QTime time)
{
    event.start = EventStart(event.start.localDate(), time, event.start.utcOffsetSeconds());
    return event;
}

Event untimed(Event event)
{
    event.start = EventStart(event.start.localDate(), std::nullopt, event.start.utcOffsetSeconds());
    return event;
}

Event on(Event event, QDate date)
{
    event.start = EventStart(date, event.start.localTime(), event.start.utcOffsetSeconds());
    return event;
}

Event where(Event event, const QGeoCoordinate &coordinate,
    const std::optional<QString> &venueName = std::nullopt)
{
    event.venue.coordinate = coordinate;
    if (venueName)
        event.venue.name = *venueName;
    return event;
}

QList<QStringList> idsOf(const QList<MergedGig> &gigs)
{
    QList<QStringList> ids;
    for (const MergedGig &merged : gigs)
        ids.append(merged.eventIds());
    std::sort(ids.begin(), ids.end());
    return ids;
}

// A busy evening: several shows at and around the hall from three providers, with near misses of
// every kind, so that the pairing has choices to make.
QList<Event> busyEvening()
{
    QList<Event> events;
    const QStringList prefixes { u"tm:"_s, u"sk:"_s, u"sg:"_s };
    const QList<QTime> times { QTime(18, 0), QTime(18, 30), QTime(19, 0), QTime(20, 0),
        QTime(21, 30) };
    const QList<double> offsets { 0, 30, 90, 140, 600, 990, 1010, 1500 };
    QRandomGenerator random(7);
    for (int i = 0; i < 90; ++i) {
        const QString prefix = prefixes.at(i % 3);
        const QString act = i % 4 == 0 ? u"support"_s : u"national"_s;
        Event event = listing(prefix + QString::number(i), { prefix + act });
        if (prefix == u"sk:"_s && i % 5 == 0)
            event.lineup.append(u"sk:other"_s);
        if (prefix == u"sg:"_s)
            event.lineup.append(u"sg:third"_s);
        event.start = i % 7 == 0
            ? EventStart(day.addDays(i % 2))
            : EventStart(day.addDays(i % 2), times.at(random.bounded(int(times.size()))), 0);
        event.venue.coordinate = hall.atDistanceAndAzimuth(
            offsets.at(random.bounded(int(offsets.size()))), 90.0 * random.bounded(4));
        if (i % 11 == 0)
            event.venue.coordinate = QGeoCoordinate();
        if (i % 13 == 0)
            event.venue.name = u"Jazz Cafe"_s;
        events.append(event);
    }
    return events;
}

} // namespace

class TestGigMerge : public QObject
{
    Q_OBJECT

private slots:
    void providerFromId();
    void normalizesNames_data();
    void normalizesNames();
    void merges_data();
    void merges();
    void doesNotMerge_data();
    void doesNotMerge();
    void supportActOnlyOneListsTakesTheLongerLineup();
    void lineupTieGoesToTheFirstProvider();
    void threeProvidersIntoOne();
    void untimedAndTimedTakeTheTime();
    void missingFieldsComeFromTheNextProvider();
    void twoShowsOfOneProviderStayTwo();
    void oneListingNeverJoinsTwoOfOneProvider();
    void pairingPrefersTheNearerVenue();
    void pairingTieGoesToTheSmallerId();
    void gigsAreNotChainedFromListingsThatDoNotAllMatch();
    void unknownAndUnmergeableEventsStayAlone();
    void orderDoesNotMatter();
    void agreesWithComparingAllPairs();
    void sortedByStartThenId();
};

void TestGigMerge::providerFromId()
{
    QVERIFY(gig::serviceOfRecord(u"tm:G5vYZ9") == Service::Ticketmaster);
    QVERIFY(gig::serviceOfRecord(u"sk:3037536") == Service::Songkick);
    QVERIFY(gig::serviceOfRecord(u"sg:5512") == Service::SeatGeek);
    QVERIFY(!gig::serviceOfRecord(u"demo:1"));
    QVERIFY(!gig::serviceOfRecord(u"TM:1"));
}

void TestGigMerge::normalizesNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("normalized");

    QTest::newRow("leading The") << u"The National"_s << u"national"_s;
    QTest::newRow("trailing , The") << u"National, The"_s << u"national"_s;
    QTest::newRow("trailing ,The") << u"National,The"_s << u"national"_s;
    QTest::newRow("case and punctuation") << u"GUNS N' ROSES!"_s << u"gunsnroses"_s;
    QTest::newRow("slash") << u"AC/DC"_s << u"acdc"_s;
    QTest::newRow("accents") << u"Sigur Rós"_s << u"sigurros"_s;
    QTest::newRow("umlaut") << u"Motörhead"_s << u"motorhead"_s;
    QTest::newRow("space around") << u"  Björk "_s << u"bjork"_s;
    QTest::newRow("The The keeps a word") << u"The The"_s << u"the"_s;
    QTest::newRow("The alone") << u"The"_s << u"the"_s;
    QTest::newRow("Them is not The") << u"Them Crooked Vultures"_s << u"themcrookedvultures"_s;
    QTest::newRow("The inside stays") << u"Florence + The Machine"_s << u"florencethemachine"_s;
    QTest::newRow("no letters") << u"!!!"_s << u"!!!"_s;
    QTest::newRow("no letters, spaced") << u"! ! !"_s << u"!!!"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("venue") << u"The O2 Academy, Brixton"_s << u"o2academybrixton"_s;
    QTest::newRow("other scripts") << u"坂本 龍一"_s << u"坂本龍一"_s;
}

void TestGigMerge::normalizesNames()
{
    QFETCH(QString, name);
    QFETCH(QString, normalized);
    QCOMPARE(gig::normalizedGigName(name), normalized);
}

void TestGigMerge::merges_data()
{
    QTest::addColumn<Event>("a");
    QTest::addColumn<Event>("b");

    const Event tm = listing(u"tm:1"_s, { u"tm:national"_s });
    const Event sk = listing(u"sk:1"_s, { u"sk:national"_s });
    QTest::newRow("same everything, a The more") << tm << sk;
    QTest::newRow("trailing , The") << tm << listing(u"sg:1"_s, { u"sg:national"_s });
    QTest::newRow("times 15 min apart") << tm << at(sk, QTime(20, 15));
    QTest::newRow("times 45 min apart") << at(tm, QTime(19, 30)) << at(sk, QTime(20, 15));
    QTest::newRow("coordinates 50 m apart, other names")
        << tm << where(sk, north(50), u"Roundhouse Main Space"_s);
    QTest::newRow("coordinates 140 m apart, no names")
        << where(tm, hall, QString()) << where(sk, north(140), QString());
    QTest::newRow("same venue name 900 m apart")
        << where(tm, hall, u"The Roundhouse"_s) << where(sk, north(900), u"Roundhouse"_s);
    QTest::newRow("accents") << listing(u"tm:2"_s, { u"tm:bjork"_s })
                             << listing(u"sk:2"_s, { u"sk:bjork"_s });
    QTest::newRow("punctuation") << listing(u"tm:3"_s, { u"tm:gnr"_s })
                                 << listing(u"sk:3"_s, { u"sk:gnr"_s });
    QTest::newRow("one act in common of several")
        << listing(u"tm:4"_s, { u"tm:bjork"_s, u"tm:support"_s })
        << listing(u"sk:4"_s, { u"sk:other"_s, u"sk:support"_s });
    QTest::newRow("untimed and timed") << tm << untimed(sk);
    QTest::newRow("both untimed") << untimed(tm) << untimed(sk);
    QTest::newRow("other UTC offsets, same local time") << tm << [&sk] {
        Event other = sk;
        other.start = EventStart(day, QTime(20, 0), 3600);
        return other;
    }();
    QTest::newRow("a coordinate missing, same venue and city")
        << tm << where(sk, QGeoCoordinate(), u"The Roundhouse"_s);
    QTest::newRow("both coordinates missing, same venue and city")
        << where(tm, QGeoCoordinate()) << where(sk, QGeoCoordinate());
}

void TestGigMerge::merges()
{
    QFETCH(Event, a);
    QFETCH(Event, b);

    QVERIFY(gig::isSameGig(a, b, nameOf));
    QVERIFY(gig::isSameGig(b, a, nameOf));
    const QList<MergedGig> gigs = gig::mergeGigs({ b, a }, nameOf);
    QCOMPARE(gigs.size(), 1);
    const QStringList expected = gig::serviceOfRecord(a.id) < gig::serviceOfRecord(b.id)
        ? QStringList { a.id, b.id }
        : QStringList { b.id, a.id };
    QCOMPARE(gigs.first().eventIds(), expected);
    QCOMPARE(gigs.first().event.id, expected.first());
}

void TestGigMerge::doesNotMerge_data()
{
    QTest::addColumn<Event>("a");
    QTest::addColumn<Event>("b");

    const Event tm = listing(u"tm:1"_s, { u"tm:national"_s });
    const Event sk = listing(u"sk:1"_s, { u"sk:national"_s });
    QTest::newRow("same venue, other day") << tm << on(sk, day.addDays(1));
    QTest::newRow("same day, other venue 2 km away")
        << tm << where(sk, north(2000), u"Electric Ballroom"_s);
    QTest::newRow("same venue name, 2 km away") << tm << where(sk, north(2000));
    QTest::newRow("other venue names, 400 m apart") << tm << where(sk, north(400), u"Jazz Cafe"_s);
    QTest::newRow("other venue names, 151 m apart") << tm << where(sk, north(151), u"Jazz Cafe"_s);
    QTest::newRow("no venue names, 400 m apart")
        << where(tm, hall, QString()) << where(sk, north(400), QString());
    QTest::newRow("same venue and day, no act in common")
        << tm << listing(u"sk:1"_s, { u"sk:other"_s });
    QTest::newRow("starts 2 h apart") << tm << at(sk, QTime(22, 0));
    QTest::newRow("starts 46 min apart") << tm << at(sk, QTime(20, 46));
    QTest::newRow("same provider twice") << tm << listing(u"tm:2"_s, { u"tm:national"_s });
    QTest::newRow("same provider twice, untimed")
        << tm << untimed(listing(u"tm:2"_s, { u"tm:national"_s }));
    QTest::newRow("a coordinate missing, other city") << tm << [&sk] {
        Event other = where(sk, QGeoCoordinate());
        other.venue.city = u"Londonderry"_s;
        return other;
    }();
    QTest::newRow("a coordinate missing, other venue")
        << tm << where(sk, QGeoCoordinate(), u"Jazz Cafe"_s);
    QTest::newRow("a coordinate missing, other country") << tm << [&sk] {
        Event other = where(sk, QGeoCoordinate());
        other.venue.country = u"CA"_s;
        return other;
    }();
    QTest::newRow("both coordinates missing, no venue names")
        << where(tm, QGeoCoordinate(), QString()) << where(sk, QGeoCoordinate(), QString());
    QTest::newRow("an act without a name")
        << listing(u"tm:1"_s, { u"tm:unknown"_s }) << listing(u"sk:1"_s, { u"sk:nameless"_s });
    QTest::newRow("no lineup") << listing(u"tm:1"_s, {}) << listing(u"sk:1"_s, {});
    QTest::newRow("unknown provider") << listing(u"xx:1"_s, { u"tm:national"_s }) << sk;
    QTest::newRow("no start date") << tm << [&sk] {
        Event other = sk;
        other.start = EventStart();
        return other;
    }();
}

void TestGigMerge::doesNotMerge()
{
    QFETCH(Event, a);
    QFETCH(Event, b);

    QVERIFY(!gig::isSameGig(a, b, nameOf));
    QVERIFY(!gig::isSameGig(b, a, nameOf));
    const QList<MergedGig> gigs = gig::mergeGigs({ a, b }, nameOf);
    QCOMPARE(gigs.size(), 2);
    QCOMPARE(gigs.at(0).listings.size(), 1);
    QCOMPARE(gigs.at(1).listings.size(), 1);
    // A lone event comes back exactly as it went in.
    QVERIFY(gigs.at(0).event == a || gigs.at(0).event == b);
    QVERIFY(gigs.at(1).event == a || gigs.at(1).event == b);
}

void TestGigMerge::supportActOnlyOneListsTakesTheLongerLineup()
{
    Event tm = listing(u"tm:1"_s, { u"tm:national"_s });
    tm.name = u"The National"_s;
    Event sk = listing(u"sk:1"_s, { u"sk:national"_s, u"sk:support"_s });
    sk.billing = { gig::Billing::Headline, gig::Billing::Support };
    sk.name = u"The National with Phoebe Bridgers"_s;

    const QList<MergedGig> gigs = gig::mergeGigs({ sk, tm }, nameOf);
    QCOMPARE(gigs.size(), 1);
    const Event &merged = gigs.first().event;
    QCOMPARE(merged.id, tm.id);
    QCOMPARE(merged.name, tm.name);
    QCOMPARE(merged.lineup, sk.lineup);
    QCOMPARE(merged.billing, sk.billing);
    QCOMPARE(merged.url, tm.url);
}

void TestGigMerge::lineupTieGoesToTheFirstProvider()
{
    const Event sg = listing(u"sg:1"_s, { u"sg:national"_s, u"sg:third"_s });
    const Event sk = listing(u"sk:1"_s, { u"sk:national"_s, u"sk:other"_s });

    const QList<MergedGig> gigs = gig::mergeGigs({ sg, sk }, nameOf);
    QCOMPARE(gigs.size(), 1);
    QCOMPARE(gigs.first().event.id, sk.id);
    QCOMPARE(gigs.first().event.lineup, sk.lineup);
}

void TestGigMerge::threeProvidersIntoOne()
{
    Event tm = at(listing(u"tm:G5v"_s, { u"tm:national"_s }), QTime(20, 0));
    tm.status = gig::EventStatus::Rescheduled;
    Event sk = at(listing(u"sk:303"_s, { u"sk:national"_s, u"sk:support"_s }), QTime(19, 30));
    sk.venue.name = u"The Roundhouse"_s;
    sk.venue.coordinate = north(60);
    Event sg = at(listing(u"sg:55"_s, { u"sg:national"_s }), QTime(19, 45));
    sg.venue.coordinate = north(-40);
    sg.url.clear();
    // Every provider's price is kept, each in its own currency.
    tm.lowestPrice = gig::TicketPrice { 39.5, u"GBP"_s };
    sg.lowestPrice = gig::TicketPrice { 48, u"USD"_s };

    const QList<MergedGig> gigs = gig::mergeGigs({ sg, tm, sk }, nameOf);
    QCOMPARE(gigs.size(), 1);
    const MergedGig &merged = gigs.first();
    const QList<gig::GigListing> listings {
        { Service::Ticketmaster, tm.id, tm.url, tm.lowestPrice },
        { Service::Songkick, sk.id, sk.url, std::nullopt },
        { Service::SeatGeek, sg.id, QString(), sg.lowestPrice },
    };
    QCOMPARE(merged.listings, listings);
    QCOMPARE(merged.eventIds(), QStringList({ tm.id, sk.id, sg.id }));
    QCOMPARE(merged.event.id, tm.id);
    QCOMPARE(merged.event.name, tm.name);
    QCOMPARE(merged.event.status, gig::EventStatus::Rescheduled);
    QCOMPARE(merged.event.venue, tm.venue);
    QCOMPARE(merged.event.lineup, sk.lineup);
    QCOMPARE(merged.event.start, EventStart(day, QTime(19, 30), 0)); // the earliest time
    QCOMPARE(merged.event.url, tm.url);
    QCOMPARE(merged.event.lowestPrice, tm.lowestPrice);
}

void TestGigMerge::untimedAndTimedTakeTheTime()
{
    Event tm = untimed(listing(u"tm:1"_s, { u"tm:national"_s }));
    Event sk = at(listing(u"sk:1"_s, { u"sk:national"_s }), QTime(19, 0));
    sk.start = EventStart(day, QTime(19, 0)); // no UTC offset: the first provider's is taken

    const QList<MergedGig> gigs = gig::mergeGigs({ tm, sk }, nameOf);
    QCOMPARE(gigs.size(), 1);
    QCOMPARE(gigs.first().event.id, tm.id);
    QCOMPARE(gigs.first().event.start, EventStart(day, QTime(19, 0), 0));

    // Two untimed listings stay untimed.
    const QList<MergedGig> both = gig::mergeGigs({ tm, untimed(sk) }, nameOf);
    QCOMPARE(both.size(), 1);
    QCOMPARE(both.first().event.start, EventStart(day, std::nullopt, 0));
}

void TestGigMerge::missingFieldsComeFromTheNextProvider()
{
    Event tm = where(listing(u"tm:1"_s, { u"tm:national"_s }), QGeoCoordinate());
    tm.url.clear();
    tm.venue.country.clear();
    Event sk = listing(u"sk:1"_s, { u"sk:national"_s });
    sk.lowestPrice = gig::TicketPrice { 20, u"EUR"_s };

    const QList<MergedGig> gigs = gig::mergeGigs({ tm, sk }, nameOf);
    QCOMPARE(gigs.size(), 1);
    const Event &merged = gigs.first().event;
    QCOMPARE(merged.id, tm.id);
    QCOMPARE(merged.venue.coordinate, sk.venue.coordinate);
    QCOMPARE(merged.venue.country, sk.venue.country);
    QCOMPARE(merged.url, sk.url);
    QCOMPARE(merged.lowestPrice, sk.lowestPrice);
    QCOMPARE(gigs.first().listings.first().url, QString());
    QCOMPARE(gigs.first().listings.first().lowestPrice, std::nullopt);
}

void TestGigMerge::twoShowsOfOneProviderStayTwo()
{
    // An early and a late show on one evening, listed by both providers.
    const Event tmEarly = at(listing(u"tm:early"_s, { u"tm:national"_s }), QTime(18, 0));
    const Event tmLate = at(listing(u"tm:late"_s, { u"tm:national"_s }), QTime(21, 30));
    const Event skEarly = at(listing(u"sk:early"_s, { u"sk:national"_s }), QTime(18, 15));
    const Event skLate = at(listing(u"sk:late"_s, { u"sk:national"_s }), QTime(21, 30));

    QCOMPARE(idsOf(gig::mergeGigs({ tmEarly, tmLate }, nameOf)),
        QList<QStringList>({ { tmEarly.id }, { tmLate.id } }));
    QCOMPARE(idsOf(gig::mergeGigs({ skLate, tmLate, skEarly, tmEarly }, nameOf)),
        QList<QStringList>({ { tmEarly.id, skEarly.id }, { tmLate.id, skLate.id } }));

    // Two shows 30 min apart: both near the other provider's one listing, which takes the
    // nearer in time; the other stays alone.
    const Event tmFirst = at(listing(u"tm:first"_s, { u"tm:national"_s }), QTime(19, 0));
    const Event tmSecond = at(listing(u"tm:second"_s, { u"tm:national"_s }), QTime(19, 30));
    const Event sk = at(listing(u"sk:1"_s, { u"sk:national"_s }), QTime(19, 20));
    QCOMPARE(idsOf(gig::mergeGigs({ tmFirst, sk, tmSecond }, nameOf)),
        QList<QStringList>({ { tmFirst.id }, { tmSecond.id, sk.id } }));
}

void TestGigMerge::oneListingNeverJoinsTwoOfOneProvider()
{
    // An untimed listing matches both of the other provider's shows equally well in time.
    const Event tmEarly = at(listing(u"tm:a"_s, { u"tm:national"_s }), QTime(18, 0));
    const Event tmLate = at(listing(u"tm:b"_s, { u"tm:national"_s }), QTime(21, 30));
    const Event sk = untimed(listing(u"sk:1"_s, { u"sk:national"_s }));

    const QList<MergedGig> gigs = gig::mergeGigs({ tmLate, sk, tmEarly }, nameOf);
    QCOMPARE(gigs.size(), 2);
    for (const MergedGig &merged : gigs) {
        QVERIFY(merged.listings.size() <= 2);
        QVERIFY(!(merged.eventIds().contains(tmEarly.id) && merged.eventIds().contains(tmLate.id)));
    }
    // The tie (same gap, same venue) goes to the smaller id.
    QCOMPARE(idsOf(gigs), QList<QStringList>({ { tmEarly.id, sk.id }, { tmLate.id } }));
}

void TestGigMerge::pairingPrefersTheNearerVenue()
{
    const Event sk = listing(u"sk:1"_s, { u"sk:national"_s });
    const Event tmFar = where(listing(u"tm:a"_s, { u"tm:national"_s }), north(120));
    const Event tmNear = where(listing(u"tm:b"_s, { u"tm:national"_s }), north(20));

    QCOMPARE(idsOf(gig::mergeGigs({ tmFar, tmNear, sk }, nameOf)),
        QList<QStringList>({ { tmFar.id }, { tmNear.id, sk.id } }));
}

void TestGigMerge::pairingTieGoesToTheSmallerId()
{
    const Event sk = listing(u"sk:1"_s, { u"sk:national"_s });
    const Event tmB = listing(u"tm:b"_s, { u"tm:national"_s });
    const Event tmA = listing(u"tm:a"_s, { u"tm:national"_s });

    QCOMPARE(idsOf(gig::mergeGigs({ tmB, sk, tmA }, nameOf)),
        QList<QStringList>({ { tmA.id, sk.id }, { tmB.id } }));
}

void TestGigMerge::gigsAreNotChainedFromListingsThatDoNotAllMatch()
{
    // Songkick's untimed listing matches both; Ticketmaster's and SeatGeek's are 90 min apart.
    const Event tm = at(listing(u"tm:1"_s, { u"tm:national"_s }), QTime(19, 0));
    const Event sk = untimed(listing(u"sk:1"_s, { u"sk:national"_s }));
    const Event sg = at(listing(u"sg:1"_s, { u"sg:national"_s }), QTime(20, 30));
    QVERIFY(gig::isSameGig(tm, sk, nameOf));
    QVERIFY(gig::isSameGig(sk, sg, nameOf));
    QVERIFY(!gig::isSameGig(tm, sg, nameOf));

    const QList<MergedGig> gigs = gig::mergeGigs({ sg, sk, tm }, nameOf);
    QCOMPARE(gigs.size(), 2);
    // Both pairs are untimed matches at one venue: the smaller ids ("sg:1" < "sk:1" < "tm:1")
    // pair first.
    QCOMPARE(idsOf(gigs), QList<QStringList>({ { sk.id, sg.id }, { tm.id } }));
}

void TestGigMerge::unknownAndUnmergeableEventsStayAlone()
{
    const Event demo = listing(u"demo:1"_s, { u"tm:national"_s });
    const Event noLineup = listing(u"sk:2"_s, {});
    const Event tm = listing(u"tm:1"_s, { u"tm:national"_s });

    const QList<MergedGig> gigs = gig::mergeGigs({ demo, noLineup, tm }, nameOf);
    QCOMPARE(gigs.size(), 3);
    for (const MergedGig &merged : gigs)
        QCOMPARE(merged.listings.size(), 1);
    const auto demoGig = std::find_if(gigs.cbegin(), gigs.cend(),
        [&demo](const MergedGig &merged) { return merged.event.id == demo.id; });
    QVERIFY(demoGig != gigs.cend());
    QVERIFY(!demoGig->listings.first().provider.has_value());
    QCOMPARE(demoGig->event, demo);

    // An event without a start date merges with nothing, but keeps its provider.
    Event undated = listing(u"sk:9"_s, { u"sk:national"_s });
    undated.start = EventStart();
    const QList<MergedGig> alone = gig::mergeGigs({ undated, tm }, nameOf);
    QCOMPARE(alone.size(), 2);
    QCOMPARE(alone.first().event, undated); // an invalid start sorts first
    QVERIFY(alone.first().listings.first().provider == Service::Songkick);

    QVERIFY(gig::mergeGigs({}, nameOf).isEmpty());
    // Without a lookup no act has a name, so nothing merges.
    QCOMPARE(gig::mergeGigs({ tm, listing(u"sk:1"_s, { u"sk:national"_s }) }, {}).size(), 2);
}

void TestGigMerge::orderDoesNotMatter()
{
    QList<Event> events = busyEvening();
    QRandomGenerator random(11);
    const QList<MergedGig> reference = gig::mergeGigs(events, nameOf);
    qsizetype listed = 0;
    qsizetype merged = 0;
    for (const MergedGig &each : reference) {
        listed += each.listings.size();
        merged += each.listings.size() > 1 ? 1 : 0;
        for (qsizetype i = 1; i < each.listings.size(); ++i)
            QVERIFY(each.listings.at(i - 1).provider < each.listings.at(i).provider);
    }
    QCOMPARE(listed, events.size()); // every event in exactly one gig
    QVERIFY2(merged > 10, qPrintable(QString::number(merged)));
    QVERIFY(reference.size() < events.size());

    for (int round = 0; round < 20; ++round) {
        std::shuffle(events.begin(), events.end(), random);
        QCOMPARE(gig::mergeGigs(events, nameOf), reference);
    }
    std::reverse(events.begin(), events.end());
    QCOMPARE(gig::mergeGigs(events, nameOf), reference);
}

void TestGigMerge::agreesWithComparingAllPairs()
{
    // The merge finds its pairs without comparing all of them; compared with isSameGig() on
    // every pair, every two listings of a merged gig match, and no two gigs could still be
    // joined (no provider twice, every pair across them matching).
    const QList<Event> events = busyEvening();
    QHash<QString, const Event *> byId;
    for (const Event &event : events)
        byId.insert(event.id, &event);
    const QList<MergedGig> gigs = gig::mergeGigs(events, nameOf);
    for (const MergedGig &merged : gigs) {
        const QStringList ids = merged.eventIds();
        for (qsizetype i = 0; i < ids.size(); ++i) {
            for (qsizetype j = i + 1; j < ids.size(); ++j)
                QVERIFY(gig::isSameGig(*byId.value(ids.at(i)), *byId.value(ids.at(j)), nameOf));
        }
    }
    int joinable = 0;
    for (qsizetype g = 0; g < gigs.size(); ++g) {
        for (qsizetype h = g + 1; h < gigs.size(); ++h) {
            bool allMatch = true;
            for (const gig::GigListing &x : gigs.at(g).listings) {
                for (const gig::GigListing &y : gigs.at(h).listings) {
                    allMatch = allMatch && x.provider != y.provider
                        && gig::isSameGig(*byId.value(x.eventId), *byId.value(y.eventId), nameOf);
                }
            }
            joinable += allMatch ? 1 : 0;
        }
    }
    QCOMPARE(joinable, 0);
}

void TestGigMerge::sortedByStartThenId()
{
    const Event late = at(listing(u"tm:1"_s, { u"tm:national"_s }), QTime(22, 0));
    const Event early = at(listing(u"tm:2"_s, { u"tm:national"_s }), QTime(18, 0));
    const Event sameB = at(listing(u"sk:b"_s, { u"sk:other"_s }), QTime(18, 0));
    const Event tomorrow = on(listing(u"sg:1"_s, { u"sg:third"_s }), day.addDays(1));

    const QList<MergedGig> gigs = gig::mergeGigs({ tomorrow, late, sameB, early }, nameOf);
    QStringList ids;
    for (const MergedGig &merged : gigs)
        ids.append(merged.event.id);
    QCOMPARE(ids, QStringList({ sameB.id, early.id, late.id, tomorrow.id }));
}

QTEST_APPLESS_MAIN(TestGigMerge)
#include "tst_gigmerge.moc"
