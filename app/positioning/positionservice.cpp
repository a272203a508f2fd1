#include "app/positioning/positionservice.h"

#include <QFile>
#include <QFileInfo>
#include <QGeoPositionInfoSource>
#include <QLoggingCategory>
#include <QNmeaPositionInfoSource>
#include <QTimer>

Q_LOGGING_CATEGORY(lcPosition, "gigmap.positioning", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace gig {

PositionService::PositionService(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    QGeoPositionInfoSource *source = QGeoPositionInfoSource::createDefaultSource(this);
    if (!source) {
        m_unavailableReason = tr("No positioning service is installed on this system.");
        qCInfo(lcPosition) << "no default position source";
    }
    setUpSource(source);
}

PositionService::PositionService(const QString &nmeaFile, QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    auto *file = new QFile(nmeaFile, this);
    if (!file->open(QIODevice::ReadOnly)) {
        m_unavailableReason = tr("Cannot read the NMEA file %1: %2")
                                  .arg(QFileInfo(nmeaFile).fileName(), file->errorString());
        qCWarning(lcPosition) << "cannot open NMEA file" << nmeaFile << file->errorString();
        delete file;
        setUpSource(nullptr);
        return;
    }
    auto *source = new QNmeaPositionInfoSource(QNmeaPositionInfoSource::SimulationMode, this);
    source->setDevice(file);
    setUpSource(source);
}

PositionService::~PositionService() = default;

void PositionService::setUpSource(QGeoPositionInfoSource *source)
{
    m_source = source;
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &PositionService::onTimedOut);
    if (!source)
        return;
    qCDebug(lcPosition) << "position source" << source->sourceName();
    connect(source, &QGeoPositionInfoSource::positionUpdated, this,
        &PositionService::onPositionUpdated);
    connect(source, &QGeoPositionInfoSource::errorOccurred, this,
        [this](QGeoPositionInfoSource::Error error) { onSourceError(int(error)); });
}

QString PositionService::sourceName() const
{
    return m_source ? m_source->sourceName() : QString();
}

void PositionService::requestPosition()
{
    if (m_requesting)
        return;
    m_requesting = true;
    if (!m_source) {
        finish({}, m_unavailableReason);
        return;
    }
    const int timeoutMs = int(m_timeout.count());
    // Our own guard too: a source that neither answers nor times out must not hang the request.
    m_timer->start(timeoutMs + 500);
    m_source->requestUpdate(timeoutMs);
}

void PositionService::onPositionUpdated(const QGeoPositionInfo &info)
{
    if (!m_requesting)
        return;
    if (!info.isValid() || !info.coordinate().isValid()) {
        qCDebug(lcPosition) << "ignoring a position without a valid coordinate";
        return;
    }
    finish(info.coordinate(), {});
}

void PositionService::onSourceError(int error)
{
    if (!m_requesting)
        return;
    switch (QGeoPositionInfoSource::Error(error)) {
    case QGeoPositionInfoSource::UpdateTimeoutError:
        finish({}, timeoutReason());
        return;
    case QGeoPositionInfoSource::AccessError:
        finish({},
            tr("gigmap may not read your position; allow it in the system's privacy "
               "settings, or pick a place on the map."));
        return;
    case QGeoPositionInfoSource::ClosedError:
        finish({}, tr("The positioning service closed the connection; no position is available."));
        return;
    case QGeoPositionInfoSource::NoError:
        return;
    case QGeoPositionInfoSource::UnknownSourceError:
        break;
    }
    finish({}, tr("The positioning service failed; no position is available."));
}

void PositionService::onTimedOut()
{
    if (m_requesting)
        finish({}, timeoutReason());
}

QString PositionService::timeoutReason() const
{
    return tr("No position available: the positioning service did not answer within %n s. "
              "Pick a place on the map or search for one.",
        nullptr, int((m_timeout.count() + 999) / 1000));
}

void PositionService::finish(const QGeoCoordinate &coordinate, const QString &failure)
{
    if (m_answerQueued)
        return; // the first answer of a request wins
    m_answerQueued = true;
    m_timer->stop();
    // Queued: a simulated source answers inside requestUpdate(), before requestPosition() returns.
    QMetaObject::invokeMethod(
        this,
        [this, coordinate, failure] {
            m_answerQueued = false;
            m_requesting = false;
            if (coordinate.isValid()) {
                qCInfo(lcPosition) << "position found";
                emit positionFound(coordinate);
            } else {
                qCInfo(lcPosition) << "no position:" << failure;
                emit positionFailed(failure);
            }
        },
        Qt::QueuedConnection);
}

} // namespace gig
