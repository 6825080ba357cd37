#pragma once

#include <strata/diff/PostgresParseTree.h>
#include <strata/model/ColumnType.h>

#include <QString>

// Column types of PostgreSQL DDL as model values, following the conventions of the schema
// migrations produce (diff/PostgresDdlInterpreter.h).
namespace Strata::PostgresTypes {

using ParseNode = PostgresParseTree::Value;

// The type a libpg_query TypeName node stands for: a portable type when the native type maps back
// to exactly one, else a PostgreSQL-specific type spelled as the catalog spells it (format_type()).
// `written` is the type as written in the statement; it becomes the type's spelling.
ColumnType columnType(const ParseNode &typeName, const QString &written);

// The type's name as PostgreSQL resolves it: the last element of a qualified name, "" for a type
// outside public and pg_catalog (whose schema the caller reports).
QString typeName(const ParseNode &typeName);
// "smallserial" / "serial2": a serial the portable types cannot hold (smallint with a sequence).
bool isSmallSerial(const ParseNode &typeName);

} // namespace Strata::PostgresTypes
