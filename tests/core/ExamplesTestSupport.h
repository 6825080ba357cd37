#pragma once

// What tst_examples_sqlite and tst_pg_examples share: loading an edition of the example project,
// running its rendered DDL, comparing a database with the declared schema, the facts that keep such
// a comparison from passing vacuously, and the order in which the runner applied the migrations.
// Helpers that verify use QVERIFY/QCOMPARE: callers check QTest::currentTestFailed() after them.

#include "TestSupport.h"

#include <strata/loading/PackageScanner.h>
#include <strata/migration/Connection.h>
#include <strata/migration/History.h>
#include <strata/migration/MigrationRunner.h>
#include <strata/migration/Plan.h>
#include <strata/registry/MigrationGraph.h>
#include <strata/registry/ProjectLoading.h>
#include <strata/registry/Registry.h>
#include <strata/sql/SchemaComparison.h>
#include <strata/sql/CatalogReader.h>
#include <strata/sql/DdlRenderer.h>

#include <QHash>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

namespace Strata::ExamplesTest {

// The example project has 22 tables; every one but these three is workspace-scoped.
inline constexpr int TableCount = 22;
inline constexpr int ScopedTableCount = 19;
inline constexpr int MigrationCount = 12;

inline QString historyTable()
{
    return QString::fromLatin1(History::TableName);
}

inline QString describe(const QList<SchemaDifference> &differences)
{
    QStringList lines;
    for (const SchemaDifference &d : differences)
        lines.append(d.message);
    return lines.join(QLatin1Char('\n'));
}

// Runs each statement on its own; returns the first failure with the statement, or empty.
inline QString execute(QSqlDatabase db, const QStringList &statements)
{
    QSqlQuery query(db);
    for (const QString &statement : statements) {
        if (!query.exec(statement))
            return query.lastError().text() + QStringLiteral("\n in: ") + statement;
    }
    return {};
}

// Loads an edition of the examples (its strata.json and every package) into `registry`.
inline void loadProject(const QString &root, Registry &registry)
{
    QCOMPARE(discoverAndRegister(root, registry), 5);
    QStringList errors;
    for (const Diagnostic &d : registry.diagnostics()) {
        if (d.severity == Severity::Error)
            errors.append(d.message);
    }
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(registry.effectiveTables().size(), TableCount);
}

inline QList<CatalogTable> userTables(const QList<CatalogTable> &catalog)
{
    QList<CatalogTable> tables;
    for (const CatalogTable &t : catalog) {
        if (t.name != historyTable())
            tables.append(t);
    }
    return tables;
}

inline const CatalogTable *findTable(const QList<CatalogTable> &catalog, const QString &name)
{
    for (const CatalogTable &t : catalog) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

inline const CatalogForeignKey *foreignKeyOn(const CatalogTable &table, const QString &column)
{
    for (const CatalogForeignKey &key : table.foreignKeys) {
        if (key.columns == QStringList{column})
            return &key;
    }
    return nullptr;
}

// The catalog equals the declared schema, apart from Strata's history table.
inline void verifyMatchesDeclared(const QList<CatalogTable> &catalog, const Registry &registry, const Dialect &dialect)
{
    SchemaComparisonOptions options;
    options.ignoredTables.append(historyTable());
    const QList<SchemaDifference> differences = compareCatalog(registry.effectiveTables(), catalog, dialect, options);
    QVERIFY2(differences.isEmpty(), qPrintable(describe(differences)));
}

// Facts checked directly, so that an empty comparison cannot come from reading nothing (or from a
// comparison that forgot to look): the tables, a cross-table key, and workspace scoping everywhere.
inline void verifySpotChecks(const QList<CatalogTable> &catalog, const Registry &registry)
{
    const QList<CatalogTable> tables = userTables(catalog);
    QCOMPARE(tables.size(), TableCount);

    const CatalogTable *memberships = findTable(tables, QStringLiteral("memberships"));
    QVERIFY(memberships);
    const CatalogForeignKey *user = foreignKeyOn(*memberships, QStringLiteral("user_id"));
    QVERIFY(user);
    QCOMPARE(user->referencedTable, QStringLiteral("users"));
    QCOMPARE(user->onDelete, QStringLiteral("CASCADE"));
    const CatalogForeignKey *role = foreignKeyOn(*memberships, QStringLiteral("role_id"));
    QVERIFY(role);
    QCOMPARE(role->onDelete, QStringLiteral("RESTRICT"));
    QCOMPARE(memberships->primaryKey, QStringList{QStringLiteral("id")});
    QVERIFY(memberships->index(u"memberships_role_id_idx"));

    int scoped = 0;
    for (const Table &declared : registry.effectiveTables()) {
        const CatalogTable *actual = findTable(tables, declared.name);
        QVERIFY2(actual, qPrintable(declared.name));
        QCOMPARE(actual->columns.size(), declared.columns.size());
        if (!declared.workspaceScoped) {
            QVERIFY2(!actual->column(u"workspace_id"), qPrintable(declared.name));
            continue;
        }
        ++scoped;
        const CatalogColumn *workspace = actual->column(u"workspace_id");
        QVERIFY2(workspace, qPrintable(declared.name));
        QVERIFY2(workspace->notNull, qPrintable(declared.name));
        const CatalogForeignKey *key = foreignKeyOn(*actual, QStringLiteral("workspace_id"));
        QVERIFY2(key, qPrintable(declared.name));
        QCOMPARE(key->referencedTable, QStringLiteral("workspaces"));
        QCOMPARE(key->onDelete, QStringLiteral("CASCADE"));
        const CatalogIndex *index = actual->index(QString(declared.name + QStringLiteral("_workspace_id_idx")));
        QVERIFY2(index, qPrintable(declared.name));
        QCOMPARE(index->columns, QStringList{QStringLiteral("workspace_id")});
    }
    QCOMPARE(scoped, ScopedTableCount);

    // workspace_id follows the leading key columns: after both columns of a composite key.
    const CatalogTable *lines = findTable(tables, QStringLiteral("invoice_lines"));
    QVERIFY(lines);
    QCOMPARE(lines->primaryKey, (QStringList{QStringLiteral("invoice_id"), QStringLiteral("line_no")}));
    QCOMPARE(lines->columns.at(2).name, QStringLiteral("workspace_id"));
    // Columns added by later migrations come last, as declared.
    const CatalogTable *users = findTable(tables, QStringLiteral("users"));
    QVERIFY(users);
    QCOMPARE(users->columns.last().name, QStringLiteral("locale"));
    QVERIFY(users->index(u"users_last_login_at_idx"));
    const CatalogTable *tasks = findTable(tables, QStringLiteral("tasks"));
    QVERIFY(tasks);
    QCOMPARE(tasks->columns.last().name, QStringLiteral("deal_id"));
    const CatalogForeignKey *deal = foreignKeyOn(*tasks, QStringLiteral("deal_id"));
    QVERIFY(deal);
    QCOMPARE(deal->referencedTable, QStringLiteral("deals"));
    QCOMPARE(deal->onDelete, QStringLiteral("SET NULL"));
}

// The history as the database holds it, read on a connection of the caller's.
inline QList<AppliedMigration> readHistory(const DatabaseUrl &url)
{
    Connection connection(url);
    if (!connection.isOpen()) {
        qWarning().noquote() << connection.errorText();
        return {};
    }
    const Result<QList<AppliedMigration>> rows = History(connection).readAll();
    if (!rows) {
        qWarning().noquote() << rows.errorMessage();
        return {};
    }
    return *rows;
}

inline void verifyStatus(const MigrationGraph &graph, const QList<AppliedMigration> &history, MigrationState expected)
{
    const QList<MigrationStatus> status = migrationStatus(graph, history);
    QCOMPARE(status.size(), MigrationCount);
    for (const MigrationStatus &s : status)
        QVERIFY2(s.state == expected, qPrintable(s.package + QLatin1Char(':') + s.id + QStringLiteral(" is ")
                                                 + migrationStateName(s.state)));
}

// Migrate (Up) or roll back (Down) everything.
inline RunRequest requestAll(const DatabaseUrl &url, PlanDirection direction)
{
    RunRequest request;
    request.url = url;
    request.direction = direction;
    return request;
}

inline QString runSummary(const RunResult &result)
{
    QString text = result.errorMessage();
    if (result.failure) {
        const MigrationFailure &f = *result.failure;
        text += QStringLiteral("%1:%2 statement %3 (line %4): %5\n%6")
                    .arg(f.package, f.id)
                    .arg(f.statementNumber)
                    .arg(f.fileLine)
                    .arg(f.databaseError, f.statement);
    }
    return text;
}

// In the order the runner applied them: packages after the packages they depend on, migrations of a
// package in sequence, and every "-- strata:requires" target before the migration naming it.
inline void verifyOrdering(const Registry &registry, const RunResult &result)
{
    QHash<QString, int> position;
    for (qsizetype i = 0; i < result.migrations.size(); ++i) {
        const MigrationReport &report = result.migrations.at(i);
        QVERIFY(report.direction == PlanDirection::Up);
        position.insert(report.package + QLatin1Char(':') + report.id, int(i));
    }
    QCOMPARE(position.size(), MigrationCount);

    const auto positionsOf = [&](const QString &package) {
        QList<int> positions;
        if (const PackageDefinition *definition = registry.package(package)) {
            for (const Migration &m : definition->migrations)
                positions.append(position.value(package + QLatin1Char(':') + m.id, -1));
        }
        return positions;
    };

    int dependencyPairs = 0;
    int requirements = 0;
    for (const PackageDefinition &package : registry.packages()) {
        const QList<int> own = positionsOf(package.name);
        QVERIFY2(!own.isEmpty() && !own.contains(-1), qPrintable(package.name));
        // The package's own migrations ran in the order of their sequence numbers.
        QList<Migration> bySequence = package.migrations;
        std::stable_sort(bySequence.begin(), bySequence.end(),
                         [](const Migration &a, const Migration &b) { return a.sequence() < b.sequence(); });
        for (qsizetype i = 1; i < bySequence.size(); ++i)
            QVERIFY2(position.value(package.name + QLatin1Char(':') + bySequence.at(i - 1).id)
                         < position.value(package.name + QLatin1Char(':') + bySequence.at(i).id),
                     qPrintable(package.name + QLatin1Char(':') + bySequence.at(i).id));

        const int first = *std::min_element(own.cbegin(), own.cend());
        for (const QString &dependency : registry.transitiveDependenciesOf(package.name)) {
            const QList<int> theirs = positionsOf(dependency);
            QVERIFY2(!theirs.isEmpty(), qPrintable(dependency));
            const int last = *std::max_element(theirs.cbegin(), theirs.cend());
            QVERIFY2(last < first, qPrintable(package.name + QStringLiteral(" ran before its dependency ") + dependency));
            ++dependencyPairs;
        }

        for (const Migration &m : package.migrations) {
            for (const MigrationRequirement &r : m.requirements) {
                const QString required = r.package + QLatin1Char(':') + r.migrationId;
                QVERIFY2(position.contains(required), qPrintable(required));
                QVERIFY2(position.value(required) < position.value(package.name + QLatin1Char(':') + m.id),
                         qPrintable(package.name + QLatin1Char(':') + m.id + QStringLiteral(" ran before ") + required));
                ++requirements;
            }
        }
    }
    // crm, billing, audit -> core; projects -> core, crm.
    QCOMPARE(dependencyPairs, 5);
    // audit's first and crm's first migration require core's; projects' third requires crm's first.
    QCOMPARE(requirements, 3);

    const PackageDefinition *projects = registry.package(u"@acme/projects");
    QVERIFY(projects);
    const auto taskDeals = std::find_if(projects->migrations.cbegin(), projects->migrations.cend(),
                                        [](const Migration &m) { return m.id == QLatin1String("003_task_deals"); });
    QVERIFY(taskDeals != projects->migrations.cend());
    QCOMPARE(taskDeals->requirements.size(), 1);
    QCOMPARE(taskDeals->requirements.first().package, QStringLiteral("@acme/crm"));
    QCOMPARE(taskDeals->requirements.first().migrationId, QStringLiteral("001_crm_base"));
    QVERIFY(position.value(QStringLiteral("@acme/crm:001_crm_base"))
            < position.value(QStringLiteral("@acme/projects:003_task_deals")));
    QVERIFY(position.value(QStringLiteral("@acme/core:20240302140000_invitations_api_keys"))
            < position.value(QStringLiteral("@acme/audit:20240305120000_audit_events")));
}

} // namespace Strata::ExamplesTest

namespace Strata::ExamplesTest {

// The CHECK constraints of every table, which compareCatalog() leaves out: on PostgreSQL as the
// catalog shows them ("name CHECK (...)"), on SQLite the CHECK clauses of the stored CREATE TABLE
// text (with their CONSTRAINT names), whitespace and identifier quotes normalised. Sorted per table.
inline QMap<QString, QStringList> checkConstraints(QSqlDatabase db, DialectKind kind)
{
    QMap<QString, QStringList> checks;
    if (kind == DialectKind::PostgreSQL) {
        for (const CatalogTable &t : readCatalog(db, kind).value_or(QList<CatalogTable>{})) {
            for (const CatalogCheck &c : t.checks)
                checks[t.name].append(c.name + QLatin1Char(' ') + c.definition);
        }
    } else {
        QSqlQuery query(db);
        query.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table'"));
        while (query.next()) {
            const QString table = query.value(0).toString();
            const QString sql = query.value(1).toString();
            // Words outside string literals, to find CONSTRAINT <name> CHECK ( ... ) clauses.
            QString previousWord, wordBefore;
            for (qsizetype i = 0; i < sql.size(); ++i) {
                const QChar c = sql.at(i);
                if (c == QLatin1Char('\'')) {
                    for (++i; i < sql.size() && sql.at(i) != QLatin1Char('\''); ++i) { }
                    continue;
                }
                if (!(c.isLetter() || c == QLatin1Char('_')))
                    continue;
                qsizetype end = i;
                while (end < sql.size() && (sql.at(end).isLetterOrNumber() || sql.at(end) == QLatin1Char('_')))
                    ++end;
                const QString word = sql.mid(i, end - i);
                if (word.compare(QLatin1String("check"), Qt::CaseInsensitive) == 0) {
                    qsizetype open = sql.indexOf(QLatin1Char('('), end);
                    int depth = 0;
                    qsizetype close = open;
                    for (; close < sql.size(); ++close) {
                        if (sql.at(close) == QLatin1Char('\''))
                            close = sql.indexOf(QLatin1Char('\''), close + 1);
                        else if (sql.at(close) == QLatin1Char('(')) ++depth;
                        else if (sql.at(close) == QLatin1Char(')') && --depth == 0)
                            break;
                    }
                    QString clause = QStringLiteral("CHECK ") + sql.mid(open, close - open + 1).simplified();
                    if (wordBefore.compare(QLatin1String("constraint"), Qt::CaseInsensitive) == 0)
                        clause.prepend(previousWord + QLatin1Char(' '));
                    clause.remove(QLatin1Char('"'));
                    checks[table].append(clause);
                    i = close;
                    wordBefore.clear();
                    previousWord.clear();
                    continue;
                }
                wordBefore = previousWord;
                previousWord = word;
                i = end - 1;
            }
        }
    }
    for (QStringList &list : checks)
        list.sort();
    return checks;
}

} // namespace Strata::ExamplesTest
