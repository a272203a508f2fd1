// The lineup's context menu: "Follow" an artist of the selected gig, or "Unfollow" one that is
// already one of my artists.
#pragma once

#include <QObject>

class QAbstractItemView;
class QMenu;
class QModelIndex;
class QWidget;

namespace gig {

struct Artist;
class MyArtists;

class LineupFollowMenu final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LineupFollowMenu)

public:
    // `view` shows a LineupModel; neither it nor `artists` is owned. The menu belongs to the view.
    LineupFollowMenu(QAbstractItemView *view, MyArtists *artists);

    // The menu for the row of `index` (nullptr when the row names no artist yet); the caller
    // owns it. Exposed so that tests can trigger its actions.
    QMenu *menuFor(const QModelIndex &index, QWidget *parent) const;

private:
    static Artist artistAt(const QModelIndex &index);

    QAbstractItemView *m_view;
    MyArtists *m_artists;
};

} // namespace gig
