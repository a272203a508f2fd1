// A row of widgets that wraps onto further lines when it is too narrow, as words in a paragraph.
#pragma once

#include <QLayout>
#include <QList>

namespace gig {

// Items keep their order and their size hints; each line is filled left to right, an item that
// does not fit starts the next line. Items whose size policy expands horizontally share what
// their line has left over, so a search field grows to fill its line. Heights follow the width
// (heightForWidth), so the parent's layout gives the lines the room they need.
class WrappingRowLayout final : public QLayout
{
public:
    explicit WrappingRowLayout(QWidget *parent = nullptr);
    ~WrappingRowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;

    QSize sizeHint() const override; // everything on one line
    QSize minimumSize() const override; // the widest item alone
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    void setGeometry(const QRect &rect) override;

    // How many lines the items take at this width.
    int lineCount(int width) const;

private:
    // Lays the items out in `rect` (only measures when `apply` is false); returns the height used.
    int arrange(const QRect &rect, bool apply, int *lines = nullptr) const;

    QList<QLayoutItem *> m_items;
};

} // namespace gig
