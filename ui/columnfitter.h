// Sizes a table's columns to what they hold when its first rows arrive, until the person sizes a
// column themself.
#pragma once

#include <QList>
#include <QObject>

class QTableView;

namespace gig {

// Each visible column gets the width of its widest shown cell or its title. When that is wider
// than the view, the shrinkable columns (names, which read well elided) share the room the
// others leave evenly, down to MinimumChars average characters or their title, whichever is
// wider. When even MinimumChars leave the view scrolling sideways, the columns that give way are
// hidden, one after another, and shown again once there is room. Runs when the model goes from
// no rows to some (a place's gigs arrive), and on fit(). A column the person resizes stops every
// later automatic fit; until then the columns follow the view's width, also while the table is
// empty (its titles then fit).
class ColumnFitter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnFitter)

public:
    static constexpr int MinimumChars = 16;

    // Not owned; the fitter is the view's child. Set the view's model first.
    explicit ColumnFitter(QTableView *view);
    ~ColumnFitter() override;

    // Columns whose cells may be elided to make room; the others always show their cells whole.
    void setShrinkableColumns(const QList<int> &columns) { m_shrinkable = columns; }
    // Columns hidden, first to last, on a view too narrow for the others; the person showing one
    // again (the column chooser) keeps it shown.
    void setColumnsThatGiveWay(const QList<int> &firstToLast) { m_giveWay = firstToLast; }
    // The columns hidden now to make room: not the person's choice, so not to be kept as hidden.
    QList<int> hiddenToFit() const { return m_hiddenToFit; }
    void fit();
    bool isPersonSized() const { return m_personSized; }
    // The widths came from the person (restored from an earlier session): keep them.
    void setPersonSized(bool personSized) { m_personSized = personSized; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // A visible column as fit() sees it.
    struct Column
    {
        int index = 0;
        int wanted = 0; // its widest shown cell, or its title
        bool shrinkable = false;
    };

    void onRowsArrived();
    void onSectionResized(int column, int newSize);
    int widestCell(int column) const;
    QList<Column> visibleColumns() const;
    // The columns' widths: each as wanted, or the shrinkable ones elided down to a water level.
    QList<int> widthsFor(const QList<Column> &columns, int available) const;
    // Hides the columns that give way until the others fit `available` at their floors.
    void giveWay(QList<Column> &columns, int available);
    void showHiddenToFit();
    static void spreadTitles(QList<int> &widths, int available);

    QTableView *m_view;
    QObject *m_viewport = nullptr; // the view's, watched for its width
    QObject *m_headerViewport = nullptr; // the header's, watched for a person's drag
    QList<int> m_shrinkable;
    QList<int> m_giveWay;
    QList<int> m_hiddenToFit;
    bool m_personSized = false;
    bool m_fitting = false;
    bool m_hadRows = false;
    bool m_headerPressed = false;
};

} // namespace gig
