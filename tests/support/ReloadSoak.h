#pragma once

// The hot-reload soak: a small project on disk that random file events change the ways editors,
// tools and people do (edits in place, saves by rename, deleted and recreated files, new, removed
// and moved packages, bursts of rapid writes, strata.json edited or only reformatted), and the
// checks that hold a reloader to the disk after every quiet period. The same events drive the core
// reloader, `strata watch` and the workbench.

#include <strata/model/Package.h>
#include <strata/reload/ReloadSummary.h>

#include <QHash>
#include <QList>
#include <QMap>
#include <QRandomGenerator>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Strata {
class ProjectReloader;
class Registry;
}

namespace Strata::Test {

class SoakProject
{
public:
    explicit SoakProject(quint32 seed) : m_random(seed) {}

    // Writes strata.json and the first packages below `root` (an empty folder).
    bool create(const QString &root);
    QString root() const { return m_root; }

    // One random event, or a burst of rapid writes to one file; returns how many file operations it
    // made (0 when one failed: error() says which). Waits a random few milliseconds first, so that
    // events land in every state of the watcher: during the debounce, during a reload, after it.
    int step();
    QString error() const { return m_error; }

    // A quiet period begins: what it touches is recorded from now on.
    void beginPeriod();
    // Names a reload may give the packages this period touched (package names, and the folder names
    // a package that cannot be parsed is known by).
    const QSet<QString> &touched() const { return m_touched; }
    // Whether strata.json says something else than at the start of the period.
    bool projectSettingsChanged() const { return m_requireComments != m_requireCommentsAtStart; }
    // The events of this period, for a failure message.
    QStringList periodLog() const { return m_log; }

private:
    struct ColumnState
    {
        QString name;
        QString type;
        QString references; // a table name, or empty
    };
    struct TableState
    {
        QString name;
        bool workspaceScoped = false;
        QList<ColumnState> columns;
    };
    struct PackageState
    {
        QString name;   // @soak/pN
        QString folder; // below root/packages
        QString version = QStringLiteral("1.0.0");
        QStringList dependencies;
        QList<TableState> tables;
        QMap<QString, QByteArray> migrations; // file name -> content
        bool broken = false;                  // database.json has a syntax error
    };

    bool addPackage(bool announce);
    bool writeDatabaseJson(const PackageState &package, bool byRename);
    bool writeStrataJson(bool reformatted);
    void mutate(PackageState &package);
    QByteArray databaseJson(const PackageState &package) const;
    QByteArray randomMigration(const PackageState &package);
    QString packagePath(const PackageState &package) const;
    void touch(const PackageState &package);
    bool fail(const QString &what);
    int pick(int count) { return int(m_random.bounded(quint32(count))); }
    bool chance(int percent) { return pick(100) < percent; }
    QString allTableName();

    QRandomGenerator m_random;
    QString m_root;
    QList<PackageState> m_packages;
    int m_nextPackage = 0;
    int m_nextName = 0;
    bool m_requireComments = false;
    bool m_requireCommentsAtStart = false;
    QSet<QString> m_touched;
    QStringList m_log;
    QString m_error;
};

// Changes a reload summary reports about tables, migrations or the package itself (not only the
// count of problems, which any package whose dependency changed may have).
bool isStructural(const PackageChange &change);

// The registry's packages by registry key, to tell what a period changed.
QHash<QString, PackageDefinition> packagesOf(const Registry &registry);

// After a quiet period: `registry` must describe exactly what a registry loaded from scratch
// describes, and the summaries of the period must be true (they name only packages the period
// touched, and every package that changed; "strata.json changed" only when it did).
// Returns what is wrong, or an empty string.
QString checkQuietPeriod(const SoakProject &soak, const QHash<QString, PackageDefinition> &before,
                         const Registry &registry, const QList<ReloadSummary> &summaries);

// Runs the event loop until the reloader's watcher has nothing pending and no reload runs.
bool waitForQuiet(ProjectReloader &reloader, int timeoutMs);

} // namespace Strata::Test
