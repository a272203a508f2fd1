// The row above the gig table that narrows it: words, a date range, "hide cancelled" and "only my
// artists", applied to a GigFilterModel as the user edits them.
#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLineEdit;
class QSettings;

namespace gig {

class GigFilterModel;

class GigFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GigFilterBar)

public:
    // `filter` is not owned and must outlive the bar.
    explicit GigFilterBar(GigFilterModel *filter, QWidget *parent = nullptr);

    QLineEdit *textField() const { return m_text; }
    QCheckBox *onlyMineBox() const { return m_onlyMine; }
    // Its fields in the order Tab walks them, the words first.
    QList<QWidget *> tabOrder() const;
    // Moves the keyboard focus to the words and selects them (Ctrl+F).
    void focusText();
    // Empties every field, so every gig shows again.
    void clear();

    // The fields as the person left them, kept in `settings`' current group and set again on
    // the next start.
    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);

private:
    void applyDates();

    GigFilterModel *m_filter;
    QLineEdit *m_text = nullptr;
    QCheckBox *m_fromEnabled = nullptr;
    QDateEdit *m_from = nullptr;
    QCheckBox *m_toEnabled = nullptr;
    QDateEdit *m_to = nullptr;
    QCheckBox *m_hideCancelled = nullptr;
    QCheckBox *m_onlyMine = nullptr;
};

} // namespace gig
