// What the app's Export action writes: the gigs named, in the order given, as CSV or iCalendar
// by the file's suffix, all or nothing.
#include "app/export/csvwriter.h"
#include "app/export/exportgig.h"
#include "app/export/icswriter.h"
#include "models/gigstore.h"
#include "models/myartistset.h"
#include "tests/models/storefixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gig;

namespace {

// Three gigs in "berlin": e1 on 12 Dec (Björk with a release, then Caribou fetching),
// e2 on 3 Dec (Radiohead, none), e3 on 20 Dec (Moderat, whose search by name found no artist).
void fill(GigStore &store)
{
    using namespace gig::testing;
    store.setClock([] { return fixtureNow; });
    Event e1
        = makeEvent(u"e1"_s, QDate(2026, 12, 12), { u"a1"_s, u"a4"_s }, QGeoCoordinate(52.5, 13.3));
    e1.name = u"Björk, live"_s;
    Event e2 = makeEvent(u"e2"_s, QDate(2026, 12, 3), { u"a2"_s });
    e2.name = u"Radiohead"_s;
    Event e3 = makeEvent(u"e3"_s, QDate(2026, 12, 20), { u"a3"_s });
    e3.name = u"Moderat"_s;
    writeRefresh(store, makeLocation(u"berlin"_s, { u"e1"_s, u"e2"_s, u"e3"_s }), { e1, e2, e3 },
        { makeArtist(u"a1"_s, u"Björk"_s, u"m1"_s), makeArtist(u"a2"_s, u"Radiohead"_s, u"m2"_s),
            Artist { u"a3"_s, {}, u"Moderat"_s, {}, fixtureNow.addDays(-1), NameSearch::NoMatch },
            makeArtist(u"a4"_s, u"Caribou"_s, u"m4"_s) });
    writeRelease(store, u"m1"_s,
        Release { u"rg1"_s, u"Fossora"_s, ReleaseType::Album,
            PartialDate::fromDate(QDate(2022, 9, 30)) });
    writeRelease(store, u"m2"_s, std::nullopt);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestExportGig : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void collectsInStartOrderOrAsGiven();
    void collectsInTheOrderAPersonReads();
    void collectsDistanceAndEveryReleaseState();
    void csvKeepsTheTablesOrder();
    void icsFormatWritesICalendar();
    void csvForExcelStartsWithAByteOrderMark();
    void failedWriteReportsAndLeavesTheOldFile();
    void eachShowIsWrittenOnceWithEveryProvidersListing();
    void mineKeepsOnlyGigsOfMyArtists();
};

void TestExportGig::mineKeepsOnlyGigsOfMyArtists()
{
    GigStore store;
    fill(store);
    const QList<ExportGig> all = collectExportGigs(store, { u"e1"_s, u"e2"_s, u"e3"_s }, {});
    const auto ids = [](const QList<ExportGig> &gigs) {
        QStringList list;
        for (const ExportGig &gig : gigs)
            list.append(gig.event.id);
        return list;
    };
    // Caribou (m4) supports Björk; Moderat has no MBID and is followed by name.
    const gig::MyArtistSet mine({ { u"m4"_s, u"Caribou"_s, gig::ArtistOrigin::ByHand, {} },
        { QString(), u"moderat"_s, gig::ArtistOrigin::MusicLibrary, {} } });
    QCOMPARE(ids(gig::gigsOfMyArtists(all, mine)), (QStringList { u"e1"_s, u"e3"_s }));
    QVERIFY(gig::gigsOfMyArtists(all, gig::MyArtistSet()).isEmpty());
}

void TestExportGig::collectsInStartOrderOrAsGiven()
{
    GigStore store;
    fill(store);
    const QStringList ids { u"e1"_s, u"unknown"_s, u"e3"_s, u"e2"_s };
    QStringList order;
    for (const ExportGig &gig : collectExportGigs(store, ids, {}))
        order.append(gig.event.id);
    QCOMPARE(order, (QStringList { u"e2"_s, u"e1"_s, u"e3"_s })); // by start; unknown ids skipped
    order.clear();
    for (const ExportGig &gig : collectExportGigs(store, ids, {}, ExportOrder::AsGiven))
        order.append(gig.event.id);
    QCOMPARE(order, (QStringList { u"e1"_s, u"e3"_s, u"e2"_s }));
}

void TestExportGig::collectsInTheOrderAPersonReads()
{
    // By local date, then local time with untimed gigs after the day's timed ones, then name.
    using namespace gig::testing;
    GigStore store;
    store.setClock([] { return fixtureNow; });
    const QDate july29(2027, 7, 29);
    constexpr int utcMinus6 = -6 * 3600;
    QList<Event> events;
    auto add = [&](const QString &id, const QString &name, const EventStart &start) {
        Event event = makeEvent(id, start.localDate());
        event.name = name;
        event.start = start;
        events.append(event);
    };
    add(u"untimed"_s, u"Untimed"_s, EventStart(july29));
    add(u"late"_s, u"Late"_s, EventStart(july29, QTime(21, 0), utcMinus6));
    add(u"b"_s, u"Bravo"_s, EventStart(july29, QTime(20, 0), utcMinus6));
    add(u"a"_s, u"Alpha"_s, EventStart(july29, QTime(20, 0), utcMinus6));
    add(u"before"_s, u"Before"_s, EventStart(july29.addDays(-1), QTime(22, 0), utcMinus6));
    QStringList ids;
    for (const Event &event : std::as_const(events))
        ids.append(event.id);
    writeRefresh(store, makeLocation(u"mpls"_s, ids), events, {});
    QStringList order;
    for (const ExportGig &gig : collectExportGigs(store, ids, {}))
        order.append(gig.event.id);
    QCOMPARE(order, (QStringList { u"before"_s, u"a"_s, u"b"_s, u"late"_s, u"untimed"_s }));
}

void TestExportGig::collectsDistanceAndEveryReleaseState()
{
    GigStore store;
    fill(store);
    const ExportGig gig
        = collectExportGigs(store, { u"e1"_s }, QGeoCoordinate(52.52, 13.405)).value(0);
    QVERIFY(gig.distanceKm > 5 && gig.distanceKm < 10);
    const double expected
        = QGeoCoordinate(52.52, 13.405).distanceTo(gig.event.venue.coordinate) / 1000;
    QCOMPARE(gig.distanceKm, expected);
    QCOMPARE(gig.lineup.size(), 2);
    QCOMPARE(gig.lineup.at(0).state, ArtistRelease::State::Known);
    QCOMPARE(gig.lineup.at(0).release->title, u"Fossora"_s);
    QCOMPARE(gig.lineup.at(1).state, ArtistRelease::State::Fetching);
    QCOMPARE(collectExportGigs(store, { u"e1"_s }, {}).value(0).distanceKm, -1.0); // no place
    QCOMPARE(collectExportGigs(store, { u"e2"_s }, {}).value(0).lineup.at(0).state,
        ArtistRelease::State::None);
    QCOMPARE(collectExportGigs(store, { u"e3"_s }, {}).value(0).lineup.at(0).state,
        ArtistRelease::State::NotOnMusicBrainz);
}

void TestExportGig::csvKeepsTheTablesOrder()
{
    GigStore store;
    fill(store);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"gigs.csv"_s);
    QString error;
    QCOMPARE(exportGigsToFile(store, { u"e3"_s, u"e1"_s }, {}, path, ExportFormat::Csv,
                 testing::fixtureNow, &error),
        2);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<QByteArray> lines = readAll(path).split('\n');
    QVERIFY(lines.at(0).startsWith("date,time,event,"));
    QVERIFY(lines.at(1).contains(",Moderat,"));
    QVERIFY(lines.at(2).contains(",\"Björk, live\","));
    QVERIFY(lines.at(2).contains("Björk: Fossora (2022-09-30, Album)"));
    QCOMPARE(lines.size(), 4); // header, two gigs, the empty rest after the last CRLF
}

