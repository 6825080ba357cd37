#pragma once

#include <strata/migration/Plan.h>

#include <QIcon>
#include <QString>

namespace Strata::Ui {

// How the workbench shows a migration's state on the connected database: the tree, the status
// bar and the dialogs use the same words and icons.
QString migrationStateText(MigrationState state);        // "applied", "pending", ... (translated)
QString migrationStateDescription(MigrationState state); // one sentence for tooltips (translated)
// A round badge drawn at any size: a check (applied), an empty ring (pending), "!" (modified),
// "?" (missing); colors that read on light and dark palettes.
QIcon migrationStateIcon(MigrationState state);

} // namespace Strata::Ui
