#include "app/export/csvwriter.h"
#include "csvreader.h"

#include <QTest>
#include <limits>

using namespace Qt::StringLiterals;
using gig::ArtistRelease;
using gig::CsvWriter;
using gig::testing::readCsv;

namespace {

ArtistRelease known(
    const QString &name, const QString &title, const QString &date, gig::ReleaseType type)
{
    ArtistRelease entry;
    entry.artist = gig::Artist { u"a:"_s + name, u"mbid-"_s + name, name, {} };
    entry.state = ArtistRelease::State::Known;
    entry.release = gig::Release { u"rg"_s, title, type, *gig::PartialDate::fromString(date) };
    return entry;
}

ArtistRelease withState(const QString &name, ArtistRelease::State state)
{
    ArtistRelease entry;
    entry.artist = gig::Artist { u"a:"_s + name, {}, name, {} };
    entry.state = state;
    return entry;
}

gig::ExportGig awkwardGig()
{
    gig::ExportGig gig;
    gig.event.id = u"tm:1"_s;
    gig.event.name = u"=SUM(A1), \"Live\"\nNight"_s;
    gig.event.start = gig::EventStart(QDate(2026, 12, 5), QTime(20, 0), 3600);
    gig.event.venue
        = { u"Café, Zürich"_s, QGeoCoordinate(-33.868820, -151.20931), u"+Sydney"_s, u"AU"_s };
    gig.event.url = u"https://example.com/e?a=1&b=2"_s;
    gig.event.status = gig::EventStatus::Postponed;
    gig.distanceKm = 12.345;
    gig.lineup = { known(u"@handle"_s, u"Ünïcødé, Vol. 1"_s, u"2021-05"_s, gig::ReleaseType::EP),
        withState(u"Без имени"_s, ArtistRelease::State::SeveralArtists),
        withState(u"-dash"_s, ArtistRelease::State::None) };
    return gig;
}

} // namespace

class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void textFieldQuotesAndDefusesFormulas_data();
    void textFieldQuotesAndDefusesFormulas();
    void gigRowsReadBackToTheData();
    void numbersAreNeverPrefixed();
    void hugeAndNonFiniteDistancesAreWrittenSafely_data();
    void hugeAndNonFiniteDistancesAreWrittenSafely();
    void datesAndTimesAsQtWritesThem_data();
    void datesAndTimesAsQtWritesThem();
    void artistRowsHaveBillingAndRelease();
    void artistRowsTakeTheEventsBilling();
    void unresolvedArtistsAreNoneWithoutMbid_data();
    void unresolvedArtistsAreNoneWithoutMbid();
    void byteOrderMarkOnlyWhenAsked();
    void emptyListIsJustTheHeader();
};

void TestCsvWriter::textFieldQuotesAndDefusesFormulas_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << u"Björk"_s << u"Björk"_s;
    QTest::newRow("comma") << u"a, b"_s << u"\"a, b\""_s;
    QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
    QTest::newRow("newline") << u"a\nb"_s << u"\"a\nb\""_s;
    QTest::newRow("carriage return") << u"a\rb"_s << u"\"a\rb\""_s;
    QTest::newRow("equals") << u"=1+1"_s << u"'=1+1"_s;
    QTest::newRow("plus") << u"+49"_s << u"'+49"_s;
    QTest::newRow("minus") << u"-dash"_s << u"'-dash"_s;
    QTest::newRow("at") << u"@handle"_s << u"'@handle"_s;
    QTest::newRow("tab") << u"\tx"_s << u"'\tx"_s;
    QTest::newRow("leading CR") << u"\rx"_s << u"\"'\rx\""_s;
    QTest::newRow("formula with comma") << u"=SUM(A1,B1)"_s << u"\"'=SUM(A1,B1)\""_s;
    QTest::newRow("equals later is fine") << u"a=b"_s << u"a=b"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("cyrillic") << u"Кино"_s << u"Кино"_s;
}

void TestCsvWriter::textFieldQuotesAndDefusesFormulas()
{
    QFETCH(QString, text);
    QFETCH(QString, field);
    QCOMPARE(CsvWriter::textField(text), field);
}

