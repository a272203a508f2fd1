#include "ui/gigstatusproxymodel.h"

#include "models/cached.h"
#include "models/event.h"
#include "models/giglistmodel.h"
#include "models/gigroles.h"
#include "ui/contrast.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace gig {

GigStatusProxyModel::GigStatusProxyModel(QObject *parent)
    : QIdentityProxyModel(parent)
    , m_palette(QApplication::palette())
{ }

void GigStatusProxyModel::setPalette(const QPalette &palette)
{
    if (palette == m_palette)
        return;
    m_palette = palette;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
            { Qt::ForegroundRole, Qt::DecorationRole });
}

QVariant GigStatusProxyModel::data(const QModelIndex &index, int role) const
{
    if (index.isValid() && index.column() == GigListModel::EventColumn
        && (role == Qt::DisplayRole || role == Qt::ToolTipRole
            || role == Qt::AccessibleDescriptionRole)
        && index.data(MineRole).toBool()) {
        // A mark that is a shape and words, not a colour: the star, and a sentence to hover.
        switch (role) {
        case Qt::DisplayRole:
            return QString(u"\u2605 "_s + QIdentityProxyModel::data(index, role).toString());
        case Qt::ToolTipRole:
            return tr("%1 (one of my artists plays)")
                .arg(QIdentityProxyModel::data(index, role).toString());
        default:
            return tr("One of my artists plays.");
        }
    }
    if (role != Qt::ForegroundRole && role != Qt::FontRole && role != Qt::DecorationRole
        && role != Qt::ToolTipRole)
        return QIdentityProxyModel::data(index, role);
    if (!index.isValid())
        return {};
    const auto status = EventStatus(index.siblingAtColumn(0).data(StatusRole).toInt());
    const auto freshness = Freshness(index.siblingAtColumn(0).data(FreshnessRole).toInt());
    switch (role) {
    case Qt::FontRole:
        if (status == EventStatus::Cancelled) {
            QFont font = QIdentityProxyModel::data(index, role).value<QFont>();
            font.setStrikeOut(true);
            return font;
        }
        if (status == EventStatus::Postponed || status == EventStatus::Rescheduled) {
            QFont font = QIdentityProxyModel::data(index, role).value<QFont>();
            font.setItalic(true);
            return font;
        }
        break;
    case Qt::ForegroundRole:
        // Cancelled gigs and stale rows both recede; the strike-out tells them apart.
        if (status == EventStatus::Cancelled || freshness == Freshness::Stale)
            return QBrush(mutedTextColor(m_palette));
        break;
    case Qt::DecorationRole:
        // On the event's name, so the mark shows without scrolling to the status column.
        if (index.column() != GigListModel::EventColumn)
            break;
        if (status == EventStatus::Cancelled)
            return QApplication::style()->standardIcon(QStyle::SP_DialogCancelButton);
        if (status == EventStatus::Postponed || status == EventStatus::Rescheduled)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        if (freshness == Freshness::Stale)
            return QApplication::style()->standardIcon(QStyle::SP_BrowserReload);
        break;
    case Qt::ToolTipRole:
        if (index.column() == GigListModel::StatusColumn && freshness == Freshness::Stale)
            return tr("Last known details: the latest refresh did not succeed");
        break;
    default:
        break;
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace gig
