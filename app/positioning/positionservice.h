// Answers "Use my location": one position from the system's positioning source (or an NMEA file),
// or the reason there is none. Never blocks.
#pragma once

#include <QGeoCoordinate>
#include <QGeoPositionInfoSource>
#include <QObject>
#include <QPointer>
#include <QString>
#include <chrono>

class QTimer;

namespace gig {

class PositionService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PositionService)

public:
    static constexpr std::chrono::milliseconds defaultTimeout { 5000 };

    // The system's default source (geoclue2 on Linux desktops).
    explicit PositionService(QObject *parent = nullptr);
    // Replays the NMEA sentences of `nmeaFile` (QNmeaPositionInfoSource, simulation mode).
    explicit PositionService(const QString &nmeaFile, QObject *parent = nullptr);
    ~PositionService() override;

    // False when no source could be made; the reason says why, for people.
    bool isAvailable() const { return m_source != nullptr; }
    QString unavailableReason() const { return m_unavailableReason; }
    QString sourceName() const; // "geoclue2", "nmea", or empty

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    bool isRequesting() const { return m_requesting; }

public slots:
    // Asks for one position. Exactly one of positionFound() / positionFailed() follows, always
    // after this returns; asking again while a request runs joins it.
    void requestPosition();

signals:
    void positionFound(const QGeoCoordinate &coordinate);
    void positionFailed(const QString &reason);

private:
    void setUpSource(QGeoPositionInfoSource *source);
    void onPositionUpdated(const QGeoPositionInfo &info);
    void onSourceError(int error);
    void onTimedOut();
    void finish(const QGeoCoordinate &coordinate, const QString &failure);
    QString timeoutReason() const;

    QPointer<QGeoPositionInfoSource> m_source;
    QString m_unavailableReason;
    QTimer *m_timer = nullptr;
    std::chrono::milliseconds m_timeout = defaultTimeout;
    bool m_requesting = false;
    bool m_answerQueued = false;
};

} // namespace gig
