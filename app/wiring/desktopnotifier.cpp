#include "app/wiring/desktopnotifier.h"

#include "models/version.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLoggingCategory>
#include <QSystemTrayIcon>

Q_LOGGING_CATEGORY(lcNotify, "gigmap.alerts.notify", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace gig {

namespace {

const QString interfaceName = u"org.freedesktop.Notifications"_s;
const QString defaultAction = u"default"_s;

} // namespace

DesktopNotifier::DesktopNotifier(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
{
    if (!m_bus.isConnected())
        return;
    m_bus.connect(serviceName, objectPath, interfaceName, u"ActionInvoked"_s, this,
        SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(serviceName, objectPath, interfaceName, u"NotificationClosed"_s, this,
        SLOT(onNotificationClosed(uint, uint)));
}

void DesktopNotifier::setTrayIcon(QSystemTrayIcon *tray)
{
    if (m_tray)
        disconnect(m_tray, nullptr, this, nullptr);
    m_tray = tray;
    if (tray) {
        connect(tray, &QSystemTrayIcon::messageClicked, this,
            [this] { emit activated(m_trayEventId); });
    }
}

bool DesktopNotifier::hasService() const
{
    if (!m_bus.isConnected() || !m_bus.interface())
        return false;
    const QDBusConnectionInterface *bus = m_bus.interface();
    return bus->isServiceRegistered(serviceName).value()
        || bus->activatableServiceNames().value().contains(serviceName);
}

DesktopNotifier::Path DesktopNotifier::notify(const Alert &alert)
{
    if (hasService()) {
        QDBusMessage call
            = QDBusMessage::createMethodCall(serviceName, objectPath, interfaceName, u"Notify"_s);
        // app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout
        call << QString::fromLatin1(applicationName) << uint(0) << u"io.github.gigmap.Gigmap"_s
             << alert.summary << alert.body << QStringList { defaultAction, tr("Show the gig") }
             << QVariantMap { { u"desktop-entry"_s, u"io.github.gigmap.Gigmap"_s } } << -1;
        auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
        connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, eventId = alert.eventId](QDBusPendingCallWatcher *finished) {
                const QDBusPendingReply<uint> reply = *finished;
                finished->deleteLater();
                if (reply.isError()) {
                    qCWarning(lcNotify)
                        << "the notification service refused an alert:" << reply.error().message();
                } else {
                    m_eventOf.insert(reply.value(), eventId);
                    emit shownOnBus(reply.value());
                }
            });
        return Path::Bus;
    }
    if (m_tray) {
        m_trayEventId = alert.eventId;
        m_tray->show(); // a message needs the icon: it stays until gigmap quits
        m_tray->showMessage(alert.summary, alert.body, QSystemTrayIcon::Information);
        return Path::Tray;
    }
    qCInfo(lcNotify).noquote() << "no notification service and no tray icon:" << alert.summary;
    return Path::None;
}

void DesktopNotifier::onActionInvoked(uint id, const QString &actionKey)
{
    const auto found = m_eventOf.constFind(id);
    if (found == m_eventOf.cend() || actionKey != defaultAction)
        return;
    emit activated(*found);
}

void DesktopNotifier::onNotificationClosed(uint id, uint)
{
    m_eventOf.remove(id);
}

} // namespace gig
