// A release date as MusicBrainz gives it: empty, a year, a year and month, or a full date.
#pragma once

#include <QDate>
#include <QDebug>
#include <QString>
#include <compare>
#include <optional>

namespace gig {

class PartialDate
{
public:
    enum class Precision { None, Year, Month, Day };

    PartialDate() = default;
    static PartialDate fromYear(int year);
    static PartialDate fromYearMonth(int year, int month);
    static PartialDate fromDate(QDate date);

    // Parses "", "YYYY", "YYYY-MM" or "YYYY-MM-DD". Anything else gives std::nullopt and, when
    // asked, a sentence saying what is wrong with the text.
    static std::optional<PartialDate> fromString(QStringView text, QString *error = nullptr);

    bool isNull() const { return m_precision == Precision::None; }
    Precision precision() const { return m_precision; }
    int year() const { return m_year; }
    int month() const { return m_month; } // 0 when not known
    int day() const { return m_day; } // 0 when not known

    // The first day the date can stand for ("2015" → 2015-01-01); invalid when null.
    QDate earliestDay() const;
    // True when the date is known and its earliest day is not after `today`.
    bool isReleasedBy(QDate today) const;

    // "", "YYYY", "YYYY-MM" or "YYYY-MM-DD", exactly as MusicBrainz writes it.
    QString toString() const;

    // Ordered by (year, month or 0, day or 0); on equal keys the more precise date is greater.
    // A null date is less than any known date.
    friend std::strong_ordering operator<=>(const PartialDate &a, const PartialDate &b);
    friend bool operator==(const PartialDate &a, const PartialDate &b) = default;

private:
    PartialDate(Precision precision, int year, int month, int day);

    Precision m_precision = Precision::None;
    int m_year = 0;
    int m_month = 0;
    int m_day = 0;
};

QDebug operator<<(QDebug debug, const PartialDate &date);

} // namespace gig
