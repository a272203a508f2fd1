#include "ui/mainwindow.h"

#include <QLabel>
#include <QMenuBar>
#include <QSignalSpy>
#include <QSplitter>
#include <QStatusBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void showsMapAreaBesideGigTable();
    void quitActionClosesTheWindow();
    void dataSourceLabelStaysInTheStatusBar();
};

void TestMainWindow::showsMapAreaBesideGigTable()
{
    gig::MainWindow window;
    QSignalSpy shown(&window, &gig::MainWindow::shown);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(shown.count(), 1);

    auto *splitter = window.findChild<QSplitter *>(u"mainSplitter"_s);
    QVERIFY(splitter);
    QCOMPARE(splitter->count(), 2);
    QCOMPARE(splitter->widget(0)->objectName(), u"mapArea"_s);
    QCOMPARE(splitter->widget(1), window.gigTable());
    QVERIFY(window.gigTable()->isVisible());
    QVERIFY(window.gigTable()->isSortingEnabled());

    window.hide();
    window.show(); // shown() is the first show only
    QCOMPARE(shown.count(), 1);
}

void TestMainWindow::quitActionClosesTheWindow()
{
    gig::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *quit = nullptr;
    for (QAction *action : window.menuBar()->actions().constFirst()->menu()->actions()) {
        if (action->shortcut() == QKeySequence(QKeySequence::Quit))
            quit = action;
    }
    QVERIFY(quit);
    quit->trigger();
    QTRY_VERIFY(!window.isVisible());
}

void TestMainWindow::dataSourceLabelStaysInTheStatusBar()
{
    gig::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *label = window.statusBar()->findChild<QLabel *>(u"dataSourceLabel"_s);
    QVERIFY(label);
    QVERIFY(!label->isVisible()); // nothing to say until a source is set

    window.setDataSourceLabel(u"Demo data"_s);
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), u"Demo data"_s);
    QCOMPARE(window.dataSourceLabel(), u"Demo data"_s);
    // Permanent: a temporary status message does not hide it.
    window.statusBar()->showMessage(u"Refreshing Berlin…"_s);
    QVERIFY(label->isVisible());

    window.setDataSourceLabel({});
    QVERIFY(!label->isVisible());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
