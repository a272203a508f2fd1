#include "ui/map/markerlayer.h"

#include "models/event.h"
#include "models/gigroles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLineF>
#include <QLocale>
#include <QPainter>
#include <QTimer>
#include <algorithm>
#include <cmath>
#include <numbers>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

const QColor GigColor(0xe0, 0x31, 0x31);
const QColor PostponedColor(0xf0, 0x8c, 0x00);
const QColor CancelledColor(0x86, 0x8e, 0x96);
// The ring around the gigs of my artists: violet, apart from every status colour.
const QColor MineRingColor(0x7b, 0x2c, 0xbf);
constexpr double MineRingWidth = 3.0;

// The map's words, in the map's translation context.
double clusterDiameter(int count)
{
    return count < 10 ? 30.0 : count < 100 ? 36.0 : count < 1000 ? 42.0 : 48.0;
}

// One marker's reach beyond a point: the largest cluster's radius.
constexpr double MarkerReach = 24.0;

QColor clusterColor(int count)
{
    return count < 10 ? QColor(110, 204, 57)
        : count < 100 ? QColor(240, 194, 12)
                      : QColor(241, 128, 23);
}

} // namespace

MarkerLayer::MarkerLayer(QObject *parent)
    : QObject(parent)
    , m_rebuildTimer(new QTimer(this))
{
    Q_ASSERT(MarkerReach == clusterDiameter(1000000) / 2.0);
    m_rebuildTimer->setSingleShot(true);
    m_rebuildTimer->setInterval(0);
    connect(m_rebuildTimer, &QTimer::timeout, this, &MarkerLayer::rebuildIndex);
}

MarkerLayer::~MarkerLayer() = default;

void MarkerLayer::setModel(QAbstractItemModel *model)
{
    for (const auto &connection : std::as_const(m_modelConnections))
        disconnect(connection);
    m_modelConnections.clear();
    m_model = model;
    if (model) {
        const auto schedule = [this] {
            scheduleRebuild();
        };
        m_modelConnections = {
            connect(model, &QAbstractItemModel::modelReset, this, schedule),
            connect(model, &QAbstractItemModel::rowsInserted, this, schedule),
            connect(model, &QAbstractItemModel::rowsRemoved, this, schedule),
            connect(model, &QAbstractItemModel::rowsMoved, this, schedule),
            connect(model, &QAbstractItemModel::layoutChanged, this, schedule),
            connect(model, &QAbstractItemModel::dataChanged, this, schedule),
            connect(model, &QObject::destroyed, this, schedule),
        };
    }
    rebuildIndex();
}

void MarkerLayer::setSelectionModel(QItemSelectionModel *selectionModel)
{
    disconnect(m_selectionConnection);
    m_selectionModel = selectionModel;
    if (selectionModel)
        m_selectionConnection = connect(selectionModel, &QItemSelectionModel::selectionChanged,
            this, &MarkerLayer::onSelectionChanged);
    onSelectionChanged();
}

void MarkerLayer::setMaximumZoom(double zoom)
{
    m_maximumZoom = zoom;
    scheduleRebuild(); // the index's levels may differ
}

void MarkerLayer::scheduleRebuild()
{
    m_rebuildTimer->start();
}

void MarkerLayer::flush()
{
    if (m_rebuildTimer->isActive())
        rebuildIndex();
}

void MarkerLayer::rebuildIndex()
{
    m_rebuildTimer->stop();
    m_fan = {};
    m_gigs.clear();
    QList<GigClusterIndex::Point> points;
    if (m_model) {
        const int rows = m_model->rowCount();
        m_gigs.resize(size_t(rows));
        points.reserve(rows);
        for (int row = 0; row < rows; ++row) {
            const QModelIndex index = m_model->index(row, 0);
            GigMarker &gig = m_gigs[size_t(row)];
            gig.eventId = index.data(EventIdRole).toString();
            gig.status = index.data(StatusRole).toInt();
            gig.mine = index.data(MineRole).toBool();
            const auto coordinate = index.data(CoordinateRole).value<QGeoCoordinate>();
            gig.located = coordinate.isValid();
            if (gig.located)
                points.append({ QPointF(coordinate.longitude(), coordinate.latitude()), row });
        }
    }
    GigClusterIndex::Options options;
    options.maxZoom = int(m_maximumZoom);
    options.radiusPx = ClusterRadiusPx;
    m_index.build(points, options);
    onSelectionChanged();
}

