// The SQL preview: the declared schema's DDL in both dialects, per package and for the whole
// project, and the pending migrations with destructive statements highlighted and counted.
#include "MigrationsTestProject.h"

#include "migrations/SqlPreviewDialog.h"
#include "migrations/SqlView.h"
#include <strata/sql/DdlRenderer.h>

#include <QApplication>
#include <QClipboard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Strata;
using namespace Strata::Ui;

namespace {

QStringList scriptStatements(const PlanScript &script)
{
    QStringList list;
    for (const PlanScript::Statement &statement : script.statements)
        list.append(statement.sql);
    return list;
}

QStringList rendered(const QList<Table> &tables, DialectKind dialect)
{
    const auto sqlDialect = Dialect::create(dialect);
    return DdlRenderer(*sqlDialect).statements(tables);
}

} // namespace

class TestSqlPreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    }

    void showsTheSchemaInBothDialects()
    {
        Test::MigrationsProject project;
        QVERIFY(project.load());
        SqlPreviewDialog dialog(&project.registry, &project.connection);
        QCOMPARE(dialog.mode(), SqlPreviewDialog::Mode::Schema);
        QCOMPARE(dialog.dialect(), DialectKind::SQLite); // the project's

        const QList<Table> all = project.registry.effectiveTables();
        QCOMPARE(scriptStatements(dialog.script()), rendered(all, DialectKind::SQLite));
        QVERIFY(dialog.view()->text().contains(QStringLiteral("CREATE TABLE")));
        QCOMPARE(dialog.view()->text(), dialog.script().text);
        QCOMPARE(dialog.script().destructiveCount(), 0);
        QVERIFY(dialog.view()->highlightedLines().isEmpty());
        dialog.show();
        dialog.grab().save(QStringLiteral("/tmp/sqlpreview-sqlite.png"));

        QSignalSpy updated(&dialog, &SqlPreviewDialog::updated);
        dialog.setDialect(DialectKind::PostgreSQL);
        QCOMPARE(updated.size(), 1);
        const QStringList postgres = rendered(all, DialectKind::PostgreSQL);
        QCOMPARE(scriptStatements(dialog.script()), postgres);
        QVERIFY(postgres != rendered(all, DialectKind::SQLite));
        dialog.grab().save(QStringLiteral("/tmp/sqlpreview-postgresql.png"));

        // One package.
        dialog.setPackage(QStringLiteral("@acme/crm"));
        QCOMPARE(scriptStatements(dialog.script()),
                 rendered(project.registry.effectiveTables(QStringLiteral("@acme/crm")), DialectKind::PostgreSQL));
        QVERIFY(dialog.script().statements.size() < postgres.size());

        // Copy and Save As give the text shown.
        dialog.copyToClipboard();
        QCOMPARE(QApplication::clipboard()->text(), dialog.script().text);
        const QString file = project.dir.path() + QStringLiteral("/crm.sql");
        QVERIFY(dialog.saveTo(file));
        QCOMPARE(QString::fromUtf8(Test::readFile(file)), dialog.script().text);
    }

    void highlightsDestructivePendingStatements()
    {
        Test::MigrationsProject project;
        QVERIFY(project.load());
        QVERIFY(Test::writeFile(project.root + QStringLiteral("/packages/crm/migrations/003_cleanup.sql"),
                                "-- strata:up\nDROP INDEX deals_pipeline_close_idx;\nCREATE TABLE crm_notes (id INTEGER);\n"
                                "DROP TABLE crm_notes;\n-- strata:down\nSELECT 1;\n"));
        QVERIFY(project.reload());
        SqlPreviewDialog dialog(&project.registry, &project.connection);
        QSignalSpy updated(&dialog, &SqlPreviewDialog::updated);
        dialog.setMode(SqlPreviewDialog::Mode::PendingMigrations);
        QVERIFY(updated.wait(30000));
        QVERIFY2(dialog.error().isEmpty(), qPrintable(dialog.error()));
        QVERIFY(!dialog.isBusy());
        const PlanScript &script = dialog.script();
        QVERIFY(script.migrationCount >= 10);
        QCOMPARE(script.destructiveCount(), 2);
        // Highlighted: exactly the lines of the destructive statements and their warnings.
        QCOMPARE(dialog.view()->highlightedLines(), script.destructiveLines());
        const QStringList lines = script.text.split(QLatin1Char('\n'));
        for (const PlanScript::Statement &statement : script.statements) {
            if (!statement.destructive)
                continue;
            QVERIFY(lines.at(statement.firstLine).startsWith(QStringLiteral("DROP")));
            QVERIFY(lines.at(statement.firstLine - 1).startsWith(QStringLiteral("-- DESTRUCTIVE")));
            QVERIFY(dialog.view()->highlightedLines().contains(statement.firstLine));
        }
        QVERIFY(dialog.summaryText().contains(QStringLiteral("2 destructive statement")));
        QVERIFY(!QFileInfo::exists(project.databasePath)); // previewing creates nothing
        dialog.show();
        dialog.grab().save(QStringLiteral("/tmp/sqlpreview-pending.png"));

        // One package: its pending migrations and those it depends on.
        dialog.setPackage(QStringLiteral("@acme/core"));
        QVERIFY(updated.wait(30000));
        QVERIFY(dialog.script().migrationCount > 0);
        for (const PlanScript::Statement &statement : dialog.script().statements)
            QCOMPARE(statement.package, QStringLiteral("@acme/core"));
        QCOMPARE(dialog.script().destructiveCount(), 0);
        QVERIFY(dialog.view()->highlightedLines().isEmpty());

        // A database of another dialect is refused with the reason.
        QVERIFY(project.connection.setTarget(QStringLiteral("postgresql://app@127.0.0.1:1/app")));
        dialog.setPackage(QString());
        QCOMPARE(dialog.error().isEmpty(), false);
        QVERIFY(dialog.summaryText().contains(QStringLiteral("postgresql")));
    }

    // A migration the runner runs with SQLite's foreign keys off says so under its header.
    void marksForeignKeysOff()
    {
        Plan plan;
        for (const bool off : {true, false}) {
            PlannedMigration migration;
            migration.node.package = QStringLiteral("@acme/crm");
            migration.node.migration.id = off ? QStringLiteral("003_rebuild") : QStringLiteral("004_after");
            migration.foreignKeysOff = off;
            PlannedStatement statement;
            statement.statement.sql = QStringLiteral("SELECT 1");
            statement.fileLine = 2;
            migration.statements.append(statement);
            plan.migrations.append(migration);
        }
        const PlanScript script = planScript(plan, QString());
        const QStringList lines = script.text.split(QLatin1Char('\n'));
        QCOMPARE(lines.value(0), QStringLiteral("-- @acme/crm:003_rebuild  [up]"));
        QCOMPARE(lines.value(1), QStringLiteral("-- foreign keys off: checked before commit, then back on"));
        QCOMPARE(lines.count(QStringLiteral("-- foreign keys off: checked before commit, then back on")), 1);
        QCOMPARE(script.statements.size(), 2);
        QCOMPARE(lines.value(script.statements.at(0).firstLine), QStringLiteral("SELECT 1;"));
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(TestSqlPreview)
#include "tst_sqlpreview.moc"
