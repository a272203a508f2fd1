#include "ui/fetchingdelegate.h"

#include "models/cached.h"
#include "models/gigroles.h"

#include <QAbstractItemView>
#include <QPainter>
#include <QTimer>
#include <algorithm>

namespace gig {

FetchingDelegate::FetchingDelegate(QAbstractItemView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
    , m_timer(new QTimer(this))
{
    Q_ASSERT(view);
    m_timer->setInterval(FrameMs);
    connect(m_timer, &QTimer::timeout, this, &FetchingDelegate::step);
}

FetchingDelegate::~FetchingDelegate() = default;

bool FetchingDelegate::isTurning() const
{
    return m_timer->isActive();
}

void FetchingDelegate::step()
{
    if (!m_paintedFetching) {
        m_timer->stop(); // nothing fetching in view any more
        return;
    }
    m_paintedFetching = false;
    m_angle = (m_angle + 30) % 360;
    m_view->viewport()->update();
}

void FetchingDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const bool fetching
        = Freshness(index.siblingAtColumn(0).data(FreshnessRole).toInt()) == Freshness::Pending;
    if (!fetching) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The spinner in a square at the cell's start, the text after it.
    const int side = std::min(option.rect.height() - 6, option.fontMetrics.height());
    const QRect square(option.rect.left() + 4, option.rect.center().y() - side / 2, side, side);
    QStyleOptionViewItem shifted = option;
    shifted.rect.setLeft(square.right() + 4);
    QStyledItemDelegate::paint(painter, shifted, index);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor ink = option.palette.color(
        option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text);
    QPen pen(ink, std::max(1.5, side / 7.0), Qt::SolidLine, Qt::RoundCap);
    painter->setPen(pen);
    // A three-quarter arc that turns: Qt's angles are in sixteenths of a degree, anticlockwise.
    painter->drawArc(QRectF(square).adjusted(1, 1, -1, -1), -m_angle * 16, 270 * 16);
    painter->restore();

    m_paintedFetching = true;
    if (!m_timer->isActive())
        m_timer->start();
}

} // namespace gig
