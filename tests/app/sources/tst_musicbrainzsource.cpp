#include "app/sources/musicbrainzsource.h"
#include "fakeservice.h"
#include "fixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using gig::test::FakeService;

namespace gig {

namespace {

const QDate today(2026, 11, 26);
const QString prolific = u"a74b1b7f-71a5-4011-9441-d0b5e4122711"_s; // 250 release groups
const QString newcomer = u"b74b1b7f-71a5-4011-9441-d0b5e4122712"_s; // none

QString groupMbid(int i)
{
    return u"00000000-0000-4000-8000-%1"_s.arg(i, 12, 10, QChar(u'0'));
}

// Release groups of `prolific`: one a year from 1800, every third a live album (below #240), those
// in the future (from #227 on); the latest candidate is #226 ("Group 226", 2026-05).
QJsonObject groupJson(int i)
{
    return QJsonObject { { u"id"_s, groupMbid(i) }, { u"title"_s, u"Group %1"_s.arg(i) },
        { u"primary-type"_s, i % 2 ? u"Single"_s : u"Album"_s },
        { u"secondary-types"_s, i % 3 == 0 && i < 240 ? QJsonArray { u"Live"_s } : QJsonArray() },
        { u"first-release-date"_s, u"%1-05"_s.arg(1800 + i) } };
}

FakeService::Answer musicBrainzAnswer(const QString &path, const QUrlQuery &query)
{
    if (path == u"/release-group"_s) {
        const QString artist = query.queryItemValue(u"artist"_s);
        if (artist != prolific && artist != newcomer)
            return {
                404,
                R"({"error":"Not Found","help":"For usage, please see: https://musicbrainz.org/development/mmd"})"_ba
            };
        const int count = artist == prolific ? 250 : 0;
        const int offset = query.queryItemValue(u"offset"_s).toInt();
        const int limit = query.queryItemValue(u"limit"_s).toInt();
        QJsonArray groups;
        for (int i = offset; i < std::min(count, offset + limit); ++i)
            groups.append(groupJson(i));
        return { 200,
            QJsonDocument(
                QJsonObject { { u"release-group-count"_s, count },
                    { u"release-group-offset"_s, offset }, { u"release-groups"_s, groups } })
                .toJson(QJsonDocument::Compact) };
    }
    if (path == u"/artist"_s) {
        const QString q = query.queryItemValue(u"query"_s, QUrl::FullyDecoded);
        QJsonArray artists;
        if (q == u"artist:\"Radiohead\""_s) {
            artists = { QJsonObject { { u"id"_s, prolific }, { u"name"_s, u"Radiohead"_s },
                            { u"score"_s, 100 } },
                QJsonObject { { u"id"_s, newcomer }, { u"name"_s, u"Radiohead Tribute"_s },
                    { u"score"_s, 70 } } };
        } else if (q == u"artist:\"Nirvana\""_s) {
            artists = { QJsonObject { { u"id"_s, prolific }, { u"name"_s, u"Nirvana"_s },
                            { u"score"_s, 100 } },
                QJsonObject {
                    { u"id"_s, newcomer }, { u"name"_s, u"Nirvana"_s }, { u"score"_s, 100 } } };
        } else if (q == u"artist:\"AC\\/DC \\+ \\\"Friends\\\"\""_s) {
            artists = { QJsonObject { { u"id"_s, newcomer },
                { u"name"_s, u"AC/DC + \"Friends\""_s }, { u"score"_s, 100 } } };
        } else if (q == u"artist:\"Solstice\""_s) {
            return { 200, test::fixture(u"musicbrainz/artist_search_solstice.json"_s) };
        } else if (q == u"artist:\"Sigur Ros\""_s) {
            // The one artist of the name, below an alias match that scores 100.
            artists = { QJsonObject { { u"id"_s, newcomer },
                            { u"name"_s, u"Sigur Ros Tribute Ensemble"_s }, { u"score"_s, 100 } },
                QJsonObject {
                    { u"id"_s, prolific }, { u"name"_s, u"Sigur Rós"_s }, { u"score"_s, 91 } } };
        } else if (q == u"artist:\"Beatles\""_s) {
            artists = { QJsonObject {
                { u"id"_s, prolific }, { u"name"_s, u"The Beatles"_s }, { u"score"_s, 100 } } };
        } else if (q == u"artist:\"Yuki Marsh\""_s) {
            // A full page of namesakes, and more behind it: nothing proves one of them unique.
            for (int i = 0; i < query.queryItemValue(u"limit"_s).toInt(); ++i)
                artists.append(QJsonObject { { u"id"_s, groupMbid(1000 + i) },
                    { u"name"_s, u"Yuki Marsh"_s }, { u"score"_s, i ? 90 : 100 } });
            return { 200,
                QJsonDocument(QJsonObject { { u"count"_s, 130 }, { u"offset"_s, 0 },
                                  { u"artists"_s, artists } })
                    .toJson(QJsonDocument::Compact) };
        } else if (q == u"artist:\"Unreadable\""_s) {
            // The second hit has no id: it may be a namesake, so the answer cannot decide.
            artists = { QJsonObject { { u"id"_s, prolific }, { u"name"_s, u"Unreadable"_s },
                            { u"score"_s, 100 } },
                QJsonObject { { u"name"_s, u"Unreadable"_s }, { u"score"_s, 96 } } };
        }
        return { 200,
            QJsonDocument(QJsonObject { { u"count"_s, artists.size() }, { u"artists"_s, artists } })
                .toJson(QJsonDocument::Compact) };
    }
    return { 404, R"({"error":"Not Found"})"_ba };
}

} // namespace

class TstMusicBrainzSource : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLoggingCategory::setFilterRules(u"gigmap.sources.*=false\ngigmap.net.*=false"_s);
    }

    void readsEveryPageThenAppliesTheRule();
    void artistWithoutReleasesHasNone();
    void countsOnlyTheChosenTypes();
    void findsMbidByExactName_data();
    void findsMbidByExactName();
    void unreadableHitsFailTheSearch();
    void errorsBecomeTypedErrors_data();
    void errorsBecomeTypedErrors();

