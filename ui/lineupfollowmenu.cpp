#include "ui/lineupfollowmenu.h"

#include "models/lineupmodel.h"
#include "models/myartists.h"

#include <QAbstractItemView>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace gig {

LineupFollowMenu::LineupFollowMenu(QAbstractItemView *view, MyArtists *artists)
    : QObject(view)
    , m_view(view)
    , m_artists(artists)
{
    Q_ASSERT(view && artists);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        QModelIndex index = m_view->indexAt(position);
        if (!index.isValid())
            index = m_view->currentIndex(); // the keyboard's menu key
        QMenu *menu = menuFor(index, m_view);
        if (!menu)
            return;
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_view->viewport()->mapToGlobal(position));
    });
}

Artist LineupFollowMenu::artistAt(const QModelIndex &index)
{
    Artist artist;
    artist.id = index.data(LineupModel::ArtistIdRole).toString();
    artist.mbid = index.data(LineupModel::MbidRole).toString();
    artist.name = index.data(LineupModel::ArtistNameRole).toString();
    return artist;
}

QMenu *LineupFollowMenu::menuFor(const QModelIndex &index, QWidget *parent) const
{
    if (!index.isValid())
        return nullptr;
    const Artist artist = artistAt(index);
    if (artist.name.isEmpty() && !artist.hasMbid())
        return nullptr; // still fetching: nothing to follow by yet
    auto *menu = new QMenu(parent);
    menu->setObjectName(u"lineupFollowMenu"_s);
    const QString shown = artist.name.isEmpty() ? artist.mbid : artist.name;
    MyArtists *artists = m_artists;
    if (artists->follows(artist)) {
        QAction *action = menu->addAction(tr("Unfollow %1").arg(shown));
        action->setObjectName(u"unfollowArtist"_s);
        action->setToolTip(tr("Remove %1 from my artists").arg(shown));
        connect(
            action, &QAction::triggered, artists, [artists, artist] { artists->unfollow(artist); });
    } else {
        QAction *action = menu->addAction(tr("Follow %1").arg(shown));
        action->setObjectName(u"followArtist"_s);
        action->setToolTip(tr("Add %1 to my artists").arg(shown));
        connect(action, &QAction::triggered, artists, [artists, artist] {
            artists->add({ artist.mbid, artist.name, ArtistOrigin::ByHand,
                QDateTime::currentDateTimeUtc() });
        });
    }
    return menu;
}

} // namespace gig
