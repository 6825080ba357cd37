#include "migrations/MigrationStatusTracker.h"

#include <strata/migration/MigrationQueries.h>
#include "migrations/MigrationConnection.h"
#include <strata/registry/MigrationGraph.h>
#include <strata/registry/Registry.h>

#include <QtConcurrent/QtConcurrentRun>

namespace Strata::Ui {

MigrationStatusTracker::MigrationStatusTracker(Registry *registry, MigrationConnection *connection, QObject *parent)
    : QObject(parent), m_registry(registry), m_connection(connection)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &MigrationStatusTracker::refresh);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &MigrationStatusTracker::onFinished);
    const auto later = [this] { m_debounce.start(); };
    connect(registry, &Registry::reset, this, [this] {
        // Another project, or its strata.json changed: its default database may be another one.
        const ProjectConfig &project = m_registry->project();
        const ProjectConfig &known = m_connection->project();
        if (project.root != known.root || project.database != known.database || project.dialect != known.dialect)
            m_connection->setProject(project); // emits changed, which refreshes
        else
            m_debounce.start();
    });
    connect(registry, &Registry::packageAdded, this, later);
    connect(registry, &Registry::packageChanged, this, later);
    connect(registry, &Registry::packageRemoved, this, later);
    connect(connection, &MigrationConnection::changed, this, [this] {
        // Another database: what was known is about the old one.
        m_hasStatus = false;
        m_statuses.clear();
        m_index.clear();
        refresh();
    });
}

MigrationStatusTracker::~MigrationStatusTracker()
{
    m_watcher.waitForFinished();
}

void MigrationStatusTracker::refresh()
{
    m_debounce.stop();
    if (!m_registry || !m_connection)
        return;
    if (m_watcher.isRunning()) {
        // The running read may predate the change: read again once it is done.
        m_refreshAgain = true;
        return;
    }
    m_display = m_connection->display();
    Q_EMIT refreshStarted();
    const QString unusable = m_connection->error();
    if (!unusable.isEmpty() || m_registry->project().root.isEmpty()) {
        m_watcher.setFuture(QtConcurrent::run([unusable] { return Outcome{{}, unusable}; }));
        return;
    }
    // The registry's graph as it is now: shared and never changed, so the worker can keep it while
    // the registry moves on to the next one.
    const std::shared_ptr<const MigrationGraph> graph = m_registry->migrationGraph();
    const DatabaseUrl url = m_connection->url();
    m_watcher.setFuture(QtConcurrent::run([graph, url] {
        Outcome outcome;
        const Result<QList<AppliedMigration>> history = readMigrationHistory(url, HistoryReadOptions{false});
        outcome.error = history.errorMessage();
        if (history && graph)
            outcome.statuses = migrationStatus(*graph, *history);
        return outcome;
    }));
}

void MigrationStatusTracker::onFinished()
{
    const Outcome outcome = m_watcher.result();
    if (m_refreshAgain) {
        m_refreshAgain = false;
        refresh();
        return;
    }
    m_error = outcome.error;
    m_hasStatus = m_error.isEmpty();
    m_statuses = outcome.statuses;
    m_index.clear();
    for (int i = 0; i < m_statuses.size(); ++i)
        m_index.insert(m_statuses.at(i).package + QLatin1Char('\n') + m_statuses.at(i).id, i);
    Q_EMIT statusChanged();
}

std::optional<MigrationState> MigrationStatusTracker::stateOf(const QString &package, const QString &id) const
{
    const auto it = m_index.constFind(package + QLatin1Char('\n') + id);
    if (it == m_index.cend())
        return std::nullopt;
    return m_statuses.at(*it).state;
}

int MigrationStatusTracker::count(MigrationState state) const
{
    int n = 0;
    for (const MigrationStatus &status : m_statuses)
        n += status.state == state ? 1 : 0;
    return n;
}

QString MigrationStatusTracker::summary() const
{
    if (!m_error.isEmpty())
        return tr("Migrations: %1").arg(m_error);
    if (!m_hasStatus)
        return {};
    QString text = tr("%1 applied, %2 pending").arg(count(MigrationState::Applied)).arg(count(MigrationState::Pending));
    if (const int modified = count(MigrationState::Modified))
        text += tr(", %1 modified").arg(modified);
    if (const int missing = count(MigrationState::Missing))
        text += tr(", %1 missing").arg(missing);
    return tr("%1 on %2").arg(text, m_display);
}

} // namespace Strata::Ui
