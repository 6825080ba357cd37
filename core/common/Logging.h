#pragma once

#include <QLoggingCategory>

// One category per concern, quiet below warnings by default; `strata -v` and the workbench's log
// dock turn on debug output (QLoggingCategory::setFilterRules("strata.*.debug=true")).
Q_DECLARE_LOGGING_CATEGORY(lcScanner)
Q_DECLARE_LOGGING_CATEGORY(lcLoader)
Q_DECLARE_LOGGING_CATEGORY(lcRegistry)
Q_DECLARE_LOGGING_CATEGORY(lcValidate)
Q_DECLARE_LOGGING_CATEGORY(lcSql)
Q_DECLARE_LOGGING_CATEGORY(lcMigrate)
Q_DECLARE_LOGGING_CATEGORY(lcReload)
Q_DECLARE_LOGGING_CATEGORY(lcPlugins)
