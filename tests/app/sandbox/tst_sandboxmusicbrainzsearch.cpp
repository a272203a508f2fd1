// The sandbox's MusicBrainz release-group search subset, read by gigmap's own parser: arid OR
// lists, primarytype, secondarytype and firstreleasedate filters, shared credits, paging in score
// order, and the refusal of an over-long query.
#include "app/sandbox/sandboxmusicbrainz.h"
#include "app/sandbox/sandboxworld.h"
#include "app/sources/musicbrainzparser.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using gig::SandboxCall;
using gig::SandboxMusicBrainz;
using gig::SandboxReleaseGroup;
using gig::SandboxWorld;

namespace {

const QDateTime now(QDate(2026, 12, 4), QTime(12, 0), Qt::UTC);

SandboxCall searchCall(const QString &query, int offset = 0)
{
    SandboxCall call;
    call.path = u"/ws/2/release-group"_s;
    QUrlQuery items;
    items.addQueryItem(u"query"_s, query);
    items.addQueryItem(u"limit"_s, u"100"_s);
    items.addQueryItem(u"offset"_s, QString::number(offset));
    items.addQueryItem(u"fmt"_s, u"json"_s);
    call.query = items;
    call.now = now;
    return call;
}

} // namespace

class TestSandboxMusicBrainzSearch : public QObject
{
    Q_OBJECT

private slots:
    void aridListFindsEveryGroupOfEachArtist();
    void filtersByTypesAndDateRange();
    void secondaryTypeFilterKeepsOnlyThoseTypes();
    void sharedGroupsCreditEveryArtistAndScoreHigher();
    void overLongQueryIsRefused();
    void unknownFieldBesideAridIsRefused();
    void artistSearchForSeveralNamesHoldsEachNamesHits();

private:
    // Every hit of `query` over all pages, checking that the pages agree and keep score order.
    QList<gig::ReleaseGroupHit> allHits(const QString &query);
    QStringList mbidsOf(int first, int count) const;
    // A pool index (slot 0) that shares a release group with its credit partner.
    int artistWithSharedGroup() const;

    const SandboxWorld m_world { 1 };
    const SandboxMusicBrainz m_musicBrainz;
};

QList<gig::ReleaseGroupHit> TestSandboxMusicBrainzSearch::allHits(const QString &query)
{
    QList<gig::ReleaseGroupHit> hits;
    qint64 count = -1;
    for (int offset = 0; count < 0 || offset < count; offset += 100) {
        const gig::SandboxReply reply = m_musicBrainz.handle(m_world, searchCall(query, offset));
        if (reply.status != 200)
            qFatal("status %d: %s", reply.status, reply.body.constData());
        const auto page = gig::parseMusicBrainzReleaseGroupSearch(reply.body);
        if (page.error)
            qFatal("unreadable: %s", qPrintable(gig::toString(*page.error)));
        if (count >= 0 && page.value.count != count)
            qFatal("the count changed between pages");
        count = page.value.count;
        hits.append(page.value.hits);
    }
    for (qsizetype i = 1; i < hits.size(); ++i) {
        if (hits.at(i).score > hits.at(i - 1).score)
            qFatal("hits are not in score order");
    }
    return hits;
}

QStringList TestSandboxMusicBrainzSearch::mbidsOf(int first, int count) const
{
    QStringList mbids;
    for (int index = first; mbids.size() < count && index < SandboxWorld::artistPoolSize; ++index) {
        if (!m_world.artist(index).mbids.isEmpty())
            mbids.append(m_world.artist(index).mbids.constFirst());
    }
    return mbids;
}

int TestSandboxMusicBrainzSearch::artistWithSharedGroup() const
{
    for (int index = 0; index < SandboxWorld::touringArtists; ++index) {
        for (const SandboxReleaseGroup &group : m_world.releaseGroups(index, 0, now.date())) {
            if (group.credits.size() > 1 && group.credits.constFirst().first == index)
                return index;
        }
    }
    return -1;
}

void TestSandboxMusicBrainzSearch::aridListFindsEveryGroupOfEachArtist()
{
    const QStringList mbids = mbidsOf(0, 12);
    QSet<QString> expected;
    for (const QString &mbid : mbids) {
        const auto found = m_world.artistByMbid(mbid);
        QVERIFY(found);
        for (const SandboxReleaseGroup &group :
            m_world.releaseGroups(found->first, found->second, now.date()))
            expected.insert(group.id);
    }
    QVERIFY(expected.size() > 100); // more than one page
    const auto hits = allHits(u"arid:("_s + mbids.join(u" OR "_s) + u')');
    QSet<QString> ids;
    for (const gig::ReleaseGroupHit &hit : hits) {
        QVERIFY2(!ids.contains(hit.group.mbid), "a group twice");
        ids.insert(hit.group.mbid);
        QVERIFY(std::any_of(hit.artistMbids.cbegin(), hit.artistMbids.cend(),
            [&](const QString &mbid) { return mbids.contains(mbid); }));
    }
    QCOMPARE(ids, expected);
}

