#include "app/alerts/alerts.h"
#include "app/storage/cachedatabase.h"
#include "models/alertledger.h"
#include "models/gigstore.h"
#include "models/myartists.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using gig::Alert;
using gig::Alerts;
using gig::GigStore;

namespace {

const QDateTime t0(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC);
const QString placeId = u"loc:berlin"_s;
const QString mineMbid = u"a74b1b7f-71a5-4011-9441-d0b5e4122711"_s;

// One run of gigmap: the store, its cache file, my artists and the alerts, made in main()'s order.
struct Session
{
    explicit Session(const QString &path, const QDateTime &now = t0)
        : cache(&store, path)
    {
        store.setClock([now] { return now; });
        cache.load();
        artists.load({ { mineMbid, u"Radiohead"_s, gig::ArtistOrigin::ByHand, t0 } });
        alerts.load();
    }

    void addGig(const QString &id, const QString &artistId)
    {
        GigStore::Batch batch(store);
        gig::Event event;
        event.id = id;
        event.name = u"Gig "_s + id;
        event.start = gig::EventStart(QDate(2027, 3, 1), QTime(20, 0), 3600);
        event.venue = { u"Columbiahalle"_s, QGeoCoordinate(52.48, 13.39), u"Berlin"_s, u"DE"_s };
        event.lineup = { artistId };
        store.upsertEvents({ event }, t0, t0.addDays(1));
        gig::Location location = store.location(placeId).value;
        location.id = placeId;
        location.name = u"Berlin"_s;
        location.coordinate = QGeoCoordinate(52.52, 13.405);
        if (!location.eventIds.contains(id))
            location.eventIds.append(id);
        store.upsertLocation(location, t0, t0.addDays(1));
    }

    // The saved place, filled once with a gig of my artist and one of another's artists known.
    void savePlaceWithAGigOfMine()
    {
        addArtists();
        addGig(u"tm:1"_s, u"tm:mine"_s);
        alerts.setSavedLocations({ placeId });
    }

    // The place no longer lists the gig, and the store forgets it.
    void dropGig(const QString &id)
    {
        gig::Location location = store.location(placeId).value;
        location.eventIds.removeAll(id);
        store.upsertLocation(location, t0, t0.addDays(1));
        store.sweep(t0);
    }

    void addArtists()
    {
        store.upsertArtists({ { u"tm:mine"_s, mineMbid, u"Radiohead"_s, {} },
                                { u"tm:other"_s, u"11111111-2222-3333-4444-555555555555"_s,
                                    u"Someone Else"_s, {} } },
            t0, QDateTime());
    }

    void setRelease(const QString &releaseMbid, int year)
    {
        store.upsertLatestRelease(
            { mineMbid,
                gig::Release { releaseMbid, u"Album "_s + releaseMbid, gig::ReleaseType::Album,
                    gig::PartialDate::fromYear(year) } },
            t0.addSecs(year), t0.addDays(7));
    }

    GigStore store;
    gig::CacheDatabase cache;
    gig::MyArtists artists;
    gig::AlertLedger ledger;
    Alerts alerts { &store, &artists, &ledger, &cache };
};

} // namespace

class TestAlerts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void gigsOfTheFirstFillAreNotAnnounced();
    void newGigOfMyArtistIsAnnouncedOnceAcrossARestart();
    void markIsOnDiskBeforeTheAlert();
    void seenGigStaysSeenAfterARestart();
    void newerReleaseIsAnnouncedOnceAcrossARestart();
    void manyNewGigsBecomeOneAlert();
    void placesNotSavedAnnounceNothing();
    void marksOfGigsGoneAreForgottenAfterAMonth();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestAlerts::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(u"gigmap.sqlite"_s);
}

void TestAlerts::gigsOfTheFirstFillAreNotAnnounced()
{
    Session session(m_path);
    QSignalSpy raised(&session.alerts, &Alerts::raised);
    session.savePlaceWithAGigOfMine();
    QCOMPARE(raised.count(), 0);
    QVERIFY(session.ledger.knowsGig(u"tm:1"_s));
    QVERIFY(!session.ledger.isUnseen(u"tm:1"_s));
}