private:
    using Run = test::Outcome<ReleaseAnswer>;
    Run fetch(FakeService &service, const Artist &artist);
};

TstMusicBrainzSource::Run TstMusicBrainzSource::fetch(FakeService &service, const Artist &artist)
{
    RequestQueue queue;
    test::makeLanesFast(queue);
    MusicBrainzSource source(&queue, { service.root() });
    return test::waitFor(source.fetchLatestRelease(artist, today));
}

void TstMusicBrainzSource::readsEveryPageThenAppliesTheRule()
{
    FakeService service(&musicBrainzAnswer);
    QVERIFY(service.isListening());
    const Run run = fetch(service, Artist { u"tm:K1"_s, prolific.toUpper(), u"Radiohead"_s, {} });
    QVERIFY2(!run.error, qPrintable(toString(run.error.value_or(SourceError {}))));
    QCOMPARE(run.value.artistId, u"tm:K1"_s);
    QCOMPARE(run.value.mbid, prolific);
    QVERIFY(!run.value.mbidFromSearch);
    QCOMPARE(run.value.releaseGroupCount, 250);
    QCOMPARE(run.value.release,
        (Release { groupMbid(226), u"Group 226"_s, ReleaseType::Album,
            PartialDate::fromYearMonth(2026, 5) }));
    QCOMPARE(run.requestCount, 3);
    QStringList offsets;
    for (const QUrl &url : service.requests()) {
        const QUrlQuery query(url);
        QCOMPARE(url.path(), u"/svc/release-group"_s);
        QCOMPARE(query.queryItemValue(u"artist"_s), prolific);
        QCOMPARE(query.queryItemValue(u"type"_s), u"album|ep|single"_s);
        QCOMPARE(query.queryItemValue(u"limit"_s), u"100"_s);
        QCOMPARE(query.queryItemValue(u"fmt"_s), u"json"_s);
        offsets.append(query.queryItemValue(u"offset"_s));
    }
    offsets.sort();
    QCOMPARE(offsets, (QStringList { u"0"_s, u"100"_s, u"200"_s }));
}

void TstMusicBrainzSource::artistWithoutReleasesHasNone()
{
    FakeService service(&musicBrainzAnswer);
    const Run run = fetch(service, Artist { u"sk:1"_s, newcomer, u"New"_s, {} });
    QVERIFY(!run.error);
    QVERIFY(!run.value.release);
    QCOMPARE(run.requestCount, 1);
}

void TstMusicBrainzSource::countsOnlyTheChosenTypes()
{
    FakeService service(&musicBrainzAnswer);
    RequestQueue queue;
    test::makeLanesFast(queue);
    MusicBrainzSource::Config config { service.root() };
    config.countedTypes = { ReleaseType::Single };
    MusicBrainzSource source(&queue, config);
    const Run run = test::waitFor(
        source.fetchLatestRelease(Artist { u"tm:K1"_s, prolific, u"Radiohead"_s, {} }, today));
    QVERIFY(!run.error);
    // The latest Single that is not live and already out: #223 (2023-05); #226 is an Album.
    QCOMPARE(run.value.release,
        (Release { groupMbid(223), u"Group 223"_s, ReleaseType::Single,
            PartialDate::fromYearMonth(2023, 5) }));
    for (const QUrl &url : service.requests())
        QCOMPARE(QUrlQuery(url).queryItemValue(u"type"_s), u"single"_s);
}

