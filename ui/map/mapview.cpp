#include "ui/map/mapview.h"

#include "models/gigclusterindex.h"
#include "models/gigroles.h"
#include "models/localeformat.h"
#include "models/mercator.h"
#include "models/tilesource.h"
#include "ui/map/basemaplayer.h"
#include "ui/map/mapaccessibility.h"
#include "ui/map/mapinput.h"
#include "ui/map/markerlayer.h"
#include "ui/map/markerwalk.h"
#include "ui/map/tilelayer.h"
#include "ui/map/venuegigsmenu.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
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
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

constexpr int ZoomDurationMs = 250;
constexpr int PanDurationMs = 300;
const QString DefaultAttribution = u"© <a href=\"https://www.openstreetmap.org/copyright\">"
                                   u"OpenStreetMap</a> contributors"_s;

} // namespace

MapView::MapView(QWidget *parent)
    : QWidget(parent)
    , m_tiles(new TileLayer(this))
    , m_basemap(new BasemapLayer(this))
    , m_markers(new MarkerLayer(this))
    , m_input(new MapInput(m_markers, this))
    , m_walk(new MarkerWalk(m_markers, this))
    , m_animation(new QVariantAnimation(this))
    , m_zoomInButton(new QToolButton(this))
    , m_zoomOutButton(new QToolButton(this))
    , m_fitButton(new QToolButton(this))
    , m_attribution(new QLabel(this))
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setCursor(Qt::OpenHandCursor);
    m_camera.viewport = QSizeF(size());

    connect(m_tiles, &TileLayer::changed, this, qOverload<>(&QWidget::update));
    connect(m_basemap, &BasemapLayer::changed, this, qOverload<>(&QWidget::update));
    connect(m_markers, &MarkerLayer::changed, this, qOverload<>(&QWidget::update));
    connect(m_markers, &MarkerLayer::zoomRequested, this, &MapView::flyTo);
    connect(m_markers, &MarkerLayer::venueGigsRequested, this, &MapView::showVenueGigs);
    connect(m_walk, &MarkerWalk::moved, this, [this] {
        updateAccessibleText();
        update();
    });
    // What a screen reader says follows the view and the gigs, once per pass of the event loop.
    auto *describe = new QTimer(this);
    describe->setSingleShot(true);
    describe->setInterval(0);
    connect(describe, &QTimer::timeout, this, &MapView::updateAccessibleText);
    connect(this, &MapView::viewChanged, describe, qOverload<>(&QTimer::start));
    connect(m_markers, &MarkerLayer::changed, describe, qOverload<>(&QTimer::start));
    installMapAccessibility();

    connectInput();
    m_animation->setStartValue(0.0);
    m_animation->setEndValue(1.0);
    connect(m_animation, &QVariantAnimation::valueChanged, this,
        [this](const QVariant &value) { onFlightStep(value.toDouble()); });

    setUpControls();
    updatePaletteColors();
    updateAccessibleText();
    applyCamera(QPointF(0.5, 0.5), 2.0);
}

MapView::~MapView() = default;

void MapView::connectInput()
{
    connect(m_input, &MapInput::pressed, m_animation, &QVariantAnimation::stop);
    connect(m_input, &MapInput::dragStarted, this, [this] { setCursor(Qt::ClosedHandCursor); });
    connect(m_input, &MapInput::released, this, [this] { setCursor(Qt::OpenHandCursor); });
    connect(m_input, &MapInput::dragged, this, [this](QPointF grabbed, QPointF screen) {
        applyCamera(m_camera.centreKeeping(grabbed, screen), m_camera.zoom);
    });
    connect(m_input, &MapInput::glideRequested, this, &MapView::slideBy);
    connect(m_input, &MapInput::panRequested, this,
        [this](QPointF offset) { slideBy(offset, PanDurationMs); });
    connect(m_input, &MapInput::zoomRequested, this, &MapView::zoomAbout);
    connect(m_input, &MapInput::placeDoubleClicked, this,
        [this](QPointF screen) { emit placePicked(coordinateAt(screen)); });
}

void MapView::setUpControls()
{
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
    m_attribution->setAccessibleDescription(tr("Credits for the map's data, with links"));
    m_attribution->setTextFormat(Qt::RichText);
    m_attribution->setOpenExternalLinks(true);
    m_attribution->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_attribution->setCursor(Qt::ArrowCursor);
    m_attribution->setContentsMargins(5, 1, 5, 1);
    m_attribution->setAutoFillBackground(true);
}

void MapView::setTileSource(TileSource *source)
{
    if (source)
        source->setHighDpi(devicePixelRatioF() > 1.0);
    m_tiles->setSource(source);
    m_markers->setMaximumZoom(maximumZoom()); // the index's levels may differ
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
    if (camera.zoom != m_camera.zoom) {
        m_markers->closeFan(); // the fanned gigs belong to the zoom they were opened at
        m_walk->leave(); // and so do the markers the keyboard walks
    }
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
    m_input->setInertiaEnabled(enabled);
    if (!enabled && m_animation->state() == QAbstractAnimation::Running) {
        m_animation->stop();
        onFlightStep(1.0);
    }
}

