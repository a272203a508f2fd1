#include "models/appstatus.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using gig::AppStatus;

class TestAppStatus : public QObject
{
    Q_OBJECT

private slots:
    void settersNotifyOnlyOnChange();
    void countsNeverGoNegative();
    void propertiesAreReadableByName();
};

void TestAppStatus::settersNotifyOnlyOnChange()
{
    AppStatus status;
    QSignalSpy state(&status, &AppStatus::placeStateChanged);
    QSignalSpy source(&status, &AppStatus::dataSourceChanged);
    QSignalSpy until(&status, &AppStatus::rateLimitedUntilChanged);

    status.setPlaceState(AppStatus::PlaceState::Refreshing);
    status.setPlaceState(AppStatus::PlaceState::Refreshing);
    QCOMPARE(state.count(), 1);
    QCOMPARE(state.constFirst().constFirst().value<AppStatus::PlaceState>(),
        AppStatus::PlaceState::Refreshing);

    status.setDataSource(u"Ticketmaster"_s);
    status.setDataSource(u"Ticketmaster"_s);
    QCOMPARE(source.count(), 1);

    const QDateTime at(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);
    status.setRateLimitedUntil(at);
    status.setRateLimitedUntil(at);
    QCOMPARE(until.count(), 1);
    QCOMPARE(status.rateLimitedUntil(), at);
}

void TestAppStatus::countsNeverGoNegative()
{
    AppStatus status;
    QSignalSpy pending(&status, &AppStatus::releasesPendingChanged);
    status.setReleasesPending(-3);
    QCOMPARE(status.releasesPending(), 0);
    QCOMPARE(pending.count(), 0);
    status.setRequestsQueued(4);
    status.setRequestsQueued(-1);
    QCOMPARE(status.requestsQueued(), 0);
}

void TestAppStatus::propertiesAreReadableByName()
{
    AppStatus status;
    QVERIFY(status.setProperty("offline", true));
    QVERIFY(status.offline());
    QVERIFY(status.setProperty("placeState", QVariant::fromValue(AppStatus::PlaceState::Failing)));
    QCOMPARE(status.placeState(), AppStatus::PlaceState::Failing);
    QCOMPARE(gig::placeStateName(status.placeState()), u"failing"_s);
}

QTEST_GUILESS_MAIN(TestAppStatus)
#include "tst_appstatus.moc"
