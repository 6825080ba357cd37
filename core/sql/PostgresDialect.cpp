#include <strata/sql/PostgresDialect.h>

#include <strata/sql/DialectSupport.h>

#include <QSet>

namespace Strata {

namespace {

// PostgreSQL's "reserved" and "reserved (can be function or type)" keywords: neither may be a
// bare table or column name. tests/core/tst_pg_catalog.cpp compares this list with the server's
// pg_get_keywords().
const QStringList &postgresReservedWords()
{
    static const QStringList words = {
        // reserved
        QStringLiteral("all"),
        QStringLiteral("analyse"),
        QStringLiteral("analyze"),
        QStringLiteral("and"),
        QStringLiteral("any"),
        QStringLiteral("array"),
        QStringLiteral("as"),
        QStringLiteral("asc"),
        QStringLiteral("asymmetric"),
        QStringLiteral("both"),
        QStringLiteral("case"),
        QStringLiteral("cast"),
        QStringLiteral("check"),
        QStringLiteral("collate"),
        QStringLiteral("column"),
        QStringLiteral("constraint"),
        QStringLiteral("create"),
        QStringLiteral("current_catalog"),
        QStringLiteral("current_date"),
        QStringLiteral("current_role"),
        QStringLiteral("current_time"),
        QStringLiteral("current_timestamp"),
        QStringLiteral("current_user"),
        QStringLiteral("default"),
        QStringLiteral("deferrable"),
        QStringLiteral("desc"),
        QStringLiteral("distinct"),
        QStringLiteral("do"),
        QStringLiteral("else"),
        QStringLiteral("end"),
        QStringLiteral("except"),
        QStringLiteral("false"),
        QStringLiteral("fetch"),
        QStringLiteral("for"),
        QStringLiteral("foreign"),
        QStringLiteral("from"),
        QStringLiteral("grant"),
        QStringLiteral("group"),
        QStringLiteral("having"),
        QStringLiteral("in"),
        QStringLiteral("initially"),
        QStringLiteral("intersect"),
        QStringLiteral("into"),
        QStringLiteral("lateral"),
        QStringLiteral("leading"),
        QStringLiteral("limit"),
        QStringLiteral("localtime"),
        QStringLiteral("localtimestamp"),
        QStringLiteral("not"),
        QStringLiteral("null"),
        QStringLiteral("offset"),
        QStringLiteral("on"),
        QStringLiteral("only"),
        QStringLiteral("or"),
        QStringLiteral("order"),
        QStringLiteral("placing"),
        QStringLiteral("primary"),
        QStringLiteral("references"),
        QStringLiteral("returning"),
        QStringLiteral("select"),
        QStringLiteral("session_user"),
        QStringLiteral("some"),
        QStringLiteral("symmetric"),
        QStringLiteral("table"),
        QStringLiteral("then"),
        QStringLiteral("to"),
        QStringLiteral("trailing"),
        QStringLiteral("true"),
        QStringLiteral("union"),
        QStringLiteral("unique"),
        QStringLiteral("user"),
        QStringLiteral("using"),
        QStringLiteral("variadic"),
        QStringLiteral("when"),
        QStringLiteral("where"),
        QStringLiteral("window"),
        QStringLiteral("with"),
        // reserved, but may name a function or type
        QStringLiteral("authorization"),
        QStringLiteral("binary"),
        QStringLiteral("collation"),
        QStringLiteral("concurrently"),
        QStringLiteral("cross"),
        QStringLiteral("current_schema"),
        QStringLiteral("freeze"),
        QStringLiteral("full"),
        QStringLiteral("ilike"),
        QStringLiteral("inner"),
        QStringLiteral("is"),
        QStringLiteral("isnull"),
        QStringLiteral("join"),
        QStringLiteral("left"),
        QStringLiteral("like"),
        QStringLiteral("natural"),
        QStringLiteral("notnull"),
        QStringLiteral("outer"),
        QStringLiteral("overlaps"),
        QStringLiteral("right"),
        QStringLiteral("similar"),
        QStringLiteral("tablesample"),
        QStringLiteral("verbose"),
    };
    return words;
}

} // namespace

QString PostgresDialect::typeName(const ColumnType &type) const
{
    switch (type.kind) {
    case TypeKind::Invalid:
        return {};
    case TypeKind::Text:
    case TypeKind::Enum: // text with a CHECK: adding a value later is one ALTER, not a type rebuild
        return QStringLiteral("text");
    case TypeKind::Varchar:
        return QStringLiteral("varchar(%1)").arg(type.length);
    case TypeKind::Char:
        return QStringLiteral("char(%1)").arg(type.length);
    case TypeKind::SmallInt:
        return QStringLiteral("smallint");
    case TypeKind::Integer:
        return QStringLiteral("integer");
    case TypeKind::BigInt:
        return QStringLiteral("bigint");
    case TypeKind::Serial:
        return QStringLiteral("serial");
    case TypeKind::BigSerial:
        return QStringLiteral("bigserial");
    case TypeKind::Boolean:
        return QStringLiteral("boolean");
    case TypeKind::Real:
        return QStringLiteral("real");
    case TypeKind::Double:
        return QStringLiteral("double precision");
    case TypeKind::Numeric:
        if (type.precision == 0)
            return QStringLiteral("numeric");
        return QStringLiteral("numeric(%1,%2)").arg(type.precision).arg(type.scale);
    case TypeKind::Date:
        return QStringLiteral("date");
    case TypeKind::Time:
        return QStringLiteral("time");
    case TypeKind::Timestamp:
        return QStringLiteral("timestamp");
    case TypeKind::TimestampTz:
        return QStringLiteral("timestamptz");
    case TypeKind::Uuid:
        return QStringLiteral("uuid");
    case TypeKind::Json:
        return QStringLiteral("json");
    case TypeKind::Jsonb:
        return QStringLiteral("jsonb");
    case TypeKind::Bytes:
        return QStringLiteral("bytea");
    case TypeKind::DialectSpecific:
        return type.dialectTypes.value(QStringLiteral("postgresql"));
    }
    return {};
}

QString PostgresDialect::quoteIdentifier(const QString &identifier) const
{
    return DialectSupport::quoteIdentifierIfNeeded(identifier, *this);
}

QString PostgresDialect::defaultExpression(const Column &column) const
{
    const ColumnDefault &value = column.defaultValue;
    switch (value.kind) {
    case ColumnDefault::Kind::None:
        return {};
    case ColumnDefault::Kind::Literal:
        return DialectSupport::literalDefault(*this, value, QStringLiteral("TRUE"), QStringLiteral("FALSE"));
    case ColumnDefault::Kind::Sql: {
        // PostgreSQL's DEFAULT takes a restricted expression (no AT TIME ZONE, IS NULL, ...):
        // anything beyond a literal, keyword or function call goes in parentheses, which keeps
        // its meaning.
        const QString sql = value.sql.trimmed();
        return DialectSupport::isBareDefault(sql) || DialectSupport::isFunctionCall(sql)
            ? sql
            : QLatin1Char('(') + sql + QLatin1Char(')');
    }
    case ColumnDefault::Kind::Now:
        return DialectSupport::nowKeyword(column.type);
    }
    return {};
}

QStringList PostgresDialect::reservedWords() const
{
    return postgresReservedWords();
}

bool PostgresDialect::isReservedWord(const QString &word) const
{
    static const QSet<QString> words(postgresReservedWords().cbegin(), postgresReservedWords().cend());
    return words.contains(word.toLower());
}

} // namespace Strata
