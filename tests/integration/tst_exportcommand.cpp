// Runs the built `gigmap export` against a SandboxServer in this process, once per exit code.
#include "app/sandbox/sandboxserver.h"
#include "childenvironment.h"
#include "tests/app/export/csvreader.h"

#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A few central km of Reykjavík: a handful of gigs, so the 1/s MusicBrainz lane is done soon.
const QStringList smallPlace
    = { u"--lat"_s, u"64.1466"_s, u"--lng"_s, u"-21.9426"_s, u"--radius-km"_s, u"5"_s };

// The fields of one CSV record (quotes as RFC 4180 writes them; no line breaks inside).
QStringList csvFields(const QString &line)
{
    return gig::testing::readCsv(line + u"\r\n"_s).value(0);
}

// event → the MBIDs of its artists, from an export with --rows artists.
QMap<QString, QStringList> artistsByEvent(const QByteArray &csv)
{
    QMap<QString, QStringList> events;
    const QStringList lines = QString::fromUtf8(csv).split(u"\r\n"_s, Qt::SkipEmptyParts);
    const QStringList header = csvFields(lines.value(0));
    const qsizetype event = header.indexOf(u"event"_s);
    const qsizetype mbid = header.indexOf(u"artist_mbid"_s);
    for (const QString &line : lines.mid(1)) {
        const QStringList fields = csvFields(line);
        events[fields.value(event)].append(fields.value(mbid));
    }
    return events;
}

} // namespace

class TestExportCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writesCsvFromTheSandbox();
    void writesIcs();
    void writesSeatGeekGigs();
    void writesEachShowOnceFromTwoSources();
    void badArgumentsExitTwo();
    void failingSourceWithEmptyCacheExitsThree();
    void unwritableOutputExitsFourAndLeavesNoFile();
    void timeoutExitsFiveAndStillWrites();
    void unreadableReleasesAreAskedAgainUntilKnown();
    void releaseThatNeverArrivesExitsFive();
    void lostPageIsNamedAndExitsFive();
    void offlineReadsOnlyTheCache();
    void mineWritesOnlyTheGigsOfMyArtists();
    void filesAreTheSameInEveryLanguageAndWordsAreNot();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    // `locale` sets LC_ALL and LANGUAGE of the child ("de_DE.UTF-8"); empty: the test's own.
    Run run(const QStringList &arguments, int timeoutMs = 90000, const QString &locale = {});
    QStringList sandboxSource() const;

    gig::SandboxServer m_sandbox;
    QTemporaryDir m_dir;
};

void TestExportCommand::initTestCase()
{
    m_sandbox.setRealism(false);
    QVERIFY(m_sandbox.listen());
    QVERIFY(m_dir.isValid());
}

QStringList TestExportCommand::sandboxSource() const
{
    return { u"--source"_s, u"ticketmaster"_s, u"--api-key"_s, u"test-key"_s,
        u"--ticketmaster-url"_s,
        m_sandbox.serviceRoot(gig::SandboxService::Ticketmaster).toString(), u"--musicbrainz-url"_s,
        m_sandbox.serviceRoot(gig::SandboxService::MusicBrainz).toString() };
}

TestExportCommand::Run TestExportCommand::run(
    const QStringList &arguments, int timeoutMs, const QString &locale)
{
    QProcess gigmap;
    QProcessEnvironment environment = gig::testing::childEnvironment(m_dir.path());
    if (!locale.isEmpty()) {
        environment.insert(u"LC_ALL"_s, locale);
        environment.insert(u"LANGUAGE"_s, locale.section(u'_', 0, 0));
    }
    gigmap.setProcessEnvironment(environment);
    QSignalSpy finished(&gigmap, &QProcess::finished);
    gigmap.start(QStringLiteral(GIGMAP_EXECUTABLE), QStringList { u"export"_s } + arguments);
    Run result;
    // The sandbox answers on this thread's event loop: wait with it running.
    if (!finished.wait(timeoutMs)) {
        gigmap.kill();
        gigmap.waitForFinished();
        qWarning("gigmap export did not finish: %s", gigmap.readAllStandardError().constData());
        return result;
    }
    result.exitCode = gigmap.exitStatus() == QProcess::NormalExit ? gigmap.exitCode() : -1;
    result.out = gigmap.readAllStandardOutput();
    result.err = gigmap.readAllStandardError();
    return result;
}

