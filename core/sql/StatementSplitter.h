#pragma once

#include <strata/sql/Dialect.h>

#include <QList>
#include <QString>

namespace Strata {

// One statement of an SQL script, with where it starts in that script.
struct SqlStatement
{
    QString sql;    // without the trailing semicolon, comments before it removed, trimmed
    int line = 1;   // 1-based line of its first character within the script
    int column = 1; // 1-based column (code points)
    qsizetype offset = 0; // UTF-16 offset of its first character within the script
};

struct SqlSyntaxError
{
    QString message; // the parser's own message
    int line = 1;    // within the script
    int column = 1;
};

// Splits scripts with each dialect's own parser: libpg_query for PostgreSQL (dollar quotes,
// comments, strings), SQLite's tokenizer (sqlite3_complete) for SQLite (triggers with BEGIN ... END).
class StatementSplitter
{
public:
    static QList<SqlStatement> split(const QString &script, DialectKind dialect);
    // Syntax errors only (a missing table is not a syntax error), with their line in the script.
    static QList<SqlSyntaxError> checkSyntax(const QString &script, DialectKind dialect);
    // Both at once, parsing the script only once: what loaders use. `errors` may be null.
    static QList<SqlStatement> split(const QString &script, DialectKind dialect,
                                     QList<SqlSyntaxError> *errors);
};

} // namespace Strata
