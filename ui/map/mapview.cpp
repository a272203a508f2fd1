#include "ui/map/mapview.h"

#include "models/event.h"
#include "models/gigroles.h"
#include "models/mercator.h"
#include "models/tilesource.h"
#include "ui/map/basemaplayer.h"
#include "ui/map/tilelayer.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDateTime>
#include <QHelpEvent>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVariantAnimation>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>
#include <numbers>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

constexpr double ClusterRadiusPx = 40.0;
constexpr double WheelZoomPerNotch = 0.5; // 120 units of angleDelta
constexpr int ZoomDurationMs = 250;
constexpr int PanDurationMs = 300;
constexpr double KeyboardPanPx = 100.0;
constexpr double InertiaDeceleration = 3000.0; // px/s², as Leaflet
constexpr double InertiaMaxSpeed = 2500.0; // px/s
constexpr qint64 InertiaWindowMs = 100;
constexpr double GigMarkerDiameter = 14.0;
constexpr double SelectedMarkerDiameter = 20.0;
constexpr int FanLimit = 200;

const QColor GigColor(0xe0, 0x31, 0x31);
const QColor PostponedColor(0xf0, 0x8c, 0x00);
const QColor CancelledColor(0x86, 0x8e, 0x96);

const QString DefaultAttribution = u"© <a href=\"https://www.openstreetmap.org/copyright\">"
                                   u"OpenStreetMap</a> contributors"_s;

double clusterDiameter(int count)
{
    return count < 10 ? 30.0 : count < 100 ? 36.0 : count < 1000 ? 42.0 : 48.0;
}

QColor clusterColor(int count)
{
    return count < 10 ? QColor(110, 204, 57)
        : count < 100 ? QColor(240, 194, 12)
                      : QColor(241, 128, 23);
}

QString statusText(int status)
{
    switch (EventStatus(status)) {
    case EventStatus::Cancelled:
        return MapView::tr("cancelled");
    case EventStatus::Postponed:
        return MapView::tr("postponed");
    case EventStatus::Rescheduled:
        return MapView::tr("rescheduled");
    case EventStatus::Ok:
        break;
    }
    return {};
}

} // namespace

MapView::MapView(QWidget *parent)
    : QWidget(parent)
    , m_tiles(new TileLayer(this))
    , m_basemap(new BasemapLayer(this))
    , m_rebuildTimer(new QTimer(this))
    , m_animation(new QVariantAnimation(this))
    , m_clickTimer(new QTimer(this))
    , m_zoomInButton(new QToolButton(this))
    , m_zoomOutButton(new QToolButton(this))
    , m_fitButton(new QToolButton(this))
    , m_attribution(new QLabel(this))
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setCursor(Qt::OpenHandCursor);
    m_clock.start();
    m_camera.viewport = QSizeF(size());

    connect(m_tiles, &TileLayer::changed, this, qOverload<>(&QWidget::update));
    connect(m_basemap, &BasemapLayer::changed, this, qOverload<>(&QWidget::update));

    m_rebuildTimer->setSingleShot(true);
    m_rebuildTimer->setInterval(0);
    connect(m_rebuildTimer, &QTimer::timeout, this, &MapView::rebuildIndex);

    m_clickTimer->setSingleShot(true);
    m_clickTimer->setInterval(QApplication::doubleClickInterval());
    connect(m_clickTimer, &QTimer::timeout, this, [this] {
        m_fan = {};
        update();
        emit placePicked(coordinateAt(m_clickPosition));
    });

    m_animation->setStartValue(0.0);
    m_animation->setEndValue(1.0);
    connect(m_animation, &QVariantAnimation::valueChanged, this,
        [this](const QVariant &value) { onFlightStep(value.toDouble()); });

    const auto setUpButton = [this](QToolButton *button, const QString &text,
                                 const QString &toolTip, void (MapView::*slot)()) {
        button->setText(text);
        button->setToolTip(toolTip);
        button->setAccessibleName(toolTip);
        button->setFocusPolicy(Qt::NoFocus);
        button->setCursor(Qt::ArrowCursor);
        button->setFixedSize(30, 30);
        QFont font = button->font();
        font.setPointSizeF(font.pointSizeF() * 1.3);
        font.setBold(true);
        button->setFont(font);
        connect(button, &QToolButton::clicked, this, slot);
    };
    setUpButton(m_zoomInButton, u"+"_s, tr("Zoom in"), &MapView::zoomIn);
    setUpButton(m_zoomOutButton, u"−"_s, tr("Zoom out"), &MapView::zoomOut);
    setUpButton(m_fitButton, u"⤢"_s, tr("Show all gigs"), &MapView::fitToGigs);

    m_attribution->setText(DefaultAttribution);
    m_attribution->setTextFormat(Qt::RichText);
    m_attribution->setOpenExternalLinks(true);
    m_attribution->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_attribution->setCursor(Qt::ArrowCursor);
    m_attribution->setContentsMargins(5, 1, 5, 1);
    m_attribution->setAutoFillBackground(true);

    updatePaletteColors();
    applyCamera(QPointF(0.5, 0.5), 2.0);
}

