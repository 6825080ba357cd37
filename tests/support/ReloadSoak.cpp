#include "ReloadSoak.h"

#include "RegistryDescription.h"
#include "TestSupport.h"
#include <strata/loading/PackageScanner.h>
#include <strata/loading/ProjectConfigLoader.h>
#include <strata/model/ProjectConfig.h>
#include <strata/registry/Registry.h>
#include <strata/reload/ProjectReloader.h>

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QThread>

#include <cstdio>

namespace Strata::Test {

namespace {

constexpr int FirstPackages = 6;
constexpr int MinPackages = 3;
constexpr int MaxPackages = 10;

const QStringList ColumnNames{QStringLiteral("code"), QStringLiteral("title"), QStringLiteral("amount"),
                              QStringLiteral("note"), QStringLiteral("status"), QStringLiteral("code")};
const QStringList ColumnTypes{QStringLiteral("varchar(20)"), QStringLiteral("text"), QStringLiteral("integer"),
                              QStringLiteral("boolean"), QStringLiteral("numeric(12,2)"), QStringLiteral("no_such_type")};

bool writeInPlace(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

// What editors with "atomic save" do: a new file beside it, renamed over the original.
bool writeByRename(const QString &path, const QByteArray &content)
{
    const QString temporary = path + QStringLiteral(".soak-tmp");
    return writeInPlace(temporary, content)
        && std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) == 0;
}

} // namespace

bool SoakProject::create(const QString &root)
{
    m_root = root;
    if (!writeStrataJson(false))
        return false;
    for (int i = 0; i < FirstPackages; ++i) {
        if (!addPackage(false))
            return false;
    }
    m_log.clear();
    return true;
}

bool SoakProject::fail(const QString &what)
{
    m_error = what;
    return false;
}

QString SoakProject::packagePath(const PackageState &package) const
{
    return m_root + QStringLiteral("/packages/") + package.folder;
}

void SoakProject::touch(const PackageState &package)
{
    m_touched.insert(package.name);
    m_touched.insert(package.folder);
}

void SoakProject::beginPeriod()
{
    m_touched.clear();
    m_log.clear();
    m_requireCommentsAtStart = m_requireComments;
}

bool SoakProject::writeStrataJson(bool reformatted)
{
    const QByteArray rules = m_requireComments ? "true" : "false";
    const QByteArray text = reformatted
        ? QByteArray("{\n    \"packages\" : [ \"packages/*\" ],\n    \"dialect\" : \"sqlite\",\n    \"rules\" : { \"requireComments\" : "
                     + rules + " }\n}\n")
        : QByteArray("{\"packages\": [\"packages/*\"], \"dialect\": \"sqlite\", \"rules\": {\"requireComments\": " + rules
                     + "}}\n");
    return writeInPlace(m_root + QStringLiteral("/strata.json"), text) || fail(QStringLiteral("cannot write strata.json"));
}

QString SoakProject::allTableName()
{
    QStringList names{QStringLiteral("ghost_table")};
    for (const PackageState &package : std::as_const(m_packages)) {
        for (const TableState &table : package.tables)
            names.append(table.name);
    }
    return names.at(pick(int(names.size())));
}

bool SoakProject::addPackage(bool announce)
{
    PackageState package;
    const int n = m_nextPackage++;
    package.name = QStringLiteral("@soak/p%1").arg(n);
    package.folder = QStringLiteral("p%1").arg(n);
    if (n == 0) {
        package.tables.append(TableState{QStringLiteral("workspaces"), false,
                                         {ColumnState{QStringLiteral("id"), QStringLiteral("bigserial"), {}}}});
    } else {
        package.dependencies.append(QStringLiteral("@soak/p0"));
        if (m_packages.size() > 1 && chance(50))
            package.dependencies.append(m_packages.at(1 + pick(int(m_packages.size()) - 1)).name);
    }
    for (int t = 0; t < 2; ++t) {
        TableState table{QStringLiteral("p%1_t%2").arg(n).arg(m_nextName++), n > 0 && chance(60),
                         {ColumnState{QStringLiteral("id"), QStringLiteral("bigserial"), {}},
                          ColumnState{QStringLiteral("code"), QStringLiteral("varchar(20)"), {}}}};
        if (t == 1)
            table.columns.append(ColumnState{QStringLiteral("first_id"), QStringLiteral("bigint"), package.tables.last().name});
        package.tables.append(table);
    }
    package.migrations.insert(QStringLiteral("0001_init.sql"), randomMigration(package));
    const QString folder = packagePath(package);
    if (!QDir().mkpath(folder + QStringLiteral("/migrations")))
        return fail(QStringLiteral("cannot make ") + folder);
    if (!writeDatabaseJson(package, announce && chance(30)))
        return false;
    for (auto it = package.migrations.cbegin(); it != package.migrations.cend(); ++it) {
        if (!writeInPlace(folder + QStringLiteral("/migrations/") + it.key(), it.value()))
            return fail(QStringLiteral("cannot write a migration of ") + package.name);
    }
    if (announce) {
        touch(package);
        m_log.append(QStringLiteral("add package ") + package.name);
    }
    m_packages.append(package);
    return true;
}

QByteArray SoakProject::databaseJson(const PackageState &package) const
{
    QJsonObject dependencies;
    for (const QString &dependency : package.dependencies)
        dependencies.insert(dependency, QStringLiteral("^1.0.0"));
    QJsonArray tables;
    for (const TableState &table : package.tables) {
        QJsonArray columns;
        for (const ColumnState &column : table.columns) {
            QJsonObject c{{QStringLiteral("name"), column.name}, {QStringLiteral("type"), column.type}};
            if (column.name == u"id")
                c.insert(QStringLiteral("primaryKey"), true);
            if (!column.references.isEmpty())
                c.insert(QStringLiteral("references"), QJsonObject{{QStringLiteral("table"), column.references}});
            columns.append(c);
        }
        tables.append(QJsonObject{{QStringLiteral("name"), table.name},
                                  {QStringLiteral("workspaceScoped"), table.workspaceScoped},
                                  {QStringLiteral("columns"), columns}});
    }
    const QJsonObject json{{QStringLiteral("packageName"), package.name},
                           {QStringLiteral("version"), package.version},
                           {QStringLiteral("dependencies"), dependencies},
                           {QStringLiteral("tables"), tables}};
    QByteArray text = QJsonDocument(json).toJson();
    if (package.broken)
        text.chop(2); // the closing brace and newline: a syntax error at the end
    return text;
}

bool SoakProject::writeDatabaseJson(const PackageState &package, bool byRename)
{
    const QString path = packagePath(package) + QStringLiteral("/database.json");
    const QByteArray text = databaseJson(package);
    const bool ok = byRename ? writeByRename(path, text) : writeInPlace(path, text);
    return ok || fail(QStringLiteral("cannot write ") + path);
}

QByteArray SoakProject::randomMigration(const PackageState &package)
{
    const QString table = package.folder + QStringLiteral("_m%1").arg(m_nextName++);
    QString text;
    if (chance(20) && !m_packages.isEmpty())
        text += QStringLiteral("-- strata:requires %1:0001_init\n").arg(m_packages.at(pick(int(m_packages.size()))).name);
    text += QStringLiteral("-- strata:up\nCREATE TABLE %1 (id INTEGER PRIMARY KEY);\n").arg(table);
    if (chance(15))
        text += QStringLiteral("CREATE TABLE broken (;\n"); // a syntax error the loader reports
    if (chance(80))
        text += QStringLiteral("-- strata:down\nDROP TABLE %1;\n").arg(table);
    return text.toUtf8();
}

void SoakProject::mutate(PackageState &package)
{
    switch (pick(9)) {
    case 0: // a table added
        package.tables.append(TableState{package.folder + QStringLiteral("_t%1").arg(m_nextName++), chance(50),
                                         {ColumnState{QStringLiteral("id"), QStringLiteral("bigserial"), {}}}});
        break;
    case 1: // a table removed (package 0 keeps its workspaces table)
        if (package.tables.size() > 1)
            package.tables.removeAt(1 + pick(int(package.tables.size()) - 1));
        break;
    case 2: // a column added, sometimes with a name or type the rules refuse
        if (!package.tables.isEmpty()) {
            TableState &table = package.tables[pick(int(package.tables.size()))];
            table.columns.append(ColumnState{ColumnNames.at(pick(int(ColumnNames.size()))),
                                             ColumnTypes.at(pick(int(ColumnTypes.size()))), {}});
        }
        break;
    case 3: // a column removed
        if (!package.tables.isEmpty()) {
            TableState &table = package.tables[pick(int(package.tables.size()))];
            if (table.columns.size() > 1)
                table.columns.removeAt(1 + pick(int(table.columns.size()) - 1));
        }
        break;
    case 4: // a reference to any table of the project, or to none
        if (!package.tables.isEmpty()) {
            TableState &table = package.tables[pick(int(package.tables.size()))];
            table.columns.append(ColumnState{QStringLiteral("ref%1_id").arg(m_nextName++), QStringLiteral("bigint"), allTableName()});
        }
        break;
    case 5: // broken, or mended
        package.broken = !package.broken;
        break;
    case 6: // another version
        package.version = QStringLiteral("1.%1.0").arg(pick(4));
        break;
    case 7: // a dependency added or dropped (cycles and missing packages included)
        if (package.name != u"@soak/p0") {
            if (package.dependencies.size() > 1 && chance(50)) {
                package.dependencies.removeLast();
            } else {
                const QString other = m_packages.at(pick(int(m_packages.size()))).name;
                if (other != package.name && !package.dependencies.contains(other))
                    package.dependencies.append(other);
            }
        }
        break;
    default: // workspace scoping turned on or off
        if (package.tables.size() > 1) {
            TableState &table = package.tables[1 + pick(int(package.tables.size()) - 1)];
            table.workspaceScoped = !table.workspaceScoped;
        }
        break;
    }
}

int SoakProject::step()
{
    if (chance(70))
        QThread::usleep(quint64(pick(15000))); // 0-15 ms: inside the debounce, a reload, or after
    const int p = pick(int(m_packages.size()));
    PackageState &package = m_packages[p];
    const QString folder = packagePath(package);
    const int kind = pick(100);
    if (kind < 40) { // database.json edited: in place (25 in 100), or saved by rename (15)
        mutate(package);
        touch(package);
        m_log.append(QStringLiteral("edit %1 %2").arg(package.name, kind < 25 ? QStringLiteral("in place") : QStringLiteral("by rename")));
        return writeDatabaseJson(package, kind >= 25) ? 1 : 0;
    }
    if (kind < 48) { // a migration added, in place or by rename
        const QString file = QStringLiteral("%1_step.sql").arg(package.migrations.size() + 1 + m_nextName++, 4, 10, QLatin1Char('0'));
        const QByteArray text = randomMigration(package);
        package.migrations.insert(file, text);
        touch(package);
        m_log.append(QStringLiteral("add migration %1 %2").arg(package.name, file));
        const QString path = folder + QStringLiteral("/migrations/") + file;
        return (chance(50) ? writeInPlace(path, text) : writeByRename(path, text)) || fail(path) ? 1 : 0;
    }
    if (kind < 55) { // a migration edited in place
        if (package.migrations.isEmpty())
            return step();
        const QString file = package.migrations.keys().at(pick(int(package.migrations.size())));
        package.migrations[file] = randomMigration(package);
        touch(package);
        m_log.append(QStringLiteral("edit migration %1 %2").arg(package.name, file));
        return writeInPlace(folder + QStringLiteral("/migrations/") + file, package.migrations[file]) || fail(file) ? 1 : 0;
    }
    if (kind < 61) { // a migration deleted
        if (package.migrations.isEmpty())
            return step();
        const QString file = package.migrations.keys().at(pick(int(package.migrations.size())));
        package.migrations.remove(file);
        touch(package);
        m_log.append(QStringLiteral("delete migration %1 %2").arg(package.name, file));
        return QFile::remove(folder + QStringLiteral("/migrations/") + file) || fail(file) ? 1 : 0;
    }
    if (kind < 66) { // a package added
        if (m_packages.size() >= MaxPackages)
            return step();
        return addPackage(true) ? 2 + 1 : 0; // folders, database.json, a migration
    }
    if (kind < 70) { // a package removed
        if (m_packages.size() <= MinPackages || p == 0)
            return step();
        touch(package);
        m_log.append(QStringLiteral("remove package ") + package.name);
        const bool ok = QDir(folder).removeRecursively();
        m_packages.removeAt(p);
        return ok || fail(folder) ? 1 : 0;
    }
    if (kind < 73) { // a package folder moved
        if (p == 0)
            return step();
        touch(package);
        const QString moved = package.folder.section(u'_', 0, 0) + QStringLiteral("_moved%1").arg(m_nextName++);
        m_log.append(QStringLiteral("move package %1 to %2").arg(package.name, moved));
        const bool ok = QDir().rename(folder, m_root + QStringLiteral("/packages/") + moved);
        package.folder = moved;
        touch(package);
        return ok || fail(folder) ? 1 : 0;
    }
    if (kind < 83) { // a burst of rapid writes in place
        const int writes = 5 + pick(36);
        touch(package);
        m_log.append(QStringLiteral("burst of %1 writes to %2").arg(writes).arg(package.name));
        for (int i = 0; i < writes; ++i) {
            mutate(package);
            if (!writeDatabaseJson(package, false))
                return 0;
        }
        return writes;
    }
    if (kind < 88) { // the same bytes written again
        const bool byRename = chance(50);
        // In place, the file is truncated and then written: a reload that reads it meanwhile sees a
        // package cut short (broken, known by its folder's name) and the next one sees it whole, and
        // both rightly report it. Only by rename do the bytes never change under a reader.
        if (!byRename)
            touch(package);
        m_log.append(byRename ? QStringLiteral("rewrite %1 unchanged, by rename").arg(package.name)
                              : QStringLiteral("rewrite %1 unchanged, in place").arg(package.name));
        return writeDatabaseJson(package, byRename) ? 1 : 0;
    }
    if (kind < 92) { // deleted, then written again
        mutate(package);
        touch(package);
        m_log.append(QStringLiteral("delete and write again %1").arg(package.name));
        const QString path = folder + QStringLiteral("/database.json");
        if (!QFile::remove(path)) {
            fail(path);
            return 0;
        }
        QThread::usleep(quint64(pick(30000)));
        return writeDatabaseJson(package, false) ? 2 : 0;
    }
    if (kind < 95) { // strata.json: a rule turned on or off, or only reformatted
        const bool meaningful = chance(50);
        if (meaningful)
            m_requireComments = !m_requireComments;
        m_log.append(meaningful ? QStringLiteral("strata.json rule changed") : QStringLiteral("strata.json reformatted"));
        return writeStrataJson(!meaningful || chance(50)) ? 1 : 0;
    }
    // Several packages edited at once (a branch checked out).
    const int count = 2 + pick(3);
    m_log.append(QStringLiteral("%1 packages edited at once").arg(count));
    for (int i = 0; i < count; ++i) {
        PackageState &other = m_packages[pick(int(m_packages.size()))];
        mutate(other);
        touch(other);
        if (!writeDatabaseJson(other, chance(50)))
            return 0;
    }
    return count;
}

bool isStructural(const PackageChange &change)
{
    return change.added || change.removed || !change.tablesAdded.isEmpty() || !change.tablesRemoved.isEmpty()
        || !change.tablesChanged.isEmpty() || !change.migrationsAdded.isEmpty() || !change.migrationsRemoved.isEmpty()
        || !change.migrationsChanged.isEmpty();
}

QHash<QString, PackageDefinition> packagesOf(const Registry &registry)
{
    QHash<QString, PackageDefinition> packages;
    for (const PackageDefinition &package : registry.packages())
        packages.insert(Registry::keyOf(package), package);
    return packages;
}

QString checkQuietPeriod(const SoakProject &soak, const QHash<QString, PackageDefinition> &before,
                         const Registry &registry, const QList<ReloadSummary> &summaries)
{
    // 1. The registry is what a fresh load of the disk gives.
    const ProjectConfig config = loadProjectConfig(soak.root());
    Registry fresh;
    fresh.setProject(config, PackageScanner::loadAll(PackageScanner::discover(config, nullptr, nullptr), config));
    const QString difference = firstDifference(describeRegistry(registry), describeRegistry(fresh));
    if (!difference.isEmpty())
        return QStringLiteral("the reloaded registry is not a fresh load: ") + difference;

    // 2. The summaries name only what this period touched.
    QSet<QString> named;
    bool projectReloaded = false;
    for (const ReloadSummary &summary : summaries) {
        projectReloaded = projectReloaded || summary.projectReloaded;
        for (const PackageChange &change : summary.packages) {
            if (!isStructural(change))
                continue;
            named.insert(change.package);
            if (!soak.touched().contains(change.package))
                return QStringLiteral("a reload reported a change to %1, which nothing touched: %2")
                    .arg(change.package, change.toText());
        }
    }
    if (projectReloaded && !soak.projectSettingsChanged())
        return QStringLiteral("a reload said strata.json changed, but it says what it said before");

    // 3. ... and every package that changed.
    const QHash<QString, PackageDefinition> after = packagesOf(registry);
    QSet<QString> keys(before.keyBegin(), before.keyEnd());
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        keys.insert(it.key());
    for (const QString &key : std::as_const(keys)) {
        const auto old = before.constFind(key);
        const auto now = after.constFind(key);
        const PackageDefinition *a = old == before.cend() ? nullptr : &*old;
        const PackageDefinition *b = now == after.cend() ? nullptr : &*now;
        if (!isStructural(comparePackages(a, b, {}, {})))
            continue;
        if (!(a && named.contains(a->name)) && !(b && named.contains(b->name)))
            return QStringLiteral("%1 changed (%2), but no reload said so")
                .arg(b ? b->name : a->name, comparePackages(a, b, {}, {}).toText());
    }
    return {};
}

bool waitForQuiet(ProjectReloader &reloader, int timeoutMs)
{
    // The kernel queues a watch's events during the write itself, so one turn of the event loop
    // after the last write sees them; three quiet turns in a row leave no doubt.
    QDeadlineTimer deadline(timeoutMs);
    int quietTurns = 0;
    while (!deadline.hasExpired()) {
        QTest::qWait(5);
        if (!reloader.isLoading() && !reloader.watcher().isBusy())
            ++quietTurns;
        else
            quietTurns = 0;
        if (quietTurns >= 3)
            return true;
    }
    return false;
}

} // namespace Strata::Test
