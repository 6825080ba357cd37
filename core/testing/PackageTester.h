#pragma once

#include <strata/diff/SchemaDiff.h>
#include <strata/migration/DatabaseUrl.h>
#include <strata/model/Package.h>
#include <strata/registry/MigrationGraph.h>
#include <strata/testing/PackageTestResult.h>

#include <QHash>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace Strata {

class Registry;

struct PackageTestOptions
{
    // Where the scratch databases go: SQLite (a file in a temporary folder per package) or a
    // PostgreSQL server (a database per package, created there and dropped afterwards).
    DatabaseUrl server;
    // A migration without a down section fails its package (else the round trip stops there, noted).
    bool requireDown = false;
};

// `strata test`: each package in a scratch database of its own, its dependencies' migrations and its
// own applied (its fixtures loaded on the way), the result compared with its declared schema, its
// migrations rolled back (its tables gone, its dependencies' schema as before) and applied again
// and compared again (docs/testing.md). The migrations run through MigrationRunner, as `strata
// migrate` and `strata rollback` run them; the comparisons are diff/'s and sql/'s.
// Everything it reads is copied from the registry when it is made, so that it can run on any thread.
class PackageTester
{
public:
    PackageTester(const Registry &registry, PackageTestOptions options);

    // Called before each package: its index among `total`, its name.
    void setProgress(std::function<void(int index, int total, const QString &package)> progress)
    {
        m_progress = std::move(progress);
    }
    // Stops between two runs of the migrations; the package being tested ends as cancelled.
    void cancel() { m_cancelled.store(true); }

    // Every package (empty: all of them, in dependency order).
    PackageTestRun run(const QStringList &packages = {});
    PackageTestResult test(const QString &package);

private:
    friend class PackageTestSession;

    std::shared_ptr<const MigrationGraph> m_graph;
    DeclaredSchema m_declared;
    QHash<QString, PackageDefinition> m_packages;
    QHash<QString, QStringList> m_dependencies; // direct, packages of the project only
    DialectKind m_dialect = DialectKind::SQLite;
    PackageTestOptions m_options;
    std::function<void(int, int, const QString &)> m_progress;
    std::atomic<bool> m_cancelled{false};
};

} // namespace Strata