MapView::~MapView() = default;

void MapView::setTileSource(TileSource *source)
{
    if (source)
        source->setHighDpi(devicePixelRatioF() > 1.0);
    m_tiles->setSource(source);
    scheduleRebuild(); // the deepest zoom, and so the index's levels, may differ
    applyCamera(m_camera.centre, m_camera.zoom);
    update();
}

TileSource *MapView::tileSource() const
{
    return m_tiles->source();
}

// --- the view -------------------------------------------------------------------------------

QGeoCoordinate MapView::center() const
{
    return GigClusterIndex::toCoordinate(m_camera.centre);
}

double MapView::maximumZoom() const
{
    const TileSource *source = m_tiles->source();
    return source ? std::clamp(double(source->maxZoom()), MinimumZoom, 22.0) : 19.0;
}

void MapView::setView(const QGeoCoordinate &center, double zoom)
{
    m_animation->stop();
    const QPointF centre = center.isValid()
        ? GigClusterIndex::toMercator(QPointF(center.longitude(), center.latitude()))
        : m_camera.centre;
    applyCamera(centre, std::isfinite(zoom) ? zoom : m_camera.zoom);
}

void MapView::flyTo(const QGeoCoordinate &center, double zoom)
{
    if (!center.isValid())
        return;
    QPointF target = GigClusterIndex::toMercator(QPointF(center.longitude(), center.latitude()));
    target.rx() += std::round(m_camera.centre.x() - target.x()); // the nearest copy of the world
    const QPointF middle(width() / 2.0, height() / 2.0);
    startFlight(Flight { target, m_camera.toScreen(target), middle, m_camera.zoom,
                    std::clamp(zoom, MinimumZoom, maximumZoom()) },
        PanDurationMs + 150, false);
}

void MapView::applyCamera(QPointF centre, double zoom)
{
    MapCamera camera = m_camera;
    camera.viewport = QSizeF(size());
    camera.zoom = std::clamp(zoom, MinimumZoom, maximumZoom());
    const double size = camera.worldSize();
    // Keep the world's top and bottom edges out of sight when the world is taller than the view.
    const double halfHeight = camera.viewport.height() / size / 2.0;
    camera.centre.setY(
        halfHeight >= 0.5 ? 0.5 : std::clamp(centre.y(), halfHeight, 1.0 - halfHeight));
    camera.centre.setX(centre.x() - std::floor(centre.x()));
    if (camera == m_camera)
        return;
    if (camera.zoom != m_camera.zoom)
        m_fan = {}; // the fanned gigs belong to the zoom they were opened at
    m_camera = camera;
    cameraChanged();
}

