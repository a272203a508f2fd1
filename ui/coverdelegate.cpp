#include "ui/coverdelegate.h"

#include "models/coverimages.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace gig {

CoverDelegate::CoverDelegate(CoverImages *covers, int releaseIdRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_covers(covers)
    , m_releaseIdRole(releaseIdRole)
{
    if (covers) {
        // A cover that arrives replaces its placeholder: drop what was scaled for it.
        connect(covers, &CoverImages::changed, this,
            [this](const QString &releaseGroupMbid) { m_scaled.remove(releaseGroupMbid); });
    }
}

QImage CoverDelegate::scaledCover(const QString &releaseGroupMbid, int side) const
{
    if (!m_covers || m_covers->state(releaseGroupMbid) != CoverImages::State::Shown)
        return {};
    const QString key = releaseGroupMbid;
    if (const QImage *scaled = m_scaled.object(key); scaled && scaled->width() == side)
        return *scaled;
    const QImage decoded = QImage::fromData(m_covers->cover(releaseGroupMbid));
    if (decoded.isNull())
        return {};
    const QImage scaled
        = decoded.scaled(side, side, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation)
              .copy(0, 0, side, side);
    m_scaled.insert(key, new QImage(scaled));
    return scaled;
}

void CoverDelegate::paintPlaceholder(
    QPainter *painter, const QRect &square, const QPalette &palette)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath frame;
    frame.addRoundedRect(QRectF(square).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
    painter->fillPath(frame, palette.color(QPalette::Button));
    painter->setPen(palette.color(QPalette::Mid));
    painter->drawPath(frame);
    // A record: a ring and its hole.
    const QRectF disc = QRectF(square).adjusted(
        square.width() * 0.2, square.height() * 0.2, -square.width() * 0.2, -square.height() * 0.2);
    painter->drawEllipse(disc);
    const double hole = square.width() * 0.08;
    painter->drawEllipse(disc.center(), hole, hole);
    painter->restore();
}

void CoverDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString releaseGroupMbid = index.data(m_releaseIdRole).toString();
    const int side = coverSide(option.rect.height());
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // The row's background and selection across the whole cell, then the text beside the cover.
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &item, painter, widget);
    item.rect.setLeft(option.rect.left() + side + 6);
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);
    if (releaseGroupMbid.isEmpty())
        return; // no release: nothing to show a cover of
    const QRect square(option.rect.left() + 2, option.rect.top() + 2, side, side);
    if (m_covers && m_covers->state(releaseGroupMbid) == CoverImages::State::Unknown)
        m_covers->want(releaseGroupMbid); // painted now, so wanted now
    const QImage cover = scaledCover(releaseGroupMbid, side);
    if (cover.isNull())
        paintPlaceholder(painter, square, option.palette);
    else
        painter->drawImage(square, cover);
}

QSize CoverDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += coverSide(option.rect.height() > 0 ? option.rect.height() : size.height()) + 6;
    return size;
}

} // namespace gig
