#include "ui/columnfitter.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QHeaderView>
#include <QTableView>
#include <QTimer>
#include <algorithm>
#include <numeric>
#include <utility>

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
    connect(view->horizontalHeader(), &QHeaderView::sectionResized, this,
        [this](int column, int, int newSize) { onSectionResized(column, newSize); });
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
        // The view got its real width (shown, window or splitter resized): fit to it, to the
        // titles alone while there are no rows.
        if (event->type() == QEvent::Resize && !m_personSized)
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

QList<ColumnFitter::Column> ColumnFitter::visibleColumns() const
{
    const QHeaderView *header = m_view->horizontalHeader();
    const int charWidth = m_view->fontMetrics().averageCharWidth();
    QList<Column> columns;
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column))
            continue;
        const int wanted
            = std::max(header->sectionSizeHint(column), widestCell(column) + charWidth * 2);
        columns.append({ column, wanted, m_shrinkable.contains(column) });
    }
    return columns;
}

void ColumnFitter::fit()
{
    showHiddenToFit();
    QList<Column> columns = visibleColumns();
    const int available = m_view->viewport()->width();
    giveWay(columns, available);
    QList<int> widths = widthsFor(columns, available);
    if (m_view->model()->rowCount() == 0)
        spreadTitles(widths, available);
    QHeaderView *header = m_view->horizontalHeader();
    m_fitting = true;
    for (qsizetype i = 0; i < columns.size(); ++i)
        header->resizeSection(columns[i].index, widths[i]);
    m_fitting = false;
}

void ColumnFitter::spreadTitles(QList<int> &widths, int available)
{
    // No cell to measure: the titles share the whole width in proportion to their lengths, rather
    // than the last one stretching over what the others leave.
    const int total = std::accumulate(widths.cbegin(), widths.cend(), 0);
    if (total <= 0 || total >= available)
        return;
    for (int &width : widths)
        width = int(qint64(width) * available / total);
}

void ColumnFitter::showHiddenToFit()
{
    QHeaderView *header = m_view->horizontalHeader();
    m_fitting = true;
    for (const int column : std::exchange(m_hiddenToFit, {}))
        header->showSection(column);
    m_fitting = false;
}

void ColumnFitter::giveWay(QList<Column> &columns, int available)
{
    const int floor = m_view->fontMetrics().averageCharWidth() * MinimumChars;
    const auto floorsFit = [&columns, available, floor] {
        int total = 0;
        for (const Column &column : std::as_const(columns))
            total += column.shrinkable ? std::min(column.wanted, floor) : column.wanted;
        return total <= available;
    };
    QHeaderView *header = m_view->horizontalHeader();
    for (const int column : std::as_const(m_giveWay)) {
        if (floorsFit() || columns.size() <= 1)
            return;
        if (header->isSectionHidden(column))
            continue; // the person's choice
        m_fitting = true;
        header->hideSection(column);
        m_fitting = false;
        m_hiddenToFit.append(column);
        columns.removeIf([column](const Column &shown) { return shown.index == column; });
    }
}

void ColumnFitter::onSectionResized(int column, int newSize)
{
    if (m_fitting)
        return;
    // A section resized while the header holds a press is the person's choice.
    if (m_headerPressed)
        m_personSized = true;
    // A column hidden to make room that the person showed again stays: it no longer gives way.
    if (newSize > 0 && m_hiddenToFit.removeOne(column))
        m_giveWay.removeOne(column);
}

QList<int> ColumnFitter::widthsFor(const QList<Column> &columns, int available) const
{
    const QHeaderView *header = m_view->horizontalHeader();
    const int floor = m_view->fontMetrics().averageCharWidth() * MinimumChars;
    QList<int> widths;
    int total = 0;
    for (const Column &column : columns) {
        widths.append(column.wanted);
        total += column.wanted;
    }
    if (total <= available)
        return widths;
    // Too wide for the view: the shrinkable columns share what the others leave. Each gets the
    // same width (the water level), or less when it wants less, and never less than its floor:
    // MinimumChars, or its title when that is wider (a title cut short names nothing) and the
    // titles fit; their cells are elided.
    QList<qsizetype> shrinking;
    QList<int> least(columns.size(), 0);
    int budget = available;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns[i].shrinkable) {
            shrinking.append(i);
            least[i] = std::min(
                columns[i].wanted, std::max(floor, header->sectionSizeHint(columns[i].index)));
        } else {
            budget -= columns[i].wanted;
        }
    }
    // Titles whole, unless even that leaves the view scrolling sideways: then the titles are
    // elided too, down to MinimumChars.
    int leastTotal = 0;
    for (const qsizetype i : std::as_const(shrinking))
        leastTotal += least[i];
    if (leastTotal > budget) {
        for (const qsizetype i : std::as_const(shrinking))
            least[i] = std::min(columns[i].wanted, floor);
    }
    const auto widthAt = [&](qsizetype i, int level) {
        return std::min(columns[i].wanted, std::max(least[i], level));
    };
    const auto usedAt = [&](int level) {
        int used = 0;
        for (const qsizetype i : std::as_const(shrinking))
            used += widthAt(i, level);
        return used;
    };
    // The highest level whose widths fit the budget (the floors alone may not fit: then the
    // view scrolls).
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
    return widths;
}

} // namespace gig
