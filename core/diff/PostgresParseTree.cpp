#include <strata/diff/PostgresParseTree.h>

#include <cstdlib>
#include <cstring>

namespace Strata::PostgresParseTree {

class Document::Parser
{
public:
    Parser(Document &document) : m_document(document), m_pos(document.m_json.constData()),
        m_end(m_pos + document.m_json.size())
    {}

    // Parses one value into a new node; returns its index, or -1 on malformed input.
    qint32 value(int depth)
    {
        skipSpace();
        if (m_pos >= m_end || depth > 10000)
            return -1;
        const qint32 index = qint32(m_document.m_nodes.size());
        m_document.m_nodes.emplace_back();
        const char c = *m_pos;
        if (c == '{' || c == '[') {
            const bool object = c == '{';
            m_document.m_nodes[size_t(index)].type = object ? Node::Type::Object : Node::Type::Array;
            ++m_pos;
            qint32 previous = -1;
            qint32 count = 0;
            for (;;) {
                skipSpace();
                if (m_pos >= m_end)
                    return -1;
                if (*m_pos == (object ? '}' : ']')) {
                    ++m_pos;
                    break;
                }
                if (count > 0) {
                    if (*m_pos != ',')
                        return -1;
                    ++m_pos;
                    skipSpace();
                }
                const char *key = nullptr;
                qint32 keyLength = 0;
                if (object) {
                    if (!string(&key, &keyLength))
                        return -1;
                    skipSpace();
                    if (m_pos >= m_end || *m_pos != ':')
                        return -1;
                    ++m_pos;
                }
                const qint32 child = value(depth + 1);
                if (child < 0)
                    return -1;
                Node &childNode = m_document.m_nodes[size_t(child)];
                childNode.key = key;
                childNode.keyLength = keyLength;
                if (previous < 0)
                    m_document.m_nodes[size_t(index)].firstChild = child;
                else
                    m_document.m_nodes[size_t(previous)].next = child;
                previous = child;
                ++count;
            }
            m_document.m_nodes[size_t(index)].childCount = count;
            return index;
        }
        if (c == '"') {
            const char *text = nullptr;
            qint32 length = 0;
            if (!string(&text, &length))
                return -1;
            Node &node = m_document.m_nodes[size_t(index)];
            node.type = Node::Type::String;
            node.text = text;
            node.textLength = length;
            return index;
        }
        if (word("true"))
            m_document.m_nodes[size_t(index)].type = Node::Type::True;
        else if (word("false"))
            m_document.m_nodes[size_t(index)].type = Node::Type::False;
        else if (word("null"))
            m_document.m_nodes[size_t(index)].type = Node::Type::Null;
        else {
            const char *start = m_pos;
            while (m_pos < m_end && (std::strchr("+-.eE", *m_pos) || (*m_pos >= '0' && *m_pos <= '9')))
                ++m_pos;
            if (m_pos == start)
                return -1;
            Node &node = m_document.m_nodes[size_t(index)];
            node.type = Node::Type::Number;
            node.text = start;
            node.textLength = qint32(m_pos - start);
        }
        return index;
    }

    bool atEnd()
    {
        skipSpace();
        return m_pos == m_end;
    }

private:
    void skipSpace()
    {
        while (m_pos < m_end && (*m_pos == ' ' || *m_pos == '\n' || *m_pos == '\t' || *m_pos == '\r'))
            ++m_pos;
    }

    bool word(const char *w)
    {
        const size_t length = std::strlen(w);
        if (size_t(m_end - m_pos) < length || std::memcmp(m_pos, w, length) != 0)
            return false;
        m_pos += length;
        return true;
    }

