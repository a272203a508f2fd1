// The status bar's progress of the latest releases being fetched: "12 of 165 releases" on a
// bar, and about how long the rest take. Hidden when none is pending.
#pragma once

#include "models/releaseprogress.h"

#include <QWidget>

class QLabel;
class QProgressBar;

namespace gig {

class ReleaseProgressBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReleaseProgressBar)

public:
    explicit ReleaseProgressBar(QWidget *parent = nullptr);
    ~ReleaseProgressBar() override;

    void setPending(int pending, const QDateTime &now);
    // Recomputes the time left (the status bar's clock ticks it along).
    void tick(const QDateTime &now);

    QString barText() const; // "12 of 165 releases"
    QString timeLeftText() const; // "about 2 min left"; empty while unknown

private:
    ReleaseProgress m_progress;
    QProgressBar *m_bar;
    QLabel *m_timeLeft;
};

} // namespace gig
