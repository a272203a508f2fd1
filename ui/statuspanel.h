// The status bar's permanent part: where the data comes from, how fresh the shown place is (with
// "Retry now" when it is not), what is still queued, rate-limit waits and being offline — read
// from the AppStatus the engine fills.
#pragma once

#include "models/appstatus.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>
#include <functional>

class QLabel;
class QPushButton;
class QTimer;

namespace gig {

class ReleaseProgressBar;

class StatusPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusPanel)

public:
    using Clock = std::function<QDateTime()>;

    explicit StatusPanel(QWidget *parent = nullptr);
    ~StatusPanel() override;

    // Not owned; nullptr shows nothing but the data source label.
    void setStatus(AppStatus *status);
    AppStatus *status() const { return m_status; }

    // An explicit data source text ("Demo data") wins over the one AppStatus gives; empty: use
    // AppStatus's.
    void setDataSourceLabel(const QString &text);
    QString dataSourceLabel() const;

    void setClock(Clock clock); // for the rate-limit countdown; default: current UTC time

    QString placeText() const;
    QString activityText() const;
    bool isRetryVisible() const;
    bool isOfflineVisible() const;
    ReleaseProgressBar *releaseProgress() const { return m_releases; }

signals:
    void retryRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    QString refreshedText(const QDateTime &at) const;
    // "rate limited: next request in 5 s" while a lane waits out a limit; empty otherwise.
    QString waitText() const;
    // The queue's count gives way first when the status bar is too narrow for every part; a
    // rate-limit wait stays, as it says why nothing moves.
    void fitActivity();
    // Whether the status bar holds every shown part with `activity` as the activity's text.
    bool hasRoomFor(const QString &activity) const;

    QPointer<AppStatus> m_status;
    QList<QMetaObject::Connection> m_connections;
    QString m_dataSourceOverride;
    Clock m_clock;
    QTimer *m_tick = nullptr;
    QLabel *m_place = nullptr;
    QPushButton *m_retry = nullptr;
    QLabel *m_activity = nullptr;
    QLabel *m_offline = nullptr;
    QLabel *m_dataSource = nullptr;
    ReleaseProgressBar *m_releases = nullptr;
};

} // namespace gig
