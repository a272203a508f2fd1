#include "app/sources/ticketmasterparser.h"
#include "fixture.h"

#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using gig::test::fixture;

Q_DECLARE_METATYPE(std::optional<gig::TicketPrice>)

namespace gig {

class TstTicketmasterParser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Skipped records are asserted through Parsed::skipped; keep the log quiet.
        QLoggingCategory::setFilterRules(u"gigmap.sources.warning=false"_s);
    }

    void answersGiveEventsOrTypedErrors_data();
    void answersGiveEventsOrTypedErrors();
    void readsEachEventAsDocumented_data();
    void readsEachEventAsDocumented();
    void keepsLineupOrderAndEachArtistOnce();
    void readsTheLowestPrice_data();
    void readsTheLowestPrice();
    void takesFirstMusicBrainzLinkAsMbid();
    void readsPaging();
    void namesWhyRecordsWereSkipped();
};

void TstTicketmasterParser::answersGiveEventsOrTypedErrors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("errorKind"); // -1: no error
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("events");
    QTest::addColumn<int>("skipped");

    const int none = -1;
    const int bad = int(SourceError::Kind::BadResponse);
    const int service = int(SourceError::Kind::ServiceError);
    QTest::newRow("page") << u"events_page.json"_s << none << QString() << 5 << 6;
    QTest::newRow("no events") << u"empty_page.json"_s << none << QString() << 0 << 0;
    QTest::newRow("fault") << u"fault.json"_s << service << u"Invalid ApiKey"_s << 0 << 0;
    QTest::newRow("errors[]") << u"errors.json"_s << service << u"DIS1035: API Limits Exceeded"_s
                              << 0 << 0;
    QTest::newRow("truncated") << u"truncated.json"_s << bad << u"not JSON"_s << 0 << 0;
    QTest::newRow("events not a list")
        << u"wrong_types.json"_s << bad << u"not an array"_s << 0 << 0;
    QTest::newRow("page size a word")
        << u"page_wrong_type.json"_s << bad << u"page.size"_s << 0 << 0;
    QTest::newRow("empty body") << u"empty.json"_s << bad << u"empty"_s << 0 << 0;
    QTest::newRow("html") << u"html.json"_s << bad << u"HTML"_s << 0 << 0;
    QTest::newRow("huge totals") << u"huge_numbers.json"_s << bad << u"page.total"_s << 0 << 0;
    QTest::newRow("huge coordinates") << u"huge_coordinates.json"_s << none << QString() << 1 << 0;
    QTest::newRow("top-level array")
        << u"top_array.json"_s << bad << u"not a JSON object"_s << 0 << 0;
}

void TstTicketmasterParser::answersGiveEventsOrTypedErrors()
{
    QFETCH(QString, file);
    QFETCH(int, errorKind);
    QFETCH(QString, message);
    QFETCH(int, events);
    QFETCH(int, skipped);

    const auto result = parseTicketmasterEvents(fixture(u"ticketmaster/"_s + file));
    test::verifyOutcome(result, errorKind, message);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(result.value.batch.events.size(), events);
    QCOMPARE(result.skipped.size(), skipped);
}

