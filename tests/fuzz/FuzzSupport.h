#pragma once

// What every harness of tests/fuzz shares: the libFuzzer entry point's signature, a check that
// stops the run with a message (libFuzzer and the replay runner both report an abort as a crash),
// and the location invariant that every parser of Strata promises: a location lies inside its
// input, and its line and column are those of its byte offset.

#include <strata/common/SourceLocation.h>

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace Strata::Fuzz {

[[noreturn]] inline void fail(const char *condition, const char *file, int line, const QString &detail)
{
    std::fprintf(stderr, "%s:%d: invariant broken: %s\n", file, line, condition);
    if (!detail.isEmpty())
        std::fprintf(stderr, "  %s\n", detail.toUtf8().constData());
    std::fflush(stderr);
    std::abort();
}

#define FUZZ_CHECK(condition, detail)                                                                    \
    do {                                                                                                 \
        if (!(condition))                                                                                \
            ::Strata::Fuzz::fail(#condition, __FILE__, __LINE__, (detail));                              \
    } while (false)

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline QString describe(const SourceLocation &location)
{
    return QStringLiteral("%1:%2:%3 offset %4 length %5")
        .arg(location.file)
        .arg(location.line)
        .arg(location.column)
        .arg(location.offset)
        .arg(location.length);
}

// Line and column (code points, counted as UTF-8 lead bytes) of byte `offset` in `content`: the
// positions Strata's parsers report. The JSON parser skips a UTF-8 byte order mark; text read into
// a QString keeps it as a character (U+FEFF), which counts as a column.
enum class ByteOrderMark { Skipped, Counted };

struct Position
{
    int line = 1;
    int column = 1;
};

inline Position positionOf(const QByteArray &content, qsizetype offset, ByteOrderMark bom)
{
    Position position;
    qsizetype lineStart = 0;
    if (bom == ByteOrderMark::Skipped && content.startsWith("\xEF\xBB\xBF"))
        lineStart = 3;
    for (qsizetype i = 0; i < offset && i < content.size(); ++i) {
        if (content.at(i) == '\n') {
            ++position.line;
            lineStart = i + 1;
        }
    }
    for (qsizetype i = lineStart; i < offset && i < content.size(); ++i) {
        if ((static_cast<unsigned char>(content.at(i)) & 0xC0) != 0x80)
            ++position.column;
    }
    return position;
}

enum class ColumnCheck { Exact, AtLeast };

// A location of `content` (a file's bytes): inside it, and at the line and column of its offset.
// Locations without an offset (-1) name a whole file and only need a line and column.
// ColumnCheck::AtLeast is for positions that may lie past the last character of their line (where a
// statement was expected to go on).
inline void checkLocation(const SourceLocation &location, const QByteArray &content, ByteOrderMark bom,
                          ColumnCheck columns = ColumnCheck::Exact)
{
    if (location.offset < 0) {
        FUZZ_CHECK(location.offset == -1 && location.line >= 1 && location.column >= 1, describe(location));
        return;
    }
    FUZZ_CHECK(location.offset <= content.size(), describe(location));
    FUZZ_CHECK(location.length >= 0 && location.offset + location.length <= content.size(), describe(location));
    const Position expected = positionOf(content, location.offset, bom);
    FUZZ_CHECK(location.line == expected.line,
               describe(location) + QStringLiteral(" expected line %1").arg(expected.line));
    if (columns == ColumnCheck::Exact) {
        FUZZ_CHECK(location.column == expected.column,
                   describe(location) + QStringLiteral(" expected column %1").arg(expected.column));
    } else {
        FUZZ_CHECK(location.column >= expected.column,
                   describe(location) + QStringLiteral(" expected column >= %1").arg(expected.column));
    }
}

} // namespace Strata::Fuzz
