#include "CatalogComparison.h"

#include "DdlRenderer.h"
#include "DialectSupport.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace Strata {

namespace {

QString display(const QString &value)
{
    return value.isEmpty() ? QCoreApplication::translate("Strata::CatalogComparison", "(none)") : value;
}

// PostgreSQL's spellings of the type names a package may write in a dialect-specific type.
QString canonicalPostgresType(const QString &type)
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

bool isNumber(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(e[+-]?[0-9]+)?$"));
    return number.match(text).hasMatch();
}

// The text of a lone string literal, or a null string when `sql` is something else.
QString stringLiteral(const QString &sql)
{
    static const QRegularExpression literal(QStringLiteral("^'((?:[^']|'')*)'$"));
    const QRegularExpressionMatch match = literal.match(sql);
    if (!match.hasMatch())
        return {};
    QString text = match.captured(1);
    text.replace(QLatin1String("''"), QLatin1String("'"));
    return text.isNull() ? QString(QLatin1String("")) : text;
}

bool sameDefault(const QString &expected, const QString &actual)
{
    const QString e = normalizedDefault(expected);
    const QString a = normalizedDefault(actual);
    if (e == a)
        return true;
    // PostgreSQL shows a negative number as a string cast to the column type: '-1'::integer.
    const QString aText = stringLiteral(a);
    const QString eText = stringLiteral(e);
    if (!aText.isNull() && isNumber(aText) && (aText == e || aText == eText))
        return true;
    // jsonb keeps its own layout of a JSON default ('{"a": 1}'); compare the values.
    if (!aText.isNull() && !eText.isNull()) {
        const QJsonDocument aJson = QJsonDocument::fromJson(aText.toUtf8());
        const QJsonDocument eJson = QJsonDocument::fromJson(eText.toUtf8());
        if (!aJson.isNull() && aJson == eJson)
            return true;
    }
    return false;
}

// Key of a column list for multiset comparisons.
QString keyOf(const QStringList &columns)
{
    return columns.join(QStringLiteral(", "));
}

class Comparer
{
public:
    Comparer(const QList<Table> &declared, const Dialect &dialect) : m_dialect(dialect)
    {
        for (const Table &t : declared)
            m_declared.insert(t.name, &t);
    }

    void add(CatalogDifference::Kind kind, const QString &table, const QString &object, const QString &message)
    {
        m_differences.append({kind, table, object, message});
    }

    QStringList referencedColumns(const ColumnReference &reference) const
    {
        if (!reference.column.isEmpty())
            return {reference.column};
        if (const Table *target = m_declared.value(reference.table))
            return target->primaryKeyColumns();
        return {};
    }

    void compareColumn(const Table &table, const Column &column, const CatalogColumn &actual)
    {
        const bool postgres = m_dialect.kind() == DialectKind::PostgreSQL;
        const QString expectedType = catalogTypeName(column.type, m_dialect);
        const bool sameType = postgres ? canonicalPostgresType(actual.type) == expectedType
                                       : actual.type.compare(expectedType, Qt::CaseInsensitive) == 0;
        if (!sameType)
            add(CatalogDifference::Kind::ColumnType, table.name, column.name,
                QCoreApplication::translate("Strata::CatalogComparison",
                                            "Column %1.%2 has type %3 in the database, expected %4.")
                    .arg(table.name, column.name, display(actual.type), display(expectedType)));

        const bool inKey = table.primaryKeyColumns().contains(column.name);
        const bool expectedNotNull = column.notNull || inKey || (postgres && column.type.isSerial());
        if (actual.notNull != expectedNotNull)
            add(CatalogDifference::Kind::Nullability, table.name, column.name,
                expectedNotNull
                    ? QCoreApplication::translate("Strata::CatalogComparison",
                                                  "Column %1.%2 accepts NULL in the database, expected NOT NULL.")
                          .arg(table.name, column.name)
                    : QCoreApplication::translate(
                          "Strata::CatalogComparison",
                          "Column %1.%2 is NOT NULL in the database, expected it to accept NULL.")
                          .arg(table.name, column.name));

        const QString expectedDefault = m_dialect.defaultExpression(column);
        bool defaultMatches;
        if (postgres && column.type.isSerial() && expectedDefault.isEmpty())
            defaultMatches = actual.defaultValue.startsWith(QLatin1String("nextval("));
        else if (expectedDefault.isEmpty() || actual.defaultValue.isEmpty())
            defaultMatches = expectedDefault.isEmpty() == actual.defaultValue.isEmpty()
                || (normalizedDefault(expectedDefault) == QLatin1String("null") && actual.defaultValue.isEmpty());
        else
            defaultMatches = sameDefault(expectedDefault, actual.defaultValue);
        if (!defaultMatches)
            add(CatalogDifference::Kind::Default, table.name, column.name,
                QCoreApplication::translate("Strata::CatalogComparison",
                                            "Column %1.%2 has default %3 in the database, expected %4.")
                    .arg(table.name, column.name, display(actual.defaultValue), display(expectedDefault)));

        if (postgres && actual.comment != column.comment)
            add(CatalogDifference::Kind::Comment, table.name, column.name,
                QCoreApplication::translate("Strata::CatalogComparison",
                                            "Column %1.%2 has comment \"%3\" in the database, expected \"%4\".")
                    .arg(table.name, column.name, actual.comment, column.comment));
    }

