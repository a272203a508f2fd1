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
    if (shown >= all)
        return tr("%n gig(s)", nullptr, all);
    //: %1 is "N gigs shown"; %n of them are hidden by the filter.
    return tr("%1 · %n hidden by the filter", nullptr, all - shown)
        .arg(tr("%n gig(s) shown", nullptr, shown));
}

void GigCountLabel::refresh()
{
    const QString text = textFor(m_all->rowCount(), m_shown->rowCount());
    setText(text);
    setVisible(!text.isEmpty());
}

} // namespace gig
