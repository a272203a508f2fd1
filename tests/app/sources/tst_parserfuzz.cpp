// Runs every parser of app/sources over every file of the fuzz corpus and the fixtures, and over
// every cut of each fixture: none may crash or hang, and each gives a value or a reasoned error.
#include "app/sources/musicbrainzparser.h"
#include "app/sources/nominatimparser.h"
#include "app/sources/seatgeekparser.h"
#include "app/sources/songkickparser.h"
#include "app/sources/ticketmasterparser.h"
#include "fixture.h"

#include <QDirIterator>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

template<typename T> bool isReasoned(const Parsed<T> &result)
{
    return result.ok() || !result.error->message.isEmpty();
}

// Every parser over `body`; the number of parsers that gave a value or a reasoned error.
int runEveryParser(const QByteArray &body)
{
    int reasoned = 0;
    reasoned += isReasoned(parseTicketmasterEvents(body));
    reasoned += isReasoned(parseSongkickLocations(body));
    reasoned += isReasoned(parseSongkickCalendar(body));
    reasoned += isReasoned(parseSeatGeekEvents(body));
    reasoned += isReasoned(parseMusicBrainzReleaseGroups(body));
    reasoned += isReasoned(parseMusicBrainzArtistSearch(body));
    reasoned += isReasoned(parseNominatimSearch(body));
    (void)ticketmasterErrorMessage(body);
    (void)songkickErrorMessage(body);
    (void)seatGeekErrorMessage(body);
    (void)musicBrainzErrorMessage(body);
    (void)nominatimErrorMessage(body);
    return reasoned;
}
constexpr int parserCount = 7;

QStringList filesUnder(const QString &relative)
{
    QStringList files;
    QDirIterator it(test::dataPath(relative), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TstParserFuzz : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLoggingCategory::setFilterRules(u"gigmap.sources.*=false"_s);
    }

    void corpusHasEveryParser();
    void noParserCrashesOnCorpus_data();
    void noParserCrashesOnCorpus();
    void noParserCrashesOnCutFixtures_data();
    void noParserCrashesOnCutFixtures();
};

void TstParserFuzz::corpusHasEveryParser()
{
    for (const QString &parser : { u"ticketmaster_events"_s, u"songkick_locations"_s,
             u"songkick_calendar"_s, u"musicbrainz_release_groups"_s,
             u"musicbrainz_artist_search"_s, u"nominatim_search"_s }) {
        QVERIFY2(filesUnder(u"fuzz/"_s + parser).size() >= 20, qPrintable(parser));
    }
}

void TstParserFuzz::noParserCrashesOnCorpus_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files = filesUnder(u"fuzz"_s) + filesUnder(u"ticketmaster"_s)
        + filesUnder(u"songkick"_s) + filesUnder(u"seatgeek"_s) + filesUnder(u"musicbrainz"_s)
        + filesUnder(u"nominatim"_s);
    QVERIFY(files.size() > 150);
    for (const QString &path : files)
        QTest::newRow(qPrintable(QDir(test::dataPath(QString())).relativeFilePath(path))) << path;
}

void TstParserFuzz::noParserCrashesOnCorpus()
{
    QFETCH(QString, path);
    QCOMPARE(runEveryParser(readAll(path)), parserCount);
}

void TstParserFuzz::noParserCrashesOnCutFixtures_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &service :
        { u"ticketmaster"_s, u"songkick"_s, u"seatgeek"_s, u"musicbrainz"_s, u"nominatim"_s }) {
        for (const QString &path : filesUnder(service))
            QTest::newRow(qPrintable(service + u'/' + QFileInfo(path).fileName())) << path;
    }
}

void TstParserFuzz::noParserCrashesOnCutFixtures()
{
    QFETCH(QString, path);
    const QByteArray body = readAll(path);
    const qsizetype step = std::max<qsizetype>(1, body.size() / 150);
    for (qsizetype length = 0; length < body.size(); length += step) {
        QCOMPARE(runEveryParser(body.first(length)), parserCount);
        // The same cut with the rest turned into noise that keeps the JSON's brackets busy.
        QByteArray noisy = body;
        noisy[length] = "{[\"0,:}]"[length % 8];
        QCOMPARE(runEveryParser(noisy), parserCount);
    }
}

} // namespace gig

QTEST_GUILESS_MAIN(gig::TstParserFuzz)
#include "tst_parserfuzz.moc"
