// The run dialog end to end on real SQLite files: examples/ migrated, a failing migration, cancel
// between migrations, rollback; the status tracker and the tree follow.
#include "MigrationsTestProject.h"

#include "migrations/ConnectionDialog.h"
#include "migrations/MigrationStatusTracker.h"
#include "migrations/RunDialog.h"
#include "migrations/SqlView.h"
#include <strata/migration/RunText.h>
#include "models/PackageTreeModel.h"
#include "models/ProblemsModel.h"
#include <strata/registry/MigrationGraph.h>

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace Strata;
using namespace Strata::Ui;

namespace {

struct Confirmations
{
    QList<RunDialog::Confirmation> asked;
    bool acceptDestructive = true;
    RunDialog::ConfirmFunction function()
    {
        return [this](RunDialog::Confirmation confirmation, const QString &) {
            asked.append(confirmation);
            return confirmation == RunDialog::Confirmation::Run || acceptDestructive;
        };
    }
};

// "package:id:sql" of every statement, for comparing a preview with what ran.
QStringList previewStatements(const PlanScript &script)
{
    QStringList list;
    for (const PlanScript::Statement &statement : script.statements)
        list.append(statement.package + QLatin1Char(':') + statement.migration + QLatin1Char(':') + statement.sql);
    return list;
}

QStringList ranStatements(const RunResult &result)
{
    QStringList list;
    for (const MigrationReport &report : result.migrations) {
        for (const StatementReport &statement : report.statements)
            list.append(report.package + QLatin1Char(':') + report.id + QLatin1Char(':') + statement.sql);
    }
    return list;
}

bool preparePlan(RunDialog &dialog)
{
    QSignalSpy ready(&dialog, &RunDialog::planReady);
    dialog.preparePlan();
    return ready.wait(30000) && dialog.stage() == RunDialog::Stage::Preview;
}

std::optional<RunResult> runToEnd(RunDialog &dialog)
{
    QSignalSpy finished(&dialog, &RunDialog::runFinished);
    if (!dialog.start())
        return std::nullopt;
    if (!finished.wait(60000))
        return std::nullopt;
    return dialog.result();
}

} // namespace

class TestRunDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        Test::isolateSettings(QStringLiteral("tst_rundialog"));
    }

    void appliesTheExamplesAndShowsThemApplied()
    {
        Test::MigrationsProject project;
        QVERIFY(project.load());
        ProblemsModel problems(&project.registry);
        MigrationStatusTracker tracker(&project.registry, &project.connection);
        PackageTreeModel tree(&project.registry);
        QAbstractItemModelTester tester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
        connect(&tracker, &MigrationStatusTracker::statusChanged, &tree,
                [&] { tree.setMigrationStatus(tracker.statuses()); });
        QSignalSpy statusSpy(&tracker, &MigrationStatusTracker::statusChanged);
        tracker.refresh();
        QVERIFY(statusSpy.wait(30000));
        const int total = int(MigrationGraph::build(project.registry).nodes().size());
        QVERIFY(total >= 10);
        QCOMPARE(tracker.count(MigrationState::Pending), total);
        QVERIFY(!QFileInfo::exists(project.databasePath)); // looking does not create the database

        // Every migration row shows "pending" before the run.
        const QModelIndex pending = tree.findMigration(QStringLiteral("@acme/crm"), QStringLiteral("001_crm_base"));
        QVERIFY(pending.isValid());
        QCOMPARE(MigrationState(pending.data(PackageTreeModel::MigrationStateRole).toInt()), MigrationState::Pending);

        RunDialog dialog(&project.registry, &project.connection, PlanDirection::Up);
        dialog.setProblemsModel(&problems);
        dialog.setStatusTracker(&tracker);
        Confirmations confirmations;
        dialog.setConfirmFunction(confirmations.function());
        QVERIFY(preparePlan(dialog));
        QCOMPARE(int(dialog.plan().migrations.size()), total);
        const QStringList preview = previewStatements(dialog.previewScript());
        QVERIFY(!preview.isEmpty());
        QCOMPARE(dialog.preview()->text(), dialog.previewScript().text);
        dialog.show();
        dialog.grab().save(QStringLiteral("/tmp/rundialog-preview.png"));

        // Statements as the runner reports them, live.
        QStringList reported;
        QString currentMigration;
        connect(dialog.runner(), &MigrationRunner::migrationStarted, this,
                [&](int, int, const QString &package, const QString &id) { currentMigration = package + QLatin1Char(':') + id; });
        connect(dialog.runner(), &MigrationRunner::statementFinished, this,
                [&](int, const StatementReport &statement) { reported.append(currentMigration + QLatin1Char(':') + statement.sql); });

        statusSpy.clear();
        const std::optional<RunResult> result = runToEnd(dialog);
        QVERIFY(result);
        QVERIFY2(result->ok(), qPrintable(result->errorMessage() + dialog.failureText()));
        QCOMPARE(confirmations.asked.first(), RunDialog::Confirmation::Run);
        QCOMPARE(confirmations.asked.contains(RunDialog::Confirmation::Destructive),
                 dialog.previewScript().destructiveCount() > 0);
        // The preview listed exactly the statements that then ran, in order.
        QCOMPARE(ranStatements(*result), preview);
        QCOMPARE(reported, preview);
        QCOMPARE(dialog.progressBar()->value(), total);
        QCOMPARE(dialog.stage(), RunDialog::Stage::Finished);
        QVERIFY(dialog.logText().contains(QStringLiteral("@acme/crm:001_crm_base")));
        QVERIFY(dialog.logText().contains(QStringLiteral(" ms")));
        dialog.grab().save(QStringLiteral("/tmp/rundialog-done.png"));

        // In the database, and in the status and the tree.
        const QStringList rows = project.appliedRows(QStringLiteral("applied"));
        QCOMPARE(rows.size(), total);
        QVERIFY(rows.contains(QStringLiteral("@acme/crm:001_crm_base")));
        QVERIFY(statusSpy.wait(30000));
        QCOMPARE(tracker.count(MigrationState::Applied), total);
        QCOMPARE(tracker.count(MigrationState::Pending), 0);
        QVERIFY(tracker.summary().contains(QStringLiteral("%1 applied").arg(total)));
        const QModelIndex applied = tree.findMigration(QStringLiteral("@acme/crm"), QStringLiteral("001_crm_base"));
        QCOMPARE(MigrationState(applied.data(PackageTreeModel::MigrationStateRole).toInt()), MigrationState::Applied);
        QVERIFY(tree.index(applied.row(), PackageTreeModel::DetailsColumn, applied.parent())
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("applied")));
        QVERIFY(!applied.data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(problems.runtimeDiagnostics().size(), 0);

        // Nothing left: the next preview says so and cannot start.
        RunDialog again(&project.registry, &project.connection, PlanDirection::Up);
        again.setConfirmFunction(confirmations.function());
        QVERIFY(preparePlan(again));
        QVERIFY(again.plan().migrations.isEmpty());
        QVERIFY(!again.start());
    }

    void aFailureLeavesTheDatabaseAndLandsInProblems()
    {
        Test::MigrationsProject project;
        QVERIFY(project.load());
        ProblemsModel problems(&project.registry);
        QAbstractItemModelTester tester(&problems, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Confirmations confirmations;
        {
            RunDialog dialog(&project.registry, &project.connection, PlanDirection::Up);
            dialog.setConfirmFunction(confirmations.function());
            QVERIFY(preparePlan(dialog));
            const auto result = runToEnd(dialog);
            QVERIFY(result && result->ok());
        }
        const QStringList tablesBefore = project.tables(QStringLiteral("before"));
        const QStringList rowsBefore = project.appliedRows(QStringLiteral("rowsBefore"));
        QCOMPARE(rowsBefore.size(), int(MigrationGraph::build(project.registry).nodes().size()));

        // A migration whose second statement fails, at line 5 of its file.
        const QString file = project.root + QStringLiteral("/packages/crm/migrations/003_broken.sql");
        QVERIFY(Test::writeFile(file, "-- a migration that cannot run\n\n-- strata:up\nCREATE TABLE crm_half_done (id INTEGER);\n"
                                      "INSERT INTO no_such_table (id) VALUES (1);\n\n-- strata:down\nDROP TABLE crm_half_done;\n"));
        QVERIFY(project.reload());
        const int registryProblems = problems.rowCount();

        RunDialog dialog(&project.registry, &project.connection, PlanDirection::Up);
        dialog.setProblemsModel(&problems);
        dialog.setConfirmFunction(confirmations.function());
        QVERIFY(preparePlan(dialog));
        QCOMPARE(dialog.plan().migrations.size(), 1);
        const auto result = runToEnd(dialog);
        QVERIFY(result);
        QVERIFY(!result->ok());
        QVERIFY(result->failure);
        QCOMPARE(result->failure->statementNumber, 2);
        QCOMPARE(result->failure->fileLine, 5);
        QCOMPARE(result->failure->id, QStringLiteral("003_broken"));

        // The database is as it was.
        QCOMPARE(project.tables(QStringLiteral("after")), tablesBefore);
        QCOMPARE(project.appliedRows(QStringLiteral("rowsAfter")), rowsBefore);

        // The dialog says where and why.
        const QString shown = dialog.failureText();
        QVERIFY2(shown.contains(QStringLiteral("@acme/crm:003_broken")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("Statement 2, line 5")), qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("no_such_table")));
        QVERIFY(shown.contains(QStringLiteral("left no trace")));
        QVERIFY2(!shown.contains(QStringLiteral("strata baseline")), qPrintable(shown)); // only for "already exists"
        dialog.show();
        dialog.grab().save(QStringLiteral("/tmp/rundialog-failure.png"));

        // The Problems list keeps it, also through a re-validation, until cleared.
        QCOMPARE(problems.rowCount(), registryProblems + 1);
        const int row = problems.rowCount() - 1;
        QVERIFY(problems.isRuntime(row));
        QVERIFY(problems.index(row, 0).data(ProblemsModel::RuntimeRole).toBool());
        const Diagnostic &d = problems.diagnostic(row);
        QCOMPARE(d.code, QStringLiteral("migration-failed"));
        QCOMPARE(d.location.file, file);
        QCOMPARE(d.location.line, 5);
        QCOMPARE(d.package, QStringLiteral("@acme/crm"));
        QVERIFY(d.isError());
        QCOMPARE(problems.index(row, ProblemsModel::LocationColumn).data().toString(),
                 QStringLiteral("packages/crm/migrations/003_broken.sql:5:1"));
        QVERIFY(project.reload());
        QCOMPARE(problems.rowCount(), registryProblems + 1);

        // Fixed and run again: the failure goes away.
        QVERIFY(Test::writeFile(file, "-- strata:up\nCREATE TABLE crm_half_done (id INTEGER);\n-- strata:down\nDROP TABLE crm_half_done;\n"));
        QVERIFY(project.reload());
        RunDialog fixed(&project.registry, &project.connection, PlanDirection::Up);
        fixed.setProblemsModel(&problems);
        fixed.setConfirmFunction(confirmations.function());
        QVERIFY(preparePlan(fixed));
        const auto second = runToEnd(fixed);
        QVERIFY(second && second->ok());
        QCOMPARE(problems.runtimeDiagnostics().size(), 0);
        QCOMPARE(problems.rowCount(), registryProblems);
    }

    // A table another tool made first: the database's message, and the help `strata migrate` prints,
    // in the dialog, its log and the Problems entry alike.
    void anObjectThatExistsPointsAtBaseline()
    {
        Test::MigrationsProject project;
        QVERIFY(project.load());
        ProblemsModel problems(&project.registry);
        {
            const QString name = QStringLiteral("rundialog-exists");
            {
                QSqlDatabase db = Test::openSqlite(project.databasePath, name);
                QSqlQuery query(db);
                QVERIFY2(query.exec(QStringLiteral("CREATE TABLE crm_taken (id INTEGER)")), qPrintable(query.lastError().text()));
            }
            QSqlDatabase::removeDatabase(name);
        }
        const QString file = project.root + QStringLiteral("/packages/crm/migrations/003_taken.sql");
        QVERIFY(Test::writeFile(file, "-- strata:up\nCREATE TABLE crm_taken (id INTEGER);\n-- strata:down\nDROP TABLE crm_taken;\n"));
        QVERIFY(project.reload());
        Confirmations confirmations;
        RunDialog dialog(&project.registry, &project.connection, PlanDirection::Up);
        dialog.setProblemsModel(&problems);
        dialog.setConfirmFunction(confirmations.function());
        QVERIFY(preparePlan(dialog));
        const auto result = runToEnd(dialog);
        QVERIFY(result);
        QVERIFY(result->failure);
        QCOMPARE(result->failure->id, QStringLiteral("003_taken"));
        const QString help = migrationFailureHelp(*result->failure);
        QVERIFY2(help.contains(QStringLiteral("'strata baseline'")), qPrintable(help));

        const QString shown = dialog.failureText();
        QVERIFY2(shown.contains(QStringLiteral("table crm_taken already exists")), qPrintable(shown));
        QVERIFY2(shown.contains(help.toHtmlEscaped()), qPrintable(shown));
        QVERIFY2(dialog.logText().contains(help), qPrintable(dialog.logText()));
        const auto &runtime = problems.runtimeDiagnostics();
        QCOMPARE(runtime.size(), 1);
        QVERIFY2(runtime.first().help.endsWith(help), qPrintable(runtime.first().help));
    }

    void cancelsBetweenMigrations()
    {
        Test::MigrationsProject project;
        QVERIFY(project.load());
        RunDialog dialog(&project.registry, &project.connection, PlanDirection::Up);
        Confirmations confirmations;
        dialog.setConfirmFunction(confirmations.function());
        QVERIFY(preparePlan(dialog));
        QVERIFY(dialog.plan().migrations.size() > 2);
        // Cancel from the runner's thread as soon as the first migration is done: the runner stops
        // before the second.
        connect(dialog.runner(), &MigrationRunner::migrationFinished, dialog.runner(),
                [&](int index, const MigrationReport &) {
                    if (index == 0)
                        dialog.runner()->cancel();
                }, Qt::DirectConnection);
        const auto result = runToEnd(dialog);
        QVERIFY(result);
        QVERIFY(result->cancelled);
        QVERIFY(!result->failure);
        QCOMPARE(result->migrations.size(), 1);
        QCOMPARE(project.appliedRows(QStringLiteral("cancelled")).size(), 1);
        QVERIFY(dialog.logText().contains(QStringLiteral("Cancelled after 1 migration")));

        // The Cancel button works the same way while running.
        RunDialog second(&project.registry, &project.connection, PlanDirection::Up);
        second.setConfirmFunction(confirmations.function());
        QVERIFY(preparePlan(second));
        QSignalSpy finished(&second, &RunDialog::runFinished);
        QVERIFY(second.start());
        second.cancelRun(); // before the first migration, at the latest before the second
        QVERIFY(finished.wait(60000));
        QVERIFY(second.result()->cancelled);
        QVERIFY(project.appliedRows(QStringLiteral("cancelled2")).size() <= 2);
    }

    void rollsBackStepsAndToATarget()
    {
        Test::MigrationsProject project;
        QVERIFY(project.load());
        MigrationStatusTracker tracker(&project.registry, &project.connection);
        Confirmations confirmations;
        {
            RunDialog dialog(&project.registry, &project.connection, PlanDirection::Up);
            dialog.setConfirmFunction(confirmations.function());
            QVERIFY(preparePlan(dialog));
            const auto result = runToEnd(dialog);
            QVERIFY(result && result->ok());
        }
        const QStringList applied = project.appliedRows(QStringLiteral("applied"));

        RunDialog dialog(&project.registry, &project.connection, PlanDirection::Down);
        dialog.setStatusTracker(&tracker);
        dialog.setConfirmFunction(confirmations.function());
        QVERIFY(preparePlan(dialog));
        QCOMPARE(dialog.plan().migrations.size(), 1); // one step by default
        dialog.setRollbackSteps(2);
        QSignalSpy ready(&dialog, &RunDialog::planReady);
        QVERIFY(ready.wait(30000));
        QCOMPARE(dialog.plan().migrations.size(), 2);
        // Down sections drop things: a second confirmation, and saying no runs nothing.
        QVERIFY(dialog.previewScript().destructiveCount() > 0);
        confirmations.asked.clear();
        confirmations.acceptDestructive = false;
        QVERIFY(!dialog.start());
        QCOMPARE(confirmations.asked,
                 (QList<RunDialog::Confirmation>{RunDialog::Confirmation::Run, RunDialog::Confirmation::Destructive}));
        QCOMPARE(project.appliedRows(QStringLiteral("unchanged")), applied);
        dialog.show();
        dialog.grab().save(QStringLiteral("/tmp/rundialog-rollback.png"));

        confirmations.acceptDestructive = true;
        const QStringList preview = previewStatements(dialog.previewScript());
        QSignalSpy statusSpy(&tracker, &MigrationStatusTracker::statusChanged);
        const auto result = runToEnd(dialog);
        QVERIFY(result && result->ok());
        QCOMPARE(ranStatements(*result), preview);
        QCOMPARE(project.appliedRows(QStringLiteral("rolledBack")), applied.mid(0, applied.size() - 2));
        QVERIFY(statusSpy.wait(30000));
        QCOMPARE(tracker.count(MigrationState::Pending), 2);

        // Back to a target: everything applied after it goes, it stays.
        const QString target = applied.at(2);
        RunDialog toTarget(&project.registry, &project.connection, PlanDirection::Down);
        toTarget.setConfirmFunction(confirmations.function());
        toTarget.setRollbackTarget(target);
        QVERIFY(preparePlan(toTarget));
        QCOMPARE(int(toTarget.plan().migrations.size()), applied.size() - 2 - 3);
        const auto back = runToEnd(toTarget);
        QVERIFY(back && back->ok());
        QCOMPARE(project.appliedRows(QStringLiteral("toTarget")), applied.mid(0, 3));
    }

    void connectionKeepsPasswordsOutOfSettings()
    {
        Test::MigrationsProject project;
        QVERIFY(project.load());
        MigrationConnection &connection = project.connection;
        // The project's default is the embedded SQLite file.
        QVERIFY(connection.setTarget(QString()));
        QVERIFY(connection.isProjectDefault());
        QCOMPARE(connection.url().path, project.root + QStringLiteral("/.strata/strata.db"));

        QVERIFY(connection.setTarget(QStringLiteral("postgresql://app:s3cret@127.0.0.1:5999/app")));
        QCOMPARE(connection.url().password, QStringLiteral("s3cret"));
        QVERIFY(!connection.display().contains(QStringLiteral("s3cret")));
        QVERIFY(connection.hasSessionPassword());
        // Another dialect than the project's migrations: unusable, with the reason.
        QVERIFY(connection.error().contains(QStringLiteral("written for sqlite")));
        {
            QSettings settings;
            settings.sync();
            const QStringList keys = settings.allKeys();
            QVERIFY(!keys.isEmpty());
            for (const QString &key : keys)
                QVERIFY2(!settings.value(key).toString().contains(QStringLiteral("s3cret")), qPrintable(key));
            QFile file(settings.fileName());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(!file.readAll().contains("s3cret"));
        }
        // A new session remembers the URL, not the password.
        MigrationConnection restored;
        restored.setProject(project.registry.project());
        QCOMPARE(restored.urlText(), QStringLiteral("postgresql://app@127.0.0.1:5999/app"));
        QVERIFY(!restored.hasSessionPassword());
        QVERIFY(!restored.url().password.contains(QStringLiteral("s3cret")));

        QString error;
        QVERIFY(!connection.setTarget(QStringLiteral("mysql://nope"), {}, &error));
        QVERIFY(!error.isEmpty());

        // The dialog: test off the GUI thread, masked display, apply.
        ConnectionDialog dialog(&connection);
        dialog.urlEdit()->setText(QStringLiteral("sqlite:") + project.databasePath);
        dialog.setUseProjectDefault(false);
        QSignalSpy tested(&dialog, &ConnectionDialog::testFinished);
        dialog.testConnection();
        QVERIFY(tested.wait(30000));
        QVERIFY2(tested.first().at(0).toBool(), qPrintable(tested.first().at(1).toString()));
        dialog.urlEdit()->setText(QStringLiteral("postgresql://app@127.0.0.1:1/app"));
        dialog.passwordEdit()->setText(QStringLiteral("typed"));
        dialog.testConnection();
        QVERIFY(tested.wait(30000));
        QVERIFY(!tested.last().at(0).toBool());
        QVERIFY(!tested.last().at(1).toString().contains(QStringLiteral("typed")));
        dialog.show();
        dialog.grab().save(QStringLiteral("/tmp/connectiondialog.png"));
        QVERIFY(dialog.apply());
        QCOMPARE(connection.url().password, QStringLiteral("typed"));
        dialog.setUseProjectDefault(true);
        QVERIFY(dialog.apply());
        QVERIFY(connection.isProjectDefault());
    }

private:
};

QTEST_MAIN(TestRunDialog)
#include "tst_rundialog.moc"
