#pragma once

// The invariants of StatementSplitter that both splitter harnesses check, for their dialect.

#include "FuzzSupport.h"

#include <strata/sql/StatementSplitter.h>

namespace Strata::Fuzz {

// Line and column (code points) of UTF-16 index `index` of `text`.
inline Position positionOf(const QString &text, qsizetype index)
{
    Position position;
    for (qsizetype i = 0; i < index && i < text.size(); ++i) {
        if (text.at(i) == u'\n') {
            ++position.line;
            position.column = 1;
        } else if (!text.at(i).isLowSurrogate()) {
            ++position.column;
        }
    }
    return position;
}

inline void checkSplit(const uint8_t *data, size_t size, DialectKind dialect)
{
    // Scripts come from files read as UTF-8: invalid bytes become U+FFFD, as in the loaders.
    const QString script = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const int lines = int(script.count(u'\n')) + 1;

    QList<SqlSyntaxError> errors;
    const QList<SqlStatement> statements = StatementSplitter::split(script, dialect, &errors);

    qsizetype previousEnd = 0;
    for (const SqlStatement &statement : statements) {
        const QString where = QStringLiteral("statement at %1:%2 offset %3: \"%4\"")
                                  .arg(statement.line)
                                  .arg(statement.column)
                                  .arg(statement.offset)
                                  .arg(statement.sql.left(80));
        // Each statement is the text of the script at its offset, in order, without overlap.
        FUZZ_CHECK(!statement.sql.isEmpty(), where);
        FUZZ_CHECK(statement.offset >= previousEnd, where);
        FUZZ_CHECK(statement.offset + statement.sql.size() <= script.size(), where);
        FUZZ_CHECK(QStringView(script).mid(statement.offset, statement.sql.size()) == statement.sql, where);
        // Its line and column are those of its offset.
        const Position expected = positionOf(script, statement.offset);
        FUZZ_CHECK(statement.line == expected.line && statement.column == expected.column,
                   where + QStringLiteral(", expected %1:%2").arg(expected.line).arg(expected.column));
        // It starts at a token, never at the white space (SQL's, ASCII) before it. Its end may be white
        // space: an unterminated quote runs to the end of the script, and its text is the literal's.
        FUZZ_CHECK(!QStringLiteral(" \t\n\r\f\v").contains(statement.sql.front()), where);
        previousEnd = statement.offset + statement.sql.size();
    }
    for (const SqlSyntaxError &error : errors) {
        const QString where = QStringLiteral("error at %1:%2: %3").arg(error.line).arg(error.column).arg(error.message);
        FUZZ_CHECK(!error.message.isEmpty(), where);
        FUZZ_CHECK(error.line >= 1 && error.line <= lines && error.column >= 1, where);
    }

    // The entry points agree: splitting without collecting errors, and checking syntax alone.
    const QList<SqlStatement> again = StatementSplitter::split(script, dialect);
    FUZZ_CHECK(again.size() == statements.size(), QStringLiteral("%1 statements, then %2").arg(statements.size()).arg(again.size()));
    for (qsizetype i = 0; i < again.size(); ++i) {
        FUZZ_CHECK(again[i].sql == statements[i].sql && again[i].offset == statements[i].offset,
                   QStringLiteral("statement %1 differs").arg(i));
    }
    const QList<SqlSyntaxError> checked = StatementSplitter::checkSyntax(script, dialect);
    FUZZ_CHECK(checked.size() == errors.size(), QStringLiteral("%1 errors, then %2").arg(errors.size()).arg(checked.size()));
}

} // namespace Strata::Fuzz
