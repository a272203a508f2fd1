#include "faketilesource.h"
#include "models/cityindex.h"
#include "models/event.h"
#include "models/gigroles.h"
#include "ui/map/basemaplayer.h"
#include "ui/map/mapview.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QWheelEvent>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace gig;

namespace {

struct Gig
{
    QString id;
    QGeoCoordinate at;
    EventStatus status = EventStatus::Ok;
};

void addGig(QStandardItemModel &model, const Gig &gig)
{
    auto *item = new QStandardItem(gig.id);
    item->setData(gig.id, EventIdRole);
    item->setData(QVariant::fromValue(gig.at), CoordinateRole);
    item->setData(int(gig.status), StatusRole);
    item->setData(QString(u"Gig "_s + gig.id), EventNameRole);
    item->setData(QDateTime(QDate(2027, 3, 14), QTime(20, 0), Qt::UTC), StartRole);
    item->setData(u"Band A; Band B"_s, LineupTextRole);
    model.appendRow(item);
}

void sendWheel(QWidget *widget, QPointF at, int angle)
{
    QWheelEvent event(at, widget->mapToGlobal(at), QPoint(), QPoint(0, angle), Qt::NoButton,
        Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &event);
}

void compareCoordinates(
    const QGeoCoordinate &actual, const QGeoCoordinate &expected, double tolerance = 1e-6)
{
    QVERIFY2(std::abs(actual.latitude() - expected.latitude()) < tolerance
            && std::abs(actual.longitude() - expected.longitude()) < tolerance,
        qPrintable(actual.toString() + u" != "_s + expected.toString()));
}

QImage grab(MapView &view)
{
    QImage image(view.size(), QImage::Format_RGB32);
    view.render(&image);
    return image;
}

bool near(const QColor &a, const QColor &b, int tolerance = 12)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
        && std::abs(a.blue() - b.blue()) <= tolerance;
}

} // namespace

class TestMapView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void cityNamesOnlyWhereTheTilesHaveNone();
    void keyboardPicksTheCentreWithAVisibleFocus();
    void wheelKeepsThePointUnderTheCursorFixed_data();
    void wheelKeepsThePointUnderTheCursorFixed();
    void animatedWheelZoomEndsOnTargetWithThePointFixed();
    void onlyADoubleClickOnTheBareMapPicksAPlace();
    void dragMovesTheGrabbedPointWithTheCursor();
    void flickGlidesOnAfterRelease();
    void keyboardPansAndZooms();
    void zoomButtonsZoom();
    void markerClickSelectsTheGig();
    void markerClickSelectsThroughAProxy();
    void tableSelectionHighlightsTheMarker();
    void clusterClickZoomsToWhereItSplits();
    void gigsAtOneSpotFanOutAndEachCanBeChosen();
    void aVenueMarkerListsItsGigsUnderItsName();
    void aGigSelectedInTheTableShowsEvenInsideACluster();
    void aGigSelectedOutOfViewIsBroughtIntoView();
    void tooltipNamesTheGig();
    void fitToGigsShowsEveryGig();
    void pickedPlaceShowsItsRadius();
    void contextMenuOffersShowAndSave();
    void showsTheWorldWithoutNetwork();
    void tilesAreRequestedAndDrawnOverTheBasemap();
    void attributionIsAlwaysVisible();
    void modelChangesUpdateTheMarkers();

private:
    MapView *m_view = nullptr;
    QStandardItemModel *m_model = nullptr;
    QItemSelectionModel *m_selection = nullptr;
};

