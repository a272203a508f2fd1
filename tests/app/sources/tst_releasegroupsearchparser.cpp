// Reading a MusicBrainz release-group search page (the shape of its JSON search answers): every
// hit with its credit, or the whole page refused when one hit cannot be read.
#include "app/sources/musicbrainzparser.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

// A hit as MusicBrainz's search writes it (fields it adds that gigmap does not read included).
QByteArray hitJson(const QByteArray &credit, const QByteArray &score = "100",
    const QByteArray &date = R"("2026-03-01")")
{
    return R"({"id":"268d91a0-1a7f-4600-bfd4-74d738eb7de4","type-id":"f529b476-6e62-324f-b0aa-1f3e33d313fc",)"
           R"("score":)"
        + score + R"(,"count":1,"title":"Chiptunes","first-release-date":)" + date
        + R"(,"primary-type":"Album","primary-type-id":"f529b476-6e62-324f-b0aa-1f3e33d313fc",)"
          R"("secondary-types":["Compilation"],"secondary-type-ids":["dd2a21e1-0c00-3729-a7a0-de60b84eb5d1"],)"
          R"("artist-credit":)"
        + credit
        + R"(,"releases":[{"id":"871f12ec-6259-4e93-b440-9108559c38b1","title":"Chiptunes",)"
          R"("status":"Official"}],"tags":[{"count":1,"name":"electronic"}]})";
}

const QByteArray twoArtists
    = R"([{"name":"A","joinphrase":" & ","artist":{"id":"89AD4AC3-39F7-470E-963A-56509C546377",)"
      R"("name":"A","sort-name":"A"}},{"name":"B","artist":{"id":"0383dadf-2a4e-4d10-a46a-e9e041da8eb3",)"
      R"("name":"B","sort-name":"B"}}])";

QByteArray page(const QByteArray &hits, int count = 1, int offset = 0)
{
    return R"({"created":"2026-12-04T10:00:00.000Z","count":)" + QByteArray::number(count)
        + R"(,"offset":)" + QByteArray::number(offset) + R"(,"release-groups":[)" + hits + "]}";
}

} // namespace

class TstReleaseGroupSearchParser : public QObject
{
    Q_OBJECT

private slots:
    void readsHitsWithTheirCredit();
    void unreadableHitRefusesThePage_data();
    void unreadableHitRefusesThePage();
    void errorBodyIsTheServicesWords();
};

void TstReleaseGroupSearchParser::readsHitsWithTheirCredit()
{
    const auto parsed = parseMusicBrainzReleaseGroupSearch(page(hitJson(twoArtists), 130, 100));
    QVERIFY(!parsed.error);
    QCOMPARE(parsed.value.count, 130);
    QCOMPARE(parsed.value.offset, 100);
    QCOMPARE(parsed.value.hits.size(), 1);
    const ReleaseGroupHit &hit = parsed.value.hits.constFirst();
    QCOMPARE(hit.artistMbids,
        QStringList({ u"89ad4ac3-39f7-470e-963a-56509c546377"_s,
            u"0383dadf-2a4e-4d10-a46a-e9e041da8eb3"_s }));
    QCOMPARE(hit.score, 100);
    QCOMPARE(hit.group.primaryType, u"Album"_s);
    QCOMPARE(hit.group.secondaryTypes, QStringList({ u"Compilation"_s }));
    QCOMPARE(hit.group.firstReleaseDate, PartialDate::fromDate(QDate(2026, 3, 1)));
}

void TstReleaseGroupSearchParser::unreadableHitRefusesThePage_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("no artist-credit") << page(hitJson("null"));
    QTest::newRow("empty artist-credit") << page(hitJson("[]"));
    QTest::newRow("credit without an MBID")
        << page(hitJson(R"([{"name":"A","artist":{"id":"x","name":"A"}}])"));
    QTest::newRow("score over 100") << page(hitJson(twoArtists, "101"));
    QTest::newRow("score missing") << page(hitJson(twoArtists, R"("")"));
    QTest::newRow("unreadable date") << page(hitJson(twoArtists, "100", R"("2026-13")"));
    QTest::newRow("one bad among good")
        << page(hitJson(twoArtists) + "," + hitJson(twoArtists, "-1"), 2);
    QTest::newRow("release-groups not a list")
        << QByteArray(R"({"count":1,"offset":0,"release-groups":{"id":1}})");
    QTest::newRow("no count") << QByteArray(R"({"offset":0,"release-groups":[]})");
    QTest::newRow("not JSON") << QByteArray("<html>busy</html>");
}

void TstReleaseGroupSearchParser::unreadableHitRefusesThePage()
{
    QFETCH(QByteArray, body);
    const auto parsed = parseMusicBrainzReleaseGroupSearch(body);
    QVERIFY(parsed.error);
    QCOMPARE(parsed.error->kind, SourceError::Kind::BadResponse);
    QVERIFY(parsed.value.hits.isEmpty());
}

void TstReleaseGroupSearchParser::errorBodyIsTheServicesWords()
{
    const auto parsed
        = parseMusicBrainzReleaseGroupSearch(R"({"error":"The query is too long.","help":"…"})");
    QVERIFY(parsed.error);
    QCOMPARE(parsed.error->kind, SourceError::Kind::ServiceError);
    QCOMPARE(parsed.error->message, u"The query is too long."_s);
}

} // namespace gig

QTEST_GUILESS_MAIN(gig::TstReleaseGroupSearchParser)
#include "tst_releasegroupsearchparser.moc"
