#include "ui/columnchooser.h"

#include <QHeaderView>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace gig {

ColumnChooser::ColumnChooser(QHeaderView *header)
    : QObject(header)
    , m_header(header)
{
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        QMenu *menu = createMenu();
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_header->viewport()->mapToGlobal(at));
    });
}

ColumnChooser::~ColumnChooser() = default;

QMenu *ColumnChooser::createMenu() const
{
    auto *menu = new QMenu(m_header);
    menu->setObjectName(u"columnChooser"_s);
    menu->setTitle(tr("Columns"));
    const QAbstractItemModel *model = m_header->model();
    const int count = model ? model->columnCount() : 0;
    const int visible = count - m_header->hiddenSectionCount();
    // In the order the person sees them, which moving a column changes.
    for (int visual = 0; visual < count; ++visual) {
        const int column = m_header->logicalIndex(visual);
        QAction *action = menu->addAction(
            model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        action->setCheckable(true);
        const bool shown = !m_header->isSectionHidden(column);
        action->setChecked(shown);
        action->setEnabled(!shown || visible > 1);
        connect(action, &QAction::toggled, m_header,
            [header = m_header, column](bool show) { header->setSectionHidden(column, !show); });
    }
    return menu;
}

} // namespace gig
