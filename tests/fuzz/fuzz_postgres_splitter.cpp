// Fuzzes the PostgreSQL statement splitter (libpg_query's scanner, with the lexical fallback for
// scripts it cannot parse): statements are the script's own text at their offsets, in order, with
// the line and column of their offset; errors stand on a line of the script.

#include "SplitterChecks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Strata::Fuzz::checkSplit(data, size, Strata::DialectKind::PostgreSQL);
    return 0;
}