void TestExportGig::icsFormatWritesICalendar()
{
    GigStore store;
    fill(store);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"December.ICS"_s);
    QString error;
    QCOMPARE(exportGigsToFile(store, { u"e1"_s, u"e2"_s }, {}, path, ExportFormat::ICalendar,
                 testing::fixtureNow, &error),
        2);
    const QByteArray text = readAll(path);
    QVERIFY(text.startsWith("BEGIN:VCALENDAR\r\n"));
    QCOMPARE(text.count("BEGIN:VEVENT"), 2);
}

void TestExportGig::csvForExcelStartsWithAByteOrderMark()
{
    // Excel on Windows reads "Björk" as UTF-8 only after a byte-order mark; plain CSV has none.
    GigStore store;
    fill(store);
    QTemporaryDir dir;
    QString error;
    const QString excel = dir.filePath(u"excel.csv"_s);
    const QString plain = dir.filePath(u"plain.csv"_s);
    QCOMPARE(exportGigsToFile(store, { u"e1"_s }, {}, excel, ExportFormat::CsvForExcel,
                 testing::fixtureNow, &error),
        1);
    QCOMPARE(exportGigsToFile(
                 store, { u"e1"_s }, {}, plain, ExportFormat::Csv, testing::fixtureNow, &error),
        1);
    QVERIFY(readAll(excel).startsWith("\xEF\xBB\xBF"
                                      "date,time,event,"));
    QVERIFY(readAll(plain).startsWith("date,time,event,"));
    QCOMPARE(readAll(excel).mid(3), readAll(plain));
}

