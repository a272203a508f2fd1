#include "app/wiring/desktopnotifier.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTest>

using namespace Qt::StringLiterals;
using gig::Alert;
using gig::DesktopNotifier;

namespace {

const Alert someAlert { Alert::Kind::Gig, u"tm:42"_s, u"Radiohead plays around Berlin"_s,
    u"Radiohead at Columbiahalle, Berlin on 1 March 2027."_s };

} // namespace

// A notification service as a desktop runs one, owned by the test, on its own connection.
class FakeNotifications : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Call
    {
        QString appName;
        QString summary;
        QString body;
        QStringList actions;
    };
    QList<Call> calls;

public slots:
    uint Notify(const QString &appName, uint, const QString &, const QString &summary,
        const QString &body, const QStringList &actions, const QVariantMap &, int)
    {
        calls.append({ appName, summary, body, actions });
        return uint(100 + calls.size());
    }
    QStringList GetCapabilities() { return { u"actions"_s, u"body"_s }; }

signals:
    void ActionInvoked(uint id, const QString &actionKey);
    void NotificationClosed(uint id, uint reason);
};

class TestDesktopNotifier : public QObject
{
    Q_OBJECT

private slots:
    void withoutBusTheTrayShowsTheAlert();
    void withoutBusOrTrayNothingBreaks();
    void busServiceShowsTheAlertAndOpensTheGig();
};

void TestDesktopNotifier::withoutBusTheTrayShowsTheAlert()
{
    DesktopNotifier notifier(QDBusConnection(u"no bus"_s));
    QVERIFY(!notifier.hasService());
    QSystemTrayIcon tray;
    notifier.setTrayIcon(&tray);
    QSignalSpy activated(&notifier, &DesktopNotifier::activated);
    QCOMPARE(notifier.notify(someAlert), DesktopNotifier::Path::Tray);
    emit tray.messageClicked(); // the person clicks the tray's message
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toString(), u"tm:42"_s);
}

void TestDesktopNotifier::withoutBusOrTrayNothingBreaks()
{
    DesktopNotifier notifier(QDBusConnection(u"no bus"_s));
    QCOMPARE(notifier.notify(someAlert), DesktopNotifier::Path::None);
}

void TestDesktopNotifier::busServiceShowsTheAlertAndOpensTheGig()
{
    if (!QDBusConnection::sessionBus().isConnected()) {
        // ctest runs this a second time under dbus-run-session, where it must not be missing.
        if (qEnvironmentVariableIsSet("GIGMAP_EXPECT_SESSION_BUS"))
            QFAIL("dbus-run-session gave no session bus");
        QSKIP("No session bus here: the tray fallback above is what runs (ctest runs this "
              "test again on a private bus).");
    }
    QSystemTrayIcon tray;
    DesktopNotifier notifier;
    notifier.setTrayIcon(&tray);
    // Before any service owns the name, the tray is the way.
    QVERIFY(!notifier.hasService());
    QCOMPARE(notifier.notify(someAlert), DesktopNotifier::Path::Tray);

    QDBusConnection serviceBus
        = QDBusConnection::connectToBus(QDBusConnection::SessionBus, u"fake notifications"_s);
    QVERIFY(serviceBus.isConnected());
    FakeNotifications service;
    QVERIFY(serviceBus.registerObject(DesktopNotifier::objectPath, &service,
        QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals));
    QVERIFY(serviceBus.registerService(DesktopNotifier::serviceName));
    QVERIFY(notifier.hasService());

    QSignalSpy shown(&notifier, &DesktopNotifier::shownOnBus);
    QSignalSpy activated(&notifier, &DesktopNotifier::activated);
    QCOMPARE(notifier.notify(someAlert), DesktopNotifier::Path::Bus);
    QTRY_COMPARE(shown.count(), 1);
    QCOMPARE(service.calls.size(), 1);
    QCOMPARE(service.calls.at(0).appName, u"gigmap"_s);
    QCOMPARE(service.calls.at(0).summary, someAlert.summary);
    QCOMPARE(service.calls.at(0).body, someAlert.body);
    QCOMPARE(service.calls.at(0).actions.value(0), u"default"_s);
    const uint id = shown.at(0).at(0).toUInt();

    emit service.ActionInvoked(id + 1, u"default"_s); // another program's notification
    emit service.ActionInvoked(id, u"default"_s); // the person clicks ours
    QTRY_COMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toString(), u"tm:42"_s);
    emit service.NotificationClosed(id, 2);
    emit service.ActionInvoked(id, u"default"_s); // closed: nothing more to open
    QTest::qWait(50);
    QCOMPARE(activated.count(), 1);

    serviceBus.unregisterService(DesktopNotifier::serviceName);
    QDBusConnection::disconnectFromBus(u"fake notifications"_s);
}

QTEST_MAIN(TestDesktopNotifier)
#include "tst_desktopnotifier.moc"
