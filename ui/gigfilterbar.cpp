#include "ui/gigfilterbar.h"

#include "models/gigfiltermodel.h"
#include "ui/wrappingrowlayout.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

// A check box and the date it switches on, kept on one line.
QWidget *pairUp(QCheckBox *enabled, QDateEdit *date, QWidget *parent)
{
    auto *pair = new QWidget(parent);
    auto *layout = new QHBoxLayout(pair);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(enabled);
    layout->addWidget(date);
    return pair;
}

} // namespace

GigFilterBar::GigFilterBar(GigFilterModel *filter, QWidget *parent)
    : QWidget(parent)
    , m_filter(filter)
    , m_text(new QLineEdit(this))
    , m_fromEnabled(new QCheckBox(tr("F&rom"), this))
    , m_from(new QDateEdit(this))
    , m_toEnabled(new QCheckBox(tr("&to"), this))
    , m_to(new QDateEdit(this))
    , m_hideCancelled(new QCheckBox(tr("&Hide cancelled"), this))
    , m_onlyMine(new QCheckBox(tr("Only &my artists"), this))
{
    Q_ASSERT(filter);
    setObjectName(u"gigFilterBar"_s);

    m_text->setObjectName(u"filterText"_s);
    m_text->setPlaceholderText(tr("Filter by event, venue or artist"));
    m_text->setClearButtonEnabled(true);
    m_text->setToolTip(tr("Show only gigs whose event, venue or artists hold every word (Ctrl+F)"));
    m_text->setAccessibleName(tr("Filter gigs"));
    m_text->setText(filter->text());
    connect(m_text, &QLineEdit::textChanged, filter, &GigFilterModel::setText);

    const QDate today = QDate::currentDate();
    const QString dateFormat = u"d MMM yyyy"_s;
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(dateFormat);
        edit->setEnabled(false);
    }
    m_fromEnabled->setObjectName(u"filterFromEnabled"_s);
    m_fromEnabled->setToolTip(tr("Hide gigs before this date"));
    m_from->setObjectName(u"filterFrom"_s);
    m_from->setAccessibleName(tr("First day shown"));
    m_from->setAccessibleDescription(
        tr("While “From” is ticked, gigs before this day are hidden."));
    m_from->setDate(filter->from().isValid() ? filter->from() : today);
    m_toEnabled->setObjectName(u"filterToEnabled"_s);
    m_toEnabled->setToolTip(tr("Hide gigs after this date"));
    m_to->setObjectName(u"filterTo"_s);
    m_to->setAccessibleName(tr("Last day shown"));
    m_to->setAccessibleDescription(tr("While “to” is ticked, gigs after this day are hidden."));
    m_to->setDate(filter->to().isValid() ? filter->to() : today.addMonths(1));
    m_fromEnabled->setChecked(filter->from().isValid());
    m_toEnabled->setChecked(filter->to().isValid());
    m_from->setEnabled(m_fromEnabled->isChecked());
    m_to->setEnabled(m_toEnabled->isChecked());

    connect(m_fromEnabled, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toEnabled, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    connect(m_fromEnabled, &QCheckBox::toggled, this, &GigFilterBar::applyDates);
    connect(m_toEnabled, &QCheckBox::toggled, this, &GigFilterBar::applyDates);
    // The range cannot run backwards: "to" starts at "from" and moves with it.
    m_to->setMinimumDate(m_from->date());
    connect(m_from, &QDateEdit::dateChanged, m_to, &QDateEdit::setMinimumDate);
    connect(m_from, &QDateEdit::dateChanged, this, &GigFilterBar::applyDates);
    connect(m_to, &QDateEdit::dateChanged, this, &GigFilterBar::applyDates);

    m_hideCancelled->setObjectName(u"filterHideCancelled"_s);
    m_hideCancelled->setToolTip(tr("Hide the gigs that were called off"));
    m_hideCancelled->setChecked(filter->hidesCancelled());
    connect(m_hideCancelled, &QCheckBox::toggled, filter, &GigFilterModel::setHideCancelled);

    m_onlyMine->setObjectName(u"filterOnlyMine"_s);
    m_onlyMine->setToolTip(tr("Show only the gigs where at least one of my artists plays"));
    m_onlyMine->setChecked(filter->onlyMine());
    connect(m_onlyMine, &QCheckBox::toggled, filter, &GigFilterModel::setOnlyMine);

    // One row when there is room; in a narrow window the dates and the check boxes wrap below the
    // words, each date beside its check box.
    m_text->setMinimumWidth(m_text->fontMetrics().averageCharWidth() * 28);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    auto *layout = new WrappingRowLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addWidget(pairUp(m_fromEnabled, m_from, this));
    layout->addWidget(pairUp(m_toEnabled, m_to, this));
    layout->addWidget(m_hideCancelled);
    layout->addWidget(m_onlyMine);

    const QList<QWidget *> fields = tabOrder();
    for (qsizetype i = 1; i < fields.size(); ++i)
        setTabOrder(fields[i - 1], fields[i]);
    setFocusProxy(m_text);
}

QList<QWidget *> GigFilterBar::tabOrder() const
{
    return { m_text, m_fromEnabled, m_from, m_toEnabled, m_to, m_hideCancelled, m_onlyMine };
}

void GigFilterBar::focusText()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

void GigFilterBar::saveState(QSettings &settings) const
{
    settings.setValue(u"filter/text"_s, m_text->text());
    settings.setValue(u"filter/hideCancelled"_s, m_hideCancelled->isChecked());
    settings.setValue(u"filter/onlyMine"_s, m_onlyMine->isChecked());
    settings.setValue(u"filter/fromEnabled"_s, m_fromEnabled->isChecked());
    settings.setValue(u"filter/from"_s, m_from->date());
    settings.setValue(u"filter/toEnabled"_s, m_toEnabled->isChecked());
    settings.setValue(u"filter/to"_s, m_to->date());
}

void GigFilterBar::restoreState(const QSettings &settings)
{
    m_text->setText(settings.value(u"filter/text"_s).toString());
    m_hideCancelled->setChecked(settings.value(u"filter/hideCancelled"_s).toBool());
    m_onlyMine->setChecked(settings.value(u"filter/onlyMine"_s).toBool());
    // "from" first: "to" may not lie before it.
    if (const QDate from = settings.value(u"filter/from"_s).toDate(); from.isValid())
        m_from->setDate(from);
    if (const QDate to = settings.value(u"filter/to"_s).toDate(); to.isValid())
        m_to->setDate(to);
    m_fromEnabled->setChecked(settings.value(u"filter/fromEnabled"_s).toBool());
    m_toEnabled->setChecked(settings.value(u"filter/toEnabled"_s).toBool());
}

void GigFilterBar::clear()
{
    m_text->clear();
    m_fromEnabled->setChecked(false);
    m_toEnabled->setChecked(false);
    m_hideCancelled->setChecked(false);
    m_onlyMine->setChecked(false);
}

void GigFilterBar::applyDates()
{
    m_filter->setDateRange(m_fromEnabled->isChecked() ? m_from->date() : QDate(),
        m_toEnabled->isChecked() ? m_to->date() : QDate());
}

} // namespace gig
