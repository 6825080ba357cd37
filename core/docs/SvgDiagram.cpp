#include <strata/docs/SvgDiagram.h>

#include <strata/docs/HtmlText.h>

#include <QHash>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Strata::SvgDiagram {

namespace {

constexpr qreal Padding = 8;
constexpr qreal ArrowLength = 8;
constexpr qreal ArrowWidth = 4;
constexpr qreal Margin = 4; // around the whole picture

QString shortened(const QString &text, qsizetype chars = MaxChars)
{
    return text.size() <= chars ? text : text.left(chars - 1) + u'…';
}

// Fixed-precision numbers: the same layout always prints the same characters.
QString num(qreal value)
{
    QString text = QString::number(std::round(value * 10) / 10, 'f', 1);
    if (text.endsWith(u".0"))
        text.chop(2);
    return text == u"-0" ? u"0"_s : text;
}

QString point(const QPointF &p)
{
    return num(p.x()) + u',' + num(p.y());
}

qsizetype rowChars(const DiagramRow &row)
{
    return 6 + shortened(row.name, 32).size() + 2 + shortened(row.type, 24).size();
}

QString arrowHead(const QPointF &from, const QPointF &tip)
{
    QPointF d = tip - from;
    const qreal length = std::hypot(d.x(), d.y());
    d = length > 1e-6 ? d / length : QPointF(1, 0);
    const QPointF base = tip - d * ArrowLength;
    const QPointF normal(-d.y(), d.x());
    return u"<polygon points=\""_s + point(tip) + u' ' + point(base + normal * ArrowWidth) + u' '
        + point(base - normal * ArrowWidth) + u"\"/>"_s;
}

void writeEdge(QString &out, const DiagramEdge &edge, const EdgeRoute &route, const QRectF &from, const QRectF &to)
{
    out += u"<g class=\"edge\"><title>"_s + HtmlText::escaped(edge.title) + u"</title>"_s;
    QString d;
    QPointF beforeTip;
    QPointF tip;
    if (route.points.size() >= 4) {
        const QList<QPointF> &p = route.points;
        d = u'M' + point(p.first());
        for (qsizetype i = 1; i + 2 < p.size(); i += 3)
            d += u'C' + point(p.at(i)) + u' ' + point(p.at(i + 1)) + u' ' + point(p.at(i + 2));
        beforeTip = p.at(p.size() - 2);
        tip = p.last();
        if (route.arrowTip) {
            beforeTip = p.last();
            tip = *route.arrowTip;
        }
    } else if (from == to) {
        // A table that refers to itself: a loop on its right side.
        const QPointF start(from.right(), from.center().y() - 8);
        tip = QPointF(from.right(), from.center().y() + 8);
        beforeTip = tip + QPointF(30, 18);
        d = u'M' + point(start) + u'C' + point(start + QPointF(30, -18)) + u' ' + point(beforeTip) + u' ' + point(tip);
    } else {
        const QPointF start = borderPoint(from, to.center());
        tip = borderPoint(to, from.center());
        beforeTip = start;
        d = u'M' + point(start) + u'L' + point(tip);
    }
    out += u"<path d=\""_s + d + u"\"/>"_s + arrowHead(beforeTip, tip) + u"</g>\n"_s;
}

void writeBox(QString &out, const DiagramBox &box, const QRectF &r)
{
    const bool linked = !box.link.isEmpty();
    if (linked)
        out += u"<a href=\""_s + HtmlText::escaped(box.link) + u"\">"_s;
    out += u"<g class=\"node "_s + HtmlText::escaped(box.kind) + u"\"><title>"_s + HtmlText::escaped(box.title)
        + u"</title>"_s;
    out += u"<rect class=\"box\" x=\""_s + num(r.x()) + u"\" y=\""_s + num(r.y()) + u"\" width=\""_s + num(r.width())
        + u"\" height=\""_s + num(r.height()) + u"\" rx=\"4\"/>"_s;
    const bool hasRows = !box.rows.isEmpty() || box.hiddenRows > 0;
    if (hasRows)
        out += u"<path class=\"rule\" d=\"M"_s + point(QPointF(r.left(), r.top() + HeaderHeight)) + u'H'
            + num(r.right()) + u"\"/>"_s;
    const qreal titleY = hasRows ? r.top() + 16 : r.center().y() + (box.subtitle.isEmpty() ? 4 : -2);
    out += u"<text class=\"title\" x=\""_s + num(r.center().x()) + u"\" y=\""_s + num(titleY)
        + u"\" text-anchor=\"middle\">"_s + HtmlText::escaped(shortened(box.title)) + u"</text>"_s;
    if (!box.subtitle.isEmpty() && !hasRows)
        out += u"<text class=\"sub\" x=\""_s + num(r.center().x()) + u"\" y=\""_s + num(titleY + 14)
            + u"\" text-anchor=\"middle\">"_s + HtmlText::escaped(shortened(box.subtitle)) + u"</text>"_s;
    qreal y = r.top() + HeaderHeight + RowHeight - 4;
    for (const DiagramRow &row : box.rows) {
        out += u"<text x=\""_s + num(r.left() + Padding) + u"\" y=\""_s + num(y) + u"\"><tspan class=\"mark\">"_s
            + HtmlText::escaped(row.marks.left(5)) + u"</tspan><tspan x=\""_s
            + num(r.left() + Padding + 6 * CharWidth) + u"\">"_s + HtmlText::escaped(shortened(row.name, 32))
            + u"</tspan><tspan class=\"type\" x=\""_s + num(r.right() - Padding) + u"\" text-anchor=\"end\">"_s
            + HtmlText::escaped(shortened(row.type, 24)) + u"</tspan></text>"_s;
        y += RowHeight;
    }
    if (box.hiddenRows > 0)
        out += u"<text class=\"sub\" x=\""_s + num(r.left() + Padding + 6 * CharWidth) + u"\" y=\""_s + num(y)
            + u"\">+"_s + QString::number(box.hiddenRows) + u"</text>"_s;
    out += u"</g>"_s;
    if (linked)
        out += u"</a>"_s;
    out += u'\n';
}

} // namespace

