#include "ui/map/mapaccessibility.h"

#include <QAccessibleWidget>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

QAccessibleInterface *mapInterface(const QString &className, QObject *object)
{
    if (className == "gig::MapView"_L1 && object && object->isWidgetType())
        return new QAccessibleWidget(static_cast<QWidget *>(object), QAccessible::Canvas);
    return nullptr;
}

} // namespace

void installMapAccessibility()
{
    static const bool installed = [] {
        QAccessible::installFactory(mapInterface);
        return true;
    }();
    Q_UNUSED(installed);
}

} // namespace gig
