#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace Strata {

struct Index;
struct Table;

// What makes a name usable as a bare SQL identifier in every dialect Strata renders to, and the
// conventions Strata holds package authors to. Shared by the package rules and the editors.
namespace Identifiers {

// PostgreSQL truncates longer identifiers silently (NAMEDATALEN - 1), so two long names can collide.
inline constexpr int MaxBytes = 63;

// [A-Za-z_][A-Za-z0-9_]*: needs no quoting and means the same in SQLite and PostgreSQL.
bool isValid(QStringView identifier);
// Why `identifier` is not valid (translated), or an empty string when it is.
QString invalidReason(QStringView identifier);
// A valid identifier close to `identifier` ("Order-Lines" -> "order_lines"), for help lines.
QString sanitized(QStringView identifier);

// Case-insensitive. The portable list: SQLite keywords that cannot stand bare as a table, column or
// index name, united with PostgreSQL's reserved key words (including those allowed only as function
// or type names). A dialect's own list would be narrower; a package must run on both.
bool isReserved(QStringView identifier);
const QStringList &reservedWords(); // upper case, sorted

// Lower-case letters, digits and single underscores between words ("created_at", "_rowid" too).
bool isSnakeCase(QStringView identifier);
// "createdAt" -> "created_at", "HTTPServer" -> "http_server", "Order-Lines" -> "order_lines".
QString toSnakeCase(QStringView identifier);

// Package names as npm accepts them: "core", "@acme/core"; lower case, at most 214 characters.
bool isValidPackageName(QStringView name);

// The name an index gets in the database: its own, or <table>_<col>[_<col>...]_idx. Must agree
// with DdlRenderer::indexName (kept here too so that validation never depends on sql/).
QString indexName(const Table &table, const Index &index);

} // namespace Identifiers
} // namespace Strata
