// Filters and sorts the gig table: text over event, venue and artists; a date range; hiding
// cancelled gigs; only the gigs of my artists (MineRole). Sorting uses each column's SortKeyRole
// (dates in reading order, distance as a number), then the event's name.
#pragma once

#include <QDate>
#include <QSortFilterProxyModel>

namespace gig {

class GigFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GigFilterModel)

public:
    explicit GigFilterModel(QObject *parent = nullptr);

    void setText(const QString &text); // case- and accent-insensitive words, all must match
    QString text() const { return m_text; }
    void setDateRange(QDate from, QDate to); // either may be invalid: open-ended
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    void setHideCancelled(bool hide);
    bool hidesCancelled() const { return m_hideCancelled; }
    void setOnlyMine(bool only); // only rows whose MineRole is true
    bool onlyMine() const { return m_onlyMine; }
    // The relevance sort: the gigs of my artists (MineRole) come first, in either direction of
    // the column's sort, each group in the column's order.
    void setMineFirst(bool first);
    bool mineFirst() const { return m_mineFirst; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    // By the column's SortKeyRole; rows that tie there follow the event's name, then its id, so
    // that gigs at one time are read in the same order as in an export.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    QStringList m_words; // folded
    QDate m_from;
    QDate m_to;
    bool m_hideCancelled = false;
    bool m_onlyMine = false;
    bool m_mineFirst = false;
};

} // namespace gig
