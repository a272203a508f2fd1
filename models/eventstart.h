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

    bool isValid() const { return m_localDate.isValid(); }
    QDate localDate() const { return m_localDate; }
    std::optional<QTime> localTime() const { return m_localTime; }
    std::optional<int> utcOffsetSeconds() const { return m_utcOffsetSeconds; }

    // The instant the gig starts, when both the time and the offset are known.
    std::optional<QDateTime> utc() const;

    // Where the gig sorts on a time line, in ms since the epoch: its UTC instant when known;
    // otherwise its local time read as UTC; a gig with no time sorts at the start of its day.
    qint64 sortKey() const;

    // "2026-12-05 20:00 UTC+01:00", leaving out what is not known.
    QString toString() const;

    // Ordered by sortKey(); on equal keys a gig with a time comes after one without (the day's
    // untimed gigs lead it), then by the remaining fields so that the order is total.
    friend std::strong_ordering operator<=>(const EventStart &a, const EventStart &b);
    friend bool operator==(const EventStart &a, const EventStart &b) = default;

private:
    QDate m_localDate;
    std::optional<QTime> m_localTime;
    std::optional<int> m_utcOffsetSeconds;
};

QDebug operator<<(QDebug debug, const EventStart &start);

} // namespace gig
