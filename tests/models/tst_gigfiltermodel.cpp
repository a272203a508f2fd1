#include "models/gigfiltermodel.h"
#include "models/giglistmodel.h"
#include "models/gigstore.h"
#include "models/myartists.h"
#include "storefixture.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gig::testing;
using gig::GigListModel;

class TestGigFilterModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void textMatchesEventVenueAndArtists_data();
    void textMatchesEventVenueAndArtists();
    void dateRangeIsInclusiveAndOpenEnded();
    void hidesCancelled();
    void showsOnlyMyArtistsWhenAsked();
    void relevanceSortPutsMyArtistsFirst();
    void sortsDatesAsDatesAndDistancesAsNumbers();
    void sortsDatesAsAPersonReadsThemThenByName();
    void followsStoreChangesWhileFiltered();

private:
    QStringList visibleIds() const;

    std::unique_ptr<gig::GigStore> m_store;
    std::unique_ptr<GigListModel> m_source;
    std::unique_ptr<gig::GigFilterModel> m_filter;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestGigFilterModel::init()
{
    m_store = std::make_unique<gig::GigStore>();
    m_store->setClock([] { return fixtureNow; });
    m_source = std::make_unique<GigListModel>(m_store.get());
    m_filter = std::make_unique<gig::GigFilterModel>();
    m_filter->setSourceModel(m_source.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_filter.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    auto cancelled
        = makeEvent(u"e3"_s, QDate(2026, 12, 20), { u"a2"_s }, QGeoCoordinate(52.6, 13.5));
    cancelled.status = gig::EventStatus::Cancelled;
    auto festival
        = makeEvent(u"e1"_s, QDate(2026, 12, 10), { u"a1"_s, u"a2"_s }, QGeoCoordinate(52.3, 13.0));
    festival.name = u"Winter Festival"_s;
    writeRefresh(*m_store, makeLocation(u"berlin"_s, { u"e1"_s, u"e2"_s, u"e3"_s }),
        { festival, makeEvent(u"e2"_s, QDate(2026, 12, 2), {}), cancelled },
        { makeArtist(u"a1"_s, u"Björk"_s), makeArtist(u"a2"_s, u"Sigur Rós"_s) });
    m_source->setLocationId(u"berlin"_s);
}

QStringList TestGigFilterModel::visibleIds() const
{
    QStringList ids;
    for (int row = 0; row < m_filter->rowCount(); ++row)
        ids.append(m_filter->index(row, 0).data(gig::EventIdRole).toString());
    return ids;
}

void TestGigFilterModel::textMatchesEventVenueAndArtists_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("empty shows all") << QString() << QStringList { u"e1"_s, u"e2"_s, u"e3"_s };
    QTest::newRow("event name") << u"festival"_s << QStringList { u"e1"_s };
    QTest::newRow("venue") << u"hall e2"_s << QStringList { u"e2"_s };
    QTest::newRow("artist without accents") << u"bjork"_s << QStringList { u"e1"_s };
    QTest::newRow("artist with accents") << u"RÓS"_s << QStringList { u"e1"_s, u"e3"_s };
    QTest::newRow("all words must match") << u"sigur winter"_s << QStringList { u"e1"_s };
    QTest::newRow("nothing") << u"zzz"_s << QStringList {};
}

void TestGigFilterModel::textMatchesEventVenueAndArtists()
{
    QFETCH(QString, text);
    QFETCH(QStringList, ids);
    m_filter->setText(text);
    QStringList visible = visibleIds();
    visible.sort();
    QCOMPARE(visible, ids);
}

void TestGigFilterModel::dateRangeIsInclusiveAndOpenEnded()
{
    m_filter->setDateRange(QDate(2026, 12, 2), QDate(2026, 12, 10));
    QStringList visible = visibleIds();
    visible.sort();
    QCOMPARE(visible, (QStringList { u"e1"_s, u"e2"_s }));
    m_filter->setDateRange(QDate(2026, 12, 11), QDate());
    QCOMPARE(visibleIds(), QStringList { u"e3"_s });
}

void TestGigFilterModel::hidesCancelled()
{
    m_filter->setHideCancelled(true);
    QVERIFY(!visibleIds().contains(u"e3"_s));
    QCOMPARE(visibleIds().size(), 2);
    m_filter->setHideCancelled(false);
    QCOMPARE(visibleIds().size(), 3);
}

void TestGigFilterModel::showsOnlyMyArtistsWhenAsked()
{
    gig::MyArtists mine;
    m_source->setMyArtists(&mine);
    m_filter->setOnlyMine(true);
    QVERIFY(m_filter->onlyMine());
    QVERIFY(visibleIds().isEmpty()); // nobody followed yet
    // Following an artist brings its gigs in while the filter is on.
    QVERIFY(mine.add({ QString(), u"sigur ros"_s, gig::ArtistOrigin::ByHand, fixtureNow }));
    QCOMPARE(visibleIds(), (QStringList { u"e1"_s, u"e3"_s }));
    m_filter->setHideCancelled(true);
    QCOMPARE(visibleIds(), QStringList { u"e1"_s });
    m_filter->setHideCancelled(false);
    QVERIFY(mine.remove(u"Sigur Rós"_s) == 1);
    QVERIFY(visibleIds().isEmpty());
    m_filter->setOnlyMine(false);
    QCOMPARE(visibleIds().size(), 3);
}

