#include <strata/docs/NeighbourhoodLayout.h>

#include <QHash>

namespace Strata {

namespace {
constexpr qreal ColumnGap = 96;
constexpr qreal RowGap = 16;
} // namespace

LayoutResult neighbourhoodLayout(const Diagram &diagram, const QList<QStringList> &columns)
{
    QHash<QString, QSizeF> sizes;
    for (const DiagramBox &box : diagram.boxes)
        sizes.insert(box.id, SvgDiagram::boxSize(box));

    // Each column as wide as its widest box and as tall as its boxes; all centred on one line.
    QList<qreal> widths, heights;
    qreal tallest = 0;
    for (const QStringList &column : columns) {
        qreal width = 0, height = 0;
        for (const QString &id : column) {
            width = std::max(width, sizes.value(id).width());
            height += sizes.value(id).height() + (height > 0 ? RowGap : 0);
        }
        widths.append(width);
        heights.append(height);
        tallest = std::max(tallest, height);
    }
    LayoutResult result;
    qreal x = 0;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        if (columns.at(c).isEmpty())
            continue;
        qreal y = (tallest - heights.at(c)) / 2;
        for (const QString &id : columns.at(c)) {
            const QSizeF size = sizes.value(id);
            result.positions.insert(id, QPointF(x + widths.at(c) / 2, y + size.height() / 2));
            y += size.height() + RowGap;
        }
        x += widths.at(c) + ColumnGap;
    }
    result.bounds = QRectF(0, 0, std::max<qreal>(0, x - ColumnGap), tallest);

    // Arrows as horizontal S-curves from the side of one box to the facing side of the other; a box
    // that refers to itself gets no route (SvgDiagram draws its loop).
    for (const DiagramEdge &edge : diagram.edges) {
        EdgeRoute route;
        if (edge.from != edge.to && result.positions.contains(edge.from) && result.positions.contains(edge.to)) {
            const QPointF a = result.positions.value(edge.from);
            const QPointF b = result.positions.value(edge.to);
            const qreal direction = b.x() >= a.x() ? 1 : -1;
            const QPointF start(a.x() + direction * sizes.value(edge.from).width() / 2, a.y());
            const QPointF end(b.x() - direction * sizes.value(edge.to).width() / 2, b.y());
            const qreal bend = std::max<qreal>(24, std::abs(end.x() - start.x()) / 2);
            route.points = {start, start + QPointF(direction * bend, 0), end - QPointF(direction * bend, 0), end};
        }
        result.edges.append(route);
    }
    return result;
}

} // namespace Strata
