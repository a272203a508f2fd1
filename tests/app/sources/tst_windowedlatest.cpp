// What a release-group search over a window proves: the latest-release rule over each asked
// artist's hits, decided only when the latest candidate lies in the window.
#include "app/sources/windowedlatest.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

const QDate today(2026, 12, 4);
const QString a = u"aaaaaaaa-0000-4000-8000-000000000001"_s;
const QString b = u"bbbbbbbb-0000-4000-8000-000000000002"_s;
const QString c = u"cccccccc-0000-4000-8000-000000000003"_s;

ReleaseGroupHit hit(const QString &id, const QString &type, const QString &date,
    const QStringList &artists, const QStringList &secondary = {})
{
    ReleaseGroup group;
    group.mbid = u"%1-0000-4000-8000-000000000000"_s.arg(id, 8, u'0');
    group.title = id;
    group.primaryType = type;
    group.secondaryTypes = secondary;
    group.firstReleaseDate = *PartialDate::fromString(date);
    return { group, artists, 100 };
}

} // namespace

class TstWindowedLatest : public QObject
{
    Q_OBJECT

private slots:
    void secondaryTypesDoNotCount();
    void sharedCreditCountsOnlyForAskedArtists();
    void latestBeforeTheWindowIsUndecided();
    void partialDateAtTheWindowStartIsDecided();
    void futureAndUndatedGroupsDoNotCount();
    void tiesFollowTheRule();
    void countedTypesAreTheSettings();
    void wholeHistoryDecidesEveryArtist();
};

void TstWindowedLatest::secondaryTypesDoNotCount()
{
    const auto found
        = latestReleasesInWindow({ hit(u"1"_s, u"Album"_s, u"2026-03-01"_s, { a }, { u"Live"_s }),
                                     hit(u"2"_s, u"Album"_s, u"2025-05"_s, { a }) },
            { a }, 2025, today);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.value(a)->title, u"2"_s);
}

void TstWindowedLatest::sharedCreditCountsOnlyForAskedArtists()
{
    const auto found = latestReleasesInWindow(
        { hit(u"1"_s, u"Single"_s, u"2026-01-10"_s, { a, c }) }, { a, b }, 2025, today);
    QCOMPARE(found.keys(), QList<QString>({ a }));
    const auto both = latestReleasesInWindow(
        { hit(u"1"_s, u"Single"_s, u"2026-01-10"_s, { a, c }) }, { a, c }, 2025, today);
    QCOMPARE(both.size(), 2);
    QCOMPARE(both.value(c), both.value(a));
}

void TstWindowedLatest::latestBeforeTheWindowIsUndecided()
{
    // The service should not have given it; nothing shows that no group lies between.
    const auto found = latestReleasesInWindow(
        { hit(u"1"_s, u"Album"_s, u"2024-12-31"_s, { a }) }, { a }, 2025, today);
    QVERIFY(found.isEmpty());
}

void TstWindowedLatest::partialDateAtTheWindowStartIsDecided()
{
    const auto found
        = latestReleasesInWindow({ hit(u"1"_s, u"EP"_s, u"2025"_s, { a }) }, { a }, 2025, today);
    QCOMPARE(found.value(a)->date, PartialDate::fromYear(2025));
}

void TstWindowedLatest::futureAndUndatedGroupsDoNotCount()
{
    const auto found = latestReleasesInWindow(
        { hit(u"1"_s, u"Album"_s, u"2026-12-05"_s, { a }), hit(u"2"_s, u"Album"_s, u""_s, { a }),
            hit(u"3"_s, u"Album"_s, u"2027"_s, { b }),
            hit(u"4"_s, u"Single"_s, u"2026-12"_s, { b }) },
        { a, b }, 2025, today);
    QCOMPARE(found.keys(), QList<QString>({ b }));
    QCOMPARE(found.value(b)->title, u"4"_s); // December 2026 has begun by the 4th
}

void TstWindowedLatest::tiesFollowTheRule()
{
    const auto found = latestReleasesInWindow({ hit(u"1"_s, u"Single"_s, u"2026-02-02"_s, { a }),
                                                  hit(u"2"_s, u"Album"_s, u"2026-02-02"_s, { a }),
                                                  hit(u"3"_s, u"Album"_s, u"2026-02"_s, { a }) },
        { a }, 2025, today);
    QCOMPARE(found.value(a)->title, u"2"_s);
}

void TstWindowedLatest::countedTypesAreTheSettings()
{
    const auto found = latestReleasesInWindow({ hit(u"1"_s, u"Single"_s, u"2026-02-02"_s, { a }),
                                                  hit(u"2"_s, u"Album"_s, u"2025-02-02"_s, { a }) },
        { a }, 2025, today, { ReleaseType::Album });
    QCOMPARE(found.value(a)->title, u"2"_s);
}

void TstWindowedLatest::wholeHistoryDecidesEveryArtist()
{
    const auto decided = latestReleasesInWindow(
        { hit(u"1"_s, u"Album"_s, u"1980"_s, { a }), hit(u"2"_s, u"Album"_s, u""_s, { b }) },
        { a, b, c }, wholeHistory, today);
    QCOMPARE(decided.size(), 3);
    QCOMPARE(decided.value(a)->title, u"1"_s);
    QVERIFY(!decided.value(b)); // undated: no candidate
    QVERIFY(!decided.value(c)); // no release group of a counted type at all
}

} // namespace gig

QTEST_GUILESS_MAIN(gig::TstWindowedLatest)
#include "tst_windowedlatest.moc"
