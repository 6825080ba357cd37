#pragma once

#include <strata/diff/SchemaDiff.h>

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

namespace Strata {
class Registry;
}

namespace Strata::Ui {

class MigrationConnection;
class MigrationStatusTracker;

// How the connected database differs from the declared schema (its drift), as
// `strata diff --database` says: worked out on a worker thread (reading a catalog takes a round
// trip per table kind on PostgreSQL) from a copy of the declared tables, again each time the
// migration status is read (the connection changed, the project was reloaded or changed, a run
// ended). Nothing is read from a SQLite file that does not exist yet: looking never creates it.
class DriftTracker : public QObject
{
    Q_OBJECT

public:
    DriftTracker(Registry *registry, MigrationConnection *connection, MigrationStatusTracker *status,
                 QObject *parent = nullptr);
    ~DriftTracker() override;

    // Works it out again now.
    void refresh();
    bool isComputing() const { return m_running; }
    // Whether the drift of the connected database is known.
    bool hasResult() const { return m_hasResult; }
    const SchemaDiff &diff() const { return m_diff; }
    // The differences of every package, without the tables no package declares.
    int differenceCount() const;
    // The database compared, password masked.
    QString database() const { return m_database; }
    // Why it could not be worked out (translated); empty after a success or while not connected.
    QString error() const { return m_error; }
    void clear();

Q_SIGNALS:
    // hasResult(), diff() and error() changed.
    void driftChanged();

private:
    struct Outcome
    {
        SchemaDiff diff;
        QString error;
        quint64 generation = 0;
    };
    void finished();

    QPointer<Registry> m_registry;
    QPointer<MigrationConnection> m_connection;
    QPointer<MigrationStatusTracker> m_status;
    QFutureWatcher<Outcome> m_watcher;
    quint64 m_generation = 0;
    bool m_running = false;
    bool m_pending = false;
    bool m_hasResult = false;
    SchemaDiff m_diff;
    QString m_database;
    QString m_error;
};

} // namespace Strata::Ui
