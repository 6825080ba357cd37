#pragma once

#include "graph/GraphData.h"

#include <QAbstractListModel>

namespace Strata::Ui {

// The nodes the graph shows, as a list: what a screen reader reads instead of the drawing (items of
// a QGraphicsView are not exposed to accessibility). One row per node, in graph order, with the
// same filter as the graph; each row's accessible text says what the node is, its package, its
// links and its findings.
class GraphNodeListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, KindRole, PackageRole, StateRole };

    explicit GraphNodeListModel(QObject *parent = nullptr);

    // `ids`: which nodes of `graph` to list, in this order.
    void setNodes(const GraphData &graph, const QStringList &ids);
    QString idAt(int row) const;
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QString describe(const GraphNode &node) const;

    struct Row
    {
        GraphNode node;
        int outgoing = 0;
        int incoming = 0;
    };
    QList<Row> m_rows;
    QHash<QString, int> m_rowOf;
};

} // namespace Strata::Ui
