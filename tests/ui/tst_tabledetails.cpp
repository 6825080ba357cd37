#include "TestSupport.h"

#include <strata/loading/PackageScanner.h>
#include "models/SummaryTableModel.h"
#include "pages/SummaryPage.h"
#include "pages/TableDetails.h"
#include <strata/registry/ProjectLoading.h>
#include <strata/registry/Registry.h>
#include "style/Theme.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Strata;
using namespace Strata::Ui;
using namespace Strata::Ui::TableDetailsRows;

namespace {

int rowOf(const QAbstractItemModel &model, const QString &firstCell, int column = 0)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, column).data().toString() == firstCell)
            return row;
    }
    return -1;
}

QString cell(const QAbstractItemModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

QStringList columnValues(const QAbstractItemModel &model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(cell(model, row, column));
    return values;
}

QSet<QString> referencingSet(const QAbstractItemModel &model)
{
    QSet<QString> result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.insert(cell(model, row, ReferencedByPackage) + QLatin1Char(' ') + cell(model, row, ReferencedByTable)
                      + QLatin1Char('.') + cell(model, row, ReferencedByColumn));
    return result;
}

// The 1-based line of the first line of `file` that contains `text`.
int lineContaining(const QString &file, const QString &text)
{
    const QStringList lines = QString::fromUtf8(Test::readFile(file)).split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).contains(text))
            return i + 1;
    }
    return -1;
}

} // namespace