void TestExportCommand::writesCsvFromTheSandbox()
{
    const QString file = m_dir.filePath(u"gigs.csv"_s);
    const Run r = run(smallPlace + sandboxSource()
        + QStringList { u"--cache"_s, m_dir.filePath(u"cache.sqlite"_s), u"-o"_s, file });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    QVERIFY(bytes.startsWith("date,time,event,venue,city,country,latitude,longitude,distance_km,"
                             "status,artists,latest_releases,url,source_id\r\n"));
    const int rows = int(bytes.count("\r\n")) - 1;
    QVERIFY2(rows > 0, bytes.constData());
    QVERIFY(bytes.contains(",tm:"));
    QVERIFY2(r.err.contains("written to"), r.err.constData()); // the one summary line
    // Every artist's release is known: no "unknown" left after a complete run.
    QVERIFY(!bytes.contains(": unknown"));
    QVERIFY(m_sandbox.requestCount(gig::SandboxService::MusicBrainz) > 0);
}

void TestExportCommand::writesIcs()
{
    const Run r = run(smallPlace + sandboxSource()
        + QStringList { u"--cache"_s, m_dir.filePath(u"cache.sqlite"_s), u"--format"_s, u"ics"_s });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.startsWith("BEGIN:VCALENDAR\r\n"));
    QVERIFY(r.out.contains("BEGIN:VEVENT\r\n"));
    QVERIFY(r.out.endsWith("END:VCALENDAR\r\n"));
}

// SeatGeek end to end: the command line's source and root, the source class, the sandbox's
// stand-in, the parser, and the performers' names searched on MusicBrainz.
void TestExportCommand::writesSeatGeekGigs()
{
    const int before = m_sandbox.requestCount(gig::SandboxService::SeatGeek);
    const Run r = run(smallPlace
        + QStringList { u"--source"_s, u"seatgeek"_s, u"--api-key"_s, u"test-client"_s,
            u"--seatgeek-url"_s, m_sandbox.serviceRoot(gig::SandboxService::SeatGeek).toString(),
            u"--musicbrainz-url"_s,
            m_sandbox.serviceRoot(gig::SandboxService::MusicBrainz).toString(), u"--no-cache"_s });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(m_sandbox.requestCount(gig::SandboxService::SeatGeek) > before);
    const int rows = int(r.out.count("\r\n")) - 1;
    QVERIFY2(rows > 0, r.out.constData());
    QCOMPARE(int(r.out.count(",sg:")), rows);
    QVERIFY(!r.out.contains(",tm:"));
    // Each gig's page, served by the sandbox.
    QVERIFY2(r.out.contains(QByteArray(m_sandbox.baseUrl().toEncoded() + "/seatgeek/event/")),
        r.out.left(600).constData());
}

// Ticketmaster and SeatGeek together: the sandbox lists some shows on both, with the small
// differences real providers show; each is written once, with both ids.
void TestExportCommand::writesEachShowOnceFromTwoSources()
{
    const Run r = run(smallPlace
        + QStringList { u"--source"_s, u"ticketmaster,seatgeek"_s, u"--ticketmaster-key"_s,
            u"test-key"_s, u"--seatgeek-key"_s, u"test-client"_s, u"--ticketmaster-url"_s,
            m_sandbox.serviceRoot(gig::SandboxService::Ticketmaster).toString(),
            u"--seatgeek-url"_s, m_sandbox.serviceRoot(gig::SandboxService::SeatGeek).toString(),
            u"--musicbrainz-url"_s,
            m_sandbox.serviceRoot(gig::SandboxService::MusicBrainz).toString(), u"--no-cache"_s });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QList<QByteArray> rows = r.out.trimmed().split('\n').mid(1);
    int both = 0;
    int ticketmasterOnly = 0;
    int seatGeekOnly = 0;
    QSet<QByteArray> ids;
    for (const QByteArray &row : rows) {
        const QByteArray sourceIds = row.mid(row.lastIndexOf(',') + 1).trimmed();
        for (const QByteArray &id : sourceIds.split(';')) {
            QVERIFY2(!ids.contains(id.trimmed()), row.constData()); // no listing written twice
            ids.insert(id.trimmed());
        }
        if (sourceIds.startsWith("tm:") && sourceIds.contains("; sg:"))
            ++both;
        else if (sourceIds.startsWith("tm:"))
            ++ticketmasterOnly;
        else if (sourceIds.startsWith("sg:"))
            ++seatGeekOnly;
    }
    QVERIFY2(both > 0, r.out.constData());
    QVERIFY2(ticketmasterOnly > 0 && seatGeekOnly > 0, r.out.constData());
    QCOMPARE(both + ticketmasterOnly + seatGeekOnly, int(rows.size()));
}

void TestExportCommand::badArgumentsExitTwo()
{
    const Run r = run({ u"--lat"_s, u"200"_s, u"--lng"_s, u"0"_s });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--lat '200'"), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

void TestExportCommand::failingSourceWithEmptyCacheExitsThree()
{
    gig::SandboxFault garbage;
    garbage.kind = gig::SandboxFault::Kind::WrongShape;
    m_sandbox.setFault(gig::SandboxService::Ticketmaster, garbage);
    const Run r = run(smallPlace + sandboxSource() + QStringList { u"--no-cache"_s });
    m_sandbox.clearFaults();
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("cache has no gigs"), r.err.constData());
}

