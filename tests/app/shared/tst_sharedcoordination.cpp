// Turns and leases of desktops sharing one PostgreSQL cache: each "desktop" here is its own
// SharedConnection, as each gigmap process has one.
#include "app/shared/sharedconnection.h"
#include "app/shared/sharedlaneturns.h"
#include "app/shared/sharedworkleases.h"
#include "app/storage/cacheschema.h"
#include "postgrescluster.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using gig::WorkLeases;

class TestSharedCoordination : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void turnsAreSpacedAcrossDesktops();
    void dailyBudgetIsSharedAcrossDesktops();
    void oneDesktopHoldsALease();
    void doneWorkIsReadNotRepeated();
    void failedWorkIsFreeAgain();
    void leaseOfAKilledDesktopLapses();
    void livingDesktopKeepsItsLease();
    void databaseGoneMeansWorkingAlone();

private:
    gig::CacheLocation location() const
    {
        return gig::CacheLocation::fromText(m_postgres->url(m_database));
    }
    bool execute(const QString &statement);

    std::unique_ptr<gig::test::PostgresCluster> m_postgres;
    QString m_database;
    int m_databases = 0;
};

void TestSharedCoordination::initTestCase()
{
    m_postgres = std::make_unique<gig::test::PostgresCluster>();
    QString error;
    QVERIFY2(m_postgres->start(&error), qPrintable(error));
}

// Each test on a new database, migrated as gigmap leaves it.
void TestSharedCoordination::init()
{
    m_database = u"coordination%1"_s.arg(++m_databases);
    QString error;
    QVERIFY2(m_postgres->createDatabase(m_database, &error), qPrintable(error));
    gig::SharedConnection connection(location());
    QSqlDatabase *database = connection.database();
    QVERIFY(database);
    QVERIFY(!gig::CacheSchema::migrate(*database, 0).isValid());
}

void TestSharedCoordination::cleanupTestCase()
{
    m_postgres.reset();
}

bool TestSharedCoordination::execute(const QString &statement)
{
    gig::SharedConnection connection(location());
    QSqlDatabase *database = connection.database();
    if (!database)
        return false;
    QSqlQuery query(*database);
    return query.exec(statement);
}

void TestSharedCoordination::turnsAreSpacedAcrossDesktops()
{
    gig::SharedConnection first(location());
    gig::SharedConnection second(location());
    gig::SharedLaneTurns a(&first);
    gig::SharedLaneTurns b(&second);

    QCOMPARE(a.takeTurn(u"musicbrainz.org"_s, 300ms), std::nullopt); // the lane's first turn
    // The other desktop's turn comes a spacing later, not now.
    const auto wait = b.takeTurn(u"musicbrainz.org"_s, 300ms);
    QVERIFY(wait);
    QVERIFY2(*wait > 200ms && *wait <= 300ms, qPrintable(QString::number(wait->count())));
    QVERIFY(a.takeTurn(u"musicbrainz.org"_s, 300ms)); // nor the first desktop's again
    // Another lane is paced on its own.
    QCOMPARE(b.takeTurn(u"app.ticketmaster.com"_s, 300ms), std::nullopt);

    QTest::qWait(int(wait->count()) + 20);
    QCOMPARE(b.takeTurn(u"musicbrainz.org"_s, 300ms), std::nullopt);
    QVERIFY(a.takeTurn(u"musicbrainz.org"_s, 300ms));
    QCOMPARE(a.turnsTaken(), 1);
    QCOMPARE(b.turnsTaken(), 2);
}

void TestSharedCoordination::dailyBudgetIsSharedAcrossDesktops()
{
    gig::SharedConnection first(location());
    gig::SharedConnection second(location());
    gig::SharedLaneTurns a(&first);
    gig::SharedLaneTurns b(&second);
    QVERIFY(a.spendDaily(u"app.ticketmaster.com"_s, 3));
    QVERIFY(b.spendDaily(u"app.ticketmaster.com"_s, 3));
    QVERIFY(a.spendDaily(u"app.ticketmaster.com"_s, 3));
    // Three requests today, by either desktop: the budget is spent for both.
    QVERIFY(!b.spendDaily(u"app.ticketmaster.com"_s, 3));
    QVERIFY(!a.spendDaily(u"app.ticketmaster.com"_s, 3));
    QVERIFY(a.spendDaily(u"api.seatgeek.com"_s, 3)); // each lane has its own
}

