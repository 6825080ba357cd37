#pragma once

#include <strata/model/Schema.h>

#include <QString>

// Pieces both dialects share, so that each dialect file says only what differs.
namespace Strata {
class Dialect;
}

namespace Strata::DialectSupport {

// Double quotes, doubling embedded quotes, when `identifier` is not a plain lower-case name or is
// reserved in `dialect`; unchanged otherwise.
QString quoteIdentifierIfNeeded(const QString &identifier, const Dialect &dialect);

// A JSON number as SQL: integers without a fraction, others in their shortest exact form.
QString numberLiteral(double value);

// The default of kind Literal: strings quoted, numbers as written, null as NULL, objects and
// arrays as quoted compact JSON text; booleans as `trueSql` / `falseSql`.
QString literalDefault(const Dialect &dialect, const ColumnDefault &value, const QString &trueSql,
                       const QString &falseSql);

// True when `sql` is wholly enclosed in one pair of parentheses ("(a) + (b)" is not).
bool isParenthesized(const QString &sql);
// A signed number, a string or blob literal, NULL, TRUE, FALSE, a CURRENT_* keyword, or a
// parenthesised expression: what SQLite accepts after DEFAULT as it is.
bool isBareDefault(const QString &sql);
// One call such as "gen_random_uuid()" or "pg_catalog.now()", and nothing after it.
bool isFunctionCall(const QString &sql);

// A referential action as SQL: "set null", "SET_NULL", "setNull" -> "SET NULL"; empty stays empty.
QString referentialAction(const QString &action);

// The default of kind Now: CURRENT_DATE for date, CURRENT_TIME for time, else CURRENT_TIMESTAMP.
QString nowKeyword(const ColumnType &type);

} // namespace Strata::DialectSupport
