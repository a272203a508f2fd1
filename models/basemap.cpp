#include "models/basemap.h"

#include <QDebugStateSaver>
#include <QFile>
#include <QIODevice>
#include <QLoggingCategory>
#include <QtEndian>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcBasemap, "gigmap.basemap")

namespace gig {

namespace {

// The format (docs/BASEMAP.md), all little-endian:
//   header  16 bytes: "GMBM", u16 version, u16 section count, u32 file size, u32 reserved
//   section 48 bytes: u8 kind, 3 reserved, f64 scale x, scale y, translate x, translate y,
//                     u32 path count, u32 point count, u32 payload bytes; then the payload:
//   path    varint (points << 1 | hole), then per point zigzag-varint dx, dy on the integer
//           grid (the first point relative to 0, 0); lng = x · scale x + translate x.
constexpr char Magic[4] = { 'G', 'M', 'B', 'M' };
constexpr quint16 FormatVersion = 1;
constexpr qsizetype HeaderSize = 16;
constexpr qsizetype SectionHeaderSize = 48;
constexpr quint8 KindLand = 1;
constexpr quint8 KindBorders = 2;
constexpr double Slack = 1e-6; // degrees a decoded point may stray past ±180 / ±90
constexpr qint64 MaxGrid = qint64(1) << 40; // integer grid coordinates never go beyond this
constexpr double MinScale = 1e-9; // degrees per grid step: finer than any map needs

// Reads the bytes front to back; every read checks what is left, so no input can overrun.
class Reader
{
public:
    explicit Reader(QByteArrayView data)
        : m_data(data)
    { }

    qsizetype remaining() const { return m_data.size() - m_pos; }

    template<typename T> std::optional<T> read()
    {
        if (remaining() < qsizetype(sizeof(T)))
            return std::nullopt;
        T value = qFromLittleEndian<T>(m_data.data() + m_pos);
        m_pos += sizeof(T);
        return value;
    }

    std::optional<double> readDouble()
    {
        const auto bits = read<quint64>();
        if (!bits)
            return std::nullopt;
        double value;
        std::memcpy(&value, &*bits, sizeof value);
        return value;
    }

    bool skip(qsizetype count)
    {
        if (count < 0 || remaining() < count)
            return false;
        m_pos += count;
        return true;
    }

    // Unsigned LEB128 of at most 5 bytes (32 bits).
    std::optional<quint32> readVarint()
    {
        quint64 value = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            if (remaining() < 1)
                return std::nullopt;
            const auto byte = quint8(m_data[m_pos++]);
            value |= quint64(byte & 0x7f) << shift;
            if (!(byte & 0x80)) {
                if (value > std::numeric_limits<quint32>::max())
                    return std::nullopt;
                return quint32(value);
            }
        }
        return std::nullopt;
    }

    std::optional<qint64> readZigzag()
    {
        const auto raw = readVarint();
        if (!raw)
            return std::nullopt;
        return (*raw & 1) ? -qint64(*raw >> 1) - 1 : qint64(*raw >> 1);
    }

