#include "models/giglistmodel.h"
#include "models/gigstore.h"
#include "models/myartists.h"
#include "storefixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gig::testing;
using gig::GigListModel;

namespace {

// An artist without an MBID whose search by name found no MusicBrainz artist of that name.
gig::Artist nobody()
{
    gig::Artist artist = makeArtist(u"a2"_s, u"Nobody"_s);
    artist.nameSearch = gig::NameSearch::NoMatch;
    artist.mbidSearchedAt = fixtureNow.addDays(-1);
    return artist;
}

} // namespace

class TestGigListModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void showsTheGigsOfTheChosenPlace();
    void refreshInsertsOnlyNewRows();
    void changedEventReportsOnlyItsChangedCells();
    void changedStartReportsDateAndTimeCells();
    void listedGigIsShownWhenItArrives();
    void arrivingReleaseUpdatesReleasesCellOfItsGigsOnly();
    void sweepRemovesRowsWithoutReset();
    void staleMarkChangesFreshnessRoleOnly();
    void sortKeysAreTyped();
    void otherPlacesChangesAreIgnored();
    void showOfTwoProvidersIsOneRow();
    void changedListingIsMergedAgain();
    void listingThatGoesLeavesTheOtherProvider();
    void namesArrivingMergeTheListings();
    void rowKeepsItsPlaceWhenItsIdChanges();
    void mineMarksGigsOfMyArtists();
    void mineFollowsArtistsResolvedLater();

private:
    std::unique_ptr<gig::GigStore> m_store;
    std::unique_ptr<GigListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QDateTime m_now;
};

void TestGigListModel::init()
{
    m_now = fixtureNow;
    m_store = std::make_unique<gig::GigStore>();
    m_store->setClock([this] { return m_now; });
    m_model = std::make_unique<GigListModel>(m_store.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    writeRefresh(*m_store, makeLocation(u"berlin"_s, { u"e1"_s, u"e2"_s }),
        { makeEvent(u"e1"_s, QDate(2026, 12, 5), { u"a1"_s, u"a2"_s }),
            makeEvent(u"e2"_s, QDate(2026, 12, 1), { u"a2"_s }, QGeoCoordinate(52.40, 13.05)) },
        { makeArtist(u"a1"_s, u"Björk"_s, u"mb-1"_s), nobody() });
    m_model->setLocationId(u"berlin"_s);
}

void TestGigListModel::showsTheGigsOfTheChosenPlace()
{
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->columnCount(), int(GigListModel::ColumnCount));
    const int row = m_model->rowOf(u"e1"_s);
    QVERIFY(row >= 0);
    auto cell = [&](int column, int role = Qt::DisplayRole) {
        return m_model->index(row, column).data(role);
    };
    QCOMPARE(cell(GigListModel::EventColumn).toString(), u"Gig e1"_s);
    QCOMPARE(cell(GigListModel::TimeColumn).toString(), u"20:00"_s);
    QCOMPARE(cell(GigListModel::VenueColumn).toString(), u"Hall e1, Berlin"_s);
    QCOMPARE(cell(GigListModel::LineupColumn).toString(), u"Björk; Nobody"_s);
    QCOMPARE(cell(GigListModel::ReleasesColumn).toString(),
        u"Björk: fetching…; Nobody: not on MusicBrainz"_s);
    QCOMPARE(cell(0, gig::FreshnessRole).toInt(), int(gig::Freshness::Pending)); // fetching
    QCOMPARE(cell(0, gig::DistanceKmRole).toDouble(), 0.0);
    const double far
        = m_model->index(m_model->rowOf(u"e2"_s), 0).data(gig::DistanceKmRole).toDouble();
    QVERIFY2(far > 27 && far < 28, qPrintable(QString::number(far))); // Potsdam, 27.5 km
    QCOMPARE(m_model->headerData(GigListModel::ReleasesColumn, Qt::Horizontal).toString(),
        u"Latest releases"_s);
}