void MapView::cameraChanged()
{
    m_tiles->setCamera(m_camera);
    m_zoomInButton->setEnabled(m_camera.zoom < maximumZoom());
    m_zoomOutButton->setEnabled(m_camera.zoom > MinimumZoom);
    update();
    emit viewChanged();
}

QGeoCoordinate MapView::coordinateAt(QPointF position) const
{
    return m_camera.coordinateAt(position);
}

QPointF MapView::positionOf(const QGeoCoordinate &coordinate) const
{
    return m_camera.screenPosition(coordinate);
}

void MapView::setPickedPlace(const QGeoCoordinate &place, double radiusKm)
{
    m_pickedPlace = place;
    m_pickedRadiusKm = std::isfinite(radiusKm) ? std::max(radiusKm, 0.0) : 0.0;
    update();
}

void MapView::clearPickedPlace()
{
    setPickedPlace(QGeoCoordinate(), 0.0);
}

void MapView::setAnimationsEnabled(bool enabled)
{
    m_animationsEnabled = enabled;
    if (!enabled && m_animation->state() == QAbstractAnimation::Running) {
        m_animation->stop();
        onFlightStep(1.0);
    }
}

bool MapView::isAnimating() const
{
    return m_animation->state() == QAbstractAnimation::Running;
}

void MapView::setAttributionHtml(const QString &html)
{
    m_attribution->setText(html);
    layoutChildren();
}

QString MapView::attributionHtml() const
{
    return m_attribution->text();
}

QSize MapView::sizeHint() const
{
    return QSize(800, 600);
}

QSize MapView::minimumSizeHint() const
{
    return QSize(200, 150);
}

// --- moving ---------------------------------------------------------------------------------

void MapView::startFlight(const Flight &flight, int durationMs, bool decelerate)
{
    m_animation->stop();
    m_flight = flight;
    if (!m_animationsEnabled || durationMs <= 0) {
        onFlightStep(1.0);
        return;
    }
    m_animation->setDuration(durationMs);
    m_animation->setEasingCurve(decelerate ? QEasingCurve::OutQuad : QEasingCurve::OutCubic);
    m_animation->start();
}

void MapView::onFlightStep(double progress)
{
    const double zoom = m_flight.zoomFrom + (m_flight.zoomTo - m_flight.zoomFrom) * progress;
    const QPointF screen
        = m_flight.screenFrom + (m_flight.screenTo - m_flight.screenFrom) * progress;
    MapCamera camera = m_camera;
    camera.zoom = std::clamp(zoom, MinimumZoom, maximumZoom());
    applyCamera(camera.centreKeeping(m_flight.anchor, screen), camera.zoom);
}

void MapView::zoomAbout(QPointF screen, double zoomDelta)
{
    // Successive wheel notches add up to one smooth zoom towards the latest target.
    const bool zooming = isAnimating() && m_flight.screenFrom == m_flight.screenTo;
    const double target = std::clamp(
        (zooming ? m_flight.zoomTo : m_camera.zoom) + zoomDelta, MinimumZoom, maximumZoom());
    const QPointF anchor = m_camera.toMercator(screen);
    startFlight(Flight { anchor, screen, screen, m_camera.zoom, target }, ZoomDurationMs, false);
}

void MapView::panBy(QPointF pixels)
{
    const QPointF middle(width() / 2.0, height() / 2.0);
    startFlight(Flight { m_camera.centre, middle, middle + pixels, m_camera.zoom, m_camera.zoom },
        PanDurationMs, true);
}

void MapView::zoomIn()
{
    zoomAbout(QPointF(width() / 2.0, height() / 2.0), 1.0);
}

void MapView::zoomOut()
{
    zoomAbout(QPointF(width() / 2.0, height() / 2.0), -1.0);
}

