#include "ui/gigcountlabel.h"

#include <QAbstractItemModel>

using namespace Qt::StringLiterals;

namespace gig {

GigCountLabel::GigCountLabel(QAbstractItemModel *all, QAbstractItemModel *shown, QWidget *parent)
    : QLabel(parent)
    , m_all(all)
    , m_shown(shown)
{
    Q_ASSERT(all && shown);
    setObjectName(u"gigCountLabel"_s);
    setForegroundRole(QPalette::PlaceholderText);
    for (QAbstractItemModel *model : { all, shown }) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &GigCountLabel::refresh);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &GigCountLabel::refresh);
        connect(model, &QAbstractItemModel::modelReset, this, &GigCountLabel::refresh);
        connect(model, &QAbstractItemModel::layoutChanged, this, &GigCountLabel::refresh);
    }
    refresh();
}

GigCountLabel::~GigCountLabel() = default;

QString GigCountLabel::textFor(int all, int shown)
{
    if (all <= 0)
        return {};
    const QString gigs = all == 1 ? tr("1 gig") : tr("%1 gigs").arg(all);
    if (shown >= all)
        return gigs;
    const int hidden = all - shown;
    const QString shownText = shown == 1 ? tr("1 gig shown") : tr("%1 gigs shown").arg(shown);
    return hidden == 1 ? tr("%1 · 1 hidden by the filter").arg(shownText)
                       : tr("%1 · %2 hidden by the filter").arg(shownText).arg(hidden);
}

void GigCountLabel::refresh()
{
    const QString text = textFor(m_all->rowCount(), m_shown->rowCount());
    setText(text);
    setVisible(!text.isEmpty());
}

} // namespace gig