    void compareForeignKeys(const Table &table, const CatalogTable &actual)
    {
        QList<const CatalogForeignKey *> unmatched;
        for (const CatalogForeignKey &key : actual.foreignKeys)
            unmatched.append(&key);
        for (const Column &column : table.columns) {
            if (!column.references.isSet())
                continue;
            const ColumnReference &reference = column.references;
            const CatalogForeignKey *found = nullptr;
            for (qsizetype i = 0; i < unmatched.size(); ++i) {
                if (unmatched.at(i)->columns == QStringList{column.name}) {
                    found = unmatched.takeAt(i);
                    break;
                }
            }
            if (!found) {
                add(CatalogDifference::Kind::ForeignKey, table.name, column.name,
                    QCoreApplication::translate(
                        "Strata::CatalogComparison",
                        "Column %1.%2 has no foreign key in the database, expected one referencing %3.")
                        .arg(table.name, column.name, reference.table));
                continue;
            }
            const QStringList expectedColumns = referencedColumns(reference);
            QStringList actualColumns = found->referencedColumns;
            if (actualColumns.isEmpty())
                actualColumns
                    = expectedColumns.isEmpty() ? QStringList() : referencedColumns({reference.table, {}, {}, {}});
            const QString expectedTarget
                = reference.table + QLatin1Char('(') + keyOf(expectedColumns) + QLatin1Char(')');
            const QString actualTarget
                = found->referencedTable + QLatin1Char('(') + keyOf(actualColumns) + QLatin1Char(')');
            if (found->referencedTable != reference.table
                || (!expectedColumns.isEmpty() && actualColumns != expectedColumns))
                add(CatalogDifference::Kind::ForeignKey, table.name, column.name,
                    QCoreApplication::translate("Strata::CatalogComparison",
                                                "The foreign key of %1.%2 references %3 in the database, expected %4.")
                        .arg(table.name, column.name, actualTarget, expectedTarget));
            const auto compareAction = [&](const QString &declared, const QString &actualAction, const char *clause) {
                QString expected = DialectSupport::referentialAction(declared);
                if (expected.isEmpty())
                    expected = QStringLiteral("NO ACTION");
                if (expected != actualAction)
                    add(CatalogDifference::Kind::ForeignKey, table.name, column.name,
                        QCoreApplication::translate(
                            "Strata::CatalogComparison",
                            "The foreign key of %1.%2 has %3 %4 in the database, expected %3 %5.")
                            .arg(table.name, column.name, QLatin1String(clause), actualAction, expected));
            };
            compareAction(reference.onDelete, found->onDelete, "ON DELETE");
            compareAction(reference.onUpdate, found->onUpdate, "ON UPDATE");
        }
        for (const CatalogForeignKey *key : unmatched)
            add(CatalogDifference::Kind::ForeignKey, table.name, keyOf(key->columns),
                QCoreApplication::translate(
                    "Strata::CatalogComparison",
                    "The database has a foreign key on %1 (%2) referencing %3 that the schema does not declare.")
                    .arg(table.name, keyOf(key->columns), key->referencedTable));
    }

