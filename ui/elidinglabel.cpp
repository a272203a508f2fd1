#include "ui/elidinglabel.h"

#include <QHelpEvent>
#include <QPainter>
#include <QStyle>
#include <QToolTip>

namespace gig {

ElidingLabel::ElidingLabel(QWidget *parent)
    : ElidingLabel(QString(), parent)
{ }

ElidingLabel::ElidingLabel(const QString &text, QWidget *parent)
    : QLabel(text, parent)
{
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

ElidingLabel::~ElidingLabel() = default;

QSize ElidingLabel::minimumSizeHint() const
{
    // Room for a few letters and the ellipsis.
    const QMargins margins = contentsMargins();
    const int width = std::min(QLabel::minimumSizeHint().width(),
        fontMetrics().horizontalAdvance(u'…') + fontMetrics().averageCharWidth() * 6
            + margins.left() + margins.right() + frameWidth() * 2);
    return QSize(width, QLabel::minimumSizeHint().height());
}

QString ElidingLabel::shownText() const
{
    return fontMetrics().elidedText(text(), Qt::ElideRight, contentsRect().width() - margin() * 2);
}

bool ElidingLabel::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && toolTip().isEmpty() && shownText() != text()) {
        QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(), text(), this);
        return true;
    }
    return QLabel::event(event);
}

void ElidingLabel::paintEvent(QPaintEvent *event)
{
    const QString shown = shownText();
    if (shown == text()) {
        QLabel::paintEvent(event);
        return;
    }
    QFrame::paintEvent(event); // the frame, if any
    QPainter painter(this);
    const QRect area
        = contentsRect().marginsRemoved(QMargins(margin(), margin(), margin(), margin()));
    style()->drawItemText(
        &painter, area, int(alignment()), palette(), isEnabled(), shown, foregroundRole());
}

} // namespace gig
