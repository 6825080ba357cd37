#include <strata/sql/SqliteDialect.h>

#include <strata/sql/DialectSupport.h>

#include <QSet>

namespace Strata {

namespace {

// The keywords SQLite 3.40 rejects as a bare table, column or index name (tried one by one in
// each position; tests/core/tst_sqlite_catalog.cpp checks every keyword of the linked SQLite).
// The other keywords ("key", "action", "replace", ...) fall back to identifiers.
const QStringList &sqliteReservedWords()
{
    static const QStringList words = {
        QStringLiteral("add"),
        QStringLiteral("all"),
        QStringLiteral("alter"),
        QStringLiteral("and"),
        QStringLiteral("as"),
        QStringLiteral("autoincrement"),
        QStringLiteral("between"),
        QStringLiteral("case"),
        QStringLiteral("cast"),
        QStringLiteral("check"),
        QStringLiteral("collate"),
        QStringLiteral("commit"),
        QStringLiteral("constraint"),
        QStringLiteral("create"),
        QStringLiteral("current_date"),
        QStringLiteral("current_time"),
        QStringLiteral("current_timestamp"),
        QStringLiteral("default"),
        QStringLiteral("deferrable"),
        QStringLiteral("delete"),
        QStringLiteral("distinct"),
        QStringLiteral("drop"),
        QStringLiteral("else"),
        QStringLiteral("escape"),
        QStringLiteral("except"),
        QStringLiteral("exists"),
        QStringLiteral("foreign"),
        QStringLiteral("from"),
        QStringLiteral("group"),
        QStringLiteral("having"),
        QStringLiteral("if"),
        QStringLiteral("in"),
        QStringLiteral("index"),
        QStringLiteral("insert"),
        QStringLiteral("intersect"),
        QStringLiteral("into"),
        QStringLiteral("is"),
        QStringLiteral("isnull"),
        QStringLiteral("join"),
        QStringLiteral("limit"),
        QStringLiteral("not"),
        QStringLiteral("nothing"),
        QStringLiteral("notnull"),
        QStringLiteral("null"),
        QStringLiteral("on"),
        QStringLiteral("or"),
        QStringLiteral("order"),
        QStringLiteral("primary"),
        QStringLiteral("raise"),
        QStringLiteral("references"),
        QStringLiteral("returning"),
        QStringLiteral("select"),
        QStringLiteral("set"),
        QStringLiteral("table"),
        QStringLiteral("then"),
        QStringLiteral("to"),
        QStringLiteral("transaction"),
        QStringLiteral("union"),
        QStringLiteral("unique"),
        QStringLiteral("update"),
        QStringLiteral("using"),
        QStringLiteral("values"),
        QStringLiteral("when"),
        QStringLiteral("where"),
    };
    return words;
}

} // namespace

QString SqliteDialect::typeName(const ColumnType &type) const
{
    switch (type.kind) {
    case TypeKind::Invalid:
        return {};
    case TypeKind::Text:
        return QStringLiteral("TEXT");
    case TypeKind::Varchar:
        return QStringLiteral("VARCHAR(%1)").arg(type.length);
    case TypeKind::Char:
        return QStringLiteral("CHAR(%1)").arg(type.length);
    case TypeKind::SmallInt:
    case TypeKind::Integer:
    case TypeKind::BigInt:
    case TypeKind::Serial:
    case TypeKind::BigSerial:
        // Exactly "INTEGER": only that spelling makes a single-column key the rowid alias.
        return QStringLiteral("INTEGER");
    case TypeKind::Boolean:
        return QStringLiteral("BOOLEAN");
    case TypeKind::Real:
    case TypeKind::Double:
        return QStringLiteral("REAL");
    case TypeKind::Numeric:
        if (type.precision == 0)
            return QStringLiteral("NUMERIC");
        return QStringLiteral("NUMERIC(%1,%2)").arg(type.precision).arg(type.scale);
    case TypeKind::Date:
    case TypeKind::Time:
    case TypeKind::Timestamp:
    case TypeKind::TimestampTz:
        // ISO-8601 text, the form CURRENT_TIMESTAMP and SQLite's date functions use.
        return QStringLiteral("TEXT");
    case TypeKind::Uuid:
    case TypeKind::Json:
    case TypeKind::Jsonb:
    case TypeKind::Enum:
        return QStringLiteral("TEXT");
    case TypeKind::Bytes:
        return QStringLiteral("BLOB");
    case TypeKind::DialectSpecific:
        return type.dialectTypes.value(QStringLiteral("sqlite"));
    }
    return {};
}

QString SqliteDialect::quoteIdentifier(const QString &identifier) const
{
    return DialectSupport::quoteIdentifierIfNeeded(identifier, *this);
}

QString SqliteDialect::defaultExpression(const Column &column) const
{
    const ColumnDefault &value = column.defaultValue;
    switch (value.kind) {
    case ColumnDefault::Kind::None:
        return {};
    case ColumnDefault::Kind::Literal:
        // SQLite has no boolean storage class: TRUE and FALSE are 1 and 0.
        return DialectSupport::literalDefault(*this, value, QStringLiteral("1"), QStringLiteral("0"));
    case ColumnDefault::Kind::Sql: {
        // SQLite takes only literals and keywords bare: DEFAULT (expr) for anything else.
        const QString sql = value.sql.trimmed();
        return DialectSupport::isBareDefault(sql) ? sql : QLatin1Char('(') + sql + QLatin1Char(')');
    }
    case ColumnDefault::Kind::Now:
        return DialectSupport::nowKeyword(column.type);
    }
    return {};
}

QStringList SqliteDialect::reservedWords() const
{
    return sqliteReservedWords();
}

bool SqliteDialect::isReservedWord(const QString &word) const
{
    static const QSet<QString> words(sqliteReservedWords().cbegin(), sqliteReservedWords().cend());
    return words.contains(word.toLower());
}

} // namespace Strata
