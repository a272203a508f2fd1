// Turns SIGINT and SIGTERM into a clean QCoreApplication::quit(), so the cache is flushed.
#pragma once

#include <QObject>

class QSocketNotifier;

namespace gig {

class ShutdownSignals final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShutdownSignals)

public:
    explicit ShutdownSignals(QObject *parent = nullptr);
    ~ShutdownSignals() override;

signals:
    void received(int signal);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace gig