bool MapView::isAnimating() const
{
    return m_animation->state() == QAbstractAnimation::Running;
}

void MapView::setPlaceName(const QString &name)
{
    m_placeName = name;
    updateAccessibleText();
}

std::optional<MarkerLayer::Hit> MapView::focusedMarker() const
{
    return m_walk->current();
}

QString MapView::accessibleSummary() const
{
    const QList<MarkerLayer::Hit> markers = m_markers->markersInView(m_camera);
    const int gigs = MarkerLayer::gigCount(markers);
    const QString zoom = QLocale().toString(m_camera.zoom, 'f', 0);
    //: Read out by a screen reader: %1 is the zoom level; the number of gigs follows.
    QString view = tr("Zoom %1, %n gig(s) in view.", nullptr, gigs).arg(zoom);
    if (!m_placeName.isEmpty())
        //: Read out by a screen reader: %1 is the place shown, %2 the zoom and gigs.
        view = tr("Gigs around %1. %2").arg(m_placeName, view);
    return view + u' '
        + tr("Arrow keys move the map, plus and minus zoom, N and P go from marker to marker, "
             "Enter opens the marker or searches the centre of the map.");
}

void MapView::updateAccessibleText()
{
    m_markers->flush();
    const auto marker = m_walk->current();
    const QString name = marker ? m_markers->spokenText(*marker) : tr("Map");
    const QString description = accessibleSummary();
    if (name != accessibleName()) {
        setAccessibleName(name); // tells a screen reader itself
    }
    if (description != accessibleDescription())
        setAccessibleDescription(description);
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

void MapView::slideBy(QPointF pixels, int durationMs)
{
    const QPointF middle(width() / 2.0, height() / 2.0);
    startFlight(Flight { m_camera.centre, middle, middle + pixels, m_camera.zoom, m_camera.zoom },
        durationMs, true);
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
    const QRectF bounds = m_markers->gigBounds();
    if (bounds.isNull())
        return;
    const double padding = 40.0;
    const double spanX = std::max(bounds.width(), 1e-9);
    const double spanY = std::max(bounds.height(), 1e-9);
    const double zoomX = std::log2((width() - 2 * padding) / (spanX * Mercator::TileSize));
    const double zoomY = std::log2((height() - 2 * padding) / (spanY * Mercator::TileSize));
    const double zoom = std::clamp(std::min({ zoomX, zoomY, 16.0 }), MinimumZoom, maximumZoom());
    flyTo(GigClusterIndex::toCoordinate(bounds.center()), zoom);
}

// --- gigs -----------------------------------------------------------------------------------

void MapView::setModel(QAbstractItemModel *model)
{
    m_markers->setModel(model);
}

QAbstractItemModel *MapView::model() const
{
    return m_markers->model();
}

void MapView::setSelectionModel(QItemSelectionModel *selectionModel)
{
    disconnect(m_selectionConnection);
    m_markers->setSelectionModel(selectionModel);
    if (selectionModel) {
        m_selectionConnection = connect(selectionModel, &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { revealGig(current); });
    }
}

void MapView::revealGig(const QModelIndex &gig)
{
    const auto coordinate = gig.data(CoordinateRole).value<QGeoCoordinate>();
    if (!coordinate.isValid() || width() <= 0 || height() <= 0)
        return;
    const int margin = int(MarkerLayer::SelectedMarkerDiameter);
    if (!rect()
             .adjusted(margin, margin, -margin, -margin)
             .contains(positionOf(coordinate).toPoint()))
        flyTo(coordinate, zoom());
}

QItemSelectionModel *MapView::selectionModel() const
{
    return m_markers->selectionModel();
}

// --- input ----------------------------------------------------------------------------------

bool MapView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        m_markers->flush();
        const MarkerLayer::Hit hit = m_markers->hitTest(m_camera, help->pos());
        const QString text = hit.isValid() ? m_markers->toolTipFor(hit) : QString();
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
    if (!m_input->mousePress(*event, m_camera))
        QWidget::mousePressEvent(event);
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    m_input->mouseMove(*event);
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_input->mouseRelease(*event, m_camera))
        QWidget::mouseReleaseEvent(event);
}

void MapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (!m_input->mouseDoubleClick(*event, m_camera))
        QWidget::mouseDoubleClickEvent(event);
}

void MapView::wheelEvent(QWheelEvent *event)
{
    event->setAccepted(m_input->wheel(*event));
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    if (m_walk->keyPress(*event, m_camera)) {
        event->accept();
        return;
    }
    // Enter picks the place under the map's centre: picking without a mouse.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && event->modifiers() == Qt::NoModifier) {
        event->accept();
        emit placePicked(center());
        return;
    }
    if (m_input->keyPress(*event, QPointF(width() / 2.0, height() / 2.0)))
        event->accept();
    else
        QWidget::keyPressEvent(event);
}

void MapView::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    update(); // the focus ring
}

void MapView::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

