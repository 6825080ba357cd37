#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Strata::SqlExpression {

// An SQL expression (a default, a check) reduced so that two spellings of one meaning compare
// equal: lower case and single spaces outside string literals and quoted names, no spaces around
// punctuation, no casts that PostgreSQL adds ('a'::text), no grouping parentheses (the
// parentheses of calls and IN lists stay), identifier quotes removed, and the rewrites PostgreSQL
// applies to stored expressions undone (= ANY (ARRAY[...]) is IN (...); BETWEEN is two
// comparisons; now() is CURRENT_TIMESTAMP). For comparison only: never run the result.
QString normalized(const QString &expression);

// Whether two defaults are the same default: equal after normalized(), or a number that
// PostgreSQL shows as a cast string ('-1'::integer), or JSON texts with equal values.
bool sameDefault(const QString &expected, const QString &actual);

// The values of a check that limits `column` to a list of strings, `column IN ('a', 'b')` (as
// Strata renders an enum) or PostgreSQL's stored `column = ANY (ARRAY['a'::text, ...])`; nullopt
// for any other check.
std::optional<QStringList> inListValues(const QString &check, const QString &column);

} // namespace Strata::SqlExpression
