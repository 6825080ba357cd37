#include <strata/sql/StatementSplitter.h>

#include <strata/common/Utf8.h>
#include <strata/sql/SqlLexer.h>

#include <pg_query.h>
#include <sqlite3.h>

#include <cstring>
#include <string>

namespace Strata {

namespace {

// A statement as a byte range of the UTF-8 script: from its first significant byte to the end of its
// last significant token (no trailing comments, whitespace or semicolon).
struct Piece
{
    qsizetype begin = 0;
    qsizetype end = 0;
};

// Walks a UTF-8 buffer forward only, keeping line, column (code points) and UTF-16 offset, so that
// locating every statement of a script costs one pass over it.
class Utf8Cursor
{
public:
    explicit Utf8Cursor(const QByteArray &data) : m_data(data.constData()), m_size(data.size()) {}

    void advanceToByte(qsizetype target)
    {
        target = qMin(target, m_size);
        while (m_pos < target)
            step();
    }

    void advanceCodePoints(qsizetype count)
    {
        while (count > 0 && m_pos < m_size) {
            step();
            while (m_pos < m_size && Utf8::isContinuation(static_cast<unsigned char>(m_data[m_pos])))
                ++m_pos;
            --count;
        }
    }

    qsizetype bytePosition() const { return m_pos; }
    int line() const { return m_line; }
    int column() const { return m_column; }
    qsizetype utf16Offset() const { return m_utf16; }

private:
    void step()
    {
        const auto c = static_cast<unsigned char>(m_data[m_pos++]);
        if (c == '\n') {
            ++m_line;
            m_column = 1;
            ++m_utf16;
        } else if (!Utf8::isContinuation(c)) { // a lead byte starts a code point
            ++m_column;
            m_utf16 += c >= 0xF0 ? 2 : 1; // 4-byte sequences are surrogate pairs in UTF-16
        }
    }

