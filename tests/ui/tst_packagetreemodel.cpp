#include "UiTestProject.h"

#include <strata/loading/PackageScanner.h>
#include "models/PackageTreeModel.h"
#include <strata/registry/ProjectLoading.h>
#include <strata/registry/Registry.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Strata;
using namespace Strata::Ui;

class TestPackageTreeModel : public QObject
{
    Q_OBJECT

private:
    // The rows below a group are built when first asked for, as a view does when it expands one.
    static int rowsOf(QAbstractItemModel &model, const QModelIndex &parent)
    {
        if (model.canFetchMore(parent))
            model.fetchMore(parent);
        return model.rowCount(parent);
    }
    static QModelIndex child(const QAbstractItemModel &model, const QModelIndex &parent, const QString &name)
    {
        for (int row = 0; row < model.rowCount(parent); ++row) {
            const QModelIndex index = model.index(row, 0, parent);
            if (index.data().toString() == name)
                return index;
        }
        return {};
    }
    static QModelIndex packageIndex(const QAbstractItemModel &model, const QString &name)
    {
        return child(model, {}, name);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsTheExamples()
    {
        Registry registry;
        PackageTreeModel model(&registry);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);

        QVERIFY(discoverAndRegister(Test::examplesDir(), registry) > 0);
        QCOMPARE(model.rowCount(), int(registry.packages().size()));
        QCOMPARE(model.columnCount(), 2);

        // Packages in dependency order; below each, its tables (effective, with workspace_id) and migrations.
        for (int row = 0; row < model.rowCount(); ++row) {
            const PackageDefinition &package = registry.packages().at(row);
            const QModelIndex index = model.index(row, 0);
            QCOMPARE(index.data(PackageTreeModel::PackageRole).toString(), package.name);
            QCOMPARE(model.index(row, 1).data().toString(), package.version);
            QCOMPARE(model.rowCount(index), 2);

            const QModelIndex tables = model.index(0, 0, index);
            QCOMPARE(PackageTreeModel::Kind(tables.data(PackageTreeModel::KindRole).toInt()),
                     PackageTreeModel::Kind::TablesGroup);
            const QList<Table> effective = registry.effectiveTables(package.name);
            QVERIFY(model.hasChildren(tables) == !effective.isEmpty());
            QCOMPARE(rowsOf(model, tables), int(effective.size()));
            for (int t = 0; t < effective.size(); ++t) {
                const QModelIndex table = model.index(t, 0, tables);
                QCOMPARE(table.data().toString(), effective.at(t).name);
                QCOMPARE(model.rowCount(table), int(effective.at(t).columns.size()));
                QVERIFY(!table.data(Qt::DecorationRole).value<QIcon>().isNull());
                QCOMPARE(table.data(PackageTreeModel::FileRole).toString(), package.file);
            }

            const QModelIndex migrations = model.index(1, 0, index);
            QCOMPARE(rowsOf(model, migrations), int(package.migrations.size()));
        }

        // A workspace-scoped table shows the workspace_id column Strata adds.
        const TableRef companies = registry.findTable(u"companies");
        QVERIFY(companies);
        const QModelIndex companiesIndex = model.findItem(companies.package, QStringLiteral("companies"));
        QVERIFY(companiesIndex.isValid());
        QVERIFY(child(model, companiesIndex, QStringLiteral("workspace_id")).isValid());
    }

    void statesFollowTheDiagnostics()
    {
        QTemporaryDir dir;
        QVERIFY(Test::writeUiTestProject(dir.path()));
        Registry registry;
        PackageTreeModel model(&registry);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        discoverAndRegister(dir.path(), registry);
        QCOMPARE(model.rowCount(), 3);

        const QModelIndex notes = packageIndex(model, QStringLiteral("notes"));
        const QModelIndex tags = packageIndex(model, QStringLiteral("tags"));
        QCOMPARE(ItemState(notes.data(PackageTreeModel::StateRole).toInt()), ItemState::Errors);
        QVERIFY(notes.data(PackageTreeModel::ErrorCountRole).toInt() >= 1);
        QCOMPARE(ItemState(tags.data(PackageTreeModel::StateRole).toInt()), ItemState::Valid);

        // The finding is about the column "body": its table and column carry it, the others do not.
        const QModelIndex notesTable = model.findItem(QStringLiteral("notes"), QStringLiteral("notes"));
        QCOMPARE(ItemState(notesTable.data(PackageTreeModel::StateRole).toInt()), ItemState::Errors);
        const QModelIndex body = child(model, notesTable, QStringLiteral("body"));
        const QModelIndex id = child(model, notesTable, QStringLiteral("id"));
        QCOMPARE(ItemState(body.data(PackageTreeModel::StateRole).toInt()), ItemState::Errors);
        QCOMPARE(ItemState(id.data(PackageTreeModel::StateRole).toInt()), ItemState::Valid);
        QVERIFY(body.data(Qt::ToolTipRole).toString().contains(QLatin1String("1")));
    }