    QByteArrayView take(qsizetype count)
    {
        const QByteArrayView part = m_data.sliced(m_pos, count);
        m_pos += count;
        return part;
    }

private:
    QByteArrayView m_data;
    qsizetype m_pos = 0;
};

struct Transform
{
    double scaleX = 1;
    double scaleY = 1;
    double translateX = 0;
    double translateY = 0;
};

bool plausibleTransform(const Transform &t)
{
    const auto finite = [](double v) {
        return std::isfinite(v);
    };
    return finite(t.scaleX) && finite(t.scaleY) && finite(t.translateX) && finite(t.translateY)
        && t.scaleX >= MinScale && t.scaleY >= MinScale && t.scaleX <= 360 && t.scaleY <= 180
        && std::abs(t.translateX) <= 360 && std::abs(t.translateY) <= 180;
}

QRectF boundsOf(const QList<QPointF> &points)
{
    double west = points.first().x();
    double east = west;
    double south = points.first().y();
    double north = south;
    for (const QPointF &p : points) {
        west = std::min(west, p.x());
        east = std::max(east, p.x());
        south = std::min(south, p.y());
        north = std::max(north, p.y());
    }
    return QRectF(west, south, east - west, north - south);
}

// Decodes one section's payload into paths; returns an error sentence or an empty string.
QString decodePaths(QByteArrayView payload, quint8 kind, const Transform &transform,
    quint32 pathCount, quint32 pointCount, QList<Basemap::Path> &paths)
{
    // Every point takes at least two bytes and every path at least one, so counts beyond that
    // are lies; checking them first keeps a forged header from making us allocate gigabytes.
    if (pathCount > quint64(payload.size()) || pointCount > quint64(payload.size()) / 2)
        return u"the section claims %1 paths and %2 points, more than its %3 bytes can hold"_s
            .arg(pathCount)
            .arg(pointCount)
            .arg(payload.size());

    Reader reader(payload);
    paths.reserve(paths.size() + qsizetype(pathCount));
    quint64 pointsSeen = 0;
    const qsizetype minPoints = kind == KindLand ? 4 : 2;
    for (quint32 index = 0; index < pathCount; ++index) {
        const auto head = reader.readVarint();
        if (!head)
            return u"path %1 is cut short"_s.arg(index);
        const quint32 count = *head >> 1;
        const bool isHole = *head & 1;
        if (count < minPoints)
            return u"path %1 has %2 points, fewer than %3"_s.arg(index).arg(count).arg(minPoints);
        if (isHole && kind != KindLand)
            return u"border line %1 is marked as a hole"_s.arg(index);
        pointsSeen += count;
        if (pointsSeen > pointCount || count > quint64(reader.remaining()) / 2)
            return u"path %1 has more points than the section holds"_s.arg(index);

        Basemap::Path path;
        path.isHole = isHole;
        path.points.reserve(count);
        qint64 x = 0;
        qint64 y = 0;
        for (quint32 i = 0; i < count; ++i) {
            const auto dx = reader.readZigzag();
            const auto dy = reader.readZigzag();
            if (!dx || !dy)
                return u"path %1 is cut short at point %2"_s.arg(index).arg(i);
            x += *dx;
            y += *dy;
            if (std::abs(x) > MaxGrid || std::abs(y) > MaxGrid) // also keeps x, y from overflowing
                return u"path %1 point %2 runs off the coordinate grid"_s.arg(index).arg(i);
            const double lng = double(x) * transform.scaleX + transform.translateX;
            const double lat = double(y) * transform.scaleY + transform.translateY;
            if (!(std::abs(lng) <= 180 + Slack) || !(std::abs(lat) <= 90 + Slack))
                return u"path %1 point %2 lies outside the world (%3, %4)"_s.arg(index)
                    .arg(i)
                    .arg(lng)
                    .arg(lat);
            path.points.append(
                QPointF(std::clamp(lng, -180.0, 180.0), std::clamp(lat, -90.0, 90.0)));
        }
        if (kind == KindLand && path.points.first() != path.points.last())
            return u"land ring %1 is not closed"_s.arg(index);
        path.bounds = boundsOf(path.points);
        paths.append(std::move(path));
    }
    if (pointsSeen != pointCount)
        return u"the section claims %1 points but its paths hold %2"_s.arg(pointCount)
            .arg(pointsSeen);
    if (reader.remaining() != 0)
        return u"%1 stray bytes after the last path"_s.arg(reader.remaining());
    return {};
}

// Crossing-number step: does edge a-b cross the horizontal ray east of p?
bool crossesRayEast(QPointF a, QPointF b, QPointF p)
{
    if ((a.y() > p.y()) == (b.y() > p.y()))
        return false;
    return p.x() < a.x() + (p.y() - a.y()) * (b.x() - a.x()) / (b.y() - a.y());
}

bool boundsContain(const QRectF &bounds, QPointF p)
{
    return p.x() >= bounds.left() && p.x() <= bounds.right() && p.y() >= bounds.top()
        && p.y() <= bounds.bottom();
}

} // namespace

