#include "app/sources/musicbrainzparser.h"
#include "fixture.h"

#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using gig::test::fixture;

namespace gig {

class TstMusicBrainzParser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Skipped records are asserted through Parsed::skipped; keep the log quiet.
        QLoggingCategory::setFilterRules(u"gigmap.sources.warning=false"_s);
    }

    void releaseGroupAnswersGiveGroupsOrTypedErrors_data();
    void releaseGroupAnswersGiveGroupsOrTypedErrors();
    void readsEachGroupAsDocumented();
    void namesWhyGroupsWereSkipped();
    void artistSearchAnswersGiveHitsOrTypedErrors_data();
    void artistSearchAnswersGiveHitsOrTypedErrors();
    void readsArtistHits();
};

void TstMusicBrainzParser::releaseGroupAnswersGiveGroupsOrTypedErrors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("errorKind"); // -1: no error
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("groups");
    QTest::addColumn<int>("skipped");

    const int none = -1;
    const int bad = int(SourceError::Kind::BadResponse);
    const int service = int(SourceError::Kind::ServiceError);
    QTest::newRow("page") << u"release_groups.json"_s << none << QString() << 5 << 4;
    QTest::newRow("no groups") << u"release_groups_empty.json"_s << none << QString() << 0 << 0;
    QTest::newRow("error body") << u"error.json"_s << service << u"Invalid mbid."_s << 0 << 0;
    QTest::newRow("rate limit body")
        << u"rate_limited.json"_s << service << u"allowable rate limit"_s << 0 << 0;
    QTest::newRow("truncated") << u"truncated.json"_s << bad << u"not JSON"_s << 0 << 0;
    QTest::newRow("wrong types") << u"wrong_types.json"_s << bad << u"release-group-count"_s << 0
                                 << 0;
    QTest::newRow("empty body") << u"empty.json"_s << bad << u"empty"_s << 0 << 0;
    QTest::newRow("html") << u"html.json"_s << bad << u"HTML"_s << 0 << 0;
    QTest::newRow("huge numbers") << u"huge_numbers.json"_s << bad << QString() << 0 << 0;
    QTest::newRow("artist search is no page")
        << u"artist_search_exact.json"_s << bad << u"release-group-count is missing"_s << 0 << 0;
}

void TstMusicBrainzParser::releaseGroupAnswersGiveGroupsOrTypedErrors()
{
    QFETCH(QString, file);
    QFETCH(int, errorKind);
    QFETCH(QString, message);
    QFETCH(int, groups);
    QFETCH(int, skipped);

    const auto result = parseMusicBrainzReleaseGroups(fixture(u"musicbrainz/"_s + file));
    test::verifyOutcome(result, errorKind, message);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(result.value.groups.size(), groups);
    QCOMPARE(result.skipped.size(), skipped);
}

void TstMusicBrainzParser::readsEachGroupAsDocumented()
{
    const auto result
        = parseMusicBrainzReleaseGroups(fixture(u"musicbrainz/release_groups.json"_s));
    QVERIFY(result.ok());
    QCOMPARE(result.value.count, 7);
    QCOMPARE(result.value.offset, 0);
    const auto &groups = result.value.groups;
    QCOMPARE(groups.at(0),
        (ReleaseGroup { u"b1392450-e666-3926-a536-22c65f834433"_s, u"OK Computer"_s, u"Album"_s, {},
            PartialDate::fromDate(QDate(1997, 5, 21)) }));
    QCOMPARE(groups.at(1).title, u"Live, \"at\" the\nBBC"_s);
    QCOMPARE(groups.at(1).secondaryTypes, QStringList { u"Live"_s });
    QCOMPARE(groups.at(1).firstReleaseDate, PartialDate::fromYearMonth(2008, 6));
    QCOMPARE(groups.at(2).title, u"Нет"_s);
    QVERIFY(groups.at(2).firstReleaseDate.isNull());
    QCOMPARE(groups.at(3).title, u"=Single"_s);
    QCOMPARE(groups.at(3).firstReleaseDate, PartialDate::fromYear(2001));
    QVERIFY(groups.at(4).primaryType.isEmpty()); // null primary type, date missing
    QVERIFY(groups.at(4).firstReleaseDate.isNull());
}

void TstMusicBrainzParser::namesWhyGroupsWereSkipped()
{
    const auto result
        = parseMusicBrainzReleaseGroups(fixture(u"musicbrainz/release_groups.json"_s));
    const QString all = result.skipped.join(u'\n');
    QVERIFY2(all.contains(u"id \"not-a-uuid\" is not an MBID"_s), qPrintable(all));
    QVERIFY2(all.contains(u"first-release-date: \"2001-13-01\""_s), qPrintable(all));
    QVERIFY2(all.contains(u"secondary-types is a string, not an array"_s), qPrintable(all));
    QVERIFY2(all.contains(u"title is missing"_s), qPrintable(all));
}

void TstMusicBrainzParser::artistSearchAnswersGiveHitsOrTypedErrors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("errorKind"); // -1: no error
    QTest::addColumn<int>("hits");
    QTest::addColumn<int>("skipped");

    const int none = -1;
    const int bad = int(SourceError::Kind::BadResponse);
    QTest::newRow("exact") << u"artist_search_exact.json"_s << none << 3 << 0;
    QTest::newRow("ambiguous") << u"artist_search_ambiguous.json"_s << none << 2 << 0;
    // A hit that cannot be read may be a second artist of the name: the answer proves nothing.
    QTest::newRow("bad hits") << u"artist_search_bad_hits.json"_s << bad << 0 << 3;
    QTest::newRow("24 namesakes") << u"artist_search_solstice.json"_s << none << 48 << 0;
    QTest::newRow("no hits") << u"artist_search_empty.json"_s << none << 0 << 0;
    QTest::newRow("error body") << u"error.json"_s << int(SourceError::Kind::ServiceError) << 0
                                << 0;
    QTest::newRow("wrong types") << u"wrong_types.json"_s << bad << 0 << 0;
    QTest::newRow("truncated") << u"truncated.json"_s << bad << 0 << 0;
    QTest::newRow("empty body") << u"empty.json"_s << bad << 0 << 0;
    QTest::newRow("html") << u"html.json"_s << bad << 0 << 0;
}

void TstMusicBrainzParser::artistSearchAnswersGiveHitsOrTypedErrors()
{
    QFETCH(QString, file);
    QFETCH(int, errorKind);
    QFETCH(int, hits);
    QFETCH(int, skipped);

    const auto result = parseMusicBrainzArtistSearch(fixture(u"musicbrainz/"_s + file));
    QCOMPARE(result.ok() ? -1 : int(result.error->kind), errorKind);
    QCOMPARE(result.value.hits.size(), hits);
    QCOMPARE(result.skipped.size(), skipped);
}

void TstMusicBrainzParser::readsArtistHits()
{
    const auto result
        = parseMusicBrainzArtistSearch(fixture(u"musicbrainz/artist_search_exact.json"_s));
    QCOMPARE(result.value.hits.at(0),
        (ArtistHit { u"a74b1b7f-71a5-4011-9441-d0b5e4122711"_s, u"Radiohead"_s, 100 }));
    QCOMPARE(result.value.hits.at(2).score, 55); // a score written as a string
    QCOMPARE(result.value.count, 3);
    QCOMPARE(result.value.offset, 0);
    QVERIFY(result.value.isComplete());
}

} // namespace gig

QTEST_GUILESS_MAIN(gig::TstMusicBrainzParser)
#include "tst_musicbrainzparser.moc"
