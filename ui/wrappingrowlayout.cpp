#include "ui/wrappingrowlayout.h"

#include <QWidget>
#include <algorithm>

namespace gig {

namespace {

// The width an item asks for: its size hint, never below its minimum.
int preferredWidth(const QLayoutItem *item)
{
    return std::max(item->sizeHint().width(), item->minimumSize().width());
}

} // namespace

WrappingRowLayout::WrappingRowLayout(QWidget *parent)
    : QLayout(parent)
{ }

WrappingRowLayout::~WrappingRowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void WrappingRowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

int WrappingRowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *WrappingRowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *WrappingRowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    return m_items.takeAt(index);
}

QSize WrappingRowLayout::sizeHint() const
{
    int width = 0;
    int height = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        width += preferredWidth(item) + (width > 0 ? spacing() : 0);
        height = std::max(height, item->sizeHint().height());
    }
    const QMargins margins = contentsMargins();
    return QSize(
        width + margins.left() + margins.right(), height + margins.top() + margins.bottom());
}

QSize WrappingRowLayout::minimumSize() const
{
    int width = 0;
    for (const QLayoutItem *item : m_items) {
        if (!item->isEmpty())
            width = std::max(width, item->minimumSize().width());
    }
    const QMargins margins = contentsMargins();
    const int outer = width + margins.left() + margins.right();
    return QSize(outer, heightForWidth(outer));
}

Qt::Orientations WrappingRowLayout::expandingDirections() const
{
    return Qt::Horizontal;
}

int WrappingRowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

void WrappingRowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int WrappingRowLayout::lineCount(int width) const
{
    int lines = 0;
    arrange(QRect(0, 0, width, 0), false, &lines);
    return lines;
}

int WrappingRowLayout::arrange(const QRect &rect, bool apply, int *lines) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int gap = spacing();
    QList<QLayoutItem *> visible;
    for (QLayoutItem *item : m_items) {
        if (!item->isEmpty())
            visible.append(item);
    }
    int y = area.top();
    int lineNumber = 0;
    for (qsizetype first = 0; first < visible.size();) {
        // Fill one line: at least one item, then as many as fit at their preferred width.
        qsizetype end = first;
        int used = 0;
        int expanding = 0;
        int lineHeight = 0;
        while (end < visible.size()) {
            const int wanted = preferredWidth(visible[end]) + (end > first ? gap : 0);
            if (end > first && used + wanted > area.width())
                break;
            used += wanted;
            lineHeight = std::max(lineHeight, visible[end]->sizeHint().height());
            if (visible[end]->expandingDirections() & Qt::Horizontal)
                ++expanding;
            ++end;
        }
        if (apply) {
            const int spare = std::max(0, area.width() - used);
            int x = area.left();
            for (qsizetype i = first; i < end; ++i) {
                QLayoutItem *item = visible[i];
                int width = preferredWidth(item);
                if (expanding > 0 && item->expandingDirections() & Qt::Horizontal) {
                    width += spare / expanding;
                }
                width = std::min(width, area.right() + 1 - x); // a lone wide item is squeezed
                width = std::max(width, item->minimumSize().width());
                item->setGeometry(QRect(x, y, width, lineHeight));
                x += width + gap;
            }
        }
        y += lineHeight + gap;
        ++lineNumber;
        first = end;
    }
    if (lines)
        *lines = lineNumber;
    const int height = lineNumber > 0 ? y - gap - area.top() : 0;
    const QMargins margins = contentsMargins();
    return height + margins.top() + margins.bottom();
}

} // namespace gig
