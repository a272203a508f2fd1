#include "models/placehistory.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace gig;

namespace {

SavedPlace at(const QString &name, double latitude, double longitude)
{
    return SavedPlace { name, QGeoCoordinate(latitude, longitude), 30.0 };
}

} // namespace

class TestPlaceHistory : public QObject
{
    Q_OBJECT

private slots:
    void backAndForwardWalkThePlacesShown();
    void visitingAfterGoingBackDropsThePlacesAhead();
    void theSamePlaceAgainIsNotANewStep();
    void keepsOnlyTheLatestPlaces();
};

void TestPlaceHistory::backAndForwardWalkThePlacesShown()
{
    PlaceHistory history;
    QVERIFY(!history.canGoBack());
    QVERIFY(!history.goBack());
    history.visit(at(u"Berlin"_s, 52.52, 13.40));
    QVERIFY(!history.canGoBack());
    history.visit(at(u"Leipzig"_s, 51.34, 12.37));
    history.visit(at(u"Dresden"_s, 51.05, 13.74));
    QCOMPARE(history.previous()->name, u"Leipzig"_s);
    QCOMPARE(history.goBack()->name, u"Leipzig"_s);
    QCOMPARE(history.goBack()->name, u"Berlin"_s);
    QVERIFY(!history.goBack());
    QCOMPARE(history.current()->name, u"Berlin"_s);
    QCOMPARE(history.next()->name, u"Leipzig"_s);
    QCOMPARE(history.goForward()->name, u"Leipzig"_s);
    QCOMPARE(history.goForward()->name, u"Dresden"_s);
    QVERIFY(!history.canGoForward());
    QVERIFY(!history.goForward());
}

void TestPlaceHistory::visitingAfterGoingBackDropsThePlacesAhead()
{
    PlaceHistory history;
    history.visit(at(u"Berlin"_s, 52.52, 13.40));
    history.visit(at(u"Leipzig"_s, 51.34, 12.37));
    history.goBack();
    history.visit(at(u"Hamburg"_s, 53.55, 9.99));
    QVERIFY(!history.canGoForward());
    QCOMPARE(history.goBack()->name, u"Berlin"_s);
    QCOMPARE(history.goForward()->name, u"Hamburg"_s);
}

void TestPlaceHistory::theSamePlaceAgainIsNotANewStep()
{
    PlaceHistory history;
    history.visit(at(u"Berlin"_s, 52.52, 13.40));
    history.visit(at(u"Leipzig"_s, 51.34, 12.37));
    history.goBack();
    // Showing the place Back returned (a few metres off, with its gazetteer name).
    history.visit(at(u"Berlin, Germany"_s, 52.5201, 13.4001));
    QVERIFY(history.canGoForward());
    QCOMPARE(history.current()->name, u"Berlin, Germany"_s);
    history.visit(SavedPlace {}); // no coordinate: ignored
    QCOMPARE(history.current()->name, u"Berlin, Germany"_s);
}

void TestPlaceHistory::keepsOnlyTheLatestPlaces()
{
    PlaceHistory history;
    for (int i = 0; i < PlaceHistory::Capacity + 10; ++i)
        history.visit(at(QString::number(i), -60.0 + i, 0.0));
    int steps = 0;
    while (history.goBack())
        ++steps;
    QCOMPARE(steps, PlaceHistory::Capacity - 1);
    QCOMPARE(history.current()->name, u"10"_s);
}

QTEST_GUILESS_MAIN(TestPlaceHistory)
#include "tst_placehistory.moc"
