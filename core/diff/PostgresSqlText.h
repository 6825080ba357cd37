#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// The source text of PostgreSQL statements, as the DDL interpreter needs it: expressions (defaults,
// checks) and types kept as written, cut from the UTF-8 script with the byte offsets libpg_query's
// parse tree gives, and PostgreSQL's own rules for the names it gives unnamed objects.
namespace Strata::PostgresSqlText {

// A byte range [begin, end) of a UTF-8 script.
struct Range
{
    qsizetype begin = 0;
    qsizetype end = 0;
    bool isEmpty() const { return end <= begin; }
};

// [begin, end) without leading and trailing whitespace and comments.
Range trimmed(const QByteArray &sql, Range range);
QString text(const QByteArray &sql, Range range);

// The expression inside the parentheses after the first CHECK at or after `from` (before `end`).
Range checkExpression(const QByteArray &sql, qsizetype from, qsizetype end);
// The expression after the first DEFAULT at or after `from`: up to a comma or closing parenthesis
// of the enclosing list, or the next column constraint (NOT NULL, CHECK, REFERENCES, ...).
Range defaultExpression(const QByteArray &sql, qsizetype from, qsizetype end);
// The type written at `from`: words, modifiers in parentheses, array brackets, up to what follows
// it in a column definition (a constraint, COLLATE, USING, a comma or the list's end).
Range typeText(const QByteArray &sql, qsizetype from, qsizetype end);
// The first whole word `word` (case-insensitive, outside quotes and comments) at or after `from`;
// -1 when there is none before `end`.
qsizetype findWord(const QByteArray &sql, qsizetype from, qsizetype end, const char *word);
// The comma-separated parts of [begin, end) at parenthesis depth 0 (the commands of an ALTER TABLE).
QList<Range> topLevelParts(const QByteArray &sql, Range range);

// `expression` with every identifier `from` (bare or quoted) renamed to `to`, as PostgreSQL shows
// an expression after RENAME COLUMN.
QString renameIdentifier(const QString &expression, const QString &from, const QString &to);

// PostgreSQL's makeObjectName(): name1_name2_label cut to 63 bytes, taking bytes from the longer
// of name1 and name2 first and never splitting a character.
QString objectName(const QString &name1, const QString &name2, const QString &label);
// The column part of an index or foreign key name: the columns joined by "_", at most 63 bytes
// (PostgreSQL's ChooseIndexNameAddition).
QString nameAddition(const QStringList &columns);

// Line and column (code points) of byte offsets of a UTF-8 text, asked for in increasing order.
class Cursor
{
public:
    explicit Cursor(const QByteArray &data) : m_data(&data) {}
    void advanceTo(qsizetype byte);
    int line() const { return m_line; }
    int column() const { return m_column; }

private:
    const QByteArray *m_data;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_column = 1;
};

} // namespace Strata::PostgresSqlText
