#include "models/eventstart.h"

#include <QDebugStateSaver>
#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace gig {

EventStart::EventStart(
    QDate localDate, std::optional<QTime> localTime, std::optional<int> utcOffsetSeconds)
    : m_localDate(localDate)
    , m_localTime(localTime)
    , m_utcOffsetSeconds(utcOffsetSeconds)
{ }

std::optional<int> EventStart::offsetBetween(
    QDate localDate, QTime localTime, QDate utcDate, QTime utcTime)
{
    const qint64 seconds = (localDate.toJulianDay() - utcDate.toJulianDay()) * 86400
        + (localTime.msecsSinceStartOfDay() - utcTime.msecsSinceStartOfDay()) / 1000;
    if (qAbs(seconds) > maxUtcOffsetSeconds)
        return std::nullopt;
    return int(seconds);
}

std::optional<QDateTime> EventStart::utc() const
{
    if (!isValid() || !m_localTime || !m_utcOffsetSeconds)
        return std::nullopt;
    const QDateTime local(m_localDate, *m_localTime, Qt::OffsetFromUTC, *m_utcOffsetSeconds);
    return local.toUTC();
}

qint64 EventStart::sortKey() const
{
    if (!isValid())
        return std::numeric_limits<qint64>::min();
    // One slot past the day's last millisecond for "no time": after every timed gig of the day,
    // before the next day.
    constexpr qint64 slotsPerDay = 24 * 3600 * 1000 + 1;
    const qint64 time = m_localTime ? m_localTime->msecsSinceStartOfDay() : slotsPerDay - 1;
    // QDate reaches far beyond any gig; keep the product within qint64.
    constexpr qint64 farthestDay = std::numeric_limits<qint64>::max() / slotsPerDay - 1;
    const qint64 day = std::clamp(m_localDate.toJulianDay(), -farthestDay, farthestDay);
    return day * slotsPerDay + time;
}

QDateTime EventStart::localDateTime() const
{
    if (!isValid())
        return {};
    return QDateTime(m_localDate, m_localTime.value_or(QTime(0, 0)), Qt::UTC);
}

std::strong_ordering operator<=>(const EventStart &a, const EventStart &b)
{
    if (auto c = a.sortKey() <=> b.sortKey(); c != 0)
        return c;
    if (auto c = a.m_utcOffsetSeconds.has_value() <=> b.m_utcOffsetSeconds.has_value(); c != 0)
        return c;
    // East of the other at the same local time: the earlier instant.
    return b.m_utcOffsetSeconds.value_or(0) <=> a.m_utcOffsetSeconds.value_or(0);
}

QString EventStart::toString() const
{
    if (!isValid())
        return u"invalid"_s;
    QString text = m_localDate.toString(Qt::ISODate);
    if (m_localTime)
        text += u' ' + m_localTime->toString(u"HH:mm");
    if (m_utcOffsetSeconds) {
        const int offset = qAbs(*m_utcOffsetSeconds);
        text += u" UTC"_s + (*m_utcOffsetSeconds < 0 ? u'-' : u'+')
            + u"%1:%2"_s.arg(offset / 3600, 2, 10, QChar(u'0'))
                  .arg((offset % 3600) / 60, 2, 10, QChar(u'0'));
    }
    return text;
}

QDebug operator<<(QDebug debug, const EventStart &start)
{
    QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "EventStart(" << start.toString() << ')';
    return debug;
}

} // namespace gig
