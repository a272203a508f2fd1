#include "app/net/retryafter.h"

#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

int monthFromName(QStringView name)
{
    static const QStringList months = { u"jan"_s, u"feb"_s, u"mar"_s, u"apr"_s, u"may"_s, u"jun"_s,
        u"jul"_s, u"aug"_s, u"sep"_s, u"oct"_s, u"nov"_s, u"dec"_s };
    const auto index = months.indexOf(name.toString().toLower());
    return index < 0 ? 0 : int(index) + 1;
}

std::optional<QDateTime> makeUtc(int year, int month, int day, int hour, int minute, int second)
{
    const QDate date(year, month, day);
    const QTime time(hour, minute, second);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC);
}

} // namespace

std::optional<QDateTime> parseHttpDate(QByteArrayView text)
{
    const QString value = QString::fromLatin1(text.data(), text.size()).simplified();
    if (value.isEmpty() || value.size() > 64)
        return std::nullopt;

    // IMF-fixdate: Sun, 06 Nov 1994 08:49:37 GMT
    static const QRegularExpression imf(
        uR"(^[A-Za-z]{3}, (\d{1,2}) ([A-Za-z]{3}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$)"_s);
    // RFC 850: Sunday, 06-Nov-94 08:49:37 GMT
    static const QRegularExpression rfc850(
        uR"(^[A-Za-z]{6,9}, (\d{2})-([A-Za-z]{3})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) GMT$)"_s);
    // asctime: Sun Nov  6 08:49:37 1994 (simplified() folded the double space)
    static const QRegularExpression asctime(
        uR"(^[A-Za-z]{3} ([A-Za-z]{3}) (\d{1,2}) (\d{2}):(\d{2}):(\d{2}) (\d{4})$)"_s);

    if (const auto m = imf.match(value); m.hasMatch()) {
        const int month = monthFromName(m.capturedView(2));
        if (month == 0)
            return std::nullopt;
        return makeUtc(m.captured(3).toInt(), month, m.captured(1).toInt(), m.captured(4).toInt(),
            m.captured(5).toInt(), m.captured(6).toInt());
    }
    if (const auto m = rfc850.match(value); m.hasMatch()) {
        const int month = monthFromName(m.capturedView(2));
        if (month == 0)
            return std::nullopt;
        const int twoDigits = m.captured(3).toInt();
        const int year = twoDigits < 70 ? 2000 + twoDigits : 1900 + twoDigits;
        return makeUtc(year, month, m.captured(1).toInt(), m.captured(4).toInt(),
            m.captured(5).toInt(), m.captured(6).toInt());
    }
    if (const auto m = asctime.match(value); m.hasMatch()) {
        const int month = monthFromName(m.capturedView(1));
        if (month == 0)
            return std::nullopt;
        return makeUtc(m.captured(6).toInt(), month, m.captured(2).toInt(), m.captured(3).toInt(),
            m.captured(4).toInt(), m.captured(5).toInt());
    }
    return std::nullopt;
}

std::optional<std::chrono::milliseconds> parseRetryAfter(
    QByteArrayView value, const QDateTime &nowUtc)
{
    const QByteArrayView trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;

    const bool allDigits
        = std::all_of(trimmed.begin(), trimmed.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (allDigits) {
        if (trimmed.size() > 10) // more than three centuries: not a delay anyone means
            return std::nullopt;
        const qint64 seconds = trimmed.toLongLong();
        return std::chrono::milliseconds(seconds * 1000);
    }

    const auto date = parseHttpDate(trimmed);
    if (!date || !nowUtc.isValid())
        return std::nullopt;
    const qint64 ms = nowUtc.msecsTo(*date);
    return std::chrono::milliseconds(std::max<qint64>(0, ms));
}

} // namespace gig