void TestExportCommand::unwritableOutputExitsFourAndLeavesNoFile()
{
    const QString file = m_dir.filePath(u"missing-folder/gigs.csv"_s);
    const Run r = run(smallPlace + sandboxSource()
        + QStringList { u"--cache"_s, m_dir.filePath(u"cache.sqlite"_s), u"-o"_s, file });
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains("Cannot write"), r.err.constData());
    QVERIFY(!QFile::exists(file));
}

void TestExportCommand::timeoutExitsFiveAndStillWrites()
{
    gig::SandboxFault slow;
    slow.kind = gig::SandboxFault::Kind::Latency;
    slow.latency = std::chrono::seconds(5);
    m_sandbox.setFault(gig::SandboxService::MusicBrainz, slow);
    const QString file = m_dir.filePath(u"partial.csv"_s);
    const Run r = run(QStringList { u"--lat"_s, u"52.52"_s, u"--lng"_s, u"13.405"_s }
        + sandboxSource() + QStringList { u"--no-cache"_s, u"--timeout"_s, u"2"_s, u"-o"_s, file });
    m_sandbox.clearFaults();
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(r.err.contains("Timed out"), r.err.constData());
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    QVERIFY(bytes.startsWith("date,"));
    QVERIFY(bytes.count("\r\n") > 1); // the gigs were known; their releases were not
    QVERIFY(bytes.contains(": unknown"));
}

void TestExportCommand::unreadableReleasesAreAskedAgainUntilKnown()
{
    // MusicBrainz answering every 5th request with broken JSON, every 2nd with a 503 and
    // Retry-After, every 7th with a reset: every release is still read, and the exit is 0. (The
    // place's releases take few requests when looked up many artists a search.)
    const QByteArray faults = R"({"musicbrainz":[{"kind":"malformedJson","every":5},
        {"kind":"serviceUnavailable","every":2,"retryAfter":1},{"kind":"connectionReset","every":7}]})";
    QString error;
    QVERIFY2(m_sandbox.setFaultsFromJson(faults, &error), qPrintable(error));
    m_sandbox.clearRequestLog();
    const QString file = m_dir.filePath(u"faulty.csv"_s);
    const Run r = run(smallPlace + sandboxSource()
            + QStringList { u"--no-cache"_s, u"--timeout"_s, u"150"_s, u"-o"_s, file },
        170000);
    m_sandbox.clearFaults();
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    QVERIFY(bytes.count("\r\n") > 1);
    QVERIFY2(!bytes.contains(": unknown"), bytes.constData());
    int faulted = 0;
    for (const gig::SandboxRequest &request : m_sandbox.requestLog())
        faulted
            += request.service == gig::SandboxService::MusicBrainz && request.status != 200 ? 1 : 0;
    QVERIFY2(faulted > 0, "the schedule faulted no request");
}

void TestExportCommand::releaseThatNeverArrivesExitsFive()
{
    // A release that stays unreadable is not written off as known: the export waits for the
    // retries until its timeout, writes what it has, and exits 5.
    gig::SandboxFault broken;
    broken.kind = gig::SandboxFault::Kind::MalformedJson;
    broken.match = u"release-group"_s;
    m_sandbox.setFault(gig::SandboxService::MusicBrainz, broken);
    const QString file = m_dir.filePath(u"never.csv"_s);
    const Run r = run(smallPlace + sandboxSource()
        + QStringList { u"--no-cache"_s, u"--timeout"_s, u"8"_s, u"-o"_s, file });
    m_sandbox.clearFaults();
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(r.err.contains("Timed out"), r.err.constData());
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QVERIFY(csv.readAll().contains(": unknown"));
}

void TestExportCommand::lostPageIsNamedAndExitsFive()
{
    // Page 2 of Berlin's Songkick calendar always answers garbage: the gigs of the other page
    // are written, the lost page is named on stderr, and the exit says not everything arrived.
    gig::SandboxFault lost;
    lost.kind = gig::SandboxFault::Kind::MalformedJson;
    lost.match = u"page=2"_s;
    m_sandbox.setFault(gig::SandboxService::Songkick, lost);
    const QString file = m_dir.filePath(u"lost-page.csv"_s);
    const Run r = run(QStringList { u"--lat"_s, u"52.52"_s, u"--lng"_s, u"13.405"_s, u"--source"_s,
        u"songkick"_s, u"--api-key"_s, u"test-key"_s, u"--songkick-url"_s,
        m_sandbox.serviceRoot(gig::SandboxService::Songkick).toString(), u"--musicbrainz-url"_s,
        m_sandbox.serviceRoot(gig::SandboxService::MusicBrainz).toString(), u"--no-cache"_s,
        u"--timeout"_s, u"6"_s, u"-o"_s, file });
    m_sandbox.clearFaults();
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(r.err.contains("page 2 of"), r.err.constData());
    QVERIFY2(r.err.contains("could not be read"), r.err.constData());
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QVERIFY(csv.readAll().count("\r\n") > 1); // the pages read are written
}