void MapView::fitToGigs()
{
    flushRebuild();
    if (m_index.isEmpty())
        return;
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
    const double padding = 40.0;
    const double spanX = std::max(maxX - minX, 1e-9);
    const double spanY = std::max(maxY - minY, 1e-9);
    const double zoomX = std::log2((width() - 2 * padding) / (spanX * Mercator::TileSize));
    const double zoomY = std::log2((height() - 2 * padding) / (spanY * Mercator::TileSize));
    const double zoom = std::clamp(std::min({ zoomX, zoomY, 16.0 }), MinimumZoom, maximumZoom());
    flyTo(GigClusterIndex::toCoordinate(QPointF((minX + maxX) / 2, (minY + maxY) / 2)), zoom);
}

// --- gigs -----------------------------------------------------------------------------------

void MapView::setModel(QAbstractItemModel *model)
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

void MapView::setSelectionModel(QItemSelectionModel *selectionModel)
{
    disconnect(m_selectionConnection);
    m_selectionModel = selectionModel;
    if (selectionModel)
        m_selectionConnection = connect(selectionModel, &QItemSelectionModel::selectionChanged,
            this, &MapView::onSelectionChanged);
    onSelectionChanged();
}

void MapView::scheduleRebuild()
{
    m_rebuildTimer->start();
}

void MapView::flushRebuild()
{
    // Changes are gathered for one pass of the event loop, but whatever reads the markers
    // (painting, clicks, tooltips) sees the model as it is now.
    if (m_rebuildTimer->isActive())
        rebuildIndex();
}

void MapView::rebuildIndex()
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
            const auto coordinate = index.data(CoordinateRole).value<QGeoCoordinate>();
            gig.located = coordinate.isValid();
            if (gig.located)
                points.append({ QPointF(coordinate.longitude(), coordinate.latitude()), row });
        }
    }
    GigClusterIndex::Options options;
    options.maxZoom = int(maximumZoom());
    options.radiusPx = ClusterRadiusPx;
    m_index.build(points, options);
    onSelectionChanged();
}

void MapView::onSelectionChanged()
{
    m_selectedIds.clear();
    if (m_selectionModel && m_selectionModel->model()) {
        const QModelIndexList rows = m_selectionModel->selectedRows();
        for (const QModelIndex &index : rows)
            m_selectedIds.insert(index.data(EventIdRole).toString());
    }
    update();
}

void MapView::selectRow(int row)
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

MapView::Hit MapView::hitTest(QPointF position) const
{
    if (!m_fan.rows.isEmpty()) {
        for (int i = int(m_fan.rows.size()) - 1; i >= 0; --i) {
            if (QLineF(fanPosition(i), position).length() <= SelectedMarkerDiameter / 2.0)
                return Hit { {}, m_fan.rows[i], true };
        }
    }
    const double reach = clusterDiameter(1000000) / 2.0;
    const QRectF area(m_camera.toMercator(position - QPointF(reach, reach)),
        m_camera.toMercator(position + QPointF(reach, reach)));
    const QList<GigClusterIndex::Item> items = m_index.query(area, m_camera.zoom);
    Hit best;
    double bestDistance = qInf();
    for (const auto &item : items) {
        const double distance = QLineF(m_camera.toScreen(item.position), position).length();
        const double radius
            = item.isCluster() ? clusterDiameter(item.count) / 2.0 : SelectedMarkerDiameter / 2.0;
        if (distance <= radius && distance < bestDistance) {
            bestDistance = distance;
            best = Hit { item, item.isCluster() ? -1 : item.id, false };
        }
    }
    return best;
}

