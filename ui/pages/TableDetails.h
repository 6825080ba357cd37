#pragma once

#include "models/SummaryTableModel.h"
#include <strata/model/Schema.h>

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace Strata {
class Dialect;
class Registry;
} // namespace Strata

namespace Strata::Ui {

// A foreign key somewhere in the project that points at the shown table.
struct IncomingReference
{
    QString package;
    QString table;
    QString column;
    QString targetColumn; // the column of the shown table it refers to
    QString onDelete;
    bool generated = false; // a workspace_id that Strata added
    SourceLocation location;
};

// One table as the details page shows it: the effective table (workspace_id added, references
// resolved), where it comes from, and who refers to it. Collected from the Registry when the table
// is shown, so that switching the dialect re-renders without the Registry.
struct TableDetails
{
    Q_DECLARE_TR_FUNCTIONS(TableDetails)

public:
    QString package;
    QString projectRoot;
    Table table;
    QList<IncomingReference> referencedBy;
    // The package of each table this one refers to (by table name), for navigating there.
    QHash<QString, QString> packageOfReferencedTable;

    // Empty when the package has no such table.
    static std::optional<TableDetails> collect(const Registry &registry, const QString &package, const QString &table);

    // Every foreign key of the project that names `table`, in dependency order of the packages. One
    // pass over the columns of the project: a few milliseconds for 10,000 tables, so it runs for the
    // shown table only, never for all of them.
    static QList<IncomingReference> referencesTo(const Registry &registry, const QString &table);
};

// The rows of the details tabs, as text in one dialect, with the source location of each row (what
// "open in editor" shows). Cell positions are the enums below.
namespace TableDetailsRows {

struct Rows
{
    QStringList headers;
    std::vector<SummaryTableModel::Row> rows;
    QList<SourceLocation> locations; // row for row
};

enum ColumnField { ColumnsName, ColumnsType, ColumnsNullable, ColumnsDefault, ColumnsKey, ColumnsReference, ColumnsComment };
enum IndexField { IndexName, IndexColumns, IndexUnique, IndexOrigin };
enum ConstraintField { ConstraintKind, ConstraintName, ConstraintDefinition };
enum ReferencedByField { ReferencedByPackage, ReferencedByTable, ReferencedByColumn, ReferencedByAction };

Rows columns(const TableDetails &details, const Dialect &dialect);
Rows indexes(const TableDetails &details);
Rows constraints(const TableDetails &details, const Dialect &dialect);
Rows referencedBy(const TableDetails &details);

// "users.id ON DELETE CASCADE"; empty when the column refers to nothing.
QString referenceText(const ColumnReference &reference);

} // namespace TableDetailsRows
} // namespace Strata::Ui
