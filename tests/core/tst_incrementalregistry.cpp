// The registry re-validates a changed package in place (only the packages whose findings the change
// can touch) instead of validating the whole project again. This test holds it to the one rule that
// matters: after any sequence of changes, the registry says exactly what a registry loaded from
// scratch says: every finding (code, place, message, help), every effective table, every index
// name, the migration graph. Hundreds of random edits run over a small project built so that its
// packages reference each other's tables, share index names and require each other's migrations.

#include "RegistryDescription.h"
#include <strata/loading/PackageLoader.h>
#include <strata/loading/PackageScanner.h>
#include <strata/loading/ProjectConfigLoader.h>
#include <strata/model/ProjectConfig.h>
#include <strata/registration/Registration.h>
#include <strata/registry/MigrationGraph.h>
#include <strata/registry/Registry.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Strata;

namespace {

constexpr int Packages = 8;

QString packageName(int i)
{
    return QStringLiteral("@t/p%1").arg(i);
}

// Names the random edits draw from: each package's own tables, tables of other packages (for
// duplicates), and names no package declares (for broken references and their suggestions).
QStringList tableNamePool()
{
    QStringList names{QStringLiteral("workspaces"), QStringLiteral("ghost"), QStringLiteral("ghosts"),
                      QStringLiteral("orderz")};
    for (int i = 0; i < Packages; ++i) {
        names.append(QStringLiteral("p%1_orders").arg(i));
        names.append(QStringLiteral("p%1_items").arg(i));
    }
    return names;
}

QJsonObject column(const QString &name, const QString &type, bool key = false)
{
    QJsonObject c{{QStringLiteral("name"), name}, {QStringLiteral("type"), type}};
    if (key)
        c.insert(QStringLiteral("primaryKey"), true);
    return c;
}

QJsonObject reference(const QString &name, const QString &table, const QString &targetColumn = {})
{
    QJsonObject c = column(name, QStringLiteral("bigint"));
    QJsonObject ref{{QStringLiteral("table"), table}};
    if (!targetColumn.isEmpty())
        ref.insert(QStringLiteral("column"), targetColumn);
    c.insert(QStringLiteral("references"), ref);
    return c;
}

class Project
{
public:
    bool create()
    {
        if (!m_dir.isValid())
            return false;
        QFile config(m_dir.filePath(QStringLiteral("strata.json")));
        if (!config.open(QIODevice::WriteOnly))
            return false;
        config.write("{\"packages\": [\"packages/" "*\"], \"dialect\": \"sqlite\", \"workspaceTable\": \"workspaces\"}");
        config.close();
        for (int i = 0; i < Packages; ++i) {
            QJsonObject json{{QStringLiteral("packageName"), packageName(i)}, {QStringLiteral("version"), QStringLiteral("1.0.0")}};
            QJsonObject dependencies;
            if (i > 0)
                dependencies.insert(packageName(0), QStringLiteral("^1.0.0"));
            if (i > 1)
                dependencies.insert(packageName(i - 1), QStringLiteral("^1.0.0"));
            json.insert(QStringLiteral("dependencies"), dependencies);
            QJsonArray tables;
            if (i == 0) {
                tables.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("workspaces")},
                                          {QStringLiteral("columns"), QJsonArray{column(QStringLiteral("id"), QStringLiteral("bigserial"), true)}}});
            }
            QJsonObject orders{{QStringLiteral("name"), QStringLiteral("p%1_orders").arg(i)},
                               {QStringLiteral("workspaceScoped"), i > 0}};
            QJsonArray columns{column(QStringLiteral("id"), QStringLiteral("bigserial"), true),
                               column(QStringLiteral("code"), QStringLiteral("varchar(20)"))};
            if (i > 1)
                columns.append(reference(QStringLiteral("previous_id"), QStringLiteral("p%1_orders").arg(i - 1)));
            orders.insert(QStringLiteral("columns"), columns);
            orders.insert(QStringLiteral("indexes"),
                          QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("shared_code_idx_%1").arg(i % 3)},
                                                 {QStringLiteral("columns"), QJsonArray{QStringLiteral("code")}}}});
            tables.append(orders);
            tables.append(QJsonObject{
                {QStringLiteral("name"), QStringLiteral("p%1_items").arg(i)},
                {QStringLiteral("columns"),
                 QJsonArray{column(QStringLiteral("id"), QStringLiteral("bigserial"), true),
                            reference(QStringLiteral("order_id"), QStringLiteral("p%1_orders").arg(i))}}});
            json.insert(QStringLiteral("tables"), tables);
            m_json.append(json);
            if (!writePackage(i))
                return false;
            for (int m = 1; m <= 2; ++m) {
                const QString requires_ = i > 1 && m == 1 ? QStringLiteral("-- strata:requires %1:0002_more\n").arg(packageName(i - 1)) : QString();
                if (!writeMigration(i, QStringLiteral("%1_%2").arg(m, 4, 10, QLatin1Char('0')).arg(m == 1 ? QStringLiteral("init") : QStringLiteral("more")), requires_))
                    return false;
            }
        }
        return true;
    }

    QString root() const { return m_dir.path(); }
    QString folder(int i) const { return m_dir.filePath(QStringLiteral("packages/p%1").arg(i)); }
    QJsonObject &json(int i) { return m_json[i]; }

    bool writePackage(int i)
    {
        QDir().mkpath(folder(i) + QStringLiteral("/migrations"));
        QFile file(folder(i) + QStringLiteral("/database.json"));
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            && file.write(QJsonDocument(m_json.at(i)).toJson()) > 0;
    }

    bool writeMigration(int i, const QString &id, const QString &header)
    {
        QFile file(folder(i) + QStringLiteral("/migrations/") + id + QStringLiteral(".sql"));
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            && file.write((header + QStringLiteral("-- strata:up\nSELECT 1;\n-- strata:down\nSELECT 2;\n")).toUtf8()) > 0;
    }

    QStringList migrationFiles(int i) const
    {
        return QDir(folder(i) + QStringLiteral("/migrations")).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    }

