#include "models/partialdate.h"

#include <QDebugStateSaver>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

// Reads exactly `width` ASCII digits at `pos`; -1 when any is not a digit.
int readDigits(QStringView text, qsizetype pos, int width)
{
    int value = 0;
    for (qsizetype i = pos; i < pos + width; ++i) {
        const QChar c = text.at(i);
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

std::optional<PartialDate> fail(QString *error, const QString &reason)
{
    if (error)
        *error = reason;
    return std::nullopt;
}

} // namespace

PartialDate::PartialDate(Precision precision, int year, int month, int day)
    : m_precision(precision)
    , m_year(year)
    , m_month(month)
    , m_day(day)
{ }

PartialDate PartialDate::fromYear(int year)
{
    Q_ASSERT(year >= 1 && year <= 9999);
    return PartialDate(Precision::Year, year, 0, 0);
}

PartialDate PartialDate::fromYearMonth(int year, int month)
{
    Q_ASSERT(year >= 1 && year <= 9999 && month >= 1 && month <= 12);
    return PartialDate(Precision::Month, year, month, 0);
}

PartialDate PartialDate::fromDate(QDate date)
{
    Q_ASSERT(date.isValid());
    return PartialDate(Precision::Day, date.year(), date.month(), date.day());
}

std::optional<PartialDate> PartialDate::fromString(QStringView text, QString *error)
{
    if (text.isEmpty())
        return PartialDate();

    const qsizetype length = text.size();
    if (length != 4 && length != 7 && length != 10) {
        return fail(
            error, u"\"%1\" is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD"_s.arg(text));
    }
    const int year = readDigits(text, 0, 4);
    if (year < 0)
        return fail(error, u"\"%1\" is not a date: the year must be four digits"_s.arg(text));
    if (year == 0)
        return fail(error, u"\"%1\" is not a date: there is no year 0"_s.arg(text));
    if (length == 4)
        return fromYear(year);

    if (text.at(4) != u'-')
        return fail(error, u"\"%1\" is not a date: expected '-' after the year"_s.arg(text));
    const int month = readDigits(text, 5, 2);
    if (month < 0)
        return fail(error, u"\"%1\" is not a date: the month must be two digits"_s.arg(text));
    if (month < 1 || month > 12)
        return fail(error, u"\"%1\" is not a date: month %2 does not exist"_s.arg(text).arg(month));
    if (length == 7)
        return fromYearMonth(year, month);

    if (text.at(7) != u'-')
        return fail(error, u"\"%1\" is not a date: expected '-' after the month"_s.arg(text));
    const int day = readDigits(text, 8, 2);
    if (day < 0)
        return fail(error, u"\"%1\" is not a date: the day must be two digits"_s.arg(text));
    const QDate date(year, month, day);
    if (!date.isValid())
        return fail(error, u"\"%1\" is not a date: that day does not exist"_s.arg(text));
    return fromDate(date);
}

QDate PartialDate::earliestDay() const
{
    if (isNull())
        return {};
    return QDate(m_year, m_month ? m_month : 1, m_day ? m_day : 1);
}

bool PartialDate::isReleasedBy(QDate today) const
{
    return !isNull() && earliestDay() <= today;
}

QString PartialDate::toString() const
{
    if (isNull())
        return {};
    // Built by hand: exports write this for every release, and arg() is slow for it.
    QString text(m_precision == Precision::Year ? 4
            : m_precision == Precision::Month   ? 7
                                                : 10,
        Qt::Uninitialized);
    QChar *c = text.data();
    auto put = [&c](int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            c[i] = QChar(u'0' + value % 10);
        c += width;
    };
    put(m_year, 4);
    if (m_precision == Precision::Year)
        return text;
    *c++ = u'-';
    put(m_month, 2);
    if (m_precision == Precision::Month)
        return text;
    *c++ = u'-';
    put(m_day, 2);
    return text;
}

std::strong_ordering operator<=>(const PartialDate &a, const PartialDate &b)
{
    if (auto c = a.m_year <=> b.m_year; c != 0)
        return c;
    if (auto c = a.m_month <=> b.m_month; c != 0)
        return c;
    if (auto c = a.m_day <=> b.m_day; c != 0)
        return c;
    return a.m_precision <=> b.m_precision;
}

QDebug operator<<(QDebug debug, const PartialDate &date)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "PartialDate(" << (date.isNull() ? u"none"_s : date.toString()) << ')';
    return debug;
}

} // namespace gig
