#include "ui/lineupfollowmenu.h"

#include "models/lineupmodel.h"
#include "models/myartists.h"
#include "ui/gigdetailspane.h"

#include <QMenu>

using namespace Qt::StringLiterals;

namespace gig {

LineupFollowMenu::LineupFollowMenu(GigDetailsPane *pane, MyArtists *artists)
    : QObject(pane)
    , m_artists(artists)
{
    Q_ASSERT(pane && artists);
    connect(pane, &GigDetailsPane::lineupMenuAboutToShow, this, &LineupFollowMenu::addActions);
}

Artist LineupFollowMenu::artistAt(const QModelIndex &index)
{
    const QModelIndex row = index.siblingAtColumn(0);
    Artist artist;
    artist.id = row.data(LineupModel::ArtistIdRole).toString();
    artist.mbid = row.data(LineupModel::MbidRole).toString();
    artist.name = row.data(LineupModel::ArtistNameRole).toString();
    return artist;
}

void LineupFollowMenu::addActions(QMenu *menu, const QModelIndex &index) const
{
    if (!menu || !index.isValid())
        return;
    const Artist artist = artistAt(index);
    if (artist.name.isEmpty() && !artist.hasMbid())
        return; // still fetching: nothing to follow by yet
    // A single & in a menu would underline the next letter.
    QString shown = artist.name.isEmpty() ? artist.mbid : artist.name;
    shown.replace(u'&', u"&&"_s);
    MyArtists *artists = m_artists;
    if (!menu->isEmpty())
        menu->addSeparator();
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
}

} // namespace gig
