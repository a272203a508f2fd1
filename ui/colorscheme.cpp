#include "ui/colorscheme.h"

#include <QApplication>
#include <QStyle>

namespace gig {

namespace {

// The application's palette before gigmap changed it: the system's.
const QPalette &systemPalette()
{
    static const QPalette palette = QApplication::palette();
    return palette;
}

} // namespace

QPalette darkPalette()
{
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor button(0x3a, 0x3d, 0x41);
    const QColor faint(0x9a, 0x9d, 0xa3);
    QPalette palette(button, window);
    for (const QPalette::ColorGroup group : { QPalette::Active, QPalette::Inactive }) {
        palette.setColor(group, QPalette::Window, window);
        palette.setColor(group, QPalette::WindowText, text);
        palette.setColor(group, QPalette::Base, base);
        palette.setColor(group, QPalette::AlternateBase, QColor(0x27, 0x29, 0x2c));
        palette.setColor(group, QPalette::Text, text);
        palette.setColor(group, QPalette::Button, button);
        palette.setColor(group, QPalette::ButtonText, text);
        palette.setColor(group, QPalette::BrightText, Qt::white);
        palette.setColor(group, QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
        palette.setColor(group, QPalette::HighlightedText, Qt::white);
        palette.setColor(group, QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
        palette.setColor(group, QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
        palette.setColor(group, QPalette::PlaceholderText, faint);
        palette.setColor(group, QPalette::ToolTipBase, QColor(0x3c, 0x3f, 0x41));
        palette.setColor(group, QPalette::ToolTipText, text);
        palette.setColor(group, QPalette::Light, QColor(0x4a, 0x4d, 0x51));
        palette.setColor(group, QPalette::Midlight, QColor(0x42, 0x45, 0x49));
        palette.setColor(group, QPalette::Mid, QColor(0x24, 0x26, 0x29));
        palette.setColor(group, QPalette::Dark, QColor(0x1a, 0x1b, 0x1d));
        palette.setColor(group, QPalette::Shadow, QColor(0x10, 0x10, 0x10));
    }
    palette.setColor(QPalette::Disabled, QPalette::Window, window);
    palette.setColor(QPalette::Disabled, QPalette::Base, window);
    palette.setColor(QPalette::Disabled, QPalette::Button, window);
    for (const QPalette::ColorRole role :
        { QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::PlaceholderText })
        palette.setColor(QPalette::Disabled, role, QColor(0x80, 0x83, 0x88));
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4d, 0x51));
    palette.setColor(QPalette::Disabled, QPalette::HighlightedText, faint);
    return palette;
}

void applyColorScheme(ColorScheme scheme)
{
    const QPalette &system = systemPalette(); // read before the first change
    switch (scheme) {
    case ColorScheme::System:
        QApplication::setPalette(system);
        break;
    case ColorScheme::Light:
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case ColorScheme::Dark:
        QApplication::setPalette(darkPalette());
        break;
    }
}

} // namespace gig
