#include <strata/sql/SchemaComparison.h>

#include <strata/sql/DdlRenderer.h>
#include <strata/sql/DialectSupport.h>
#include <strata/sql/CatalogSchema.h>
#include <strata/sql/SqlExpression.h>

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Strata {

namespace {

// The messages of this file, in the context "Strata::SchemaComparison" (a class, so that lupdate
// files them under the context they are looked up in).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Strata::SchemaComparison)
};

QString display(const QString &value)
{
    return value.isEmpty() ? Text::tr("(none)") : value;
}

// PostgreSQL's spellings of the type names a package may write in a dialect-specific type.
QString canonicalSpelling(const QString &type)
{
    static const QRegularExpression shape(QStringLiteral("^\\s*([a-z_][a-z0-9_ ]*?)\\s*(\\(.*\\))?\\s*(\\[\\])?\\s*$"),
                                          QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = shape.match(type);
    if (!match.hasMatch())
        return type.trimmed().toLower();
    QString name = match.captured(1).simplified().toLower();
    QString parameters = match.captured(2);
    parameters.remove(QLatin1Char(' '));
    static const QHash<QString, QString> aliases = {
        {QStringLiteral("varchar"), QStringLiteral("character varying")},
        {QStringLiteral("char"), QStringLiteral("character")},
        {QStringLiteral("bpchar"), QStringLiteral("character")},
        {QStringLiteral("int"), QStringLiteral("integer")},
        {QStringLiteral("int4"), QStringLiteral("integer")},
        {QStringLiteral("serial"), QStringLiteral("integer")},
        {QStringLiteral("serial4"), QStringLiteral("integer")},
        {QStringLiteral("int2"), QStringLiteral("smallint")},
        {QStringLiteral("smallserial"), QStringLiteral("smallint")},
        {QStringLiteral("int8"), QStringLiteral("bigint")},
        {QStringLiteral("bigserial"), QStringLiteral("bigint")},
        {QStringLiteral("serial8"), QStringLiteral("bigint")},
        {QStringLiteral("float4"), QStringLiteral("real")},
        {QStringLiteral("float8"), QStringLiteral("double precision")},
        {QStringLiteral("bool"), QStringLiteral("boolean")},
        {QStringLiteral("decimal"), QStringLiteral("numeric")},
        {QStringLiteral("timestamp"), QStringLiteral("timestamp without time zone")},
        {QStringLiteral("timestamptz"), QStringLiteral("timestamp with time zone")},
        {QStringLiteral("time"), QStringLiteral("time without time zone")},
        {QStringLiteral("timetz"), QStringLiteral("time with time zone")},
    };
    name = aliases.value(name, name);
    // format_type() puts a precision inside timestamp types: "timestamp(3) without time zone".
    if ((name.startsWith(QLatin1String("timestamp ")) || name.startsWith(QLatin1String("time ")))
        && !parameters.isEmpty()) {
        const qsizetype space = name.indexOf(QLatin1Char(' '));
        return name.left(space) + parameters + name.mid(space) + match.captured(3);
    }
    return name + parameters + match.captured(3);
}

// The same, each spelling worked out once per thread: a project of 100,000 columns spells a handful
// of types, and both sides of every column are compared (a regular expression each, 12 % of a
// PostgreSQL `strata diff`). Bounded, as ColumnType::parse's memory is.
QString canonicalPostgresType(const QString &type)
{
    constexpr qsizetype MaxCached = 512;
    thread_local QHash<QString, QString> canonical;
    if (const auto it = canonical.constFind(type); it != canonical.cend())
        return *it;
    QString spelling = canonicalSpelling(type);
    if (canonical.size() < MaxCached)
        canonical.insert(type, spelling);
    return spelling;
}

// Key of a column list for multiset comparisons.
QString keyOf(const QStringList &columns)
{
    return columns.join(u", "_s);
}

QString action(const QString &written)
{
    const QString action = DialectSupport::referentialAction(written);
    return action.isEmpty() ? u"NO ACTION"_s : action;
}

// The UNIQUE constraints of a table, wherever they are written (a column's own, or the table's).
QStringList uniqueKeys(const Table &table)
{
    const QStringList key = table.primaryKeyColumns();
    QStringList keys;
    for (const Column &c : table.columns) {
        if (c.unique && !(key.size() == 1 && key.first() == c.name))
            keys.append(c.name);
    }
    for (const UniqueConstraint &u : table.uniques)
        keys.append(keyOf(u.columns));
    return keys;
}

class Comparer
{
public:
    Comparer(const QList<Table> &declared, const QList<Table> &actual, const Dialect &dialect,
             const SchemaComparisonOptions &options)
        : m_options(options), m_dialect(dialect), m_postgres(dialect.kind() == DialectKind::PostgreSQL)
    {
        for (const Table &t : declared)
            m_declared.insert(t.name, &t);
        for (const Table &t : actual)
            m_actual.insert(t.name, &t);
    }

    void add(SchemaDifference::Kind kind, const QString &table, const QString &object, const QString &expected,
             const QString &actual, const QString &message)
    {
        m_differences.append({kind, table, object, expected, actual, message});
    }

    const Table *declaredTable(const QString &name) const
    {
        if (const Table *t = m_declared.value(name))
            return t;
        return m_options.declaredLookup ? m_options.declaredLookup(name) : nullptr;
    }
    const Table *actualTable(const QString &name) const
    {
        if (const Table *t = m_actual.value(name))
            return t;
        return m_options.actualLookup ? m_options.actualLookup(name) : nullptr;
    }

    // The columns a reference points at: as written, or the target's key (found on its own side,
    // else on the other: a target the other side lacks is reported as a missing table anyway).
    static QStringList referencedColumns(const ColumnReference &reference, const Table *target, const Table *fallback)
    {
        if (!reference.column.isEmpty())
            return {reference.column};
        if (const Table *t = target ? target : fallback)
            return t->primaryKeyColumns();
        return {};
    }

    QString defaultOf(const Column &column) const { return m_dialect.defaultExpression(column); }

    void compareColumn(const Table &table, const Table &other, const Column &column, const Column &actual,
                       QSet<qsizetype> &consumedChecks)
    {
        const QString expectedType = catalogTypeName(column.type, m_dialect);
        const QString actualType = catalogTypeName(actual.type, m_dialect);
        // A PostgreSQL enum type where Strata's enum is text with a CHECK: one difference, with
        // both lists of values (not a type that differs and a check that is missing).
        const auto nativeEnum = actual.type.kind == TypeKind::DialectSpecific && column.type.kind == TypeKind::Enum
            ? m_options.actualEnumTypes.constFind(actual.type.dialectTypes.value(u"postgresql"_s))
            : m_options.actualEnumTypes.cend();
        if (nativeEnum != m_options.actualEnumTypes.cend()) {
            add(SchemaDifference::Kind::ColumnType, table.name, column.name, expectedType, actualType,
                Text::tr("Column %1.%2 has the enum type %3 (values %4), declared text limited by a check to the values %5.")
                    .arg(table.name, column.name, actualType, keyOf(*nativeEnum), keyOf(column.type.enumValues)));
        } else if (expectedType.compare(actualType, m_postgres ? Qt::CaseSensitive : Qt::CaseInsensitive) != 0)
            add(SchemaDifference::Kind::ColumnType, table.name, column.name, expectedType, actualType,
                Text::tr("Column %1.%2 has type %3, declared %4.")
                    .arg(table.name, column.name, display(actualType), display(expectedType)));

        const bool expectedNotNull
            = column.notNull || table.primaryKeyColumns().contains(column.name) || (m_postgres && column.type.isSerial());
        const bool actualNotNull = actual.notNull || (m_postgres && other.primaryKeyColumns().contains(actual.name));
        if (actualNotNull != expectedNotNull)
            add(SchemaDifference::Kind::Nullability, table.name, column.name,
                expectedNotNull ? u"NOT NULL"_s : u"NULL"_s, actualNotNull ? u"NOT NULL"_s : u"NULL"_s,
                expectedNotNull ? Text::tr("Column %1.%2 accepts NULL, declared NOT NULL.").arg(table.name, column.name)
                                : Text::tr("Column %1.%2 is NOT NULL, declared to accept NULL.").arg(table.name, column.name));

        const QString expectedDefault = defaultOf(column);
        const QString actualDefault = defaultOf(actual);
        const auto isNull = [](const QString &sql) { return SqlExpression::normalized(sql) == u"null"; };
        const bool defaultMatches = (expectedDefault.isEmpty() || isNull(expectedDefault))
            ? (actualDefault.isEmpty() || isNull(actualDefault))
            : !actualDefault.isEmpty() && SqlExpression::sameDefault(expectedDefault, actualDefault);
        if (!defaultMatches)
            add(SchemaDifference::Kind::Default, table.name, column.name, expectedDefault, actualDefault,
                Text::tr("Column %1.%2 has default %3, declared %4.")
                    .arg(table.name, column.name, display(actualDefault), display(expectedDefault)));

        if (column.type.kind == TypeKind::Enum && nativeEnum == m_options.actualEnumTypes.cend())
            compareEnum(table, other, column, consumedChecks);

        if (m_postgres && actual.comment != column.comment)
            add(SchemaDifference::Kind::Comment, table.name, column.name, column.comment, actual.comment,
                Text::tr("Column %1.%2 has comment \"%3\", declared \"%4\".")
                    .arg(table.name, column.name, actual.comment, column.comment));
    }

    // An enum is text with a CHECK listing its values: find that check on the other side.
    void compareEnum(const Table &table, const Table &other, const Column &column, QSet<qsizetype> &consumedChecks)
    {
        const QStringList expected = column.type.enumValues;
        for (qsizetype i = 0; i < other.checks.size(); ++i) {
            if (consumedChecks.contains(i))
                continue;
            const std::optional<QStringList> values = SqlExpression::inListValues(other.checks.at(i).expression,
                                                                                  column.name);
            if (!values)
                continue;
            consumedChecks.insert(i);
            if (QSet<QString>(values->begin(), values->end()) != QSet<QString>(expected.begin(), expected.end()))
                add(SchemaDifference::Kind::EnumValues, table.name, column.name, keyOf(expected), keyOf(*values),
                    Text::tr("Column %1.%2 allows the values %3, declared %4.")
                        .arg(table.name, column.name, keyOf(*values), keyOf(expected)));
            return;
        }
        add(SchemaDifference::Kind::EnumValues, table.name, column.name, keyOf(expected), {},
            Text::tr("Column %1.%2 has no check that limits it to the values %3.")
                .arg(table.name, column.name, keyOf(expected)));
    }

    void compareForeignKeys(const Table &table, const Table &other)
    {
        for (const Column &column : table.columns) {
            const Column *actual = other.column(column.name);
            if (!actual)
                continue;
            const ColumnReference &expected = column.references;
            const ColumnReference &found = actual->references;
            if (!expected.isSet() && !found.isSet())
                continue;
            const QStringList expectedColumns
                = referencedColumns(expected, declaredTable(expected.table), actualTable(expected.table));
            const QStringList actualColumns
                = referencedColumns(found, actualTable(found.table), declaredTable(found.table));
            const QString expectedTarget = expected.table + u'(' + keyOf(expectedColumns) + u')';
            const QString actualTarget = found.table + u'(' + keyOf(actualColumns) + u')';
            if (!found.isSet()) {
                add(SchemaDifference::Kind::ForeignKey, table.name, column.name, expectedTarget, {},
                    Text::tr("Column %1.%2 has no foreign key, declared one referencing %3.")
                        .arg(table.name, column.name, expected.table));
                continue;
            }
            if (!expected.isSet()) {
                add(SchemaDifference::Kind::ForeignKey, table.name, column.name, {}, actualTarget,
                    Text::tr("Column %1.%2 has a foreign key referencing %3 that is not declared.")
                        .arg(table.name, column.name, actualTarget));
                continue;
            }
            if (found.table != expected.table || actualColumns != expectedColumns)
                add(SchemaDifference::Kind::ForeignKey, table.name, column.name, expectedTarget, actualTarget,
                    Text::tr("The foreign key of %1.%2 references %3, declared %4.")
                        .arg(table.name, column.name, actualTarget, expectedTarget));
            const auto compareAction = [&](const QString &declared, const QString &actualAction, const char *clause) {
                const QString e = action(declared);
                const QString a = action(actualAction);
                if (e != a)
                    add(SchemaDifference::Kind::ForeignKey, table.name, column.name,
                        QLatin1String(clause) + u' ' + e, QLatin1String(clause) + u' ' + a,
                        Text::tr("The foreign key of %1.%2 has %3 %4, declared %3 %5.")
                            .arg(table.name, column.name, QLatin1String(clause), a, e));
            };
            compareAction(expected.onDelete, found.onDelete, "ON DELETE");
            compareAction(expected.onUpdate, found.onUpdate, "ON UPDATE");
        }
    }

    void compareUniques(const Table &table, const Table &other)
    {
        QStringList found = uniqueKeys(other);
        for (const QString &columns : uniqueKeys(table)) {
            if (!found.removeOne(columns))
                add(SchemaDifference::Kind::Unique, table.name, columns, columns, {},
                    Text::tr("Table %1 has no UNIQUE (%2) constraint, declared one.").arg(table.name, columns));
        }
        for (const QString &columns : std::as_const(found))
            add(SchemaDifference::Kind::Unique, table.name, columns, {}, columns,
                Text::tr("Table %1 has a UNIQUE (%2) constraint that is not declared.").arg(table.name, columns));
    }

    void compareIndexes(const Table &table, const Table &other)
    {
        const auto describe = [](const Index &index) -> QString {
            return (index.unique ? u"UNIQUE ("_s : u"("_s) + keyOf(index.columns) + u')';
        };
        QHash<QString, const Index *> found;
        for (const Index &index : other.indexes)
            found.insert(DdlRenderer::indexName(other, index), &index);
        for (const Index &index : table.indexes) {
            const QString name = DdlRenderer::indexName(table, index);
            const Index *actual = found.take(name);
            if (!actual)
                add(SchemaDifference::Kind::Index, table.name, name, describe(index), {},
                    Text::tr("Index %1 on %2 (%3) is declared but missing.").arg(name, table.name, keyOf(index.columns)));
            else if (actual->columns != index.columns || actual->unique != index.unique)
                add(SchemaDifference::Kind::Index, table.name, name, describe(index), describe(*actual),
                    Text::tr("Index %1 on %2 is %3, declared %4.").arg(name, table.name, describe(*actual), describe(index)));
        }
        for (const Index &index : other.indexes) {
            const QString name = DdlRenderer::indexName(other, index);
            if (found.contains(name))
                add(SchemaDifference::Kind::Index, table.name, name, {}, describe(index),
                    Text::tr("Table %1 has an index %2 %3 that is not declared.").arg(table.name, name, describe(index)));
        }
    }

    void compareChecks(const Table &table, const Table &other, const QSet<qsizetype> &consumedChecks)
    {
        QHash<QString, QString> found; // normalized -> as written, for the actual side's checks
        QStringList foundKeys;
        for (qsizetype i = 0; i < other.checks.size(); ++i) {
            if (consumedChecks.contains(i))
                continue;
            const QString key = SqlExpression::normalized(other.checks.at(i).expression);
            foundKeys.append(key);
            found.insert(key, other.checks.at(i).expression);
        }
        for (const CheckConstraint &check : table.checks) {
            if (!foundKeys.removeOne(SqlExpression::normalized(check.expression)))
                add(SchemaDifference::Kind::Check, table.name, check.name, check.expression, {},
                    Text::tr("Table %1 has no CHECK (%2), declared one.").arg(table.name, check.expression.simplified()));
        }
        for (const QString &key : std::as_const(foundKeys))
            add(SchemaDifference::Kind::Check, table.name, {}, {}, found.value(key),
                Text::tr("Table %1 has a CHECK (%2) that is not declared.").arg(table.name, found.value(key).simplified()));
    }

    void compareTable(const Table &table, const Table &other)
    {
        QSet<qsizetype> consumedChecks;
        for (const Column &column : table.columns) {
            if (const Column *found = other.column(column.name))
                compareColumn(table, other, column, *found, consumedChecks);
            else
                add(SchemaDifference::Kind::MissingColumn, table.name, column.name, column.name, {},
                    Text::tr("Column %1.%2 is declared but missing.").arg(table.name, column.name));
        }
        for (const Column &column : other.columns) {
            if (!table.column(column.name))
                add(SchemaDifference::Kind::ExtraColumn, table.name, column.name, {}, column.name,
                    Text::tr("Column %1.%2 exists but is not declared.").arg(table.name, column.name));
        }
        const QStringList expectedKey = table.primaryKeyColumns();
        const QStringList actualKey = other.primaryKeyColumns();
        if (actualKey != expectedKey)
            add(SchemaDifference::Kind::PrimaryKey, table.name, {}, keyOf(expectedKey), keyOf(actualKey),
                Text::tr("Table %1 has primary key (%2), declared (%3).").arg(table.name, keyOf(actualKey), keyOf(expectedKey)));
        compareForeignKeys(table, other);
        compareUniques(table, other);
        compareIndexes(table, other);
        compareChecks(table, other, consumedChecks);
        if (m_postgres && other.comment != table.comment)
            add(SchemaDifference::Kind::Comment, table.name, {}, table.comment, other.comment,
                Text::tr("Table %1 has comment \"%2\", declared \"%3\".").arg(table.name, other.comment, table.comment));
    }

    QList<SchemaDifference> m_differences;
    QHash<QString, const Table *> m_declared;
    QHash<QString, const Table *> m_actual;

private:
    const SchemaComparisonOptions &m_options;
    const Dialect &m_dialect;
    const bool m_postgres;
};

} // namespace

QString differenceKindName(SchemaDifference::Kind kind)
{
    switch (kind) {
    case SchemaDifference::Kind::MissingTable: return u"missing-table"_s;
    case SchemaDifference::Kind::ExtraTable: return u"extra-table"_s;
    case SchemaDifference::Kind::MissingColumn: return u"missing-column"_s;
    case SchemaDifference::Kind::ExtraColumn: return u"extra-column"_s;
    case SchemaDifference::Kind::ColumnType: return u"column-type"_s;
    case SchemaDifference::Kind::Nullability: return u"nullability"_s;
    case SchemaDifference::Kind::Default: return u"default"_s;
    case SchemaDifference::Kind::Comment: return u"comment"_s;
    case SchemaDifference::Kind::PrimaryKey: return u"primary-key"_s;
    case SchemaDifference::Kind::ForeignKey: return u"foreign-key"_s;
    case SchemaDifference::Kind::Unique: return u"unique"_s;
    case SchemaDifference::Kind::Index: return u"index"_s;
    case SchemaDifference::Kind::Check: return u"check"_s;
    case SchemaDifference::Kind::EnumValues: return u"enum-values"_s;
    }
    return {};
}

QString catalogTypeName(const ColumnType &type, const Dialect &dialect)
{
    const QString native = dialect.typeName(type);
    if (dialect.kind() == DialectKind::PostgreSQL)
        return canonicalPostgresType(native);
    return native;
}

QList<SchemaDifference> compareSchemas(const QList<Table> &declared, const QList<Table> &actual,
                                       const Dialect &dialect, const SchemaComparisonOptions &options)
{
    Comparer comparer(declared, actual, dialect, options);
    const auto compared = [&](const QString &name) { return !options.ignoredTables.contains(name); };
    for (const Table &table : declared) {
        if (!compared(table.name))
            continue;
        if (const Table *found = comparer.m_actual.value(table.name))
            comparer.compareTable(table, *found);
        else
            comparer.add(SchemaDifference::Kind::MissingTable, table.name, {}, table.name, {},
                         Text::tr("Table %1 is declared but missing.").arg(table.name));
    }
    if (options.reportExtraTables) {
        for (const Table &t : actual) {
            if (compared(t.name) && !comparer.m_declared.contains(t.name))
                comparer.add(SchemaDifference::Kind::ExtraTable, t.name, {}, {}, t.name,
                             Text::tr("Table %1 exists but is not declared.").arg(t.name));
        }
    }
    return comparer.m_differences;
}

QList<SchemaDifference> compareCatalog(const QList<Table> &declared, const QList<CatalogTable> &actual,
                                       const Dialect &dialect, const SchemaComparisonOptions &options)
{
    return compareSchemas(declared, schemaFromCatalog(actual, dialect.kind()).tables, dialect, options);
}

} // namespace Strata
