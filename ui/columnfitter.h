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
// wider. Runs when
// the model goes from no rows to some (a place's gigs arrive), and on fit(). A column the person
// resizes stops every later automatic fit; until then the columns follow the view's width.
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
    void fit();
    bool isPersonSized() const { return m_personSized; }
    // The widths came from the person (restored from an earlier session): keep them.
    void setPersonSized(bool personSized) { m_personSized = personSized; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onRowsArrived();
    int widestCell(int column) const;

    QTableView *m_view;
    QObject *m_viewport = nullptr; // the view's, watched for its width
    QObject *m_headerViewport = nullptr; // the header's, watched for a person's drag
    QList<int> m_shrinkable;
    bool m_personSized = false;
    bool m_fitting = false;
    bool m_hadRows = false;
    bool m_headerPressed = false;
};

} // namespace gig