void TestGigListModel::refreshInsertsOnlyNewRows()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    writeRefresh(*m_store, makeLocation(u"berlin"_s, { u"e1"_s, u"e2"_s, u"e3"_s, u"e4"_s }),
        { makeEvent(u"e1"_s, QDate(2026, 12, 5), { u"a1"_s, u"a2"_s }),
            makeEvent(u"e3"_s, QDate(2026, 12, 7)), makeEvent(u"e4"_s, QDate(2026, 12, 8)) },
        {});
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 1); // one contiguous insertion for both new gigs
    QCOMPARE(inserted.at(0).at(1).toInt(), 2);
    QCOMPARE(inserted.at(0).at(2).toInt(), 3);
    QCOMPARE(changed.count(), 0); // e1 was rewritten with the same value
    QCOMPARE(m_model->rowCount(), 4);
}

void TestGigListModel::changedEventReportsOnlyItsChangedCells()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    auto event = makeEvent(u"e2"_s, QDate(2026, 12, 1), { u"a2"_s }, QGeoCoordinate(52.40, 13.05));
    event.name = u"Renamed"_s;
    event.status = gig::EventStatus::Cancelled;
    m_store->upsertEvents({ event }, m_now, m_now.addSecs(3600));

    QCOMPARE(changed.count(), 1);
    const auto topLeft = changed.at(0).at(0).value<QModelIndex>();
    const auto bottomRight = changed.at(0).at(1).value<QModelIndex>();
    const int row = m_model->rowOf(u"e2"_s);
    QCOMPARE(topLeft, m_model->index(row, GigListModel::EventColumn));
    QCOMPARE(bottomRight, m_model->index(row, GigListModel::StatusColumn));
    QCOMPARE(m_model->index(row, GigListModel::StatusColumn).data().toString(), u"Cancelled"_s);
}

void TestGigListModel::changedStartReportsDateAndTimeCells()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    auto event = makeEvent(u"e2"_s, QDate(2026, 12, 1), { u"a2"_s }, QGeoCoordinate(52.40, 13.05));
    event.start = gig::EventStart(QDate(2026, 12, 1), QTime(21, 30), 3600); // a later doors time
    m_store->upsertEvents({ event }, m_now, m_now.addSecs(3600));

    QCOMPARE(changed.count(), 1);
    const int row = m_model->rowOf(u"e2"_s);
    QCOMPARE(
        changed.at(0).at(0).value<QModelIndex>(), m_model->index(row, GigListModel::DateColumn));
    QCOMPARE(
        changed.at(0).at(1).value<QModelIndex>(), m_model->index(row, GigListModel::TimeColumn));
    QCOMPARE(m_model->index(row, GigListModel::TimeColumn).data().toString(), u"21:30"_s);
}

// A place may list a gig before the store holds it; the row comes when the gig does.
void TestGigListModel::listedGigIsShownWhenItArrives()
{
    writeRefresh(*m_store, makeLocation(u"berlin"_s, { u"e1"_s, u"e2"_s, u"e9"_s }), {}, {});
    QCOMPARE(m_model->rowCount(), 2);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_store->upsertEvents({ makeEvent(u"e9"_s, QDate(2026, 12, 9)) }, m_now, m_now.addSecs(3600));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->eventIdAt(2), u"e9"_s);
    // A gig no shown place lists stays out.
    m_store->upsertEvents({ makeEvent(u"x1"_s, QDate(2026, 12, 9)) }, m_now, m_now.addSecs(3600));
    QCOMPARE(inserted.count(), 1);
}