void TestCsvWriter::gigRowsReadBackToTheData()
{
    const QByteArray bytes = CsvWriter::write({ awkwardGig() }, {});
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.endsWith("\r\n"));
    const auto records = readCsv(QString::fromUtf8(bytes));
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0).join(u','),
        u"date,time,event,venue,city,country,latitude,longitude,distance_km,status,artists,"
        "latest_releases,url,source_id"_s);
    const QStringList row = records.at(1);
    QCOMPARE(row.size(), 14);
    QCOMPARE(row.at(0), u"2026-12-05"_s);
    QCOMPARE(row.at(1), u"20:00"_s);
    QCOMPARE(row.at(2), u"'=SUM(A1), \"Live\"\nNight"_s);
    QCOMPARE(row.at(3), u"Café, Zürich"_s);
    QCOMPARE(row.at(4), u"'+Sydney"_s);
    QCOMPARE(row.at(5), u"AU"_s);
    QCOMPARE(row.at(8), u"12.3"_s);
    QCOMPARE(row.at(9), u"postponed"_s);
    QCOMPARE(row.at(10), u"'@handle; Без имени; -dash"_s);
    QCOMPARE(
        row.at(11), u"'@handle: Ünïcødé, Vol. 1 (2021-05, EP); Без имени: none; -dash: none"_s);
    QCOMPARE(row.at(12), u"https://example.com/e?a=1&b=2"_s);
    QCOMPARE(row.at(13), u"tm:1"_s);
}

void TestCsvWriter::numbersAreNeverPrefixed()
{
    const auto records = readCsv(QString::fromUtf8(CsvWriter::write({ awkwardGig() }, {})));
    QCOMPARE(records.at(1).at(6), u"-33.86882"_s);
    QCOMPARE(records.at(1).at(7), u"-151.20931"_s);

    gig::ExportGig unknown = awkwardGig();
    unknown.event.venue.coordinate = QGeoCoordinate();
    unknown.distanceKm = -1;
    unknown.event.start = gig::EventStart(QDate(2026, 12, 5));
    const auto row = readCsv(QString::fromUtf8(CsvWriter::write({ unknown }, {}))).at(1);
    QCOMPARE(row.at(1), QString()); // no time
    QCOMPARE(row.at(6), QString());
    QCOMPARE(row.at(7), QString());
    QCOMPARE(row.at(8), QString());
}

// Found by fuzz_csv: a distance beyond the range of the fast integer formatting overflowed
// (undefined behaviour, garbage digits); NaN and infinity were written as numbers.
void TestCsvWriter::hugeAndNonFiniteDistancesAreWrittenSafely_data()
{
    QTest::addColumn<double>("distanceKm");
    QTest::addColumn<QString>("expected");
    QTest::newRow("the fuzz input's") << 1.0e300 << QString::number(1.0e300, 'f', 1);
    QTest::newRow("just past qint64") << 9.3e17 << QString::number(9.3e17, 'f', 1);
    QTest::newRow("largest fast") << 999999999999.0 << u"999999999999.0"_s;
    QTest::newRow("half way rounds up") << 0.25 << u"0.3"_s;
    QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN() << QString();
    QTest::newRow("infinity") << std::numeric_limits<double>::infinity() << QString();
    QTest::newRow("minus infinity") << -std::numeric_limits<double>::infinity() << QString();
}

void TestCsvWriter::hugeAndNonFiniteDistancesAreWrittenSafely()
{
    QFETCH(double, distanceKm);
    QFETCH(QString, expected);
    gig::ExportGig gig = awkwardGig();
    gig.distanceKm = distanceKm;
    const auto records = readCsv(QString::fromUtf8(CsvWriter::write({ gig }, {})));
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(1).at(8), expected);
}

// Dates and times are written by hand for speed; they must read as Qt's ISO text, including
// for a start the fuzzer found with no valid date (then both fields are empty).
void TestCsvWriter::datesAndTimesAsQtWritesThem_data()
{
    QTest::addColumn<gig::EventStart>("start");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("time");
    QTest::newRow("usual") << gig::EventStart(QDate(2026, 12, 5), QTime(9, 5), 3600)
                           << u"2026-12-05"_s << u"09:05"_s;
    QTest::newRow("no time") << gig::EventStart(QDate(2027, 1, 31), std::nullopt) << u"2027-01-31"_s
                             << QString();
    QTest::newRow("year 999") << gig::EventStart(QDate(999, 3, 4), QTime(23, 59))
                              << QDate(999, 3, 4).toString(Qt::ISODate) << u"23:59"_s;
    QTest::newRow("invalid date (fuzz)")
        << gig::EventStart(QDate(), QTime(20, 0)) << QString() << u"20:00"_s;
    QTest::newRow("invalid time") << gig::EventStart(QDate(2026, 12, 5), QTime()) << u"2026-12-05"_s
                                  << QString();
}

