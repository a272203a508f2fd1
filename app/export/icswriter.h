// Writes gigs as an RFC 5545 calendar: one VEVENT per gig with a stable UID, its start in UTC
// (from the venue's offset) or as a date, escaped text and lines folded at 75 octets.
#pragma once

#include "app/export/exportgig.h"

#include <QByteArray>
#include <QDateTime>

namespace gig {

class IcsWriter
{
public:
    // `stamp` is DTSTAMP (when the calendar was made), UTC.
    static QByteArray write(const QList<ExportGig> &gigs, const QDateTime &stamp);

    // TEXT value escaping: backslash, semicolon, comma and newlines.
    static QString escapeText(const QString &text);
    // One content line, folded so that no line exceeds 75 octets (never inside a UTF-8
    // sequence), each line CRLF-terminated.
    static QByteArray foldLine(const QString &line);
};

} // namespace gig
