#include "app/export/csvwriter.h"

using namespace Qt::StringLiterals;

namespace gig {

namespace {

QString number(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

QString coordinateField(const QGeoCoordinate &coordinate, bool latitude)
{
    if (!coordinate.isValid())
        return {};
    return number(latitude ? coordinate.latitude() : coordinate.longitude(), 5);
}

QString timeText(const EventStart &start)
{
    return start.localTime() ? start.localTime()->toString(u"HH:mm") : QString();
}

} // namespace

QStringList CsvWriter::gigsHeader()
{
    return {u"date"_s,     u"time"_s,   u"event"_s,           u"venue"_s,    u"city"_s,
            u"country"_s,  u"latitude"_s, u"longitude"_s,     u"distance_km"_s, u"status"_s,
            u"artists"_s,  u"latest_releases"_s, u"url"_s,    u"source_id"_s};
}

QStringList CsvWriter::artistsHeader()
{
    return {u"date"_s,   u"time"_s,          u"event"_s,         u"venue"_s,
            u"city"_s,   u"artist"_s,        u"artist_mbid"_s,   u"billing"_s,
            u"release_title"_s, u"release_type"_s, u"release_date"_s, u"source_id"_s};
}

QString CsvWriter::textField(const QString &text)
{
    QString field = text;
    if (!field.isEmpty()) {
        const QChar first = field.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
            || first == u'\r')
            field.prepend(u'\'');
    }
    if (field.contains(u',') || field.contains(u'"') || field.contains(u'\r')
        || field.contains(u'\n')) {
        field.replace(u"\""_s, u"\"\""_s);
        field = u'"' + field + u'"';
    }
    return field;
}

QString CsvWriter::record(const QStringList &fields)
{
    return fields.join(u',') + u"\r\n"_s;
}

QString CsvWriter::releaseSummary(const ArtistRelease &entry)
{
    const QString name = entry.artist.name;
    switch (entry.state) {
    case ArtistRelease::State::Known:
        return name + u": "_s + releaseLabel(*entry.release);
    case ArtistRelease::State::None:
    case ArtistRelease::State::NoMbid:
        return name + u": none"_s;
    case ArtistRelease::State::Fetching:
        return name + u": unknown"_s;
    }
    Q_UNREACHABLE();
    return {};
}

QByteArray CsvWriter::write(const QList<ExportGig> &gigs, const Options &options)
{
    QString out;
    out.reserve(gigs.size() * 256);
    if (options.byteOrderMark)
        out += QChar(0xFEFF);
    auto header = options.rows == Rows::Gigs ? gigsHeader() : artistsHeader();
    out += record(header);

    for (const ExportGig &gig : gigs) {
        const Event &e = gig.event;
        const QString date = e.start.localDate().toString(Qt::ISODate);
        if (options.rows == Rows::Gigs) {
            QStringList names;
            QStringList releases;
            for (const ArtistRelease &entry : gig.lineup) {
                names.append(entry.artist.name);
                releases.append(releaseSummary(entry));
            }
            out += record({date, timeText(e.start), textField(e.name), textField(e.venue.name),
                           textField(e.venue.city), textField(e.venue.country),
                           coordinateField(e.venue.coordinate, true),
                           coordinateField(e.venue.coordinate, false),
                           gig.distanceKm < 0 ? QString() : number(gig.distanceKm, 1),
                           eventStatusName(e.status), textField(names.join(u"; "_s)),
                           textField(releases.join(u"; "_s)),
                           textField(e.url.toString(QUrl::FullyEncoded)), textField(e.id)});
            continue;
        }
        for (int i = 0; i < gig.lineup.size(); ++i) {
            const ArtistRelease &entry = gig.lineup.at(i);
            const bool known = entry.state == ArtistRelease::State::Known;
            out += record({date, timeText(e.start), textField(e.name), textField(e.venue.name),
                           textField(e.venue.city), textField(entry.artist.name),
                           textField(entry.artist.mbid), i == 0 ? u"headline"_s : u"support"_s,
                           known ? textField(entry.release->title) : QString(),
                           known ? releaseTypeName(entry.release->type) : QString(),
                           known ? entry.release->date.toString() : QString(), textField(e.id)});
        }
    }
    return out.toUtf8();
}

} // namespace gig