void TestGigListModel::arrivingReleaseUpdatesReleasesCellOfItsGigsOnly()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    writeRelease(*m_store, u"mb-1"_s,
        gig::Release { u"rg-1"_s, u"Fossora"_s, gig::ReleaseType::Album,
            *gig::PartialDate::fromString(u"2022-09-30") });
    const int row = m_model->rowOf(u"e1"_s);
    // The cell and, separately, the row's freshness (fetching → fresh).
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(),
        m_model->index(row, GigListModel::ReleasesColumn));
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>(),
        m_model->index(row, GigListModel::ReleasesColumn));
    QCOMPARE(changed.at(1).at(2).value<QList<int>>(), QList<int> { gig::FreshnessRole });
    QCOMPARE(m_model->index(row, GigListModel::ReleasesColumn).data().toString(),
        u"Björk: Fossora (2022-09-30, Album); Nobody: not on MusicBrainz"_s);
    QCOMPARE(m_model->index(row, 0).data(gig::FreshnessRole).toInt(), int(gig::Freshness::Fresh));

    changed.clear();
    writeRelease(*m_store, u"mb-unrelated"_s, std::nullopt);
    QCOMPARE(changed.count(), 0);
}

void TestGigListModel::sweepRemovesRowsWithoutReset()
{
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    // The gig of Dec 1 is over by Dec 3.
    m_store->sweep(QDateTime(QDate(2026, 12, 3), QTime(12, 0), Qt::UTC));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->eventIdAt(0), u"e1"_s);
    QCOMPARE(m_model->rowOf(u"e2"_s), -1);
}

void TestGigListModel::staleMarkChangesFreshnessRoleOnly()
{
    writeRelease(*m_store, u"mb-1"_s, std::nullopt);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_store->markEventsStale({ u"e1"_s });
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(2).value<QList<int>>(), QList<int> { gig::FreshnessRole });
    const int row = m_model->rowOf(u"e1"_s);
    QCOMPARE(m_model->index(row, 0).data(gig::FreshnessRole).toInt(), int(gig::Freshness::Stale));
    QCOMPARE(m_model->index(row, GigListModel::EventColumn).data().toString(), u"Gig e1"_s);
}

void TestGigListModel::sortKeysAreTyped()
{
    const QModelIndex date = m_model->index(0, GigListModel::DateColumn);
    QCOMPARE(date.data(gig::SortKeyRole).metaType(), QMetaType::fromType<qint64>());
    const QModelIndex distance = m_model->index(0, GigListModel::DistanceColumn);
    QCOMPARE(distance.data(gig::SortKeyRole).metaType(), QMetaType::fromType<double>());
    const QModelIndex event = m_model->index(0, GigListModel::EventColumn);
    QCOMPARE(event.data(gig::SortKeyRole).toString(), event.data().toString().toCaseFolded());
}

void TestGigListModel::otherPlacesChangesAreIgnored()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    writeRefresh(*m_store, makeLocation(u"paris"_s, { u"p1"_s }),
        { makeEvent(u"p1"_s, QDate(2026, 12, 5), {}, QGeoCoordinate(48.85, 2.35)) }, {});
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(changed.count(), 0);
    m_store->unwatchLocation(u"berlin"_s);
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(m_model->locationId().isEmpty());
}

void TestGigListModel::showOfTwoProvidersIsOneRow()
{
    writeRefresh(*m_store, twoProvidersPlace(), twoProvidersOneShow(), twoProvidersArtists());
    m_model->setLocationId(u"london"_s);
    QCOMPARE(m_model->rowCount(), 2);
    const int row = m_model->rowOf(u"tm:1"_s);
    QVERIFY(row >= 0);
    QCOMPARE(m_model->rowOf(u"sg:1"_s), row);
    QVERIFY(m_model->rowOf(u"tm:2"_s) >= 0);
    QVERIFY(m_model->rowOf(u"tm:2"_s) != row);
    QCOMPARE(m_model->eventIdAt(row), u"tm:1"_s);
    const QModelIndex cell = m_model->index(row, GigListModel::LineupColumn);
    QCOMPARE(cell.data(gig::EventIdRole).toString(), u"tm:1"_s);
    QCOMPARE(cell.data(gig::ListingsRole).toStringList(), (QStringList { u"tm:1"_s, u"sg:1"_s }));
    // The lineup of the provider that lists the most acts.
    QCOMPARE(cell.data().toString(), u"National; Phoebe Bridgers"_s);
    QCOMPARE(m_model->index(m_model->rowOf(u"tm:2"_s), 0).data(gig::ListingsRole).toStringList(),
        QStringList { u"tm:2"_s });
}

