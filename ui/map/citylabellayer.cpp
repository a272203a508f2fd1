#include "ui/map/citylabellayer.h"

#include "models/cityindex.h"

#include <QFontMetricsF>
#include <QPainter>
#include <cmath>

namespace gig {

namespace {

constexpr double dotRadius = 2.5;
constexpr double gap = 4.0; // between the dot and the name
constexpr double padding = 3.0; // around a name, kept free of other names

} // namespace

quint32 CityLabelLayer::minimumPopulation(double zoom)
{
    // Below each zoom, the smallest city named.
    static constexpr std::pair<double, quint32> steps[] { { 4, 2'000'000 }, { 5, 1'000'000 },
        { 6, 400'000 }, { 7, 150'000 }, { 8, 60'000 }, { 9, 30'000 } };
    for (const auto &[below, population] : steps) {
        if (zoom < below)
            return population;
    }
    return 0;
}

QList<CityLabelLayer::Label> CityLabelLayer::layout(
    const MapCamera &camera, const QFont &font) const
{
    QList<Label> labels;
    if (!m_cities || camera.viewport.isEmpty())
        return labels;
    const QFontMetricsF metrics(font);
    const QRectF view(QPointF(0, 0), camera.viewport);
    const double centreX = camera.centre.x();
    const QList<qsizetype> candidates
        = m_cities->largestIn(camera.visibleMercator(), minimumPopulation(camera.zoom));
    for (const qsizetype index : candidates) {
        if (labels.size() >= MaxLabels)
            break;
        QPointF mercator = m_cities->mercator(index);
        mercator.rx() += std::round(centreX - mercator.x()); // the world copy nearest the view
        const QPointF anchor = camera.toScreen(mercator);
        if (!view.contains(anchor))
            continue;
        const QString &name = m_cities->city(index).name;
        const QSizeF size(metrics.horizontalAdvance(name), metrics.height());
        const QRectF box(
            QPointF(anchor.x() + dotRadius + gap, anchor.y() - size.height() / 2), size);
        const QRectF taken = box.united(QRectF(anchor, QSizeF())
                                            .adjusted(-dotRadius, -dotRadius, dotRadius, dotRadius))
                                 .adjusted(-padding, -padding, padding, padding);
        const bool overlaps = std::any_of(labels.cbegin(), labels.cend(), [&](const Label &other) {
            return other.box.adjusted(-padding - gap - 2 * dotRadius, -padding, padding, padding)
                .intersects(taken);
        });
        if (!overlaps && view.contains(box))
            labels.append({ index, anchor, box });
    }
    return labels;
}

CityLabelLayer::Ink CityLabelLayer::inkFor(bool darkMap)
{
    if (darkMap)
        return Ink { QColor(0xe8, 0xe6, 0xe3), QColor(0x12, 0x18, 0x20, 200) };
    return Ink { QColor(40, 40, 48), QColor(255, 255, 255, 200) };
}

void CityLabelLayer::paint(QPainter &painter, const MapCamera &camera, const QFont &font) const
{
    const QList<Label> labels = layout(camera, font);
    if (labels.isEmpty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor &ink = m_ink.text;
    const QColor &halo = m_ink.halo;
    painter.setFont(font);
    const qreal ascent = QFontMetricsF(font).ascent();
    // A halo (the name drawn a pixel off in each direction) keeps the names readable over
    // any land or water; glyphs come from the font cache, so this stays cheap.
    static constexpr QPointF offsets[] { { -1, 0 }, { 1, 0 }, { 0, -1 }, { 0, 1 } };
    painter.setPen(halo);
    for (const Label &label : labels) {
        const QPointF baseline(label.box.left(), label.box.top() + ascent);
        for (const QPointF &offset : offsets)
            painter.drawText(baseline + offset, m_cities->city(label.city).name);
    }
    painter.setPen(ink);
    for (const Label &label : labels)
        painter.drawText(
            QPointF(label.box.left(), label.box.top() + ascent), m_cities->city(label.city).name);
    painter.setPen(QPen(halo, 1.0));
    painter.setBrush(ink);
    for (const Label &label : labels)
        painter.drawEllipse(label.anchor, dotRadius, dotRadius);
    painter.restore();
}

} // namespace gig
