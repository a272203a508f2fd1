// The list a venue's marker opens: the venue's name on top, then its gigs by date.
#pragma once

#include <QList>
#include <QMenu>

class QAbstractItemModel;

namespace gig {

// One entry per gig ("Fri 5 Dec · 20:00 · Name", and its status when not on as planned), in
// the order they play; choosing one emits gigChosen with its row of `model`.
class VenueGigsMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VenueGigsMenu)

public:
    VenueGigsMenu(const QAbstractItemModel &model, const QList<int> &rows, QWidget *parent);
    ~VenueGigsMenu() override;

signals:
    void gigChosen(int row);
};

} // namespace gig