void TestCsvWriter::datesAndTimesAsQtWritesThem()
{
    QFETCH(gig::EventStart, start);
    QFETCH(QString, date);
    QFETCH(QString, time);
    gig::ExportGig gig = awkwardGig();
    gig.event.start = start;
    for (const CsvWriter::Rows rows : { CsvWriter::Rows::Gigs, CsvWriter::Rows::Artists }) {
        const auto records = readCsv(QString::fromUtf8(CsvWriter::write({ gig }, { rows, false })));
        QCOMPARE(records.at(1).at(0), date);
        QCOMPARE(records.at(1).at(1), time);
    }
}

void TestCsvWriter::artistRowsHaveBillingAndRelease()
{
    const auto records = readCsv(
        QString::fromUtf8(CsvWriter::write({ awkwardGig() }, { CsvWriter::Rows::Artists, false })));
    QCOMPARE(records.size(), 4);
    QCOMPARE(records.at(0).join(u','),
        u"date,time,event,venue,city,artist,artist_mbid,billing,release_title,release_type,"
        "release_date,source_id"_s);
    QCOMPARE(records.at(1).at(5), u"'@handle"_s);
    QCOMPARE(records.at(1).at(7), u"headline"_s);
    QCOMPARE(records.at(1).at(8), u"Ünïcødé, Vol. 1"_s);
    QCOMPARE(records.at(1).at(9), u"EP"_s);
    QCOMPARE(records.at(1).at(10), u"2021-05"_s);
    QCOMPARE(records.at(2).at(7), u"support"_s);
    QCOMPARE(records.at(2).at(6), QString());
    QCOMPARE(records.at(3).at(8), QString()); // none: empty release fields
    QCOMPARE(records.at(3).at(11), u"tm:1"_s);
}

void TestCsvWriter::artistRowsTakeTheEventsBilling()
{
    // Songkick may bill several acts as headliners; the rows say so, in billing order.
    gig::ExportGig gig = awkwardGig();
    gig.event.lineup = { u"a:1"_s, u"a:2"_s, u"a:3"_s };
    gig.event.billing = { gig::Billing::Headline, gig::Billing::Headline, gig::Billing::Support };
    const auto records = readCsv(
        QString::fromUtf8(CsvWriter::write({ gig }, { CsvWriter::Rows::Artists, false })));
    QCOMPARE(records.size(), 4);
    QCOMPARE(records.at(1).at(7), u"headline"_s);
    QCOMPARE(records.at(2).at(7), u"headline"_s);
    QCOMPARE(records.at(3).at(7), u"support"_s);
}

void TestCsvWriter::unresolvedArtistsAreNoneWithoutMbid_data()
{
    QTest::addColumn<ArtistRelease::State>("state");
    QTest::addColumn<QString>("summary");
    QTest::newRow("several artists of that name")
        << ArtistRelease::State::SeveralArtists << u"X: none"_s;
    QTest::newRow("not on MusicBrainz") << ArtistRelease::State::NotOnMusicBrainz << u"X: none"_s;
    QTest::newRow("not searched yet") << ArtistRelease::State::Fetching << u"X: unknown"_s;
}

void TestCsvWriter::unresolvedArtistsAreNoneWithoutMbid()
{
    // The export contract: an unresolved artist is "Name: none" with an empty MBID.
    QFETCH(ArtistRelease::State, state);
    QFETCH(QString, summary);
    gig::ExportGig gig = awkwardGig();
    gig.lineup = { withState(u"X"_s, state) };
    const auto gigs = readCsv(QString::fromUtf8(CsvWriter::write({ gig }, {})));
    QCOMPARE(gigs.at(1).at(11), summary);
    const auto artists = readCsv(
        QString::fromUtf8(CsvWriter::write({ gig }, { CsvWriter::Rows::Artists, false })));
    QCOMPARE(artists.at(1).at(6), QString());
    QCOMPARE(artists.at(1).at(8), QString());
}

void TestCsvWriter::byteOrderMarkOnlyWhenAsked()
{
    QVERIFY(CsvWriter::write({}, { CsvWriter::Rows::Gigs, true })
                .startsWith("\xEF\xBB\xBF"
                            "date,"));
    QVERIFY(CsvWriter::write({}, {}).startsWith("date,"));
}

void TestCsvWriter::emptyListIsJustTheHeader()
{
    QCOMPARE(CsvWriter::write({}, {}).count("\r\n"), 1);
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
