// The window against the sandbox, as a person uses it in demo mode: type "Berlin" in the place
// search, press Enter, choose the first result; the place's gigs fill the table, the status bar
// names the place, and latest releases arrive in the lineups; a failing search says so.
#include "app/net/clock.h"
#include "app/net/requestqueue.h"
#include "app/refresh/locationregistry.h"
#include "app/refresh/refreshengine.h"
#include "app/sandbox/sandboxserver.h"
#include "app/wiring/windowbinding.h"
#include "models/appstatus.h"
#include "models/cityindex.h"
#include "models/giglistmodel.h"
#include "models/gigstore.h"
#include "ui/mainwindow.h"
#include "ui/placesearchfield.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gig;

class TestSearchFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLoggingCategory::setFilterRules(u"gigmap.*.info=false"_s);
    }
    void searchChooseAndSeeGigsWithReleases();
    void failingSearchIsShownAndChangesNothing();
    void pickedPlaceIsNamedAfterItsCity();

private:
    struct App
    {
        // Time runs 30 times faster: MusicBrainz's one request a second becomes 30.
        std::shared_ptr<Clock> clock = std::make_shared<Clock>(30);
        SandboxServer sandbox;
        GigStore store;
        std::unique_ptr<RequestQueue> queue;
        std::unique_ptr<RefreshEngine> engine;
        AppStatus status;
        std::unique_ptr<MainWindow> window;
        std::unique_ptr<WindowBinding> binding;

        App()
        {
            sandbox.setRealism(false);
            if (!sandbox.listen())
                qFatal("the sandbox cannot listen on loopback");
            queue = std::make_unique<RequestQueue>(clock);
            queue->setCacheDirectory({});
            EngineConfig config; // demo: the sandbox stands in for every service
            for (const Service service : { Service::Ticketmaster, Service::SeatGeek,
                     Service::MusicBrainz, Service::Nominatim })
                config.urls.insert(service, sandbox.serviceRoot(service));
            store.setClock([c = clock] { return c->systemNow(); });
            engine = std::make_unique<RefreshEngine>(&store, queue.get(), config, clock);
            window = std::make_unique<MainWindow>(&store);
            window->setAppStatus(&status);
            binding = std::make_unique<WindowBinding>(window.get(), engine.get(), &store, &status);
            window->show();
        }
    };
};

