#include <strata/json/JsonDocument.h>

#include <strata/common/Utf8.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstring>

namespace Strata::Json {

namespace {

bool isDigit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(unsigned char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void appendUtf8(QByteArray &out, char32_t cp)
{
    if (cp < 0x80) {
        out.append(char(cp));
    } else if (cp < 0x800) {
        out.append(char(0xC0 | (cp >> 6)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.append(char(0xE0 | (cp >> 12)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else {
        out.append(char(0xF0 | (cp >> 18)));
        out.append(char(0x80 | ((cp >> 12) & 0x3F)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    }
}

// Where the parser stands when it meets a character it cannot use; picks the message.
enum class Expecting { Value, CommaOrBracket, CommaOrBrace, Key, Colon, EndOfDocument };

// One pass over the bytes with an explicit stack of open containers instead of recursion, so
// that nesting depth costs heap, not machine stack, and the depth limit is a plain comparison.
class Parser
{
    Q_DECLARE_TR_FUNCTIONS(Strata::Json)

public:
    Parser(const QByteArray &utf8, const QString &file, const ParseLimits &limits)
        : m_data(reinterpret_cast<const unsigned char *>(utf8.constData()))
        , m_size(utf8.size())
        , m_file(file)
        , m_maxDepth(std::clamp(limits.maxDepth, 0, 10000))
    {
    }

    Result<Node> run();

private:
    bool parseDocument(Node &root);
    bool parseScalar(Node &node);
    bool parseString(QString &out);
    bool parseNumber(Node &node);
    bool parseLiteral(Node &node, const char *word, qsizetype length);
    Node *beginMember();

    // Children collect in a scratch list per depth, reused from container to container, and move
    // into the container once, at its exact size, when it closes: no regrowth, no slack.
    void openContainer(Node *node)
    {
        m_stack.push_back(node);
        if (m_items.size() < m_stack.size()) {
            m_items.resize(m_stack.size());
            m_members.resize(m_stack.size());
        }
    }
    void closeContainer()
    {
        Node *node = m_stack.back();
        const size_t depth = m_stack.size() - 1;
        if (node->type == Node::Type::Array) {
            std::vector<Node> &items = m_items[depth];
            node->items.assign(std::make_move_iterator(items.begin()), std::make_move_iterator(items.end()));
            items.clear();
        } else {
            std::vector<Member> &members = m_members[depth];
            node->members.assign(std::make_move_iterator(members.begin()), std::make_move_iterator(members.end()));
            members.clear();
        }
        node->location.length = m_pos - node->location.offset;
        m_stack.pop_back();
    }


    // Short ASCII texts repeat all over schema files ("name", "type", "integer", "0"): one shared
    // QString per text and slot instead of an allocation per occurrence. A slot holds the last
    // text that hashed to it, which is enough for the handful of words a file repeats.
    QString internAscii(const unsigned char *s, qsizetype n)
    {
        if (n == 0 || n > 32)
            return QString::fromLatin1(reinterpret_cast<const char *>(s), n);
        size_t h = size_t(n);
        for (qsizetype i = 0; i < n; ++i)
            h = h * 33 + s[i];
        QString &slot = m_interned[(h ^ (h >> 9)) & (InternSlots - 1)];
        if (slot.size() == n) {
            const QChar *u = slot.constData();
            qsizetype i = 0;
            while (i < n && u[i].unicode() == s[i])
                ++i;
            if (i == n)
                return slot;
        }
        slot = QString::fromLatin1(reinterpret_cast<const char *>(s), n);
        return slot;
    }

    void skipWhitespace()
    {
        while (m_pos < m_size) {
            const unsigned char c = m_data[m_pos];
            if (c == ' ' || c == '\t' || c == '\r') {
                ++m_pos;
            } else if (c == '\n') {
                ++m_pos;
                ++m_line;
                m_lineStart = m_columnOffset = m_pos;
                m_column = 1;
            } else {
                break;
            }
        }
    }

    // Column of byte position p on the current line. Positions asked for only grow, so the count
    // continues from the previous answer and the whole file is counted once.
    int columnAt(qsizetype p)
    {
        if (p < m_columnOffset)
            return columnFromLineStart(p);
        int column = m_column;
        for (qsizetype i = m_columnOffset; i < p; ++i)
            column += !Utf8::isContinuation(m_data[i]);
        m_column = column;
        m_columnOffset = p;
        return column;
    }

    int columnFromLineStart(qsizetype p) const
    {
        int column = 1;
        for (qsizetype i = m_lineStart; i < p; ++i)
            column += !Utf8::isContinuation(m_data[i]);
        return column;
    }

    void begin(Node &node)
    {
        node.location.file = m_file;
        node.location.line = m_line;
        node.location.column = columnAt(m_pos);
        node.location.offset = m_pos;
    }

    bool fail(const QString &message, qsizetype position, qsizetype length)
    {
        m_error.message = message;
        m_error.location.file = m_file;
        m_error.location.line = m_line;
        if (position < m_lineStart) {
            // A position on an earlier line (a trailing comma seen from the closing bracket):
            // walk back to find its line; errors are rare, so the rescan costs nothing.
            qsizetype lineStart = m_lineStart;
            while (lineStart > position) {
                --m_error.location.line;
                --lineStart; // the '\n' ending the previous line
                while (lineStart > 0 && m_data[lineStart - 1] != '\n')
                    --lineStart;
            }
            if (m_error.location.line == 1 && m_size >= 3 && m_data[0] == 0xEF && m_data[1] == 0xBB && m_data[2] == 0xBF)
                lineStart = 3;
            m_lineStart = lineStart;
            m_columnOffset = lineStart;
            m_column = 1;
        }
        m_error.location.column = columnFromLineStart(position);
        m_error.location.offset = position;
        m_error.location.length = length;
        return false;
    }

    bool failEndOfFile() { return fail(tr("unexpected end of file"), m_size, 0); }
    bool failInvalidByte(qsizetype position)
    {
        const QString hex = QStringLiteral("%1").arg(uint(m_data[position]), 2, 16, QLatin1Char('0')).toUpper();
        return fail(tr("invalid UTF-8 byte 0x%1").arg(hex), position, 1);
    }
    bool failUnexpected(qsizetype position, Expecting expecting);
    // The character at p for a message: 'x', or U+0009 for control characters.
    QString describeCharacter(qsizetype p, qsizetype *length) const;

    const unsigned char *m_data;
    qsizetype m_size;
    const QString &m_file;
    int m_maxDepth;

    qsizetype m_pos = 0;
    int m_line = 1;
    qsizetype m_lineStart = 0;
    qsizetype m_columnOffset = 0;
    int m_column = 1;

    // Open containers. Each lives in its parent's scratch list, which does not grow while it is open.
    std::vector<Node *> m_stack;
    std::vector<std::vector<Node>> m_items;
    std::vector<std::vector<Member>> m_members;
    QByteArray m_unescaped;      // reused for strings with escapes
    ResultError m_error;
    static constexpr size_t InternSlots = 512;
    std::array<QString, InternSlots> m_interned;
};

Result<Node> Parser::run()
{
    if (m_size >= 3 && m_data[0] == 0xEF && m_data[1] == 0xBB && m_data[2] == 0xBF)
        m_pos = m_lineStart = m_columnOffset = 3;
    skipWhitespace();
    if (m_pos >= m_size) {
        fail(tr("the file is empty"), m_pos, 0);
        return m_error;
    }
    Node root;
    if (parseDocument(root)) {
        skipWhitespace();
        if (m_pos >= m_size)
            return std::move(root);
        failUnexpected(m_pos, Expecting::EndOfDocument);
    }
    return m_error;
}

bool Parser::parseDocument(Node &root)
{
    Node *target = &root; // the value to parse next; m_pos is at its first byte
    for (;;) {
        if (m_pos >= m_size)
            return failEndOfFile();
        const unsigned char c = m_data[m_pos];
        bool needValue = false;
        if (c == '[' || c == '{') {
            if (qsizetype(m_stack.size()) >= m_maxDepth)
                return fail(tr("the JSON is nested deeper than %1 levels").arg(m_maxDepth), m_pos, 1);
            begin(*target);
            target->type = c == '[' ? Node::Type::Array : Node::Type::Object;
            ++m_pos;
            openContainer(target);
            skipWhitespace();
            if (m_pos < m_size && m_data[m_pos] == (c == '[' ? ']' : '}')) {
                ++m_pos;
                closeContainer();
            } else if (c == '[') {
                target = &m_items[m_stack.size() - 1].emplace_back();
                needValue = true;
            } else {
                target = beginMember();
                if (!target)
                    return false;
                needValue = true;
            }
        } else if (!parseScalar(*target)) {
            return false;
        }

        // After a complete value: close containers until one continues with a comma.
        while (!needValue) {
            if (m_stack.empty())
                return true;
            skipWhitespace();
            if (m_pos >= m_size)
                return failEndOfFile();
            Node *container = m_stack.back();
            const bool isArray = container->type == Node::Type::Array;
            const unsigned char closer = isArray ? ']' : '}';
            const unsigned char d = m_data[m_pos];
            if (d == ',') {
                const qsizetype comma = m_pos;
                ++m_pos;
                skipWhitespace();
                if (m_pos < m_size && m_data[m_pos] == closer)
                    return fail(isArray ? tr("trailing comma before ']'") : tr("trailing comma before '}'"), comma, 1);
                if (isArray) {
                    target = &m_items[m_stack.size() - 1].emplace_back();
                } else {
                    target = beginMember();
                    if (!target)
                        return false;
                }
                needValue = true;
            } else if (d == closer) {
                ++m_pos;
                closeContainer();
            } else {
                return failUnexpected(m_pos, isArray ? Expecting::CommaOrBracket : Expecting::CommaOrBrace);
            }
        }
        skipWhitespace();
    }
}

// Parses `"key" :` and returns the member's value to fill, with m_pos at its first byte.
Node *Parser::beginMember()
{
    if (m_pos >= m_size || m_data[m_pos] != '"') {
        failUnexpected(m_pos, Expecting::Key);
        return nullptr;
    }
    Member &member = m_members[m_stack.size() - 1].emplace_back();
    member.keyLocation.file = m_file;
    member.keyLocation.line = m_line;
    member.keyLocation.column = columnAt(m_pos);
    member.keyLocation.offset = m_pos;
    if (!parseString(member.key))
        return nullptr;
    member.keyLocation.length = m_pos - member.keyLocation.offset;
    skipWhitespace();
    if (m_pos >= m_size || m_data[m_pos] != ':') {
        failUnexpected(m_pos, Expecting::Colon);
        return nullptr;
    }
    ++m_pos;
    skipWhitespace();
    return &member.value;
}

bool Parser::parseScalar(Node &node)
{
    const unsigned char c = m_data[m_pos];
    switch (c) {
    case '"':
        begin(node);
        node.type = Node::Type::String;
        if (!parseString(node.string))
            return false;
        break;
    case 't':
        return parseLiteral(node, "true", 4);
    case 'f':
        return parseLiteral(node, "false", 5);
    case 'n':
        return parseLiteral(node, "null", 4);
    default:
        if (c == '-' || isDigit(c))
            return parseNumber(node);
        return failUnexpected(m_pos, Expecting::Value);
    }
    node.location.length = m_pos - node.location.offset;
    return true;
}

bool Parser::parseLiteral(Node &node, const char *word, qsizetype length)
{
    const qsizetype start = m_pos;
    for (qsizetype i = 1; i < length; ++i) {
        if (start + i >= m_size)
            return failEndOfFile();
        if (m_data[start + i] != static_cast<unsigned char>(word[i])) {
            return fail(tr("invalid literal; expected %1").arg(QLatin1String(word, length)), start, i + 1);
        }
    }
    begin(node);
    if (word[0] == 'n') {
        node.type = Node::Type::Null;
    } else {
        node.type = Node::Type::Bool;
        node.boolean = word[0] == 't';
    }
    m_pos = start + length;
    node.location.length = length;
    return true;
}

// m_pos is at the opening quote; on success it is just past the closing quote.
bool Parser::parseString(QString &out)
{
    const unsigned char *d = m_data;
    const qsizetype quote = m_pos;
    qsizetype p = quote + 1;
    qsizetype segment = p; // start of the bytes not yet copied into m_unescaped
    bool escaped = false;
    bool ascii = true;
    auto unterminated = [&] {
        return fail(tr("unterminated string"), quote, p - quote);
    };
    for (;;) {
        while (p < m_size) {
            const unsigned char c = d[p];
            if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80)
                break;
            ++p;
        }
        if (p >= m_size)
            return unterminated();
        const unsigned char c = d[p];
        if (c == '"') {
            if (!escaped) {
                out = ascii ? internAscii(d + segment, p - segment)
                            : QString::fromUtf8(reinterpret_cast<const char *>(d + segment), p - segment);
            } else {
                m_unescaped.append(reinterpret_cast<const char *>(d + segment), p - segment);
                out = QString::fromUtf8(m_unescaped);
            }
            m_pos = p + 1;
            return true;
        }
        if (c >= 0x80) {
            const int n = Utf8::sequenceLength(d + p, d + m_size);
            if (n == 0)
                return failInvalidByte(p);
            p += n;
            ascii = false;
            continue;
        }
        if (c == '\n' || c == '\r') // a missing closing quote, far more likely than a wanted line break
            return unterminated();
        if (c < 0x20) {
            const QString hex = QStringLiteral("%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
            return fail(tr("control character U+%1 in a string; write it as an escape sequence such as \\u%1").arg(hex), p, 1);
        }

        // A backslash.
        if (!escaped) {
            m_unescaped.clear();
            escaped = true;
        }
        m_unescaped.append(reinterpret_cast<const char *>(d + segment), p - segment);
        if (p + 1 >= m_size) {
            p = m_size;
            return unterminated();
        }
        const unsigned char e = d[p + 1];
        switch (e) {
        case '"': m_unescaped.append('"'); break;
        case '\\': m_unescaped.append('\\'); break;
        case '/': m_unescaped.append('/'); break;
        case 'b': m_unescaped.append('\b'); break;
        case 'f': m_unescaped.append('\f'); break;
        case 'n': m_unescaped.append('\n'); break;
        case 'r': m_unescaped.append('\r'); break;
        case 't': m_unescaped.append('\t'); break;
        case 'u': {
            // Reads the four hex digits after "\u" at q; -1 when they are not there.
            auto readHex = [&](qsizetype q) -> int {
                if (q + 6 > m_size)
                    return -1;
                int value = 0;
                for (int i = 2; i < 6; ++i) {
                    const int h = hexValue(d[q + i]);
                    if (h < 0)
                        return -1;
                    value = value * 16 + h;
                }
                return value;
            };
            const int unit = readHex(p);
            if (unit < 0) {
                qsizetype length = 2;
                while (length < 6 && p + length < m_size && hexValue(d[p + length]) >= 0)
                    ++length;
                return fail(tr("invalid \\u escape; expected four hexadecimal digits"), p, length);
            }
            if (unit >= 0xDC00 && unit <= 0xDFFF)
                return fail(tr("lone low surrogate \\u%1 in a string").arg(unit, 4, 16, QLatin1Char('0')), p, 6);
            if (unit >= 0xD800 && unit <= 0xDBFF) {
                const int low = p + 7 < m_size && d[p + 6] == '\\' && d[p + 7] == 'u' ? readHex(p + 6) : -1;
                if (low < 0xDC00 || low > 0xDFFF) {
                    return fail(tr("lone high surrogate \\u%1 in a string; it must be followed by a low surrogate escape")
                                    .arg(unit, 4, 16, QLatin1Char('0')),
                                p, 6);
                }
                appendUtf8(m_unescaped, 0x10000 + ((char32_t(unit) - 0xD800) << 10) + (char32_t(low) - 0xDC00));
                p += 6;
            } else {
                appendUtf8(m_unescaped, char32_t(unit));
            }
            p += 4;
            break;
        }
        default: {
            qsizetype length = 0;
            const QString shown = describeCharacter(p + 1, &length);
            if (shown.isNull())
                return failInvalidByte(p + 1);
            return fail(tr("invalid escape sequence \\%1 in a string").arg(shown), p, 1 + length);
        }
        }
        p += 2;
        segment = p;
    }
}

bool Parser::parseNumber(Node &node)
{
    const unsigned char *d = m_data;
    const qsizetype start = m_pos;
    qsizetype p = start;
    const bool negative = d[p] == '-';
    if (negative)
        ++p;
    auto expectDigit = [&](const QString &message) {
        if (p >= m_size)
            return failEndOfFile();
        qsizetype length = 0;
        const QString shown = describeCharacter(p, &length);
        if (shown.isNull())
            return failInvalidByte(p);
        return fail(message.arg(shown), p, length);
    };
    if (p >= m_size || !isDigit(d[p]))
        return expectDigit(tr("unexpected character %1 in a number; expected a digit after '-'"));
    const qsizetype integerStart = p;
    if (d[p] == '0') {
        ++p;
        if (p < m_size && isDigit(d[p]))
            return fail(tr("a number must not start with 0 unless it is 0"), integerStart, 1);
    } else {
        while (p < m_size && isDigit(d[p]))
            ++p;
    }
    const qsizetype integerDigits = p - integerStart;
    bool integer = true;
    if (p < m_size && d[p] == '.') {
        ++p;
        if (p >= m_size || !isDigit(d[p]))
            return expectDigit(tr("unexpected character %1 in a number; expected a digit after the decimal point"));
        while (p < m_size && isDigit(d[p]))
            ++p;
        integer = false;
    }
    if (p < m_size && (d[p] == 'e' || d[p] == 'E')) {
        ++p;
        if (p < m_size && (d[p] == '+' || d[p] == '-'))
            ++p;
        if (p >= m_size || !isDigit(d[p]))
            return expectDigit(tr("unexpected character %1 in a number; expected a digit in the exponent"));
        while (p < m_size && isDigit(d[p]))
            ++p;
        integer = false;
    }

    const char *first = reinterpret_cast<const char *>(d + start);
    const char *last = reinterpret_cast<const char *>(d + p);
    double value = 0;
    if (integer && integerDigits <= 15) {
        // Exact in a double: skip the general conversion for the common case.
        qint64 n = 0;
        for (qsizetype i = integerStart; i < p; ++i)
            n = n * 10 + (d[i] - '0');
        value = negative ? -double(n) : double(n);
    } else {
        const auto [end, ec] = std::from_chars(first, last, value, std::chars_format::general);
        if (ec == std::errc::result_out_of_range) {
            // Too small rounds to zero; too large has no double and is an error.
            qsizetype magnitude = 0;
            bool seenPoint = false, seenNonZero = false;
            qsizetype q = integerStart;
            for (; q < p && d[q] != 'e' && d[q] != 'E'; ++q) {
                if (d[q] == '.') {
                    seenPoint = true;
                } else if (!seenNonZero && d[q] == '0') {
                    if (seenPoint)
                        --magnitude;
                } else {
                    seenNonZero = true;
                    if (!seenPoint)
                        ++magnitude;
                }
            }
            qint64 exponent = 0;
            if (q < p) {
                const auto [ignored, ec2] = std::from_chars(reinterpret_cast<const char *>(d + q + 1) + (d[q + 1] == '+'),
                                                            last, exponent);
                if (ec2 == std::errc::result_out_of_range)
                    exponent = d[q + 1] == '-' ? -(qint64(1) << 40) : (qint64(1) << 40);
            }
            if (magnitude + exponent > 0)
                return fail(tr("the number is too large"), start, p - start);
            value = negative ? -0.0 : 0.0;
        } else if (ec != std::errc() || end != last) {
            return fail(tr("invalid number"), start, p - start);
        }
    }

    begin(node);
    node.type = Node::Type::Number;
    node.number = value;
    node.isIntegerLiteral = integer;
    node.string = internAscii(d + start, p - start);
    m_pos = p;
    node.location.length = p - start;
    return true;
}

QString Parser::describeCharacter(qsizetype p, qsizetype *length) const
{
    const unsigned char c = m_data[p];
    if (c < 0x20 || c == 0x7F) {
        *length = 1;
        return QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
    }
    if (c < 0x80) {
        *length = 1;
        return QStringLiteral("'%1'").arg(QChar(char16_t(c)));
    }
    const int n = Utf8::sequenceLength(m_data + p, m_data + m_size);
    if (n == 0)
        return QString();
    *length = n;
    return QStringLiteral("'%1'").arg(QString::fromUtf8(reinterpret_cast<const char *>(m_data + p), n));
}

bool Parser::failUnexpected(qsizetype position, Expecting expecting)
{
    if (position >= m_size)
        return failEndOfFile();
    const unsigned char c = m_data[position];
    if (c == '/' && position + 1 < m_size && (m_data[position + 1] == '/' || m_data[position + 1] == '*'))
        return fail(tr("comments are not allowed in JSON"), position, 2);
    qsizetype length = 0;
    const QString shown = describeCharacter(position, &length);
    if (shown.isNull())
        return failInvalidByte(position);
    QString message;
    switch (expecting) {
    case Expecting::Value:
        message = tr("unexpected character %1; expected a value");
        break;
    case Expecting::CommaOrBracket:
        message = tr("unexpected character %1; expected ',' or ']'");
        break;
    case Expecting::CommaOrBrace:
        message = tr("unexpected character %1; expected ',' or '}'");
        break;
    case Expecting::Key:
        message = tr("unexpected character %1; expected a key in double quotes");
        break;
    case Expecting::Colon:
        message = tr("unexpected character %1; expected ':'");
        break;
    case Expecting::EndOfDocument:
        message = tr("unexpected character %1 after the end of the JSON value");
        break;
    }
    return fail(message.arg(shown), position, length);
}

} // namespace

const Node *Node::member(QStringView key) const
{
    const Member *entry = memberEntry(key);
    return entry ? &entry->value : nullptr;
}

const Member *Node::memberEntry(QStringView key) const
{
    for (auto it = members.rbegin(); it != members.rend(); ++it) {
        if (it->key == key)
            return &*it;
    }
    return nullptr;
}

QList<const Member *> Node::duplicateKeys() const
{
    QList<const Member *> duplicates;
    if (members.size() < 2)
        return duplicates;
    if (members.size() <= 16) { // a typical object: comparing pairs beats building a set
        for (size_t i = 1; i < members.size(); ++i) {
            for (size_t j = 0; j < i; ++j) {
                if (members[j].key == members[i].key) {
                    duplicates.append(&members[i]);
                    break;
                }
            }
        }
        return duplicates;
    }
    QSet<QStringView> seen;
    seen.reserve(qsizetype(members.size()));
    for (const Member &m : members) {
        if (seen.contains(m.key))
            duplicates.append(&m);
        else
            seen.insert(m.key);
    }
    return duplicates;
}

QString Node::typeDescription(Type type)
{
    switch (type) {
    case Type::Null:
        return QCoreApplication::translate("Strata::Json", "null");
    case Type::Bool:
        return QCoreApplication::translate("Strata::Json", "a boolean");
    case Type::Number:
        return QCoreApplication::translate("Strata::Json", "a number");
    case Type::String:
        return QCoreApplication::translate("Strata::Json", "a string");
    case Type::Array:
        return QCoreApplication::translate("Strata::Json", "an array");
    case Type::Object:
        return QCoreApplication::translate("Strata::Json", "an object");
    }
    return QString();
}

QJsonValue Node::toJsonValue() const
{
    switch (type) {
    case Type::Null:
        return QJsonValue(QJsonValue::Null);
    case Type::Bool:
        return QJsonValue(boolean);
    case Type::Number:
        if (isIntegerLiteral) {
            // Keep integers beyond 2^53 exact where they fit in 64 bits.
            bool ok = false;
            const qint64 n = string.toLongLong(&ok);
            if (ok)
                return QJsonValue(n);
        }
        return QJsonValue(number);
    case Type::String:
        return QJsonValue(string);
    case Type::Array: {
        QJsonArray array;
        for (const Node &item : items)
            array.append(item.toJsonValue());
        return array;
    }
    case Type::Object: {
        QJsonObject object;
        for (const Member &m : members)
            object.insert(m.key, m.value.toJsonValue()); // a repeated key: the last one wins, as in member()
        return object;
    }
    }
    return QJsonValue();
}

Result<Node> parse(const QByteArray &utf8, const QString &file, const ParseLimits &limits)
{
    return Parser(utf8, file, limits).run();
}

} // namespace Strata::Json
