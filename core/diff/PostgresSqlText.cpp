#include <strata/diff/PostgresSqlText.h>

#include <strata/common/Utf8.h>
#include <strata/sql/SqlLexer.h>

#include <algorithm>
#include <cstring>
#include <initializer_list>

namespace Strata::PostgresSqlText {

namespace {

constexpr qsizetype MaxNameBytes = 63; // NAMEDATALEN - 1

struct Token
{
    qsizetype begin = 0;
    qsizetype end = 0;
    SqlLexer::TokenKind kind = SqlLexer::TokenKind::Other;
};

// The significant tokens of a range, one at a time (whitespace and comments skipped).
class Tokens
{
public:
    Tokens(const QByteArray &sql, qsizetype from, qsizetype end)
        : m_data(sql.constData()), m_pos(from), m_end(qMin(end, sql.size()))
    {}

    bool next(Token *token)
    {
        while (m_pos < m_end) {
            const SqlLexer::Token t = SqlLexer::next(m_data, m_pos, m_end, DialectKind::PostgreSQL);
            const qsizetype begin = m_pos;
            m_pos = t.end;
            if (t.kind == SqlLexer::TokenKind::Space || t.kind == SqlLexer::TokenKind::Comment)
                continue;
            *token = {begin, t.end, t.kind};
            return true;
        }
        return false;
    }

private:
    const char *m_data;
    qsizetype m_pos;
    qsizetype m_end;
};

bool isWord(const QByteArray &sql, const Token &token, const char *word)
{
    const qsizetype length = qsizetype(std::strlen(word));
    return token.kind == SqlLexer::TokenKind::Other && token.end - token.begin == length
        && qstrnicmp(sql.constData() + token.begin, word, size_t(length)) == 0;
}

bool isChar(const QByteArray &sql, const Token &token, char c)
{
    return token.kind == SqlLexer::TokenKind::Other && token.end - token.begin == 1 && sql.at(token.begin) == c;
}

bool isAnyWord(const QByteArray &sql, const Token &token, std::initializer_list<const char *> words)
{
    for (const char *word : words) {
        if (isWord(sql, token, word))
            return true;
    }
    return false;
}

// The words that start a column constraint (or end a type in ALTER COLUMN ... TYPE).
bool startsConstraint(const QByteArray &sql, const Token &token)
{
    return isAnyWord(sql, token,
                     {"not", "null", "constraint", "check", "default", "primary", "unique", "references", "collate",
                      "generated", "deferrable", "initially", "using"});
}

// Bytes of `text` that fit in `bytes` without splitting a character (pg_mbcliplen).
qsizetype clipUtf8(const QByteArray &text, qsizetype bytes)
{
    if (bytes >= text.size())
        return text.size();
    while (bytes > 0 && Utf8::isContinuation(static_cast<unsigned char>(text.at(bytes))))
        --bytes;
    return bytes;
}

} // namespace

Range trimmed(const QByteArray &sql, Range range)
{
    Tokens tokens(sql, range.begin, range.end);
    Token token;
    Range out{range.begin, range.begin};
    bool first = true;
    while (tokens.next(&token)) {
        if (first)
            out.begin = token.begin;
        first = false;
        out.end = token.end;
    }
    return out;
}

QString text(const QByteArray &sql, Range range)
{
    if (range.isEmpty())
        return {};
    return QString::fromUtf8(sql.constData() + range.begin, range.end - range.begin);
}

qsizetype findWord(const QByteArray &sql, qsizetype from, qsizetype end, const char *word)
{
    Tokens tokens(sql, from, end);
    Token token;
    while (tokens.next(&token)) {
        if (isWord(sql, token, word))
            return token.begin;
    }
    return -1;
}

Range checkExpression(const QByteArray &sql, qsizetype from, qsizetype end)
{
    const qsizetype check = findWord(sql, from, end, "check");
    if (check < 0)
        return {};
    Tokens tokens(sql, check, end);
    Token token;
    tokens.next(&token); // CHECK
    if (!tokens.next(&token) || !isChar(sql, token, '('))
        return {};
    const qsizetype open = token.end;
    int depth = 1;
    while (tokens.next(&token)) {
        if (isChar(sql, token, '('))
            ++depth;
        else if (isChar(sql, token, ')') && --depth == 0)
            return trimmed(sql, {open, token.begin});
    }
    return {};
}

Range defaultExpression(const QByteArray &sql, qsizetype from, qsizetype end)
{
    const qsizetype keyword = findWord(sql, from, end, "default");
    if (keyword < 0)
        return {};
    Tokens tokens(sql, keyword, end);
    Token token;
    tokens.next(&token); // DEFAULT
    Range out{token.end, token.end};
    int depth = 0;
    bool first = true;
    while (tokens.next(&token)) {
        if (depth == 0) {
            if (isChar(sql, token, ',') || isChar(sql, token, ')') || token.kind == SqlLexer::TokenKind::Semicolon)
                break;
            if (!first && startsConstraint(sql, token))
                break;
        }
        if (isChar(sql, token, '('))
            ++depth;
        else if (isChar(sql, token, ')'))
            --depth;
        if (first)
            out.begin = token.begin;
        first = false;
        out.end = token.end;
    }
    return out;
}

Range typeText(const QByteArray &sql, qsizetype from, qsizetype end)
{
    Tokens tokens(sql, from, end);
    Token token;
    Range out{from, from};
    int depth = 0;
    while (tokens.next(&token)) {
        if (depth == 0
            && (isChar(sql, token, ',') || isChar(sql, token, ')') || token.kind == SqlLexer::TokenKind::Semicolon
                || startsConstraint(sql, token)))
            break;
        if (isChar(sql, token, '('))
            ++depth;
        else if (isChar(sql, token, ')'))
            --depth;
        out.end = token.end;
    }
    return out;
}

QList<Range> topLevelParts(const QByteArray &sql, Range range)
{
    QList<Range> parts;
    Tokens tokens(sql, range.begin, range.end);
    Token token;
    qsizetype start = range.begin;
    int depth = 0;
    while (tokens.next(&token)) {
        if (isChar(sql, token, '('))
            ++depth;
        else if (isChar(sql, token, ')'))
            --depth;
        else if (depth == 0 && isChar(sql, token, ',')) {
            parts.append(trimmed(sql, {start, token.begin}));
            start = token.end;
        }
    }
    parts.append(trimmed(sql, {start, range.end}));
    return parts;
}

QString renameIdentifier(const QString &expression, const QString &from, const QString &to)
{
    const QByteArray sql = expression.toUtf8();
    const QByteArray bare = from.toUtf8();
    const QByteArray quoted = '"' + QByteArray(bare).replace("\"", "\"\"") + '"';
    const bool plain = !to.isEmpty() && to == to.toLower() && !to.at(0).isDigit()
        && std::all_of(to.cbegin(), to.cend(), [](QChar c) { return c.isLetterOrNumber() || c == u'_'; });
    const QByteArray replacement
        = plain ? to.toUtf8() : '"' + to.toUtf8().replace("\"", "\"\"") + '"';
    QByteArray out;
    qsizetype copied = 0;
    Tokens tokens(sql, 0, sql.size());
    Token token;
    while (tokens.next(&token)) {
        const QByteArray piece = sql.mid(token.begin, token.end - token.begin);
        // An unquoted name is folded to lower case, so only a lower-case `from` can be written bare.
        const bool matches = token.kind == SqlLexer::TokenKind::Other ? from == from.toLower() && piece.toLower() == bare
                                                                      : piece == quoted;
        if (!matches)
            continue;
        out += sql.mid(copied, token.begin - copied) + replacement;
        copied = token.end;
    }
    if (copied == 0)
        return expression;
    out += sql.mid(copied);
    return QString::fromUtf8(out);
}

QString objectName(const QString &name1, const QString &name2, const QString &label)
{
    const QByteArray first = name1.toUtf8();
    const QByteArray second = name2.toUtf8();
    const QByteArray third = label.toUtf8();
    qsizetype overhead = 0;
    if (!second.isEmpty())
        ++overhead; // the underscore before name2
    if (!third.isEmpty())
        overhead += third.size() + 1;
    const qsizetype available = MaxNameBytes - overhead;
    qsizetype firstChars = first.size();
    qsizetype secondChars = second.size();
    while (firstChars + secondChars > available) {
        if (firstChars > secondChars)
            --firstChars;
        else
            --secondChars;
    }
    QByteArray name = first.left(clipUtf8(first, firstChars));
    if (!second.isEmpty())
        name += '_' + second.left(clipUtf8(second, secondChars));
    if (!third.isEmpty())
        name += '_' + third;
    return QString::fromUtf8(name);
}

QString nameAddition(const QStringList &columns)
{
    QByteArray out;
    for (const QString &column : columns) {
        if (!out.isEmpty())
            out += '_';
        // strlcpy into a NAMEDATALEN buffer: at most 63 bytes in all.
        const QByteArray name = column.toUtf8();
        out += name.left(MaxNameBytes - out.size());
        if (out.size() >= MaxNameBytes)
            break;
    }
    // The name is cut again (whole characters) by objectName(); here only the byte budget counts.
    return QString::fromUtf8(out.left(clipUtf8(out, out.size())));
}

void Cursor::advanceTo(qsizetype byte)
{
    byte = qMin(byte, m_data->size());
    const char *data = m_data->constData();
    while (m_pos < byte) {
        const auto c = static_cast<unsigned char>(data[m_pos++]);
        if (c == '\n') {
            ++m_line;
            m_column = 1;
        } else if (!Utf8::isContinuation(c)) {
            ++m_column;
        }
    }
}

} // namespace Strata::PostgresSqlText
