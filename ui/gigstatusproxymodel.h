// Dresses the gig rows for the table by their status and freshness: cancelled gigs struck out,
// postponed or rescheduled ones marked, stale ones muted — colours taken from the palette — and
// the gigs of my artists starred ("★ " before the event's name, and a tooltip that says why).
#pragma once

#include <QIdentityProxyModel>
#include <QPalette>

namespace gig {

class GigStatusProxyModel final : public QIdentityProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GigStatusProxyModel)

public:
    explicit GigStatusProxyModel(QObject *parent = nullptr);

    // The palette the colours derive from (the view's); changing it repaints every row.
    void setPalette(const QPalette &palette);
    QPalette palette() const { return m_palette; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QPalette m_palette;
};

} // namespace gig