void TestExportGig::failedWriteReportsAndLeavesTheOldFile()
{
    GigStore store;
    fill(store);
    QTemporaryDir dir;
    // A folder in the way of the file: nothing can be written there.
    const QString blocked = dir.filePath(u"gigs.csv"_s);
    QVERIFY(QDir().mkdir(blocked));
    QString error;
    QCOMPARE(exportGigsToFile(
                 store, { u"e1"_s }, {}, blocked, ExportFormat::Csv, testing::fixtureNow, &error),
        -1);
    QVERIFY2(error.contains(blocked), qPrintable(error));
    QVERIFY(QFileInfo(blocked).isDir());

    // A folder that does not exist: the error names the path, nothing is created.
    error.clear();
    const QString missing = dir.filePath(u"no/such/folder/gigs.csv"_s);
    QCOMPARE(exportGigsToFile(
                 store, { u"e1"_s }, {}, missing, ExportFormat::Csv, testing::fixtureNow, &error),
        -1);
    QVERIFY2(error.contains(missing), qPrintable(error));
    QVERIFY(!QFileInfo::exists(missing));
}

// The same show on Ticketmaster and SeatGeek (a "The" more or less, 15 minutes apart, 50 m
// apart, one support act more), and a SeatGeek gig of its own: two shows.
void TestExportGig::eachShowIsWrittenOnceWithEveryProvidersListing()
{
    using namespace gig::testing;
    GigStore store;
    store.setClock([] { return fixtureNow; });
    Event tm
        = makeEvent(u"tm:1"_s, QDate(2026, 12, 12), { u"tm:a1"_s }, QGeoCoordinate(52.5, 13.3));
    tm.venue.name = u"Astra"_s;
    tm.url = u"https://tickets.example/tm/1"_s;
    Event sg = makeEvent(
        u"sg:9"_s, QDate(2026, 12, 12), { u"sg:a1"_s, u"sg:a2"_s }, QGeoCoordinate(52.50045, 13.3));
    sg.venue.name = u"Astra"_s;
    sg.start = EventStart(QDate(2026, 12, 12), QTime(20, 15), 3600);
    sg.url = u"https://tickets.example/sg/9"_s;
    Event alone = makeEvent(u"sg:10"_s, QDate(2026, 12, 14), { u"sg:a2"_s });
    writeRefresh(store, makeLocation(u"berlin"_s, { u"tm:1"_s, u"sg:9"_s, u"sg:10"_s }),
        { tm, sg, alone },
        { makeArtist(u"tm:a1"_s, u"The Notwist"_s), makeArtist(u"sg:a1"_s, u"Notwist"_s),
            makeArtist(u"sg:a2"_s, u"Support"_s) });

    const QList<ExportGig> gigs
        = collectExportGigs(store, { u"sg:10"_s, u"sg:9"_s, u"tm:1"_s }, {}, ExportOrder::AsGiven);
    QCOMPARE(gigs.size(), 2);
    QCOMPARE(gigs.at(0).sourceIds, QStringList { u"sg:10"_s }); // where first named
    const ExportGig &merged = gigs.at(1);
    QCOMPARE(merged.event.id, u"tm:1"_s);
    QCOMPARE(merged.sourceIds, (QStringList { u"tm:1"_s, u"sg:9"_s }));
    QCOMPARE(merged.urls,
        (QStringList { u"https://tickets.example/tm/1"_s, u"https://tickets.example/sg/9"_s }));
    QCOMPARE(merged.lineup.size(), 2); // the longer bill
    QCOMPARE(merged.event.start.localTime(), QTime(20, 0)); // the earliest time announced

    const QString csv = QString::fromUtf8(CsvWriter::write(gigs, {}));
    QVERIFY2(csv.contains(u",https://tickets.example/tm/1,tm:1; sg:9\r\n"_s), qPrintable(csv));
    QCOMPARE(csv.count(u"\r\n"_s), 3); // the header and two shows
    const QString ics = QString::fromUtf8(IcsWriter::write(gigs, fixtureNow));
    QCOMPARE(ics.count(u"BEGIN:VEVENT"_s), 2);
    const QString unfolded = QString(ics).remove(u"\r\n "_s);
    QVERIFY2(unfolded.contains(u"Tickets: https://tickets.example/sg/9"_s), qPrintable(ics));
}

QTEST_GUILESS_MAIN(TestExportGig)
#include "tst_exportgig.moc"
