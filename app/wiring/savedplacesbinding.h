// Keeps a watch for every place the user saved in the window; saved places are never expired.
#pragma once

#include <QObject>

namespace gig {

class Alerts;
class MainWindow;
class RefreshEngine;

class SavedPlacesBinding final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SavedPlacesBinding)

public:
    // Neither is owned; both must outlive the binding. Follows the window's saved places from now.
    SavedPlacesBinding(MainWindow *window, RefreshEngine *engine, QObject *parent = nullptr);

    // Tells `alerts` (not owned; nullptr: nobody) the saved places at every sync.
    void setAlerts(Alerts *alerts) { m_alerts = alerts; }

    // Finds or starts the watch of each saved place and marks it saved.
    void sync();

private:
    MainWindow *m_window;
    RefreshEngine *m_engine;
    Alerts *m_alerts = nullptr;
};

} // namespace gig
