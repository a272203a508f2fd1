#include "app/sources/latestrelease.h"

#include <QStandardPaths>
#include <QTest>
#include <QUuid>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

const QDate today(2026, 11, 26);

ReleaseGroup group(const QString &title, const QString &type, const QString &date,
    const QStringList &secondary = {})
{
    const QString mbid = QUuid::createUuidV5(QUuid(), title).toString(QUuid::WithoutBraces);
    return ReleaseGroup { mbid, title, type, secondary, PartialDate::fromString(date).value() };
}

} // namespace

class TstLatestRelease : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void picksTheLatestCandidate_data();
    void picksTheLatestCandidate();
    void answerDoesNotDependOnOrder_data();
    void answerDoesNotDependOnOrder();
    void givesTheGroupAsRelease();
    void equalTitlesFallBackToMbid();
    void countsOnlyTheChosenTypes();
};

void TstLatestRelease::picksTheLatestCandidate_data()
{
    QTest::addColumn<QList<ReleaseGroup>>("groups");
    QTest::addColumn<QString>("expected"); // title; empty: no release

    QTest::newRow("empty list") << QList<ReleaseGroup>() << QString();
    QTest::newRow("one album") << QList { group(u"A"_s, u"Album"_s, u"2020-05-01"_s) } << u"A"_s;
    QTest::newRow("compilation only")
        << QList { group(u"Best of"_s, u"Album"_s, u"2024"_s, { u"Compilation"_s }) } << QString();
    QTest::newRow("live album newer than studio album")
        << QList { group(u"Studio"_s, u"Album"_s, u"2019"_s),
               group(u"Live"_s, u"Album"_s, u"2023"_s, { u"Live"_s }) }
        << u"Studio"_s;
    QTest::newRow("soundtrack and remix ignored") << QList { group(u"Old"_s, u"EP"_s, u"2010"_s),
        group(u"OST"_s, u"Album"_s, u"2025"_s, { u"Soundtrack"_s }),
        group(u"Remixes"_s, u"Single"_s, u"2025-02"_s, { u"Remix"_s, u"DJ-mix"_s }) }
                                                  << u"Old"_s;
    QTest::newRow("announced for next month is future") << QList {
        group(u"Now"_s, u"Album"_s, u"2025-01-10"_s), group(u"Soon"_s, u"Album"_s, u"2026-12-01"_s)
    } << u"Now"_s;
    QTest::newRow("released today counts")
        << QList { group(u"Before"_s, u"Album"_s, u"2026-11-25"_s),
               group(u"Today"_s, u"Single"_s, u"2026-11-26"_s) }
        << u"Today"_s;
    QTest::newRow("tomorrow is future") << QList { group(u"Before"_s, u"Album"_s, u"2026-11-25"_s),
        group(u"Tomorrow"_s, u"Single"_s, u"2026-11-27"_s) }
                                        << u"Before"_s;
    QTest::newRow("this month without day counts") << QList {
        group(u"Old"_s, u"Album"_s, u"2026-10-30"_s), group(u"November"_s, u"EP"_s, u"2026-11"_s)
    } << u"November"_s;
    QTest::newRow("next month without day is future") << QList {
        group(u"Old"_s, u"Album"_s, u"2026-10-30"_s), group(u"December"_s, u"EP"_s, u"2026-12"_s)
    } << u"Old"_s;
    QTest::newRow("this year without month counts") << QList {
        group(u"Old"_s, u"Album"_s, u"2025-12-31"_s), group(u"Y"_s, u"Album"_s, u"2026"_s)
    } << u"Y"_s;
    QTest::newRow("next year is future") << QList { group(u"Old"_s, u"Album"_s, u"2025-12-31"_s),
        group(u"Y"_s, u"Album"_s, u"2027"_s) }
                                         << u"Old"_s;
    QTest::newRow("empty date never counts") << QList { group(u"Dated"_s, u"Single"_s, u"1999"_s),
        group(u"Undated"_s, u"Album"_s, QString()) }
                                             << u"Dated"_s;
    QTest::newRow("only undated") << QList { group(u"Undated"_s, u"Album"_s, QString()) }
                                  << QString();
    QTest::newRow("broadcast and other types ignored")
        << QList { group(u"Radio"_s, u"Broadcast"_s, u"2024"_s),
               group(u"Misc"_s, u"Other"_s, u"2024"_s), group(u"Real"_s, u"EP"_s, u"2001"_s) }
        << u"Real"_s;
    QTest::newRow("no primary type ignored")
        << QList { group(u"Typeless"_s, QString(), u"2024"_s) } << QString();
    QTest::newRow("primary type case-insensitive")
        << QList { group(u"Lower"_s, u"album"_s, u"2024"_s) } << u"Lower"_s;
    QTest::newRow("later year wins") << QList { group(u"2020"_s, u"Album"_s, u"2020-12-31"_s),
        group(u"2021"_s, u"Single"_s, u"2021"_s) }
                                     << u"2021"_s;
    QTest::newRow("month beats year-only in the same year") << QList {
        group(u"Year"_s, u"Album"_s, u"2021"_s), group(u"March"_s, u"Single"_s, u"2021-03"_s)
    } << u"March"_s;
    QTest::newRow("later month beats earlier full date") << QList {
        group(u"May 31"_s, u"Album"_s, u"2021-05-31"_s), group(u"June"_s, u"EP"_s, u"2021-06"_s)
    } << u"June"_s;
    QTest::newRow("day beats month-only in the same month") << QList {
        group(u"June"_s, u"Album"_s, u"2021-06"_s), group(u"June 2"_s, u"Single"_s, u"2021-06-02"_s)
    } << u"June 2"_s;
    QTest::newRow("same date: album before EP") << QList { group(u"E"_s, u"EP"_s, u"2022-04-01"_s),
        group(u"A"_s, u"Album"_s, u"2022-04-01"_s) }
                                                << u"A"_s;
    QTest::newRow("same date: EP before single")
        << QList { group(u"S"_s, u"Single"_s, u"2022-04"_s), group(u"E"_s, u"EP"_s, u"2022-04"_s) }
        << u"E"_s;
    QTest::newRow("same date: album before single")
        << QList { group(u"S"_s, u"Single"_s, u"2022"_s), group(u"A"_s, u"Album"_s, u"2022"_s) }
        << u"A"_s;
    QTest::newRow("same date and type: title order")
        << QList { group(u"Zebra"_s, u"Album"_s, u"2022-04-01"_s),
               group(u"Apple"_s, u"Album"_s, u"2022-04-01"_s) }
        << u"Apple"_s;
    QTest::newRow("newer single beats older album") << QList {
        group(u"LP"_s, u"Album"_s, u"2023-01-01"_s), group(u"7in"_s, u"Single"_s, u"2023-01-02"_s)
    } << u"7in"_s;
    QTest::newRow("everything filtered out")
        << QList { group(u"Live"_s, u"Album"_s, u"2020"_s, { u"Live"_s }),
               group(u"Soon"_s, u"Album"_s, u"2030"_s), group(u"Undated"_s, u"EP"_s, QString()) }
        << QString();
    QList<ReleaseGroup> pages;
    for (int i = 0; i < 100; ++i)
        pages.append(group(u"Page one %1"_s.arg(i), u"Single"_s, u"%1"_s.arg(1900 + i)));
    pages.append(group(u"Page two latest"_s, u"Album"_s, u"2024-08-09"_s));
    pages.append(group(u"Page two live"_s, u"Album"_s, u"2025"_s, { u"Live"_s }));
    QTest::newRow("several pages: latest on the second") << pages << u"Page two latest"_s;
    QList<ReleaseGroup> firstPageWins = pages;
    firstPageWins[3] = group(u"Page one newest"_s, u"EP"_s, u"2025-01"_s);
    QTest::newRow("several pages: latest on the first") << firstPageWins << u"Page one newest"_s;
}