    void compareUniques(const Table &table, const CatalogTable &actual)
    {
        const QStringList key = table.primaryKeyColumns();
        QStringList expected;
        for (const Column &c : table.columns) {
            if (c.unique && !(key.size() == 1 && key.first() == c.name))
                expected.append(c.name);
        }
        for (const UniqueConstraint &u : table.uniques)
            expected.append(keyOf(u.columns));
        QStringList found;
        for (const CatalogIndex &i : actual.indexes) {
            if (i.origin == CatalogIndex::Origin::UniqueConstraint)
                found.append(keyOf(i.columns));
        }
        for (const QString &columns : std::as_const(expected)) {
            if (!found.removeOne(columns))
                add(CatalogDifference::Kind::Unique, table.name, columns,
                    QCoreApplication::translate("Strata::CatalogComparison",
                                                "Table %1 has no UNIQUE (%2) constraint in the database.")
                        .arg(table.name, columns));
        }
        for (const QString &columns : std::as_const(found))
            add(CatalogDifference::Kind::Unique, table.name, columns,
                QCoreApplication::translate(
                    "Strata::CatalogComparison",
                    "The database has a UNIQUE (%2) constraint on %1 that the schema does not declare.")
                    .arg(table.name, columns));
    }

    void compareIndexes(const Table &table, const CatalogTable &actual)
    {
        QSet<QString> declaredNames;
        for (const Index &index : table.indexes) {
            const QString name = DdlRenderer::indexName(table, index);
            declaredNames.insert(name);
            const CatalogIndex *found = actual.index(name);
            if (!found || found->origin != CatalogIndex::Origin::Index) {
                add(CatalogDifference::Kind::Index, table.name, name,
                    QCoreApplication::translate("Strata::CatalogComparison",
                                                "Index %1 on %2 (%3) is missing from the database.")
                        .arg(name, table.name, keyOf(index.columns)));
                continue;
            }
            if (found->columns != index.columns || found->unique != index.unique) {
                const auto describe = [](bool unique, const QStringList &columns) {
                    return (unique ? QStringLiteral("UNIQUE (") : QStringLiteral("(")) + keyOf(columns)
                        + QLatin1Char(')');
                };
                add(CatalogDifference::Kind::Index, table.name, name,
                    QCoreApplication::translate("Strata::CatalogComparison",
                                                "Index %1 on %2 is %3 in the database, expected %4.")
                        .arg(name, table.name, describe(found->unique, found->columns),
                             describe(index.unique, index.columns)));
            }
        }
        for (const CatalogIndex &i : actual.indexes) {
            if (i.origin == CatalogIndex::Origin::Index && !declaredNames.contains(i.name))
                add(CatalogDifference::Kind::Index, table.name, i.name,
                    QCoreApplication::translate(
                        "Strata::CatalogComparison",
                        "The database has an index %1 on %2 (%3) that the schema does not declare.")
                        .arg(i.name, table.name, keyOf(i.columns)));
        }
    }

    void compareTable(const Table &table, const CatalogTable &actual)
    {
        for (const Column &column : table.columns) {
            if (const CatalogColumn *found = actual.column(column.name))
                compareColumn(table, column, *found);
            else
                add(CatalogDifference::Kind::MissingColumn, table.name, column.name,
                    QCoreApplication::translate("Strata::CatalogComparison",
                                                "Column %1.%2 is missing from the database.")
                        .arg(table.name, column.name));
        }
        for (const CatalogColumn &column : actual.columns) {
            if (!table.column(column.name))
                add(CatalogDifference::Kind::ExtraColumn, table.name, column.name,
                    QCoreApplication::translate("Strata::CatalogComparison",
                                                "The database has a column %1.%2 that the schema does not declare.")
                        .arg(table.name, column.name));
        }
        if (actual.primaryKey != table.primaryKeyColumns())
            add(CatalogDifference::Kind::PrimaryKey, table.name, {},
                QCoreApplication::translate("Strata::CatalogComparison",
                                            "Table %1 has primary key (%2) in the database, expected (%3).")
                    .arg(table.name, keyOf(actual.primaryKey), keyOf(table.primaryKeyColumns())));
        compareForeignKeys(table, actual);
        compareUniques(table, actual);
        compareIndexes(table, actual);
        if (m_dialect.kind() == DialectKind::PostgreSQL && actual.comment != table.comment)
            add(CatalogDifference::Kind::Comment, table.name, {},
                QCoreApplication::translate("Strata::CatalogComparison",
                                            "Table %1 has comment \"%2\" in the database, expected \"%3\".")
                    .arg(table.name, actual.comment, table.comment));
    }

