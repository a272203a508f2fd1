#include "models/gigstore.h"
#include "models/myartists.h"
#include "models/myartistsmodel.h"
#include "models/nextgigs.h"
#include "storefixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gig;
using namespace gig::testing;

class TestNextGigs : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void eachArtistGetsItsSoonestGig();
    void gigsOverOrCancelledAreNotNext();
    void theDialogsModelShowsTheNextGigAndFollowsTheStore();

private:
    QList<FollowedArtist> followed() const;
    GigStore m_store;
    QDateTime m_now = fixtureNow;
};

QList<FollowedArtist> TestNextGigs::followed() const
{
    return { { u"m4"_s, u"Caribou"_s, ArtistOrigin::ByHand, fixtureNow },
        { QString(), u"BJORK"_s, ArtistOrigin::ByHand, fixtureNow }, // by name, another spelling
        { u"m2"_s, u"Radiohead"_s, ArtistOrigin::ByHand, fixtureNow },
        { QString(), u"Nobody Plays"_s, ArtistOrigin::ByHand, fixtureNow } };
}

void TestNextGigs::init()
{
    m_now = fixtureNow;
    m_store.setClock([this] { return m_now; });
    Event bjork = makeEvent(u"e1"_s, QDate(2026, 12, 12), { u"a1"_s, u"a4"_s });
    bjork.venue.name = u"Columbiahalle"_s;
    Event radiohead = makeEvent(u"e2"_s, QDate(2026, 12, 3), { u"a2"_s });
    radiohead.status = EventStatus::Cancelled;
    Event caribou = makeEvent(u"e4"_s, QDate(2027, 1, 5), { u"a4"_s });
    writeRefresh(m_store, makeLocation(u"berlin"_s, { u"e1"_s, u"e2"_s, u"e4"_s }),
        { bjork, radiohead, caribou },
        { makeArtist(u"a1"_s, u"Björk"_s), makeArtist(u"a2"_s, u"Radiohead"_s, u"m2"_s),
            makeArtist(u"a4"_s, u"Caribou"_s, u"m4"_s) });
}

void TestNextGigs::eachArtistGetsItsSoonestGig()
{
    const QList<std::optional<Event>> next = nextGigsOf(followed(), m_store);
    QCOMPARE(next.size(), 4);
    QVERIFY(next.at(0));
    QCOMPARE(next.at(0)->id, u"e1"_s); // 12 Dec before 5 Jan
    QVERIFY(next.at(1));
    QCOMPARE(next.at(1)->id, u"e1"_s); // "BJORK" is Björk by name
    QVERIFY(!next.at(3));
}

void TestNextGigs::gigsOverOrCancelledAreNotNext()
{
    QVERIFY(!nextGigsOf(followed(), m_store).at(2)); // Radiohead's one gig is cancelled
    m_now = QDateTime(QDate(2026, 12, 14), QTime(12, 0), Qt::UTC); // 12 Dec is over
    const QList<std::optional<Event>> next = nextGigsOf(followed(), m_store);
    QCOMPARE(next.at(0)->id, u"e4"_s);
    QVERIFY(!next.at(1));
}

void TestNextGigs::theDialogsModelShowsTheNextGigAndFollowsTheStore()
{
    MyArtists artists;
    artists.load(followed());
    MyArtistsModel model(&artists, &m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto nextGig = [&model](int row) {
        return model.index(row, MyArtistsModel::NextGigColumn).data().toString();
    };
    QVERIFY2(nextGig(0).contains(u"Columbiahalle, Berlin"_s), qPrintable(nextGig(0)));
    QCOMPARE(nextGig(3), u"None seen yet"_s);
    QVERIFY(!model.index(3, MyArtistsModel::NextGigColumn).data(Qt::ToolTipRole).isNull());

    // A gig found later, at another place, shows without reopening the dialog.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    Event found = makeEvent(u"e9"_s, QDate(2026, 12, 1), { u"a9"_s });
    found.venue.name = u"Lido"_s;
    writeRefresh(m_store, makeLocation(u"elsewhere"_s, { u"e9"_s }), { found },
        { makeArtist(u"a9"_s, u"Nobody Plays"_s) });
    QTRY_VERIFY(!changed.isEmpty());
    QVERIFY2(nextGig(3).contains(u"Lido"_s), qPrintable(nextGig(3)));

    MyArtistsModel withoutStore(&artists);
    QCOMPARE(
        withoutStore.index(0, MyArtistsModel::NextGigColumn).data().toString(), u"None seen yet"_s);
}

QTEST_GUILESS_MAIN(TestNextGigs)
#include "tst_nextgigs.moc"
