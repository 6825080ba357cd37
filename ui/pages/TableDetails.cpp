#include "pages/TableDetails.h"

#include <strata/registry/Registry.h>
#include <strata/sql/DdlRenderer.h>
#include <strata/sql/Dialect.h>
#include <strata/sql/DialectSupport.h>
#include "style/Icons.h"

#include <QCoreApplication>
#include <QSet>

namespace Strata::Ui {

namespace {

QString yesNo(bool value)
{
    return value ? TableDetails::tr("yes") : TableDetails::tr("no");
}

QString joined(const QStringList &names)
{
    return names.join(QStringLiteral(", "));
}

bool isSingleColumnUnique(const Table &table, const QString &column)
{
    const QStringList single{column};
    for (const UniqueConstraint &unique : table.uniques) {
        if (unique.columns == single)
            return true;
    }
    for (const Index &index : table.indexes) {
        if (index.unique && index.columns == single)
            return true;
    }
    return false;
}

} // namespace

std::optional<TableDetails> TableDetails::collect(const Registry &registry, const QString &package, const QString &table)
{
    const QList<Table> tables = registry.effectiveTables(package);
    for (const Table &candidate : tables) {
        if (candidate.name != table)
            continue;
        TableDetails details;
        details.package = package;
        details.projectRoot = registry.project().root;
        details.table = candidate;
        details.referencedBy = referencesTo(registry, table);
        for (const Column &column : candidate.columns) {
            if (!column.references.isSet() || details.packageOfReferencedTable.contains(column.references.table))
                continue;
            if (const TableRef target = registry.findTable(column.references.table))
                details.packageOfReferencedTable.insert(column.references.table, target.package);
        }
        return details;
    }
    return std::nullopt;
}

QList<IncomingReference> TableDetails::referencesTo(const Registry &registry, const QString &table)
{
    QList<IncomingReference> result;
    QSet<QString> seenPackages; // a duplicate package's tables are the first one's: count them once
    for (const PackageDefinition &package : registry.packages()) {
        if (seenPackages.contains(package.name))
            continue;
        seenPackages.insert(package.name);
        const QList<Table> tables = registry.effectiveTables(package.name);
        for (const Table &source : tables) {
            for (const Column &column : source.columns) {
                if (column.references.table != table)
                    continue;
                IncomingReference reference;
                reference.package = package.name;
                reference.table = source.name;
                reference.column = column.name;
                reference.targetColumn = column.references.column;
                reference.onDelete = column.references.onDelete;
                reference.generated = column.generated;
                reference.location = column.fields.value(u"references", column.location);
                result.append(std::move(reference));
            }
        }
    }
    return result;
}

namespace TableDetailsRows {

QString referenceText(const ColumnReference &reference)
{
    if (!reference.isSet())
        return {};
    QString text = reference.table;
    if (!reference.column.isEmpty())
        text += QLatin1Char('.') + reference.column;
    // SQL keywords, the way the DDL spells them: not translated.
    if (!reference.onDelete.trimmed().isEmpty())
        text += QStringLiteral(" ON DELETE ") + DialectSupport::referentialAction(reference.onDelete);
    if (!reference.onUpdate.trimmed().isEmpty())
        text += QStringLiteral(" ON UPDATE ") + DialectSupport::referentialAction(reference.onUpdate);
    return text;
}

Rows columns(const TableDetails &details, const Dialect &dialect)
{
    const Table &table = details.table;
    Rows result;
    result.headers = {TableDetails::tr("Column"), TableDetails::tr("Type (%1)").arg(dialectTitle(dialect.kind())), TableDetails::tr("Nullable"), TableDetails::tr("Default"), TableDetails::tr("Key"),
                      TableDetails::tr("References"), TableDetails::tr("Comment")};
    const QStringList key = table.primaryKeyColumns();
    result.rows.reserve(size_t(table.columns.size()));
    for (const Column &column : table.columns) {
        const bool inKey = key.contains(column.name);
        QStringList keys;
        if (inKey)
            keys.append(TableDetails::tr("PK"));
        if (column.unique || isSingleColumnUnique(table, column.name))
            keys.append(TableDetails::tr("unique"));
        if (column.references.isSet())
            keys.append(TableDetails::tr("FK"));

        QString type = column.type.isValid() ? dialect.typeName(column.type) : QString();
        if (type.isEmpty())
            type = column.typeSpelling; // an unknown type: show what the author wrote

        SummaryTableModel::Row row;
        row.cells = {column.name,
                     type,
                     yesNo(!column.notNull && !inKey),
                     dialect.defaultExpression(column),
                     keys.join(QStringLiteral(", ")),
                     referenceText(column.references),
                     column.generated ? TableDetails::tr("added by Strata") : column.comment};
        row.icon = inKey ? Icons::keyColumn() : Icons::column();
        QStringList tip;
        const QString portable = column.type.isValid() ? column.type.portableName() : column.typeSpelling;
        if (!portable.isEmpty())
            tip.append(TableDetails::tr("Declared type: %1").arg(portable));
        if (column.generated)
            tip.append(TableDetails::tr("Added by Strata: the table is workspace-scoped."));
        else if (!column.comment.isEmpty())
            tip.append(column.comment);
        row.toolTip = tip.join(QLatin1Char('\n'));
        if (column.references.isSet()) {
            const QString targetPackage = details.packageOfReferencedTable.value(column.references.table);
            if (!targetPackage.isEmpty())
                row.target = {targetPackage, column.references.table};
        }
        result.rows.push_back(std::move(row));
        result.locations.append(column.location);
    }
    return result;
}

Rows indexes(const TableDetails &details)
{
    const Table &table = details.table;
    Rows result;
    result.headers = {TableDetails::tr("Index"), TableDetails::tr("Columns"), TableDetails::tr("Unique"), TableDetails::tr("Origin")};
    for (const Index &index : table.indexes) {
        SummaryTableModel::Row row;
        row.cells = {DdlRenderer::indexName(table, index), joined(index.columns), yesNo(index.unique),
                     index.generated ? TableDetails::tr("added by Strata (workspace scope)") : TableDetails::tr("declared")};
        row.toolTip = index.generated ? TableDetails::tr("Every workspace-scoped table is indexed on workspace_id.") : QString();
        result.rows.push_back(std::move(row));
        result.locations.append(index.location);
    }
    return result;
}

Rows constraints(const TableDetails &details, const Dialect &dialect)
{
    const Table &table = details.table;
    Rows result;
    result.headers = {TableDetails::tr("Constraint"), TableDetails::tr("Name"), TableDetails::tr("Definition")};
    const auto add = [&result](const QString &kind, const QString &name, const QString &definition,
                               const SourceLocation &location, const QStringList &target = {}) {
        SummaryTableModel::Row row;
        row.cells = {kind, name, definition};
        row.target = target;
        result.rows.push_back(std::move(row));
        result.locations.append(location);
    };

    const QStringList key = table.primaryKeyColumns();
    if (!key.isEmpty()) {
        SourceLocation location = table.fields.value(u"primaryKey");
        if (!location.isValid()) {
            if (const Column *first = table.column(key.first()))
                location = first->fields.value(u"primaryKey", first->location);
        }
        add(TableDetails::tr("Primary key"), QString(), QStringLiteral("(%1)").arg(joined(key)), location);
    }
    for (const Column &column : table.columns) {
        if (column.unique && !key.contains(column.name))
            add(TableDetails::tr("Unique"), QString(), QStringLiteral("(%1)").arg(column.name), column.fields.value(u"unique", column.location));
    }
    for (const UniqueConstraint &unique : table.uniques)
        add(TableDetails::tr("Unique"), QString(), QStringLiteral("(%1)").arg(joined(unique.columns)), unique.location);
    for (const CheckConstraint &check : table.checks)
        add(TableDetails::tr("Check"), check.name, check.expression.trimmed(), check.location);
    for (const Column &column : table.columns) {
        if (column.type.kind != TypeKind::Enum || column.type.enumValues.isEmpty())
            continue;
        QStringList values;
        for (const QString &value : column.type.enumValues)
            values.append(dialect.quoteString(value));
        add(TableDetails::tr("Check (enum)"), QString(), QStringLiteral("%1 IN (%2)").arg(column.name, joined(values)),
            column.fields.value(u"type", column.location));
    }
    for (const Column &column : table.columns) {
        if (!column.references.isSet())
            continue;
        QStringList target;
        const QString targetPackage = details.packageOfReferencedTable.value(column.references.table);
        if (!targetPackage.isEmpty())
            target = {targetPackage, column.references.table};
        add(TableDetails::tr("Foreign key"), QString(), QStringLiteral("(%1) → %2").arg(column.name, referenceText(column.references)),
            column.fields.value(u"references", column.location), target);
    }
    return result;
}

Rows referencedBy(const TableDetails &details)
{
    Rows result;
    result.headers = {TableDetails::tr("Package"), TableDetails::tr("Table"), TableDetails::tr("Column"), TableDetails::tr("On delete")};
    for (const IncomingReference &reference : details.referencedBy) {
        SummaryTableModel::Row row;
        const QString action = DialectSupport::referentialAction(reference.onDelete);
        row.cells = {reference.package, reference.table,
                     reference.generated ? TableDetails::tr("%1 (added by Strata)").arg(reference.column) : reference.column,
                     action.isEmpty() ? TableDetails::tr("no action (default)") : action};
        row.icon = Icons::table();
        row.toolTip = TableDetails::tr("%1.%2 refers to %3.%4")
                          .arg(reference.table, reference.column, details.table.name, reference.targetColumn);
        row.target = {reference.package, reference.table};
        result.rows.push_back(std::move(row));
        result.locations.append(reference.location);
    }
    return result;
}

} // namespace TableDetailsRows
} // namespace Strata::Ui