void TstTicketmasterParser::readsEachEventAsDocumented_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<EventStatus>("status");
    QTest::addColumn<EventStart>("start");
    QTest::addColumn<QString>("venue");
    QTest::addColumn<QGeoCoordinate>("coordinate");
    QTest::addColumn<QStringList>("lineup");

    QTest::newRow("commas and quotes, dateTime gives offset")
        << u"tm:G5vYZ9a1"_s << u"Rock, Paper & \"Scissors\" Night"_s << EventStatus::Ok
        << EventStart(QDate(2026, 12, 5), QTime(20, 0), 3600) << u"Columbiahalle"_s
        << QGeoCoordinate(52.4849, 13.3894) << QStringList { u"tm:K8vZ917a"_s, u"tm:K8vZ917b"_s };
    QTest::newRow("non-Latin, newline, canceled, no time, null coordinates")
        << u"tm:G5vYZ9a2"_s << u"Мумий Тролль — 東京 Tour\nsecond line"_s << EventStatus::Cancelled
        << EventStart(QDate(2026, 12, 6), std::nullopt, 3600) << u"Astra"_s << QGeoCoordinate()
        << QStringList { u"tm:K8vZ917c"_s };
    QTest::newRow("formula-like names, postponed, offset from time zone across DST")
        << u"tm:G5vYZ9a3"_s << u"=cmd|' /C calc'!A0"_s << EventStatus::Postponed
        << EventStart(QDate(2027, 3, 28), QTime(19, 30), 7200) << u"@Venue"_s
        << QGeoCoordinate(52.5, 13.4)
        << QStringList { u"tm:K8vZ917d"_s, u"tm:K8vZ917e"_s, u"tm:K8vZ917a"_s };
    QTest::newRow("rescheduled, negative offset over midnight")
        << u"tm:G5vYZ9a4"_s << u"Rescheduled show"_s << EventStatus::Rescheduled
        << EventStart(QDate(2026, 12, 24), QTime(21, 0), -8 * 3600) << QString() << QGeoCoordinate()
        << QStringList();
    QTest::newRow("offsale is ok, no zone gives no offset")
        << u"tm:G5vYZ9a5"_s << u"Offsale show"_s << EventStatus::Ok
        << EventStart(QDate(2026, 12, 31), QTime(23, 0)) << QString() << QGeoCoordinate()
        << QStringList();
}

void TstTicketmasterParser::readsEachEventAsDocumented()
{
    QFETCH(QString, id);
    QFETCH(QString, name);
    QFETCH(EventStatus, status);
    QFETCH(EventStart, start);
    QFETCH(QString, venue);
    QFETCH(QGeoCoordinate, coordinate);
    QFETCH(QStringList, lineup);

    const auto result = parseTicketmasterEvents(fixture(u"ticketmaster/events_page.json"_s));
    QVERIFY(result.ok());
    const auto &events = result.value.batch.events;
    const Event *it = gig::test::findEvent(events, id);
    QVERIFY2(it, qPrintable(id));
    QCOMPARE(it->name, name);
    QCOMPARE(it->status, status);
    QCOMPARE(it->start, start);
    QCOMPARE(it->venue.name, venue);
    QCOMPARE(it->venue.coordinate, coordinate);
    QCOMPARE(it->lineup, lineup);
}

void TstTicketmasterParser::keepsLineupOrderAndEachArtistOnce()
{
    const auto result = parseTicketmasterEvents(fixture(u"ticketmaster/events_page.json"_s));
    QStringList ids;
    for (const Artist &artist : result.value.batch.artists)
        ids.append(artist.id);
    QCOMPARE(ids,
        (QStringList { u"tm:K8vZ917a"_s, u"tm:K8vZ917b"_s, u"tm:K8vZ917c"_s, u"tm:K8vZ917d"_s,
            u"tm:K8vZ917e"_s }));
    QCOMPARE(result.value.batch.artists.at(0).name, u"The \"Quoted\" Band"_s);
    QCOMPARE(result.value.batch.artists.at(2).name, u"Мумий Тролль"_s);
    const Event &first = result.value.batch.events.at(0);
    QCOMPARE(first.venue.city, u"Berlin"_s);
    QCOMPARE(first.venue.country, u"DE"_s);
    QCOMPARE(first.url, u"https://www.ticketmaster.de/event/G5vYZ9a1"_s);
    // The lowest minimum of the price ranges, with or without fees.
    QCOMPARE(first.lowestPrice, (TicketPrice { 39.5, u"EUR"_s }));
    QCOMPARE(result.value.batch.events.at(1).lowestPrice, std::nullopt);
}

