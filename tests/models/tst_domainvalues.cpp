#include "models/artist.h"
#include "models/event.h"
#include "models/location.h"
#include "models/release.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

gig::Event sampleEvent()
{
    gig::Event event;
    event.id = u"tm:G5vYZ9"_s;
    event.name = u"Björk, \"Live\""_s;
    event.status = gig::EventStatus::Postponed;
    event.start = gig::EventStart(QDate(2026, 12, 5), QTime(20, 0), 3600);
    event.venue = { u"Columbiahalle"_s, QGeoCoordinate(52.4858, 13.3897), u"Berlin"_s, u"DE"_s };
    event.lineup = { u"tm:K1"_s, u"tm:K2"_s };
    event.url = u"https://example.com/event/G5vYZ9"_s;
    return event;
}

template<typename T> QString debugText(const T &value)
{
    QString text;
    QDebug(&text) << value;
    return text;
}

} // namespace

class TestDomainValues : public QObject
{
    Q_OBJECT

private slots:
    void eventEqualityCoversEveryField();
    void statusNamesRoundTrip();
    void releaseTypesReadMusicBrainzNames_data();
    void releaseTypesReadMusicBrainzNames();
    void debugOutputNamesTheValue();
};

void TestDomainValues::eventEqualityCoversEveryField()
{
    const gig::Event event = sampleEvent();
    QCOMPARE(event, sampleEvent());

    auto changed = [&](auto mutate) {
        gig::Event copy = event;
        mutate(copy);
        return copy != event;
    };
    QVERIFY(changed([](gig::Event &e) { e.id += u'x'; }));
    QVERIFY(changed([](gig::Event &e) { e.name.clear(); }));
    QVERIFY(changed([](gig::Event &e) { e.status = gig::EventStatus::Ok; }));
    QVERIFY(changed([](gig::Event &e) { e.start = gig::EventStart(QDate(2026, 12, 5)); }));
    QVERIFY(changed([](gig::Event &e) { e.venue.coordinate = QGeoCoordinate(); }));
    QVERIFY(changed([](gig::Event &e) { e.venue.country = u"AT"_s; }));
    QVERIFY(changed([](gig::Event &e) { e.lineup.swapItemsAt(0, 1); }));
    QVERIFY(changed([](gig::Event &e) { e.url.clear(); }));
    QVERIFY(changed([](gig::Event &e) { e.lowestPrice = gig::TicketPrice { 36, u"EUR"_s }; }));

    const gig::Artist artist { u"sk:1"_s, u"mbid-1"_s, u"Sigur Rós"_s, { u"mbid-2"_s } };
    QVERIFY(artist.hasMbid());
    QCOMPARE(artist, (gig::Artist { u"sk:1"_s, u"mbid-1"_s, u"Sigur Rós"_s, { u"mbid-2"_s } }));
    QVERIFY(artist != (gig::Artist { u"sk:1"_s, u"mbid-1"_s, u"Sigur Rós"_s, {} }));
    QVERIFY(!gig::Artist {}.hasMbid());

    gig::Location place { u"p1"_s, u"Berlin"_s, QGeoCoordinate(52.52, 13.405), 30.0, {}, {}, {} };
    gig::Location other = place;
    QCOMPARE(place, other);
    other.radiusKm = 10.0;
    QVERIFY(place != other);
}

void TestDomainValues::statusNamesRoundTrip()
{
    for (auto status : { gig::EventStatus::Ok, gig::EventStatus::Cancelled,
             gig::EventStatus::Postponed, gig::EventStatus::Rescheduled }) {
        QCOMPARE(gig::eventStatusFromName(gig::eventStatusName(status)), status);
    }
    QCOMPARE(gig::eventStatusName(gig::EventStatus::Cancelled), u"cancelled"_s);
    QVERIFY(!gig::eventStatusFromName(u"canceled").has_value());
}

void TestDomainValues::releaseTypesReadMusicBrainzNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<gig::ReleaseType>("type");
    QTest::newRow("Album") << u"Album"_s << gig::ReleaseType::Album;
    QTest::newRow("album") << u"album"_s << gig::ReleaseType::Album;
    QTest::newRow("EP") << u"EP"_s << gig::ReleaseType::EP;
    QTest::newRow("Single") << u"Single"_s << gig::ReleaseType::Single;
    QTest::newRow("Broadcast") << u"Broadcast"_s << gig::ReleaseType::Other;
    QTest::newRow("empty") << QString() << gig::ReleaseType::Other;
}

void TestDomainValues::releaseTypesReadMusicBrainzNames()
{
    QFETCH(QString, name);
    QFETCH(gig::ReleaseType, type);
    QCOMPARE(gig::releaseTypeFromName(name), type);
}

void TestDomainValues::debugOutputNamesTheValue()
{
    const QString event = debugText(sampleEvent());
    QVERIFY2(event.contains(u"tm:G5vYZ9"_s), qPrintable(event));
    QVERIFY2(event.contains(u"postponed"_s), qPrintable(event));
    QVERIFY2(event.contains(u"2026-12-05 20:00 UTC+01:00"_s), qPrintable(event));

    const gig::Release release { u"rg-1"_s, u"Vespertine"_s, gig::ReleaseType::Album,
        gig::PartialDate::fromYearMonth(2001, 8) };
    const QString text = debugText(release);
    QVERIFY2(
        text.contains(u"Vespertine"_s) && text.contains(u"2001-08"_s) && text.contains(u"Album"_s),
        qPrintable(text));
    QVERIFY(debugText(gig::Artist { u"sk:1"_s, u"m"_s, u"Name"_s, {} }).contains(u"mbid \"m\""_s));
    QVERIFY(debugText(gig::Location { u"p1"_s, u"Berlin"_s, QGeoCoordinate(52.52, 13.405), 30.0, {},
                          { u"e1"_s }, {} })
                .contains(u"1 events"_s));
}

QTEST_GUILESS_MAIN(TestDomainValues)
#include "tst_domainvalues.moc"
