#include "ui/columnfitter.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QHeaderView>
#include <QTableView>
#include <QTimer>
#include <algorithm>

namespace gig {

ColumnFitter::ColumnFitter(QTableView *view)
    : QObject(view)
    , m_view(view)
{
    Q_ASSERT(view && view->model());
    QAbstractItemModel *model = view->model();
    connect(model, &QAbstractItemModel::rowsInserted, this, &ColumnFitter::onRowsArrived);
    connect(model, &QAbstractItemModel::modelReset, this, &ColumnFitter::onRowsArrived);
    connect(model, &QAbstractItemModel::layoutChanged, this, &ColumnFitter::onRowsArrived);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ColumnFitter::onRowsArrived);
    // A section resized while the header holds a press is the person's choice.
    connect(view->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        if (!m_fitting && m_headerPressed)
            m_personSized = true;
    });
    m_headerViewport = view->horizontalHeader()->viewport();
    m_viewport = view->viewport();
    m_headerViewport->installEventFilter(this);
    m_viewport->installEventFilter(this);
    m_hadRows = model->rowCount() > 0;
}

bool ColumnFitter::eventFilter(QObject *watched, QEvent *event)
{
    // Pointers are compared, never called: the view may be half destroyed when its viewport's
    // last events arrive.
    if (watched == m_viewport) {
        // The view got its real width (shown, window or splitter resized): fit to it.
        if (event->type() == QEvent::Resize && m_hadRows && !m_personSized)
            fit();
    } else if (watched == m_headerViewport && event->type() == QEvent::MouseButtonPress) {
        m_headerPressed = true;
    } else if (watched == m_headerViewport && event->type() == QEvent::MouseButtonRelease) {
        m_headerPressed = false;
    }
    return false;
}

ColumnFitter::~ColumnFitter() = default;

void ColumnFitter::onRowsArrived()
{
    const bool hasRows = m_view->model()->rowCount() > 0;
    const bool arrived = hasRows && !m_hadRows;
    m_hadRows = hasRows;
    if (arrived && !m_personSized) {
        // Once the rows are laid out, so the view measures the cells it shows.
        QTimer::singleShot(0, this, [this] {
            if (!m_personSized)
                fit();
        });
    }
}

int ColumnFitter::widestCell(int column) const
{
    // Public in QAbstractItemView; QTableView measures the rows in view.
    return static_cast<const QAbstractItemView *>(m_view)->sizeHintForColumn(column);
}

void ColumnFitter::fit()
{
    QHeaderView *header = m_view->horizontalHeader();
    const int charWidth = m_view->fontMetrics().averageCharWidth();
    const int floor = charWidth * MinimumChars;
    // What each column wants: its widest shown cell or its title.
    QList<int> columns;
    QList<int> wanted;
    int total = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column))
            continue;
        const int want
            = std::max(header->sectionSizeHint(column), widestCell(column) + charWidth * 2);
        columns.append(column);
        wanted.append(want);
        total += want;
    }
    // Too wide for the view: the shrinkable columns share what the others leave. Each gets the
    // same width (the water level), or less when it wants less, and never less than its floor:
    // MinimumChars, or its title when that is wider (a title cut short names nothing) and the
    // titles fit; their cells are elided.
    QList<int> widths = wanted;
    const int available = m_view->viewport()->width();
    if (total > available) {
        QList<qsizetype> shrinking;
        QList<int> least(wanted.size(), 0);
        int budget = available;
        for (qsizetype i = 0; i < wanted.size(); ++i) {
            if (m_shrinkable.contains(columns[i])) {
                shrinking.append(i);
                least[i]
                    = std::min(wanted[i], std::max(floor, header->sectionSizeHint(columns[i])));
            } else {
                budget -= wanted[i];
            }
        }
        // Titles whole, unless even that leaves the view scrolling sideways: then the titles
        // are elided too, down to MinimumChars.
        int leastTotal = 0;
        for (const qsizetype i : std::as_const(shrinking))
            leastTotal += least[i];
        if (leastTotal > budget) {
            for (const qsizetype i : std::as_const(shrinking))
                least[i] = std::min(wanted[i], floor);
        }
        const auto widthAt = [&](qsizetype i, int level) {
            return std::min(wanted[i], std::max(least[i], level));
        };
        const auto usedAt = [&](int level) {
            int used = 0;
            for (const qsizetype i : std::as_const(shrinking))
                used += widthAt(i, level);
            return used;
        };
        // The highest level whose widths fit the budget (the floors alone may not fit: then
        // the view scrolls).
        int low = 0;
        int high = available;
        while (low < high) {
            const int mid = (low + high + 1) / 2;
            if (usedAt(mid) <= budget)
                low = mid;
            else
                high = mid - 1;
        }
        for (const qsizetype i : std::as_const(shrinking))
            widths[i] = widthAt(i, low);
    }
    m_fitting = true;
    for (qsizetype i = 0; i < columns.size(); ++i)
        header->resizeSection(columns[i], widths[i]);
    m_fitting = false;
}

} // namespace gig
