#include "SchemaDiffTracker.h"

#include <strata/diff/MigratedSchema.h>
#include <strata/registry/MigrationGraph.h>
#include <strata/registry/Registry.h>

#include <QtConcurrent/QtConcurrentRun>

namespace Strata::Ui {

SchemaDiffTracker::SchemaDiffTracker(Registry *registry, QObject *parent) : QObject(parent), m_registry(registry)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, &SchemaDiffTracker::refresh);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &SchemaDiffTracker::finished);
    const auto changed = [this] { m_debounce.start(); };
    connect(registry, &Registry::packageAdded, this, changed);
    connect(registry, &Registry::packageChanged, this, changed);
    connect(registry, &Registry::packageRemoved, this, changed);
    connect(registry, &Registry::reset, this, changed);
}

SchemaDiffTracker::~SchemaDiffTracker()
{
    m_watcher.waitForFinished();
}

void SchemaDiffTracker::refresh()
{
    m_debounce.stop();
    if (!m_registry)
        return;
    if (m_running) {
        m_pending = true; // computed again when this one ends; its result would be stale
        return;
    }
    if (m_registry->isEmpty()) {
        clear();
        return;
    }
    // A copy of what the worker reads: the registry changes on this thread meanwhile.
    DeclaredSchema declared = DeclaredSchema::of(*m_registry);
    std::shared_ptr<const MigrationGraph> graph = m_registry->migrationGraph();
    const DialectKind dialect = m_registry->project().dialect;
    const quint64 generation = ++m_generation;
    m_running = true;
    m_watcher.setFuture(QtConcurrent::run([declared = std::move(declared), graph, dialect, generation] {
        Outcome outcome;
        outcome.generation = generation;
        if (!graph)
            return outcome;
        Result<MigratedSchema> migrated = migratedSchemaOf(*graph, dialect, graph->order());
        if (!migrated) {
            outcome.error = migrated.errorMessage();
            return outcome;
        }
        outcome.diff = diffWithMigrations(declared, *migrated);
        outcome.migrated = std::make_shared<const MigratedSchema>(std::move(*migrated));
        return outcome;
    }));
}

void SchemaDiffTracker::finished()
{
    const Outcome outcome = m_watcher.result();
    m_running = false;
    if (m_pending) {
        m_pending = false;
        refresh();
        return;
    }
    if (outcome.generation != m_generation)
        return;
    m_diff = outcome.diff;
    m_migrated = outcome.migrated;
    m_error = outcome.error;
    m_hasResult = m_error.isEmpty();
    m_packageIndex.clear();
    for (qsizetype i = 0; i < m_diff.packages.size(); ++i)
        m_packageIndex.insert(m_diff.packages.at(i).package, i);
    Q_EMIT diffChanged();
}

QList<SchemaDifference> SchemaDiffTracker::differencesOf(const QString &package) const
{
    const qsizetype i = m_packageIndex.value(package, -1);
    return i < 0 ? QList<SchemaDifference>() : m_diff.packages.at(i).differences;
}

QStringList SchemaDiffTracker::packagesWithChanges() const
{
    QStringList packages;
    for (const PackageDiff &package : m_diff.packages) {
        if (!package.differences.isEmpty())
            packages.append(package.package);
    }
    return packages;
}

void SchemaDiffTracker::clear()
{
    m_debounce.stop();
    ++m_generation; // a computation still running is for another project
    m_pending = false;
    m_hasResult = false;
    m_diff = {};
    m_migrated.reset();
    m_packageIndex.clear();
    m_error.clear();
    Q_EMIT diffChanged();
}

} // namespace Strata::Ui