void TestAlerts::newGigOfMyArtistIsAnnouncedOnceAcrossARestart()
{
    {
        Session session(m_path);
        session.savePlaceWithAGigOfMine();
        QSignalSpy raised(&session.alerts, &Alerts::raised);
        session.addGig(u"tm:2"_s, u"tm:mine"_s);
        session.addGig(u"tm:3"_s, u"tm:other"_s); // not one of mine: known, quiet
        QCOMPARE(raised.count(), 1);
        const auto alert = raised.at(0).at(0).value<Alert>();
        QCOMPARE(alert.kind, Alert::Kind::Gig);
        QCOMPARE(alert.eventId, u"tm:2"_s);
        QVERIFY2(alert.summary.contains(u"Radiohead"_s), qPrintable(alert.summary));
        QVERIFY2(alert.summary.contains(u"Berlin"_s), qPrintable(alert.summary));
        QVERIFY(session.ledger.isUnseen(u"tm:2"_s));
        session.addGig(u"tm:2"_s, u"tm:mine"_s); // refreshed again: no second alert
        QCOMPARE(raised.count(), 1);
        session.cache.flush();
    }
    Session again(m_path);
    QVERIFY(again.ledger.isUnseen(u"tm:2"_s)); // still new until seen
    QSignalSpy raised(&again.alerts, &Alerts::raised);
    again.alerts.setSavedLocations({ placeId });
    again.store.upsertLocation(again.store.location(placeId).value, t0.addSecs(600), t0.addDays(1));
    QCOMPARE(raised.count(), 0);
    again.addGig(u"tm:4"_s, u"tm:mine"_s);
    QCOMPARE(raised.count(), 1);
    QCOMPARE(raised.at(0).at(0).value<Alert>().eventId, u"tm:4"_s);
}

void TestAlerts::markIsOnDiskBeforeTheAlert()
{
    Session session(m_path);
    session.savePlaceWithAGigOfMine();
    QString stateOnDisk;
    connect(&session.alerts, &Alerts::raised, this, [&](const Alert &alert) {
        // What a process killed right now would find in its file at the next start.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"SELECT state FROM alert_marks WHERE kind = 'gig' AND key = '%1'"_s.arg(
            alert.eventId)));
        if (query.next())
            stateOnDisk = query.value(0).toString();
    });
    session.addGig(u"tm:2"_s, u"tm:mine"_s);
    QSqlDatabase::removeDatabase(u"peek"_s);
    QCOMPARE(stateOnDisk, u"unseen"_s);
}

void TestAlerts::seenGigStaysSeenAfterARestart()
{
    {
        Session session(m_path);
        session.savePlaceWithAGigOfMine();
        session.addGig(u"tm:2"_s, u"tm:mine"_s);
        QVERIFY(session.ledger.isUnseen(u"tm:2"_s));
        session.alerts.markSeen(u"tm:2"_s);
        QVERIFY(!session.ledger.isUnseen(u"tm:2"_s));
    }
    Session again(m_path);
    QVERIFY(again.ledger.knowsGig(u"tm:2"_s));
    QVERIFY(!again.ledger.isUnseen(u"tm:2"_s));
}

void TestAlerts::newerReleaseIsAnnouncedOnceAcrossARestart()
{
    {
        Session session(m_path);
        QSignalSpy raised(&session.alerts, &Alerts::raised);
        session.setRelease(u"rg-old"_s, 2019); // the first one known: quiet
        QCOMPARE(raised.count(), 0);
        session.setRelease(u"rg-new"_s, 2026);
        QCOMPARE(raised.count(), 1);
        const auto alert = raised.at(0).at(0).value<Alert>();
        QCOMPARE(alert.kind, Alert::Kind::Release);
        QVERIFY2(alert.summary.contains(u"Radiohead"_s), qPrintable(alert.summary));
        QVERIFY2(alert.body.contains(u"Album rg-new"_s), qPrintable(alert.body));
        session.cache.flush();
    }
    Session again(m_path);
    QSignalSpy raised(&again.alerts, &Alerts::raised);
    again.setRelease(u"rg-new"_s, 2026); // fetched again after the restart
    QCOMPARE(raised.count(), 0);
}

