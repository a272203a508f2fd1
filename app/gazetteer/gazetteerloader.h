// Reads and indexes the offline gazetteer on a thread of its own (about 0.1 s), so the window
// shows at once; the cities arrive a moment later.
#pragma once

#include "models/cityindex.h"

#include <QObject>
#include <memory>

class QThread;

namespace gig {

class GazetteerLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GazetteerLoader)

public:
    explicit GazetteerLoader(QObject *parent = nullptr);
    ~GazetteerLoader() override; // waits for a read under way

    // Starts reading; loaded() follows on this object's thread. Once only.
    void start();
    // The cities once loaded() was emitted; nullptr before. Owned by the loader.
    const CityIndex *cities() const { return m_cities.get(); }

signals:
    void loaded(const gig::CityIndex *cities);

private:
    std::unique_ptr<CityIndex> m_cities;
    std::unique_ptr<CityIndex> m_reading; // filled by the thread, handed over when it ends
    QThread *m_thread = nullptr;
};

} // namespace gig
