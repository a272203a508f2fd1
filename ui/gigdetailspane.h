// The selected gig in full: what, when, where, its status, its lineup with each artist's latest
// release, and a link to its page. Reads GigStore and follows its changes.
#pragma once

#include <QUrl>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace gig {

class GigStore;
class LineupModel;

class GigDetailsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GigDetailsPane)

public:
    // `store` is not owned and must outlive the pane.
    explicit GigDetailsPane(const GigStore *store, QWidget *parent = nullptr);
    ~GigDetailsPane() override;

    // Shows this gig (empty: the "select a gig" hint).
    void setEventId(const QString &eventId);
    QString eventId() const { return m_eventId; }

    LineupModel *lineupModel() const { return m_lineup; }
    QTableView *lineupView() const { return m_lineupView; }
    QUrl gigUrl() const { return m_url; }

    // The text shown, for tests and screen readers: title, when, where, status.
    QString summaryText() const;

public slots:
    void openGigPage() const; // in the desktop's browser

private:
    void refresh();

    const GigStore *m_store;
    LineupModel *m_lineup;
    QString m_eventId;
    QUrl m_url;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_when = nullptr;
    QLabel *m_where = nullptr;
    QLabel *m_status = nullptr;
    QTableView *m_lineupView = nullptr;
    QPushButton *m_link = nullptr;
};

} // namespace gig
