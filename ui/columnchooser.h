// The gig table header's context menu: one checkable entry per column, to hide the columns a
// person does not need; the last visible column cannot be hidden. The header's saved state keeps
// the choice.
#pragma once

#include <QObject>

class QHeaderView;
class QMenu;

namespace gig {

class ColumnChooser final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnChooser)

public:
    // Not owned; the chooser is the header's child and lives as long as it.
    explicit ColumnChooser(QHeaderView *header);
    ~ColumnChooser() override;

    // The menu as it would open now (for the context menu and tests); the caller owns it.
    QMenu *createMenu() const;

private:
    QHeaderView *m_header;
};

} // namespace gig