QSizeF boxSize(const DiagramBox &box)
{
    qsizetype chars = std::max(shortened(box.title).size(), shortened(box.subtitle).size());
    for (const DiagramRow &row : box.rows)
        chars = std::max(chars, rowChars(row));
    const qreal width = std::max<qreal>(96, chars * CharWidth + 2 * Padding);
    if (box.rows.isEmpty() && box.hiddenRows == 0)
        return QSizeF(width, box.subtitle.isEmpty() ? 32 : 40);
    const qsizetype lines = box.rows.size() + (box.hiddenRows > 0 ? 1 : 0);
    return QSizeF(width, HeaderHeight + lines * RowHeight + 6);
}

LayoutRequest layoutRequest(const Diagram &diagram)
{
    LayoutRequest request;
    request.leftToRight = diagram.leftToRight;
    request.nodes.reserve(diagram.boxes.size());
    for (const DiagramBox &box : diagram.boxes)
        request.nodes.append({box.id, boxSize(box), box.cluster});
    for (const DiagramCluster &cluster : diagram.clusters)
        request.clusterTitles.insert(cluster.id,
                                     QSizeF(shortened(cluster.label).size() * CharWidth + 2 * Padding, ClusterTitleHeight));
    request.edges.reserve(diagram.edges.size());
    for (const DiagramEdge &edge : diagram.edges)
        request.edges.append({edge.from, edge.to});
    return request;
}

QString svg(const Diagram &diagram, const LayoutResult &layout)
{
    // The picture's frame: the layout's bounds, grown by whatever lies outside them (loops).
    QHash<QString, QRectF> boxes;
    QRectF frame = layout.bounds;
    for (const DiagramBox &box : diagram.boxes) {
        const QSizeF size = boxSize(box);
        const QPointF centre = layout.positions.value(box.id);
        const QRectF rect(centre.x() - size.width() / 2, centre.y() - size.height() / 2, size.width(), size.height());
        boxes.insert(box.id, rect);
        frame = frame.isNull() ? rect : frame.united(rect);
    }
    for (const DiagramEdge &edge : diagram.edges) {
        if (edge.from == edge.to && boxes.contains(edge.from))
            frame = frame.united(boxes.value(edge.from).adjusted(0, 0, 36, 0));
    }
    frame = frame.adjusted(-Margin, -Margin, Margin, Margin);

    QString out;
    out.reserve(512 + diagram.boxes.size() * 600 + diagram.edges.size() * 200);
    out += u"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"diagram-svg\" viewBox=\""_s + num(frame.x()) + u' '
        + num(frame.y()) + u' ' + num(frame.width()) + u' ' + num(frame.height()) + u"\" width=\""_s
        + num(frame.width()) + u"\" height=\""_s + num(frame.height()) + u"\" role=\"img\" aria-label=\""_s
        + HtmlText::escaped(diagram.label) + u"\">\n"_s;
    for (const DiagramCluster &cluster : diagram.clusters) {
        const QRectF r = layout.clusters.value(cluster.id);
        if (r.isNull())
            continue;
        const bool linked = !cluster.link.isEmpty();
        if (linked)
            out += u"<a href=\""_s + HtmlText::escaped(cluster.link) + u"\">"_s;
        out += u"<g class=\"cluster\"><rect x=\""_s + num(r.x()) + u"\" y=\""_s + num(r.y()) + u"\" width=\""_s
            + num(r.width()) + u"\" height=\""_s + num(r.height()) + u"\" rx=\"6\"/><text x=\""_s
            + num(r.left() + Padding) + u"\" y=\""_s + num(r.top() + 16) + u"\">"_s
            + HtmlText::escaped(shortened(cluster.label)) + u"</text></g>"_s;
        if (linked)
            out += u"</a>"_s;
        out += u'\n';
    }
    for (qsizetype i = 0; i < diagram.edges.size(); ++i) {
        const DiagramEdge &edge = diagram.edges.at(i);
        const auto from = boxes.constFind(edge.from);
        const auto to = boxes.constFind(edge.to);
        if (from == boxes.cend() || to == boxes.cend())
            continue;
        writeEdge(out, edge, i < layout.edges.size() ? layout.edges.at(i) : EdgeRoute(), *from, *to);
    }
    for (const DiagramBox &box : diagram.boxes)
        writeBox(out, box, boxes.value(box.id));
    out += u"</svg>"_s;
    return out;
}

} // namespace Strata::SvgDiagram
