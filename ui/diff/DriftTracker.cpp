#include "diff/DriftTracker.h"

#include "migrations/MigrationConnection.h"
#include "migrations/MigrationStatusTracker.h"
#include <strata/registry/Registry.h>

#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace Strata::Ui {

DriftTracker::DriftTracker(Registry *registry, MigrationConnection *connection, MigrationStatusTracker *status,
                           QObject *parent)
    : QObject(parent), m_registry(registry), m_connection(connection), m_status(status)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &DriftTracker::finished);
    // The status tracker already reads the database at every moment the drift may have changed
    // (another connection, a reload or a change of the project, after a run): follow it.
    connect(status, &MigrationStatusTracker::statusChanged, this, &DriftTracker::refresh);
    connect(connection, &MigrationConnection::changed, this, &DriftTracker::clear);
}

DriftTracker::~DriftTracker()
{
    m_watcher.waitForFinished();
}

int DriftTracker::differenceCount() const
{
    return m_diff.differenceCount() - int(m_diff.undeclared.size());
}

void DriftTracker::refresh()
{
    if (!m_registry || !m_connection || !m_status)
        return;
    if (m_running) {
        m_pending = true; // its result would be stale
        return;
    }
    const DatabaseUrl url = m_connection->url();
    // Not connected (the database cannot be read, or no project), or a SQLite file not yet created:
    // there is no drift to speak of, and reading it would create the file.
    const bool missingFile = url.dialect == DialectKind::SQLite && !url.memory && !QFileInfo::exists(url.path);
    if (!m_status->hasStatus() || m_registry->isEmpty() || !m_connection->isUsable() || missingFile) {
        clear();
        return;
    }
    DeclaredSchema declared = DeclaredSchema::of(*m_registry);
    const quint64 generation = ++m_generation;
    m_database = m_connection->display();
    m_running = true;
    m_watcher.setFuture(QtConcurrent::run([declared = std::move(declared), url, generation] {
        Outcome outcome;
        outcome.generation = generation;
        Result<SchemaDiff> diff = diffWithLiveDatabase(declared, url);
        if (diff)
            outcome.diff = std::move(*diff);
        else
            outcome.error = diff.errorMessage();
        return outcome;
    }));
}

void DriftTracker::finished()
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
    m_error = outcome.error;
    m_hasResult = m_error.isEmpty();
    Q_EMIT driftChanged();
}

void DriftTracker::clear()
{
    ++m_generation; // a computation still running is for another database
    m_pending = false;
    const bool had = m_hasResult || !m_error.isEmpty();
    m_hasResult = false;
    m_diff = {};
    m_error.clear();
    if (had)
        Q_EMIT driftChanged();
}

} // namespace Strata::Ui
