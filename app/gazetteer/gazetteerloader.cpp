#include "app/gazetteer/gazetteerloader.h"

#include "app/gazetteer/geonamescities.h"

#include <QThread>

namespace gig {

GazetteerLoader::GazetteerLoader(QObject *parent)
    : QObject(parent)
{ }

GazetteerLoader::~GazetteerLoader()
{
    if (m_thread)
        m_thread->wait();
}

void GazetteerLoader::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create(
        [this] { m_reading = std::make_unique<CityIndex>(loadGeonamesCities()); });
    m_thread->setObjectName(QStringLiteral("gazetteer"));
    m_thread->setParent(this);
    connect(m_thread, &QThread::finished, this, [this] {
        m_cities = std::move(m_reading);
        emit loaded(m_cities.get());
    });
    m_thread->start(QThread::LowPriority);
}

} // namespace gig
