// The shown events by local date, so that a change re-merges only the days it touches: listings
// of one show share a local date (models/gigmerge.h), and a day whose events all come from one
// provider merges nothing.
#pragma once

#include <QDate>
#include <QHash>
#include <QSet>
#include <QString>
#include <array>

namespace gig {

class MergeDays final
{
public:
    void clear();

    // Files the event under `day` (an invalid date for an undated event), moving it from the
    // day it was on. Returns that earlier day (an invalid date when it was not filed).
    QDate place(const QString &eventId, QDate day);
    // Forgets the event. Returns the day it was on (an invalid date when it was not filed).
    QDate remove(const QString &eventId);
    bool contains(const QString &eventId) const { return m_dayOfEvent.contains(eventId); }
    QDate dayOf(const QString &eventId) const { return m_dayOfEvent.value(eventId); }
    QSet<QString> eventIds() const;

    QSet<QString> eventsOn(QDate day) const;
    // Whether two of the day's events come from different known providers.
    bool canMerge(QDate day) const;
    // Whether the day shows a gig of several listings (the model says so after merging it).
    bool hasMergedGig(QDate day) const { return m_mergedDays.contains(day); }
    void setHasMergedGig(QDate day, bool merged);

private:
    struct Day
    {
        QSet<QString> eventIds;
        std::array<int, 8> perProvider {}; // events of each known provider, by int(Service)
    };
    static int providerSlot(const QString &eventId); // -1 for an unknown provider

    QHash<QDate, Day> m_days;
    QHash<QString, QDate> m_dayOfEvent;
    QSet<QDate> m_mergedDays;
};

} // namespace gig
