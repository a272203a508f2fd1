#include "app/wiring/traykeeper.h"

#include <QSignalSpy>
#include <QTest>
#include <QWidget>

using gig::TrayKeeper;

class TestTrayKeeper : public QObject
{
    Q_OBJECT

private slots:
    void closingQuitsByDefault();
    void closingHidesToTheTrayWhenChosen();
    void closingQuitsWhenTheDesktopHasNoTray();
};

void TestTrayKeeper::closingQuitsByDefault()
{
    QWidget window;
    TrayKeeper keeper(
        &window, [] { return false; }, [] { return true; });
    window.show();
    QVERIFY(window.close());
    QVERIFY(!window.isVisible());
    QVERIFY(!keeper.isHiddenInTray());
    QVERIFY(!keeper.trayIcon()->isVisible());
}

void TestTrayKeeper::closingHidesToTheTrayWhenChosen()
{
    QWidget window;
    bool wanted = true;
    TrayKeeper keeper(
        &window, [&wanted] { return wanted; }, [] { return true; });
    QSignalSpy quit(&keeper, &TrayKeeper::quitRequested);
    window.show();
    QVERIFY(!window.close()); // refused: the window goes to the tray
    QVERIFY(!window.isVisible());
    QVERIFY(keeper.isHiddenInTray());
    QVERIFY(keeper.trayIcon()->isVisible());
    QVERIFY(keeper.trayIcon()->contextMenu());
    keeper.showWindow();
    QVERIFY(window.isVisible());
    QVERIFY(!keeper.isHiddenInTray());
    QCOMPARE(quit.count(), 0);
    // The setting is read at each close: switched off, closing closes.
    wanted = false;
    QVERIFY(window.close());
}

void TestTrayKeeper::closingQuitsWhenTheDesktopHasNoTray()
{
    QWidget window;
    TrayKeeper keeper(
        &window, [] { return true; }, [] { return false; });
    window.show();
    QVERIFY(window.close());
    QVERIFY(!keeper.isHiddenInTray());
}

QTEST_MAIN(TestTrayKeeper)
#include "tst_traykeeper.moc"