void TstTicketmasterParser::readsTheLowestPrice_data()
{
    QTest::addColumn<QByteArray>("ranges");
    QTest::addColumn<std::optional<TicketPrice>>("lowest");
    QTest::newRow("none") << "[]"_ba << std::optional<TicketPrice>();
    QTest::newRow("one") << R"([{"type":"standard","currency":"USD","min":20.0,"max":110.0}])"_ba
                         << std::optional(TicketPrice { 20, u"USD"_s });
    QTest::newRow("other currency passed over")
        << R"([{"currency":"GBP","min":30},{"currency":"EUR","min":5},{"currency":"GBP","min":25}])"_ba
        << std::optional(TicketPrice { 25, u"GBP"_s });
    QTest::newRow("no currency or minimum")
        << R"([{"min":3},{"currency":"EUR"},{"currency":"EUR","min":12}])"_ba
        << std::optional(TicketPrice { 12, u"EUR"_s });
    QTest::newRow("wrong types")
        << R"([{"currency":"EUR","min":"cheap"},{"currency":7,"min":1},"x"])"_ba
        << std::optional<TicketPrice>();
    QTest::newRow("negative") << R"([{"currency":"EUR","min":-1}])"_ba
                              << std::optional<TicketPrice>();
    QTest::newRow("not a list") << R"({"currency":"EUR","min":1})"_ba
                                << std::optional<TicketPrice>();
}

void TstTicketmasterParser::readsTheLowestPrice()
{
    QFETCH(QByteArray, ranges);
    QFETCH(std::optional<TicketPrice>, lowest);
    const QByteArray body = R"({"page":{"size":20,"totalElements":1,"totalPages":1,"number":0},)"
                            R"("_embedded":{"events":[{"name":"Gig","id":"G1",)"
                            R"("dates":{"start":{"localDate":"2026-12-05"}},"priceRanges":)"_ba
        + ranges + "}]}}";
    const auto result = parseTicketmasterEvents(body);
    QVERIFY2(result.ok(), qPrintable(result.error ? toString(*result.error) : QString()));
    QCOMPARE(result.value.batch.events.size(), 1);
    QCOMPARE(result.value.batch.events.constFirst().lowestPrice, lowest);
}

void TstTicketmasterParser::takesFirstMusicBrainzLinkAsMbid()
{
    const auto result = parseTicketmasterEvents(fixture(u"ticketmaster/events_page.json"_s));
    const auto &artists = result.value.batch.artists;
    QCOMPARE(artists.at(0).mbid, u"5b11f4ce-a62d-471e-81fc-a69a8278c7da"_s);
    QVERIFY(!artists.at(1).hasMbid()); // no externalLinks
    QVERIFY(!artists.at(2).hasMbid()); // empty musicbrainz list
}

void TstTicketmasterParser::readsPaging()
{
    const QByteArray body
        = R"({"page":{"size":200,"totalElements":4711,"totalPages":24,"number":3}})"_ba;
    const auto result = parseTicketmasterEvents(body);
    QVERIFY(result.ok());
    QCOMPARE(result.value.number, 3);
    QCOMPARE(result.value.size, 200);
    QCOMPARE(result.value.totalPages, 24);
    QCOMPARE(result.value.totalElements, 4711);
}

void TstTicketmasterParser::namesWhyRecordsWereSkipped()
{
    const auto result = parseTicketmasterEvents(fixture(u"ticketmaster/events_page.json"_s));
    const QString all = result.skipped.join(u'\n');
    QVERIFY2(all.contains(u"(no id): id is missing"_s), qPrintable(all));
    QVERIFY2(all.contains(u"G5vYZ9a7: dates.start.localDate \"07.12.2026\" is not a date"_s),
        qPrintable(all));
    QVERIFY2(all.contains(u"G5vYZ9a9: name is a number, not a string"_s), qPrintable(all));
    QVERIFY2(all.contains(u"the record is a string, not an object"_s), qPrintable(all));
    QVERIFY2(
        all.contains(u"G5vYZ9a5: attraction #1: id is a number, not a string"_s), qPrintable(all));
}

} // namespace gig

QTEST_GUILESS_MAIN(gig::TstTicketmasterParser)
#include "tst_ticketmasterparser.moc"
