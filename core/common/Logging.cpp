#include <strata/common/Logging.h>

Q_LOGGING_CATEGORY(lcScanner, "strata.scanner", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLoader, "strata.loader", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRegistry, "strata.registry", QtInfoMsg)
Q_LOGGING_CATEGORY(lcValidate, "strata.validate", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSql, "strata.sql", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMigrate, "strata.migrate", QtInfoMsg)
Q_LOGGING_CATEGORY(lcReload, "strata.reload", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPlugins, "strata.plugins", QtInfoMsg)