    QList<CatalogDifference> m_differences;

private:
    const Dialect &m_dialect;
    QHash<QString, const Table *> m_declared;
};

} // namespace

QString catalogTypeName(const ColumnType &type, const Dialect &dialect)
{
    const QString native = dialect.typeName(type);
    if (dialect.kind() == DialectKind::PostgreSQL)
        return canonicalPostgresType(native);
    return native;
}

QString normalizedDefault(const QString &expression)
{
    // Outside string literals: lower case, no spaces, no casts, no grouping parentheses (but the
    // parentheses of function calls).
    QString out;
    QList<bool> keptParentheses;
    const QString sql = expression.trimmed();
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (c == QLatin1Char('\'')) {
            const qsizetype start = i;
            for (++i; i < sql.size(); ++i) {
                if (sql.at(i) == QLatin1Char('\'')) {
                    if (i + 1 < sql.size() && sql.at(i + 1) == QLatin1Char('\''))
                        ++i;
                    else
                        break;
                }
            }
            out += sql.mid(start, i - start + 1);
        } else if (c == QLatin1Char(':') && i + 1 < sql.size() && sql.at(i + 1) == QLatin1Char(':')) {
            // a cast: skip the type name, its spaces ("character varying") and its modifiers
            i += 2;
            while (i < sql.size()
                   && (sql.at(i).isLetterOrNumber() || sql.at(i) == QLatin1Char('_') || sql.at(i) == QLatin1Char(' ')
                       || sql.at(i) == QLatin1Char('"')))
                ++i;
            if (i < sql.size() && sql.at(i) == QLatin1Char('(')) {
                while (i < sql.size() && sql.at(i) != QLatin1Char(')'))
                    ++i;
                ++i;
            }
            if (i + 1 < sql.size() && sql.at(i) == QLatin1Char('[') && sql.at(i + 1) == QLatin1Char(']'))
                i += 2;
            --i;
        } else if (c == QLatin1Char('(')) {
            const bool call = !out.isEmpty() && (out.back().isLetterOrNumber() || out.back() == QLatin1Char('_'));
            keptParentheses.append(call);
            if (call)
                out += c;
        } else if (c == QLatin1Char(')')) {
            if (keptParentheses.isEmpty() || keptParentheses.takeLast())
                out += c;
        } else if (!c.isSpace()) {
            out += c.toLower();
        }
    }
    return out;
}

QList<CatalogDifference> compareCatalog(const QList<Table> &declared, const QList<CatalogTable> &actual,
                                        const Dialect &dialect, const CatalogComparisonOptions &options)
{
    Comparer comparer(declared, dialect);
    QHash<QString, const CatalogTable *> actualByName;
    for (const CatalogTable &t : actual)
        actualByName.insert(t.name, &t);
    QSet<QString> declaredNames;
    for (const Table &table : declared) {
        declaredNames.insert(table.name);
        if (const CatalogTable *found = actualByName.value(table.name))
            comparer.compareTable(table, *found);
        else
            comparer.add(
                CatalogDifference::Kind::MissingTable, table.name, {},
                QCoreApplication::translate("Strata::CatalogComparison", "Table %1 is missing from the database.")
                    .arg(table.name));
    }
    if (options.reportExtraTables) {
        for (const CatalogTable &t : actual) {
            if (!declaredNames.contains(t.name) && !options.ignoredTables.contains(t.name))
                comparer.add(
                    CatalogDifference::Kind::ExtraTable, t.name, {},
                    QCoreApplication::translate("Strata::CatalogComparison",
                                                "The database has a table %1 that the schema does not declare.")
                        .arg(t.name));
        }
    }
    return comparer.m_differences;
}

} // namespace Strata
