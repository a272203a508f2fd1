#include "app/cli/exportoptions.h"

#include <QTest>

using namespace Qt::StringLiterals;
using gig::EngineConfig;
using gig::ExportOptions;
using gig::Source;

namespace {

const QDate today(2026, 11, 26);

std::optional<ExportOptions> parse(
    QStringList options, const gig::ApiKeys &environment = {}, QString *error = nullptr)
{
    QString ignored;
    options.prepend(u"export"_s);
    options.prepend(u"gigmap"_s);
    return ExportOptions::parse(options, environment, today, error ? error : &ignored);
}

gig::ApiKeys ticketmasterKey(const QString &key)
{
    return { { gig::Service::Ticketmaster, key } };
}

} // namespace

class TestExportOptions : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void sourceFollowsTheKey();
    void severalSourcesAndTheirKeys();
    void everyOptionIsRead();
    void everyServiceOfTheTableHasAUrlOption();
    void badArgumentsSayWhy_data();
    void badArgumentsSayWhy();
};

void TestExportOptions::defaults()
{
    const auto options = parse({ u"--lat"_s, u"52.52"_s, u"--lng"_s, u"13.405"_s });
    QVERIFY(options);
    QCOMPARE(options->place, QGeoCoordinate(52.52, 13.405));
    QCOMPARE(options->radiusKm, 30.0);
    QCOMPARE(options->from, today);
    QCOMPARE(options->to, today.addDays(90));
    QCOMPARE(options->sources, QList<Source> { Source::Demo });
    QCOMPARE(options->rows, gig::CsvWriter::Rows::Gigs);
    QCOMPARE(options->format, ExportOptions::Format::Csv);
    QCOMPARE(options->timeout, std::chrono::seconds(600));
    QCOMPARE(options->output, u"-"_s);
    QVERIFY(!options->byteOrderMark && !options->offline && !options->inMemoryCache);
    QVERIFY(!options->mineOnly);
    const auto mine = parse({ u"--lat"_s, u"52.52"_s, u"--lng"_s, u"13.405"_s, u"--mine"_s });
    QVERIFY(mine && mine->mineOnly);
}

void TestExportOptions::sourceFollowsTheKey()
{
    const QStringList place = { u"--lat"_s, u"0"_s, u"--lng"_s, u"0"_s };
    const QList<Source> ticketmaster { Source::Ticketmaster };
    QCOMPARE(parse(place, ticketmasterKey(u"env-key"_s))->sources, ticketmaster);
    QCOMPARE(parse(place, ticketmasterKey(u"env-key"_s))->keys, ticketmasterKey(u"env-key"_s));
    QCOMPARE(parse(place + QStringList { u"--api-key"_s, u"k"_s })->sources, ticketmaster);
    QCOMPARE(parse(place + QStringList { u"--source"_s, u"demo"_s }, ticketmasterKey(u"env-key"_s))
                 ->sources,
        QList<Source> { Source::Demo });
    const auto songkick
        = parse(place + QStringList { u"--source"_s, u"songkick"_s, u"--api-key"_s, u"k"_s });
    QCOMPARE(songkick->sources, QList<Source> { Source::Songkick });
    QCOMPARE(songkick->keys.key(gig::Service::Songkick), u"k"_s);
}