private:
    QTemporaryDir m_dir;
    QList<QJsonObject> m_json;
};

} // namespace

class TestIncrementalRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void randomEditsMatchAFreshLoad_data();
    void randomEditsMatchAFreshLoad();
    void aTableEditStaysInPlaceAndRevalidatesWhatItTouches();
    void migrationsCompareTheirCodeByIdentity();
};

void TestIncrementalRegistry::randomEditsMatchAFreshLoad_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : {1u, 2u, 3u, 4u})
        QTest::addRow("seed %u", seed) << seed;
}

void TestIncrementalRegistry::randomEditsMatchAFreshLoad()
{
    QFETCH(quint32, seed);
    Project project;
    QVERIFY(project.create());
    const ProjectConfig config = loadProjectConfig(project.root());
    Registry registry;
    registry.setProject(config, PackageScanner::loadAll(PackageScanner::discover(config, nullptr, nullptr), config));
    QVERIFY2(Test::describeRegistry(registry).join(u'\n').contains(QStringLiteral("table @t/p3 p3_orders")), "the project did not load");

    QRandomGenerator random(seed);
    const QStringList pool = tableNamePool();
    const auto any = [&](const QStringList &list) { return list.at(int(random.bounded(quint32(list.size())))); };
    int inPlace = 0;
    const int steps = 120;
    for (int step = 0; step < steps; ++step) {
        const int p = int(random.bounded(quint32(Packages)));
        QJsonObject &json = project.json(p);
        QJsonArray tables = json.value(QStringLiteral("tables")).toArray();
        QString what;
        switch (random.bounded(10)) {
        case 0: { // a new table, maybe with a name another package uses, maybe referencing anything
            const QString name = any(pool);
            QJsonArray columns{column(QStringLiteral("id"), QStringLiteral("bigserial"), true)};
            if (random.bounded(2))
                columns.append(reference(QStringLiteral("ref_id"), any(pool)));
            tables.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("columns"), columns},
                                      {QStringLiteral("workspaceScoped"), p > 0 && random.bounded(2) == 1}});
            what = QStringLiteral("add table ") + name;
            break;
        }
        case 1: // a table goes
            if (!tables.isEmpty() && !(p == 0 && tables.size() == 1)) {
                const int t = int(random.bounded(quint32(tables.size())));
                if (tables.at(t).toObject().value(QStringLiteral("name")).toString() != QStringLiteral("workspaces")) {
                    what = QStringLiteral("remove table ") + tables.at(t).toObject().value(QStringLiteral("name")).toString();
                    tables.removeAt(t);
                }
            }
            break;
        case 2: { // a reference to some table, by key or by a named column
            if (tables.isEmpty())
                break;
            const int t = int(random.bounded(quint32(tables.size())));
            QJsonObject table = tables.at(t).toObject();
            QJsonArray columns = table.value(QStringLiteral("columns")).toArray();
            const QString target = any(pool);
            const QString targetColumn = random.bounded(3) == 0 ? any({QStringLiteral("id"), QStringLiteral("code"), QStringLiteral("nope")}) : QString();
            columns.append(reference(QStringLiteral("r%1_id").arg(step), target, targetColumn));
            table.insert(QStringLiteral("columns"), columns);
            tables.replace(t, table);
            what = QStringLiteral("reference ") + target + u'.' + targetColumn;
            break;
        }
        case 3: { // the key moves or goes, or the key's type changes: what references it breaks
            if (tables.isEmpty())
                break;
            const int t = int(random.bounded(quint32(tables.size())));
            QJsonObject table = tables.at(t).toObject();
            if (table.value(QStringLiteral("name")).toString() == QStringLiteral("workspaces"))
                break;
            QJsonArray columns = table.value(QStringLiteral("columns")).toArray();
            QJsonObject first = columns.first().toObject();
            switch (random.bounded(3)) {
            case 0: first.insert(QStringLiteral("primaryKey"), !first.value(QStringLiteral("primaryKey")).toBool()); break;
            case 1: first.insert(QStringLiteral("type"), any({QStringLiteral("bigserial"), QStringLiteral("uuid"), QStringLiteral("integer")})); break;
            default: first.insert(QStringLiteral("name"), any({QStringLiteral("id"), QStringLiteral("key")})); break;
            }
            columns.replace(0, first);
            table.insert(QStringLiteral("columns"), columns);
            tables.replace(t, table);
            what = QStringLiteral("key of ") + table.value(QStringLiteral("name")).toString();
            break;
        }
        case 4: { // an index named like other packages' indexes, or unnamed (its name is derived)
            if (tables.isEmpty())
                break;
            const int t = int(random.bounded(quint32(tables.size())));
            QJsonObject table = tables.at(t).toObject();
            QJsonArray indexes = table.value(QStringLiteral("indexes")).toArray();
            QJsonObject index{{QStringLiteral("columns"), QJsonArray{QStringLiteral("id")}}};
            if (random.bounded(3))
                index.insert(QStringLiteral("name"), QStringLiteral("shared_code_idx_%1").arg(random.bounded(4)));
            indexes.append(index);
            table.insert(QStringLiteral("indexes"), indexes);
            tables.replace(t, table);
            what = QStringLiteral("index on ") + table.value(QStringLiteral("name")).toString();
            break;
        }
        case 5: { // a migration requiring another package's migration (known or not), or going away
            const QStringList files = project.migrationFiles(p);
            if (!files.isEmpty() && random.bounded(3) == 0) {
                QFile::remove(project.folder(p) + QStringLiteral("/migrations/") + any(files));
                what = QStringLiteral("remove a migration");
            } else {
                const QString target = packageName(int(random.bounded(quint32(Packages))));
                const QString id = any({QStringLiteral("0001_init"), QStringLiteral("0002_more"), QStringLiteral("0003_extra"), QStringLiteral("0009_none")});
                QVERIFY(project.writeMigration(p, QStringLiteral("0003_extra"), QStringLiteral("-- strata:requires %1:%2\n").arg(target, id)));
                what = QStringLiteral("migration requires ") + target + u':' + id;
            }
            break;
        }
        case 6: { // a dependency comes or goes: the package graph changes (not an in-place change)
            QJsonObject dependencies = json.value(QStringLiteral("dependencies")).toObject();
            const QString other = packageName(int(random.bounded(quint32(Packages))));
            if (dependencies.contains(other))
                dependencies.remove(other);
            else
                dependencies.insert(other, QStringLiteral("^1.0.0"));
            json.insert(QStringLiteral("dependencies"), dependencies);
            what = QStringLiteral("dependency on ") + other;
            break;
        }
        case 7: // the version changes: ranges of dependents may no longer match
            json.insert(QStringLiteral("version"), random.bounded(2) ? QStringLiteral("1.0.0") : QStringLiteral("2.0.0"));
            what = QStringLiteral("version");
            break;
        default: { // a column renamed: references to it by name break or heal
            if (tables.isEmpty())
                break;
            const int t = int(random.bounded(quint32(tables.size())));
            QJsonObject table = tables.at(t).toObject();
            QJsonArray columns = table.value(QStringLiteral("columns")).toArray();
            if (columns.size() < 2)
                break;
            QJsonObject second = columns.at(1).toObject();
            second.insert(QStringLiteral("name"), any({QStringLiteral("code"), QStringLiteral("kode"), QStringLiteral("order_id")}));
            columns.replace(1, second);
            table.insert(QStringLiteral("columns"), columns);
            tables.replace(t, table);
            what = QStringLiteral("rename a column of ") + table.value(QStringLiteral("name")).toString();
            break;
        }
        }
        json.insert(QStringLiteral("tables"), tables);
        QVERIFY(project.writePackage(p));

        registry.applyChanges({PackageLoader::load(project.folder(p), config)}, {});
        inPlace += registry.lastChangeWasInPlace() ? 1 : 0;

        Registry fresh;
        fresh.setProject(config, PackageScanner::loadAll(PackageScanner::discover(config, nullptr, nullptr), config));
        const QStringList expected = Test::describeRegistry(fresh);
        const QStringList actual = Test::describeRegistry(registry);
        if (actual != expected) {
            QFAIL(qPrintable(QStringLiteral("step %1 (package %2: %3) %4: %5")
                                 .arg(step)
                                 .arg(p)
                                 .arg(what, registry.lastChangeWasInPlace() ? QStringLiteral("in place") : QStringLiteral("rebuilt"),
                                      Test::firstDifference(actual, expected))));
        }
    }
    // Most edits leave the package graph alone: the in-place path must have carried them.
    QVERIFY2(inPlace > steps / 2, qPrintable(QStringLiteral("only %1 of %2 changes in place").arg(inPlace).arg(steps)));
}

