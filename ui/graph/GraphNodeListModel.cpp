#include "GraphNodeListModel.h"

#include "graph/GraphStyle.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPixmap>

namespace Strata::Ui {

namespace {

// A small coloured disc for the state column, drawn once per state and palette.
QPixmap stateDot(NodeState state)
{
    const GraphStyle::Colors c = GraphStyle::colors(QGuiApplication::palette());
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(state == NodeState::Errors ? c.broken : state == NodeState::Warnings ? c.warning : c.border);
    painter.drawEllipse(QRectF(2, 2, 8, 8));
    return pixmap;
}

} // namespace

GraphNodeListModel::GraphNodeListModel(QObject *parent) : QAbstractListModel(parent) {}

void GraphNodeListModel::setNodes(const GraphData &graph, const QStringList &ids)
{
    QHash<QString, int> outgoing, incoming;
    for (const GraphEdge &edge : graph.edges) {
        ++outgoing[edge.from];
        ++incoming[edge.to];
    }
    QList<Row> rows;
    for (const QString &id : ids) {
        if (const GraphNode *node = graph.node(id))
            rows.append(Row{*node, outgoing.value(id), incoming.value(id)});
    }
    beginResetModel();
    m_rows = rows;
    m_rowOf.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows.at(i).node.id, i);
    endResetModel();
}

QString GraphNodeListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).node.id : QString();
}

int GraphNodeListModel::rowOf(const QString &id) const
{
    return m_rowOf.value(id, -1);
}

int GraphNodeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant GraphNodeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const GraphNode &node = row.node;
    switch (role) {
    case Qt::DisplayRole:
        return node.kind == GraphNode::Kind::Table || node.kind == GraphNode::Kind::MissingTable
            ? node.name
            : node.detail.isEmpty() ? node.name : tr("%1 (%2)").arg(node.name, node.detail);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return QString(describe(node) + QLatin1Char(' ') + tr("Links to %n node(s),", nullptr, row.outgoing)
                       + QLatin1Char(' ') + tr("linked from %n node(s).", nullptr, row.incoming));
    case Qt::DecorationRole:
        return stateDot(node.state());
    case IdRole:
        return node.id;
    case KindRole:
        return int(node.kind);
    case PackageRole:
        return node.package;
    case StateRole:
        return int(node.state());
    default:
        return {};
    }
}

QString GraphNodeListModel::describe(const GraphNode &node) const
{
    QString text;
    switch (node.kind) {
    case GraphNode::Kind::Package:
        text = tr("Package %1, version %2.").arg(node.name, node.detail);
        break;
    case GraphNode::Kind::CollapsedPackage:
        text = tr("Package %1, folded, %2.").arg(node.name, node.detail);
        break;
    case GraphNode::Kind::Table:
        text = tr("Table %1 in package %2, %n listed column(s).", nullptr, int(node.columns.size())).arg(node.name, node.package);
        break;
    case GraphNode::Kind::MissingPackage:
        text = tr("Missing package %1.").arg(node.name);
        return text;
    case GraphNode::Kind::MissingTable:
        text = tr("Missing table %1.").arg(node.name);
        return text;
    }
    if (node.errors)
        text += QLatin1Char(' ') + tr("%n error(s).", nullptr, node.errors);
    if (node.warnings)
        text += QLatin1Char(' ') + tr("%n warning(s).", nullptr, node.warnings);
    return text;
}

QHash<int, QByteArray> GraphNodeListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "nodeId");
    names.insert(KindRole, "kind");
    names.insert(PackageRole, "package");
    names.insert(StateRole, "state");
    return names;
}

} // namespace Strata::Ui
