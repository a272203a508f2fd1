#include "app/net/lanestatus.h"

namespace gig {

LaneStatus::LaneStatus(const QString &lane, QObject *parent)
    : QObject(parent)
    , m_lane(lane)
{ }

void LaneStatus::setQueued(int value)
{
    if (m_queued == value)
        return;
    m_queued = value;
    emit queuedChanged(value);
}

void LaneStatus::setInFlight(int value)
{
    if (m_inFlight == value)
        return;
    m_inFlight = value;
    emit inFlightChanged(value);
}

void LaneStatus::addSent()
{
    emit sentChanged(++m_sent);
}

void LaneStatus::addRetried()
{
    emit retriedChanged(++m_retried);
}

void LaneStatus::addFailed(const QString &error)
{
    emit failedChanged(++m_failed);
    if (m_lastError != error) {
        m_lastError = error;
        emit lastErrorChanged(error);
    }
}

void LaneStatus::setNextSendAt(const QDateTime &value)
{
    if (m_nextSendAt == value)
        return;
    m_nextSendAt = value;
    emit nextSendAtChanged(value);
}

void LaneStatus::setCircuitOpen(bool value)
{
    if (m_circuitOpen == value)
        return;
    m_circuitOpen = value;
    emit circuitOpenChanged(value);
}

void LaneStatus::setBudgetRemaining(int value)
{
    if (m_budgetRemaining == value)
        return;
    m_budgetRemaining = value;
    emit budgetRemainingChanged(value);
}

} // namespace gig