    void replacesAndRemovesPackagesInPlace()
    {
        QTemporaryDir dir;
        QVERIFY(Test::writeUiTestProject(dir.path()));
        Registry registry;
        PackageTreeModel model(&registry);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        discoverAndRegister(dir.path(), registry);

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        const QPersistentModelIndex base = packageIndex(model, QStringLiteral("base"));
        const QPersistentModelIndex users = model.findItem(QStringLiteral("base"), QStringLiteral("users"));
        QVERIFY(users.isValid());
        // The rows of "notes" as a view that shows them has them (findItem builds them).
        const QPersistentModelIndex notesTable = model.findItem(QStringLiteral("notes"), QStringLiteral("notes"));
        QVERIFY(notesTable.isValid());

        // Fix "notes": correct the type, drop "author_id", add a table; bump the version.
        PackageDefinition notes = *registry.package(u"notes");
        notes.version = QStringLiteral("1.1.0");
        notes.diagnostics.clear();
        Table &table = notes.tables[0];
        table.columns[1].type = *ColumnType::parse(QStringLiteral("text"));
        table.columns[1].typeSpelling = QStringLiteral("text");
        table.columns.removeLast();
        Table pins;
        pins.name = QStringLiteral("pins");
        Column pinId;
        pinId.name = QStringLiteral("id");
        pinId.type = *ColumnType::parse(QStringLiteral("serial"));
        pinId.typeSpelling = QStringLiteral("serial");
        pinId.primaryKey = true;
        pins.columns.append(pinId);
        notes.tables.append(pins);
        registry.addOrReplace(notes);

        QCOMPARE(resets.size(), 0);
        QVERIFY(inserted.size() >= 1);
        QVERIFY(removed.size() >= 1);
        QVERIFY(changed.size() >= 1);
        QVERIFY(base.isValid());  // untouched rows stay where they were
        QVERIFY(users.isValid());
        QCOMPARE(users.data().toString(), QStringLiteral("users"));
        QVERIFY(notesTable.isValid()); // changed in place, not removed and inserted

        const QModelIndex notesIndex = packageIndex(model, QStringLiteral("notes"));
        QCOMPARE(model.index(notesIndex.row(), 1).data().toString(), QStringLiteral("1.1.0"));
        QCOMPARE(ItemState(notesIndex.data(PackageTreeModel::StateRole).toInt()), ItemState::Valid);
        const QModelIndex notesTables = model.index(0, 0, notesIndex);
        QCOMPARE(model.rowCount(notesTables), 2);
        QCOMPARE(model.rowCount(model.findItem(QStringLiteral("notes"), QStringLiteral("notes"))), 2);
        QVERIFY(model.findItem(QStringLiteral("notes"), QStringLiteral("pins")).isValid());

        // A new package, then removals.
        PackageDefinition extra;
        extra.name = QStringLiteral("extra");
        extra.version = QStringLiteral("0.1.0");
        registry.addOrReplace(extra);
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(packageIndex(model, QStringLiteral("extra")).isValid());

        registry.removePackage(Registry::keyOf(*registry.package(u"tags")));
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(!packageIndex(model, QStringLiteral("tags")).isValid());
        registry.removePackage(QStringLiteral("extra"));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(resets.size(), 0);
        QVERIFY(users.isValid());

        // A whole new project resets.
        registry.clear();
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.rowCount(), 0);
    }

    // A large project must not build 100,000 column rows up front, nor rebuild them all per reload.
    void buildsRowsOnDemandAndChangesOnlyThePackageNamed()
    {
        QTemporaryDir dir;
        QVERIFY(Test::writeUiTestProject(dir.path()));
        Registry registry;
        PackageTreeModel model(&registry); // no tester: it asks for every row
        discoverAndRegister(dir.path(), registry);
        QCOMPARE(model.rowCount(), 3);

        const QPersistentModelIndex notes = packageIndex(model, QStringLiteral("notes"));
        QCOMPARE(model.rowCount(notes), 2); // the groups are there at once
        const QPersistentModelIndex notesTables = model.index(0, 0, notes);
        const QPersistentModelIndex notesMigrations = model.index(1, 0, notes);
        QVERIFY(model.hasChildren(notesTables));
        QVERIFY(model.canFetchMore(notesTables));
        QCOMPARE(model.rowCount(notesTables), 0);
        QCOMPARE(notesTables.data(PackageTreeModel::StateRole).toInt(), int(ItemState::Errors)); // counted all the same
        QVERIFY(notesTables.data(PackageTreeModel::ErrorCountRole).toInt() >= 1);

        // findItem and findMigration build the rows they look in, and only those.
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QVERIFY(model.findItem(QStringLiteral("notes"), QStringLiteral("notes")).isValid());
        QCOMPARE(inserted.size(), 1);
        QVERIFY(!model.canFetchMore(notesTables));
        QVERIFY(model.rowCount(notesTables) >= 1);
        QVERIFY(model.canFetchMore(notesMigrations));
        const QModelIndex tags = packageIndex(model, QStringLiteral("tags"));
        QVERIFY(model.canFetchMore(model.index(0, 0, tags)));
        const QModelIndex baseMigrations = model.index(1, 0, packageIndex(model, QStringLiteral("base")));
        QVERIFY(model.canFetchMore(baseMigrations));
        QVERIFY(model.findMigration(QStringLiteral("base"), QStringLiteral("001_base")).isValid());
        QVERIFY(!model.canFetchMore(baseMigrations));
        QCOMPARE(model.rowCount(baseMigrations), 1);

        // A change of "tags" changes rows of "tags" only; findings only change state roles.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        inserted.clear();
        PackageDefinition tagsDefinition = *registry.package(u"tags");
        tagsDefinition.version = QStringLiteral("9.9.9");
        registry.addOrReplace(tagsDefinition);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(removed.size(), 0);
        QVERIFY(!changed.isEmpty());
        for (const QList<QVariant> &arguments : std::as_const(changed)) {
            const QModelIndex topLeft = arguments.at(0).toModelIndex();
            const QList<int> roles = arguments.at(2).value<QList<int>>();
            if (roles.isEmpty())
                QCOMPARE(topLeft.data(PackageTreeModel::PackageRole).toString(), QStringLiteral("tags"));
            else
                QVERIFY(roles.contains(PackageTreeModel::StateRole));
        }
        QCOMPARE(model.index(tags.row(), PackageTreeModel::DetailsColumn).data().toString(), QStringLiteral("9.9.9"));
        QVERIFY(model.canFetchMore(model.index(0, 0, tags))); // still not built
        QVERIFY(notesTables.isValid());
    }

    void renamingAPackageMovesItsRow()
    {
        QTemporaryDir dir;
        QVERIFY(Test::writeUiTestProject(dir.path()));
        Registry registry;
        PackageTreeModel model(&registry);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        discoverAndRegister(dir.path(), registry);

        PackageDefinition tags = *registry.package(u"tags");
        tags.name = QStringLiteral("aaa-tags"); // sorts elsewhere among packages without dependencies
        registry.addOrReplace(tags);
        QCOMPARE(model.rowCount(), 3);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, 0).data(PackageTreeModel::PackageRole).toString(), registry.packages().at(row).name);
    }
    void showsMigrationStates()
    {
        QTemporaryDir dir;
        QVERIFY(Test::writeUiTestProject(dir.path()));
        Registry registry;
        PackageTreeModel model(&registry);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        discoverAndRegister(dir.path(), registry);
        const QModelIndex migration = model.findMigration(QStringLiteral("base"), QStringLiteral("001_base"));
        QVERIFY(migration.isValid());
        QCOMPARE(migration.data(PackageTreeModel::MigrationStateRole).toInt(), -1); // no database yet
        const QModelIndex group = migration.parent();
        QCOMPARE(model.rowCount(group), 1);

        MigrationStatus applied;
        applied.package = QStringLiteral("base");
        applied.id = QStringLiteral("001_base");
        applied.state = MigrationState::Applied;
        AppliedMigration row;
        row.package = applied.package;
        row.id = applied.id;
        row.appliedAt = QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::LocalTime);
        applied.applied = row;
        MigrationStatus missing;
        missing.package = QStringLiteral("base");
        missing.id = QStringLiteral("000_gone");
        missing.state = MigrationState::Missing;
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setMigrationStatus({applied, missing});
        QVERIFY(!changed.isEmpty()); // in place, not by a reset
        QCOMPARE(MigrationState(migration.data(PackageTreeModel::MigrationStateRole).toInt()), MigrationState::Applied);
        QVERIFY(model.index(migration.row(), PackageTreeModel::DetailsColumn, group).data().toString().startsWith(
            QStringLiteral("applied 2024-05-01")));
        QVERIFY(!migration.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(migration.data(Qt::AccessibleDescriptionRole).toString().contains(QStringLiteral("applied")));
        // The missing one has a row of its own.
        QCOMPARE(model.rowCount(group), 2);
        const QModelIndex gone = model.findMigration(QStringLiteral("base"), QStringLiteral("000_gone"));
        QVERIFY(gone.isValid());
        QCOMPARE(MigrationState(gone.data(PackageTreeModel::MigrationStateRole).toInt()), MigrationState::Missing);
        QVERIFY(model.index(gone.row(), PackageTreeModel::DetailsColumn, group).data().toString().startsWith(
            QStringLiteral("missing")));

        model.setMigrationStatus({});
        QCOMPARE(model.rowCount(group), 1);
        QCOMPARE(migration.data(PackageTreeModel::MigrationStateRole).toInt(), -1);
    }
};

QTEST_MAIN(TestPackageTreeModel)
#include "tst_packagetreemodel.moc"