void TestSearchFlow::searchChooseAndSeeGigsWithReleases()
{
    App app;
    QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
    PlaceSearchField *field = app.window->placeSearchField();
    QTest::keyClicks(field, u"Berlin"_s);
    QCOMPARE(app.sandbox.requestCount(SandboxService::Nominatim), 0); // never while typing
    QTest::keyClick(field, Qt::Key_Return);

    QAbstractItemView *popup = field->completer()->popup();
    QTRY_VERIFY_WITH_TIMEOUT(popup->isVisible(), 10000);
    QCOMPARE(app.sandbox.requestCount(SandboxService::Nominatim), 1);
    QVERIFY(!field->results().isEmpty());
    QVERIFY2(field->results().constFirst().name.contains(u"Berlin"_s),
        qPrintable(field->results().constFirst().name));
    popup->setCurrentIndex(popup->model()->index(0, 0));
    QTest::keyClick(popup, Qt::Key_Return);
    QVERIFY(!popup->isVisible());

    // The place is watched and shown; its gigs arrive from the sandbox's Ticketmaster.
    const QString placeId = app.engine->registry()->shownLocationId();
    QVERIFY(!placeId.isEmpty());
    QCOMPARE(app.window->shownLocationId(), placeId);
    QCOMPARE(app.status.placeName(), field->results().constFirst().name);
    GigListModel *gigs = app.window->gigListModel();
    QTRY_VERIFY_WITH_TIMEOUT(gigs->rowCount() > 0, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(app.status.placeState(), AppStatus::PlaceState::Fresh, 15000);
    // One row a show: the demo's two providers list some shows both, and each listing has a row.
    const QStringList listings = app.store.eventIdsOf(placeId);
    QVERIFY(gigs->rowCount() < int(listings.size()));
    for (const QString &id : listings)
        QVERIFY2(gigs->rowOf(id) >= 0, qPrintable(id));
    // The status bar reports each source's share of the place, in the order they were asked.
    const QList<SourceState> sources = app.status.sourceStates();
    QCOMPARE(sources.size(), 2);
    QCOMPARE(sources.at(0).provider, u"Ticketmaster"_s);
    QCOMPARE(sources.at(1).provider, u"SeatGeek"_s);
    int listed = 0;
    for (const SourceState &source : sources) {
        QCOMPARE(source.outcome, SourceState::Outcome::Read);
        listed += source.gigs;
    }
    QCOMPARE(listed, int(listings.size()));

    // Latest releases fill in as MusicBrainz answers: the releases column of some gig names one.
    auto someReleaseShown = [&] {
        for (int row = 0; row < gigs->rowCount(); ++row) {
            const QString text = gigs->index(row, GigListModel::ReleasesColumn).data().toString();
            for (const QString &mbid : app.store.releaseMbids()) {
                const auto release = app.store.latestRelease(mbid).value.release;
                if (release && text.contains(release->title))
                    return true;
            }
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(someReleaseShown(), 20000);
    QVERIFY(app.sandbox.requestCount(SandboxService::MusicBrainz) > 0);
    QCOMPARE(app.sandbox.requestCount(SandboxService::Nominatim), 1); // choosing is not a search
    QVERIFY(!popup->isVisible());
}

void TestSearchFlow::failingSearchIsShownAndChangesNothing()
{
    App app;
    QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::ServiceUnavailable;
    app.sandbox.setFault(SandboxService::Nominatim, fault);
    PlaceSearchField *field = app.window->placeSearchField();
    QSignalSpy chosen(app.window.get(), &MainWindow::placeChosen);
    QTest::keyClicks(field, u"Berlin"_s);
    QTest::keyClick(field, Qt::Key_Return);
    QAbstractItemView *popup = field->completer()->popup();
    QTRY_VERIFY_WITH_TIMEOUT(!field->isSearching(), 20000);
    QVERIFY(field->results().isEmpty());
    QTRY_VERIFY(popup->isVisible()); // the error is the popup's one line
    QCOMPARE(popup->model()->rowCount(), 1);
    const QString message = popup->model()->index(0, 0).data().toString();
    // A sentence for people: the service by its name, no HTTP status.
    QCOMPARE(message, u"OpenStreetMap's place search is busy right now."_s);
    QTest::keyClick(popup, Qt::Key_Return); // choosing the error line picks nothing
    QCOMPARE(chosen.count(), 0);
    QVERIFY(app.engine->registry()->watches().isEmpty());
    QCOMPARE(app.window->shownLocationId(), QString());
}

void TestSearchFlow::pickedPlaceIsNamedAfterItsCity()
{
    App app;
    const CityIndex cities({ City { u"Berlin"_s, u"Berlin"_s, u"Germany"_s, u"DE"_s, {},
        QGeoCoordinate(52.5244, 13.4105), 3'426'354 } });
    app.binding->nameNewPlacesFrom(&cities);
    emit app.window->placePicked(QGeoCoordinate(52.50, 13.45));
    QCOMPARE(app.status.placeName(), u"Berlin, Germany"_s);
    QVERIFY(app.window->windowTitle().startsWith(u"Berlin, Germany"_s));
    // Far from every city the place keeps its coordinates as its name.
    emit app.window->placePicked(QGeoCoordinate(48.0, 2.0));
    QCOMPARE(app.status.placeName(), u"48.000, 2.000"_s);
}

QTEST_MAIN(TestSearchFlow)
#include "tst_searchflow.moc"
