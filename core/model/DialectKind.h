#pragma once

#include <QString>

namespace Strata {

// The SQL dialect a project targets (strata.json's "dialect"). A value of the model: the project and
// its migrations name it; sql/Dialect.h says how each one spells SQL.
enum class DialectKind { SQLite, PostgreSQL };

QString dialectName(DialectKind kind); // "sqlite" / "postgresql"
QString dialectTitle(DialectKind kind); // "SQLite" / "PostgreSQL", as people write them
// Parses "sqlite" / "postgresql" (also "postgres", "pg"); returns false for anything else.
bool parseDialectName(const QString &name, DialectKind *kind);

} // namespace Strata
