#include "models/mergedays.h"

#include "models/services.h"

#include <algorithm>

namespace gig {

void MergeDays::clear()
{
    m_days.clear();
    m_dayOfEvent.clear();
    m_mergedDays.clear();
}

int MergeDays::providerSlot(const QString &eventId)
{
    const std::optional<Service> service = serviceOfRecord(eventId);
    return service ? int(*service) : -1;
}

QDate MergeDays::place(const QString &eventId, QDate day)
{
    const QDate earlier = remove(eventId);
    Day &entry = m_days[day];
    entry.eventIds.insert(eventId);
    if (const int slot = providerSlot(eventId); slot >= 0)
        ++entry.perProvider[size_t(slot)];
    m_dayOfEvent.insert(eventId, day);
    return earlier;
}

QDate MergeDays::remove(const QString &eventId)
{
    const auto found = m_dayOfEvent.constFind(eventId);
    if (found == m_dayOfEvent.cend())
        return {};
    const QDate day = *found;
    m_dayOfEvent.erase(found);
    Day &entry = m_days[day];
    entry.eventIds.remove(eventId);
    if (const int slot = providerSlot(eventId); slot >= 0)
        --entry.perProvider[size_t(slot)];
    if (entry.eventIds.isEmpty()) {
        m_days.remove(day);
        m_mergedDays.remove(day);
    }
    return day;
}

QSet<QString> MergeDays::eventIds() const
{
    QSet<QString> ids;
    ids.reserve(m_dayOfEvent.size());
    for (auto it = m_dayOfEvent.cbegin(); it != m_dayOfEvent.cend(); ++it)
        ids.insert(it.key());
    return ids;
}

QSet<QString> MergeDays::eventsOn(QDate day) const
{
    return m_days.value(day).eventIds;
}

bool MergeDays::canMerge(QDate day) const
{
    const auto found = m_days.constFind(day);
    if (!day.isValid() || found == m_days.cend())
        return false;
    const auto &counts = found->perProvider;
    return std::count_if(counts.cbegin(), counts.cend(), [](int n) { return n > 0; }) > 1;
}

void MergeDays::setHasMergedGig(QDate day, bool merged)
{
    if (merged)
        m_mergedDays.insert(day);
    else
        m_mergedDays.remove(day);
}

} // namespace gig
