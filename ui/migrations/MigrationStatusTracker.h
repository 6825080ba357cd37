#pragma once

#include <strata/migration/Plan.h>

#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace Strata {
class Registry;
}

namespace Strata::Ui {

class MigrationConnection;

// The state of every migration of the project on the connected database (applied, pending,
// modified, missing), as `strata status` gives it. The history is read on a worker thread; the
// status is computed again when the connection changes, after the registry changes (debounced),
// and on refresh() (after a run). Looking never creates the default SQLite file.
class MigrationStatusTracker : public QObject
{
    Q_OBJECT

public:
    MigrationStatusTracker(Registry *registry, MigrationConnection *connection, QObject *parent = nullptr);
    ~MigrationStatusTracker() override;

    // Reads the history again now (a refresh already running is superseded).
    void refresh();
    bool isRefreshing() const { return m_watcher.isRunning(); }
    // Whether a status is known (a refresh succeeded since the last change of connection).
    bool hasStatus() const { return m_hasStatus; }

    const QList<MigrationStatus> &statuses() const { return m_statuses; }
    std::optional<MigrationState> stateOf(const QString &package, const QString &id) const;
    int count(MigrationState state) const;
    // Why the last refresh failed (translated; never contains a password); empty after a success.
    QString error() const { return m_error; }
    // "12 applied, 3 pending on sqlite:.strata/strata.db", or the error.
    QString summary() const;
    // How long to wait after a registry change before reading again (milliseconds).
    void setDebounceInterval(int milliseconds) { m_debounce.setInterval(milliseconds); }

Q_SIGNALS:
    void refreshStarted();
    // A refresh ended: statuses() and error() are current.
    void statusChanged();

private:
    struct Outcome
    {
        QList<MigrationStatus> statuses;
        QString error;
    };
    void onFinished();

    QPointer<Registry> m_registry;
    QPointer<MigrationConnection> m_connection;
    QFutureWatcher<Outcome> m_watcher;
    QTimer m_debounce;
    bool m_refreshAgain = false;
    bool m_hasStatus = false;
    QList<MigrationStatus> m_statuses;
    QHash<QString, int> m_index; // "package\nid" -> m_statuses
    QString m_error;
    QString m_display;
};

} // namespace Strata::Ui
