#include <strata/diff/PostgresDdlNodes.h>

namespace Strata::PostgresDdlNodes {

QString nodeType(const ParseNode &node)
{
    return node.firstKey();
}

ParseNode inner(const ParseNode &node)
{
    return node.at(0).toObject();
}

ParseNode field(const ParseNode &object, const char *name)
{
    return object.value(QLatin1String(name)).toObject();
}

QString string(const ParseNode &object, const char *name)
{
    return object.value(QLatin1String(name)).toString();
}

bool flag(const ParseNode &object, const char *name)
{
    return object.value(QLatin1String(name)).toBool(false);
}

ParseNode list(const ParseNode &object, const char *name)
{
    return object.value(QLatin1String(name)).toArray();
}

QStringList names(const ParseNode &strings)
{
    QStringList out;
    out.reserve(strings.size());
    for (const ParseNode &value : strings)
        out.append(value.toObject().value(QLatin1String("String")).toObject().value(QLatin1String("sval")).toString());
    return out;
}

QStringList listNames(const ParseNode &listNode)
{
    return names(field(listNode, "List").value(QLatin1String("items")).toArray());
}

namespace {

void collectColumnRefs(const ParseNode &value, QStringList *out)
{
    if (value.isArray()) {
        for (const ParseNode &item : value.toArray())
            collectColumnRefs(item, out);
        return;
    }
    if (!value.isObject())
        return;
    for (const ParseNode child : value) {
        if (child.key() == QLatin1StringView("ColumnRef")) {
            const QStringList fields = names(child.value(QLatin1String("fields")).toArray());
            if (!fields.isEmpty() && !fields.last().isEmpty() && !out->contains(fields.last()))
                out->append(fields.last());
        } else if (child.isObject() || child.isArray()) {
            collectColumnRefs(child, out);
        }
    }
}

} // namespace

QStringList columnRefs(const ParseNode &expression)
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

QualifiedName relation(const ParseNode &rangeVar)
{
    QualifiedName name;
    name.name = string(rangeVar, "relname");
    const QString schema = string(rangeVar, "schemaname");
    name.outside = !schema.isEmpty() && schema != u"public";
    return name;
}

Column *findColumn(Table &table, const QString &name)
{
    for (Column &column : table.columns) {
        if (column.name == name)
            return &column;
    }
    return nullptr;
}

QString contype(const ParseNode &constraint)
{
    return string(constraint, "contype");
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

QString statementKind(const QString &type, const ParseNode &node)
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
