// How many gigs the table lists, above it: "79 gigs", or "67 gigs shown · 12 hidden by the
// filter" when the filter hides some.
#pragma once

#include <QLabel>

class QAbstractItemModel;

namespace gig {

class GigCountLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GigCountLabel)

public:
    // `all` lists every gig of the place, `shown` the ones the filter lets through; neither is
    // owned, both must outlive the label.
    GigCountLabel(QAbstractItemModel *all, QAbstractItemModel *shown, QWidget *parent = nullptr);
    ~GigCountLabel() override;

    // The sentence for these counts; empty when there are no gigs at all.
    static QString textFor(int all, int shown);

    void refresh();

private:
    QAbstractItemModel *m_all;
    QAbstractItemModel *m_shown;
};

} // namespace gig
