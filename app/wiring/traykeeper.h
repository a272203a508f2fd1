// The tray icon: when the person chose to keep gigmap running in the tray, closing the window
// hides it there (the saved places keep refreshing and alerting) instead of quitting; the icon's
// menu brings the window back or quits. The icon also carries the alerts' fallback messages.
#pragma once

#include <QObject>
#include <QSystemTrayIcon>
#include <functional>

class QWidget;

namespace gig {

class TrayKeeper final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayKeeper)

public:
    // Whether gigmap is to stay in the tray when the window closes (read at each close, so a
    // change in the settings counts at once).
    using Wanted = std::function<bool()>;
    // Whether the desktop has a tray (QSystemTrayIcon::isSystemTrayAvailable by default).
    using Available = std::function<bool()>;

    // `window` is not owned and must outlive this object.
    TrayKeeper(QWidget *window, Wanted wanted, Available available = {}, QObject *parent = nullptr);

    QSystemTrayIcon *trayIcon() { return &m_tray; }
    bool isHiddenInTray() const { return m_hidden; }

    void showWindow();

signals:
    void quitRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
    Wanted m_wanted;
    Available m_available;
    QSystemTrayIcon m_tray;
    bool m_hidden = false;
};

} // namespace gig
