#pragma once

#include <strata/migration/Plan.h>
#include <strata/model/Schema.h>
#include <strata/sql/Dialect.h>

#include <QList>
#include <QString>
#include <QStringList>

namespace Strata::Ui {

// SQL text for the preview views, with where its statements are: the declared schema's DDL, or a
// plan's migrations each with its statements, destructive ones marked.
struct PlanScript
{
    struct Statement
    {
        QString package;   // empty for DDL
        QString migration; // empty for DDL
        int number = 0;    // 1-based within its migration (or the script)
        int fileLine = 0;  // in the migration file; 0 for DDL
        QString sql;
        int firstLine = 0; // 0-based lines of the statement in `text`
        int lastLine = 0;
        std::optional<DestructiveChange> destructive;
    };

    QString text;
    QList<Statement> statements;
    int migrationCount = 0;

    int destructiveCount() const;
    // 0-based lines of `text` that belong to destructive statements (and their warning comment).
    QList<int> destructiveLines() const;
};

// "-- crm:002_deals  (packages/crm/migrations/002_deals.sql)" then each statement with a comment
// giving its number and file line; "-- DESTRUCTIVE: drops table x" before a destructive one.
PlanScript planScript(const Plan &plan, const QString &projectRoot);
// Statements under a heading comment: one block of a generated migration's script.
struct ScriptBlock
{
    QString package;
    QString heading; // without the "-- "
    QStringList statements;
};
// The blocks one after the other, each statement ended with a semicolon, destructive ones marked
// as planScript marks them ("-- DESTRUCTIVE: ..." above, and in destructiveLines()).
PlanScript statementsScript(const QList<ScriptBlock> &blocks, DialectKind dialect);
// The CREATE statements of `tables` in `dialect` (DdlRenderer), each marked as a statement.
PlanScript schemaScript(const QList<Table> &tables, DialectKind dialect);

} // namespace Strata::Ui
