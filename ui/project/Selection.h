#pragma once

#include <QObject>
#include <QString>

namespace Strata::Ui {

// What is selected in the workbench: a package, a table, a column or a migration. Every view
// (packages tree, graph, node list, details, editor) follows it and reports its own selections to it.
struct SelectionTarget
{
    enum class Kind { None, Package, Table, Column, Migration };
    Kind kind = Kind::None;
    QString package;
    QString table;     // Table, Column
    QString column;    // Column
    QString migration; // Migration (its id)

    static SelectionTarget ofPackage(const QString &package) { return {Kind::Package, package, {}, {}, {}}; }
    static SelectionTarget ofTable(const QString &package, const QString &table)
    {
        return {Kind::Table, package, table, {}, {}};
    }
    static SelectionTarget ofColumn(const QString &package, const QString &table, const QString &column)
    {
        return {Kind::Column, package, table, column, {}};
    }
    static SelectionTarget ofMigration(const QString &package, const QString &id)
    {
        return {Kind::Migration, package, {}, {}, id};
    }
    bool isEmpty() const { return kind == Kind::None; }
    bool operator==(const SelectionTarget &) const = default;
};

// The one selection of the window. Views call select(); every view listens to changed(). A view
// that reacts to changed() by selecting its own item must not call select() back (compare with
// current() first), so that selections never echo.
class Selection : public QObject
{
    Q_OBJECT

public:
    explicit Selection(QObject *parent = nullptr) : QObject(parent) {}

    const SelectionTarget &current() const { return m_current; }
    void select(const SelectionTarget &target)
    {
        if (target == m_current)
            return;
        m_current = target;
        Q_EMIT changed(m_current);
    }
    void clear() { select({}); }

Q_SIGNALS:
    void changed(const Strata::Ui::SelectionTarget &target);

private:
    SelectionTarget m_current;
};

} // namespace Strata::Ui
