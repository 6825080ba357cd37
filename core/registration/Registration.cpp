#include <strata/registration/Registration.h>

namespace Strata {

namespace {

// C++ registrations point their diagnostics at the line that registered them.
SourceLocation locationOf(const std::source_location &where)
{
    return SourceLocation{QString::fromUtf8(where.file_name()), int(where.line()), int(where.column())};
}

} // namespace

ColumnBuilder::ColumnBuilder(const QString &name, const QString &type, std::source_location where)
{
    m_column.name = name;
    m_column.typeSpelling = type;
    m_column.type = ColumnType::parse(type).value_or(ColumnType{}); // the package rules say why
    m_column.location = locationOf(where);
}

ColumnBuilder &ColumnBuilder::primaryKey(bool on)
{
    m_column.primaryKey = on;
    return *this;
}

ColumnBuilder &ColumnBuilder::notNull(bool on)
{
    m_column.notNull = on;
    return *this;
}

ColumnBuilder &ColumnBuilder::unique(bool on)
{
    m_column.unique = on;
    return *this;
}

ColumnBuilder &ColumnBuilder::defaultValue(const QJsonValue &literal)
{
    m_column.defaultValue = ColumnDefault{ColumnDefault::Kind::Literal, literal, {}};
    return *this;
}

ColumnBuilder &ColumnBuilder::defaultSql(const QString &expression)
{
    m_column.defaultValue = ColumnDefault{ColumnDefault::Kind::Sql, {}, expression};
    return *this;
}

ColumnBuilder &ColumnBuilder::defaultNow()
{
    m_column.defaultValue = ColumnDefault{ColumnDefault::Kind::Now, {}, {}};
    return *this;
}

ColumnBuilder &ColumnBuilder::references(const QString &table, const QString &column, const QString &onDelete,
                                         const QString &onUpdate)
{
    m_column.references = ColumnReference{table, column, onDelete.toLower(), onUpdate.toLower()};
    return *this;
}

ColumnBuilder &ColumnBuilder::comment(const QString &text)
{
    m_column.comment = text;
    return *this;
}

ColumnBuilder &ColumnBuilder::enumValues(const QStringList &values)
{
    m_column.type.enumValues = values;
    return *this;
}

Table createTable(const QString &name, const QList<Column> &columns, const TableOptions &options,
                  std::source_location where)
{
    Table table;
    table.name = name;
    table.columns = columns;
    table.primaryKey = options.primaryKey;
    table.indexes = options.indexes;
    table.uniques = options.uniques;
    table.checks = options.checks;
    table.comment = options.comment;
    table.global = options.global;
    table.location = locationOf(where);
    return table;
}

Table createWorkspaceTable(const QString &name, const QList<Column> &columns, const TableOptions &options,
                           std::source_location where)
{
    Table table = createTable(name, columns, options, where);
    table.workspaceScoped = true;
    return table;
}

Schema createSchema(const QList<Table> &tables)
{
    return Schema{tables};
}

Migration createMigration(const MigrationSpec &spec, std::source_location where)
{
    Migration migration;
    migration.id = spec.id;
    migration.version = spec.version;
    migration.up = spec.up;
    migration.down = spec.down;
    migration.noTransaction = spec.noTransaction;
    migration.foreignKeysOff = spec.foreignKeysOff;
    migration.location = locationOf(where);
    migration.upLocation = migration.location;
    for (const QString &requirement : spec.requirements) {
        const qsizetype colon = requirement.lastIndexOf(QLatin1Char(':'));
        migration.requirements.append(MigrationRequirement{requirement.left(colon),
                                                           colon < 0 ? QString() : requirement.mid(colon + 1),
                                                           migration.location});
    }
    return migration;
}

} // namespace Strata
