#include "models/gigfiltermodel.h"

#include "models/event.h"
#include "models/giglistmodel.h"
#include "models/gigroles.h"
#include "models/textfold.h"

namespace gig {

GigFilterModel::GigFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortKeyRole);
    setDynamicSortFilter(true);
}

void GigFilterModel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = foldForSearch(text).split(u' ', Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

void GigFilterModel::setDateRange(QDate from, QDate to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    invalidateRowsFilter();
}

void GigFilterModel::setHideCancelled(bool hide)
{
    if (hide == m_hideCancelled)
        return;
    m_hideCancelled = hide;
    invalidateRowsFilter();
}

void GigFilterModel::setOnlyMine(bool only)
{
    if (only == m_onlyMine)
        return;
    m_onlyMine = only;
    invalidateRowsFilter();
}

bool GigFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    auto cell = [&](int column, int role = Qt::DisplayRole) {
        return model->data(model->index(sourceRow, column, sourceParent), role);
    };
    if (m_hideCancelled && cell(0, StatusRole).toInt() == int(EventStatus::Cancelled))
        return false;
    if (m_onlyMine && !cell(0, MineRole).toBool())
        return false;
    if (m_from.isValid() || m_to.isValid()) {
        const QDate date = cell(0, LocalDateRole).toDate();
        if ((m_from.isValid() && date < m_from) || (m_to.isValid() && date > m_to))
            return false;
    }
    if (m_words.isEmpty())
        return true;
    const QString haystack = foldForSearch(cell(GigListModel::EventColumn).toString() + u'\n'
        + cell(GigListModel::VenueColumn).toString() + u'\n'
        + cell(GigListModel::LineupColumn).toString());
    for (const QString &word : m_words) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

void GigFilterModel::setMineFirst(bool first)
{
    if (m_mineFirst == first)
        return;
    m_mineFirst = first;
    invalidate();
}

bool GigFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_mineFirst) {
        const bool leftMine = left.siblingAtColumn(0).data(MineRole).toBool();
        const bool rightMine = right.siblingAtColumn(0).data(MineRole).toBool();
        if (leftMine != rightMine) // the view reverses lessThan() when descending: undo that
            return sortOrder() == Qt::AscendingOrder ? leftMine : rightMine;
    }
    const QPartialOrdering order = QVariant::compare(left.data(sortRole()), right.data(sortRole()));
    if (order != QPartialOrdering::Equivalent && order != QPartialOrdering::Unordered)
        return order == QPartialOrdering::Less;
    auto tieKey = [](const QModelIndex &index, int column, int role) {
        return index.siblingAtColumn(column).data(role);
    };
    const QPartialOrdering byName
        = QVariant::compare(tieKey(left, GigListModel::EventColumn, SortKeyRole),
            tieKey(right, GigListModel::EventColumn, SortKeyRole));
    if (byName != QPartialOrdering::Equivalent && byName != QPartialOrdering::Unordered)
        return byName == QPartialOrdering::Less;
    return left.data(EventIdRole).toString() < right.data(EventIdRole).toString();
}

} // namespace gig
