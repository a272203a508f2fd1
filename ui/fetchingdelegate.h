// Draws a small turning spinner before the text of a cell whose row is still being fetched
// (FreshnessRole Pending), so a person sees which rows are still on their way.
#pragma once

#include <QStyledItemDelegate>

class QAbstractItemView;
class QTimer;

namespace gig {

// Installed on one column of a view; turns while a fetching cell was painted in the last frame
// and stops on its own when none is left in view.
class FetchingDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FetchingDelegate)

public:
    static constexpr int FrameMs = 80;

    // `view` is not owned; the delegate is its child.
    explicit FetchingDelegate(QAbstractItemView *view);
    ~FetchingDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    bool isTurning() const;

private:
    void step();

    QAbstractItemView *m_view;
    QTimer *m_timer;
    int m_angle = 0; // degrees
    mutable bool m_paintedFetching = false; // since the last step
};

} // namespace gig
