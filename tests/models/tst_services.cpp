// The service table: one row per outside service, with the hosts, URLs and limits they had
// before the table, and the source names the settings file and the command line use.
#include "models/services.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace gig {

class TestServices : public QObject
{
    Q_OBJECT

private slots:
    void everyServiceHasOneRow();
    void rowsKeepTheirHostsAndUrls_data();
    void rowsKeepTheirHostsAndUrls();
    void lanesFindTheirRow();
    void sourcesRoundTripTheirNames();
    void keyedSourcesAreTheKeyedServices();
    void seatGeekIsOffered();
    void recordIdsNameTheirService();
    void musicBrainzPagesSitAboveItsWebService();
};

void TestServices::musicBrainzPagesSitAboveItsWebService()
{
    QCOMPARE(musicBrainzWebRoot(serviceSpec(Service::MusicBrainz).baseUrl()),
        QUrl(u"https://musicbrainz.org"_s));
    QCOMPARE(musicBrainzWebRoot(QUrl(u"http://127.0.0.1:4711/musicbrainz/ws/2/"_s)),
        QUrl(u"http://127.0.0.1:4711/musicbrainz"_s));
    QCOMPARE(musicBrainzWebRoot(QUrl(u"https://mb.example/mirror"_s)),
        QUrl(u"https://mb.example/mirror"_s));
}

void TestServices::everyServiceHasOneRow()
{
    const QList<Service> all { Service::Ticketmaster, Service::Songkick, Service::SeatGeek,
        Service::MusicBrainz, Service::Nominatim, Service::Tiles, Service::ListenBrainz,
        Service::LastFm, Service::CoverArtArchive };
    QCOMPARE(services().size(), all.size());
    QStringList ids;
    QStringList lanes;
    for (const Service service : all) {
        const ServiceSpec &spec = serviceSpec(service);
        QCOMPARE(spec.service, service);
        QVERIFY(!spec.displayName.isEmpty());
        ids.append(spec.id);
        lanes.append(spec.laneName());
    }
    ids.removeDuplicates();
    lanes.removeDuplicates();
    QCOMPARE(ids.size(), all.size());
    QCOMPARE(lanes.size(), all.size());
}

void TestServices::rowsKeepTheirHostsAndUrls_data()
{
    QTest::addColumn<Service>("service");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("lane");
    QTest::addColumn<bool>("needsKey");
    QTest::addColumn<double>("rate");
    QTest::addColumn<int>("inFlight");
    QTest::addColumn<int>("budget");
    QTest::addColumn<bool>("resendSafe");
    QTest::addRow("Ticketmaster") << Service::Ticketmaster << u"ticketmaster"_s
                                  << u"https://app.ticketmaster.com/discovery/v2"_s
                                  << u"app.ticketmaster.com"_s << true << 4.0 << 2 << 5000 << true;
    QTest::addRow("Songkick") << Service::Songkick << u"songkick"_s
                              << u"https://api.songkick.com/api/3.0"_s << u"api.songkick.com"_s
                              << true << 2.0 << 2 << 0 << true;
    QTest::addRow("SeatGeek") << Service::SeatGeek << u"seatgeek"_s
                              << u"https://api.seatgeek.com/2"_s << u"api.seatgeek.com"_s << true
                              << 2.0 << 2 << 5000 << true;
    QTest::addRow("MusicBrainz") << Service::MusicBrainz << u"musicbrainz"_s
                                 << u"https://musicbrainz.org/ws/2"_s << u"musicbrainz.org"_s
                                 << false << 1.0 << 1 << 0 << false;
    QTest::addRow("Nominatim") << Service::Nominatim << u"nominatim"_s
                               << u"https://nominatim.openstreetmap.org"_s
                               << u"nominatim.openstreetmap.org"_s << false << 1.0 << 1 << 0
                               << false;
    QTest::addRow("tiles") << Service::Tiles << u"tiles"_s
                           << u"https://tile.openstreetmap.org/{z}/{x}/{y}.png"_s
                           << u"tile.openstreetmap.org"_s << false << 0.0 << 4 << 0 << true;
    QTest::addRow("ListenBrainz") << Service::ListenBrainz << u"listenbrainz"_s
                                  << u"https://api.listenbrainz.org"_s << u"api.listenbrainz.org"_s
                                  << false << 1.0 << 1 << 0 << true;
    QTest::addRow("Last.fm") << Service::LastFm << u"lastfm"_s
                             << u"https://ws.audioscrobbler.com/2.0"_s << u"ws.audioscrobbler.com"_s
                             << true << 1.0 << 1 << 0 << true;
}