QRectF MarkerLayer::gigBounds()
{
    flush();
    if (m_index.isEmpty())
        return {};
    // The points themselves live at the deepest level.
    const QList<GigClusterIndex::Item> points
        = m_index.query(QRectF(0, 0, 1, 1), m_index.options().maxZoom + 1);
    double minX = 1, minY = 1, maxX = 0, maxY = 0;
    for (const auto &point : points) {
        minX = std::min(minX, point.position.x());
        maxX = std::max(maxX, point.position.x());
        minY = std::min(minY, point.position.y());
        maxY = std::max(maxY, point.position.y());
    }
    return QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
}

void MarkerLayer::onSelectionChanged()
{
    m_selectedIds.clear();
    m_selectedMarkers.clear();
    if (m_selectionModel && m_selectionModel->model()) {
        const QModelIndexList rows = m_selectionModel->selectedRows();
        for (const QModelIndex &index : rows) {
            m_selectedIds.insert(index.data(EventIdRole).toString());
            const auto coordinate = index.data(CoordinateRole).value<QGeoCoordinate>();
            if (coordinate.isValid())
                m_selectedMarkers.append(
                    { coordinate, index.data(StatusRole).toInt(), index.data(MineRole).toBool() });
        }
    }
    emit changed();
}

void MarkerLayer::selectRow(int row)
{
    if (!m_selectionModel || !m_model || row < 0 || size_t(row) >= m_gigs.size())
        return;
    QAbstractItemModel *target = m_selectionModel->model();
    QModelIndex index;
    if (target == m_model) {
        index = m_model->index(row, 0);
    } else if (target) {
        const QModelIndexList found = target->match(
            target->index(0, 0), EventIdRole, m_gigs[size_t(row)].eventId, 1, Qt::MatchExactly);
        index = found.value(0);
    }
    if (!index.isValid())
        return;
    m_selectionModel->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

MarkerLayer::Hit MarkerLayer::hitTest(const MapCamera &camera, QPointF position) const
{
    if (!m_fan.rows.isEmpty()) {
        for (int i = int(m_fan.rows.size()) - 1; i >= 0; --i) {
            if (QLineF(fanPosition(camera, i), position).length() <= SelectedMarkerDiameter / 2.0)
                return Hit { {}, m_fan.rows[i], true };
        }
    }
    const QRectF area(camera.toMercator(position - QPointF(MarkerReach, MarkerReach)),
        camera.toMercator(position + QPointF(MarkerReach, MarkerReach)));
    const QList<GigClusterIndex::Item> items = m_index.query(area, camera.zoom);
    Hit best;
    double bestDistance = qInf();
    for (const auto &item : items) {
        const double distance = QLineF(camera.toScreen(item.position), position).length();
        const double radius
            = item.isCluster() ? clusterDiameter(item.count) / 2.0 : SelectedMarkerDiameter / 2.0;
        if (distance <= radius && distance < bestDistance) {
            bestDistance = distance;
            best = Hit { item, item.isCluster() ? -1 : item.id, false };
        }
    }
    return best;
}

void MarkerLayer::activate(const Hit &hit, const MapCamera &camera)
{
    if (hit.row >= 0) {
        selectRow(hit.row);
        return;
    }
    const int expansion = m_index.expansionZoom(hit.item);
    if (expansion <= m_maximumZoom && expansion > camera.zoom) {
        m_fan = {};
        emit zoomRequested(hit.item.coordinate(), expansion);
        return;
    }
    const QList<int> rows = m_index.leaves(hit.item, FanLimit);
    if (!sharedVenueName(rows).isEmpty()) {
        closeFan();
        emit venueGigsRequested(rows, hit.item.coordinate());
        return;
    }
    // The gigs share a place (or the map is as deep as it goes): show them apart.
    m_fan = Fan { hit.item.position, rows };
    emit changed();
}

QString MarkerLayer::sharedVenueName(const QList<int> &rows) const
{
    if (!m_model || rows.isEmpty())
        return {};
    const QString venue = m_model->index(rows.constFirst(), 0).data(VenueNameRole).toString();
    for (int row : rows) {
        if (m_model->index(row, 0).data(VenueNameRole).toString() != venue)
            return {};
    }
    return venue;
}

void MarkerLayer::closeFan()
{
    if (m_fan.rows.isEmpty())
        return;
    m_fan = {};
    emit changed();
}

QList<MarkerLayer::Hit> MarkerLayer::markersInView(const MapCamera &camera) const
{
    const QRectF area(camera.toMercator(QPointF(0, 0)),
        camera.toMercator(QPointF(camera.viewport.width(), camera.viewport.height())));
    QList<Hit> markers;
    for (const auto &item : m_index.query(area, camera.zoom))
        markers.append(Hit { item, item.isCluster() ? -1 : item.id, false });
    std::sort(markers.begin(), markers.end(), [&camera](const Hit &a, const Hit &b) {
        // Lines of a cluster's reach, then left to right, as a page is read.
        const auto line = [&camera](const Hit &hit) {
            return std::floor(camera.toScreen(hit.item.position).y() / ClusterRadiusPx);
        };
        return line(a) != line(b) ? line(a) < line(b) : a.item.position.x() < b.item.position.x();
    });
    return markers;
}

int MarkerLayer::gigCount(const QList<Hit> &markers)
{
    int count = 0;
    for (const Hit &hit : markers)
        count += std::max(1, hit.item.count);
    return count;
}

QString MarkerLayer::spokenText(const Hit &hit) const
{
    if (!m_model)
        return {};
    if (hit.row >= 0) {
        const QModelIndex index = m_model->index(hit.row, 0);
        QStringList parts { index.data(EventNameRole).toString() };
        const QDateTime start = index.data(StartRole).toDateTime();
        if (start.isValid())
            parts.append(QLocale().toString(start.date(), QLocale::LongFormat));
        parts.append(index.data(VenueNameRole).toString());
        parts.append(eventStatusText(EventStatus(index.data(StatusRole).toInt())));
        parts.removeAll(QString());
        return parts.join(u", "_s);
    }
    const QString venue = sharedVenueName(m_index.leaves(hit.item, FanLimit));
    if (!venue.isEmpty())
        //: A map marker of one venue, read out by a screen reader.
        return QCoreApplication::translate("gig::MapView", "%1: %n gig(s)", nullptr, hit.item.count)
            .arg(venue);
    //: A map marker that gathers several gigs, read out by a screen reader.
    return QCoreApplication::translate(
        "gig::MapView", "A group of %n gig(s)", nullptr, hit.item.count);
}

double MarkerLayer::radiusOf(const Hit &hit)
{
    return hit.item.isCluster() ? clusterDiameter(hit.item.count) / 2.0
                                : SelectedMarkerDiameter / 2.0;
}

QString MarkerLayer::toolTipFor(const Hit &hit) const
{
    if (!m_model)
        return {};
    if (hit.row >= 0) {
        const QModelIndex index = m_model->index(hit.row, 0);
        QString text = u"<b>"_s + index.data(EventNameRole).toString().toHtmlEscaped() + u"</b>"_s;
        const QString status = eventStatusText(EventStatus(index.data(StatusRole).toInt()));
        if (!status.isEmpty())
            text += u" <i>("_s + status + u")</i>"_s;
        const QDateTime start = index.data(StartRole).toDateTime();
        if (start.isValid())
            text += u"<br>"_s + QLocale().toString(start.date(), QLocale::LongFormat);
        const QString venue = index.data(VenueNameRole).toString();
        if (!venue.isEmpty())
            text += u"<br>"_s + venue.toHtmlEscaped();
        const QString lineup = index.data(LineupTextRole).toString();
        if (!lineup.isEmpty())
            text += u"<br>"_s + lineup.toHtmlEscaped();
        return text;
    }
    constexpr qsizetype shown = 5;
    const QString venue = sharedVenueName(m_index.leaves(hit.item, FanLimit));
    if (!venue.isEmpty()) {
        return u"<b>"_s + venue.toHtmlEscaped() + u"</b><br>"_s
            + QCoreApplication::translate(
                "gig::MapView", "%n gig(s) here: click to list them", nullptr, hit.item.count);
    }
    const QList<int> rows = m_index.leaves(hit.item, shown);
    QString text
        = QCoreApplication::translate("gig::MapView", "<b>%n gig(s)</b>", nullptr, hit.item.count);
    for (int row : rows)
        text += u"<br>"_s + m_model->index(row, 0).data(EventNameRole).toString().toHtmlEscaped();
    if (hit.item.count > shown)
        text += u"<br>…"_s;
    return text;
}

QPointF MarkerLayer::fanCentre(const MapCamera &camera) const
{
    QPointF centre = m_fan.centre;
    centre.rx() += std::round(camera.centre.x() - centre.x()); // the copy of the world in view
    return camera.toScreen(centre);
}

QPointF MarkerLayer::fanPosition(const MapCamera &camera, int i) const
{
    const QPointF centre = fanCentre(camera);
    const int count = int(m_fan.rows.size());
    if (count <= 9) { // a circle
        const double radius
            = std::max(28.0, count * (SelectedMarkerDiameter + 6) / (2 * std::numbers::pi));
        const double angle = 2 * std::numbers::pi * i / count - std::numbers::pi / 2;
        return centre + QPointF(std::cos(angle), std::sin(angle)) * radius;
    }
    // A spiral, as Leaflet.markercluster does for larger stacks.
    double angle = 0;
    double radius = 22.0;
    for (int k = 0; k <= i; ++k) {
        angle += (SelectedMarkerDiameter + 6) / radius + 0.0005 * k;
        radius += (SelectedMarkerDiameter + 6) / (2 * std::numbers::pi)
            * (SelectedMarkerDiameter + 6) / radius;
    }
    return centre + QPointF(std::cos(angle), std::sin(angle)) * radius;
}

void MarkerLayer::setAccent(const QColor &accent)
{
    m_accent = accent;
    m_gigSprites.clear();
}

void MarkerLayer::setDevicePixelRatio(qreal ratio)
{
    m_spriteRatio = ratio;
    m_gigSprites.clear();
    m_clusterSprites.clear();
}

void MarkerLayer::paint(QPainter &painter, const MapCamera &camera)
{
    paintMarkers(painter, camera);
    paintFan(painter, camera);
}

void MarkerLayer::paintMarkers(QPainter &painter, const MapCamera &camera)
{
    if (m_index.isEmpty())
        return;
    // One marker's reach beyond the edge, so markers half in view are drawn.
    const QRectF area(camera.toMercator(QPointF(-MarkerReach, -MarkerReach)),
        camera.toMercator(QPointF(
            camera.viewport.width() + MarkerReach, camera.viewport.height() + MarkerReach)));
    m_index.query(area, camera.zoom, &m_visible);
    const auto drawSprite = [&painter](const QImage &sprite, QPointF at) {
        const QSizeF size = sprite.deviceIndependentSize();
        painter.drawImage(QPointF(std::round(at.x() - size.width() / 2.0),
                              std::round(at.y() - size.height() / 2.0)),
            sprite);
    };
    // Clusters below gigs, selected gigs last so they are on top.
    const QFont font = painter.font();
    for (const auto &item : std::as_const(m_visible)) {
        const bool fanned = !m_fan.rows.isEmpty() && item.position.y() == m_fan.centre.y()
            && item.position.x() - m_fan.centre.x()
                == std::round(item.position.x() - m_fan.centre.x());
        if (item.isCluster() && !fanned)
            drawSprite(clusterSprite(item.count, font), camera.toScreen(item.position));
    }
    for (const auto &item : std::as_const(m_visible)) {
        if (item.isCluster() || item.id < 0 || size_t(item.id) >= m_gigs.size())
            continue;
        const GigMarker &gig = m_gigs[size_t(item.id)];
        if (m_selectedIds.contains(gig.eventId))
            continue;
        drawSprite(gigSprite(gig.status, false, gig.mine), camera.toScreen(item.position));
    }
    // Selected gigs at their own place, on top, even where their marker is in a cluster.
    for (const SelectedMarker &selected : std::as_const(m_selectedMarkers))
        drawSprite(gigSprite(selected.status, true, selected.mine),
            camera.screenPosition(selected.coordinate));
}

void MarkerLayer::paintFan(QPainter &painter, const MapCamera &camera)
{
    if (m_fan.rows.isEmpty())
        return;
    const QPointF centre = fanCentre(camera);
    painter.setPen(QPen(QColor(60, 60, 60, 180), 1.5));
    for (int i = 0; i < m_fan.rows.size(); ++i)
        painter.drawLine(centre, fanPosition(camera, i));
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(60, 60, 60, 200));
    painter.drawEllipse(centre, 4, 4);
    for (int i = 0; i < m_fan.rows.size(); ++i) {
        const int row = m_fan.rows[i];
        if (row < 0 || size_t(row) >= m_gigs.size())
            continue;
        const GigMarker &gig = m_gigs[size_t(row)];
        const QImage &sprite = gigSprite(gig.status, m_selectedIds.contains(gig.eventId), gig.mine);
        const QSizeF size = sprite.deviceIndependentSize();
        painter.drawImage(
            fanPosition(camera, i) - QPointF(size.width() / 2, size.height() / 2), sprite);
    }
}

