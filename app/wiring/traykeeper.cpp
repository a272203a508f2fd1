#include "app/wiring/traykeeper.h"

#include <QCloseEvent>
#include <QMenu>
#include <QWidget>

namespace gig {

TrayKeeper::TrayKeeper(QWidget *window, Wanted wanted, Available available, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_wanted(std::move(wanted))
    , m_available(available ? std::move(available) : &QSystemTrayIcon::isSystemTrayAvailable)
    , m_tray(window->windowIcon())
{
    Q_ASSERT(window && m_wanted);
    m_tray.setToolTip(tr("gigmap keeps your saved places fresh."));
    auto *menu = new QMenu(window);
    menu->addAction(tr("&Show gigmap"), this, &TrayKeeper::showWindow);
    menu->addAction(tr("&Quit"), this, &TrayKeeper::quitRequested);
    m_tray.setContextMenu(menu);
    connect(
        &m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason why) {
            if (why == QSystemTrayIcon::Trigger || why == QSystemTrayIcon::DoubleClick)
                showWindow();
        });
    window->installEventFilter(this);
}

void TrayKeeper::showWindow()
{
    m_hidden = false;
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

bool TrayKeeper::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Close && m_wanted() && m_available()) {
        event->ignore();
        m_window->hide();
        m_tray.show();
        m_hidden = true;
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace gig
