#include "models/eventstart.h"

#include <QDebugStateSaver>
#include <limits>

using namespace Qt::StringLiterals;

namespace gig {

EventStart::EventStart(QDate localDate, std::optional<QTime> localTime,
                       std::optional<int> utcOffsetSeconds)
    : m_localDate(localDate)
    , m_localTime(localTime)
    , m_utcOffsetSeconds(utcOffsetSeconds)
{
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
    const QTime time = m_localTime.value_or(QTime(0, 0));
    const int offset = m_localTime ? m_utcOffsetSeconds.value_or(0) : 0;
    return QDateTime(m_localDate, time, Qt::UTC).toMSecsSinceEpoch() - qint64(offset) * 1000;
}

std::strong_ordering operator<=>(const EventStart &a, const EventStart &b)
{
    if (auto c = a.sortKey() <=> b.sortKey(); c != 0)
        return c;
    if (auto c = a.m_localTime.has_value() <=> b.m_localTime.has_value(); c != 0)
        return c;
    if (auto c = a.m_localDate.toJulianDay() <=> b.m_localDate.toJulianDay(); c != 0)
        return c;
    const int aTime = a.m_localTime ? a.m_localTime->msecsSinceStartOfDay() : -1;
    const int bTime = b.m_localTime ? b.m_localTime->msecsSinceStartOfDay() : -1;
    if (auto c = aTime <=> bTime; c != 0)
        return c;
    if (auto c = a.m_utcOffsetSeconds.has_value() <=> b.m_utcOffsetSeconds.has_value(); c != 0)
        return c;
    return a.m_utcOffsetSeconds.value_or(0) <=> b.m_utcOffsetSeconds.value_or(0);
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
            + u"%1:%2"_s.arg(offset / 3600, 2, 10, QChar(u'0')).arg((offset % 3600) / 60, 2, 10, QChar(u'0'));
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
