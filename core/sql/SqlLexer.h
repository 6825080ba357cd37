#pragma once

#include <strata/sql/Dialect.h>

#include <QString>
#include <QtGlobal>

namespace Strata::SqlLexer {

// The lexical shapes that matter for splitting scripts: a statement ends at a semicolon that is not
// inside a string, a quoted identifier, a dollar quote or a comment. Works on UTF-8 bytes so that
// offsets agree with libpg_query and SQLite, which both count bytes.
enum class TokenKind { Space, Comment, Quoted, Semicolon, Other };

struct Token
{
    TokenKind kind = TokenKind::Other;
    qsizetype end = 0; // one past the token's last byte
};

// The token that starts at `pos` (< `end`). Unterminated strings and comments run to `end`.
Token next(const char *data, qsizetype pos, qsizetype end, DialectKind dialect);

// The first byte at or after `pos` that is neither whitespace nor part of a comment (`end` if none).
qsizetype skipSpaceAndComments(const char *data, qsizetype pos, qsizetype end, DialectKind dialect);

// A name as written in SQL, its quotes removed ("a""b", `a`, [a], and SQLite's 'a'); other text as it is.
QString unquotedIdentifier(const QString &name);

// The name the token at `pos` stands for when it is one: a word's text, or a quoted name without its
// quotes. Empty for anything else, a '...' string included (SQLite reads 'name' as a name only where
// a name must stand, which the text around it would have to tell).
QString identifierAt(const char *data, qsizetype pos, const Token &token);

} // namespace Strata::SqlLexer
