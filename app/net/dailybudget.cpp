#include "app/net/dailybudget.h"

#include <QSettings>
#include <memory>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

std::unique_ptr<QSettings> openSettings(const QString &file)
{
    if (file.isEmpty())
        return std::make_unique<QSettings>();
    return std::make_unique<QSettings>(file, QSettings::IniFormat);
}

} // namespace

DailyBudget::DailyBudget(const QString &lane, int limit, const QString &settingsFile)
    : m_key(u"network/dailyBudget/"_s + QString(lane).replace(u'/', u'_'))
    , m_limit(limit)
    , m_settingsFile(settingsFile)
{
    load();
}

void DailyBudget::load()
{
    const auto settings = openSettings(m_settingsFile);
    m_day = QDate::fromString(settings->value(m_key + u"/day"_s).toString(), Qt::ISODate);
    m_used = std::max(0, settings->value(m_key + u"/used"_s, 0).toInt());
}

void DailyBudget::store() const
{
    const auto settings = openSettings(m_settingsFile);
    settings->setValue(m_key + u"/day"_s, m_day.toString(Qt::ISODate));
    settings->setValue(m_key + u"/used"_s, m_used);
    settings->sync();
}

int DailyBudget::used(QDate today) const
{
    return m_day == today ? m_used : 0;
}

int DailyBudget::remaining(QDate today) const
{
    return std::max(0, m_limit - used(today));
}

void DailyBudget::spend(QDate today)
{
    if (m_day != today) {
        m_day = today;
        m_used = 0;
    }
    ++m_used;
    store();
}

} // namespace gig