void TestServices::rowsKeepTheirHostsAndUrls()
{
    QFETCH(Service, service);
    QFETCH(QString, id);
    QFETCH(QString, url);
    QFETCH(QString, lane);
    QFETCH(bool, needsKey);
    QFETCH(double, rate);
    QFETCH(int, inFlight);
    QFETCH(int, budget);
    QFETCH(bool, resendSafe);
    const ServiceSpec &spec = serviceSpec(service);
    QCOMPARE(spec.id, id);
    QCOMPARE(spec.defaultBaseUrl, url);
    QCOMPARE(spec.laneName(), lane);
    QCOMPARE(spec.needsKey, needsKey);
    QCOMPARE(spec.lane.ratePerSecond, rate);
    QCOMPARE(spec.lane.burst, 1);
    QCOMPARE(spec.lane.maxInFlight, inFlight);
    QCOMPARE(spec.lane.dailyBudget, budget);
    QCOMPARE(spec.lane.resendSafe, resendSafe);
}

void TestServices::lanesFindTheirRow()
{
    for (const ServiceSpec &spec : services())
        QCOMPARE(serviceForLane(spec.laneName()), &spec);
    QCOMPARE(serviceForLane(u"example.org"), nullptr);
    QCOMPARE(serviceForLane(u""), nullptr);
}

void TestServices::sourcesRoundTripTheirNames()
{
    QCOMPARE(sourceName(Source::Demo), u"demo"_s);
    QCOMPARE(sourceName(Source::Ticketmaster), u"ticketmaster"_s);
    QCOMPARE(sourceName(Source::Songkick), u"songkick"_s);
    for (const Source source : sources()) {
        QCOMPARE(sourceFromName(sourceName(source)), source);
        QCOMPARE(sourceFromName(sourceName(source).toUpper()), source);
    }
    QCOMPARE(sourceFromName(u"myspace"), std::nullopt);
    QCOMPARE(sources().first(), Source::Demo);
}

void TestServices::keyedSourcesAreTheKeyedServices()
{
    QCOMPARE(sourceService(Source::Demo), std::nullopt);
    for (const Source source : sources()) {
        if (const auto service = sourceService(source))
            QVERIFY(serviceSpec(*service).needsKey);
    }
}

// SeatGeek is offered: the settings, the key store and the engine carry its client id.
void TestServices::seatGeekIsOffered()
{
    QCOMPARE(sourceService(Source::SeatGeek), Service::SeatGeek);
    QCOMPARE(sourceName(Source::SeatGeek), u"seatgeek"_s);
    QVERIFY(sources().contains(Source::SeatGeek));
    QCOMPARE(sourceFromName(u"SeatGeek"), Source::SeatGeek);
    QVERIFY(keyedServices().contains(Service::SeatGeek));
    QVERIFY(apiServices().contains(Service::SeatGeek));
}

void TestServices::recordIdsNameTheirService()
{
    QCOMPARE(serviceOfRecord(u"tm:G5vYZ9"), Service::Ticketmaster);
    QCOMPARE(serviceOfRecord(u"sk:3037536"), Service::Songkick);
    QCOMPARE(serviceOfRecord(u"sg:5512345"), Service::SeatGeek);
    QCOMPARE(serviceOfRecord(u"tmx:1"), std::nullopt);
    QCOMPARE(serviceOfRecord(u"tm"), std::nullopt);
    QCOMPARE(serviceOfRecord(u"9b1d3f1a-mbid"), std::nullopt);
    QSet<QString> prefixes;
    for (const Source source : sources()) {
        if (const auto service = sourceService(source)) {
            const QString prefix = serviceSpec(*service).idPrefix;
            QVERIFY2(!prefix.isEmpty() && !prefixes.contains(prefix), qPrintable(prefix));
            prefixes.insert(prefix);
        }
    }
}

} // namespace gig

QTEST_GUILESS_MAIN(gig::TestServices)
#include "tst_services.moc"
