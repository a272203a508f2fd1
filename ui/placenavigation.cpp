#include "ui/placenavigation.h"

#include "ui/actionhelpers.h"

#include <QAction>

using namespace Qt::StringLiterals;

namespace gig {

PlaceNavigation::PlaceNavigation(QObject *parent)
    : QObject(parent)
    , m_back(new QAction(themeIcon(u"go-previous"_s, QStyle::SP_ArrowBack), tr("&Back"), this))
    , m_forward(new QAction(themeIcon(u"go-next"_s, QStyle::SP_ArrowForward), tr("&Forward"), this))
{
    m_back->setObjectName(u"backAction"_s);
    m_back->setShortcuts(keysFor(QKeySequence::Back, QKeySequence(tr("Alt+Left"))));
    m_forward->setObjectName(u"forwardAction"_s);
    m_forward->setShortcuts(keysFor(QKeySequence::Forward, QKeySequence(tr("Alt+Right"))));
    connect(m_back, &QAction::triggered, this, [this] { go(m_history.goBack()); });
    connect(m_forward, &QAction::triggered, this, [this] { go(m_history.goForward()); });
    updateActions();
}

PlaceNavigation::~PlaceNavigation() = default;

void PlaceNavigation::visit(const SavedPlace &place)
{
    m_history.visit(place);
    updateActions();
}

void PlaceNavigation::go(std::optional<SavedPlace> place)
{
    updateActions();
    if (place)
        emit placeChosen(place->toPlace());
}

void PlaceNavigation::updateActions()
{
    const std::optional<SavedPlace> previous = m_history.previous();
    const std::optional<SavedPlace> next = m_history.next();
    m_back->setEnabled(previous.has_value());
    m_back->setToolTip(previous
            ? tr("Back to %1 (%2)")
                  .arg(previous->name, m_back->shortcut().toString(QKeySequence::NativeText))
            : tr("No place to go back to"));
    m_forward->setEnabled(next.has_value());
    m_forward->setToolTip(next
            ? tr("Forward to %1 (%2)")
                  .arg(next->name, m_forward->shortcut().toString(QKeySequence::NativeText))
            : tr("No place to go forward to"));
}

} // namespace gig
