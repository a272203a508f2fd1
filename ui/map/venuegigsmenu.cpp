#include "ui/map/venuegigsmenu.h"

#include "models/event.h"
#include "models/gigroles.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QLocale>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

QString entryText(const QModelIndex &gig)
{
    const QLocale locale;
    const QDate date = gig.data(LocalDateRole).toDate();
    const QDateTime start = gig.data(StartRole).toDateTime();
    const QString name = gig.data(EventNameRole).toString();
    const QString status = eventStatusText(EventStatus(gig.data(StatusRole).toInt()));
    QString when = date.isValid() ? locale.toString(date, u"ddd d MMM"_s) : QString();
    if (start.isValid() && start.time() != QTime(0, 0))
        when = VenueGigsMenu::tr("%1, %2", "date, time")
                   .arg(when, locale.toString(start.time(), QLocale::ShortFormat));
    QString text = when.isEmpty() ? name : VenueGigsMenu::tr("%1: %2", "when: gig").arg(when, name);
    if (!status.isEmpty())
        text = VenueGigsMenu::tr("%1 (%2)", "gig (status)").arg(text, status);
    // A single & would underline the next letter as a shortcut.
    return text.replace(u'&', u"&&"_s);
}

} // namespace

VenueGigsMenu::VenueGigsMenu(
    const QAbstractItemModel &model, const QList<int> &rows, QWidget *parent)
    : QMenu(parent)
{
    setObjectName(u"venueGigsMenu"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    QList<int> ordered = rows;
    std::stable_sort(ordered.begin(), ordered.end(), [&model](int a, int b) {
        return model.index(a, 0).data(StartRole).toDateTime()
            < model.index(b, 0).data(StartRole).toDateTime();
    });
    const QString venue = rows.isEmpty()
        ? QString()
        : model.index(rows.constFirst(), 0).data(VenueNameRole).toString();
    setTitle(venue);
    setAccessibleName(tr("Gigs at %1").arg(venue));
    QAction *heading = addSection(venue);
    heading->setObjectName(u"venueName"_s);
    for (int row : std::as_const(ordered)) {
        QAction *action = addAction(entryText(model.index(row, 0)));
        connect(action, &QAction::triggered, this, [this, row] { emit gigChosen(row); });
    }
}

VenueGigsMenu::~VenueGigsMenu() = default;

} // namespace gig
