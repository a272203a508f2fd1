// Writes gigs made from the fuzz bytes with CsvWriter, reads the CSV back with a strict RFC 4180
// reader and requires every field to be what was written (text that could start a formula
// carries the documented leading apostrophe; numbers never do).
#include "app/export/csvwriter.h"
#include "fuzzinput.h"

#include <QRegularExpression>
#include <cmath>
#include <fuzzer/FuzzedDataProvider.h>
#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

// Strict RFC 4180: records end with CRLF (the last one too), fields are separated by commas and
// are either plain (no '"', ',', CR or LF) or quoted with '""' standing for '"'. Anything else
// (a bare CR or LF, a quote inside a plain field, text after a closing quote) is std::nullopt.
std::optional<QList<QStringList>> readCsv(QStringView text)
{
    QList<QStringList> records;
    QStringList fields;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        QString field;
        if (text[i] == u'"') {
            for (++i;; ++i) {
                if (i >= n)
                    return std::nullopt; // unterminated quote
                if (text[i] == u'"') {
                    if (i + 1 < n && text[i + 1] == u'"') {
                        field += u'"';
                        ++i;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text[i];
            }
        } else {
            for (; i < n && text[i] != u',' && text[i] != u'\r' && text[i] != u'\n'; ++i) {
                if (text[i] == u'"')
                    return std::nullopt;
                field += text[i];
            }
        }
        fields.append(field);
        if (i < n && text[i] == u',') {
            ++i;
            continue;
        }
        if (i + 1 < n && text[i] == u'\r' && text[i + 1] == u'\n') {
            i += 2;
            records.append(fields);
            fields.clear();
            continue;
        }
        return std::nullopt; // end of text inside a record, or a bare CR/LF, or junk after a quote
    }
    if (!fields.isEmpty())
        return std::nullopt;
    return records;
}

// The documented formula guard: a leading =, +, -, @, tab or CR gets an apostrophe before it.
QString guarded(const QString &text)
{
    static const QString formulaStarts = u"=+-@\t\r"_s;
    return !text.isEmpty() && formulaStarts.contains(text.front()) ? u'\'' + text : text;
}

class GigMaker
{
public:
    GigMaker(const uint8_t *data, size_t size)
        : m_in(data, size)
    { }

    bool remaining() { return m_in.remaining_bytes() > 0; }
    bool flag() { return m_in.ConsumeBool(); }
    template<typename T> T pick(T lowest, T highest)
    {
        return m_in.ConsumeIntegralInRange<T>(lowest, highest);
    }

    QString text() { return QString::fromUtf8(m_in.ConsumeRandomLengthString(40)); }

    double distance()
    {
        switch (pick(0, 3)) {
        case 0:
            return m_in.ConsumeFloatingPoint<double>();
        case 1:
            return std::numeric_limits<double>::quiet_NaN();
        case 2:
            return std::numeric_limits<double>::infinity();
        default:
            return m_in.ConsumeFloatingPointInRange<double>(0, 20100);
        }
    }

    gig::PartialDate releaseDate()
    {
        switch (pick(0, 3)) {
        case 0:
            return {};
        case 1:
            return gig::PartialDate::fromYear(pick(1, 9999));
        case 2:
            return gig::PartialDate::fromYearMonth(pick(1, 9999), pick(1, 12));
        default: {
            const QDate date = QDate::fromJulianDay(pick<qint64>(1721426, 5373484)); // 0001…9999
            return gig::PartialDate::fromDate(date);
        }
        }
    }

    gig::ExportGig gig()
    {
        gig::ExportGig gig;
        gig::Event &e = gig.event;
        e.id = text();
        e.name = text();
        e.status = gig::EventStatus(pick(0, 3));
        const QDate date
            = flag() ? QDate::fromJulianDay(pick<qint64>(-1'000'000, 6'000'000)) : QDate();
        std::optional<QTime> time;
        if (flag())
            time = QTime::fromMSecsSinceStartOfDay(pick(0, 86'399'999));
        std::optional<int> offset;
        if (flag())
            offset = pick(-18 * 3600, 18 * 3600);
        e.start = gig::EventStart(date, time, offset);
        e.venue.name = text();
        e.venue.city = text();
        e.venue.country = text();
        if (flag()) {
            e.venue.coordinate = QGeoCoordinate(m_in.ConsumeFloatingPointInRange<double>(-90, 90),
                m_in.ConsumeFloatingPointInRange<double>(-180, 180));
        }
        e.url = text();
        gig.distanceKm = distance();
        const int artists = pick(0, 4);
        for (int i = 0; i < artists; ++i) {
            gig::ArtistRelease entry;
            entry.artist.id = text();
            entry.artist.name = text();
            entry.artist.mbid = text();
            entry.state = gig::ArtistRelease::State(pick(0, 3));
            if (entry.state == gig::ArtistRelease::State::Known) {
                gig::Release release;
                release.mbid = text();
                release.title = text();
                release.type = gig::ReleaseType(pick(0, 3));
                release.date = releaseDate();
                entry.release = release;
            }
            gig.lineup.append(entry);
        }
        return gig;
    }

private:
    FuzzedDataProvider m_in;
};

// A number field: digits with exactly `decimals` places, within half a last place of `value`.
void checkNumber(const QString &field, double value, int decimals)
{
    static const QRegularExpression shape[] = { QRegularExpression(u"^-?[0-9]+$"_s),
        QRegularExpression(u"^-?[0-9]+\\.[0-9]$"_s), QRegularExpression(u"^-?[0-9]+\\.[0-9]{2}$"_s),
        QRegularExpression(u"^-?[0-9]+\\.[0-9]{3}$"_s),
        QRegularExpression(u"^-?[0-9]+\\.[0-9]{4}$"_s),
        QRegularExpression(u"^-?[0-9]+\\.[0-9]{5}$"_s) };
    FUZZ_CHECK_DETAIL(shape[decimals].match(field).hasMatch(), field);
    bool ok = false;
    const double read = field.toDouble(&ok);
    FUZZ_CHECK(ok);
    const double tolerance = 0.5 * std::pow(10.0, -decimals) * (1 + 1e-9) + std::abs(value) * 1e-15;
    FUZZ_CHECK_DETAIL(
        std::abs(read - value) <= tolerance, field + u" for "_s + QString::number(value, 'g', 17));
}

QString summary(const gig::ArtistRelease &entry)
{
    switch (entry.state) {
    case gig::ArtistRelease::State::Known:
        return entry.artist.name + u": "_s + gig::releaseLabel(*entry.release);
    case gig::ArtistRelease::State::Fetching:
        return entry.artist.name + u": unknown"_s;
    default:
        return entry.artist.name + u": none"_s;
    }
}

QString timeText(const gig::EventStart &start)
{
    return start.localTime() ? start.localTime()->toString(u"HH:mm") : QString();
}

void checkGigRow(const QStringList &row, const gig::ExportGig &gig)
{
    const gig::Event &e = gig.event;
    FUZZ_CHECK(row.size() == 14);
    FUZZ_CHECK(row[0] == e.start.localDate().toString(Qt::ISODate));
    FUZZ_CHECK(row[1] == timeText(e.start));
    FUZZ_CHECK_DETAIL(row[2] == guarded(e.name), row[2]);
    FUZZ_CHECK(row[3] == guarded(e.venue.name));
    FUZZ_CHECK(row[4] == guarded(e.venue.city));
    FUZZ_CHECK(row[5] == guarded(e.venue.country));
    if (e.venue.coordinate.isValid()) {
        checkNumber(row[6], e.venue.coordinate.latitude(), 5);
        checkNumber(row[7], e.venue.coordinate.longitude(), 5);
    } else {
        FUZZ_CHECK(row[6].isEmpty() && row[7].isEmpty());
    }
    if (std::isfinite(gig.distanceKm) && gig.distanceKm >= 0)
        checkNumber(row[8], gig.distanceKm, 1);
    else
        FUZZ_CHECK_DETAIL(row[8].isEmpty(), row[8]);
    FUZZ_CHECK(row[9] == gig::eventStatusName(e.status));
    QStringList names;
    QStringList summaries;
    for (const gig::ArtistRelease &entry : gig.lineup) {
        names.append(entry.artist.name);
        summaries.append(summary(entry));
    }
    FUZZ_CHECK(row[10] == guarded(names.join(u"; "_s)));
    FUZZ_CHECK(row[11] == guarded(summaries.join(u"; "_s)));
    FUZZ_CHECK(row[12] == guarded(e.url));
    FUZZ_CHECK(row[13] == guarded(e.id));
}

void checkArtistRow(const QStringList &row, const gig::ExportGig &gig, qsizetype billing)
{
    const gig::Event &e = gig.event;
    const gig::ArtistRelease &entry = gig.lineup.at(billing);
    FUZZ_CHECK(row.size() == 12);
    FUZZ_CHECK(row[0] == e.start.localDate().toString(Qt::ISODate));
    FUZZ_CHECK(row[1] == timeText(e.start));
    FUZZ_CHECK(row[2] == guarded(e.name));
    FUZZ_CHECK(row[3] == guarded(e.venue.name));
    FUZZ_CHECK(row[4] == guarded(e.venue.city));
    FUZZ_CHECK(row[5] == guarded(entry.artist.name));
    FUZZ_CHECK(row[6] == guarded(entry.artist.mbid));
    FUZZ_CHECK(row[7] == (billing == 0 ? u"headline"_s : u"support"_s));
    if (entry.state == gig::ArtistRelease::State::Known) {
        FUZZ_CHECK(row[8] == guarded(entry.release->title));
        FUZZ_CHECK(row[9] == gig::releaseTypeName(entry.release->type));
        FUZZ_CHECK(row[10] == entry.release->date.toString());
    } else {
        FUZZ_CHECK(row[8].isEmpty() && row[9].isEmpty() && row[10].isEmpty());
    }
    FUZZ_CHECK(row[11] == guarded(e.id));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    GigMaker make(data, size);
    gig::CsvWriter::Options options;
    options.rows = make.flag() ? gig::CsvWriter::Rows::Artists : gig::CsvWriter::Rows::Gigs;
    options.byteOrderMark = make.flag();
    QList<gig::ExportGig> gigs;
    const int count = make.pick(0, 4);
    for (int i = 0; i < count && make.remaining(); ++i)
        gigs.append(make.gig());

    const QByteArray csv = gig::CsvWriter::write(gigs, options);
    FUZZ_CHECK(csv.startsWith("\xEF\xBB\xBF") == options.byteOrderMark);
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xFEFF))) // QString::fromUtf8 may or may not drop a BOM itself
        text.remove(0, 1);
    const std::optional<QList<QStringList>> records = readCsv(text);
    FUZZ_CHECK_DETAIL(records.has_value(), text);

    const bool byGig = options.rows == gig::CsvWriter::Rows::Gigs;
    FUZZ_CHECK(!records->isEmpty());
    FUZZ_CHECK(records->constFirst()
        == (byGig ? gig::CsvWriter::gigsHeader() : gig::CsvWriter::artistsHeader()));
    qsizetype next = 1;
    for (const gig::ExportGig &gig : gigs) {
        if (byGig) {
            FUZZ_CHECK(next < records->size());
            checkGigRow(records->at(next++), gig);
            continue;
        }
        for (qsizetype billing = 0; billing < gig.lineup.size(); ++billing) {
            FUZZ_CHECK(next < records->size());
            checkArtistRow(records->at(next++), gig, billing);
        }
    }
    FUZZ_CHECK(next == records->size());
    return 0;
}
