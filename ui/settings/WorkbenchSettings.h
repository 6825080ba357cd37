#pragma once

#include "settings/Setting.h"

#include <QByteArray>
#include <QDir>
#include <QStringList>

namespace Strata::Ui {

// Every value the workbench keeps between runs, each declared here once with its key, its default
// and (through Setting) its change signal; nothing else in the workbench calls QSettings. The keys
// are the ones the workbench has always stored, so a user's existing settings keep working.
class WorkbenchSettings
{
public:
    using AtDefault = SettingBase::AtDefault;

    // The window (MainWindow): its geometry, its docks (QMainWindow::saveState) and the split
    // between the details and the editor.
    Setting<QByteArray> windowGeometry{QStringLiteral("mainWindow/geometry")};
    Setting<QByteArray> windowState{QStringLiteral("mainWindow/state")};
    Setting<QByteArray> workSplitterState{QStringLiteral("mainWindow/workSplitter")};
    // Where File > Open Project starts while no project is open: the folder above the last one chosen.
    Setting<QString> lastFolder{QStringLiteral("mainWindow/lastFolder"), QDir::homePath()};
    // The projects opened last, newest first (RecentProjects).
    Setting<QStringList> recentProjects{QStringLiteral("recentProjects")};

    // The preferences (Preferences), applied at the next start. The language is a QLocale name and
    // the theme "light" or "dark"; empty follows the system.
    Setting<QString> language{QStringLiteral("preferences/language"), QString(), AtDefault::Removed};
    Setting<QString> theme{QStringLiteral("preferences/theme"), QString(), AtDefault::Removed};

    // The graph dock's node list (GraphSplitter): its share of the width, and whether it is shown.
    Setting<double> nodeListFraction{QStringLiteral("graph/nodeListFraction"), 0.25};
    Setting<bool> nodeListShown{QStringLiteral("graph/nodeListShown"), true};

    // How much the Log dock shows (LogPanel): "warnings", "info" or "debug".
    Setting<QString> logLevel{QStringLiteral("log/level"), QStringLiteral("info")};

    // File > Export Documentation (ExportDocumentationDialog): the format last exported ("html" or
    // "markdown"), and the folder chosen for each project.
    Setting<QString> docsFormat{QStringLiteral("docs/format"), QStringLiteral("html")};
    ProjectSetting docsFolder{QStringLiteral("docsFolder")};

    // The database URL chosen for a project, never with its password (MigrationConnection); none:
    // the project's own default.
    ProjectSetting databaseUrl{QStringLiteral("databaseUrl")};
};

// The workbench's settings (made on first use).
WorkbenchSettings &workbenchSettings();

} // namespace Strata::Ui