void MapView::showVenueGigs(const QList<int> &rows, const QGeoCoordinate &venue)
{
    if (!m_markers->model())
        return;
    auto *menu = new VenueGigsMenu(*m_markers->model(), rows, this);
    connect(menu, &VenueGigsMenu::gigChosen, m_markers, &MarkerLayer::selectRow);
    menu->popup(mapToGlobal(positionOf(venue).toPoint()));
}

void MapView::contextMenuEvent(QContextMenuEvent *event)
{
    const QGeoCoordinate place = coordinateAt(event->pos());
    QMenu menu(this);
    menu.addAction(tr("Search Here"), this, [this, place] { emit placePicked(place); });
    menu.addAction(tr("Save This Place"), this, [this, place] { emit placeSaveRequested(place); });
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
    m_cityLabels.setDarkMap(dark);
    m_tiles->setDarkened(dark);
    m_accent = palette().color(QPalette::Highlight);
    m_markers->setAccent(m_accent);
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
    m_markers->flush();
    QPainter painter(this);
    const qreal ratio = devicePixelRatioF();
    if (!qFuzzyCompare(ratio, m_spriteRatio)) {
        m_spriteRatio = ratio;
        m_markers->setDevicePixelRatio(ratio);
        m_basemap->setDevicePixelRatio(ratio);
        if (TileSource *source = m_tiles->source())
            source->setHighDpi(ratio > 1.0);
    }

    // Scaled tiles are smoothed when the map is still, drawn fast while it moves.
    painter.setRenderHint(
        QPainter::SmoothPixmapTransform, !isAnimating() && !m_input->isDragging());
    if (!m_tiles->covers(m_camera)) {
        m_basemap->setCamera(m_camera);
        m_basemap->paint(&painter, m_camera);
    }
    m_tiles->paint(&painter, m_camera);

    painter.setRenderHint(QPainter::Antialiasing);
    paintPickedArea(painter);
    if (!tilesNamePlaces())
        m_cityLabels.paint(painter, m_camera, cityLabelFont());
    painter.setFont(font()); // cluster labels
    m_markers->paint(painter, m_camera);
    m_walk->paint(painter, m_camera, m_accent);
    paintPickedPin(painter);
    paintScaleBar(painter);
    if (hasFocus())
        paintFocusRing(painter);
}

void MapView::paintFocusRing(QPainter &painter) const
{
    // The keyboard is on the map: a ring in the highlight colour, and a cross at the centre that
    // Enter picks.
    const QColor ring = palette().color(QPalette::Highlight);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(QPen(ring, 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    const QPointF centre = QRectF(rect()).center();
    painter.drawLine(centre - QPointF(8, 0), centre + QPointF(8, 0));
    painter.drawLine(centre - QPointF(0, 8), centre + QPointF(0, 8));
    painter.restore();
}

void MapView::setCities(const CityIndex *cities)
{
    m_cityLabels.setCities(cities);
    update();
}

QList<CityLabelLayer::Label> MapView::cityLabels() const
{
    if (tilesNamePlaces())
        return {};
    return m_cityLabels.layout(m_camera, cityLabelFont());
}

bool MapView::tilesNamePlaces() const
{
    const TileSource *source = m_tiles->source();
    return source && source->drawsPlaceNames() && m_tiles->covers(m_camera);
}

QFont MapView::cityLabelFont() const
{
    QFont small = font();
    small.setPointSizeF(std::max(7.0, small.pointSizeF() * 0.9));
    return small;
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

namespace {

// The scale bar at this zoom and latitude: a round distance and its length on screen.
struct ScaleBar
{
    ScaleStep step;
    double length = 0; // pixels
};

std::optional<ScaleBar> scaleAt(const MapCamera &camera, const QSizeF &size)
{
    const double latitude
        = camera.coordinateAt(QPointF(size.width() / 2.0, size.height() / 2.0)).latitude();
    const double metresPerPixel = Mercator::metresPerPixel(latitude, camera.zoom);
    if (!(metresPerPixel > 0))
        return std::nullopt;
    // The longest round distance that fits in 100 px, in the locale's units.
    ScaleStep step = scaleStep(100.0 * metresPerPixel);
    const double length = step.metres / metresPerPixel;
    return ScaleBar { std::move(step), length };
}

} // namespace

QRectF MapView::scaleBarArea() const
{
    const auto scale = scaleAt(m_camera, size());
    if (!scale)
        return {};
    const QFontMetricsF metrics(font());
    // The label may be wider than a short bar (far out, near the equator): its backing grows.
    const QSizeF area(std::max(scale->length, metrics.horizontalAdvance(scale->step.label) + 8),
        metrics.height() + 4);
    qreal bottom = height() - 12;
    const QRect credits = m_attribution->geometry();
    if (m_attribution->isVisible() && credits.left() < 10 + area.width() + 8)
        bottom = std::min(bottom, credits.top() - 4.0);
    return QRectF(QPointF(10, bottom - area.height()), area);
}

void MapView::paintScaleBar(QPainter &painter) const
{
    const auto scale = scaleAt(m_camera, size());
    if (!scale)
        return;
    const QString &label = scale->step.label;
    const QRectF labelBox = scaleBarArea();
    const QRectF box(labelBox.topLeft(), QSizeF(scale->length, labelBox.height()));
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
