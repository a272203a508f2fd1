#include "app/sources/artistsearch.h"
#include "app/sources/musicbrainzparser.h"
#include "fixture.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

const QString first = u"a74b1b7f-71a5-4011-9441-d0b5e4122711"_s;
const QString second = u"b74b1b7f-71a5-4011-9441-d0b5e4122712"_s;

} // namespace

class TstArtistSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void escapesLuceneSpecials_data();
    void escapesLuceneSpecials();
    void severalNamesMakeOneQuery();
    void namesCompareAsPeopleReadThem_data();
    void namesCompareAsPeopleReadThem();
    void acceptsOnlyOneArtistOfTheName_data();
    void acceptsOnlyOneArtistOfTheName();
    void realAnswerWithTwentyFourNamesakesIsSeveral();
};

void TstArtistSearch::escapesLuceneSpecials_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("query");
    QTest::newRow("plain") << u"Radiohead"_s << u"artist:\"Radiohead\""_s;
    QTest::newRow("quotes") << u"The \"Band\""_s << u"artist:\"The \\\"Band\\\"\""_s;
    QTest::newRow("AC/DC") << u"AC/DC"_s << u"artist:\"AC\\/DC\""_s;
    QTest::newRow("operators") << u"+-&|!(){}[]^~*?:"_s
                               << u"artist:\"\\+\\-\\&\\|\\!\\(\\)\\{\\}\\[\\]\\^\\~\\*\\?\\:\""_s;
    QTest::newRow("backslash") << u"a\\b"_s << u"artist:\"a\\\\b\""_s;
    QTest::newRow("comma and non-Latin kept") << u"Кино, 東京"_s << u"artist:\"Кино, 東京\""_s;
}

void TstArtistSearch::escapesLuceneSpecials()
{
    QFETCH(QString, name);
    QFETCH(QString, query);
    QCOMPARE(exactArtistQuery(name), query);
}

void TstArtistSearch::severalNamesMakeOneQuery()
{
    QCOMPARE(exactArtistsQuery({ u"AC/DC"_s, u"Sigur Rós"_s, u"Say \"OR\""_s }),
        uR"(artist:("AC\/DC" OR "Sigur Rós" OR "Say \"OR\""))"_s);
}

void TstArtistSearch::namesCompareAsPeopleReadThem_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("case") << u"RADIOHEAD"_s << u"radiohead"_s << true;
    QTest::newRow("non-Latin case") << u"Кино"_s << u"КИНО"_s << true;
    QTest::newRow("accents") << u"Sigur Rós"_s << u"Sigur Ros"_s << true;
    QTest::newRow("leading The") << u"The Beatles"_s << u"beatles"_s << true;
    QTest::newRow("spaces") << u" Yuki  Marsh "_s << u"Yuki Marsh"_s << true;
    QTest::newRow("The alone stays") << u"The"_s << u""_s << false;
    QTest::newRow("The The") << u"The The"_s << u"the"_s << true;
    QTest::newRow("The inside counts") << u"Theatre"_s << u"atre"_s << false;
    QTest::newRow("other words") << u"Radiohead UK"_s << u"Radiohead"_s << false;
    QTest::newRow("punctuation counts") << u"AC/DC"_s << u"ACDC"_s << false;
}

void TstArtistSearch::namesCompareAsPeopleReadThem()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(artistNameKey(a) == artistNameKey(b), same);
}

