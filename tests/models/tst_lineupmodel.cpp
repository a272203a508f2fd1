#include "models/gigstore.h"
#include "models/lineupmodel.h"
#include "models/myartists.h"
#include "storefixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gig::testing;
using gig::LineupModel;

class TestLineupModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void listsArtistsInBillingOrderWithReleaseStates();
    void saysWhyAnArtistHasNoRelease();
    void showsBillingAsGiven();
    void releaseArrivalChangesOnlyThatArtistsCells();
    void definiteNoneIsShown();
    void newBillingResetsAndRemovedGigEmpties();
    void listsMbidsOfTheLineup();
    void starsMyArtists();

private:
    std::unique_ptr<gig::GigStore> m_store;
    std::unique_ptr<LineupModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestLineupModel::init()
{
    m_store = std::make_unique<gig::GigStore>();
    m_store->setClock([] { return fixtureNow; });
    m_model = std::make_unique<LineupModel>(m_store.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    gig::Event gig
        = makeEvent(u"e1"_s, QDate(2026, 12, 5), { u"a1"_s, u"a2"_s, u"a3"_s, u"a4"_s, u"a5"_s });
    gig.billing = { gig::Billing::Headline, gig::Billing::Headline, gig::Billing::Support,
        gig::Billing::Support, gig::Billing::Support };
    auto searched = [](const QString &id, const QString &name, gig::NameSearch outcome) {
        gig::Artist artist = makeArtist(id, name);
        artist.nameSearch = outcome;
        artist.mbidSearchedAt = fixtureNow.addDays(-1);
        return artist;
    };
    writeRefresh(*m_store, makeLocation(u"berlin"_s, { u"e1"_s }), { gig },
        { makeArtist(u"a1"_s, u"Headliner"_s, u"mb-1"_s),
            makeArtist(u"a2"_s, u"Support, \"Act\""_s, u"mb-2"_s),
            makeArtist(u"a3"_s, u"Unknown"_s),
            searched(u"a4"_s, u"Solstice"_s, gig::NameSearch::Several),
            searched(u"a5"_s, u"Nobody Knows"_s, gig::NameSearch::NoMatch) });
    m_model->setEventId(u"e1"_s);
}

void TestLineupModel::listsArtistsInBillingOrderWithReleaseStates()
{
    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(m_model->index(0, LineupModel::ArtistColumn).data().toString(), u"Headliner"_s);
    QCOMPARE(m_model->index(1, LineupModel::ArtistColumn).data().toString(), u"Support, \"Act\""_s);
    QCOMPARE(m_model->index(0, LineupModel::ReleaseColumn).data().toString(), u"fetching…"_s);
    QCOMPARE(m_model->index(0, 0).data(LineupModel::MbidRole).toString(), u"mb-1"_s);
}

void TestLineupModel::saysWhyAnArtistHasNoRelease()
{
    // Not searched by name yet: being looked up, not "none".
    QCOMPARE(m_model->index(2, LineupModel::ReleaseColumn).data().toString(), u"fetching…"_s);
    QCOMPARE(m_model->index(2, 0).data(LineupModel::ReleaseStateRole).toInt(),
        int(gig::ArtistRelease::State::Fetching));
    QCOMPARE(m_model->index(3, LineupModel::ReleaseColumn).data().toString(),
        u"several artists of that name"_s);
    QCOMPARE(m_model->index(3, 0).data(LineupModel::ReleaseStateRole).toInt(),
        int(gig::ArtistRelease::State::SeveralArtists));
    QVERIFY(m_model->index(3, 0).data(Qt::ToolTipRole).toString().contains(u"Several"_s));
    QCOMPARE(
        m_model->index(4, LineupModel::ReleaseColumn).data().toString(), u"not on MusicBrainz"_s);
    QCOMPARE(m_model->index(4, 0).data(LineupModel::ReleaseStateRole).toInt(),
        int(gig::ArtistRelease::State::NotOnMusicBrainz));
    QVERIFY(m_model->index(4, 0).data(LineupModel::MbidRole).toString().isEmpty());
}

void TestLineupModel::showsBillingAsGiven()
{
    QCOMPARE(
        m_model->headerData(LineupModel::BillingColumn, Qt::Horizontal).toString(), u"Billing"_s);
    QCOMPARE(m_model->index(0, LineupModel::BillingColumn).data().toString(), u"headline"_s);
    QCOMPARE(m_model->index(1, LineupModel::BillingColumn).data().toString(), u"headline"_s);
    QCOMPARE(m_model->index(2, LineupModel::BillingColumn).data().toString(), u"support"_s);
    QCOMPARE(
        m_model->index(1, 0).data(LineupModel::BillingRole).toInt(), int(gig::Billing::Headline));
    // A source without billing: the first act headlines.
    m_store->upsertEvents({ makeEvent(u"e1"_s, QDate(2026, 12, 5), { u"a3"_s, u"a1"_s }) },
        fixtureNow, fixtureNow.addSecs(60));
    QCOMPARE(m_model->index(0, LineupModel::BillingColumn).data().toString(), u"headline"_s);
    QCOMPARE(m_model->index(1, LineupModel::BillingColumn).data().toString(), u"support"_s);
}

void TestLineupModel::releaseArrivalChangesOnlyThatArtistsCells()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    writeRelease(*m_store, u"mb-2"_s,
        gig::Release {
            u"rg"_s, u"Second Album"_s, gig::ReleaseType::EP, gig::PartialDate::fromYear(2019) });
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(
        changed.at(0).at(0).value<QModelIndex>(), m_model->index(1, LineupModel::ReleaseColumn));
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), m_model->index(1, LineupModel::DateColumn));
    QCOMPARE(m_model->index(1, LineupModel::ReleaseColumn).data().toString(), u"Second Album"_s);
    QCOMPARE(m_model->index(1, LineupModel::TypeColumn).data().toString(), u"EP"_s);
    QCOMPARE(m_model->index(1, LineupModel::DateColumn).data().toString(), u"2019"_s);
}

