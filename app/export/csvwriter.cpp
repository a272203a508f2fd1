#include "app/export/csvwriter.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

// Appends `value` as `width` decimal digits, zero-padded (value >= 0).
void appendDigits(QString &out, qint64 value, int width)
{
    const qsizetype at = out.size();
    out.resize(at + width);
    QChar *c = out.data() + at;
    for (int i = width - 1; i >= 0; --i, value /= 10)
        c[i] = QChar(u'0' + int(value % 10));
}

// Appends `value` without padding (value >= 0).
void appendInteger(QString &out, qint64 value)
{
    int width = 1;
    for (qint64 rest = value / 10; rest > 0; rest /= 10)
        ++width;
    appendDigits(out, value, width);
}

// Fixed-point text of `value` rounded to `decimals` places (at most 6), as QString::number(value,
// 'f', decimals) writes it but in place and several times faster: coordinates and the distance
// are three of every row's fields.
void appendFixed(QString &out, double value, int decimals)
{
    // The integer arithmetic below holds up to about 9e12 at 6 places; beyond that (and for
    // NaN or infinity) it would overflow, so leave such values to Qt.
    if (!(std::abs(value) < 1e12)) {
        out += QString::number(value, 'f', decimals);
        return;
    }
    static constexpr qint64 scales[] = { 1, 10, 100, 1000, 10000, 100000, 1000000 };
    const qint64 scale = scales[decimals];
    const qint64 scaled = std::llround(value * double(scale));
    const qint64 magnitude = scaled < 0 ? -scaled : scaled;
    if (scaled < 0)
        out += u'-';
    appendInteger(out, magnitude / scale);
    if (decimals > 0) {
        out += u'.';
        appendDigits(out, magnitude % scale, decimals);
    }
}

void appendCoordinate(QString &out, const QGeoCoordinate &coordinate, bool latitude)
{
    if (coordinate.isValid())
        appendFixed(out, latitude ? coordinate.latitude() : coordinate.longitude(), 5);
}

// YYYY-MM-DD, by hand: QDate::toString() costs about 2 µs, a fifth of the whole row.
void appendDate(QString &out, QDate date)
{
    if (!date.isValid())
        return; // as QDate::toString() writes an invalid date: nothing
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    if (year < 1 || year > 9999) {
        out += date.toString(Qt::ISODate);
        return;
    }
    appendDigits(out, year, 4);
    out += u'-';
    appendDigits(out, month, 2);
    out += u'-';
    appendDigits(out, day, 2);
}

// HH:MM, or nothing when the gig has no time.
void appendTime(QString &out, const EventStart &start)
{
    if (const std::optional<QTime> time = start.localTime(); time && time->isValid()) {
        appendDigits(out, time->hour(), 2);
        out += u':';
        appendDigits(out, time->minute(), 2);
    }
}

} // namespace

QStringList CsvWriter::gigsHeader()
{
    return { u"date"_s, u"time"_s, u"event"_s, u"venue"_s, u"city"_s, u"country"_s, u"latitude"_s,
        u"longitude"_s, u"distance_km"_s, u"status"_s, u"artists"_s, u"latest_releases"_s, u"url"_s,
        u"source_id"_s };
}

QStringList CsvWriter::artistsHeader()
{
    return { u"date"_s, u"time"_s, u"event"_s, u"venue"_s, u"city"_s, u"artist"_s, u"artist_mbid"_s,
        u"billing"_s, u"release_title"_s, u"release_type"_s, u"release_date"_s, u"source_id"_s };
}

void CsvWriter::appendTextField(QString &out, QStringView text)
{
    bool quote = false;
    for (const QChar c : text) {
        if (c == u',' || c == u'"' || c == u'\r' || c == u'\n') {
            quote = true;
            break;
        }
    }
    if (quote)
        out += u'"';
    if (!text.isEmpty()) {
        const QChar first = text.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
            || first == u'\r')
            out += u'\'';
    }
    if (!quote) {
        out += text;
        return;
    }
    qsizetype from = 0;
    for (qsizetype i = text.indexOf(u'"'); i >= 0; i = text.indexOf(u'"', i + 1)) {
        out += text.mid(from, i + 1 - from);
        out += u'"'; // quotes are doubled
        from = i + 1;
    }
    out += text.mid(from);
    out += u'"';
}

