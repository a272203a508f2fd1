// "Follow" an artist of the selected gig's lineup, or "Unfollow" one that is already one of my
// artists: the actions it adds to the lineup's context menu (GigDetailsPane's).
#pragma once

#include <QObject>

class QMenu;
class QModelIndex;

namespace gig {

struct Artist;
class GigDetailsPane;
class MyArtists;

class LineupFollowMenu final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LineupFollowMenu)

public:
    // Neither is owned; the pane owns this object.
    LineupFollowMenu(GigDetailsPane *pane, MyArtists *artists);

    // Adds Follow or Unfollow for the row of `index` (a lineup row) to `menu`; nothing while the
    // row names no artist yet.
    void addActions(QMenu *menu, const QModelIndex &index) const;

private:
    static Artist artistAt(const QModelIndex &index);

    MyArtists *m_artists;
};

} // namespace gig
