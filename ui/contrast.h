// Text that can be read: WCAG 2 contrast between two colours, and a receding colour that still
// keeps to it.
#pragma once

#include <QColor>

class QPalette;

namespace gig {

// WCAG 2's contrast ratio of two opaque colours, from 1 (the same) to 21 (black on white).
double contrastRatio(const QColor &a, const QColor &b);

// WCAG AA for body text.
inline constexpr double ReadableContrast = 4.5;

// A colour between the palette's Text and Base, as far towards Base as AA allows: for rows that
// recede (cancelled, stale) yet stay readable. Qt's disabled text is too faint for content.
QColor mutedTextColor(const QPalette &palette);

} // namespace gig
