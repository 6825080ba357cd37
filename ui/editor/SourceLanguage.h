#pragma once

#include <QString>

namespace Strata::Ui {

// What a SourceEditor highlights: database.json and package.json as JSON, migrations as SQL.
enum class SourceLanguage { Plain, Json, Sql };

// The language of a file, by its extension (case-insensitive): .json, .sql, anything else plain.
SourceLanguage languageForFile(const QString &path);

} // namespace Strata::Ui
