#pragma once

#include <strata/diff/SchemaDiff.h>

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace Strata {
class Registry;
}

namespace Strata::Ui {

// How each package's declared schema differs from what its migrations produce, as `strata diff`
// says, kept current while the project changes: worked out on a worker thread (the SQLite replay
// or the PostgreSQL interpreter takes seconds on a very large project) from a copy of the
// registry's declared tables and its shared migration graph, again after every change (debounced);
// a newer change supersedes a computation still running.
class SchemaDiffTracker : public QObject
{
    Q_OBJECT

public:
    explicit SchemaDiffTracker(Registry *registry, QObject *parent = nullptr);
    ~SchemaDiffTracker() override;

    // Works it out again now.
    void refresh();
    bool isComputing() const { return m_running; }
    // Nothing waiting and nothing running: diff() is of the registry as it is now.
    bool isIdle() const { return !m_debounce.isActive() && !m_running && !m_pending; }
    // Whether a result is known for the project now loaded.
    bool hasResult() const { return m_hasResult; }
    const SchemaDiff &diff() const { return m_diff; }
    // The differences of one package (empty when it matches or nothing is known).
    QList<SchemaDifference> differencesOf(const QString &package) const;
    // The packages with differences (what a generated migration would change), in dependency order.
    QStringList packagesWithChanges() const;
    // Why it could not be worked out (translated); empty after a success.
    QString error() const { return m_error; }
    // What the migrations produce, as of diff() (null while nothing is known): the other side
    // generateMigration needs, kept so that "Generate Migration..." does not replay them again.
    std::shared_ptr<const MigratedSchema> migrated() const { return m_migrated; }
    // How long to wait after a registry change (milliseconds).
    void setDebounceInterval(int milliseconds) { m_debounce.setInterval(milliseconds); }
    void clear();

Q_SIGNALS:
    // A computation ended: diff() and error() are current.
    void diffChanged();

private:
    struct Outcome
    {
        SchemaDiff diff;
        std::shared_ptr<const MigratedSchema> migrated;
        QString error;
        quint64 generation = 0;
    };
    void finished();

    QPointer<Registry> m_registry;
    QTimer m_debounce;
    QFutureWatcher<Outcome> m_watcher;
    quint64 m_generation = 0;
    // From the start of a computation until its result is taken: the watcher says it is no longer
    // running before its finished() signal has been delivered.
    bool m_running = false;
    bool m_pending = false; // a change arrived while computing
    bool m_hasResult = false;
    SchemaDiff m_diff;
    std::shared_ptr<const MigratedSchema> m_migrated;
    QHash<QString, qsizetype> m_packageIndex;
    QString m_error;
};

} // namespace Strata::Ui
