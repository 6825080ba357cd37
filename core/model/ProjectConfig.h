#pragma once

#include <strata/common/Diagnostic.h>
#include <strata/common/SourceLocation.h>
#include <strata/model/DialectKind.h>

#include <QString>
#include <QStringList>

namespace Strata {

// The isolation rules that multi-tenant platforms hold their packages to ("rules" in strata.json).
struct ProjectRules
{
    QString tablePrefix;               // every table name starts with it, e.g. "acme_"
    bool requireWorkspaceScope = false; // every table is workspace-scoped unless "global": true
    bool requireComments = false;       // every table and column has a comment (a warning)
};

// The project: the folder Strata opens, and its optional strata.json.
struct ProjectConfig
{
    QString root;        // absolute, clean
    QString file;        // absolute path of strata.json; empty when the project has none
    QStringList packageGlobs; // "packages"; empty = every folder below root holding a database.json
    DialectKind dialect = DialectKind::SQLite;
    QString workspaceTable = QStringLiteral("workspaces");
    QString database;    // "database" as written; empty = the embedded SQLite file
    ProjectRules rules;
    QStringList disabledCodes; // "validation": {"disable": [...]}
    QStringList pluginFolders; // "plugins" as written: folders of package plugins (registration/PluginLoader.h)

    FieldLocations fields; // locations of the strata.json values, for diagnostics about them
    Diagnostics diagnostics; // problems with strata.json itself

    // loading/ProjectConfigLoader.h reads it from strata.json.

    // The default migration target: "database" when set, else the embedded SQLite file.
    QString databaseUrl() const;
    // The embedded SQLite database file: <root>/.strata/strata.db
    QString embeddedDatabasePath() const;
    // The "plugins" folders, absolute and clean (relative ones are taken from the root).
    QStringList pluginFolderPaths() const;
};

} // namespace Strata