void TestExportOptions::severalSourcesAndTheirKeys()
{
    const QStringList place = { u"--lat"_s, u"0"_s, u"--lng"_s, u"0"_s };
    // Every source with a key, in the order the merge prefers, when none is named.
    const gig::ApiKeys environment { { gig::Service::SeatGeek, u"sg-env"_s },
        { gig::Service::Ticketmaster, u"tm-env"_s } };
    QCOMPARE(parse(place, environment)->sources,
        (QList<Source> { Source::Ticketmaster, Source::SeatGeek }));
    // A list, in any order and with repeats, comes out in that order, each once.
    const auto named = parse(place
        + QStringList { u"--source"_s, u"seatgeek,ticketmaster,seatgeek"_s, u"--seatgeek-key"_s,
            u"sg"_s, u"--ticketmaster-key"_s, u"tm"_s });
    QVERIFY(named);
    QCOMPARE(named->sources, (QList<Source> { Source::Ticketmaster, Source::SeatGeek }));
    QCOMPARE(named->keys,
        (gig::ApiKeys {
            { gig::Service::Ticketmaster, u"tm"_s }, { gig::Service::SeatGeek, u"sg"_s } }));
    // An option's key wins over the environment's.
    QCOMPARE(parse(place + QStringList { u"--seatgeek-key"_s, u"given"_s }, environment)
                 ->keys.key(gig::Service::SeatGeek),
        u"given"_s);
    // Each keyed service has its option, named in the help with its environment variable.
    for (const gig::Service service : gig::keyedServices()) {
        const gig::ServiceSpec &spec = gig::serviceSpec(service);
        QVERIFY(ExportOptions::helpText().contains(u"--"_s + spec.id + u"-key"_s));
        QVERIFY(ExportOptions::helpText().contains(spec.keyVariable));
    }
}

void TestExportOptions::everyOptionIsRead()
{
    const auto options = parse({ u"--lat"_s, u"-33.87"_s, u"--lng"_s, u"151.21"_s, u"--radius-km"_s,
        u"12.5"_s, u"--from"_s, u"2026-12-01"_s, u"--to"_s, u"2026-12-31"_s, u"--source"_s,
        u"ticketmaster"_s, u"--api-key"_s, u"k"_s, u"--ticketmaster-url"_s,
        u"http://127.0.0.1:8080/tm"_s, u"--musicbrainz-url"_s, u"https://mb.example.org/ws/2"_s,
        u"--rows"_s, u"artists"_s, u"--format"_s, u"ics"_s, u"--bom"_s, u"--cache"_s,
        u"/tmp/x.sqlite"_s, u"--timeout"_s, u"30"_s, u"-o"_s, u"out.ics"_s });
    QVERIFY(options);
    QCOMPARE(options->radiusKm, 12.5);
    QCOMPARE(options->from, QDate(2026, 12, 1));
    QCOMPARE(options->to, QDate(2026, 12, 31));
    QCOMPARE(options->urls.value(gig::Service::Ticketmaster), QUrl(u"http://127.0.0.1:8080/tm"_s));
    QCOMPARE(
        options->urls.value(gig::Service::MusicBrainz), QUrl(u"https://mb.example.org/ws/2"_s));
    QCOMPARE(options->rows, gig::CsvWriter::Rows::Artists);
    QCOMPARE(options->format, ExportOptions::Format::Ics);
    QVERIFY(options->byteOrderMark);
    QCOMPARE(options->cacheFile, u"/tmp/x.sqlite"_s);
    QCOMPARE(options->timeout, std::chrono::seconds(30));
    QCOMPARE(options->output, u"out.ics"_s);
}

void TestExportOptions::everyServiceOfTheTableHasAUrlOption()
{
    const QStringList place { u"--lat"_s, u"52.5"_s, u"--lng"_s, u"13.4"_s };
    for (const gig::Service service : gig::apiServices()) {
        const QString option = u"--"_s + gig::serviceSpec(service).id + u"-url"_s;
        QVERIFY2(ExportOptions::helpText().contains(option), qPrintable(option));
        const auto options = parse(place + QStringList { option, u"http://127.0.0.1:9/root"_s });
        QVERIFY2(options, qPrintable(option));
        QCOMPARE(options->urls,
            (QMap<gig::Service, QUrl> { { service, QUrl(u"http://127.0.0.1:9/root"_s) } }));
    }
}