QPointF MapView::fanPosition(int i) const
{
    const QPointF centre = fanCentre();
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

void MapView::activate(const Hit &hit)
{
    if (hit.row >= 0) {
        selectRow(hit.row);
        return;
    }
    const int expansion = m_index.expansionZoom(hit.item);
    if (expansion <= maximumZoom() && expansion > m_camera.zoom) {
        m_fan = {};
        flyTo(hit.item.coordinate(), expansion);
        return;
    }
    // The gigs share a place (or the map is as deep as it goes): show them apart.
    m_fan = Fan { hit.item.position, m_index.leaves(hit.item, FanLimit) };
    update();
}

QString MapView::toolTipFor(const Hit &hit) const
{
    if (!m_model)
        return {};
    if (hit.row >= 0) {
        const QModelIndex index = m_model->index(hit.row, 0);
        QString text = u"<b>"_s + index.data(EventNameRole).toString().toHtmlEscaped() + u"</b>"_s;
        const QString status = statusText(index.data(StatusRole).toInt());
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
    const QList<int> rows = m_index.leaves(hit.item, shown);
    QString text = tr("<b>%n gigs</b>", nullptr, hit.item.count);
    for (int row : rows)
        text += u"<br>"_s + m_model->index(row, 0).data(EventNameRole).toString().toHtmlEscaped();
    if (hit.item.count > shown)
        text += u"<br>…"_s;
    return text;
}

// --- input ----------------------------------------------------------------------------------

bool MapView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        flushRebuild();
        const Hit hit = hitTest(help->pos());
        const QString text = hit.isValid() ? toolTipFor(hit) : QString();
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_animation->stop();
    m_pressed = true;
    m_dragging = false;
    m_pressPosition = event->position();
    m_grabbed = m_camera.toMercator(event->position());
    m_samples.clear();
    m_samples.push_back(Sample { m_clock.elapsed(), event->position() });
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_pressed)
        return;
    if (!m_dragging
        && (event->position() - m_pressPosition).manhattanLength()
            < QApplication::startDragDistance())
        return;
    if (!m_dragging) {
        m_dragging = true;
        m_clickTimer->stop();
        setCursor(Qt::ClosedHandCursor);
    }
    const qint64 now = m_clock.elapsed();
    m_samples.push_back(Sample { now, event->position() });
    while (m_samples.size() > 2 && now - m_samples.front().ms > InertiaWindowMs)
        m_samples.erase(m_samples.begin());
    applyCamera(m_camera.centreKeeping(m_grabbed, event->position()), m_camera.zoom);
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    m_pressed = false;
    setCursor(Qt::OpenHandCursor);
    if (!m_dragging) {
        flushRebuild();
        const Hit hit = hitTest(event->position());
        if (hit.isValid()) {
            m_clickTimer->stop();
            activate(hit);
        } else {
            pickPlaceLater(event->position());
        }
        return;
    }
    m_dragging = false;
    // A flick keeps the map gliding, slowing down as Leaflet's does.
    const qint64 now = m_clock.elapsed();
    if (!m_animationsEnabled || m_samples.size() < 2 || now - m_samples.back().ms > 50)
        return;
    const Sample &first = m_samples.front();
    const double seconds = std::max(1, int(now - first.ms)) / 1000.0;
    QPointF velocity = (event->position() - first.position) / seconds;
    const double speed = std::hypot(velocity.x(), velocity.y());
    if (speed < 100.0)
        return;
    if (speed > InertiaMaxSpeed)
        velocity *= InertiaMaxSpeed / speed;
    const double duration = std::min(speed, InertiaMaxSpeed) / InertiaDeceleration;
    const QPointF middle(width() / 2.0, height() / 2.0);
    startFlight(Flight { m_camera.centre, middle, middle + velocity * duration / 2.0, m_camera.zoom,
                    m_camera.zoom },
        int(duration * 1000), true);
}

void MapView::pickPlaceLater(QPointF position)
{
    m_clickPosition = position;
    m_clickTimer->start();
}

void MapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mouseDoubleClickEvent(event);
        return;
    }
    m_clickTimer->stop(); // not a place pick after all
    m_pressed = false;
    const bool out = event->modifiers().testFlag(Qt::ShiftModifier);
    zoomAbout(event->position(), out ? -1.0 : 1.0);
}

