// Dresses the gig rows for the table by their status and freshness: cancelled gigs struck out,
// postponed or rescheduled ones marked, stale ones muted — colours taken from the palette — and
// the gigs of my artists starred ("★ " before the event's name, and a tooltip that says why), and
// the gigs an alert announced marked "New" in bold until the person looks at them.
#pragma once

#include <QIdentityProxyModel>
#include <QPalette>

namespace gig {

class AlertLedger;

class GigStatusProxyModel final : public QIdentityProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GigStatusProxyModel)

public:
    explicit GigStatusProxyModel(QObject *parent = nullptr);

    // The palette the colours derive from (the view's); changing it repaints every row.
    void setPalette(const QPalette &palette);
    QPalette palette() const { return m_palette; }

    // Which gigs are new (an alert announced them, not seen yet); not owned, may be nullptr.
    void setAlertLedger(const AlertLedger *ledger);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    bool isNew(const QModelIndex &index) const;
    QVariant eventNameData(const QModelIndex &index, int role) const;

    QPalette m_palette;
    const AlertLedger *m_ledger = nullptr;
};

} // namespace gig
