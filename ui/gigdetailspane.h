// The selected gig in full: what, when, where, its status, its lineup with each artist's latest
// release, and a link to each provider's page of it. Reads GigStore and follows its changes; a
// gig several providers list is shown merged (models/gigmerge.h).
#pragma once

#include <QPointer>
#include <QStringList>
#include <QUrl>
#include <QWidget>

class QLabel;
class QMenu;
class QStackedWidget;
class QTableView;

namespace gig {

class GigLinks;
class GigStore;
class CoverImages;
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
    // Shows the gig of these listings, one per provider, the gig's own id first (GigListModel's
    // ListingsRole).
    void setEventIds(const QStringList &eventIds);
    QString eventId() const { return m_eventIds.value(0); }

    // Shows each latest release's front cover from `covers` (not owned; it asks there for the
    // covers it draws).
    void setCoverImages(CoverImages *covers);

    LineupModel *lineupModel() const { return m_lineup; }
    QTableView *lineupView() const { return m_lineupView; }
    GigLinks *links() const { return m_links; }
    QUrl gigUrl() const; // the first provider's page

    // The text shown, for tests and screen readers: title, when, where, status.
    QString summaryText() const;

    // Where MusicBrainz's pages are (https://musicbrainz.org, or the demo's stand-in): an
    // artist's and a release's open there from the lineup.
    void setMusicBrainzWebRoot(const QUrl &root) { m_musicBrainz = root; }
    // The MusicBrainz pages of a lineup row's artist and latest release; empty when not known.
    QUrl artistPage(int lineupRow) const;
    QUrl releasePage(int lineupRow) const;

signals:
    // The lineup's context menu is about to open on `index`'s row: others may add actions to it
    // (Follow/Unfollow, ui/lineupfollowmenu.h).
    void lineupMenuAboutToShow(QMenu *menu, const QModelIndex &index);

public slots:
    void openGigPage(); // the first provider's, in the desktop's browser
    // The lineup cell's page: its release's in the release columns, else its artist's.
    void openLineupPage(const QModelIndex &index);

private:
    void refresh();
    void showLineupMenu(const QPoint &position);
    QUrl musicBrainzPage(const QString &entity, const QString &mbid) const;

    const GigStore *m_store;
    LineupModel *m_lineup;
    QStringList m_eventIds;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_when = nullptr;
    QLabel *m_where = nullptr;
    QLabel *m_status = nullptr;
    QTableView *m_lineupView = nullptr;
    QPointer<CoverImages> m_covers;
    GigLinks *m_links = nullptr;
    QUrl m_musicBrainz { QStringLiteral("https://musicbrainz.org") };
};

} // namespace gig
