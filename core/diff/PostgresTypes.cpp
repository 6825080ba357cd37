#include <strata/diff/PostgresTypes.h>

#include <QHash>

namespace Strata::PostgresTypes {

namespace {

QStringList names(const ParseNode &typeName)
{
    QStringList out;
    for (const ParseNode &name : typeName.value(QLatin1String("names")).toArray())
        out.append(name.toObject().value(QLatin1String("String")).toObject().value(QLatin1String("sval")).toString());
    return out;
}

// The integer modifiers: varchar(40) -> {40}, numeric(12,2) -> {12, 2}. A modifier that is not an
// integer constant gives -1.
QList<int> modifiers(const ParseNode &typeName)
{
    QList<int> out;
    for (const ParseNode &value : typeName.value(QLatin1String("typmods")).toArray()) {
        const ParseNode constant = value.toObject().value(QLatin1String("A_Const")).toObject();
        const ParseNode integer = constant.value(QLatin1String("ival"));
        // The JSON output leaves zero out: {"ival": {}}.
        out.append(integer.isObject() ? integer.toObject().value(QLatin1String("ival")).toInt(0) : -1);
    }
    return out;
}

QString joined(const QList<int> &values)
{
    QStringList parts;
    for (int v : values)
        parts.append(QString::number(v));
    return parts.isEmpty() ? QString() : QLatin1Char('(') + parts.join(QLatin1Char(',')) + QLatin1Char(')');
}

// format_type()'s spelling of a built-in type with its modifiers.
QString catalogSpelling(const QString &name, const QList<int> &mods)
{
    static const QHash<QString, QString> plain = {
        {QStringLiteral("int4"), QStringLiteral("integer")},  {QStringLiteral("int8"), QStringLiteral("bigint")},
        {QStringLiteral("int2"), QStringLiteral("smallint")}, {QStringLiteral("float4"), QStringLiteral("real")},
        {QStringLiteral("float8"), QStringLiteral("double precision")},
        {QStringLiteral("bool"), QStringLiteral("boolean")},  {QStringLiteral("varchar"), QStringLiteral("character varying")},
        {QStringLiteral("bpchar"), QStringLiteral("character")}, {QStringLiteral("varbit"), QStringLiteral("bit varying")},
    };
    const QString base = plain.value(name, name);
    if (name == u"timestamp" || name == u"timestamptz" || name == u"time" || name == u"timetz") {
        const QString zone = name.endsWith(u'z') ? QStringLiteral(" with time zone") : QStringLiteral(" without time zone");
        const QString word = name.startsWith(u"timestamp") ? QStringLiteral("timestamp") : QStringLiteral("time");
        return word + joined(mods) + zone;
    }
    if (name == u"bpchar" && mods.isEmpty())
        return QStringLiteral("bpchar");
    return base + joined(mods);
}

} // namespace

QString typeName(const ParseNode &node)
{
    const QStringList parts = names(node);
    if (parts.isEmpty())
        return {};
    if (parts.size() > 1 && parts.at(parts.size() - 2) != u"public" && parts.at(parts.size() - 2) != u"pg_catalog")
        return {};
    return parts.last();
}

bool isSmallSerial(const ParseNode &node)
{
    const QStringList parts = names(node);
    return parts.size() == 1 && (parts.first() == u"smallserial" || parts.first() == u"serial2");
}

ColumnType columnType(const ParseNode &node, const QString &written)
{
    const QStringList parts = names(node);
    const QString name = parts.isEmpty() ? QString() : parts.last();
    const QList<int> mods = modifiers(node);
    const bool array = node.contains(QLatin1String("arrayBounds"));
    const bool builtIn = parts.size() == 2 && parts.first() == u"pg_catalog";
    const bool bare = parts.size() == 1;

    ColumnType type;
    type.spelling = written;
    if (!array && (builtIn || bare)) {
        static const QHash<QString, TypeKind> simple = {
            {QStringLiteral("int4"), TypeKind::Integer},   {QStringLiteral("int8"), TypeKind::BigInt},
            {QStringLiteral("int2"), TypeKind::SmallInt},  {QStringLiteral("bool"), TypeKind::Boolean},
            {QStringLiteral("float4"), TypeKind::Real},    {QStringLiteral("float8"), TypeKind::Double},
            {QStringLiteral("text"), TypeKind::Text},      {QStringLiteral("date"), TypeKind::Date},
            {QStringLiteral("time"), TypeKind::Time},      {QStringLiteral("timestamp"), TypeKind::Timestamp},
            {QStringLiteral("timestamptz"), TypeKind::TimestampTz}, {QStringLiteral("uuid"), TypeKind::Uuid},
            {QStringLiteral("json"), TypeKind::Json},      {QStringLiteral("jsonb"), TypeKind::Jsonb},
            {QStringLiteral("bytea"), TypeKind::Bytes},
        };
        // serial and bigserial are no types of pg_catalog: the parser leaves them as written.
        static const QHash<QString, TypeKind> serials = {
            {QStringLiteral("serial"), TypeKind::Serial}, {QStringLiteral("serial4"), TypeKind::Serial},
            {QStringLiteral("bigserial"), TypeKind::BigSerial}, {QStringLiteral("serial8"), TypeKind::BigSerial},
        };
        // text, uuid, json, ... written without pg_catalog are the same types (int4 too).
        if (const auto it = simple.constFind(name); it != simple.cend() && mods.isEmpty()) {
            type.kind = *it;
            return type;
        }
        if (const auto it = serials.constFind(name); bare && it != serials.cend() && mods.isEmpty()) {
            type.kind = *it;
            return type;
        }
        if ((name == u"varchar" || name == u"bpchar") && mods.size() == 1 && mods.first() > 0) {
            type.kind = name == u"varchar" ? TypeKind::Varchar : TypeKind::Char;
            type.length = mods.first();
            return type;
        }
        if (name == u"numeric" && mods.size() <= 2 && !mods.contains(-1)) {
            type.kind = TypeKind::Numeric;
            type.precision = mods.value(0, 0);
            type.scale = mods.value(1, 0);
            return type;
        }
    }
    QString native;
    if (builtIn || (bare && !mods.isEmpty()))
        native = catalogSpelling(name, mods);
    else
        native = name + joined(mods);
    if (array)
        native += QStringLiteral("[]");
    ColumnType specific = ColumnType::dialectSpecific({{QStringLiteral("postgresql"), native}});
    specific.spelling = written;
    return specific;
}

} // namespace Strata::PostgresTypes