void TestSandboxMusicBrainzSearch::filtersByTypesAndDateRange()
{
    const QStringList mbids = mbidsOf(10, 8);
    const QString range = u"2021 TO 2026-12-04"_s;
    const auto hits = allHits(u"arid:("_s + mbids.join(u" OR "_s)
        + u") AND primarytype:(album OR ep OR single) AND firstreleasedate:["_s + range + u']');
    QSet<QString> ids;
    for (const gig::ReleaseGroupHit &hit : hits) {
        ids.insert(hit.group.mbid);
        QVERIFY(QStringList({ u"Album"_s, u"EP"_s, u"Single"_s }).contains(hit.group.primaryType));
        QVERIFY(hit.group.firstReleaseDate.year() >= 2021);
        QVERIFY(hit.group.firstReleaseDate.isReleasedBy(now.date()));
    }
    // Every group of the artists that passes the filters is there, partial dates included.
    int partial = 0;
    for (const QString &mbid : mbids) {
        const auto found = m_world.artistByMbid(mbid);
        for (const SandboxReleaseGroup &group :
            m_world.releaseGroups(found->first, found->second, now.date())) {
            const bool counted
                = QStringList({ u"Album"_s, u"EP"_s, u"Single"_s }).contains(group.primaryType);
            const bool inRange = !group.firstReleaseDate.isEmpty()
                && group.firstReleaseDate >= u"2021"_s && group.firstReleaseDate <= u"2026-12-04"_s;
            QCOMPARE(ids.contains(group.id), counted && inRange);
            partial += counted && inRange && group.firstReleaseDate.size() < 10 ? 1 : 0;
        }
    }
    QVERIFY(!ids.isEmpty());
    QVERIFY(partial > 0);
}

void TestSandboxMusicBrainzSearch::secondaryTypeFilterKeepsOnlyThoseTypes()
{
    const auto hits
        = allHits(u"arid:("_s + mbidsOf(0, 10).join(u" OR "_s) + u") AND secondarytype:(live)"_s);
    QVERIFY(!hits.isEmpty());
    for (const gig::ReleaseGroupHit &hit : hits)
        QVERIFY(hit.group.secondaryTypes.contains(u"Live"_s));
}

void TestSandboxMusicBrainzSearch::sharedGroupsCreditEveryArtistAndScoreHigher()
{
    const int index = artistWithSharedGroup();
    QVERIFY(index >= 0);
    const int partner = m_world.creditPartner(index);
    const QString own = m_world.artist(index).mbids.constFirst();
    const QString other = m_world.artist(partner).mbids.constFirst();
    // The shared group is in the partner's browse too.
    QSet<QString> partnerIds;
    for (const SandboxReleaseGroup &group : m_world.releaseGroups(partner, 0, now.date()))
        partnerIds.insert(group.id);

    const auto onlyOwn = allHits(u"arid:"_s + own);
    int shared = 0;
    for (const gig::ReleaseGroupHit &hit : onlyOwn) {
        if (hit.artistMbids.size() > 1) {
            ++shared;
            QCOMPARE(QSet<QString>(hit.artistMbids.cbegin(), hit.artistMbids.cend()),
                QSet<QString>({ own, other }));
            QVERIFY(partnerIds.contains(hit.group.mbid));
        }
    }
    QVERIFY(shared > 0);

    const auto both = allHits(u"arid:("_s + own + u" OR "_s + other + u')');
    QVERIFY(both.constFirst().artistMbids.size() > 1);
    QCOMPARE(both.constFirst().score, 100);
    QVERIFY(both.constLast().score < 100);
}

void TestSandboxMusicBrainzSearch::overLongQueryIsRefused()
{
    const QString query = u"arid:("_s + mbidsOf(0, 120).join(u" OR "_s) + u')';
    QVERIFY(query.size() > SandboxMusicBrainz::maxQueryLength);
    const gig::SandboxReply reply = m_musicBrainz.handle(m_world, searchCall(query));
    QCOMPARE(reply.status, 400);
    QVERIFY(!gig::musicBrainzErrorMessage(reply.body).isEmpty());
    const QString shorter = u"arid:("_s + mbidsOf(0, 40).join(u" OR "_s) + u')';
    QCOMPARE(m_musicBrainz.handle(m_world, searchCall(shorter)).status, 200);
}

void TestSandboxMusicBrainzSearch::unknownFieldBesideAridIsRefused()
{
    const gig::SandboxReply reply = m_musicBrainz.handle(
        m_world, searchCall(u"arid:("_s + mbidsOf(0, 2).join(u" OR "_s) + u") AND banana:1"_s));
    QCOMPARE(reply.status, 400);
}

void TestSandboxMusicBrainzSearch::artistSearchForSeveralNamesHoldsEachNamesHits()
{
    auto hitsOf = [&](const QString &query) {
        SandboxCall call = searchCall(query);
        call.path = u"/ws/2/artist"_s;
        const gig::SandboxReply reply = m_musicBrainz.handle(m_world, call);
        const auto page = gig::parseMusicBrainzArtistSearch(reply.body);
        QSet<QString> mbids;
        for (const gig::ArtistHit &hit : page.value.hits)
            mbids.insert(hit.mbid);
        return std::pair { mbids, page.value.count };
    };
    const QString first = m_world.artist(3).name;
    const QString second = m_world.artist(7).name;
    const auto one = hitsOf(gig::exactArtistQuery(first));
    const auto two = hitsOf(gig::exactArtistQuery(second));
    const auto both = hitsOf(gig::exactArtistsQuery({ first, second }));
    QVERIFY(one.second < 100 && two.second < 100);
    QCOMPARE(both.first, one.first | two.first);
    QCOMPARE(both.second, qsizetype((one.first | two.first).size()));
}

QTEST_GUILESS_MAIN(TestSandboxMusicBrainzSearch)
#include "tst_sandboxmusicbrainzsearch.moc"