void TestIncrementalRegistry::aTableEditStaysInPlaceAndRevalidatesWhatItTouches()
{
    Project project;
    QVERIFY(project.create());
    const ProjectConfig config = loadProjectConfig(project.root());
    Registry registry;
    registry.setProject(config, PackageScanner::loadAll(PackageScanner::discover(config, nullptr, nullptr), config));
    for (const Diagnostic &d : registry.diagnostics())
        QVERIFY2(d.code != QStringLiteral("reference-no-primary-key"), qPrintable(d.message));

    // p3_orders loses its key: p4_orders.previous_id (another package) now references a table without one.
    QJsonArray tables = project.json(3).value(QStringLiteral("tables")).toArray();
    QJsonObject orders = tables.at(0).toObject();
    QJsonArray columns = orders.value(QStringLiteral("columns")).toArray();
    QJsonObject id = columns.at(0).toObject();
    id.remove(QStringLiteral("primaryKey"));
    columns.replace(0, id);
    orders.insert(QStringLiteral("columns"), columns);
    tables.replace(0, orders);
    project.json(3).insert(QStringLiteral("tables"), tables);
    QVERIFY(project.writePackage(3));

    registry.applyChanges({PackageLoader::load(project.folder(3), config)}, {});
    QVERIFY(registry.lastChangeWasInPlace());
    QStringList found;
    for (const Diagnostic &d : registry.diagnostics())
        found.append(d.package + u' ' + d.code);
    QVERIFY2(found.contains(QStringLiteral("@t/p4 reference-no-primary-key")), qPrintable(found.join(u'\n')));
    QVERIFY2(found.contains(QStringLiteral("@t/p3 reference-no-primary-key")), qPrintable(found.join(u'\n')));
}

// The in-place path keeps the migration graph when a package's migrations compare equal. Code cannot
// be compared: a C++ step equals its copies (they share the function) and nothing else.
void TestIncrementalRegistry::migrationsCompareTheirCodeByIdentity()
{
    const MigrationCallable::Function code = [](MigrationContext &) -> Result<> { return {}; };
    MigrationSpec spec;
    spec.id = QStringLiteral("0001_code");
    spec.up = MigrationStep(code);
    const Migration registered = createMigration(spec);
    const Migration copy = registered;
    QVERIFY(registered == registered);
    QVERIFY(copy == registered);
    QVERIFY(copy.up.isCallable());

    Migration registeredAgain = registered;
    registeredAgain.up = MigrationStep(code); // the same function, registered again
    QVERIFY(registeredAgain != registered);

    const MigrationStep sql(QStringLiteral("SELECT 1;"));
    QVERIFY(sql == MigrationStep(QStringLiteral("SELECT 1;")));
    QVERIFY(sql != MigrationStep(QStringLiteral("SELECT 2;")));
    QVERIFY(MigrationStep() == MigrationStep());
}

QTEST_GUILESS_MAIN(TestIncrementalRegistry)
#include "tst_incrementalregistry.moc"
