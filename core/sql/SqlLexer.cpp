#include <strata/sql/SqlLexer.h>

#include <cctype>
#include <cstring>

namespace Strata::SqlLexer {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Bytes of PostgreSQL identifiers (non-ASCII letters count, as in PostgreSQL's scanner).
bool isIdentifierByte(char c, bool allowDigit = true)
{
    const auto u = static_cast<unsigned char>(c);
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u == '_' || u >= 0x80
        || (allowDigit && u >= '0' && u <= '9');
}

// A quoted run where a doubled quote stands for itself ('it''s', "a""b").
qsizetype skipQuoted(const char *data, qsizetype pos, qsizetype end, char quote, bool backslashEscapes)
{
    for (qsizetype i = pos + 1; i < end; ++i) {
        if (backslashEscapes && data[i] == '\\') {
            ++i;
        } else if (data[i] == quote) {
            if (i + 1 < end && data[i + 1] == quote) {
                ++i;
                continue;
            }
            return i + 1;
        }
    }
    return end;
}

qsizetype skipBlockComment(const char *data, qsizetype pos, qsizetype end, bool nested)
{
    int depth = 0;
    for (qsizetype i = pos; i < end; ++i) {
        if (data[i] == '/' && i + 1 < end && data[i + 1] == '*' && (nested || depth == 0)) {
            ++depth;
            ++i;
        } else if (data[i] == '*' && i + 1 < end && data[i + 1] == '/') {
            ++i;
            if (--depth == 0)
                return i + 1;
        }
    }
    return end;
}

// PostgreSQL's $tag$ ... $tag$; returns -1 when `pos` does not open a dollar quote ($1 is a parameter).
qsizetype skipDollarQuote(const char *data, qsizetype pos, qsizetype end)
{
    if (pos > 0 && (isIdentifierByte(data[pos - 1]) || data[pos - 1] == '$'))
        return -1;
    qsizetype i = pos + 1;
    if (i < end && data[i] != '$') {
        if (!isIdentifierByte(data[i], false))
            return -1;
        while (i < end && isIdentifierByte(data[i]))
            ++i;
        if (i >= end || data[i] != '$')
            return -1;
    }
    if (i >= end)
        return -1;
    const qsizetype tagLength = i - pos + 1; // "$tag$"
    for (qsizetype j = i + 1; j + tagLength <= end; ++j) {
        if (data[j] == '$' && std::memcmp(data + j, data + pos, size_t(tagLength)) == 0)
            return j + tagLength;
    }
    return end;
}

} // namespace

Token next(const char *data, qsizetype pos, qsizetype end, DialectKind dialect)
{
    const char c = data[pos];
    const bool pg = dialect == DialectKind::PostgreSQL;
    if (isSpace(c)) {
        qsizetype i = pos + 1;
        while (i < end && isSpace(data[i]))
            ++i;
        return {TokenKind::Space, i};
    }
    if (c == ';')
        return {TokenKind::Semicolon, pos + 1};
    if (c == '-' && pos + 1 < end && data[pos + 1] == '-') {
        const void *newline = std::memchr(data + pos, '\n', size_t(end - pos));
        return {TokenKind::Comment, newline ? static_cast<const char *>(newline) - data : end};
    }
    if (c == '/' && pos + 1 < end && data[pos + 1] == '*')
        return {TokenKind::Comment, skipBlockComment(data, pos, end, pg)};
    if (c == '\'') {
        // E'...' strings take backslash escapes; 'E' must be a whole word (not the end of "name").
        const bool escapes = pg && pos > 0 && (data[pos - 1] == 'E' || data[pos - 1] == 'e')
            && (pos < 2 || !isIdentifierByte(data[pos - 2]));
        return {TokenKind::Quoted, skipQuoted(data, pos, end, '\'', escapes)};
    }
    if (c == '"')
        return {TokenKind::Quoted, skipQuoted(data, pos, end, '"', false)};
    if (pg && c == '$') {
        const qsizetype after = skipDollarQuote(data, pos, end);
        if (after > 0)
            return {TokenKind::Quoted, after};
    }
    if (!pg && c == '`')
        return {TokenKind::Quoted, skipQuoted(data, pos, end, '`', false)};
    if (!pg && c == '[') {
        const void *close = std::memchr(data + pos, ']', size_t(end - pos));
        return {TokenKind::Quoted, close ? static_cast<const char *>(close) - data + 1 : end};
    }
    // A run of plain bytes as one token keeps the loop short; stop before anything special.
    qsizetype i = pos + 1;
    if (isIdentifierByte(c)) {
        while (i < end && isIdentifierByte(data[i]))
            ++i;
    }
    return {TokenKind::Other, i};
}

qsizetype skipSpaceAndComments(const char *data, qsizetype pos, qsizetype end, DialectKind dialect)
{
    while (pos < end) {
        const Token token = next(data, pos, end, dialect);
        if (token.kind != TokenKind::Space && token.kind != TokenKind::Comment)
            return pos;
        pos = token.end;
    }
    return end;
}

QString identifierAt(const char *data, qsizetype pos, const Token &token)
{
    const auto first = static_cast<unsigned char>(data[pos]);
    if (token.kind == TokenKind::Other && (std::isalpha(first) || first == '_' || first >= 0x80))
        return QString::fromUtf8(data + pos, token.end - pos);
    if (token.kind == TokenKind::Quoted && first != '\'')
        return unquotedIdentifier(QString::fromUtf8(data + pos, token.end - pos));
    return {};
}

QString unquotedIdentifier(const QString &name)
{
    if (name.size() >= 2) {
        const QChar first = name.front();
        const QChar last = name.back();
        if ((first == u'"' && last == u'"') || (first == u'`' && last == u'`') || (first == u'\'' && last == u'\'')) {
            QString inner = name.mid(1, name.size() - 2);
            inner.replace(QString(2, first), QString(first));
            return inner;
        }
        if (first == u'[' && last == u']')
            return name.mid(1, name.size() - 2);
    }
    return name;
}

} // namespace Strata::SqlLexer
