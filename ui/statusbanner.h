// A banner above the gig list for what a person must not miss: that the gigs are made-up demo
// data (with "Add an API key…"), or that the shown place's gigs cannot be refreshed (what
// happened, in words, with "Retry now" and "Settings…"). Hidden otherwise.
#pragma once

#include <QFrame>
#include <QList>
#include <QPointer>

class QLabel;
class QPushButton;

namespace gig {

class AppStatus;

class StatusBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusBanner)

public:
    explicit StatusBanner(QWidget *parent = nullptr);
    ~StatusBanner() override;

    // Not owned; nullptr hides the banner.
    void setStatus(AppStatus *status);

    QString text() const; // empty while hidden
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *settingsButton() const { return m_settings; }

signals:
    void retryRequested();
    void settingsRequested();

private:
    void refresh();

    QPointer<AppStatus> m_status;
    QList<QMetaObject::Connection> m_connections;
    QLabel *m_text;
    QPushButton *m_retry;
    QPushButton *m_settings;
};

} // namespace gig
