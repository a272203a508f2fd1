#include "app/sources/artistsearch.h"

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
    void acceptsOnlyCertainMatches_data();
    void acceptsOnlyCertainMatches();
};

void TstArtistSearch::escapesLuceneSpecials_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("query");
    QTest::newRow("plain") << u"Radiohead"_s << u"artist:\"Radiohead\""_s;
    QTest::newRow("quotes") << u"The \"Band\""_s << u"artist:\"The \\\"Band\\\"\""_s;
    QTest::newRow("AC/DC") << u"AC/DC"_s << u"artist:\"AC\\/DC\""_s;
    QTest::newRow("operators")
        << u"+-&|!(){}[]^~*?:"_s
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

void TstArtistSearch::acceptsOnlyCertainMatches_data()
{
    QTest::addColumn<QList<ArtistHit>>("hits");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected"); // empty: not accepted

    QTest::newRow("exact top hit")
        << QList<ArtistHit>{{first, u"Radiohead"_s, 100}, {second, u"Radiohead Tribute"_s, 70}}
        << u"Radiohead"_s << first;
    QTest::newRow("case differs")
        << QList<ArtistHit>{{first, u"RADIOHEAD"_s, 100}} << u"radiohead"_s << first;
    QTest::newRow("non-Latin case differs")
        << QList<ArtistHit>{{first, u"Кино"_s, 100}} << u"КИНО"_s << first;
    QTest::newRow("score 99") << QList<ArtistHit>{{first, u"Radiohead"_s, 99}} << u"Radiohead"_s << QString();
    QTest::newRow("name differs")
        << QList<ArtistHit>{{first, u"Radiohead UK"_s, 100}} << u"Radiohead"_s << QString();
    QTest::newRow("accent differs")
        << QList<ArtistHit>{{first, u"Sigur Rós"_s, 100}} << u"Sigur Ros"_s << QString();
    QTest::newRow("two perfect hits")
        << QList<ArtistHit>{{first, u"Nirvana"_s, 100}, {second, u"Nirvana"_s, 100}} << u"Nirvana"_s
        << QString();
    QTest::newRow("second perfect hit with another name")
        << QList<ArtistHit>{{first, u"Nirvana"_s, 100}, {second, u"Nirvana (UK)"_s, 100}}
        << u"Nirvana"_s << QString();
    QTest::newRow("no hits") << QList<ArtistHit>() << u"Nobody"_s << QString();
    QTest::newRow("empty name") << QList<ArtistHit>{{first, QString(), 100}} << QString() << QString();
    QTest::newRow("top hit is not listed first")
        << QList<ArtistHit>{{second, u"Other"_s, 80}, {first, u"Radiohead"_s, 100}} << u"Radiohead"_s
        << first;
}

void TstArtistSearch::acceptsOnlyCertainMatches()
{
    QFETCH(QList<ArtistHit>, hits);
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(acceptedArtistMbid(hits, name).value_or(QString()), expected);
}

} // namespace gig

QTEST_GUILESS_MAIN(gig::TstArtistSearch)
#include "tst_artistsearch.moc"
