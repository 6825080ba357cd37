#include "style/Theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace Strata::Ui::Theme {

namespace {

bool s_dark = false;

bool desktopPrefersDark(const QPalette &platformPalette, const QString &preferred)
{
    QString forced = qEnvironmentVariable("STRATA_THEME").toLower();
    if (forced.isEmpty())
        forced = preferred;
    if (forced == u"dark")
        return true;
    if (forced == u"light")
        return false;
    if (qEnvironmentVariable("GTK_THEME").contains(QLatin1String("dark"), Qt::CaseInsensitive))
        return true;
    // A platform theme (KDE, GNOME via xdg-desktop-portal) hands Qt its palette: dark windows mean
    // a dark desktop.
    return platformPalette.color(QPalette::Window).lightness() < 128;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3f, 0x41));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x45, 0x47, 0x4b));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3c, 0x40));
    p.setColor(QPalette::Mid, QColor(0x25, 0x26, 0x29));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1b, 0x1d));
    p.setColor(QPalette::Shadow, QColor(0x10, 0x10, 0x10));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb3));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb0, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb0, 0x8c, 0xff));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x45, 0x47, 0x4b));
    return p;
}

} // namespace

void apply(QApplication &app, const QString &preferred)
{
    const QPalette platform = QGuiApplication::palette(); // before Fusion is set
    const bool platformIsDark = platform.color(QPalette::Window).lightness() < 128;
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    s_dark = desktopPrefersDark(platform, preferred);
    // When the platform theme itself is dark, Fusion already draws with its palette and follows it
    // when the desktop switches; only a preference the platform theme does not carry (GTK_THEME,
    // STRATA_THEME) needs a palette of our own, and an explicit "light" overrides a dark desktop.
    if (s_dark && !platformIsDark)
        app.setPalette(darkPalette());
    else if (!s_dark && platformIsDark)
        app.setPalette(app.style()->standardPalette());
}

bool isDark()
{
    return s_dark;
}

} // namespace Strata::Ui::Theme