void MapView::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        event->ignore();
        return;
    }
    zoomAbout(event->position(), delta / 120.0 * WheelZoomPerNotch);
    event->accept();
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left: // the view goes west: the map slides right
        panBy(QPointF(KeyboardPanPx, 0));
        break;
    case Qt::Key_Right:
        panBy(QPointF(-KeyboardPanPx, 0));
        break;
    case Qt::Key_Up:
        panBy(QPointF(0, KeyboardPanPx));
        break;
    case Qt::Key_Down:
        panBy(QPointF(0, -KeyboardPanPx));
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        zoomOut();
        break;
    case Qt::Key_Escape:
        if (!m_fan.rows.isEmpty()) {
            m_fan = {};
            update();
            break;
        }
        [[fallthrough]];
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void MapView::contextMenuEvent(QContextMenuEvent *event)
{
    const QGeoCoordinate place = coordinateAt(event->pos());
    QMenu menu(this);
    menu.addAction(tr("Show gigs here"), this, [this, place] { emit placePicked(place); });
    menu.addAction(tr("Save place"), this, [this, place] { emit placeSaveRequested(place); });
    menu.exec(event->globalPos());
}

void MapView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updatePaletteColors();
    QWidget::changeEvent(event);
}

void MapView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutChildren();
    applyCamera(m_camera.centre, m_camera.zoom);
}

void MapView::layoutChildren()
{
    const int margin = 10;
    m_zoomInButton->move(margin, margin);
    m_zoomOutButton->move(margin, margin + m_zoomInButton->height());
    m_fitButton->move(margin, margin + 2 * m_zoomInButton->height() + 8);
    m_attribution->adjustSize();
    m_attribution->move(width() - m_attribution->width(), height() - m_attribution->height());
    m_attribution->raise();
}

void MapView::updatePaletteColors()
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    m_basemap->setColors(BasemapLayer::colorsFor(dark));
    m_accent = palette().color(QPalette::Highlight);
    m_gigSprites.clear();
    QPalette labelPalette = m_attribution->palette();
    QColor background = palette().color(QPalette::Window);
    background.setAlpha(200);
    labelPalette.setColor(QPalette::Window, background);
    QColor link = palette().color(QPalette::Link);
    if (dark && link.lightness() < 150) // the usual dark blue is unreadable on a dark map
        link = QColor(0x8a, 0xb4, 0xf8);
    labelPalette.setColor(QPalette::Link, link);
    m_attribution->setPalette(labelPalette);
    update();
}

// --- painting -------------------------------------------------------------------------------

void MapView::paintEvent(QPaintEvent *)
{
    flushRebuild();
    QPainter painter(this);
    const qreal ratio = devicePixelRatioF();
    if (!qFuzzyCompare(ratio, m_spriteRatio)) {
        m_spriteRatio = ratio;
        m_gigSprites.clear();
        m_clusterSprites.clear();
        m_basemap->setDevicePixelRatio(ratio);
        if (TileSource *source = m_tiles->source())
            source->setHighDpi(ratio > 1.0);
    }

    // Scaled tiles are smoothed when the map is still, drawn fast while it moves.
    painter.setRenderHint(QPainter::SmoothPixmapTransform, !isAnimating() && !m_dragging);
    if (!m_tiles->covers(m_camera)) {
        m_basemap->setCamera(m_camera);
        m_basemap->paint(&painter, m_camera);
    }
    m_tiles->paint(&painter, m_camera);

    painter.setRenderHint(QPainter::Antialiasing);
    paintPickedArea(painter);
    paintMarkers(painter);
    paintFan(painter);
    paintPickedPin(painter);
    paintScaleBar(painter);
}

void MapView::paintPickedArea(QPainter &painter) const
{
    if (!m_pickedPlace.isValid())
        return;
    const QPointF at = positionOf(m_pickedPlace);
    if (m_pickedRadiusKm > 0) {
        const double radius = m_pickedRadiusKm * 1000.0
            / Mercator::metresPerPixel(m_pickedPlace.latitude(), m_camera.zoom);
        QColor fill = m_accent;
        fill.setAlpha(40);
        QColor line = m_accent;
        line.setAlpha(200);
        painter.setPen(QPen(line, 2));
        painter.setBrush(fill);
        painter.drawEllipse(at, radius, radius);
    }
}

