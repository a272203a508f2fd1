// When a gig starts, as the sources say it: a local date, maybe a local time, maybe a UTC offset.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QDebug>
#include <QTime>
#include <compare>
#include <optional>

namespace gig {

class EventStart
{
public:
    EventStart() = default;
    explicit EventStart(QDate localDate, std::optional<QTime> localTime = std::nullopt,
        std::optional<int> utcOffsetSeconds = std::nullopt);

    // The widest UTC offset (±18 h, as ISO 8601 allows): a larger gap between a start's local and
    // UTC times means one of them is wrong.
    static constexpr int maxUtcOffsetSeconds = 18 * 3600;
    // The UTC offset of a start a source gives both as local and as UTC date-time (local minus
    // UTC); std::nullopt when they are further apart than maxUtcOffsetSeconds.
    static std::optional<int> offsetBetween(
        QDate localDate, QTime localTime, QDate utcDate, QTime utcTime);

    bool isValid() const { return m_localDate.isValid(); }
    QDate localDate() const { return m_localDate; }
    std::optional<QTime> localTime() const { return m_localTime; }
    std::optional<int> utcOffsetSeconds() const { return m_utcOffsetSeconds; }

    // The instant the gig starts, when both the time and the offset are known.
    std::optional<QDateTime> utc() const;

    // Where the gig sorts in a list a person reads: by the venue's local date, then its local
    // time, a gig with no time after the timed gigs of its day. The UTC offset plays no part: a
    // gig on 29 July at 20:00 in UTC-6 is read as 29 July, and sorts before 30 July's gigs.
    qint64 sortKey() const;

    // The local date and time as one QDateTime (marked UTC, so that it never shifts); midnight
    // when the time is not known. Invalid when the start is.
    QDateTime localDateTime() const;

    // "2026-12-05 20:00 UTC+01:00", leaving out what is not known.
    QString toString() const;

    // Ordered by sortKey(), then by the UTC offset (east first: the earlier instant), so that
    // the order is total.
    friend std::strong_ordering operator<=>(const EventStart &a, const EventStart &b);
    friend bool operator==(const EventStart &a, const EventStart &b) = default;

private:
    QDate m_localDate;
    std::optional<QTime> m_localTime;
    std::optional<int> m_utcOffsetSeconds;
};

QDebug operator<<(QDebug debug, const EventStart &start);

} // namespace gig
