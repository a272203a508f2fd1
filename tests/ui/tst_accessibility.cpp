// What a screen reader meets: every control of the window and its dialogs has a role, a name and
// a description; the map says what it shows.
#include "gigfixture.h"
#include "models/cityindex.h"
#include "models/gigroles.h"
#include "models/gigstore.h"
#include "models/myartists.h"
#include "ui/mainwindow.h"
#include "ui/map/mapview.h"
#include "ui/myartistsdialog.h"
#include "ui/placesearchfield.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QCompleter>
#include <QDialog>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace gig;

namespace {

// Parts Qt presents through their owner: a spin box's editor (the spin box is named), a line
// edit's clear button (the line edit's own action, cleared with Ctrl+A and Delete as well).
bool isQtsOwnPart(const QWidget *widget)
{
    if (widget->objectName() == "qt_spinbox_lineedit"_L1)
        return true;
    const auto *button = qobject_cast<const QToolButton *>(widget);
    return button && button->defaultAction()
        && button->defaultAction()->objectName() == "_q_qlineeditclearaction"_L1;
}

// The controls under `root` a person can reach (by Tab or as a button) that a screen reader
// could not name or describe, each as "class objectName: what is missing".
QStringList unnamedControls(QWidget *root)
{
    QStringList problems;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : std::as_const(widgets)) {
        if (!widget->isVisibleTo(root) && widget != root)
            continue;
        const bool reachable
            = (widget->focusPolicy() & Qt::TabFocus) || qobject_cast<QAbstractButton *>(widget);
        if (!reachable || isQtsOwnPart(widget))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
        const QString who = u"%1 \"%2\""_s.arg(
            QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
        if (!iface) {
            problems.append(who + u": no accessible interface"_s);
            continue;
        }
        const QAccessible::Role role = iface->role();
        if (role == QAccessible::NoRole || role == QAccessible::Client)
            problems.append(who + u": no role"_s);
        if (iface->text(QAccessible::Name).trimmed().isEmpty())
            problems.append(who + u": no name"_s);
        // A button's name says what it does; every other control also says what it is for.
        if (!qobject_cast<QAbstractButton *>(widget) || qobject_cast<QCheckBox *>(widget))
            if (iface->text(QAccessible::Description).trimmed().isEmpty())
                problems.append(who + u": no description"_s);
    }
    return problems;
}

// Four gigs around Berlin, kilometres apart: one cluster far out, four markers close in.
void fillSpreadBerlin(GigStore &store)
{
    using namespace testing;
    store.setClock([] { return fixtureNow; });
    const QList<QGeoCoordinate> places { QGeoCoordinate(52.55, 13.30), QGeoCoordinate(52.55, 13.50),
        QGeoCoordinate(52.47, 13.30), QGeoCoordinate(52.47, 13.50) };
    QList<Event> events;
    QStringList ids;
    for (int i = 0; i < places.size(); ++i) {
        ids.append(u"e%1"_s.arg(i + 1));
        events.append(makeEvent(ids.last(), QDate(2026, 12, 10 + i), {}, places[i]));
    }
    writeRefresh(store, makeLocation(u"berlin"_s, ids), events, {});
}

// A window of 1400×900 on the screen, showing the store's "berlin", the map without animations.
bool showBerlin(MainWindow &window)
{
    window.resize(1400, 900);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    window.mapView()->setAnimationsEnabled(false);
    window.showLocation(u"berlin"_s);
    return true;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void everyControlOfTheWindowHasARoleANameAndADescription();
    void everyControlOfTheSettingsHasARoleANameAndADescription();
    void everyControlOfMyArtistsHasARoleANameAndADescription();
    void theMapSaysWhereItIsAndWhatItShows();
    void theKeyboardWalksTheMarkersAndOpensThem();
    void aPlaceIsPickedAGigReadAndExportedByKeyboardAlone();
    void theWalkFindsAControlWithoutAName();
};

void TestAccessibility::everyControlOfTheWindowHasARoleANameAndADescription()
{
    GigStore store;
    testing::fillBerlin(store);
    MainWindow window(&store);
    QVERIFY(showBerlin(window));
    window.selectGig(u"e1"_s); // the details pane and its lineup
    const QStringList problems = unnamedControls(&window);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestAccessibility::everyControlOfTheSettingsHasARoleANameAndADescription()
{
    GigStore store;
    MainWindow window(&store);
    window.show();
    QDialog *settings = window.openSettings();
    QVERIFY(QTest::qWaitForWindowExposed(settings));
    const QStringList problems = unnamedControls(settings);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestAccessibility::everyControlOfMyArtistsHasARoleANameAndADescription()
{
    MyArtists artists;
    MyArtistsDialog dialog(&artists);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QStringList problems = unnamedControls(&dialog);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestAccessibility::theMapSaysWhereItIsAndWhatItShows()
{
    GigStore store;
    testing::fillBerlin(store);
    MainWindow window(&store);
    QVERIFY(showBerlin(window));
    MapView *map = window.mapView();
    QTRY_VERIFY2(map->accessibleDescription().contains(u"4 gigs in view"_s),
        qPrintable(map->accessibleDescription()));
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(map);
    QCOMPARE(iface->role(), QAccessible::Canvas);
    QCOMPARE(iface->text(QAccessible::Name), u"Map"_s);
    const QString description = iface->text(QAccessible::Description);
    QVERIFY2(description.startsWith(u"Gigs around berlin. Zoom "_s), qPrintable(description));
    QVERIFY(description.contains(u"N and P go from marker to marker"_s));

    map->setView(map->center(), 3); // all four in one cluster, far out
    QTRY_VERIFY(map->accessibleDescription().contains(u"Zoom 3, 4 gigs in view."_s));
    map->setView(QGeoCoordinate(-33.9, 151.2), 10); // Sydney: none
    QTRY_VERIFY(map->accessibleDescription().contains(u"0 gigs in view"_s));
}

void TestAccessibility::theKeyboardWalksTheMarkersAndOpensThem()
{
    GigStore store;
    fillSpreadBerlin(store);
    MainWindow window(&store);
    QVERIFY(showBerlin(window));
    MapView *map = window.mapView();
    map->setView(map->center(), 3); // the four gigs are one cluster here
    map->setFocus();
    QTRY_VERIFY(map->hasFocus());

    QTest::keyClick(map, Qt::Key_N);
    QVERIFY(map->focusedMarker());
    QVERIFY(map->focusedMarker()->item.isCluster());
    QCOMPARE(map->accessibleName(), u"A group of 4 gigs"_s);
    QTest::keyClick(map, Qt::Key_Return); // opens it as a click would: zooms to where it splits
    QTRY_VERIFY(map->zoom() > 3);
    QVERIFY(!map->focusedMarker());
    QCOMPARE(map->accessibleName(), u"Map"_s);

    // Close in, the four are markers of their own, read top to bottom, left to right.
    map->setView(QGeoCoordinate(52.51, 13.40), 11);
    QTRY_VERIFY(map->accessibleDescription().contains(u"4 gigs in view"_s));
    QStringList walked;
    for (int i = 0; i < 4; ++i) {
        QTest::keyClick(map, Qt::Key_N);
        QVERIFY(map->focusedMarker() && map->focusedMarker()->row >= 0);
        walked.append(map->accessibleName().section(u',', 0, 0));
    }
    QCOMPARE(walked, (QStringList { u"Gig e1"_s, u"Gig e2"_s, u"Gig e3"_s, u"Gig e4"_s }));
    QTest::keyClick(map, Qt::Key_N); // round again
    QVERIFY(map->accessibleName().startsWith(u"Gig e1, "_s));
    QTest::keyClick(map, Qt::Key_P);
    QVERIFY(map->accessibleName().startsWith(u"Gig e4, "_s));
    QVERIFY(map->accessibleName().contains(u"Hall e4"_s)); // the venue is said too
    const QString spoken = map->accessibleName();
    QTest::keyClick(map, Qt::Key_Return);
    QVERIFY(window.findChild<QTableView *>(u"gigTable"_s)->selectionModel()->hasSelection());
    QVERIFY2(spoken.contains(window.findChild<QTableView *>(u"gigTable"_s)
                                 ->selectionModel()
                                 ->selectedRows()
                                 .first()
                                 .data(EventNameRole)
                                 .toString()),
        qPrintable(spoken));
    QTest::keyClick(map, Qt::Key_Escape);
    QVERIFY(!map->focusedMarker());
}

void TestAccessibility::aPlaceIsPickedAGigReadAndExportedByKeyboardAlone()
{
    const CityIndex cities({ City { u"Berlin"_s, u"Berlin"_s, u"Germany"_s, u"DE"_s, {},
        QGeoCoordinate(52.5244, 13.4105), 3'426'354 } });
    GigStore store;
    testing::fillBerlin(store);
    MainWindow window(&store);
    window.setCities(&cities);
    // What the engine's binding does with a chosen place: shows its gigs.
    QSignalSpy chosen(&window, &MainWindow::placeChosen);
    connect(&window, &MainWindow::placeChosen, &window,
        [&window] { window.showLocation(u"berlin"_s); });
    window.resize(1400, 900);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    const auto focused = [] {
        return QApplication::focusWidget();
    };

    // Pick a place: Ctrl+L, a few letters, the suggestion, Enter.
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    QTRY_COMPARE(focused(), window.placeSearchField());
    QTest::keyClicks(focused(), u"berl"_s);
    QAbstractItemView *popup = window.placeSearchField()->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QCOMPARE(chosen.count(), 1);

    // Tab goes through the window in the order it is laid out: the map, the filter, the table.
    QStringList order;
    for (int i = 0; i < 30 && focused()->objectName() != "gigTable"_L1; ++i) {
        QTest::keyClick(focused(), Qt::Key_Tab);
        order.append(focused()->objectName());
    }
    const auto at = [&order](const char *name) {
        return order.indexOf(QLatin1String(name));
    };
    QVERIFY2(
        at("mapView") >= 0 && at("mapView") < at("filterText") && at("filterText") < at("gigTable"),
        qPrintable(order.join(u", "_s)));

    // Read a gig's lineup: Down selects the first gig, Tab reaches its lineup.
    QTest::keyClick(focused(), Qt::Key_Down);
    auto *table = window.findChild<QTableView *>(u"gigTable"_s);
    QTRY_VERIFY(table->selectionModel()->hasSelection());
    auto *lineup = window.findChild<QTableView *>(u"lineupView"_s);
    for (int i = 0; i < 10 && focused() != lineup; ++i)
        QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(focused(), lineup);
    QVERIFY(lineup->model()->rowCount() > 0);
    QVERIFY(!lineup->model()->index(0, 0).data().toString().isEmpty());

    // Export: Ctrl+E, a file name, Enter.
    QTemporaryDir dir;
    QSignalSpy exported(&window, &MainWindow::exportRequested);
    QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier);
    QTRY_VERIFY(QApplication::activeModalWidget());
    QWidget *dialog = QApplication::activeModalWidget();
    QTRY_VERIFY(focused() && dialog->isAncestorOf(focused()));
    QTest::keyClicks(focused(), dir.filePath(u"gigs.csv"_s));
    QTest::keyClick(focused(), Qt::Key_Return);
    QTRY_COMPARE(exported.count(), 1);
    QCOMPARE(exported.constFirst().constFirst().toString(), dir.filePath(u"gigs.csv"_s));
}

void TestAccessibility::theWalkFindsAControlWithoutAName()
{
    QWidget root;
    auto *field = new QLineEdit(&root);
    field->setObjectName(u"planted"_s);
    root.show();
    QCOMPARE(unnamedControls(&root),
        (QStringList {
            u"QLineEdit \"planted\": no name"_s, u"QLineEdit \"planted\": no description"_s }));
    field->setAccessibleName(u"Planted"_s);
    field->setToolTip(u"A field planted to prove the walk"_s);
    QVERIFY(unnamedControls(&root).isEmpty());
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