    static int hex(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    static void appendUtf8(std::string &out, uint code)
    {
        if (code < 0x80) {
            out += char(code);
        } else if (code < 0x800) {
            out += char(0xC0 | (code >> 6));
            out += char(0x80 | (code & 0x3F));
        } else if (code < 0x10000) {
            out += char(0xE0 | (code >> 12));
            out += char(0x80 | ((code >> 6) & 0x3F));
            out += char(0x80 | (code & 0x3F));
        } else {
            out += char(0xF0 | (code >> 18));
            out += char(0x80 | ((code >> 12) & 0x3F));
            out += char(0x80 | ((code >> 6) & 0x3F));
            out += char(0x80 | (code & 0x3F));
        }
    }

    // A string at m_pos: in place when it has no escapes, else decoded into the document.
    bool string(const char **text, qint32 *length)
    {
        if (m_pos >= m_end || *m_pos != '"')
            return false;
        const char *start = ++m_pos;
        while (m_pos < m_end && *m_pos != '"' && *m_pos != '\\')
            ++m_pos;
        if (m_pos >= m_end)
            return false;
        if (*m_pos == '"') {
            *text = start;
            *length = qint32(m_pos - start);
            ++m_pos;
            return true;
        }
        std::string decoded(start, size_t(m_pos - start));
        while (m_pos < m_end && *m_pos != '"') {
            if (*m_pos != '\\') {
                decoded += *m_pos++;
                continue;
            }
            if (++m_pos >= m_end)
                return false;
            const char escape = *m_pos++;
            switch (escape) {
            case 'n': decoded += '\n'; break;
            case 't': decoded += '\t'; break;
            case 'r': decoded += '\r'; break;
            case 'b': decoded += '\b'; break;
            case 'f': decoded += '\f'; break;
            case 'u': {
                uint code = 0;
                for (int i = 0; i < 4; ++i) {
                    const int digit = m_pos < m_end ? hex(*m_pos++) : -1;
                    if (digit < 0)
                        return false;
                    code = code * 16 + uint(digit);
                }
                // A surrogate pair stands for one code point.
                if (code >= 0xD800 && code < 0xDC00 && m_end - m_pos >= 6 && m_pos[0] == '\\' && m_pos[1] == 'u') {
                    uint low = 0;
                    bool ok = true;
                    for (int i = 2; i < 6; ++i) {
                        const int digit = hex(m_pos[i]);
                        ok = ok && digit >= 0;
                        low = low * 16 + uint(qMax(digit, 0));
                    }
                    if (ok && low >= 0xDC00 && low < 0xE000) {
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                        m_pos += 6;
                    }
                }
                appendUtf8(decoded, code);
                break;
            }
            default: decoded += escape; break; // \" \\ \/
            }
        }
        if (m_pos >= m_end)
            return false;
        ++m_pos;
        m_document.m_decoded.push_back(std::move(decoded));
        *text = m_document.m_decoded.back().data();
        *length = qint32(m_document.m_decoded.back().size());
        return true;
    }

    Document &m_document;
    const char *m_pos;
    const char *m_end;
};

std::shared_ptr<const Document> Document::parse(const char *json)
{
    auto document = std::make_shared<Document>();
    document->m_json = QByteArray(json);
    document->m_nodes.reserve(size_t(document->m_json.size() / 12));
    Parser parser(*document);
    if (parser.value(0) < 0 || !parser.atEnd()) {
        document->m_nodes.clear();
        document->m_decoded.clear();
    }
    return document;
}

bool Value::isObject() const
{
    return m_document && m_document->m_nodes[size_t(m_node)].type == Document::Node::Type::Object;
}

bool Value::isArray() const
{
    return m_document && m_document->m_nodes[size_t(m_node)].type == Document::Node::Type::Array;
}

bool Value::isString() const
{
    return m_document && m_document->m_nodes[size_t(m_node)].type == Document::Node::Type::String;
}

bool Value::isEmpty() const
{
    if (!m_document)
        return true;
    const Document::Node &node = m_document->m_nodes[size_t(m_node)];
    if (node.type == Document::Node::Type::Object || node.type == Document::Node::Type::Array)
        return node.childCount == 0;
    return node.type == Document::Node::Type::Null;
}

qsizetype Value::size() const
{
    return m_document ? m_document->m_nodes[size_t(m_node)].childCount : 0;
}

Value Value::value(QLatin1StringView key) const
{
    if (!isObject())
        return {};
    for (qint32 child = m_document->m_nodes[size_t(m_node)].firstChild; child >= 0;) {
        const Document::Node &node = m_document->m_nodes[size_t(child)];
        if (node.keyLength == key.size() && std::memcmp(node.key, key.data(), size_t(key.size())) == 0)
            return {m_document, child};
        child = node.next;
    }
    return {};
}

QString Value::firstKey() const
{
    if (!isObject() || size() == 0)
        return {};
    const Document::Node &first = m_document->m_nodes[size_t(m_document->m_nodes[size_t(m_node)].firstChild)];
    return QString::fromUtf8(first.key, first.keyLength);
}

QLatin1StringView Value::key() const
{
    if (!m_document)
        return {};
    const Document::Node &node = m_document->m_nodes[size_t(m_node)];
    return QLatin1StringView(node.key, node.keyLength);
}

Value Value::at(qsizetype i) const
{
    qsizetype n = 0;
    for (const Value child : *this) {
        if (n++ == i)
            return child;
    }
    return {};
}

QString Value::toString() const
{
    if (!isString())
        return {};
    const Document::Node &node = m_document->m_nodes[size_t(m_node)];
    return QString::fromUtf8(node.text, node.textLength);
}

int Value::toInt(int fallback) const
{
    if (!m_document || m_document->m_nodes[size_t(m_node)].type != Document::Node::Type::Number)
        return fallback;
    const Document::Node &node = m_document->m_nodes[size_t(m_node)];
    // Numbers end at a delimiter of the JSON text (",", "}", "]"), so strtol stops there.
    return int(std::strtol(node.text, nullptr, 10));
}

bool Value::toBool(bool fallback) const
{
    if (!m_document)
        return fallback;
    switch (m_document->m_nodes[size_t(m_node)].type) {
    case Document::Node::Type::True:
        return true;
    case Document::Node::Type::False:
        return false;
    default:
        return fallback;
    }
}

Value::Iterator &Value::Iterator::operator++()
{
    m_node = m_document->m_nodes[size_t(m_node)].next;
    return *this;
}

} // namespace Strata::PostgresParseTree
