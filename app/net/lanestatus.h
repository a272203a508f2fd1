// What one network lane is doing, for the status bar: counters, last error, next send time.
#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

namespace gig {

class LaneStatus final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LaneStatus)
    Q_PROPERTY(QString lane READ lane CONSTANT)
    Q_PROPERTY(int queued READ queued NOTIFY queuedChanged)
    Q_PROPERTY(int inFlight READ inFlight NOTIFY inFlightChanged)
    Q_PROPERTY(int sent READ sent NOTIFY sentChanged)
    Q_PROPERTY(int retried READ retried NOTIFY retriedChanged)
    Q_PROPERTY(int failed READ failed NOTIFY failedChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(QDateTime nextSendAt READ nextSendAt NOTIFY nextSendAtChanged)
    Q_PROPERTY(bool circuitOpen READ isCircuitOpen NOTIFY circuitOpenChanged)
    Q_PROPERTY(int budgetRemaining READ budgetRemaining NOTIFY budgetRemainingChanged)

public:
    explicit LaneStatus(const QString &lane, QObject *parent = nullptr);

    QString lane() const { return m_lane; }
    int queued() const { return m_queued; } // waiting to be sent, retries included
    int inFlight() const { return m_inFlight; }
    int sent() const { return m_sent; } // requests put on the wire, retries included
    int retried() const { return m_retried; }
    int failed() const { return m_failed; } // requests that ended with an error
    QString lastError() const { return m_lastError; } // secrets redacted
    // When the lane sends next (UTC, the queue's clock); invalid when nothing waits.
    QDateTime nextSendAt() const { return m_nextSendAt; }
    bool isCircuitOpen() const { return m_circuitOpen; }
    int budgetRemaining() const { return m_budgetRemaining; } // -1 when the lane has no budget

signals:
    void queuedChanged(int queued);
    void inFlightChanged(int inFlight);
    void sentChanged(int sent);
    void retriedChanged(int retried);
    void failedChanged(int failed);
    void lastErrorChanged(const QString &lastError);
    void nextSendAtChanged(const QDateTime &nextSendAt);
    void circuitOpenChanged(bool open);
    void budgetRemainingChanged(int remaining);

private:
    friend class RequestQueue; // the only writer
    void setQueued(int value);
    void setInFlight(int value);
    void addSent();
    void addRetried();
    void addFailed(const QString &error);
    void setNextSendAt(const QDateTime &value);
    void setCircuitOpen(bool value);
    void setBudgetRemaining(int value);

    const QString m_lane;
    int m_queued = 0;
    int m_inFlight = 0;
    int m_sent = 0;
    int m_retried = 0;
    int m_failed = 0;
    QString m_lastError;
    QDateTime m_nextSendAt;
    bool m_circuitOpen = false;
    int m_budgetRemaining = -1;
};

} // namespace gig
