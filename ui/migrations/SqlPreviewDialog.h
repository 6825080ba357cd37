#pragma once

#include <strata/migration/Plan.h>
#include "migrations/PlanScript.h"
#include <strata/sql/Dialect.h>

#include <QDialog>
#include <QFutureWatcher>
#include <QPointer>

class QComboBox;
class QLabel;
class QPushButton;

namespace Strata {
class Registry;
}

namespace Strata::Ui {

class MigrationConnection;
class SqlView;

// "Preview SQL": the declared schema's DDL in either dialect, or the migrations still pending on
// the connected database with their statements, for one package or the whole project. Read-only;
// Copy and Save As; destructive statements highlighted and counted.
class SqlPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Schema, PendingMigrations };

    SqlPreviewDialog(Registry *registry, MigrationConnection *connection, QWidget *parent = nullptr);
    ~SqlPreviewDialog() override;

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    // The package to show (empty: the whole project).
    QString package() const { return m_package; }
    void setPackage(const QString &package);
    DialectKind dialect() const { return m_dialect; }
    void setDialect(DialectKind dialect);

    // What is shown; for PendingMigrations only once isBusy() is false.
    const PlanScript &script() const { return m_script; }
    bool isBusy() const { return m_planWatcher.isRunning(); }
    // Why the pending migrations cannot be shown (no connection, planner refusal); empty otherwise.
    QString error() const { return m_error; }
    QString summaryText() const;
    SqlView *view() const { return m_view; }

    void copyToClipboard() const;
    bool saveTo(const QString &path, QString *error = nullptr) const;

Q_SIGNALS:
    // The view shows the current mode, package and dialect.
    void updated();

private:
    void rebuild();
    void showPlan();
    void fillPackages();
    void saveAs();

    QPointer<Registry> m_registry;
    QPointer<MigrationConnection> m_connection;
    Mode m_mode = Mode::Schema;
    QString m_package;
    DialectKind m_dialect = DialectKind::SQLite;
    PlanScript m_script;
    QString m_error;
    struct Planned
    {
        Plan plan;
        QString error; // why there is no plan; empty when there is one
    };
    QFutureWatcher<Planned> m_planWatcher;
    bool m_planAgain = false;

    QComboBox *m_modeBox;
    QComboBox *m_packageBox;
    QComboBox *m_dialectBox;
    QLabel *m_summary;
    SqlView *m_view;
    QPushButton *m_copy;
    QPushButton *m_save;
};

} // namespace Strata::Ui