void TestAlerts::manyNewGigsBecomeOneAlert()
{
    Session session(m_path);
    session.savePlaceWithAGigOfMine();
    QSignalSpy raised(&session.alerts, &Alerts::raised);
    {
        GigStore::Batch batch(session.store);
        for (int i = 0; i <= Alerts::maxSingleGigAlerts; ++i)
            session.addGig(u"tm:n%1"_s.arg(i), u"tm:mine"_s);
    }
    QCOMPARE(raised.count(), 1);
    const auto alert = raised.at(0).at(0).value<Alert>();
    QVERIFY2(alert.summary.contains(QString::number(Alerts::maxSingleGigAlerts + 1)),
        qPrintable(alert.summary));
    for (int i = 0; i <= Alerts::maxSingleGigAlerts; ++i)
        QVERIFY(session.ledger.isUnseen(u"tm:n%1"_s.arg(i)));
}

void TestAlerts::placesNotSavedAnnounceNothing()
{
    Session session(m_path);
    QSignalSpy raised(&session.alerts, &Alerts::raised);
    session.addArtists();
    session.addGig(u"tm:1"_s, u"tm:mine"_s);
    session.addGig(u"tm:2"_s, u"tm:mine"_s);
    QCOMPARE(raised.count(), 0);
    QVERIFY(!session.ledger.knowsPlace(placeId));
}

// The ledger does not grow by every gig ever listed: a gig listed nowhere any more loses its mark
// a month after it was marked, in memory and in the file; a gig still listed, or gone only lately,
// keeps it.
void TestAlerts::marksOfGigsGoneAreForgottenAfterAMonth()
{
    const auto markedGigs = [this] {
        QStringList keys;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
            db.setDatabaseName(m_path);
            if (db.open()) {
                QSqlQuery query(
                    u"SELECT key FROM alert_marks WHERE kind = 'gig' ORDER BY key"_s, db);
                while (query.next())
                    keys.append(query.value(0).toString());
            }
        }
        QSqlDatabase::removeDatabase(u"peek"_s);
        return keys;
    };
    {
        Session session(m_path);
        session.savePlaceWithAGigOfMine(); // tm:1, still listed later
        session.addGig(u"tm:2"_s, u"tm:mine"_s); // announced, then dropped by its source
        QVERIFY(session.ledger.isUnseen(u"tm:2"_s));
        session.dropGig(u"tm:2"_s);
        session.cache.flush();
    }
    QCOMPARE(markedGigs(), (QStringList { u"tm:1"_s, u"tm:2"_s }));
    {
        Session later(m_path, t0.addDays(Alerts::forgetGoneGigsAfterDays - 1));
        QVERIFY(later.ledger.knowsGig(u"tm:2"_s)); // gone, but not for long enough
        later.alerts.setSavedLocations({ placeId });
        later.addGig(u"tm:3"_s, u"tm:other"_s);
        later.dropGig(u"tm:3"_s);
        later.cache.flush();
    }
    Session monthLater(m_path, t0.addDays(Alerts::forgetGoneGigsAfterDays + 1));
    QVERIFY(monthLater.ledger.knowsGig(u"tm:1"_s));
    QVERIFY(!monthLater.ledger.knowsGig(u"tm:2"_s));
    QVERIFY(!monthLater.ledger.isUnseen(u"tm:2"_s));
    QVERIFY(monthLater.ledger.knowsGig(u"tm:3"_s)); // marked lately
    QVERIFY(monthLater.ledger.knowsPlace(placeId));
    QCOMPARE(markedGigs(), (QStringList { u"tm:1"_s, u"tm:3"_s }));
}

QTEST_GUILESS_MAIN(TestAlerts)
#include "tst_alerts.moc"
