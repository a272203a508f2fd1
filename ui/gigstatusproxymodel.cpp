#include "ui/gigstatusproxymodel.h"

#include "models/alertledger.h"
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

void GigStatusProxyModel::setAlertLedger(const AlertLedger *ledger)
{
    if (m_ledger)
        disconnect(m_ledger, nullptr, this, nullptr);
    m_ledger = ledger;
    const auto repaint = [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    };
    if (ledger) {
        connect(ledger, &AlertLedger::unseenChanged, this, repaint);
        connect(ledger, &QObject::destroyed, this, [this, repaint] {
            m_ledger = nullptr;
            repaint();
        });
    }
    repaint();
}

bool GigStatusProxyModel::isNew(const QModelIndex &index) const
{
    if (!m_ledger)
        return false;
    const QStringList listings = index.siblingAtColumn(0).data(ListingsRole).toStringList();
    return std::any_of(listings.cbegin(), listings.cend(),
        [this](const QString &id) { return m_ledger->isUnseen(id); });
}

QVariant GigStatusProxyModel::eventNameData(const QModelIndex &index, int role) const
{
    const QString name = QIdentityProxyModel::data(index, role).toString();
    const bool mine = index.data(MineRole).toBool();
    const bool fresh = isNew(index);
    // Marks that are a shape and words, not a colour: the star, "New", and a sentence to hover.
    switch (role) {
    case Qt::DisplayRole: {
        const QString starred = mine ? QString(u"\u2605 "_s + name) : name;
        return fresh ? tr("New: %1").arg(starred) : starred;
    }
    case Qt::ToolTipRole:
        if (mine && fresh)
            return tr("%1 (one of my artists plays; new since you last looked)").arg(name);
        return mine ? tr("%1 (one of my artists plays)").arg(name)
                    : tr("%1 (new since you last looked)").arg(name);
    default:
        if (mine && fresh)
            return tr("One of my artists plays. New since you last looked.");
        return mine ? tr("One of my artists plays.") : tr("New since you last looked.");
    }
}

QVariant GigStatusProxyModel::data(const QModelIndex &index, int role) const
{
    if (index.isValid() && index.column() == GigListModel::EventColumn
        && (role == Qt::DisplayRole || role == Qt::ToolTipRole
            || role == Qt::AccessibleDescriptionRole)
        && (index.data(MineRole).toBool() || isNew(index)))
        return eventNameData(index, role);
    if (role != Qt::ForegroundRole && role != Qt::FontRole && role != Qt::DecorationRole
        && role != Qt::ToolTipRole)
        return QIdentityProxyModel::data(index, role);
    if (!index.isValid())
        return {};
    const auto status = EventStatus(index.siblingAtColumn(0).data(StatusRole).toInt());
    const auto freshness = Freshness(index.siblingAtColumn(0).data(FreshnessRole).toInt());
    switch (role) {
    case Qt::FontRole:
        if (isNew(index)) { // bold until seen, keeping the status's own mark
            QFont font = QIdentityProxyModel::data(index, role).value<QFont>();
            font.setBold(true);
            font.setStrikeOut(status == EventStatus::Cancelled);
            font.setItalic(status == EventStatus::Postponed || status == EventStatus::Rescheduled);
            return font;
        }
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