void TestLineupModel::definiteNoneIsShown()
{
    writeRelease(*m_store, u"mb-1"_s, std::nullopt);
    QCOMPARE(m_model->index(0, LineupModel::ReleaseColumn).data().toString(), u"none"_s);
    QCOMPARE(m_model->index(0, 0).data(LineupModel::ReleaseStateRole).toInt(),
        int(gig::ArtistRelease::State::None));
}

void TestLineupModel::newBillingResetsAndRemovedGigEmpties()
{
    m_store->upsertEvents({ makeEvent(u"e1"_s, QDate(2026, 12, 5), { u"a3"_s, u"a1"_s }) },
        fixtureNow, fixtureNow.addSecs(60));
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->index(0, 0).data().toString(), u"Unknown"_s);

    m_store->unwatchLocation(u"berlin"_s);
    m_store->sweep(fixtureNow);
    QCOMPARE(m_model->rowCount(), 0);
}

void TestLineupModel::listsMbidsOfTheLineup()
{
    QCOMPARE(m_model->mbids(), (QStringList { u"mb-1"_s, u"mb-2"_s }));
    m_model->setEventId({});
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(m_model->mbids().isEmpty());
}

void TestLineupModel::starsMyArtists()
{
    gig::MyArtists mine;
    m_model->setMyArtists(&mine);
    QCOMPARE(m_model->index(0, LineupModel::ArtistColumn).data().toString(), u"Headliner"_s);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(mine.add({ u"mb-1"_s, QString(), gig::ArtistOrigin::ByHand, fixtureNow }));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_model->index(0, LineupModel::ArtistColumn).data().toString(), u"★ Headliner"_s);
    QVERIFY(m_model->index(0, 0).data(LineupModel::FollowedRole).toBool());
    QCOMPARE(m_model->index(0, 0).data(LineupModel::ArtistNameRole).toString(), u"Headliner"_s);
    QVERIFY(!m_model->index(1, 0).data(LineupModel::FollowedRole).toBool());
    QVERIFY(mine.remove(u"mb-1"_s) == 0); // "mb-1" is not an MBID, nor a name followed
    QVERIFY(mine.removeEntries(mine.artists()) == 1);
    QCOMPARE(m_model->index(0, LineupModel::ArtistColumn).data().toString(), u"Headliner"_s);
}

QTEST_GUILESS_MAIN(TestLineupModel)
#include "tst_lineupmodel.moc"
