#include "ui/actionhelpers.h"

#include <QApplication>

namespace gig {

QList<QKeySequence> keysFor(QKeySequence::StandardKey key, const QKeySequence &documented)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    if (!keys.contains(documented))
        keys.prepend(documented);
    return keys;
}

QIcon themeIcon(const QString &name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(name, QApplication::style()->standardIcon(fallback));
}

} // namespace gig