bool Basemap::Path::intersects(const QRectF &lngLatRect) const
{
    const QRectF r = lngLatRect.normalized();
    return bounds.left() <= r.right() && r.left() <= bounds.right() && bounds.top() <= r.bottom()
        && r.top() <= bounds.bottom();
}

bool Basemap::load(const QByteArray &data)
{
    m_landRings.clear();
    m_landIndex.clear();
    m_borderLines.clear();
    m_errorString.clear();

    const auto fail = [this](const QString &why) {
        m_landRings.clear();
        m_landIndex.clear();
        m_borderLines.clear();
        m_errorString = u"Not a usable basemap: "_s + why;
        return false;
    };

    Reader reader(data);
    if (data.size() < HeaderSize)
        return fail(
            u"%1 bytes, shorter than the %2-byte header"_s.arg(data.size()).arg(HeaderSize));
    if (std::memcmp(data.constData(), Magic, sizeof Magic) != 0)
        return fail(u"it does not start with \"GMBM\""_s);
    reader.skip(sizeof Magic);
    const quint16 version = *reader.read<quint16>();
    const quint16 sectionCount = *reader.read<quint16>();
    const quint32 fileSize = *reader.read<quint32>();
    reader.skip(4); // reserved
    if (version != FormatVersion)
        return fail(
            u"format version %1, this build reads version %2"_s.arg(version).arg(FormatVersion));
    if (fileSize != quint64(data.size()))
        return fail(fileSize > quint64(data.size())
                ? u"truncated: the header says %1 bytes, only %2 are there"_s.arg(fileSize).arg(
                    data.size())
                : u"%1 bytes where the header says %2"_s.arg(data.size()).arg(fileSize));

    for (quint16 s = 0; s < sectionCount; ++s) {
        if (reader.remaining() < SectionHeaderSize)
            return fail(u"section %1 is cut short"_s.arg(s));
        const quint8 kind = *reader.read<quint8>();
        reader.skip(3);
        Transform transform;
        transform.scaleX = *reader.readDouble();
        transform.scaleY = *reader.readDouble();
        transform.translateX = *reader.readDouble();
        transform.translateY = *reader.readDouble();
        const quint32 pathCount = *reader.read<quint32>();
        const quint32 pointCount = *reader.read<quint32>();
        const quint32 payloadSize = *reader.read<quint32>();
        if (payloadSize > quint64(reader.remaining()))
            return fail(u"section %1 claims %2 bytes, only %3 are left"_s.arg(s)
                            .arg(payloadSize)
                            .arg(reader.remaining()));
        const QByteArrayView payload = reader.take(payloadSize);
        if (kind != KindLand && kind != KindBorders)
            continue; // a later format's section: skip it, its size is known
        if (!plausibleTransform(transform))
            return fail(u"section %1 has an impossible coordinate transform"_s.arg(s));
        QList<Path> &paths = kind == KindLand ? m_landRings : m_borderLines;
        const QString error = decodePaths(payload, kind, transform, pathCount, pointCount, paths);
        if (!error.isEmpty())
            return fail(u"section %1: "_s.arg(s) + error);
    }
    if (reader.remaining() != 0)
        return fail(u"%1 stray bytes after the last section"_s.arg(reader.remaining()));
    if (m_landRings.isEmpty())
        return fail(u"it holds no land"_s);
    m_landIndex.reserve(m_landRings.size());
    for (const Path &ring : std::as_const(m_landRings))
        m_landIndex.append(indexRing(ring));
    return true;
}

