// Back and Forward through the places shown in this session (Alt+Left, Alt+Right).
#pragma once

#include "models/place.h"
#include "models/placehistory.h"

#include <QObject>

class QAction;

namespace gig {

// The window tells it each place it shows; its two actions ask for the place before or after
// it, with the place's name in their tooltips.
class PlaceNavigation final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceNavigation)

public:
    explicit PlaceNavigation(QObject *parent = nullptr);
    ~PlaceNavigation() override;

    QAction *backAction() const { return m_back; }
    QAction *forwardAction() const { return m_forward; }

    // The window shows this place now.
    void visit(const SavedPlace &place);

signals:
    void placeChosen(const gig::Place &place);

private:
    void go(std::optional<SavedPlace> place);
    void updateActions();

    PlaceHistory m_history;
    QAction *m_back = nullptr;
    QAction *m_forward = nullptr;
};

} // namespace gig