void TestGigListModel::changedListingIsMergedAgain()
{
    writeRefresh(*m_store, twoProvidersPlace(), twoProvidersOneShow(), twoProvidersArtists());
    m_model->setLocationId(u"london"_s);
    // SeatGeek moves its listing to the afternoon: no longer the same show.
    auto seatgeek = twoProvidersOneShow().at(1);
    seatgeek.start = gig::EventStart(twoProvidersShowDay, QTime(14, 0), 3600);
    m_store->upsertEvents({ seatgeek }, m_now, m_now.addSecs(3600));
    QCOMPARE(m_model->rowCount(), 3);
    QVERIFY(m_model->rowOf(u"sg:1"_s) != m_model->rowOf(u"tm:1"_s));
    QCOMPARE(m_model->eventIdAt(m_model->rowOf(u"sg:1"_s)), u"sg:1"_s);
    QCOMPARE(m_model->index(m_model->rowOf(u"tm:1"_s), GigListModel::LineupColumn).data(),
        u"The National"_s);

    // And back: one row again.
    m_store->upsertEvents({ twoProvidersOneShow().at(1) }, m_now, m_now.addSecs(3600));
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->rowOf(u"sg:1"_s), m_model->rowOf(u"tm:1"_s));
}

void TestGigListModel::listingThatGoesLeavesTheOtherProvider()
{
    writeRefresh(*m_store, twoProvidersPlace(), twoProvidersOneShow(), twoProvidersArtists());
    m_model->setLocationId(u"london"_s);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);

    // SeatGeek no longer lists the show: its row stays, with Ticketmaster's listing only.
    writeRefresh(*m_store, twoProvidersPlace({ u"tm:1"_s, u"tm:2"_s }), {}, {});
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(m_model->rowOf(u"sg:1"_s), -1);
    const int row = m_model->rowOf(u"tm:1"_s);
    QCOMPARE(
        m_model->index(row, 0).data(gig::ListingsRole).toStringList(), QStringList { u"tm:1"_s });

    // Back with both, then Ticketmaster's goes: the show is SeatGeek's alone.
    writeRefresh(*m_store, twoProvidersPlace(), {}, {});
    QCOMPARE(m_model->rowCount(), 2);
    writeRefresh(*m_store, twoProvidersPlace({ u"sg:1"_s, u"tm:2"_s }), {}, {});
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->rowOf(u"tm:1"_s), -1);
    const int left = m_model->rowOf(u"sg:1"_s);
    QVERIFY(left >= 0);
    QCOMPARE(m_model->eventIdAt(left), u"sg:1"_s);
    QCOMPARE(
        m_model->index(left, 0).data(gig::ListingsRole).toStringList(), QStringList { u"sg:1"_s });
    QCOMPARE(reset.count(), 0);
}

// A show first listed by SeatGeek alone, then by Ticketmaster too: Ticketmaster's listing leads
// now, so the row's id changes, but it stays the same row (a selection of it stays).
void TestGigListModel::rowKeepsItsPlaceWhenItsIdChanges()
{
    writeRefresh(*m_store, twoProvidersPlace({ u"sg:1"_s, u"tm:2"_s }),
        { twoProvidersOneShow().at(1), twoProvidersOneShow().at(2) }, twoProvidersArtists());
    m_model->setLocationId(u"london"_s);
    QCOMPARE(m_model->rowCount(), 2);
    const QPersistentModelIndex show(m_model->index(m_model->rowOf(u"sg:1"_s), 0));
    QCOMPARE(show.data(gig::EventIdRole).toString(), u"sg:1"_s);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    writeRefresh(*m_store, twoProvidersPlace(), twoProvidersOneShow(), {});
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QVERIFY(show.isValid());
    QCOMPARE(show.row(), m_model->rowOf(u"tm:1"_s));
    QCOMPARE(m_model->rowOf(u"sg:1"_s), show.row());
    QCOMPARE(show.data(gig::EventIdRole).toString(), u"tm:1"_s);
    QCOMPARE(show.data(gig::ListingsRole).toStringList(), (QStringList { u"tm:1"_s, u"sg:1"_s }));
    bool idReported = false;
    for (const QList<QVariant> &signal : std::as_const(changed)) {
        const auto roles = signal.at(2).value<QList<int>>();
        idReported = idReported || roles.contains(gig::EventIdRole);
    }
    QVERIFY(idReported);
}

