#include "PostgresDdlNodes.h"

namespace Strata::PostgresDdlNodes {

QString nodeType(const QJsonObject &node)
{
    return node.isEmpty() ? QString() : node.constBegin().key();
}

QJsonObject inner(const QJsonObject &node)
{
    return node.isEmpty() ? QJsonObject() : node.constBegin().value().toObject();
}

QJsonObject field(const QJsonObject &object, const char *name)
{
    return object.value(QLatin1String(name)).toObject();
}

QString string(const QJsonObject &object, const char *name)
{
    return object.value(QLatin1String(name)).toString();
}

bool flag(const QJsonObject &object, const char *name)
{
    return object.value(QLatin1String(name)).toBool(false);
}

QJsonArray list(const QJsonObject &object, const char *name)
{
    return object.value(QLatin1String(name)).toArray();
}

QStringList names(const QJsonArray &strings)
{
    QStringList out;
    out.reserve(strings.size());
    for (const QJsonValue &value : strings)
        out.append(value.toObject().value(QLatin1String("String")).toObject().value(QLatin1String("sval")).toString());
    return out;
}

QStringList listNames(const QJsonObject &listNode)
{
    return names(field(listNode, "List").value(QLatin1String("items")).toArray());
}

namespace {

void collectColumnRefs(const QJsonValue &value, QStringList *out)
{
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectColumnRefs(item, out);
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key() == u"ColumnRef") {
            const QStringList fields = names(it.value().toObject().value(QLatin1String("fields")).toArray());
            if (!fields.isEmpty() && !fields.last().isEmpty() && !out->contains(fields.last()))
                out->append(fields.last());
        } else if (it.value().isObject() || it.value().isArray()) {
            collectColumnRefs(it.value(), out);
        }
    }
}

} // namespace

QStringList columnRefs(const QJsonValue &expression)
{
    QStringList out;
    collectColumnRefs(expression, &out);
    return out;
}

QualifiedName qualified(const QStringList &parts)
{
    QualifiedName name;
    if (parts.isEmpty())
        return name;
    name.name = parts.last();
    name.outside = parts.size() > 1 && parts.at(parts.size() - 2) != u"public";
    return name;
}

QualifiedName relation(const QJsonObject &rangeVar)
{
    QualifiedName name;
    name.name = string(rangeVar, "relname");
    const QString schema = string(rangeVar, "schemaname");
    name.outside = !schema.isEmpty() && schema != u"public";
    return name;
}

bool changesNoSchema(const QString &type)
{
    static const QStringList types = {
        QStringLiteral("TransactionStmt"), QStringLiteral("VariableSetStmt"), QStringLiteral("VariableShowStmt"),
        QStringLiteral("SelectStmt"),      QStringLiteral("InsertStmt"),      QStringLiteral("UpdateStmt"),
        QStringLiteral("DeleteStmt"),      QStringLiteral("MergeStmt"),
    };
    return types.contains(type);
}

QString words(QString camelCase)
{
    if (camelCase.startsWith(u"AT_"))
        camelCase = camelCase.mid(3);
    if (camelCase.endsWith(u"Stmt"))
        camelCase.chop(4);
    QString out;
    for (qsizetype i = 0; i < camelCase.size(); ++i) {
        const QChar c = camelCase.at(i);
        if (c.isUpper() && i > 0 && !camelCase.at(i - 1).isUpper())
            out += u' ';
        out += c == u'_' ? QChar(u' ') : c.toUpper();
    }
    return out;
}

QString statementKind(const QString &type, const QJsonObject &node)
{
    if (type == u"CreateFunctionStmt")
        return flag(node, "is_procedure") ? QStringLiteral("CREATE PROCEDURE") : QStringLiteral("CREATE FUNCTION");
    if (type == u"DoStmt")
        return QStringLiteral("DO");
    if (type == u"CreateTrigStmt")
        return QStringLiteral("CREATE TRIGGER");
    if (type == u"ViewStmt")
        return QStringLiteral("CREATE VIEW");
    if (type == u"CreateSeqStmt")
        return QStringLiteral("CREATE SEQUENCE");
    if (type == u"AlterSeqStmt")
        return QStringLiteral("ALTER SEQUENCE");
    if (type == u"CreateTableAsStmt")
        return string(node, "objtype") == u"OBJECT_MATVIEW" ? QStringLiteral("CREATE MATERIALIZED VIEW")
                                                           : QStringLiteral("CREATE TABLE AS");
    if (type == u"GrantStmt")
        return flag(node, "is_grant") ? QStringLiteral("GRANT") : QStringLiteral("REVOKE");
    if (type == u"CompositeTypeStmt")
        return QStringLiteral("CREATE TYPE");
    if (type == u"CreateDomainStmt")
        return QStringLiteral("CREATE DOMAIN");
    if (type == u"DropStmt" || type == u"AlterTableStmt" || type == u"RenameStmt" || type == u"CommentStmt") {
        const QString object = string(node, type == u"DropStmt" ? "removeType"
                                            : type == u"RenameStmt" ? "renameType"
                                                                    : "objtype")
                                   .mid(7) // OBJECT_
                                   .replace(u'_', u' ');
        if (type == u"DropStmt")
            return QStringLiteral("DROP ") + object;
        if (type == u"CommentStmt")
            return QStringLiteral("COMMENT ON ") + object;
        if (type == u"RenameStmt")
            return QStringLiteral("RENAME ") + object;
        return QStringLiteral("ALTER ") + object;
    }
    return words(type);
}

} // namespace Strata::PostgresDdlNodes