void MapView::paintPickedPin(QPainter &painter) const
{
    if (!m_pickedPlace.isValid())
        return;
    // A pin whose tip is on the place, above the markers.
    const QPointF at = positionOf(m_pickedPlace);
    QPainterPath pin;
    pin.moveTo(at);
    pin.cubicTo(at + QPointF(-3, -8), at + QPointF(-10, -14), at + QPointF(-10, -22));
    pin.arcTo(QRectF(at.x() - 10, at.y() - 32, 20, 20), 180, -180);
    pin.cubicTo(at + QPointF(10, -14), at + QPointF(3, -8), at);
    painter.setPen(QPen(Qt::white, 1.5));
    painter.setBrush(m_accent.darker(110));
    painter.drawPath(pin);
    painter.setBrush(Qt::white);
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(at + QPointF(0, -22), 3.5, 3.5);
}

const QImage &MapView::gigSprite(int status, bool selected)
{
    const int key = status * 2 + (selected ? 1 : 0);
    auto it = m_gigSprites.find(key);
    if (it != m_gigSprites.end())
        return *it;
    const double diameter = selected ? SelectedMarkerDiameter : GigMarkerDiameter;
    const int side = int(std::ceil((diameter + 4) * m_spriteRatio));
    QImage sprite(side, side, QImage::Format_ARGB32_Premultiplied);
    sprite.setDevicePixelRatio(m_spriteRatio);
    sprite.fill(Qt::transparent);
    QPainter p(&sprite);
    p.setRenderHint(QPainter::Antialiasing);
    const QPointF centre((diameter + 4) / 2.0, (diameter + 4) / 2.0);
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
    if (EventStatus(status) == EventStatus::Cancelled) { // struck through
        const double d = diameter / 4.0;
        p.setPen(QPen(Qt::white, 2.0, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(centre + QPointF(-d, -d), centre + QPointF(d, d));
        p.drawLine(centre + QPointF(-d, d), centre + QPointF(d, -d));
    }
    return *m_gigSprites.insert(key, sprite);
}

const QImage &MapView::clusterSprite(int count)
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
    QFont font = this->font();
    font.setBold(true);
    font.setPixelSize(count < 1000 ? 12 : 11);
    p.setFont(font);
    p.setPen(Qt::black);
    const QString text
        = count < 10000 ? QString::number(count) : QString::number(count / 1000) + u"k"_s;
    p.drawText(QRectF(0, 0, diameter, diameter), Qt::AlignCenter, text);
    return *m_clusterSprites.insert(count, sprite);
}

void MapView::paintMarkers(QPainter &painter)
{
    if (m_index.isEmpty())
        return;
    // One marker's reach beyond the edge, so markers half in view are drawn.
    const double reach = clusterDiameter(1000000) / 2.0;
    const QRectF area(m_camera.toMercator(QPointF(-reach, -reach)),
        m_camera.toMercator(QPointF(width() + reach, height() + reach)));
    m_index.query(area, m_camera.zoom, &m_visible);
    const bool anySelected = !m_selectedIds.isEmpty();
    const auto drawSprite = [&painter](const QImage &sprite, QPointF at) {
        const QSizeF size = sprite.deviceIndependentSize();
        painter.drawImage(QPointF(std::round(at.x() - size.width() / 2.0),
                              std::round(at.y() - size.height() / 2.0)),
            sprite);
    };
    // Clusters below gigs, selected gigs last so they are on top.
    for (const auto &item : std::as_const(m_visible)) {
        const bool fanned = !m_fan.rows.isEmpty() && item.position.y() == m_fan.centre.y()
            && item.position.x() - m_fan.centre.x()
                == std::round(item.position.x() - m_fan.centre.x());
        if (item.isCluster() && !fanned)
            drawSprite(clusterSprite(item.count), m_camera.toScreen(item.position));
    }
    for (const auto &item : std::as_const(m_visible)) {
        if (item.isCluster() || item.id < 0 || size_t(item.id) >= m_gigs.size())
            continue;
        const GigMarker &gig = m_gigs[size_t(item.id)];
        if (anySelected && m_selectedIds.contains(gig.eventId))
            continue;
        drawSprite(gigSprite(gig.status, false), m_camera.toScreen(item.position));
    }
    if (anySelected) {
        for (const auto &item : std::as_const(m_visible)) {
            if (item.isCluster() || item.id < 0 || size_t(item.id) >= m_gigs.size())
                continue;
            const GigMarker &gig = m_gigs[size_t(item.id)];
            if (m_selectedIds.contains(gig.eventId))
                drawSprite(gigSprite(gig.status, true), m_camera.toScreen(item.position));
        }
    }
}

QPointF MapView::fanCentre() const
{
    QPointF centre = m_fan.centre;
    centre.rx() += std::round(m_camera.centre.x() - centre.x()); // the copy of the world in view
    return m_camera.toScreen(centre);
}

void MapView::paintFan(QPainter &painter)
{
    if (m_fan.rows.isEmpty())
        return;
    const QPointF centre = fanCentre();
    painter.setPen(QPen(QColor(60, 60, 60, 180), 1.5));
    for (int i = 0; i < m_fan.rows.size(); ++i)
        painter.drawLine(centre, fanPosition(i));
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(60, 60, 60, 200));
    painter.drawEllipse(centre, 4, 4);
    for (int i = 0; i < m_fan.rows.size(); ++i) {
        const int row = m_fan.rows[i];
        if (row < 0 || size_t(row) >= m_gigs.size())
            continue;
        const GigMarker &gig = m_gigs[size_t(row)];
        const QImage &sprite = gigSprite(gig.status, m_selectedIds.contains(gig.eventId));
        const QSizeF size = sprite.deviceIndependentSize();
        painter.drawImage(fanPosition(i) - QPointF(size.width() / 2, size.height() / 2), sprite);
    }
}