const QImage &MarkerLayer::gigSprite(int status, bool selected, bool mine)
{
    const int key = (status * 2 + (selected ? 1 : 0)) * 2 + (mine ? 1 : 0);
    auto it = m_gigSprites.find(key);
    if (it != m_gigSprites.end())
        return *it;
    const double diameter = selected ? SelectedMarkerDiameter : GigMarkerDiameter;
    const double ring = mine ? MineRingWidth : 0.0; // room for the ring around the marker
    const int side = int(std::ceil((diameter + 4 + 2 * ring) * m_spriteRatio));
    QImage sprite(side, side, QImage::Format_ARGB32_Premultiplied);
    sprite.setDevicePixelRatio(m_spriteRatio);
    sprite.fill(Qt::transparent);
    QPainter p(&sprite);
    p.setRenderHint(QPainter::Antialiasing);
    const QPointF centre((diameter + 4) / 2.0 + ring, (diameter + 4) / 2.0 + ring);
    if (mine) {
        p.setPen(QPen(MineRingColor, ring));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(centre, diameter / 2.0 + ring / 2.0 + 1, diameter / 2.0 + ring / 2.0 + 1);
    }
    QColor fill = GigColor;
    if (EventStatus(status) == EventStatus::Cancelled)
        fill = CancelledColor;
    else if (EventStatus(status) == EventStatus::Postponed
        || EventStatus(status) == EventStatus::Rescheduled)
        fill = PostponedColor;
    if (selected)
        fill = m_accent;
    p.setPen(QPen(selected ? QColor(Qt::black) : QColor(Qt::white), selected ? 2.5 : 2.0));
    p.setBrush(fill);
    p.drawEllipse(centre, diameter / 2.0, diameter / 2.0);
    // A mark beside the colour, so the status shows to a person who cannot tell the colours
    // apart: struck through when cancelled, "!" when moved.
    const double d = diameter / 4.0;
    p.setPen(QPen(Qt::white, 2.0, Qt::SolidLine, Qt::RoundCap));
    if (EventStatus(status) == EventStatus::Cancelled) {
        p.drawLine(centre + QPointF(-d, -d), centre + QPointF(d, d));
        p.drawLine(centre + QPointF(-d, d), centre + QPointF(d, -d));
    } else if (EventStatus(status) == EventStatus::Postponed
        || EventStatus(status) == EventStatus::Rescheduled) {
        p.drawLine(centre + QPointF(0, -d * 1.2), centre + QPointF(0, d * 0.3));
        p.drawPoint(centre + QPointF(0, d * 1.1));
    } else if (mine) { // a star inside, as the table stars the gig's name
        QPolygonF star;
        for (int i = 0; i < 10; ++i) {
            const double radius = (i % 2 == 0 ? 1.3 : 0.55) * d;
            const double angle = -M_PI / 2 + i * M_PI / 5;
            star.append(centre + QPointF(radius * std::cos(angle), radius * std::sin(angle)));
        }
        p.setPen(Qt::NoPen);
        p.setBrush(Qt::white);
        p.drawPolygon(star);
    }
    return *m_gigSprites.insert(key, sprite);
}