void TstArtistSearch::acceptsOnlyOneArtistOfTheName_data()
{
    QTest::addColumn<QList<ArtistHit>>("hits");
    QTest::addColumn<int>("count"); // hits in the whole answer
    QTest::addColumn<QString>("name");
    QTest::addColumn<NameSearch>("outcome");
    QTest::addColumn<QString>("mbid"); // when Found

    auto row = [](const char *title, const QList<ArtistHit> &hits, const QString &name,
                   NameSearch outcome, const QString &mbid = {}, int count = -1) {
        QTest::newRow(title) << hits << (count < 0 ? int(hits.size()) : count) << name << outcome
                             << mbid;
    };
    row("one artist of the name",
        { { first, u"Radiohead"_s, 100 }, { second, u"Radiohead Tribute"_s, 70 } }, u"Radiohead"_s,
        NameSearch::Found, first);
    row("case differs", { { first, u"RADIOHEAD"_s, 100 } }, u"radiohead"_s, NameSearch::Found,
        first);
    row("non-Latin case differs", { { first, u"Кино"_s, 100 } }, u"КИНО"_s, NameSearch::Found,
        first);
    row("accent differs", { { first, u"Sigur Rós"_s, 100 } }, u"Sigur Ros"_s, NameSearch::Found,
        first);
    row("leading The", { { first, u"The Beatles"_s, 100 } }, u"Beatles"_s, NameSearch::Found,
        first);
    // Score is text relevance, not identity: a lone namesake below 100 is still the one.
    row("one namesake scoring 86",
        { { second, u"Sigur Rós Tribute"_s, 100 }, { first, u"Sigur Rós"_s, 86 } }, u"Sigur Rós"_s,
        NameSearch::Found, first);
    row("same artist listed twice", { { first, u"Nirvana"_s, 100 }, { first, u"Nirvana"_s, 90 } },
        u"Nirvana"_s, NameSearch::Found, first);
    // Two or more artists of the name leave it unresolved, whatever their scores.
    row("namesake scoring 96", { { first, u"Solstice"_s, 100 }, { second, u"Solstice"_s, 96 } },
        u"Solstice"_s, NameSearch::Several);
    row("two perfect hits", { { first, u"Nirvana"_s, 100 }, { second, u"Nirvana"_s, 100 } },
        u"Nirvana"_s, NameSearch::Several);
    row("namesakes by case, accent and The",
        { { first, u"The Sigur Rós"_s, 100 }, { second, u"SIGUR ROS"_s, 60 } }, u"Sigur Rós"_s,
        NameSearch::Several);
    row("no artist of the name", { { first, u"Radiohead UK"_s, 100 } }, u"Radiohead"_s,
        NameSearch::NoMatch);
    row("no hits", {}, u"Nobody"_s, NameSearch::NoMatch);
    row("empty name", { { first, QString(), 100 } }, QString(), NameSearch::NoMatch);
    // More hits than one page: a page whose last hit still has the name proves nothing unique.
    row("full page ending in the name",
        { { first, u"Yuki Marsh"_s, 100 }, { second, u"Yuki Marsh"_s, 97 } }, u"Yuki Marsh"_s,
        NameSearch::Several, {}, 130);
    row("only the last hit of a full page",
        { { second, u"Yuki Marsh Band"_s, 100 }, { first, u"Yuki Marsh"_s, 97 } }, u"Yuki Marsh"_s,
        NameSearch::Several, {}, 130);
    row("full page ending in other names",
        { { first, u"Yuki Marsh"_s, 100 }, { second, u"Yuki Marsh Band"_s, 61 } }, u"Yuki Marsh"_s,
        NameSearch::Found, first, 130);
}

void TstArtistSearch::acceptsOnlyOneArtistOfTheName()
{
    QFETCH(QList<ArtistHit>, hits);
    QFETCH(int, count);
    QFETCH(QString, name);
    QFETCH(NameSearch, outcome);
    QFETCH(QString, mbid);
    const NameMatch match = matchArtistName(ArtistSearchPage { hits, count, 0 }, name);
    QCOMPARE(match.outcome, outcome);
    QCOMPARE(match.mbid, mbid);
}

void TstArtistSearch::realAnswerWithTwentyFourNamesakesIsSeveral()
{
    // A search for "Solstice": count 48, 24 hits named exactly so (a UK doom band scoring 100,
    // a UK neo-progressive band 96, …). The top score does not make one of them the artist.
    const auto page
        = parseMusicBrainzArtistSearch(test::fixture(u"musicbrainz/artist_search_solstice.json"_s));
    QVERIFY(page.ok());
    QCOMPARE(page.value.count, 48);
    QCOMPARE(page.value.hits.size(), 48);
    QVERIFY(page.value.isComplete());
    QCOMPARE(page.value.hits.at(0).score, 100);
    QCOMPARE(page.value.hits.at(1).score, 96);
    QCOMPARE(matchArtistName(page.value, u"Solstice"_s), (NameMatch { NameSearch::Several, {} }));
    QCOMPARE(matchArtistName(page.value, u"Winter Solstice"_s).outcome, NameSearch::Found);
    QCOMPARE(matchArtistName(page.value, u"Solstice Coil"_s).mbid,
        u"967e84ce-f373-5c52-9e8a-28bf56b026f8"_s);
}

} // namespace gig

QTEST_GUILESS_MAIN(gig::TstArtistSearch)
#include "tst_artistsearch.moc"
