#include "app/export/icswriter.h"

#include "app/export/csvwriter.h"
#include "models/version.h"

using namespace Qt::StringLiterals;

namespace gig {

namespace {

constexpr int maxLineOctets = 75;

QString utcStamp(const QDateTime &utc)
{
    return utc.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'");
}

// How long a gig lasts in a calendar when the source gives no end (none does today).
constexpr qint64 assumedLengthSeconds = 3 * 3600;

QString dtStart(const EventStart &start)
{
    if (const auto utc = start.utc())
        return u"DTSTART:"_s + utcStamp(*utc);
    if (const auto time = start.localTime()) // no offset known: floating local time
        return u"DTSTART:"_s + start.localDate().toString(u"yyyyMMdd") + u'T'
            + time->toString(u"HHmmss");
    return u"DTSTART;VALUE=DATE:"_s + start.localDate().toString(u"yyyyMMdd");
}

// Three hours after a known start, in the start's own form; a gig with no time lasts its day
// (DTEND of an all-day event is the next day: the end is not part of it).
QString dtEnd(const EventStart &start)
{
    if (const auto utc = start.utc())
        return u"DTEND:"_s + utcStamp(utc->addSecs(assumedLengthSeconds));
    if (const auto time = start.localTime()) {
        const QDateTime end
            = QDateTime(start.localDate(), *time, Qt::UTC).addSecs(assumedLengthSeconds);
        return u"DTEND:"_s + end.toString(u"yyyyMMdd'T'HHmmss");
    }
    return u"DTEND;VALUE=DATE:"_s + start.localDate().addDays(1).toString(u"yyyyMMdd");
}

QString statusValue(EventStatus status)
{
    switch (status) {
    case EventStatus::Ok:
        return u"CONFIRMED"_s;
    case EventStatus::Cancelled:
        return u"CANCELLED"_s;
    case EventStatus::Postponed:
    case EventStatus::Rescheduled:
        return u"TENTATIVE"_s;
    }
    Q_UNREACHABLE();
    return {};
}

QString description(const ExportGig &gig)
{
    QStringList lines;
    if (!gig.lineup.isEmpty())
        lines.append(u"Lineup:"_s);
    for (const ArtistRelease &entry : gig.lineup)
        lines.append(u"- "_s + CsvWriter::releaseSummary(entry));
    if (gig.event.status != EventStatus::Ok)
        lines.append(u"Status: "_s + eventStatusName(gig.event.status));
    for (const QString &url : gig.urls)
        lines.append(u"Tickets: "_s + url); // every provider's page of the show
    return lines.join(u'\n');
}

} // namespace

QString IcsWriter::escapeText(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' || c == u';' || c == u',') {
            escaped += u'\\';
            escaped += c;
        } else if (c == u'\r') {
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            escaped += u"\\n"_s;
        } else if (c == u'\n') {
            escaped += u"\\n"_s;
        } else if (c.category() == QChar::Other_Control && c != u'\t') {
            continue; // controls other than newlines and tabs are not allowed in TEXT
        } else {
            escaped += c;
        }
    }
    return escaped;
}

QByteArray IcsWriter::foldLine(const QString &line)
{
    const QByteArray utf8 = line.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + utf8.size() / 70 * 3 + 2);
    qsizetype lineStart = 0;
    int budget = maxLineOctets; // the first line holds 75 octets, continuations 74 after the space
    while (utf8.size() - lineStart > budget) {
        qsizetype cut = lineStart + budget;
        while (cut > lineStart && (uchar(utf8.at(cut)) & 0xC0) == 0x80)
            --cut; // never split a UTF-8 sequence
        out += utf8.mid(lineStart, cut - lineStart);
        out += "\r\n ";
        lineStart = cut;
        budget = maxLineOctets - 1;
    }
    out += utf8.mid(lineStart);
    out += "\r\n";
    return out;
}

QByteArray IcsWriter::write(const QList<ExportGig> &gigs, const QDateTime &stamp)
{
    QByteArray out;
    out.reserve(gigs.size() * 512 + 256);
    const QString stampText = utcStamp(stamp);
    out += foldLine(u"BEGIN:VCALENDAR"_s);
    out += foldLine(u"VERSION:2.0"_s);
    out += foldLine(u"PRODID:-//gigmap//gigmap %1//EN"_s.arg(QLatin1StringView(versionString)));
    out += foldLine(u"CALSCALE:GREGORIAN"_s);
    out += foldLine(u"METHOD:PUBLISH"_s);
    for (const ExportGig &gig : gigs) {
        const Event &e = gig.event;
        out += foldLine(u"BEGIN:VEVENT"_s);
        out += foldLine(u"UID:"_s + escapeText(e.id) + u"@gigmap"_s);
        out += foldLine(u"DTSTAMP:"_s + stampText);
        out += foldLine(dtStart(e.start));
        out += foldLine(dtEnd(e.start));
        out += foldLine(u"SUMMARY:"_s + escapeText(e.name));
        QStringList where;
        for (const QString &part : { e.venue.name, e.venue.city, e.venue.country }) {
            if (!part.isEmpty())
                where.append(part);
        }
        if (!where.isEmpty())
            out += foldLine(u"LOCATION:"_s + escapeText(where.join(u", "_s)));
        if (e.venue.coordinate.isValid()) {
            out += foldLine(u"GEO:%1;%2"_s.arg(e.venue.coordinate.latitude(), 0, 'f', 6)
                                .arg(e.venue.coordinate.longitude(), 0, 'f', 6));
        }
        if (!e.url.isEmpty())
            out += foldLine(u"URL:"_s + e.url);
        out += foldLine(u"STATUS:"_s + statusValue(e.status));
        if (const QString text = description(gig); !text.isEmpty())
            out += foldLine(u"DESCRIPTION:"_s + escapeText(text));
        out += foldLine(u"END:VEVENT"_s);
    }
    out += foldLine(u"END:VCALENDAR"_s);
    return out;
}

} // namespace gig
