// Shows the alerts of my artists as desktop notifications: through the freedesktop notification
// service on the session bus (org.freedesktop.Notifications) when one runs, else as a message of
// the tray icon. Opening a notification (its default action, or a click on the tray's message)
// reports the gig to show.
#pragma once

#include "app/alerts/alert.h"

#include <QDBusConnection>
#include <QHash>
#include <QObject>
#include <QPointer>

class QSystemTrayIcon;

namespace gig {

class DesktopNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopNotifier)

public:
    enum class Path {
        Bus, // sent to the notification service
        Tray, // shown as the tray icon's message
        None, // neither is there: only logged
    };

    static constexpr QLatin1StringView serviceName { "org.freedesktop.Notifications" };
    static constexpr QLatin1StringView objectPath { "/org/freedesktop/Notifications" };

    explicit DesktopNotifier(
        const QDBusConnection &bus = QDBusConnection::sessionBus(), QObject *parent = nullptr);

    // The fallback; not owned (it may go first).
    void setTrayIcon(QSystemTrayIcon *tray);

    // Whether a notification service answers on the bus now.
    bool hasService() const;

    // Shows the alert and says which way it went.
    Path notify(const Alert &alert);

signals:
    // The person opened the notification of the alert showing this gig (empty for none).
    void activated(const QString &eventId);
    // The notification service showed an alert under this id.
    void shownOnBus(uint notificationId);

private slots:
    void onActionInvoked(uint id, const QString &actionKey);
    void onNotificationClosed(uint id, uint reason);

private:
    QDBusConnection m_bus;
    QPointer<QSystemTrayIcon> m_tray;
    QHash<uint, QString> m_eventOf; // notification id → the gig it shows
    QString m_trayEventId; // the gig of the tray's last message
};

} // namespace gig