class TestTableDetails : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_root;
    Registry m_registry;

    QString crmFile() const { return m_root + QStringLiteral("/packages/crm/database.json"); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_root = m_dir.path() + QStringLiteral("/examples");
        QVERIFY(Test::copyTree(Test::examplesDir(), m_root));
        QCOMPARE(discoverAndRegister(m_root, m_registry), 5);
    }

    void columnTypesInBothDialects_data()
    {
        QTest::addColumn<QString>("package");
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("sqlite");
        QTest::addColumn<QString>("postgresql");
        const QString crm = QStringLiteral("@acme/crm");
        const QString deals = QStringLiteral("deals");
        QTest::newRow("bigserial key") << crm << deals << "id" << "INTEGER" << "bigserial";
        QTest::newRow("numeric") << crm << deals << "amount" << "NUMERIC(14,2)" << "numeric(14,2)";
        QTest::newRow("char") << crm << deals << "currency" << "CHAR(3)" << "char(3)";
        QTest::newRow("timestamptz") << crm << deals << "created_at" << "TEXT" << "timestamptz";
        QTest::newRow("date") << crm << deals << "expected_close_on" << "TEXT" << "date";
        QTest::newRow("workspace_id") << crm << deals << "workspace_id" << "INTEGER" << "bigint";
        QTest::newRow("dialect-specific") << crm << "notes" << "search_vector" << "TEXT" << "tsvector";
        QTest::newRow("enum") << "@acme/projects" << "tasks" << "status" << "TEXT" << "text";
        QTest::newRow("bytes") << "@acme/core" << "api_keys" << "secret_hash" << "BLOB" << "bytea";
        QTest::newRow("uuid") << "@acme/core" << "api_keys" << "id" << "TEXT" << "uuid";
    }

    void columnTypesInBothDialects()
    {
        QFETCH(QString, package);
        QFETCH(QString, table);
        QFETCH(QString, column);
        QFETCH(QString, sqlite);
        QFETCH(QString, postgresql);

        SummaryPage page;
        page.showTable(m_registry, package, table);
        QCOMPARE(page.title(), table);
        QCOMPARE(page.typeDialect(), DialectKind::SQLite); // examples/strata.json says sqlite
        const SummaryTableModel &model = *page.listModel();
        const int row = rowOf(model, column);
        QVERIFY2(row >= 0, qPrintable(column));
        QCOMPARE(model.headerData(ColumnsType, Qt::Horizontal).toString(), QStringLiteral("Type (SQLite)"));
        QCOMPARE(cell(model, row, ColumnsType), sqlite);

        page.setTypeDialect(DialectKind::PostgreSQL);
        QCOMPARE(page.dialectSwitch()->currentText(), QStringLiteral("PostgreSQL"));
        QCOMPARE(model.headerData(ColumnsType, Qt::Horizontal).toString(), QStringLiteral("Type (PostgreSQL)"));
        QCOMPARE(cell(model, rowOf(model, column), ColumnsType), postgresql);
    }

    void dialectSwitchFollowsTheProject()
    {
        SummaryPage page;
        page.showTable(m_registry, QStringLiteral("@acme/crm"), QStringLiteral("deals"));
        QCOMPARE(page.typeDialect(), DialectKind::SQLite);
        QVERIFY(!page.dialectSwitch()->isHidden());
        // The switch through its widget, as a user does it.
        const int pg = page.dialectSwitch()->findText(QStringLiteral("PostgreSQL"));
        page.dialectSwitch()->setCurrentIndex(pg);
        Q_EMIT page.dialectSwitch()->activated(pg);
        QCOMPARE(page.typeDialect(), DialectKind::PostgreSQL);
        QCOMPARE(cell(*page.listModel(), rowOf(*page.listModel(), QStringLiteral("id")), ColumnsType), QStringLiteral("bigserial"));
        // The choice stays while the user browses the same project...
        page.showTable(m_registry, QStringLiteral("@acme/core"), QStringLiteral("users"));
        QCOMPARE(page.typeDialect(), DialectKind::PostgreSQL);
        page.showPackage(m_registry, QStringLiteral("@acme/core"));
        QVERIFY(page.dialectSwitch()->parentWidget()->isHidden());
        QCOMPARE(page.tabs()->count(), 1);

        // ...and another project starts from its own dialect.
        Registry postgres;
        QVERIFY(discoverAndRegister(Test::examplesDir() + QStringLiteral("/postgresql"), postgres) > 0);
        QCOMPARE(postgres.project().dialect, DialectKind::PostgreSQL);
        page.setTypeDialect(DialectKind::SQLite);
        page.showTable(postgres, QStringLiteral("@acme/crm"), QStringLiteral("deals"));
        QCOMPARE(page.typeDialect(), DialectKind::PostgreSQL);
        QCOMPARE(page.dialectSwitch()->currentText(), QStringLiteral("PostgreSQL"));
    }

    void columnCells()
    {
        SummaryPage page;
        QSignalSpy navigate(&page, &SummaryPage::navigate);
        page.showTable(m_registry, QStringLiteral("@acme/crm"), QStringLiteral("deals"));
        const SummaryTableModel &model = *page.listModel();
        const Table *deals = m_registry.findTable(u"deals").table;
        QVERIFY(deals);
        QCOMPARE(model.rowCount(), int(deals->columns.size()));
        QCOMPARE(columnValues(model, ColumnsName).first(), QStringLiteral("id"));
        QCOMPARE(columnValues(model, ColumnsName).at(1), QStringLiteral("workspace_id")); // after the key

        const int id = rowOf(model, QStringLiteral("id"));
        QCOMPARE(cell(model, id, ColumnsKey), QStringLiteral("PK"));
        QCOMPARE(cell(model, id, ColumnsNullable), QStringLiteral("no"));
        const int owner = rowOf(model, QStringLiteral("owner_id"));
        QCOMPARE(cell(model, owner, ColumnsKey), QStringLiteral("FK"));
        QCOMPARE(cell(model, owner, ColumnsNullable), QStringLiteral("yes"));
        QCOMPARE(cell(model, owner, ColumnsReference), QStringLiteral("users.id ON DELETE SET NULL ON UPDATE CASCADE"));
        const int company = rowOf(model, QStringLiteral("company_id"));
        // The reference names no column: the registry resolved it to the target's key.
        QCOMPARE(cell(model, company, ColumnsReference), QStringLiteral("companies.id ON DELETE CASCADE"));
        const int currency = rowOf(model, QStringLiteral("currency"));
        QCOMPARE(cell(model, currency, ColumnsDefault), QStringLiteral("'USD'"));
        QCOMPARE(cell(model, currency, ColumnsComment), QStringLiteral("ISO 4217 code."));
        QCOMPARE(cell(model, currency, ColumnsNullable), QStringLiteral("no"));
        QCOMPARE(cell(model, rowOf(model, QStringLiteral("amount")), ColumnsDefault), QStringLiteral("0"));
        QCOMPARE(cell(model, rowOf(model, QStringLiteral("created_at")), ColumnsDefault), QStringLiteral("CURRENT_TIMESTAMP"));

        // A column with a reference leads to the referenced table.
        Q_EMIT page.listView()->activated(model.index(owner, ColumnsName));
        QCOMPARE(navigate.size(), 1);
        QCOMPARE(navigate.takeFirst().at(0).toStringList(), (QStringList{QStringLiteral("@acme/core"), QStringLiteral("users")}));

        // A unique column of another table.
        page.showTable(m_registry, QStringLiteral("@acme/core"), QStringLiteral("workspaces"));
        QCOMPARE(cell(*page.listModel(), rowOf(*page.listModel(), QStringLiteral("slug")), ColumnsKey), QStringLiteral("unique"));
    }

    void workspaceIdInScopedTables()
    {
        SummaryPage page;
        int scoped = 0;
        for (const PackageDefinition &package : m_registry.packages()) {
            for (const Table &table : m_registry.effectiveTables(package.name)) {
                page.showTable(m_registry, package.name, table.name);
                const int row = rowOf(*page.listModel(), QStringLiteral("workspace_id"));
                const int indexRow = rowOf(*page.indexModel(), QStringLiteral("workspace_id"), IndexColumns);
                if (!table.workspaceScoped) {
                    QVERIFY2(row < 0, qPrintable(table.name));
                    QVERIFY2(indexRow < 0, qPrintable(table.name));
                    continue;
                }
                ++scoped;
                QVERIFY2(row >= 0, qPrintable(table.name));
                QCOMPARE(cell(*page.listModel(), row, ColumnsReference), QStringLiteral("workspaces.id ON DELETE CASCADE"));
                QCOMPARE(cell(*page.listModel(), row, ColumnsComment), QStringLiteral("added by Strata"));
                QCOMPARE(cell(*page.listModel(), row, ColumnsNullable), QStringLiteral("no"));
                QVERIFY2(indexRow >= 0, qPrintable(table.name));
                QCOMPARE(cell(*page.indexModel(), indexRow, IndexName), table.name + QStringLiteral("_workspace_id_idx"));
                QCOMPARE(cell(*page.indexModel(), indexRow, IndexOrigin), QStringLiteral("added by Strata (workspace scope)"));
            }
        }
        QCOMPARE(scoped, 19);
    }

    void indexesAndConstraints()
    {
        SummaryPage page;
        QSignalSpy open(&page, &SummaryPage::openLocation);
        page.showTable(m_registry, QStringLiteral("@acme/crm"), QStringLiteral("deals"));
        QCOMPARE(columnValues(*page.indexModel(), IndexName),
                 (QStringList{QStringLiteral("deals_workspace_id_idx"), QStringLiteral("deals_stage_id_idx"),
                              QStringLiteral("deals_owner_id_idx"), QStringLiteral("deals_pipeline_close_idx")}));
        QCOMPARE(cell(*page.indexModel(), 3, IndexColumns), QStringLiteral("stage_id, closed_at"));
        QCOMPARE(page.tabs()->count(), 4);
        QCOMPARE(page.tabs()->tabText(int(SummaryPage::Tab::Indexes)), QStringLiteral("Indexes (4)"));

        const SummaryTableModel &constraints = *page.constraintModel();
        QCOMPARE(columnValues(constraints, ConstraintKind),
                 (QStringList{QStringLiteral("Primary key"), QStringLiteral("Check"), QStringLiteral("Foreign key"),
                              QStringLiteral("Foreign key"), QStringLiteral("Foreign key"), QStringLiteral("Foreign key"),
                              QStringLiteral("Foreign key")}));
        QCOMPARE(cell(constraints, 0, ConstraintDefinition), QStringLiteral("(id)"));
        QCOMPARE(cell(constraints, 1, ConstraintDefinition), QStringLiteral("amount >= 0"));
        QVERIFY(columnValues(constraints, ConstraintDefinition)
                    .contains(QStringLiteral("(stage_id) → deal_stages.id ON DELETE RESTRICT")));

        // An index row opens its declaration.
        Q_EMIT page.view(SummaryPage::Tab::Indexes)->activated(page.indexModel()->index(3, 0));
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().at(0).toString(), crmFile());
        QCOMPARE(open.first().at(1).toInt(), lineContaining(crmFile(), QStringLiteral("deals_pipeline_close_idx")));

        // Composite keys, named checks, table uniques and enum checks.
        page.showTable(m_registry, QStringLiteral("@acme/billing"), QStringLiteral("invoice_lines"));
        QCOMPARE(cell(*page.constraintModel(), 0, ConstraintDefinition), QStringLiteral("(invoice_id, line_no)"));
        const int named = rowOf(*page.constraintModel(), QStringLiteral("invoice_lines_quantity_positive"), ConstraintName);
        QVERIFY(named >= 0);
        QCOMPARE(cell(*page.constraintModel(), named, ConstraintDefinition), QStringLiteral("quantity > 0"));
        page.showTable(m_registry, QStringLiteral("@acme/billing"), QStringLiteral("invoices"));
        QVERIFY(columnValues(*page.constraintModel(), ConstraintDefinition).contains(QStringLiteral("(workspace_id, number)")));
        QVERIFY(columnValues(*page.constraintModel(), ConstraintDefinition)
                    .contains(QStringLiteral("status IN ('draft', 'open', 'paid', 'void', 'uncollectible')")));
    }

    void referencedBy()
    {
        SummaryPage page;
        QSignalSpy navigate(&page, &SummaryPage::navigate);
        page.showTable(m_registry, QStringLiteral("@acme/crm"), QStringLiteral("deals"));
        QCOMPARE(referencingSet(*page.referencedByModel()),
                 (QSet<QString>{QStringLiteral("@acme/crm notes.deal_id"), QStringLiteral("@acme/projects tasks.deal_id")}));
        QCOMPARE(page.tabs()->tabText(int(SummaryPage::Tab::ReferencedBy)), QStringLiteral("Referenced by (2)"));
        const int tasks = rowOf(*page.referencedByModel(), QStringLiteral("tasks"), ReferencedByTable);
        QCOMPARE(cell(*page.referencedByModel(), tasks, ReferencedByAction), QStringLiteral("SET NULL"));
        Q_EMIT page.view(SummaryPage::Tab::ReferencedBy)->activated(page.referencedByModel()->index(tasks, 1));
        QCOMPARE(navigate.size(), 1);
        QCOMPARE(navigate.first().at(0).toStringList(), (QStringList{QStringLiteral("@acme/projects"), QStringLiteral("tasks")}));

        page.showTable(m_registry, QStringLiteral("@acme/core"), QStringLiteral("roles"));
        QCOMPARE(referencingSet(*page.referencedByModel()),
                 (QSet<QString>{QStringLiteral("@acme/core memberships.role_id"), QStringLiteral("@acme/core invitations.role_id")}));

        // users: every owner, author and creator column of the five packages.
        page.showTable(m_registry, QStringLiteral("@acme/core"), QStringLiteral("users"));
        const QSet<QString> users{
            QStringLiteral("@acme/core memberships.user_id"),   QStringLiteral("@acme/core invitations.invited_by"),
            QStringLiteral("@acme/core api_keys.created_by"),   QStringLiteral("@acme/audit audit_events.actor_user_id"),
            QStringLiteral("@acme/crm companies.owner_id"),     QStringLiteral("@acme/crm contacts.owner_id"),
            QStringLiteral("@acme/crm deals.owner_id"),         QStringLiteral("@acme/crm notes.author_id"),
            QStringLiteral("@acme/projects projects.owner_id"), QStringLiteral("@acme/projects tasks.created_by"),
            QStringLiteral("@acme/projects task_assignees.user_id"), QStringLiteral("@acme/projects comments.author_id"),
        };
        QCOMPARE(referencingSet(*page.referencedByModel()), users);

        // workspaces: the workspace_id of every scoped table, which Strata added.
        page.showTable(m_registry, QStringLiteral("@acme/core"), QStringLiteral("workspaces"));
        QCOMPARE(page.referencedByModel()->rowCount(), 19);
        QVERIFY(referencingSet(*page.referencedByModel()).contains(QStringLiteral("@acme/crm deals.workspace_id (added by Strata)")));
    }

    void definedIn()
    {
        SummaryPage page;
        QSignalSpy open(&page, &SummaryPage::openLocation);
        page.showTable(m_registry, QStringLiteral("@acme/crm"), QStringLiteral("deals"));
        const SourceLocation where = page.definition();
        QCOMPARE(where.file, crmFile());
        // The table object starts on the line before its name.
        QCOMPARE(where.line, lineContaining(crmFile(), QStringLiteral("\"name\": \"deals\"")) - 1);
        QVERIFY(where.column > 0);

        // The link shows the place relative to the project and opens it.
        QLabel *link = nullptr;
        for (QLabel *label : page.findChildren<QLabel *>()) {
            if (label->text().contains(QStringLiteral("database.json:")))
                link = label;
        }
        QVERIFY(link);
        QVERIFY(link->text().contains(QStringLiteral("packages/crm/database.json:%1").arg(where.line)));
        const QRegularExpressionMatch href = QRegularExpression(QStringLiteral("href=\"([^\"]+)\"")).match(link->text());
        QVERIFY(href.hasMatch());
        Q_EMIT link->linkActivated(href.captured(1));
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().at(0).toString(), where.file);
        QCOMPARE(open.first().at(1).toInt(), where.line);
        QCOMPARE(open.first().at(2).toInt(), where.column);

        // The package link goes to the package.
        QSignalSpy navigate(&page, &SummaryPage::navigate);
        Q_EMIT link->linkActivated(QStringLiteral("strata:package"));
        QCOMPARE(navigate.size(), 1);
        QCOMPARE(navigate.first().at(0).toStringList(), QStringList{QStringLiteral("@acme/crm")});

        // Other items have no definition to open.
        page.showPackage(m_registry, QStringLiteral("@acme/crm"));
        QVERIFY(!page.definition().isValid());
    }

    void modelsPassTheTester()
    {
        SummaryPage page;
        const QList<SummaryTableModel *> models{page.listModel(), page.indexModel(), page.constraintModel(),
                                                page.referencedByModel()};
        std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
        for (SummaryTableModel *model : models)
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest));
        page.showProject(m_registry);
        page.showTable(m_registry, QStringLiteral("@acme/core"), QStringLiteral("workspaces"));
        page.setTypeDialect(DialectKind::PostgreSQL);
        page.showTable(m_registry, QStringLiteral("@acme/crm"), QStringLiteral("deals"));
        page.showPackage(m_registry, QStringLiteral("@acme/crm"));
        page.showMigration(m_registry, QStringLiteral("@acme/crm"), QStringLiteral("001_crm_base"));
    }

    // The table tabs (indexes, constraints, referenced by) exist before a table is shown: until
    // then no view may sit visible outside the tab widget (one did, as a white box over the title).
    void noViewOutsideTheTabs()
    {
        SummaryPage page;
        page.resize(800, 600);
        page.show();
        page.showProject(m_registry);
        auto *tabs = page.findChild<QTabWidget *>();
        QVERIFY(tabs);
        const auto check = [&] {
            for (QTableView *view : page.findChildren<QTableView *>()) {
                if (view->isVisibleTo(&page))
                    QVERIFY2(tabs->isAncestorOf(view), qPrintable(view->accessibleName()));
            }
        };
        check();
        page.showTable(m_registry, QStringLiteral("@acme/crm"), QStringLiteral("deals"));
        check();
        page.showPackage(m_registry, QStringLiteral("@acme/crm"));
        check();
    }

    // The project's list shown again after a reload: only the rows that changed are updated, so the
    // view keeps its selection and scroll position; another list (other rows) is a reset.
    void listShownAgainUpdatesChangedRowsInPlace()
    {
        SummaryTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto row = [](const QString &name, const QString &problems) {
            SummaryTableModel::Row r;
            r.cells = {name, problems};
            r.target = {name};
            return r;
        };
        const QStringList headers{QStringLiteral("Package"), QStringLiteral("Problems")};
        model.setContent(headers, {row(QStringLiteral("a"), QString()), row(QStringLiteral("b"), QString()),
                                   row(QStringLiteral("c"), QString())});
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

        model.setContent(headers, {row(QStringLiteral("a"), QString()), row(QStringLiteral("b"), QStringLiteral("1 error")),
                                   row(QStringLiteral("c"), QString())});
        QCOMPARE(resets.size(), 0);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(changes.first().at(1).toModelIndex().column(), 1);
        QCOMPARE(model.data(model.index(1, 1)).toString(), QStringLiteral("1 error"));

        model.setContent(headers, {row(QStringLiteral("a"), QString()), row(QStringLiteral("c"), QString()),
                                   row(QStringLiteral("b"), QString())});
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.data(model.index(1, 0)).toString(), QStringLiteral("c"));
    }

    // A project of 10,000 tables: showing one (with 1,000 tables referring to it) stays quick.
    void largeProject()
    {
        QList<PackageDefinition> packages;
        const Strata::ColumnType bigserial = *Strata::ColumnType::parse(QStringLiteral("bigserial"));
        const Strata::ColumnType bigint = *Strata::ColumnType::parse(QStringLiteral("bigint"));
        for (int p = 0; p < 100; ++p) {
            PackageDefinition package;
            package.name = QStringLiteral("p%1").arg(p);
            package.version = QStringLiteral("1.0.0");
            if (p > 0) {
                Dependency dependency;
                dependency.name = QStringLiteral("p0");
                dependency.range = QStringLiteral("^1.0.0");
                package.dependencies.append(dependency);
            }
            for (int t = 0; t < 100; ++t) {
                Table table;
                table.name = QStringLiteral("t%1_%2").arg(p).arg(t);
                table.workspaceScoped = true;
                Column id;
                id.name = QStringLiteral("id");
                id.type = bigserial;
                id.typeSpelling = QStringLiteral("bigserial");
                id.primaryKey = true;
                Column ref;
                ref.name = QStringLiteral("ref_id");
                ref.type = bigint;
                ref.typeSpelling = QStringLiteral("bigint");
                ref.references.table = QStringLiteral("t0_%1").arg(t % 10);
                table.columns = {id, ref};
                package.tables.append(table);
            }
            if (p == 0) {
                Table workspaces;
                workspaces.name = QStringLiteral("workspaces");
                workspaces.global = true;
                Column id;
                id.name = QStringLiteral("id");
                id.type = bigserial;
                id.typeSpelling = QStringLiteral("bigserial");
                id.primaryKey = true;
                workspaces.columns = {id};
                package.tables.prepend(workspaces);
            }
            packages.append(package);
        }
        ProjectConfig project;
        project.root = m_dir.path() + QStringLiteral("/large");
        Registry registry;
        registry.setProject(project, packages);

        SummaryPage page;
        QElapsedTimer timer;
        timer.start();
        page.showTable(registry, QStringLiteral("p0"), QStringLiteral("t0_0"));
        const qint64 elapsed = timer.elapsed();
        qInfo("showing a table of a 10,000-table project took %lld ms", elapsed);
        QCOMPARE(page.referencedByModel()->rowCount(), 1000);
        QVERIFY2(elapsed < 1500, qPrintable(QString::number(elapsed)));
        timer.restart();
        page.setTypeDialect(DialectKind::PostgreSQL);
        QVERIFY2(timer.elapsed() < 500, qPrintable(QString::number(timer.elapsed())));
    }

    // Pictures to look at: the details of a table in the light and the dark palette.
    void screenshots()
    {
        auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
        QVERIFY(app);
        for (const QString &theme : {QStringLiteral("light"), QStringLiteral("dark")}) {
            Theme::apply(*app, theme);
            SummaryPage page;
            page.resize(1100, 640);
            page.showTable(m_registry, QStringLiteral("@acme/crm"), QStringLiteral("deals"));
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            QApplication::processEvents(); // new property rows show once the layout ran
            page.grab().save(QStringLiteral("/tmp/tabledetails-columns-%1.png").arg(theme));
            page.tabs()->setCurrentIndex(int(SummaryPage::Tab::Constraints));
            QApplication::processEvents(); // new property rows show once the layout ran
            page.grab().save(QStringLiteral("/tmp/tabledetails-constraints-%1.png").arg(theme));
            page.showTable(m_registry, QStringLiteral("@acme/core"), QStringLiteral("users"));
            page.tabs()->setCurrentIndex(int(SummaryPage::Tab::ReferencedBy));
            QApplication::processEvents(); // new property rows show once the layout ran
            page.grab().save(QStringLiteral("/tmp/tabledetails-referencedby-%1.png").arg(theme));
            page.tabs()->setCurrentIndex(int(SummaryPage::Tab::Indexes));
            QApplication::processEvents(); // new property rows show once the layout ran
            page.grab().save(QStringLiteral("/tmp/tabledetails-indexes-%1.png").arg(theme));
            page.showProject(m_registry);
            QApplication::processEvents(); // new property rows show once the layout ran
            page.grab().save(QStringLiteral("/tmp/tabledetails-project-%1.png").arg(theme));
        }
        Theme::apply(*app, QStringLiteral("light"));
    }
};

QTEST_MAIN(TestTableDetails)
#include "tst_tabledetails.moc"
