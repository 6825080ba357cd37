#pragma once

#include <strata/diff/PostgresDdlInterpreter.h>
#include <strata/diff/PostgresParseTree.h>
#include <strata/diff/PostgresSqlText.h>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

namespace Strata {

// One statement of a script: its parse tree and where its text stands.
struct PostgresDdlInterpreter::Statement
{
    std::shared_ptr<const PostgresParseTree::Document> tree; // what `node` stands in
    ParseNode node;     // {"CreateStmt": {...}}
    QByteArray source;  // the UTF-8 text libpg_query parsed (the script, or this statement alone)
    qsizetype base = 0; // byte offset of `source` in the script
    PostgresSqlText::Range range; // the statement within `source`
    SourceLocation location;

    QString sql() const { return PostgresSqlText::text(source, range); }
    // A byte offset the parse tree gives (within `source`), or the statement's start when unknown.
    qsizetype at(const ParseNode &node) const
    {
        const int location = node.value(QLatin1String("location")).toInt(-1);
        return location < 0 ? range.begin : location;
    }
};

// A script parsed, its statements not yet applied.
struct PostgresDdlInterpreter::ParsedScript
{
    QByteArray utf8;
    QList<Statement> statements; // those before a syntax error
    QString syntaxError;         // translated; null when the script parses
    qsizetype syntaxOffset = 0;  // byte offset of the error in the script
};

// The messages of the interpreter, in the context "Strata::PostgresDdlInterpreter".
struct PostgresDdlText
{
    Q_DECLARE_TR_FUNCTIONS(Strata::PostgresDdlInterpreter)
};

// Reading libpg_query's JSON parse tree, where every node is {"NodeType": {fields}}.
namespace PostgresDdlNodes {

QString nodeType(const ParseNode &node);
ParseNode inner(const ParseNode &node);
ParseNode field(const ParseNode &object, const char *name);
QString string(const ParseNode &object, const char *name);
bool flag(const ParseNode &object, const char *name);
ParseNode list(const ParseNode &object, const char *name);
// A list of String nodes ("keys", "fk_attrs", a List's "items") as names.
QStringList names(const ParseNode &strings);
// The names of a List node ({"List": {"items": [...]}}).
QStringList listNames(const ParseNode &listNode);
// Every column an expression names (ColumnRef), each once, in order.
QStringList columnRefs(const ParseNode &expression);

// A qualified name split: `name` is its last part; `outside` when it names a schema other than
// public (which the interpreter does not follow: the catalog it stands for is public's).
struct QualifiedName
{
    QString name;
    bool outside = false;
};
QualifiedName qualified(const QStringList &parts);
// A RangeVar ({"relname", "schemaname"}).
QualifiedName relation(const ParseNode &rangeVar);

// The column of that name, or null.
Column *findColumn(Table &table, const QString &name);
// A Constraint node's type: "CONSTR_PRIMARY", "CONSTR_CHECK", ...
QString contype(const ParseNode &constraint);

// Statements that change no schema: transaction control, SET, data.
bool changesNoSchema(const QString &type);
// The name a statement not followed is reported by: "CREATE FUNCTION", "DO", "DROP VIEW", ...
QString statementKind(const QString &type, const ParseNode &node);
// "AT_EnableRowSecurity" -> "ENABLE ROW SECURITY"; "CreatePolicyStmt" -> "CREATE POLICY".
QString words(QString camelCase);

} // namespace PostgresDdlNodes

} // namespace Strata
