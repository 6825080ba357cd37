#pragma once

#include <QByteArray>

// UTF-8 well-formedness (RFC 3629), shared by the JSON parser and the migration file reader.
// Inline: the JSON parser calls these for every non-ASCII byte of every database.json.
namespace Strata::Utf8 {

inline bool isContinuation(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

// The length (2..4) of the well-formed UTF-8 sequence at p, or 0 when it is not well formed
// (overlong forms, encoded surrogates and code points above U+10FFFF are rejected).
inline int sequenceLength(const unsigned char *p, const unsigned char *end)
{
    const unsigned char c = p[0];
    const qsizetype available = end - p;
    if (c >= 0xC2 && c <= 0xDF)
        return available >= 2 && isContinuation(p[1]) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (available < 3)
            return 0;
        const unsigned char lo = c == 0xE0 ? 0xA0 : 0x80;
        const unsigned char hi = c == 0xED ? 0x9F : 0xBF;
        return p[1] >= lo && p[1] <= hi && isContinuation(p[2]) ? 3 : 0;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (available < 4)
            return 0;
        const unsigned char lo = c == 0xF0 ? 0x90 : 0x80;
        const unsigned char hi = c == 0xF4 ? 0x8F : 0xBF;
        return p[1] >= lo && p[1] <= hi && isContinuation(p[2]) && isContinuation(p[3]) ? 4 : 0;
    }
    return 0;
}

// Byte offset of the first byte that does not start a well-formed sequence; -1 when all of `bytes`
// is UTF-8.
inline qsizetype firstInvalidOffset(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const unsigned char *end = data + bytes.size();
    for (const unsigned char *p = data; p < end;) {
        if (*p < 0x80) {
            ++p;
            continue;
        }
        const int length = sequenceLength(p, end);
        if (length == 0)
            return p - data;
        p += length;
    }
    return -1;
}

} // namespace Strata::Utf8