QString CsvWriter::textField(const QString &text)
{
    QString field;
    appendTextField(field, text);
    return field;
}

QString CsvWriter::record(const QStringList &fields)
{
    return fields.join(u',') + u"\r\n"_s;
}

QString CsvWriter::releaseSummary(const ArtistRelease &entry)
{
    QString summary;
    appendReleaseSummary(summary, entry);
    return summary;
}

void CsvWriter::appendReleaseSummary(QString &out, const ArtistRelease &entry)
{
    out += entry.artist.name;
    switch (entry.state) {
    case ArtistRelease::State::Known:
        out += u": "_s;
        out += releaseLabel(*entry.release);
        return;
    case ArtistRelease::State::None:
    case ArtistRelease::State::NotOnMusicBrainz:
    case ArtistRelease::State::SeveralArtists:
        out += u": none"_s; // the export contract: an unresolved artist has no release
        return;
    case ArtistRelease::State::Fetching:
        out += u": unknown"_s;
        return;
    }
    Q_UNREACHABLE();
}

QByteArray CsvWriter::write(const QList<ExportGig> &gigs, const Options &options)
{
    // One string grows row by row, fields appended in place: 100,000 gigs make about
    // 10 million small pieces, and every temporary list or string would count.
    QString out;
    out.reserve(gigs.size() * (options.rows == Rows::Gigs ? 260 : 3 * 140) + 256);
    if (options.byteOrderMark)
        out += QChar(0xFEFF);
    out += record(options.rows == Rows::Gigs ? gigsHeader() : artistsHeader());

    QString scratch;
    auto text = [&out](QStringView value) {
        appendTextField(out, value);
        out += u',';
    };
    auto raw = [&out](QStringView value) {
        out += value;
        out += u',';
    };
    auto dateAndTime = [&out](const EventStart &start) {
        appendDate(out, start.localDate());
        out += u',';
        appendTime(out, start);
        out += u',';
    };
    for (const ExportGig &gig : gigs) {
        const Event &e = gig.event;
        // Every provider's id of the show, in the order the merge prefers.
        const QString sourceIds = gig.sourceIds.isEmpty() ? e.id : gig.sourceIds.join(u"; "_s);
        if (options.rows == Rows::Gigs) {
            dateAndTime(e.start);
            text(e.name);
            text(e.venue.name);
            text(e.venue.city);
            text(e.venue.country);
            appendCoordinate(out, e.venue.coordinate, true);
            out += u',';
            appendCoordinate(out, e.venue.coordinate, false);
            out += u',';
            if (gig.distanceKm >= 0 && std::isfinite(gig.distanceKm))
                appendFixed(out, gig.distanceKm, 1);
            out += u',';
            raw(eventStatusName(e.status));
            scratch.clear();
            for (qsizetype i = 0; i < gig.lineup.size(); ++i) {
                if (i > 0)
                    scratch += u"; "_s;
                scratch += gig.lineup.at(i).artist.name;
            }
            text(scratch);
            scratch.clear();
            for (qsizetype i = 0; i < gig.lineup.size(); ++i) {
                if (i > 0)
                    scratch += u"; "_s;
                appendReleaseSummary(scratch, gig.lineup.at(i));
            }
            text(scratch);
            text(gig.urls.value(0, e.url));
            appendTextField(out, sourceIds);
            out += u"\r\n"_s;
            continue;
        }
        for (qsizetype i = 0; i < gig.lineup.size(); ++i) {
            const ArtistRelease &entry = gig.lineup.at(i);
            const bool known = entry.state == ArtistRelease::State::Known;
            dateAndTime(e.start);
            text(e.name);
            text(e.venue.name);
            text(e.venue.city);
            text(entry.artist.name);
            text(entry.artist.mbid);
            raw(billingName(e.billingAt(i)));
            if (known) {
                text(entry.release->title);
                raw(releaseTypeName(entry.release->type));
                raw(entry.release->date.toString());
            } else {
                out += u",,,"_s;
            }
            appendTextField(out, sourceIds);
            out += u"\r\n"_s;
        }
    }
    return out.toUtf8();
}

} // namespace gig