    const char *m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_column = 1;
    qsizetype m_utf16 = 0;
};

// The significant part of [begin, end): from its first significant byte to the end of its last
// significant token. Semicolons inside (BEGIN ATOMIC ... END bodies) stay; trailing ones go.
Piece trimPiece(const char *data, qsizetype begin, qsizetype end, DialectKind dialect)
{
    Piece piece;
    piece.begin = SqlLexer::skipSpaceAndComments(data, begin, end, dialect);
    piece.end = piece.begin;
    for (qsizetype pos = piece.begin; pos < end;) {
        const SqlLexer::Token token = SqlLexer::next(data, pos, end, dialect);
        if (token.kind == SqlLexer::TokenKind::Quoted || token.kind == SqlLexer::TokenKind::Other)
            piece.end = token.end;
        pos = token.end;
    }
    return piece;
}

// sqlite3_complete() runs a small state machine over SQLite's tokens and answers "complete" when it
// ends in its START state. A semicolon leads there from every state except two: TRIGGER (inside
// CREATE TRIGGER ... BEGIN) and SEMI (after a semicolon in that body), which both lead to SEMI. So
// when a statement is not complete at a semicolon, the machine stands in SEMI, the same state as
// after "CREATE TRIGGER;", whatever came before; the text since that semicolon decides the rest.
// Asking about "CREATE TRIGGER;" plus that text gives sqlite3_complete()'s own answer for the whole
// statement while reading each byte once: asking from the statement's start at every semicolon
// read a trigger body of n semicolons n times (100,000 "SELECT 1;" lines took a minute).
// (A NUL byte ends the string sqlite3_complete() reads: from the first NUL of a statement on, its
// answer stays what the text before that NUL gives, so a "no" there is a "no" to the statement's end.
// Unterminated strings and comments, its other early "no", cannot come before a semicolon that the
// lexer found outside them.)
constexpr char InsideTriggerBody[] = "CREATE TRIGGER;";

// Splits at semicolons outside strings, quoted identifiers and comments. For SQLite a semicolon ends a
// statement only when sqlite3_complete() agrees, which keeps CREATE TRIGGER ... BEGIN ...; END; whole.
QList<Piece> splitLexically(const QByteArray &utf8, DialectKind dialect)
{
    QList<Piece> pieces;
    const char *data = utf8.constData();
    const qsizetype size = utf8.size();
    qsizetype start = -1;
    qsizetype lastSignificant = 0;
    qsizetype incompleteAt = -1; // end of the statement's last semicolon that did not complete it
    bool neverComplete = false;  // the statement holds a NUL byte before which it is incomplete
    std::string buffer; // sqlite3_complete() wants a NUL-terminated string
    for (qsizetype pos = 0; pos < size;) {
        const SqlLexer::Token token = SqlLexer::next(data, pos, size, dialect);
        switch (token.kind) {
        case SqlLexer::TokenKind::Space:
        case SqlLexer::TokenKind::Comment:
            break;
        case SqlLexer::TokenKind::Semicolon:
            if (start >= 0) {
                if (dialect == DialectKind::SQLite) {
                    const qsizetype from = incompleteAt < 0 ? start : incompleteAt;
                    if (!neverComplete) {
                        if (incompleteAt < 0)
                            buffer.clear();
                        else
                            buffer.assign(InsideTriggerBody);
                        buffer.append(data + from, size_t(token.end - from));
                    }
                    if (neverComplete || !sqlite3_complete(buffer.c_str())) {
                        neverComplete = neverComplete || std::memchr(data + from, 0, size_t(token.end - from));
                        lastSignificant = token.end;
                        incompleteAt = token.end;
                        break;
                    }
                }
                pieces.append({start, lastSignificant});
                start = -1;
                incompleteAt = -1;
                neverComplete = false;
            }
            break;
        case SqlLexer::TokenKind::Quoted:
        case SqlLexer::TokenKind::Other:
            if (start < 0)
                start = pos;
            lastSignificant = token.end;
            break;
        }
        pos = token.end;
    }
    if (start >= 0)
        pieces.append({start, lastSignificant});
    return pieces;
}

// PostgreSQL: libpg_query's parser knows where statements end (BEGIN ATOMIC bodies, dollar quotes).
// A script it cannot parse is split lexically instead: pg_query_split_with_scanner drops statements
// that start with an unknown word and gives up on unterminated strings, which is what broken scripts hold.
QList<Piece> splitPostgres(const QByteArray &utf8, QList<SqlSyntaxError> *errors)
{
    QList<Piece> pieces;
    PgQuerySplitResult result = pg_query_split_with_parser(utf8.constData());
    if (result.error) {
        pieces = splitLexically(utf8, DialectKind::PostgreSQL);
        if (errors) {
            SqlSyntaxError error;
            error.message = QString::fromUtf8(result.error->message);
            // cursorpos counts characters (code points) from 1; 0 means "unknown".
            Utf8Cursor cursor(utf8);
            if (result.error->cursorpos > 0)
                cursor.advanceCodePoints(result.error->cursorpos - 1);
            // "at end of input" points past trailing blank lines and comments: show it where the
            // last statement stops instead, which is where something is missing.
            const qsizetype lastEnd = pieces.isEmpty() ? 0 : pieces.last().end;
            if (result.error->cursorpos <= 0 || cursor.bytePosition() > lastEnd) {
                cursor = Utf8Cursor(utf8);
                cursor.advanceToByte(result.error->cursorpos > 0 || pieces.isEmpty() ? lastEnd
                                                                                     : pieces.first().begin);
            }
            error.line = cursor.line();
            error.column = cursor.column();
            errors->append(error);
        }
        pg_query_free_split_result(result);
        return pieces;
    }
    pieces.reserve(result.n_stmts);
    for (int i = 0; i < result.n_stmts; ++i) {
        const PgQuerySplitStmt *stmt = result.stmts[i];
        const qsizetype begin = stmt->stmt_location;
        const qsizetype end = qMin<qsizetype>(begin + stmt->stmt_len, utf8.size());
        const Piece piece = trimPiece(utf8.constData(), begin, end, DialectKind::PostgreSQL);
        if (piece.end > piece.begin)
            pieces.append(piece);
    }
    pg_query_free_split_result(result);
    return pieces;
}

// One in-memory connection per thread: opening one costs more than preparing a statement, and a
// connection must not be used by two threads at once.
class ThreadConnection
{
public:
    ~ThreadConnection()
    {
        if (m_db)
            sqlite3_close(m_db);
    }
    sqlite3 *get()
    {
        if (!m_db
            && sqlite3_open_v2(":memory:", &m_db,
                               SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_MEMORY
                                   | SQLITE_OPEN_NOMUTEX,
                               nullptr)
                != SQLITE_OK) {
            sqlite3_close(m_db);
            m_db = nullptr;
        }
        return m_db;
    }

