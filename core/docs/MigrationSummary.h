#pragma once

#include <strata/model/DialectKind.h>
#include <strata/model/Migration.h>

#include <QString>
#include <QStringList>

namespace Strata {

// What a migration does, in words, for the documentation: "creates table deals; adds column
// deals.closed_at; creates index deals_stage_idx on deals". Read from the up section's statements
// (split by the dialect's own splitter, words by sql/SqlWords); a C++ migration says that it is code.
// Translated phrases, one per thing done, in the order of the statements.
QStringList describeMigration(const Migration &migration, DialectKind dialect);

} // namespace Strata
