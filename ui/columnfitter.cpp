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
    view->horizontalHeader()->viewport()->installEventFilter(this);
    view->viewport()->installEventFilter(this);
    m_hadRows = model->rowCount() > 0;
}

bool ColumnFitter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport()) {
        // The view got its real width (shown, window or splitter resized): fit to it.
        if (event->type() == QEvent::Resize && m_hadRows && !m_personSized)
            fit();
    } else if (event->type() == QEvent::MouseButtonPress) {
        m_headerPressed = true;
    } else if (event->type() == QEvent::MouseButtonRelease) {
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
    // Too wide for the view: the shrinkable columns share what the others leave, each its fair
    // share at most and never below MinimumChars (their cells are elided), the narrowest first so
    // what a narrow column does not need goes to the wider ones.
    QList<int> widths = wanted;
    const int available = m_view->viewport()->width();
    if (total > available) {
        QList<qsizetype> shrinking;
        int budget = available;
        for (qsizetype i = 0; i < wanted.size(); ++i) {
            if (m_shrinkable.contains(columns[i]))
                shrinking.append(i);
            else
                budget -= wanted[i];
        }
        std::sort(shrinking.begin(), shrinking.end(),
            [&wanted](qsizetype a, qsizetype b) { return wanted[a] < wanted[b]; });
        for (qsizetype n = 0; n < shrinking.size(); ++n) {
            const qsizetype i = shrinking[n];
            const int share = std::max(0, budget) / int(shrinking.size() - n);
            widths[i] = std::min(wanted[i], std::max(floor, share));
            budget -= widths[i];
        }
    }
    m_fitting = true;
    for (qsizetype i = 0; i < columns.size(); ++i)
        header->resizeSection(columns[i], widths[i]);
    m_fitting = false;
}

} // namespace gig