void TestExportCommand::offlineReadsOnlyTheCache()
{
    const QString cache = m_dir.filePath(u"cache.sqlite"_s);
    // The earlier runs filled this cache for the small place.
    m_sandbox.clearRequestLog();
    const Run r = run(smallPlace + QStringList { u"--offline"_s, u"--cache"_s, cache });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.count("\r\n") > 1);
    QCOMPARE(m_sandbox.requestLog().size(), 0);

    const Run empty
        = run({ u"--lat"_s, u"-45"_s, u"--lng"_s, u"-140"_s, u"--offline"_s, u"--cache"_s, cache });
    QCOMPARE(empty.exitCode, 3);
}

void TestExportCommand::mineWritesOnlyTheGigsOfMyArtists()
{
    const QString cache = m_dir.filePath(u"cache.sqlite"_s);
    // The earlier runs filled this cache for the small place.
    const QStringList offline = smallPlace
        + QStringList { u"--offline"_s, u"--cache"_s, cache, u"--rows"_s, u"artists"_s };
    const Run all = run(offline);
    QVERIFY2(all.exitCode == 0, all.err.constData());
    const QMap<QString, QStringList> every = artistsByEvent(all.out);
    QVERIFY(every.size() > 1);
    // Follow the artist of the first gig that has an MBID.
    QString followed;
    for (const QStringList &mbids : every) {
        for (const QString &mbid : mbids) {
            if (followed.isEmpty() && !mbid.isEmpty())
                followed = mbid;
        }
    }
    QVERIFY(!followed.isEmpty());
    QProcess artists;
    artists.setProcessEnvironment(gig::testing::childEnvironment(m_dir.path()));
    artists.start(QStringLiteral(GIGMAP_EXECUTABLE),
        { u"artists"_s, u"add"_s, followed, u"--cache"_s, cache });
    QVERIFY(artists.waitForFinished(30000));
    QCOMPARE(artists.exitCode(), 0);

    const Run mine = run(offline + QStringList { u"--mine"_s });
    QVERIFY2(mine.exitCode == 0, mine.err.constData());
    const QMap<QString, QStringList> kept = artistsByEvent(mine.out);
    QVERIFY(!kept.isEmpty());
    QStringList expected;
    for (auto it = every.cbegin(); it != every.cend(); ++it) {
        if (it.value().contains(followed))
            expected.append(it.key());
    }
    QCOMPARE(kept.keys(), expected);
    QVERIFY(kept.size() < every.size());
}

// The calendar's DTSTAMP says when the file was made, so two runs a second apart differ there.
namespace {
QByteArray withoutStamp(const QByteArray &calendar)
{
    static const QRegularExpression stamp(u"DTSTAMP:[0-9TZ]+"_s);
    return QString::fromUtf8(calendar).replace(stamp, u"DTSTAMP:"_s).toUtf8();
}
} // namespace

// A German, French or Spanish desktop gets the same CSV and iCalendar bytes (dates, numbers and
// decimal points as the formats want them), while the words on the terminal are German on a
// German one.
void TestExportCommand::filesAreTheSameInEveryLanguageAndWordsAreNot()
{
    const QString cache = m_dir.filePath(u"cache.sqlite"_s);
    // The earlier runs filled this cache for the small place.
    for (const QString &format : { u"csv"_s, u"ics"_s }) {
        const QStringList offline = smallPlace
            + QStringList { u"--offline"_s, u"--cache"_s, cache, u"--format"_s, format };
        const Run english = run(offline, 90000, u"C.UTF-8"_s);
        QVERIFY2(english.exitCode == 0, english.err.constData());
        QVERIFY(english.err.contains("written to"));
        for (const QString &locale : { u"de_DE.UTF-8"_s, u"fr_FR.UTF-8"_s, u"es_ES.UTF-8"_s }) {
            const Run local = run(offline, 90000, locale);
            QVERIFY2(local.exitCode == 0, local.err.constData());
            QCOMPARE(withoutStamp(local.out), withoutStamp(english.out));
            if (locale.startsWith(u"de"_s)) // a language gigmap speaks
                QVERIFY2(local.err.contains("geschrieben"), local.err.constData());
        }
    }
}

QTEST_GUILESS_MAIN(TestExportCommand)
#include "tst_exportcommand.moc"