void TestExportOptions::badArgumentsSayWhy_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("reason");
    const QStringList place = { u"--lat"_s, u"52.5"_s, u"--lng"_s, u"13.4"_s };
    QTest::newRow("no place") << QStringList {} << u"--lat and --lng are required"_s;
    QTest::newRow("latitude 91") << QStringList { u"--lat"_s, u"91"_s, u"--lng"_s, u"0"_s }
                                 << u"--lat '91'"_s;
    QTest::newRow("latitude text")
        << QStringList { u"--lat"_s, u"north"_s, u"--lng"_s, u"0"_s } << u"--lat 'north'"_s;
    QTest::newRow("longitude 181")
        << QStringList { u"--lat"_s, u"0"_s, u"--lng"_s, u"181"_s } << u"--lng '181'"_s;
    QTest::newRow("longitude nan")
        << QStringList { u"--lat"_s, u"0"_s, u"--lng"_s, u"nan"_s } << u"--lng 'nan'"_s;
    QTest::newRow("radius 0") << place + QStringList { u"--radius-km"_s, u"0"_s }
                              << u"--radius-km '0'"_s;
    QTest::newRow("bad date") << place + QStringList { u"--from"_s, u"2026-02-30"_s }
                              << u"--from '2026-02-30'"_s;
    QTest::newRow("short date") << place + QStringList { u"--to"_s, u"2026-1-1"_s }
                                << u"--to '2026-1-1'"_s;
    QTest::newRow("to before from")
        << place + QStringList { u"--from"_s, u"2026-12-10"_s, u"--to"_s, u"2026-12-01"_s }
        << u"before --from"_s;
    QTest::newRow("unknown source") << place + QStringList { u"--source"_s, u"myspace"_s }
                                    << u"--source 'myspace' is unknown"_s;
    QTest::newRow("keyed source, no key")
        << place + QStringList { u"--source"_s, u"songkick"_s }
        << u"--source songkick needs a key: give --songkick-key or set GIGMAP_SONGKICK_KEY."_s;
    QTest::newRow("one of two sources without a key")
        << place
            + QStringList { u"--source"_s, u"ticketmaster,seatgeek"_s, u"--ticketmaster-key"_s,
                  u"k"_s }
        << u"--source seatgeek needs a key: give --seatgeek-key or set GIGMAP_SEATGEEK_CLIENT_ID."_s;
    QTest::newRow("api key for two sources")
        << place + QStringList { u"--source"_s, u"ticketmaster,seatgeek"_s, u"--api-key"_s, u"k"_s }
        << u"--api-key is the key of one source"_s;
    QTest::newRow("demo with another")
        << place + QStringList { u"--source"_s, u"demo,seatgeek"_s } << u"demo stands alone"_s;
    QTest::newRow("unknown among known")
        << place + QStringList { u"--source"_s, u"ticketmaster,myspace"_s }
        << u"--source 'myspace' is unknown"_s;
    QTest::newRow("http to a remote host")
        << place + QStringList { u"--musicbrainz-url"_s, u"http://musicbrainz.org/ws/2"_s }
        << u"plain http is accepted for loopback hosts only"_s;
    QTest::newRow("not a url") << place + QStringList { u"--songkick-url"_s, u"ftp://x"_s }
                               << u"is not an http(s) URL"_s;
    QTest::newRow("rows") << place + QStringList { u"--rows"_s, u"venues"_s }
                          << u"--rows 'venues'"_s;
    QTest::newRow("format") << place + QStringList { u"--format"_s, u"xlsx"_s }
                            << u"--format 'xlsx'"_s;
    QTest::newRow("cache and no-cache")
        << place + QStringList { u"--cache"_s, u"a"_s, u"--no-cache"_s }
        << u"cannot be used together"_s;
    QTest::newRow("offline without cache")
        << place + QStringList { u"--offline"_s, u"--no-cache"_s }
        << u"--offline reads the cache"_s;
    QTest::newRow("mine without cache") << place + QStringList { u"--mine"_s, u"--no-cache"_s }
                                        << u"--mine reads my artists from the cache"_s;
    QTest::newRow("timeout") << place + QStringList { u"--timeout"_s, u"-1"_s }
                             << u"--timeout '-1'"_s;
    QTest::newRow("unknown option") << place + QStringList { u"--frobnicate"_s } << u"frobnicate"_s;
}

void TestExportOptions::badArgumentsSayWhy()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, reason);
    QString error;
    QVERIFY(!parse(arguments, {}, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestExportOptions)
#include "tst_exportoptions.moc"