    // Prepares with table and view creation skipped (see skipSchemaChanges), or exactly as SQLite
    // would prepare the statement to run it.
    void setQuick(bool quick)
    {
        if (m_quick == quick)
            return;
        sqlite3_set_authorizer(m_db, quick ? skipSchemaChanges : nullptr, &m_skipped);
        m_quick = quick;
    }
    // Whether the last quick prepare left anything out (the full one may then end otherwise).
    bool skipped() const { return m_skipped; }
    void resetSkipped() { m_skipped = false; }

private:
    // SQLITE_IGNORE lets the statement "continue to be compiled" without the action: the grammar
    // still reads every token of a CREATE TABLE, but SQLite neither builds the table nor compiles
    // the nested update of its schema table, which was half the cost of checking a migration.
    static int skipSchemaChanges(void *skipped, int action, const char *, const char *, const char *, const char *)
    {
        switch (action) {
        case SQLITE_CREATE_TABLE:
        case SQLITE_CREATE_TEMP_TABLE:
        case SQLITE_CREATE_VIEW:
        case SQLITE_CREATE_TEMP_VIEW:
            *static_cast<bool *>(skipped) = true;
            return SQLITE_IGNORE;
        default:
            return SQLITE_OK;
        }
    }

    sqlite3 *m_db = nullptr;
    bool m_quick = false;
    bool m_skipped = false;
};

// Errors of SQLite's tokenizer and parser. Anything else ("no such table", "duplicate column name")
// depends on the database the script runs against: a migration may use tables an earlier one creates.
bool isSqliteSyntaxError(const char *message)
{
    static const char *const markers[] = {"syntax error", "incomplete input", "unrecognized token",
                                          "unknown table option", "parser stack overflow"};
    for (const char *marker : markers) {
        if (std::strstr(message, marker))
            return true;
    }
    return false;
}

struct SqliteError
{
    QString message;
    qsizetype byteOffset = 0;
};

// Prepares (never runs) each statement; returns the syntax errors in script order.
QList<SqliteError> checkSqlite(const QByteArray &utf8, const QList<Piece> &pieces)
{
    QList<SqliteError> found;
    static thread_local ThreadConnection connection;
    sqlite3 *db = connection.get();
    if (!db)
        return found;
    const auto prepare = [&](const Piece &piece) {
        sqlite3_stmt *statement = nullptr;
        const int rc = sqlite3_prepare_v2(db, utf8.constData() + piece.begin, int(piece.end - piece.begin),
                                          &statement, nullptr);
        sqlite3_finalize(statement);
        return rc;
    };
    for (const Piece &piece : pieces) {
        // The quick prepare runs the same grammar over the same tokens; it only leaves out building
        // a table or view. When it succeeds there is no syntax error to find. When it fails after
        // leaving something out, the statement is prepared again the full way, so that the error
        // reported (or the semantic one that hides it, as before) is exactly SQLite's own; when it
        // left nothing out, its result is the full one.
        connection.setQuick(true);
        connection.resetSkipped();
        int rc = prepare(piece);
        if (rc != SQLITE_OK && connection.skipped()) {
            connection.setQuick(false);
            rc = prepare(piece);
        }
        if (rc == SQLITE_OK)
            continue;
        const char *message = sqlite3_errmsg(db);
        if (!isSqliteSyntaxError(message))
            continue;
        const int offset = sqlite3_error_offset(db);
        qsizetype at = piece.begin;
        if (offset >= 0)
            at = piece.begin + offset;
        else if (std::strstr(message, "incomplete input"))
            at = piece.end; // the statement stops where something more was expected
        found.append({QString::fromUtf8(message), at});
    }
    return found;
}

} // namespace

QList<SqlStatement> StatementSplitter::split(const QString &script, DialectKind dialect)
{
    return split(script, dialect, nullptr);
}

QList<SqlSyntaxError> StatementSplitter::checkSyntax(const QString &script, DialectKind dialect)
{
    QList<SqlSyntaxError> errors;
    split(script, dialect, &errors);
    return errors;
}

QList<SqlStatement> StatementSplitter::split(const QString &script, DialectKind dialect,
                                             QList<SqlSyntaxError> *errors)
{
    const QByteArray utf8 = script.toUtf8();
    const QList<Piece> pieces = dialect == DialectKind::PostgreSQL ? splitPostgres(utf8, errors)
                                                                   : splitLexically(utf8, dialect);

    QList<SqlStatement> statements;
    statements.reserve(pieces.size());
    Utf8Cursor cursor(utf8);
    for (const Piece &piece : pieces) {
        cursor.advanceToByte(piece.begin);
        SqlStatement statement;
        statement.sql = QString::fromUtf8(utf8.constData() + piece.begin, piece.end - piece.begin);
        statement.line = cursor.line();
        statement.column = cursor.column();
        statement.offset = cursor.utf16Offset();
        statements.append(statement);
    }

    if (errors && dialect == DialectKind::SQLite) {
        Utf8Cursor errorCursor(utf8);
        for (const SqliteError &found : checkSqlite(utf8, pieces)) {
            errorCursor.advanceToByte(found.byteOffset);
            errors->append({found.message, errorCursor.line(), errorCursor.column()});
        }
    }
    return statements;
}

} // namespace Strata