// Acts without a name take no part in the merge; their names arriving later merge the show.
void TestGigListModel::namesArrivingMergeTheListings()
{
    writeRefresh(*m_store, twoProvidersPlace(), twoProvidersOneShow(), {});
    m_model->setLocationId(u"london"_s);
    QCOMPARE(m_model->rowCount(), 3);
    m_store->upsertArtists(twoProvidersArtists(), m_now, m_now.addSecs(3600));
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->rowOf(u"sg:1"_s), m_model->rowOf(u"tm:1"_s));
}

void TestGigListModel::mineMarksGigsOfMyArtists()
{
    const auto mineOf = [this](const QString &id) {
        return m_model->index(m_model->rowOf(id), 0).data(gig::MineRole).toBool();
    };
    QVERIFY(!mineOf(u"e1"_s)); // no list yet
    gig::MyArtists mine;
    mine.load({ { u"mb-1"_s, u"Bjork"_s, gig::ArtistOrigin::ByHand, fixtureNow } });
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setMyArtists(&mine);
    QVERIFY(mineOf(u"e1"_s)); // Björk, by MBID
    QVERIFY(!mineOf(u"e2"_s));
    QCOMPARE(changed.count(), 1); // only e1's row changed
    QCOMPARE(changed.constFirst().at(0).toModelIndex().row(), m_model->rowOf(u"e1"_s));

    // "Nobody" has no MBID: followed by name, e2 and e1 both have them.
    changed.clear();
    QVERIFY(mine.add({ QString(), u"nobody"_s, gig::ArtistOrigin::ByHand, fixtureNow }));
    QVERIFY(mineOf(u"e2"_s));
    QCOMPARE(changed.count(), 1);
    QVERIFY(mine.remove(u"Bjork"_s) == 1);
    QVERIFY(mineOf(u"e1"_s)); // still: Nobody plays there too
    QVERIFY(mine.remove(u"Nobody"_s) == 1);
    QVERIFY(!mineOf(u"e1"_s));
    QVERIFY(!mineOf(u"e2"_s));
    QCOMPARE(m_model->roleNames().value(gig::MineRole), "mine");
}

void TestGigListModel::mineFollowsArtistsResolvedLater()
{
    gig::MyArtists mine;
    mine.load({ { u"mb-2"_s, u"Someone Else"_s, gig::ArtistOrigin::MusicLibrary, fixtureNow } });
    m_model->setMyArtists(&mine);
    const int row = m_model->rowOf(u"e2"_s);
    QVERIFY(!m_model->index(row, 0).data(gig::MineRole).toBool());
    // The search by name gives "Nobody" the MBID that is followed: the row becomes mine.
    gig::Artist resolved = makeArtist(u"a2"_s, u"Nobody"_s, u"mb-2"_s);
    resolved.nameSearch = gig::NameSearch::Found;
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_store->upsertArtists({ resolved }, fixtureNow, fixtureNow.addDays(1));
    QVERIFY(m_model->index(row, 0).data(gig::MineRole).toBool());
    QVERIFY(!changed.isEmpty());
}

QTEST_GUILESS_MAIN(TestGigListModel)
#include "tst_giglistmodel.moc"
