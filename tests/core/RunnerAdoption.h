#pragma once

// What the runner owes a database it did not make (issue #11), written once and run on both
// dialects like RunnerTestProject.h's Suite (tst_runner_sqlite, tst_pg_runner):
// - a failed run leaves the database exactly as it found it, Strata's own history table included
//   (the migrations before the failing one stay applied, each in its own transaction);
// - a migration that creates an object the database has already fails with the database's message
//   and a help line that points at `strata diff --database` and `strata baseline`.

#include "RunnerTestProject.h"

#include <strata/migration/DatabaseMessage.h>
#include <strata/migration/RunText.h>

namespace Strata::RunnerTest {

// @rt/adopt: 0001_one, 0002_two and 0003_three each create a table with a row; `failing` (1-based,
// 0 = none) also runs a statement on a table that does not exist.
inline QString adoptMigration(int number, bool fails)
{
    static const QStringList names = {QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three")};
    const QString name = names.at(number - 1);
    QString up = QStringLiteral("CREATE TABLE %1_t (id INTEGER PRIMARY KEY, label TEXT NOT NULL);\n"
                                "INSERT INTO %1_t (id, label) VALUES (1, '%1');")
                     .arg(name);
    if (fails)
        up += QLatin1Char('\n') + failingStatement();
    return migrationText({}, up, QStringLiteral("DROP TABLE %1_t;").arg(name));
}

inline QString adoptId(int number)
{
    static const QStringList ids = {QStringLiteral("0001_one"), QStringLiteral("0002_two"), QStringLiteral("0003_three")};
    return ids.at(number - 1);
}

inline QString adoptPackage()
{
    return QStringLiteral("@rt/adopt");
}

inline void writeAdoptProject(const QString &root, DialectKind dialect, int failing)
{
    CHECK(writeProjectFile(root, dialect));
    CHECK(writePackage(root, QStringLiteral("adopt"), adoptPackage()));
    for (int number = 1; number <= 3; ++number)
        CHECK(writeMigration(root, QStringLiteral("adopt"), adoptId(number), adoptMigration(number, number == failing)));
}

// The snapshot's rows without the history table's (their times differ between two databases).
inline QStringList rowsBesidesHistory(const Snapshot &snapshot)
{
    QStringList rows;
    for (const QString &row : snapshot.data) {
        if (!row.startsWith(QLatin1String(History::TableName) + QLatin1Char(':')))
            rows.append(row);
    }
    return rows;
}

class AdoptionSuite
{
public:
    explicit AdoptionSuite(DialectKind dialect) : m_backend(dialect) {}

    // 1. A failed run leaves no bookkeeping it made for nothing.
    static void failedRunLeavesNoHistoryTable_data()
    {
        QTest::addColumn<int>("failing");
        QTest::addColumn<bool>("dryRun");
        QTest::newRow("the first migration fails") << 1 << false;
        QTest::newRow("the third migration fails") << 3 << false;
        QTest::newRow("a dry run") << 0 << true;
    }

    void failedRunLeavesNoHistoryTable()
    {
        QFETCH(int, failing);
        QFETCH(bool, dryRun);
        QTemporaryDir project;
        const QString root = project.path();
        CHECK(writeAdoptProject(root, dialect(), failing));
        const MigrationGraph graph = loadGraph(root, 3);
        CHECK();
        const Result<DatabaseUrl> fresh = m_backend.freshDatabase();
        QVERIFY_RESULT(fresh);
        const DatabaseUrl &url = *fresh;
        // A database another tool made: a table of its own, with a row, and no history table.
        QVERIFY_RESULT(execOn(url, QStringLiteral("CREATE TABLE theirs (id INTEGER PRIMARY KEY)")));
        QVERIFY_RESULT(execOn(url, QStringLiteral("INSERT INTO theirs (id) VALUES (7)")));
        const Snapshot before = snapshotOf(url);
        QCOMPARE(before.schema.size(), 1);

        const RunResult result = run(graph, upRequest(url, {}, dryRun));
        if (dryRun) {
            // Nothing failed, and a dry run changes nothing: not even the history table stays.
            QVERIFY2(result.ok(), qPrintable(describe(result)));
            QCOMPARE(result.migrations.size(), 3);
            CHECK(compareSnapshots(snapshotOf(url), before));
            QVERIFY(!tableNames(url).contains(QLatin1String(History::TableName)));
            return;
        }
        QVERIFY(!result.ok());
        QVERIFY2(!result.error, qPrintable(result.errorMessage()));
        QVERIFY(result.failure.has_value());
        QCOMPARE(result.failure->id, adoptId(failing));
        QVERIFY2(result.failure->databaseError.contains(m_backend.missingTableError()),
                 qPrintable(result.failure->databaseError));
        QVERIFY(migrationFailureHelp(*result.failure).isEmpty()); // no "already exists": no help line

        if (failing == 1) {
            // The catalog (read back as readCatalog sees it), the rows and the history: as before.
            CHECK(compareSnapshots(snapshotOf(url), before));
            QVERIFY(!tableNames(url).contains(QLatin1String(History::TableName)));
        } else {
            // The two before it stay applied, with the history table made in the first one's
            // transaction: the database is the one a run to 0002_two gives, nothing more.
            QCOMPARE(appliedNames(url), (QStringList{nameOf(adoptPackage(), adoptId(1)), nameOf(adoptPackage(), adoptId(2))}));
            const Result<DatabaseUrl> other = m_backend.freshDatabase();
            QVERIFY_RESULT(other);
            QVERIFY_RESULT(execOn(*other, QStringLiteral("CREATE TABLE theirs (id INTEGER PRIMARY KEY)")));
            QVERIFY_RESULT(execOn(*other, QStringLiteral("INSERT INTO theirs (id) VALUES (7)")));
            const RunResult twoOnly = run(graph, upRequest(*other, nameOf(adoptPackage(), adoptId(2))));
            QVERIFY2(twoOnly.ok(), qPrintable(describe(twoOnly)));
            const Snapshot after = snapshotOf(url);
            const Snapshot expected = snapshotOf(*other);
            QCOMPARE(after.schema, expected.schema);
            QCOMPARE(rowsBesidesHistory(after), rowsBesidesHistory(expected));
        }

        // Fixed, the run applies what is left, and makes the history table where it has none.
        CHECK(writeMigration(root, QStringLiteral("adopt"), adoptId(failing), adoptMigration(failing, false)));
        const MigrationGraph fixed = loadGraph(root, 3);
        CHECK();
        const RunResult again = run(fixed, upRequest(url));
        QVERIFY2(again.ok(), qPrintable(describe(again)));
        QCOMPARE(appliedNames(url), (QStringList{nameOf(adoptPackage(), adoptId(1)), nameOf(adoptPackage(), adoptId(2)),
                                                 nameOf(adoptPackage(), adoptId(3))}));
    }

    // 2. "already exists": the database's own message, and a help line that names strata baseline.
    static void alreadyExists_data()
    {
        QTest::addColumn<QString>("existing"); // what another tool made before Strata came
        QTest::addColumn<QString>("up");        // the migration that makes it again
        QTest::newRow("table") << QStringLiteral("CREATE TABLE deals (id INTEGER PRIMARY KEY, title TEXT)")
                               << QStringLiteral("CREATE TABLE deals (id INTEGER PRIMARY KEY, title TEXT);");
        QTest::newRow("index") << QStringLiteral("CREATE INDEX deals_title_idx ON deals (title)")
                               << QStringLiteral("CREATE INDEX deals_title_idx ON deals (title);");
        QTest::newRow("column") << QStringLiteral("ALTER TABLE deals ADD COLUMN closed_at TEXT")
                                << QStringLiteral("ALTER TABLE deals ADD COLUMN closed_at TEXT;");
    }

    void alreadyExists()
    {
        QFETCH(QString, existing);
        QFETCH(QString, up);
        QTemporaryDir project;
        const QString root = project.path();
        CHECK(writeProjectFile(root, dialect()));
        CHECK(writePackage(root, QStringLiteral("adopt"), adoptPackage()));
        CHECK(writeMigration(root, QStringLiteral("adopt"), QStringLiteral("0001_first"),
                             migrationText({}, QStringLiteral("CREATE TABLE first_t (id INTEGER PRIMARY KEY);"))));
        CHECK(writeMigration(root, QStringLiteral("adopt"), QStringLiteral("0002_again"), migrationText({}, up)));
        const MigrationGraph graph = loadGraph(root, 2);
        CHECK();
        const Result<DatabaseUrl> fresh = m_backend.freshDatabase();
        QVERIFY_RESULT(fresh);
        const DatabaseUrl &url = *fresh;
        QVERIFY_RESULT(execOn(url, QStringLiteral("CREATE TABLE deals (id INTEGER PRIMARY KEY, title TEXT)")));
        if (!existing.startsWith(QLatin1String("CREATE TABLE")))
            QVERIFY_RESULT(execOn(url, existing));

        const RunResult result = run(graph, upRequest(url));
        QVERIFY(!result.ok());
        QVERIFY(result.failure.has_value());
        QCOMPARE(result.failure->id, QStringLiteral("0002_again"));
        QCOMPARE(result.failure->statementNumber, 1);
        // The database's message is kept as it was.
        const DatabaseMessage message = DatabaseMessage::parse(result.failure->databaseError);
        QVERIFY2(message.message.contains(QLatin1String("already exists")) || message.message.startsWith(QLatin1String("duplicate column")),
                 qPrintable(result.failure->databaseError));
        QCOMPARE(message.kind(), DatabaseMessage::Kind::AlreadyExists);
        if (m_backend.isPostgres())
            QVERIFY2(QStringList({QStringLiteral("42P07"), QStringLiteral("42701")}).contains(message.sqlState),
                     qPrintable(message.sqlState));
        const QString help = migrationFailureHelp(*result.failure);
        QVERIFY2(help.contains(QLatin1String("strata baseline")), qPrintable(help));
        QVERIFY2(help.contains(QLatin1String("strata diff --database")), qPrintable(help));
        // The first migration stays applied; the failed one left nothing.
        QCOMPARE(appliedNames(url), QStringList{nameOf(adoptPackage(), QStringLiteral("0001_first"))});
    }

private:
    DialectKind dialect() const { return m_backend.dialect(); }

    Backend m_backend;
};

} // namespace Strata::RunnerTest