void TstLatestRelease::picksTheLatestCandidate()
{
    QFETCH(QList<ReleaseGroup>, groups);
    QFETCH(QString, expected);

    const std::optional<Release> release = latestRelease(groups, today);
    if (expected.isEmpty()) {
        QVERIFY2(!release, qPrintable(release ? release->title : QString()));
    } else {
        QVERIFY(release);
        QCOMPARE(release->title, expected);
    }
}

void TstLatestRelease::answerDoesNotDependOnOrder_data()
{
    picksTheLatestCandidate_data();
}

void TstLatestRelease::answerDoesNotDependOnOrder()
{
    QFETCH(QList<ReleaseGroup>, groups);
    const std::optional<Release> forward = latestRelease(groups, today);
    std::reverse(groups.begin(), groups.end());
    QCOMPARE(latestRelease(groups, today), forward);
}

void TstLatestRelease::givesTheGroupAsRelease()
{
    const ReleaseGroup ep = group(u"Kid A Mnesia"_s, u"EP"_s, u"2021-11-05"_s);
    const std::optional<Release> release = latestRelease({ ep }, today);
    QCOMPARE(release,
        (Release {
            ep.mbid, ep.title, ReleaseType::EP, PartialDate::fromDate(QDate(2021, 11, 5)) }));
}

void TstLatestRelease::countsOnlyTheChosenTypes()
{
    const QList<ReleaseGroup> groups = { group(u"Old album"_s, u"Album"_s, u"2019-03"_s),
        group(u"EP"_s, u"EP"_s, u"2022"_s), group(u"New single"_s, u"Single"_s, u"2024-06-01"_s) };
    QCOMPARE(latestRelease(groups, today)->title, u"New single"_s);
    QCOMPARE(latestRelease(groups, today, { ReleaseType::Album, ReleaseType::EP })->title, u"EP"_s);
    QCOMPARE(latestRelease(groups, today, { ReleaseType::Album })->title, u"Old album"_s);
    QVERIFY(!latestRelease({ groups.at(2) }, today, { ReleaseType::Album }));
}

void TstLatestRelease::equalTitlesFallBackToMbid()
{
    ReleaseGroup a = group(u"Same"_s, u"Album"_s, u"2020"_s);
    ReleaseGroup b = a;
    a.mbid = u"00000000-0000-0000-0000-000000000002"_s;
    b.mbid = u"00000000-0000-0000-0000-000000000001"_s;
    QCOMPARE(latestRelease({ a, b }, today)->mbid, b.mbid);
    QCOMPARE(latestRelease({ b, a }, today)->mbid, b.mbid);
}

} // namespace gig

QTEST_GUILESS_MAIN(gig::TstLatestRelease)
#include "tst_latestrelease.moc"