Basemap::RingIndex Basemap::indexRing(const Path &ring)
{
    RingIndex index;
    const qsizetype edgeCount = ring.points.size() - 1;
    const int bands = int(std::clamp<qsizetype>(edgeCount / 8, 1, 512));
    index.south = ring.bounds.top();
    index.bandHeight = ring.bounds.height() / bands;
    const auto bandOf = [&index, bands](double lat) {
        if (!(index.bandHeight > 0))
            return 0;
        return int(
            std::clamp(std::floor((lat - index.south) / index.bandHeight), 0.0, double(bands - 1)));
    };
    const auto bandsOfEdge = [&ring, &bandOf](qsizetype i) {
        const double a = ring.points[i].y();
        const double b = ring.points[i + 1].y();
        return std::pair(bandOf(std::min(a, b)), bandOf(std::max(a, b)));
    };
    // Two passes (count, then fill) keep it to two flat arrays.
    QList<qint32> counts(bands + 1, 0);
    for (qsizetype i = 0; i < edgeCount; ++i) {
        const auto [low, high] = bandsOfEdge(i);
        for (int band = low; band <= high; ++band)
            ++counts[band + 1];
    }
    for (int band = 0; band < bands; ++band)
        counts[band + 1] += counts[band];
    index.offsets = counts;
    index.edges.resize(counts.last());
    for (qsizetype i = 0; i < edgeCount; ++i) {
        const auto [low, high] = bandsOfEdge(i);
        for (int band = low; band <= high; ++band)
            index.edges[counts[band]++] = qint32(i);
    }
    return index;
}

bool Basemap::ringContains(qsizetype ringNumber, QPointF p) const
{
    const QList<QPointF> &points = m_landRings[ringNumber].points;
    const RingIndex &index = m_landIndex[ringNumber];
    const int bands = int(index.offsets.size()) - 1;
    int band = 0;
    if (index.bandHeight > 0)
        band = int(std::clamp(
            std::floor((p.y() - index.south) / index.bandHeight), 0.0, double(bands - 1)));
    bool inside = false;
    for (qint32 k = index.offsets[band]; k < index.offsets[band + 1]; ++k) {
        const qint32 i = index.edges[k];
        if (crossesRayEast(points[i], points[i + 1], p))
            inside = !inside;
    }
    return inside;
}

bool Basemap::load(QIODevice *device)
{
    if (!device || !device->isReadable()) {
        *this = Basemap();
        m_errorString = u"Not a usable basemap: the device is not open for reading"_s;
        return false;
    }
    // read(MaxFileSize + 1) would allocate that much whatever the file holds: ask a file its size.
    const bool tooLarge = !device->isSequential() && device->size() - device->pos() > MaxFileSize;
    const QByteArray data = tooLarge ? QByteArray()
        : device->isSequential()     ? device->read(MaxFileSize + 1)
                                     : device->readAll();
    if (tooLarge || data.size() > MaxFileSize) {
        *this = Basemap();
        m_errorString = u"Not a usable basemap: larger than %1 bytes"_s.arg(MaxFileSize);
        return false;
    }
    return load(data);
}

qsizetype Basemap::pointCount() const
{
    qsizetype count = 0;
    for (const Path &ring : m_landRings)
        count += ring.points.size();
    for (const Path &line : m_borderLines)
        count += line.points.size();
    return count;
}

bool Basemap::isLand(QPointF lngLat) const
{
    bool inside = false;
    for (qsizetype i = 0; i < m_landRings.size(); ++i) {
        if (boundsContain(m_landRings[i].bounds, lngLat) && ringContains(i, lngLat))
            inside = !inside;
    }
    return inside;
}

const Basemap &Basemap::builtIn()
{
    static const Basemap map = [] {
        Basemap basemap;
        QFile file(u":/basemap/world.gmbm"_s);
        if (!file.open(QIODevice::ReadOnly))
            qCWarning(lcBasemap) << "The built-in basemap is missing:" << file.errorString()
                                 << "- the map shows no land outline.";
        else if (!basemap.load(&file))
            qCWarning(lcBasemap) << "The built-in basemap is broken:" << basemap.errorString()
                                 << "- the map shows no land outline.";
        return basemap;
    }();
    return map;
}

QDebug operator<<(QDebug debug, const Basemap &basemap)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "Basemap(" << basemap.landRings().size() << " land rings, "
                    << basemap.borderLines().size() << " border lines, " << basemap.pointCount()
                    << " points)";
    return debug;
}

} // namespace gig
