// Fuzzes the PostgreSQL DDL interpreter (core/diff): any script is interpreted or refused without a
// crash, as a whole and then statement by statement (going on after refusals); a refusal and every
// statement not followed stand on a line of the script; and the schema it leaves is consistent
// whatever the statements did: keys, uniques and indexes name columns of
// their table, foreign keys name tables of the schema, names are not repeated.

#include "FuzzSupport.h"

#include <strata/diff/PostgresDdlInterpreter.h>
#include <strata/sql/StatementSplitter.h>

#include <QSet>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Strata;
    const QString script = QString::fromUtf8(Fuzz::bytes(data, size));
    const int lines = int(script.count(QLatin1Char('\n'))) + 1;
    SourceLocation start;
    start.file = QStringLiteral("/fuzz/0001_input.sql");
    start.line = 5;
    start.column = 1;

    PostgresDdlInterpreter whole;
    const Result<> result = whole.apply(script, start);
    const auto onScriptLine = [&](const SourceLocation &location) {
        return location.file == start.file && location.line >= start.line && location.line < start.line + lines
            && location.column >= 1;
    };
    if (!result)
        FUZZ_CHECK(onScriptLine(result.error().location), result.error().message);
    // Then statement by statement, going on after each refusal, so that the statements after a
    // failure run against what the failed ones left; the checks below read this schema.
    PostgresDdlInterpreter interpreter;
    for (const SqlStatement &statement : StatementSplitter::split(script, DialectKind::PostgreSQL)) {
        SourceLocation at = start;
        at.line = start.line + statement.line - 1;
        const Result<> one = interpreter.apply(statement.sql, at);
        if (!one)
            FUZZ_CHECK(onScriptLine(one.error().location), one.error().message);
    }
    for (const NotFollowedStatement &statement : interpreter.notFollowed()) {
        FUZZ_CHECK(onScriptLine(statement.location), statement.kind);
        FUZZ_CHECK(!statement.kind.isEmpty(), statement.sql);
    }

    QSet<QString> tables;
    for (const Table &table : interpreter.tables()) {
        FUZZ_CHECK(!tables.contains(table.name), table.name);
        tables.insert(table.name);
    }
    for (const Table &table : interpreter.tables()) {
        QSet<QString> columns;
        for (const Column &column : table.columns) {
            FUZZ_CHECK(!columns.contains(column.name), table.name + QLatin1Char('.') + column.name);
            columns.insert(column.name);
            if (column.references.isSet())
                FUZZ_CHECK(tables.contains(column.references.table),
                           table.name + QLatin1Char('.') + column.name + QStringLiteral(" -> ")
                               + column.references.table);
        }
        const auto allColumns = [&](const QStringList &names) {
            for (const QString &name : names) {
                if (!columns.contains(name))
                    return false;
            }
            return true;
        };
        FUZZ_CHECK(allColumns(table.primaryKey), table.name + QStringLiteral(": primary key"));
        for (const UniqueConstraint &unique : table.uniques)
            FUZZ_CHECK(allColumns(unique.columns), table.name + QStringLiteral(": unique"));
        for (const Index &index : table.indexes) {
            FUZZ_CHECK(!index.name.isEmpty(), table.name);
            FUZZ_CHECK(allColumns(index.columns), table.name + QStringLiteral(": index ") + index.name);
        }
        // The side table of constraint names keeps step with the model.
        qsizetype named = table.primaryKey.isEmpty() ? 0 : 1;
        named += table.uniques.size() + table.checks.size();
        FUZZ_CHECK(interpreter.constraintNames(table.name).size() >= named, table.name);
    }
    return 0;
}