const QImage &MarkerLayer::clusterSprite(int count, const QFont &viewFont)
{
    auto it = m_clusterSprites.find(count);
    if (it != m_clusterSprites.end())
        return *it;
    if (m_clusterSprites.size() > 2000)
        m_clusterSprites.clear();
    const double diameter = clusterDiameter(count);
    const int side = int(std::ceil(diameter * m_spriteRatio));
    QImage sprite(side, side, QImage::Format_ARGB32_Premultiplied);
    sprite.setDevicePixelRatio(m_spriteRatio);
    sprite.fill(Qt::transparent);
    QPainter p(&sprite);
    p.setRenderHint(QPainter::Antialiasing);
    const QPointF centre(diameter / 2.0, diameter / 2.0);
    QColor halo = clusterColor(count);
    halo.setAlpha(110);
    p.setPen(Qt::NoPen);
    p.setBrush(halo);
    p.drawEllipse(centre, diameter / 2.0, diameter / 2.0);
    QColor core = clusterColor(count);
    core.setAlpha(230);
    p.setBrush(core);
    p.drawEllipse(centre, diameter / 2.0 - 5, diameter / 2.0 - 5);
    QFont font = viewFont;
    font.setBold(true);
    font.setPixelSize(count < 1000 ? 12 : 11);
    p.setFont(font);
    p.setPen(Qt::black);
    const QString text
        = count < 10000 ? QString::number(count) : QString::number(count / 1000) + u"k"_s;
    p.drawText(QRectF(0, 0, diameter, diameter), Qt::AlignCenter, text);
    return *m_clusterSprites.insert(count, sprite);
}

} // namespace gig