void MapView::paintScaleBar(QPainter &painter) const
{
    const double latitude
        = m_camera.coordinateAt(QPointF(width() / 2.0, height() / 2.0)).latitude();
    const double metresPerPixel = Mercator::metresPerPixel(latitude, m_camera.zoom);
    if (!(metresPerPixel > 0))
        return;
    // The longest round distance (1, 2 or 5 × 10^n metres) that fits in 100 px.
    const double maxMetres = 100.0 * metresPerPixel;
    const double magnitude = std::pow(10.0, std::floor(std::log10(maxMetres)));
    double metres = magnitude;
    for (double step : { 5.0, 2.0, 1.0 }) {
        if (step * magnitude <= maxMetres) {
            metres = step * magnitude;
            break;
        }
    }
    const double length = metres / metresPerPixel;
    const QString label
        = metres >= 1000 ? tr("%1 km").arg(metres / 1000.0) : tr("%1 m").arg(metres);

    const QFontMetricsF metrics(font());
    const QRectF box(10, height() - 10 - metrics.height() - 6, length, metrics.height() + 4);
    // The label may be wider than a short bar (far out, near the equator): its backing grows.
    const QRectF labelBox(box.topLeft(),
        QSizeF(std::max(length, metrics.horizontalAdvance(label) + 8), box.height()));
    QColor background = palette().color(QPalette::Window);
    background.setAlpha(190);
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillRect(labelBox, background);
    const QColor ink = palette().color(QPalette::WindowText);
    painter.setPen(QPen(ink, 2));
    painter.drawPolyline(
        QPolygonF({ box.topLeft() + QPointF(1, 4), box.bottomLeft() + QPointF(1, 0),
            box.bottomRight() - QPointF(1, 0), box.topRight() + QPointF(-1, 4) }));
    painter.setPen(ink);
    painter.drawText(labelBox.adjusted(4, 0, -2, -2), Qt::AlignLeft | Qt::AlignVCenter, label);
}

} // namespace gig
