#include "GraphStyle.h"

#include <QFontMetricsF>
#include <QGuiApplication>

#include <cmath>

namespace Strata::Ui::GraphStyle {

namespace {

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

constexpr qreal MinWidth = 110;
constexpr qreal MaxWidth = 360;

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

Colors colors(const QPalette &palette)
{
    const bool dark = isDark(palette);
    const QColor base = palette.color(QPalette::Base);
    const QColor window = palette.color(QPalette::Window);
    const QColor text = palette.color(QPalette::Text);
    const QColor accent = palette.color(QPalette::Highlight);
    Colors c;
    c.background = window;
    c.card = base;
    c.header = mix(base, accent, dark ? 0.28 : 0.14);
    c.border = mix(base, text, dark ? 0.45 : 0.40);
    c.text = text;
    c.muted = mix(base, text, 0.62);
    c.edge = mix(window, text, dark ? 0.55 : 0.50);
    // Reds and ambers chosen to keep contrast on both backgrounds.
    c.broken = dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
    c.warning = dark ? QColor(0xff, 0xc1, 0x4d) : QColor(0xb2, 0x6a, 0x00);
    c.selection = accent;
    c.match = dark ? QColor(0xff, 0xd5, 0x4f) : QColor(0xf5, 0xb0, 0x00);
    c.cluster = mix(window, accent, dark ? 0.08 : 0.05);
    c.clusterBorder = mix(window, text, dark ? 0.30 : 0.25);
    return c;
}

QFont titleFont()
{
    QFont font = QGuiApplication::font();
    font.setBold(true);
    return font;
}

QFont bodyFont()
{
    QFont font = QGuiApplication::font();
    font.setPointSizeF(font.pointSizeF() * 0.92);
    return font;
}

qreal rowHeight()
{
    return std::ceil(QFontMetricsF(bodyFont()).height() + 3);
}

qreal clusterTitleHeight()
{
    return std::ceil(QFontMetricsF(titleFont()).height() + 6);
}

qreal headerHeight(const GraphNode &node)
{
    const qreal title = QFontMetricsF(titleFont()).height();
    // Packages show their version under the name; tables show only their name.
    const bool twoLines = !node.detail.isEmpty();
    return std::ceil(title + (twoLines ? QFontMetricsF(bodyFont()).height() : 0) + 2 * Padding - 2);
}

QSizeF sizeOf(const GraphNode &node)
{
    const QFontMetricsF title(titleFont());
    const QFontMetricsF body(bodyFont());
    qreal width = title.horizontalAdvance(node.name) + 2 * Padding + BadgeSize + 6;
    if (!node.detail.isEmpty())
        width = qMax(width, body.horizontalAdvance(node.detail) + 2 * Padding);
    qreal height = headerHeight(node);
    int rows = int(node.columns.size()) + (node.hiddenColumns > 0 && !node.columns.isEmpty() ? 1 : 0);
    for (const GraphColumn &column : node.columns) {
        // marker, name, gap, type
        const qreal w = 16 + body.horizontalAdvance(column.name) + 18 + body.horizontalAdvance(column.type);
        width = qMax(width, w + 2 * Padding);
    }
    if (rows > 0)
        height += rows * rowHeight() + Padding / 2;
    width = std::ceil(qBound(MinWidth, width, MaxWidth));
    return QSizeF(width, height);
}

} // namespace Strata::Ui::GraphStyle