void TstMusicBrainzSource::findsMbidByExactName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("mbid"); // empty: none accepted
    QTest::addColumn<int>("requests");
    QTest::addColumn<NameSearch>("outcome");
    QTest::newRow("certain match") << u"Radiohead"_s << prolific << 4 << NameSearch::Found;
    QTest::newRow("two perfect hits") << u"Nirvana"_s << QString() << 1 << NameSearch::Several;
    QTest::newRow("no hit") << u"Nobody at all"_s << QString() << 1 << NameSearch::NoMatch;
    QTest::newRow("Lucene specials reach the service escaped")
        << u"AC/DC + \"Friends\""_s << newcomer << 2 << NameSearch::Found;
    QTest::newRow("no name") << u"  "_s << QString() << 0 << NameSearch::NotSearched;
    // A real answer: 24 artists named "Solstice", the first scoring 100, the next 96.
    QTest::newRow("24 namesakes") << u"Solstice"_s << QString() << 1 << NameSearch::Several;
    QTest::newRow("one artist of the name, scoring 91")
        << u"Sigur Ros"_s << prolific << 4 << NameSearch::Found;
    QTest::newRow("leading The") << u"Beatles"_s << prolific << 4 << NameSearch::Found;
    QTest::newRow("full page of namesakes")
        << u"Yuki Marsh"_s << QString() << 1 << NameSearch::Several;
}

void TstMusicBrainzSource::findsMbidByExactName()
{
    QFETCH(QString, name);
    QFETCH(QString, mbid);
    QFETCH(int, requests);
    QFETCH(NameSearch, outcome);
    FakeService service(&musicBrainzAnswer);
    const Run run = fetch(service, Artist { u"tm:K2"_s, QString(), name, {} });
    QVERIFY(!run.error);
    QCOMPARE(run.value.mbid, mbid);
    QCOMPARE(run.value.mbidFromSearch, !mbid.isEmpty());
    QCOMPARE(run.value.nameSearch, outcome);
    QCOMPARE(run.requestCount, requests);
    if (mbid.isEmpty())
        QVERIFY(!run.value.release);
    if (requests > 0) {
        QCOMPARE(service.requests().first().path(), u"/svc/artist"_s);
        const QUrlQuery query(service.requests().first());
        QCOMPARE(query.queryItemValue(u"fmt"_s), u"json"_s);
        QCOMPARE(query.queryItemValue(u"limit"_s), u"100"_s); // MusicBrainz's most per search
    }
}

void TstMusicBrainzSource::unreadableHitsFailTheSearch()
{
    // Not a miss: the fetch fails, so the artist is searched again later.
    FakeService service(&musicBrainzAnswer);
    const Run run = fetch(service, Artist { u"tm:K4"_s, QString(), u"Unreadable"_s, {} });
    QVERIFY(run.error);
    QCOMPARE(run.error->kind, SourceError::Kind::BadResponse);
    QCOMPARE(run.requestCount, 1);
}

void TstMusicBrainzSource::errorsBecomeTypedErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<SourceError::Kind>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("rate limited")
        << 503 << R"({"error":"Your requests are exceeding the allowable rate limit."})"_ba
        << SourceError::Kind::RateLimited << u"allowable rate limit"_s;
    QTest::newRow("not found") << 404 << R"({"error":"Not Found"})"_ba
                               << SourceError::Kind::ServiceError << u"Not Found"_s;
    QTest::newRow("XML") << 200 << "<?xml version=\"1.0\"?><metadata/>"_ba
                         << SourceError::Kind::BadResponse << u"HTML or XML"_s;
    QTest::newRow("wrong shape") << 200 << R"({"artists":[]})"_ba << SourceError::Kind::BadResponse
                                 << u"release-group-count"_s;
}

void TstMusicBrainzSource::errorsBecomeTypedErrors()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(SourceError::Kind, kind);
    QFETCH(QString, message);
    FakeService service([&](const QString &, const QUrlQuery &) {
        return FakeService::Answer { status, body };
    });
    const Run run = fetch(service, Artist { u"tm:K3"_s, prolific, u"X"_s, {} });
    QVERIFY(run.error);
    QCOMPARE(run.error->kind, kind);
    QVERIFY2(run.error->message.contains(message), qPrintable(run.error->message));
    QCOMPARE(run.error->httpStatus, status);
}

} // namespace gig

QTEST_GUILESS_MAIN(gig::TstMusicBrainzSource)
#include "tst_musicbrainzsource.moc"