void TestSharedCoordination::oneDesktopHoldsALease()
{
    gig::SharedConnection first(location());
    gig::SharedConnection second(location());
    gig::SharedWorkLeases a(&first);
    gig::SharedWorkLeases b(&second);

    QCOMPARE(a.claim(u"release:m1"_s), WorkLeases::Claim::Granted);
    QCOMPARE(b.claim(u"release:m1"_s), WorkLeases::Claim::HeldElsewhere);
    QCOMPARE(a.claim(u"release:m1"_s), WorkLeases::Claim::Granted); // still its own
    QCOMPARE(b.claim(u"release:m2"_s), WorkLeases::Claim::Granted);
    QCOMPARE(a.held(), 1);
    QCOMPARE(b.held(), 1);
}

void TestSharedCoordination::doneWorkIsReadNotRepeated()
{
    gig::SharedConnection first(location());
    gig::SharedConnection second(location());
    gig::SharedWorkLeases a(&first);
    gig::SharedWorkLeases b(&second, 15s, 300ms);

    QCOMPARE(a.claim(u"place:berlin"_s), WorkLeases::Claim::Granted);
    a.release(u"place:berlin"_s, true);
    QCOMPARE(a.held(), 0);
    QCOMPARE(b.claim(u"place:berlin"_s), WorkLeases::Claim::DoneElsewhere);
    // Once it is no longer recent, it is work to do again.
    QTest::qWait(400);
    QCOMPARE(b.claim(u"place:berlin"_s), WorkLeases::Claim::Granted);
}

void TestSharedCoordination::failedWorkIsFreeAgain()
{
    gig::SharedConnection first(location());
    gig::SharedConnection second(location());
    gig::SharedWorkLeases a(&first);
    gig::SharedWorkLeases b(&second);

    QCOMPARE(a.claim(u"name:tm:K1"_s), WorkLeases::Claim::Granted);
    a.release(u"name:tm:K1"_s, false);
    QCOMPARE(b.claim(u"name:tm:K1"_s), WorkLeases::Claim::Granted);
}

void TestSharedCoordination::leaseOfAKilledDesktopLapses()
{
    // A desktop that was killed left its lease, never to renew it.
    QVERIFY(execute(u"INSERT INTO work_leases (key, holder, expires_at) VALUES ('release:m1',"
                    " 'gone/1/dead', %1 + 300)"_s.arg(gig::SharedConnection::nowSql())));
    gig::SharedConnection connection(location());
    gig::SharedWorkLeases leases(&connection);
    QCOMPARE(leases.claim(u"release:m1"_s), WorkLeases::Claim::HeldElsewhere);
    QTest::qWait(400);
    QCOMPARE(leases.claim(u"release:m1"_s), WorkLeases::Claim::Granted);
}

void TestSharedCoordination::livingDesktopKeepsItsLease()
{
    gig::SharedConnection first(location());
    gig::SharedConnection second(location());
    gig::SharedWorkLeases a(&first, 600ms); // renewed every 200 ms while the event loop runs
    gig::SharedWorkLeases b(&second);
    QCOMPARE(a.claim(u"release:m1"_s), WorkLeases::Claim::Granted);
    QTest::qWait(1500);
    QCOMPARE(b.claim(u"release:m1"_s), WorkLeases::Claim::HeldElsewhere);
}

void TestSharedCoordination::databaseGoneMeansWorkingAlone()
{
    gig::SharedConnection connection(location());
    gig::SharedWorkLeases leases(&connection);
    gig::SharedLaneTurns turns(&connection);
    QCOMPARE(leases.claim(u"release:m1"_s), WorkLeases::Claim::Granted);
    QString error;
    QVERIFY2(m_postgres->stop(&error), qPrintable(error));

    // Nothing to coordinate with: the desktop goes on alone, and never waits long to learn it.
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(leases.claim(u"release:m2"_s), WorkLeases::Claim::Granted);
    QCOMPARE(turns.takeTurn(u"musicbrainz.org"_s, 1s), std::nullopt);
    QCOMPARE(turns.takeTurn(u"musicbrainz.org"_s, 1s), std::nullopt);
    QVERIFY(!connection.isAvailable());
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));

    // Back: coordination resumes after the pause.
    QVERIFY2(m_postgres->restart(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(
        (turns.takeTurn(u"musicbrainz.org"_s, 1s), connection.isAvailable()), 10000);
    QVERIFY(turns.takeTurn(u"musicbrainz.org"_s, 1s)); // now paced again
}

QTEST_GUILESS_MAIN(TestSharedCoordination)
#include "tst_sharedcoordination.moc"