void TestGigFilterModel::relevanceSortPutsMyArtistsFirst()
{
    gig::MyArtists mine;
    m_source->setMyArtists(&mine);
    QVERIFY(mine.add({ QString(), u"sigur ros"_s, gig::ArtistOrigin::ByHand, fixtureNow }));
    m_filter->sort(GigListModel::DateColumn, Qt::AscendingOrder);
    QCOMPARE(visibleIds(), (QStringList { u"e2"_s, u"e1"_s, u"e3"_s })); // by date alone
    m_filter->setMineFirst(true);
    QVERIFY(m_filter->mineFirst());
    QCOMPARE(visibleIds(), (QStringList { u"e1"_s, u"e3"_s, u"e2"_s }));
    // Either direction of the column keeps my artists' gigs on top.
    m_filter->sort(GigListModel::DateColumn, Qt::DescendingOrder);
    QCOMPARE(visibleIds(), (QStringList { u"e3"_s, u"e1"_s, u"e2"_s }));
    m_filter->setMineFirst(false);
    QCOMPARE(visibleIds(), (QStringList { u"e3"_s, u"e1"_s, u"e2"_s }));
    m_filter->sort(GigListModel::DateColumn, Qt::AscendingOrder);
    QCOMPARE(visibleIds(), (QStringList { u"e2"_s, u"e1"_s, u"e3"_s }));
    m_source->setMyArtists(nullptr);
}

void TestGigFilterModel::sortsDatesAsDatesAndDistancesAsNumbers()
{
    m_filter->sort(GigListModel::DateColumn, Qt::AscendingOrder);
    QCOMPARE(visibleIds(), (QStringList { u"e2"_s, u"e1"_s, u"e3"_s }));
    m_filter->sort(GigListModel::DistanceColumn, Qt::AscendingOrder);
    // e2 at the centre (0 km), e3 ~13 km, e1 ~38 km: numeric, not "0.0" < "13.1" < "38.1" by luck
    QCOMPARE(visibleIds(), (QStringList { u"e2"_s, u"e3"_s, u"e1"_s }));
    m_filter->sort(GigListModel::DistanceColumn, Qt::DescendingOrder);
    QCOMPARE(visibleIds().constFirst(), u"e1"_s);
}

void TestGigFilterModel::sortsDatesAsAPersonReadsThemThenByName()
{
    // Songkick: a date, no time. Beside gigs timed in UTC-6 it sorts after that day's timed gigs,
    // not as midnight UTC (before the evening before); equal starts follow the event's name.
    const QDate july29(2027, 7, 29);
    constexpr int utcMinus6 = -6 * 3600;
    auto gig = [](const QString &id, const QString &name, const gig::EventStart &start) {
        auto event = makeEvent(id, start.localDate());
        event.name = name;
        event.start = start;
        return event;
    };
    writeRefresh(*m_store,
        makeLocation(u"minneapolis"_s, { u"u"_s, u"b"_s, u"a"_s, u"e"_s, u"z"_s }),
        { gig(u"u"_s, u"Untimed"_s, gig::EventStart(july29)),
            gig(u"b"_s, u"Bravo"_s, gig::EventStart(july29, QTime(20, 0), utcMinus6)),
            gig(u"a"_s, u"alpha"_s, gig::EventStart(july29, QTime(20, 0), utcMinus6)),
            gig(u"e"_s, u"Eve"_s, gig::EventStart(july29.addDays(-1), QTime(21, 0), utcMinus6)),
            gig(u"z"_s, u"Zulu"_s, gig::EventStart(july29, QTime(19, 0), utcMinus6)) },
        {});
    m_source->setLocationId(u"minneapolis"_s);
    m_filter->sort(GigListModel::DateColumn, Qt::AscendingOrder);
    QCOMPARE(visibleIds(), (QStringList { u"e"_s, u"z"_s, u"a"_s, u"b"_s, u"u"_s }));
    m_filter->sort(GigListModel::DateColumn, Qt::DescendingOrder);
    QCOMPARE(visibleIds(), (QStringList { u"u"_s, u"b"_s, u"a"_s, u"z"_s, u"e"_s }));
}

void TestGigFilterModel::followsStoreChangesWhileFiltered()
{
    m_filter->setText(u"festival"_s);
    m_filter->sort(GigListModel::DateColumn, Qt::AscendingOrder);
    auto renamed = makeEvent(u"e2"_s, QDate(2026, 12, 2));
    renamed.name = u"Festival Warmup"_s;
    m_store->upsertEvents({ renamed }, fixtureNow, fixtureNow.addSecs(60));
    QCOMPARE(visibleIds(), (QStringList { u"e2"_s, u"e1"_s }));
    m_store->sweep(QDate(2026, 12, 5).startOfDay(Qt::UTC));
    QCOMPARE(visibleIds(), QStringList { u"e1"_s });
}

QTEST_GUILESS_MAIN(TestGigFilterModel)
#include "tst_gigfiltermodel.moc"
