// What the window's actions share: the platform's keys and the theme's icons.
#pragma once

#include <QIcon>
#include <QKeySequence>
#include <QList>
#include <QStyle>

namespace gig {

// The platform's keys for a standard command, plus the one gigmap documents when it lacks it.
QList<QKeySequence> keysFor(QKeySequence::StandardKey key, const QKeySequence &documented);

// The desktop theme's icon, or the style's when the theme has none.
QIcon themeIcon(const QString &name, QStyle::StandardPixmap fallback);

} // namespace gig
