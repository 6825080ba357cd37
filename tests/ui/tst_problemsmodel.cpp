#include "UiTestProject.h"

#include <strata/loading/PackageScanner.h>
#include "models/ProblemsFilterModel.h"
#include "models/ProblemsModel.h"
#include "panels/ProblemsPanel.h"
#include <strata/registry/ProjectLoading.h>
#include <strata/registry/Registry.h>

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Strata;
using namespace Strata::Ui;

class TestProblemsModel : public QObject
{
    Q_OBJECT

private:
    static Diagnostic warningAt(const QString &file, int line, const QString &package)
    {
        // A code of the test's own, which no DiagnosticCode names: built by hand, not by makeWarning.
        return Diagnostic{Severity::Warning, QStringLiteral("test-warning"), QStringLiteral("something to look at"),
                          SourceLocation{file, line, 3}, package, QStringLiteral("look at it")};
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void listsEveryFinding()
    {
        QTemporaryDir dir;
        QVERIFY(Test::writeUiTestProject(dir.path()));
        Registry registry;
        ProblemsModel model(&registry);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        discoverAndRegister(dir.path(), registry);

        QCOMPARE(model.rowCount(), int(registry.diagnostics().size()));
        QVERIFY(model.rowCount() >= 1);
        QCOMPARE(model.columnCount(), int(ProblemsModel::ColumnCount));

        int row = -1;
        for (int i = 0; i < model.rowCount(); ++i) {
            if (model.index(i, ProblemsModel::PackageColumn).data().toString() == u"notes"
                && model.diagnostic(i).isError())
                row = i;
        }
        QVERIFY(row >= 0);
        const Diagnostic &d = model.diagnostic(row);
        QCOMPARE(model.index(row, ProblemsModel::SeverityColumn).data().toString(), QStringLiteral("Error"));
        QVERIFY(!model.index(row, ProblemsModel::SeverityColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(model.index(row, ProblemsModel::CodeColumn).data().toString(), d.code);
        QCOMPARE(model.index(row, ProblemsModel::MessageColumn).data().toString(), d.message);
        QCOMPARE(model.index(row, ProblemsModel::HelpColumn).data().toString(), d.help);
        // Relative to the project root, with line and column.
        QCOMPARE(model.index(row, ProblemsModel::LocationColumn).data().toString(),
                 QStringLiteral("notes/database.json:%1:%2").arg(d.location.line).arg(d.location.column));
        QVERIFY(d.location.line > 0);
    }

    void followsReplacementsAndRemovals()
    {
        QTemporaryDir dir;
        QVERIFY(Test::writeUiTestProject(dir.path()));
        Registry registry;
        ProblemsModel model(&registry);
        ProblemsFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        discoverAndRegister(dir.path(), registry);
        const int before = model.rowCount();

        PackageDefinition tags = *registry.package(u"tags");
        tags.diagnostics.append(warningAt(tags.file, 4, tags.name));
        tags.diagnostics.append(warningAt(tags.file, 2, tags.name));
        registry.addOrReplace(tags);
        QCOMPARE(model.rowCount(), before + 2);
        QCOMPARE(proxy.rowCount(), before + 2);

        registry.removePackage(Registry::keyOf(tags));
        QCOMPARE(model.rowCount(), before);
        registry.removePackage(Registry::keyOf(*registry.package(u"notes")));
        QCOMPARE(model.rowCount(), int(registry.diagnostics().size()));
        registry.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void filtersBySeverityAndText()
    {
        QTemporaryDir dir;
        QVERIFY(Test::writeUiTestProject(dir.path()));
        Registry registry;
        discoverAndRegister(dir.path(), registry);
        PackageDefinition tags = *registry.package(u"tags");
        tags.diagnostics.append(warningAt(tags.file, 10, tags.name));
        tags.diagnostics.append(warningAt(tags.file, 9, tags.name));
        registry.addOrReplace(tags);

        ProblemsModel model(&registry);
        ProblemsFilterModel proxy;
        proxy.setSourceModel(&model);
        const int errors = countErrors(registry.diagnostics());
        const int warnings = countWarnings(registry.diagnostics());
        QVERIFY(errors >= 1);
        QVERIFY(warnings >= 2);

        proxy.setSeverityShown(Severity::Warning, false);
        QCOMPARE(proxy.rowCount(), errors);
        proxy.setSeverityShown(Severity::Warning, true);
        proxy.setSeverityShown(Severity::Error, false);
        QCOMPARE(proxy.rowCount(), warnings);
        proxy.setSeverityShown(Severity::Error, true);

        proxy.setFilterText(QStringLiteral("SOMETHING TO LOOK"));
        QCOMPARE(proxy.rowCount(), 2);
        // Sorted by location, line 9 comes before line 10 (numbers, not text).
        proxy.sort(ProblemsModel::LocationColumn, Qt::AscendingOrder);
        QVERIFY(proxy.index(0, ProblemsModel::LocationColumn).data().toString().endsWith(QLatin1String(":9:3")));
        QVERIFY(proxy.index(1, ProblemsModel::LocationColumn).data().toString().endsWith(QLatin1String(":10:3")));
        proxy.setFilterText(QString());
        QCOMPARE(proxy.rowCount(), model.rowCount());
    }

    void doubleClickOpensTheLocation()
    {
        QTemporaryDir dir;
        QVERIFY(Test::writeUiTestProject(dir.path()));
        Registry registry;
        discoverAndRegister(dir.path(), registry);
        ProblemsModel model(&registry);
        ProblemsPanel panel(&model);
        panel.resize(900, 300);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));

        QSignalSpy spy(&panel, &ProblemsPanel::openLocation);
        QTableView *view = panel.view();
        const QModelIndex index = view->model()->index(0, ProblemsModel::MessageColumn);
        const QString file = index.data(ProblemsModel::FileRole).toString();
        const int line = index.data(ProblemsModel::LineRole).toInt();
        const int column = index.data(ProblemsModel::ColumnNumberRole).toInt();
        QVERIFY(!file.isEmpty());

        const QPoint center = view->visualRect(index).center();
        // A double-click is a press, release and double-click event: the first click selects.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, center);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, center);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), file);
        QCOMPARE(spy.at(0).at(1).toInt(), line);
        QCOMPARE(spy.at(0).at(2).toInt(), column);

        // The severity toggles filter the view.
        panel.errorsButton()->setChecked(false);
        QCOMPARE(view->model()->rowCount(), countWarnings(registry.diagnostics()));
        panel.errorsButton()->setChecked(true);
        panel.filterEdit()->setText(QStringLiteral("no finding says this"));
        QCOMPARE(view->model()->rowCount(), 0);
    }
    void keepsRuntimeDiagnosticsUntilCleared()
    {
        QTemporaryDir dir;
        QVERIFY(Test::writeUiTestProject(dir.path()));
        Registry registry;
        ProblemsModel model(&registry);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        discoverAndRegister(dir.path(), registry);
        const int validation = model.rowCount();

        const QString file = dir.path() + QStringLiteral("/base/migrations/001_base.sql");
        model.addRuntimeDiagnostic(makeError(DiagnosticCode::MigrationFailed, QStringLiteral("failed"),
                                             SourceLocation{file, 3, 1}, QStringLiteral("fix it"), QStringLiteral("base")));
        QCOMPARE(model.rowCount(), validation + 1);
        QVERIFY(model.isRuntime(validation));
        QVERIFY(!model.isRuntime(0));
        QCOMPARE(model.index(validation, ProblemsModel::LocationColumn).data().toString(),
                 QStringLiteral("base/migrations/001_base.sql:3:1"));
        QCOMPARE(model.index(validation, 0).data(ProblemsModel::LineRole).toInt(), 3);

        // Re-validations and reloads keep it.
        PackageDefinition tags = *registry.package(u"tags");
        registry.addOrReplace(tags);
        registry.removePackage(Registry::keyOf(*registry.package(u"tags")));
        QCOMPARE(model.rowCount(), int(registry.diagnostics().size()) + 1);
        QCOMPARE(model.runtimeDiagnostics().size(), 1);
        QCOMPARE(model.diagnostic(model.rowCount() - 1).code, QStringLiteral("migration-failed"));

        QCOMPARE(model.removeRuntimeDiagnostics([](const Diagnostic &d) { return d.package == u"other"; }), 0);
        model.clearRuntimeDiagnostics();
        QCOMPARE(model.rowCount(), int(registry.diagnostics().size()));
        QCOMPARE(model.runtimeDiagnostics().size(), 0);
    }
};

QTEST_MAIN(TestProblemsModel)
#include "tst_problemsmodel.moc"