void TestMapView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMapView::init()
{
    m_model = new QStandardItemModel(this);
    m_selection = new QItemSelectionModel(m_model, this);
    m_view = new MapView;
    m_view->setAnimationsEnabled(false);
    m_view->resize(800, 600);
    m_view->setModel(m_model);
    m_view->setSelectionModel(m_selection);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void TestMapView::cleanup()
{
    delete m_view;
    delete m_selection;
    delete m_model;
}

void TestMapView::cityNamesOnlyWhereTheTilesHaveNone()
{
    const CityIndex cities({ City { u"Berlin"_s, {}, u"Germany"_s, u"DE"_s, {},
                                 QGeoCoordinate(52.5244, 13.4105), 3'426'354 },
        City { u"Potsdam"_s, {}, u"Germany"_s, u"DE"_s, {}, QGeoCoordinate(52.3989, 13.0657),
            183'154 } });
    m_view->setView(QGeoCoordinate(52.45, 13.25), 9);
    QVERIFY(m_view->cityLabels().isEmpty()); // no gazetteer yet
    m_view->setCities(&cities);
    QCOMPARE(m_view->cityLabels().size(), 2); // over the offline basemap

    // Tiles that name places themselves, once they cover the view: no names of ours on top.
    FakeTileSource tiles;
    tiles.autoColor = Qt::darkGreen;
    tiles.setDrawsPlaceNames(true);
    m_view->setTileSource(&tiles);
    QTRY_VERIFY(m_view->cityLabels().isEmpty());
    // Plain tiles (the demo's): the names come back.
    tiles.setDrawsPlaceNames(false);
    QCOMPARE(m_view->cityLabels().size(), 2);
    m_view->setTileSource(nullptr);
    m_view->setCities(nullptr);
    QVERIFY(m_view->cityLabels().isEmpty());
}

void TestMapView::keyboardPicksTheCentreWithAVisibleFocus()
{
    m_view->setView(QGeoCoordinate(52.52, 13.405), 10);
    const auto ringPixel = [this] {
        return m_view->grab().toImage().pixelColor(1, 300);
    };
    const QColor withoutFocus = ringPixel();
    m_view->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(m_view->hasFocus());
    QCOMPARE(ringPixel(), m_view->palette().color(QPalette::Highlight)); // the ring shows
    QVERIFY(withoutFocus != ringPixel());

    QSignalSpy picked(m_view, &MapView::placePicked);
    QTest::keyClick(m_view, Qt::Key_Return);
    QCOMPARE(picked.count(), 1);
    const auto where = picked.constFirst().constFirst().value<QGeoCoordinate>();
    QVERIFY(where.distanceTo(QGeoCoordinate(52.52, 13.405)) < 50);
    QTest::keyClick(m_view, Qt::Key_Return, Qt::ControlModifier); // not a pick
    QCOMPARE(picked.count(), 1);
}

void TestMapView::wheelKeepsThePointUnderTheCursorFixed_data()
{
    QTest::addColumn<QPointF>("cursor");
    QTest::addColumn<int>("angle");
    QTest::addColumn<double>("zoomChange");
    QTest::newRow("in, top left") << QPointF(120, 90) << 120 << 0.5;
    QTest::newRow("out, bottom right") << QPointF(700, 520) << -120 << -0.5;
    QTest::newRow("in, three notches") << QPointF(430, 260) << 360 << 1.5;
    QTest::newRow("touchpad nudge") << QPointF(300, 400) << 24 << 0.1;
}

void TestMapView::wheelKeepsThePointUnderTheCursorFixed()
{
    QFETCH(QPointF, cursor);
    QFETCH(int, angle);
    QFETCH(double, zoomChange);
    m_view->setView(QGeoCoordinate(48.85, 2.35), 9.0);
    const QGeoCoordinate under = m_view->coordinateAt(cursor);
    sendWheel(m_view, cursor, angle);
    QCOMPARE(m_view->zoom(), 9.0 + zoomChange);
    compareCoordinates(m_view->coordinateAt(cursor), under);
}

void TestMapView::animatedWheelZoomEndsOnTargetWithThePointFixed()
{
    m_view->setAnimationsEnabled(true);
    m_view->setView(QGeoCoordinate(40.4, -3.7), 6.0);
    const QPointF cursor(200, 150);
    const QGeoCoordinate under = m_view->coordinateAt(cursor);
    sendWheel(m_view, cursor, 120);
    sendWheel(m_view, cursor, 120); // notches add up
    QVERIFY(m_view->isAnimating());
    QVERIFY(m_view->zoom() < 7.0);
    QTRY_VERIFY(!m_view->isAnimating());
    QCOMPARE(m_view->zoom(), 7.0);
    compareCoordinates(m_view->coordinateAt(cursor), under);
}

void TestMapView::onlyADoubleClickOnTheBareMapPicksAPlace()
{
    addGig(*m_model, { u"a"_s, QGeoCoordinate(51.52, -0.10) });
    m_view->setView(QGeoCoordinate(51.5, -0.12), 10);
    m_selection->select(
        m_model->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QSignalSpy picked(m_view, &MapView::placePicked);
    const QPoint at(250, 333);
    const QGeoCoordinate expected = m_view->coordinateAt(at);
    // A stray click on the bare map: nothing moves, nothing is picked, the gig stays selected.
    QTest::mouseClick(m_view, Qt::LeftButton, {}, at);
    QVERIFY(!picked.wait(QApplication::doubleClickInterval() + 50));
    QCOMPARE(m_view->zoom(), 10.0);
    QCOMPARE(m_selection->selectedRows().size(), 1);
    // A double-click picks the place under it, and does not zoom.
    QTest::mouseClick(m_view, Qt::LeftButton, {}, at);
    QTest::mouseDClick(m_view, Qt::LeftButton, {}, at);
    QCOMPARE(picked.count(), 1);
    compareCoordinates(picked.first().first().value<QGeoCoordinate>(), expected);
    QCOMPARE(m_view->zoom(), 10.0);
    // A double-click on a marker selects its gig and picks nothing.
    m_selection->clear();
    const QPoint marker = m_view->positionOf(QGeoCoordinate(51.52, -0.10)).toPoint();
    QTest::mouseClick(m_view, Qt::LeftButton, {}, marker);
    QTest::mouseDClick(m_view, Qt::LeftButton, {}, marker);
    QCOMPARE(picked.count(), 1);
    QCOMPARE(m_selection->selectedRows().size(), 1);
}

void TestMapView::dragMovesTheGrabbedPointWithTheCursor()
{
    m_view->setView(QGeoCoordinate(35.68, 139.69), 8);
    QSignalSpy picked(m_view, &MapView::placePicked);
    const QPoint from(400, 300);
    const QPoint to(250, 380);
    const QGeoCoordinate grabbed = m_view->coordinateAt(from);
    QTest::mousePress(m_view, Qt::LeftButton, {}, from);
    for (int step = 1; step <= 5; ++step)
        QTest::mouseMove(m_view, from + (to - from) * step / 5);
    QTest::mouseRelease(m_view, Qt::LeftButton, {}, to);
    compareCoordinates(m_view->coordinateAt(to), grabbed);
    QVERIFY(!picked.wait(QApplication::doubleClickInterval() + 50)); // a drag is not a click
}

void TestMapView::flickGlidesOnAfterRelease()
{
    m_view->setAnimationsEnabled(true);
    m_view->setView(QGeoCoordinate(35.68, 139.69), 8);
    const QPoint from(500, 300);
    const QPoint to(300, 300); // a quick flick westwards: the map keeps sliding west
    const QGeoCoordinate grabbed = m_view->coordinateAt(from);
    QTest::mousePress(m_view, Qt::LeftButton, {}, from);
    for (int step = 1; step <= 4; ++step)
        QTest::mouseMove(m_view, from + (to - from) * step / 4);
    QTest::mouseRelease(m_view, Qt::LeftButton, {}, to);
    QVERIFY(m_view->isAnimating());
    QTRY_VERIFY(!m_view->isAnimating());
    const QPointF landed = m_view->positionOf(grabbed);
    QVERIFY2(landed.x() < to.x() - 20, qPrintable(QString::number(landed.x())));
    QVERIFY(std::abs(landed.y() - to.y()) < 1.0);
}

void TestMapView::keyboardPansAndZooms()
{
    m_view->setView(QGeoCoordinate(0, 0), 5);
    const QPointF middle(400, 300);
    const QGeoCoordinate east = m_view->coordinateAt(middle + QPointF(100, 0));
    QTest::keyClick(m_view, Qt::Key_Right);
    compareCoordinates(m_view->center(), east);
    QTest::keyClick(m_view, Qt::Key_Plus);
    QCOMPARE(m_view->zoom(), 6.0);
    QTest::keyClick(m_view, Qt::Key_Minus);
    QTest::keyClick(m_view, Qt::Key_Minus);
    QCOMPARE(m_view->zoom(), 4.0);
}

void TestMapView::zoomButtonsZoom()
{
    m_view->setView(QGeoCoordinate(0, 0), 5);
    QToolButton *zoomIn = nullptr;
    QToolButton *zoomOut = nullptr;
    for (QToolButton *button : m_view->findChildren<QToolButton *>()) {
        if (button->toolTip() == u"Zoom in"_s)
            zoomIn = button;
        if (button->toolTip() == u"Zoom out"_s)
            zoomOut = button;
    }
    QVERIFY(zoomIn && zoomOut);
    QVERIFY(zoomIn->isVisible());
    QTest::mouseClick(zoomIn, Qt::LeftButton);
    QCOMPARE(m_view->zoom(), 6.0);
    QTest::mouseClick(zoomOut, Qt::LeftButton);
    QTest::mouseClick(zoomOut, Qt::LeftButton);
    QCOMPARE(m_view->zoom(), 4.0);
    m_view->setZoom(MapView::MinimumZoom);
    QVERIFY(!zoomOut->isEnabled());
}

void TestMapView::markerClickSelectsTheGig()
{
    addGig(*m_model, { u"a"_s, QGeoCoordinate(52.52, 13.40) });
    addGig(*m_model, { u"b"_s, QGeoCoordinate(48.14, 11.58) });
    addGig(*m_model, { u"c"_s, QGeoCoordinate(53.55, 9.99) });
    m_view->setView(QGeoCoordinate(51.0, 11.0), 6);
    QSignalSpy picked(m_view, &MapView::placePicked);
    const QPoint at = m_view->positionOf(QGeoCoordinate(48.14, 11.58)).toPoint() + QPoint(2, -1);
    QTest::mouseClick(m_view, Qt::LeftButton, {}, at);
    QCOMPARE(m_selection->selectedRows().size(), 1);
    QCOMPARE(m_selection->selectedRows().first().row(), 1);
    QCOMPARE(m_selection->currentIndex().row(), 1);
    QVERIFY(!picked.wait(QApplication::doubleClickInterval() + 50)); // nor is a marker click
}

void TestMapView::markerClickSelectsThroughAProxy()
{
    addGig(*m_model, { u"z"_s, QGeoCoordinate(52.52, 13.40) });
    addGig(*m_model, { u"y"_s, QGeoCoordinate(48.14, 11.58) });
    addGig(*m_model, { u"x"_s, QGeoCoordinate(53.55, 9.99) });
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(m_model);
    proxy.sort(0); // x, y, z: the table's rows are not the model's
    QItemSelectionModel tableSelection(&proxy);
    m_view->setSelectionModel(&tableSelection);
    m_view->setView(QGeoCoordinate(51.0, 11.0), 6);
    QTest::mouseClick(
        m_view, Qt::LeftButton, {}, m_view->positionOf(QGeoCoordinate(52.52, 13.40)).toPoint());
    QCOMPARE(tableSelection.selectedRows().size(), 1);
    QCOMPARE(tableSelection.selectedRows().first().data(EventIdRole).toString(), u"z"_s);
    m_view->setSelectionModel(m_selection);
}

void TestMapView::tableSelectionHighlightsTheMarker()
{
    addGig(*m_model, { u"a"_s, QGeoCoordinate(52.52, 13.40) });
    addGig(*m_model, { u"b"_s, QGeoCoordinate(48.14, 11.58), EventStatus::Cancelled });
    m_view->setView(QGeoCoordinate(50.3, 12.5), 6);
    const QPoint a = m_view->positionOf(QGeoCoordinate(52.52, 13.40)).toPoint();
    const QPoint b = m_view->positionOf(QGeoCoordinate(48.14, 11.58)).toPoint();
    QImage before = grab(*m_view);
    QVERIFY(near(before.pixelColor(a), QColor(0xe0, 0x31, 0x31)));
    QVERIFY(near(before.pixelColor(b + QPoint(0, 5)), QColor(0x86, 0x8e, 0x96))); // cancelled: grey
    m_selection->select(
        m_model->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QImage after = grab(*m_view);
    QVERIFY(near(after.pixelColor(a), m_view->palette().color(QPalette::Highlight)));
}

void TestMapView::clusterClickZoomsToWhereItSplits()
{
    // 0.02° apart: one cluster at zoom 8, apart by zoom 12.
    addGig(*m_model, { u"a"_s, QGeoCoordinate(41.39, 2.16) });
    addGig(*m_model, { u"b"_s, QGeoCoordinate(41.39, 2.18) });
    m_view->setView(QGeoCoordinate(41.39, 2.17), 8);
    const QPointF cluster = m_view->positionOf(QGeoCoordinate(41.39, 2.17));
    QTest::mouseClick(m_view, Qt::LeftButton, {}, cluster.toPoint());
    QVERIFY(m_selection->selectedRows().isEmpty());
    QVERIFY(m_view->zoom() > 8.0);
    const double apart = QLineF(m_view->positionOf(QGeoCoordinate(41.39, 2.16)),
        m_view->positionOf(QGeoCoordinate(41.39, 2.18)))
                             .length();
    QVERIFY2(apart > 40.0, qPrintable(QString::number(apart))); // split: the radius is 40 px
    QVERIFY2(apart < 80.0, qPrintable(QString::number(apart))); // and no deeper than needed
    // Each is now its own marker.
    QTest::mouseClick(
        m_view, Qt::LeftButton, {}, m_view->positionOf(QGeoCoordinate(41.39, 2.18)).toPoint());
    QCOMPARE(m_selection->selectedRows().value(0).row(), 1);
}

void TestMapView::gigsAtOneSpotFanOutAndEachCanBeChosen()
{
    const QGeoCoordinate hall(59.33, 18.06);
    for (const QString &id : { u"one"_s, u"two"_s, u"three"_s })
        addGig(*m_model, { id, hall });
    m_view->setView(hall, 17);
    const QPointF at = m_view->positionOf(hall);
    QTest::mouseClick(m_view, Qt::LeftButton, {}, at.toPoint());
    QCOMPARE(m_view->zoom(), 17.0); // nothing to zoom to: they fan out instead
    QVERIFY(m_selection->selectedRows().isEmpty());
    // Three gigs on a circle round the venue, the first straight above it.
    QSet<int> chosen;
    const double radius = 28.0;
    for (int i = 0; i < 3; ++i) {
        const double angle = 2 * M_PI * i / 3 - M_PI / 2;
        const QPointF spot = at + QPointF(std::cos(angle), std::sin(angle)) * radius;
        QTest::mouseClick(m_view, Qt::LeftButton, {}, spot.toPoint());
        QCOMPARE(m_selection->selectedRows().size(), 1);
        chosen.insert(m_selection->selectedRows().first().row());
    }
    QCOMPARE(chosen, QSet<int>({ 0, 1, 2 }));
}

void TestMapView::aVenueMarkerListsItsGigsUnderItsName()
{
    const QGeoCoordinate hall(59.33, 18.06);
    const QStringList ids { u"late"_s, u"early"_s, u"middle"_s };
    const int days[] = { 20, 3, 9 };
    for (int i = 0; i < ids.size(); ++i) {
        addGig(*m_model, { ids[i], hall });
        QStandardItem *item = m_model->item(i);
        item->setData(u"Cirkus & Friends"_s, VenueNameRole);
        item->setData(QDateTime(QDate(2027, 3, days[i]), QTime(20, 0), Qt::UTC), StartRole);
        item->setData(QDate(2027, 3, days[i]), LocalDateRole);
    }
    m_view->setView(hall, 17);
    const QPoint at = m_view->positionOf(hall).toPoint();

    QHelpEvent help(QEvent::ToolTip, at, m_view->mapToGlobal(at));
    QApplication::sendEvent(m_view, &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().startsWith(u"<b>Cirkus &amp; Friends</b>"_s),
        qPrintable(QToolTip::text()));
    QToolTip::hideText();

    QTest::mouseClick(m_view, Qt::LeftButton, {}, at);
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = m_view->findChild<QMenu *>(u"venueGigsMenu"_s)) && menu->isVisible());
    const QList<QAction *> actions = menu->actions();
    QCOMPARE(actions.size(), 4);
    QVERIFY(actions[0]->isSeparator()); // the section with the venue's name
    QCOMPARE(actions[0]->text(), u"Cirkus & Friends"_s);
    QVERIFY(actions[1]->text().contains(u"Gig early"_s)); // by date
    QVERIFY(actions[2]->text().contains(u"Gig middle"_s));
    QVERIFY(actions[3]->text().contains(u"Gig late"_s));
    QVERIFY(m_selection->selectedRows().isEmpty());
    actions[2]->trigger();
    QCOMPARE(m_selection->selectedRows().size(), 1);
    QCOMPARE(m_selection->selectedRows().constFirst().data(EventIdRole).toString(), u"middle"_s);
    menu->close();
}

void TestMapView::aGigSelectedInTheTableShowsEvenInsideACluster()
{
    addGig(*m_model, { u"a"_s, QGeoCoordinate(41.39, 2.16) });
    addGig(*m_model, { u"b"_s, QGeoCoordinate(41.39, 2.18) });
    m_view->setView(QGeoCoordinate(41.39, 2.17), 8); // one cluster of two
    const QPoint b = m_view->positionOf(QGeoCoordinate(41.39, 2.18)).toPoint() + QPoint(2, 0);
    const QColor highlight = m_view->palette().color(QPalette::Highlight);
    QVERIFY(!near(grab(*m_view).pixelColor(b), highlight));
    m_selection->setCurrentIndex(
        m_model->index(1, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QVERIFY(near(grab(*m_view).pixelColor(b), highlight));
    QCOMPARE(m_view->zoom(), 8.0);
}

void TestMapView::aGigSelectedOutOfViewIsBroughtIntoView()
{
    addGig(*m_model, { u"near"_s, QGeoCoordinate(52.52, 13.40) });
    addGig(*m_model, { u"far"_s, QGeoCoordinate(48.14, 11.58) });
    m_view->setView(QGeoCoordinate(52.52, 13.40), 10);
    const QGeoCoordinate before = m_view->center();
    m_selection->setCurrentIndex(
        m_model->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(m_view->center(), before); // in view already: the map stays
    m_selection->setCurrentIndex(
        m_model->index(1, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTRY_VERIFY(!m_view->isAnimating());
    QVERIFY(m_view->rect().contains(m_view->positionOf(QGeoCoordinate(48.14, 11.58)).toPoint()));
    QCOMPARE(m_view->zoom(), 10.0);
}

void TestMapView::tooltipNamesTheGig()
{
    addGig(*m_model, { u"a"_s, QGeoCoordinate(52.52, 13.40) });
    m_view->setView(QGeoCoordinate(52.52, 13.40), 10);
    const QPoint at = m_view->positionOf(QGeoCoordinate(52.52, 13.40)).toPoint();
    QHelpEvent help(QEvent::ToolTip, at, m_view->mapToGlobal(at));
    QApplication::sendEvent(m_view, &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY(QToolTip::text().contains(u"Gig a"_s));
    QVERIFY(QToolTip::text().contains(u"Band A; Band B"_s));
    QVERIFY(QToolTip::text().contains(u"2027"_s));
}

void TestMapView::fitToGigsShowsEveryGig()
{
    const QList<QGeoCoordinate> places { { 60.17, 24.94 }, { 38.72, -9.14 }, { 45.46, 9.19 } };
    for (int i = 0; i < places.size(); ++i)
        addGig(*m_model, { QString::number(i), places[i] });
    addGig(*m_model, { u"nowhere"_s, QGeoCoordinate() }); // not located: left out
    m_view->setView(QGeoCoordinate(-30, 100), 12);
    m_view->fitToGigs();
    const QRectF visible = QRectF(m_view->rect());
    for (const QGeoCoordinate &place : places)
        QVERIFY2(visible.contains(m_view->positionOf(place)), qPrintable(place.toString()));
    QVERIFY(m_view->zoom() > 3.0); // and not the whole world
}

void TestMapView::pickedPlaceShowsItsRadius()
{
    const QGeoCoordinate place(45.76, 4.84);
    m_view->setView(place, 9);
    const QImage bare = grab(*m_view);
    m_view->setPickedPlace(place, 20.0);
    QCOMPARE(m_view->pickedRadiusKm(), 20.0);
    const QImage shown = grab(*m_view);
    // 20 km at zoom 9 is about 91 px: inside the circle the map is tinted, far outside it is not.
    const QPoint inside = m_view->positionOf(place).toPoint() + QPoint(60, 30);
    const QPoint outside = m_view->positionOf(place).toPoint() + QPoint(150, 0);
    QVERIFY(bare.pixelColor(inside) != shown.pixelColor(inside));
    QCOMPARE(bare.pixelColor(outside), shown.pixelColor(outside));
    // The pin stands on the place.
    QVERIFY(bare.pixelColor(m_view->positionOf(place).toPoint() + QPoint(0, -15))
        != shown.pixelColor(m_view->positionOf(place).toPoint() + QPoint(0, -15)));
}

void TestMapView::contextMenuOffersShowAndSave()
{
    m_view->setView(QGeoCoordinate(50, 10), 7);
    QSignalSpy picked(m_view, &MapView::placePicked);
    QSignalSpy saved(m_view, &MapView::placeSaveRequested);
    const QPoint at(321, 123);
    const QGeoCoordinate expected = m_view->coordinateAt(at);
    QStringList offered;
    for (const QString &choice : { u"Save This Place"_s, u"Search Here"_s }) {
        QTimer::singleShot(0, this, [&offered, choice] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            offered.clear();
            for (QAction *action : menu->actions()) {
                offered.append(action->text());
                if (action->text() == choice)
                    action->trigger();
            }
            menu->close();
        });
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, m_view->mapToGlobal(at));
        QApplication::sendEvent(m_view, &event);
    }
    QCOMPARE(offered, QStringList({ u"Search Here"_s, u"Save This Place"_s }));
    QCOMPARE(saved.count(), 1);
    QCOMPARE(picked.count(), 1);
    compareCoordinates(saved.first().first().value<QGeoCoordinate>(), expected);
    compareCoordinates(picked.first().first().value<QGeoCoordinate>(), expected);
}

void TestMapView::showsTheWorldWithoutNetwork()
{
    // Demo gigs over the offline basemap, as a user without network sees them.
    const QList<QGeoCoordinate> cities { { 51.51, -0.13 }, { 48.86, 2.35 }, { 52.52, 13.40 },
        { 40.42, -3.70 }, { 41.90, 12.50 }, { 59.33, 18.06 }, { 55.68, 12.57 }, { 50.85, 4.35 } };
    int id = 0;
    for (const QGeoCoordinate &city : cities) {
        for (int i = 0; i < 12; ++i)
            addGig(*m_model,
                { QString::number(id++),
                    QGeoCoordinate(
                        city.latitude() + (i % 4) * 0.05, city.longitude() + (i / 4) * 0.07),
                    i == 3 ? EventStatus::Cancelled : EventStatus::Ok });
    }
    addGig(*m_model, { u"lone"_s, QGeoCoordinate(64.15, -21.94) });
    m_view->setView(QGeoCoordinate(50, 5), 4);
    m_view->setPickedPlace(QGeoCoordinate(48.86, 2.35), 300);
    QImage image;
    const auto colors = BasemapLayer::colorsFor(false);
    const QPoint atlantic = m_view->positionOf(QGeoCoordinate(45, -20)).toPoint();
    const QPoint germany = m_view->positionOf(QGeoCoordinate(50.5, 9.5)).toPoint();
    QTRY_VERIFY((image = grab(*m_view),
        near(image.pixelColor(atlantic), colors.ocean)
            && near(image.pixelColor(germany), colors.land, 30)));
    if (const QByteArray path = qgetenv("GIGMAP_MAP_SNAPSHOT"); !path.isEmpty()) {
        QTest::qWait(1500); // every basemap tile rendered, for a person to look at
        grab(*m_view).save(QString::fromLocal8Bit(path));
    }
}

void TestMapView::tilesAreRequestedAndDrawnOverTheBasemap()
{
    FakeTileSource source;
    source.autoColor = QColor(10, 200, 30);
    m_view->setTileSource(&source);
    m_view->setView(QGeoCoordinate(10, 10), 5);
    QVERIFY(!source.requests.isEmpty());
    QTRY_COMPARE(grab(*m_view).pixelColor(400, 300), QColor(10, 200, 30));
    source.autoColor = QColor(); // from now on tiles stay loading
    source.requests.clear();
    m_view->setView(QGeoCoordinate(-40, -100), 9);
    QVERIFY(!source.requests.isEmpty());
    for (const TileId &tile : std::as_const(source.requests))
        QCOMPARE(tile.zoom, 9);
    const QList<TileId> loading = source.requests;
    m_view->setView(QGeoCoordinate(40, 100), 9); // scrolled far away: all of them cancelled
    QCOMPARE(QSet<TileId>(source.cancels.cbegin(), source.cancels.cend()),
        QSet<TileId>(loading.cbegin(), loading.cend()));
    m_view->setTileSource(nullptr);
}

void TestMapView::attributionIsAlwaysVisible()
{
    QLabel *label = nullptr;
    for (QLabel *child : m_view->findChildren<QLabel *>()) {
        if (child->text().contains(u"OpenStreetMap"_s))
            label = child;
    }
    QVERIFY(label);
    QVERIFY(label->isVisible());
    QVERIFY(label->text().contains(u"© "_s));
    QVERIFY(label->text().contains(u"https://www.openstreetmap.org/copyright"_s));
    QVERIFY(label->openExternalLinks());
    QVERIFY(m_view->rect().contains(label->geometry()));
    m_view->resize(400, 300);
    QVERIFY(m_view->rect().contains(label->geometry()));
    // The scale bar stays clear of the credits: beside them on a wide map, above them when a
    // narrow one brings them across to it.
    for (const QSize size : { QSize(900, 600), QSize(220, 300) }) {
        m_view->resize(size);
        const QRectF scale = m_view->scaleBarArea();
        QVERIFY(!scale.isEmpty());
        QVERIFY(QRectF(m_view->rect()).contains(scale));
        QVERIFY2(!scale.intersects(label->geometry()),
            qPrintable(u"%1: the credits at %2,%3 %4×%5"_s.arg(size.width())
                           .arg(label->x())
                           .arg(label->y())
                           .arg(label->width())
                           .arg(label->height())));
    }
    QCOMPARE(m_view->scaleBarArea().bottom(), label->geometry().top() - 4.0);
}

void TestMapView::modelChangesUpdateTheMarkers()
{
    m_view->setView(QGeoCoordinate(52.52, 13.40), 10);
    const QPoint at = m_view->positionOf(QGeoCoordinate(52.52, 13.40)).toPoint();
    const QColor empty = grab(*m_view).pixelColor(at);
    addGig(*m_model, { u"a"_s, QGeoCoordinate(52.52, 13.40) });
    QTRY_VERIFY(near(grab(*m_view).pixelColor(at), QColor(0xe0, 0x31, 0x31)));
    m_model->removeRow(0);
    QTRY_COMPARE(grab(*m_view).pixelColor(at), empty);
}

QTEST_MAIN(TestMapView)
#include "tst_mapview.moc"
