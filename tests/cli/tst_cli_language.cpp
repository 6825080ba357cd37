// The command line's language, through the real binary: English plural forms ("1 error", "2 errors")
// from the English catalogue it embeds, and German when the locale asks for it.

#include "MigrateTestProject.h"

#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace Strata::Test;
using namespace Strata::Test::Migrate;

namespace {

// Runs `strata` with the locale variables of `locale` ("C.UTF-8", "de_DE.UTF-8"), nothing inherited.
CliResult runIn(const QString &locale, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"})
        environment.remove(QLatin1String(name));
    environment.insert(QStringLiteral("LC_ALL"), locale);
    process.setProcessEnvironment(environment);
    process.start(cliPath(), arguments);
    CliResult result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

// A package whose one table references `missing` unknown tables: that many errors.
bool writeTablePackage(const QString &root, const QString &folder, const QString &name, int missing)
{
    QString columns = QStringLiteral("{ \"name\": \"id\", \"type\": \"integer\", \"primaryKey\": true }");
    for (int i = 0; i < missing; ++i)
        columns += QStringLiteral(", { \"name\": \"ref_%1\", \"type\": \"integer\", \"references\": { \"table\": \"nowhere_%1\" } }")
                       .arg(i);
    return writeFile(root + QStringLiteral("/packages/") + folder + QStringLiteral("/database.json"),
                     QStringLiteral("{ \"packageName\": \"%1\", \"version\": \"1.0.0\", \"tables\": [ { \"name\": \"%2\", "
                                    "\"columns\": [ %3 ] } ] }\n")
                         .arg(name, folder, columns)
                         .toUtf8());
}

} // namespace

class TestCliLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A difference found by core's comparison reads in German too (its messages are looked up under
    // the context lupdate files them in).
    void diffInGerman()
    {
        QTemporaryDir dir;
        QVERIFY(copyTree(examplesDir(), dir.path()));
        const QString crm = dir.path() + QStringLiteral("/packages/crm/database.json");
        QString content = QString::fromUtf8(readFile(crm));
        QVERIFY(content.contains(QStringLiteral("\"varchar(253)\"")));
        QVERIFY(writeFile(crm, content.replace(QStringLiteral("\"varchar(253)\""), QStringLiteral("\"varchar(100)\"")).toUtf8()));
        const CliResult r = runIn(QStringLiteral("de_DE.UTF-8"), {QStringLiteral("-C"), dir.path(), QStringLiteral("diff")});
        QCOMPARE(r.exitCode, 1);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(QStringLiteral("@acme/crm: 1 Unterschied zu seinen Migrationen")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Spalte companies.domain hat den Typ VARCHAR(253), deklariert ist VARCHAR(100).")),
                 qPrintable(out));
    }

    void validateSummary_data()
    {
        QTest::addColumn<int>("packages");
        QTest::addColumn<int>("missing");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("german");
        QTest::newRow("one of each") << 1 << 1 << QStringLiteral("1 package, 1 error, 0 warnings")
                                     << QStringLiteral("1 Paket, 1 Fehler, 0 Warnungen");
        QTest::newRow("two of each") << 2 << 1 << QStringLiteral("2 packages, 2 errors, 0 warnings")
                                     << QStringLiteral("2 Pakete, 2 Fehler, 0 Warnungen");
        QTest::newRow("none") << 2 << 0 << QStringLiteral("2 packages, 0 errors, 0 warnings")
                              << QStringLiteral("2 Pakete, 0 Fehler, 0 Warnungen");
    }

    void validateSummary()
    {
        QFETCH(int, packages);
        QFETCH(int, missing);
        QFETCH(QString, english);
        QFETCH(QString, german);
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.path() + QStringLiteral("/strata.json"), "{ \"packages\": [\"packages/*\"] }\n"));
        for (int p = 0; p < packages; ++p)
            QVERIFY(writeTablePackage(dir.path(), QStringLiteral("p%1").arg(p), QStringLiteral("@lang/p%1").arg(p), missing));

        const int exitCode = missing > 0 ? 1 : 0;
        const CliResult en = runIn(QStringLiteral("C.UTF-8"), {QStringLiteral("-C"), dir.path(), QStringLiteral("validate")});
        QVERIFY2(en.exitCode == exitCode, qPrintable(describe(en)));
        QCOMPARE(QString::fromUtf8(en.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts).last(), english);
        QVERIFY2(en.out.contains("error [unknown-reference-table]") == (missing > 0), qPrintable(describe(en)));

        const CliResult de = runIn(QStringLiteral("de_DE.UTF-8"), {QStringLiteral("-C"), dir.path(), QStringLiteral("validate")});
        QVERIFY2(de.exitCode == exitCode, qPrintable(describe(de)));
        QCOMPARE(QString::fromUtf8(de.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts).last(), german);
    }

    // Every count a migration run prints, with one and with two.
    void migrationCounts()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        QVERIFY(writeProjectFile(root, QStringLiteral("sqlite")));
        QVERIFY(writePackage(root, QStringLiteral("base"), QStringLiteral("@lang/base"), {},
                             {{QStringLiteral("001_a.sql"), migrationFile(QStringLiteral("CREATE TABLE a (id INTEGER);"),
                                                                          QStringLiteral("DROP TABLE a;"))},
                              {QStringLiteral("002_b.sql"), migrationFile(QStringLiteral("CREATE TABLE b (id INTEGER);"),
                                                                          QStringLiteral("DROP TABLE b;"))},
                              {QStringLiteral("003_c.sql"), migrationFile(QStringLiteral("CREATE TABLE c (id INTEGER);"),
                                                                          QStringLiteral("DROP TABLE c;"))}}));
        const auto run = [&](const QStringList &arguments) {
            return runIn(QStringLiteral("C.UTF-8"), QStringList{QStringLiteral("-C"), root} + arguments);
        };
        const auto check = [](const CliResult &r, const QString &pattern) {
            QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
            QVERIFY2(QRegularExpression(pattern).match(QString::fromUtf8(r.out)).hasMatch(),
                     qPrintable(pattern + QLatin1Char('\n') + describe(r)));
        };
        const QString one = QStringLiteral("--to"), first = QStringLiteral("@lang/base:001_a");

        check(run({QStringLiteral("plan"), one, first}), QStringLiteral("^1 migration would run on "));
        check(run({QStringLiteral("plan")}), QStringLiteral("^3 migrations would run on "));
        check(run({QStringLiteral("plan"), QStringLiteral("--sql"), one, first}),
              QStringLiteral("^-- strata plan --sql: 1 migration that migrate would run on "));
        check(run({QStringLiteral("migrate"), QStringLiteral("--dry-run"), one, first}),
              QStringLiteral("^Dry run on \\S+: 1 migration\n[\\s\\S]*\nDry run passed: 1 migration run and undone; nothing changed.\n$"));
        check(run({QStringLiteral("migrate"), QStringLiteral("--dry-run")}),
              QStringLiteral("^Dry run on \\S+: 3 migrations\n[\\s\\S]*\nDry run passed: 3 migrations run and undone; nothing changed.\n$"));
        check(run({QStringLiteral("migrate"), one, first}),
              QStringLiteral("^Migrating \\S+: 1 pending\n[\\s\\S]*\nApplied 1 migration in \\d+ ms.\n$"));
        check(run({QStringLiteral("migrate")}),
              QStringLiteral("^Migrating \\S+: 2 pending\n[\\s\\S]*\nApplied 2 migrations in \\d+ ms.\n$"));
        check(run({QStringLiteral("plan"), QStringLiteral("--down")}), QStringLiteral("^1 migration would be rolled back on "));
        check(run({QStringLiteral("plan"), QStringLiteral("--down"), QStringLiteral("--steps"), QStringLiteral("2")}),
              QStringLiteral("^2 migrations would be rolled back on "));
        check(run({QStringLiteral("rollback"), QStringLiteral("--steps"), QStringLiteral("1")}),
              QStringLiteral("^Rolling back \\S+: 1 migration\n[\\s\\S]*\nRolled back 1 migration in \\d+ ms.\n$"));
        check(run({QStringLiteral("rollback"), QStringLiteral("--all")}),
              QStringLiteral("^Rolling back \\S+: 2 migrations\n[\\s\\S]*\nRolled back 2 migrations in \\d+ ms.\n$"));
    }

    // The failure block counts what stays applied before the failed migration.
    void failureCounts_data()
    {
        QTest::addColumn<int>("before");
        QTest::addColumn<QString>("consequence");
        QTest::newRow("none") << 0 << QStringLiteral("  The failed migration left no trace.\n");
        QTest::newRow("one") << 1 << QStringLiteral("  The failed migration left no trace. 1 migration before it stays applied.\n");
        QTest::newRow("two") << 2 << QStringLiteral("  The failed migration left no trace. 2 migrations before it stay applied.\n");
    }

    void failureCounts()
    {
        QFETCH(int, before);
        QFETCH(QString, consequence);
        QTemporaryDir dir;
        const QString root = dir.path();
        QVERIFY(writeProjectFile(root, QStringLiteral("sqlite")));
        QList<MigrationText> migrations;
        for (int i = 0; i < before; ++i)
            migrations.append({QStringLiteral("00%1_ok.sql").arg(i + 1),
                               migrationFile(QStringLiteral("CREATE TABLE t%1 (id INTEGER);").arg(i))});
        migrations.append({QStringLiteral("009_broken.sql"), migrationFile(QStringLiteral("SELECT * FROM nowhere;"))});
        QVERIFY(writePackage(root, QStringLiteral("base"), QStringLiteral("@lang/base"), {}, migrations));
        const CliResult r = runIn(QStringLiteral("C.UTF-8"), {QStringLiteral("-C"), root, QStringLiteral("migrate")});
        QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
        QVERIFY2(r.err.endsWith(consequence.toUtf8()), qPrintable(describe(r)));
    }

    // German: the CLI's own messages, in its output, its errors and its help.
    void german()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.path() + QStringLiteral("/strata.json"), "{ \"packages\": [\"packages/*\"] }\n"));
        QVERIFY(writeTablePackage(dir.path(), QStringLiteral("p0"), QStringLiteral("@lang/p0"), 0));

        CliResult r = runIn(QStringLiteral("de_DE.UTF-8"), {QStringLiteral("-C"), dir.path(), QStringLiteral("plan")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.startsWith("Nichts zu tun auf sqlite:"), qPrintable(describe(r)));

        r = runIn(QStringLiteral("de_DE.UTF-8"), {QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith("strata: error: unbekannter Befehl \"frobnicate\"\nBefehle:\n"), qPrintable(describe(r)));

        r = runIn(QStringLiteral("de_DE.UTF-8"), {QStringLiteral("help"), QStringLiteral("list")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains("Globale Optionen:") && r.out.contains("Beispiele:"), qPrintable(describe(r)));

        // The English catalogue is no translation: messages without a plural stay as written.
        r = runIn(QStringLiteral("C.UTF-8"), {QStringLiteral("-C"), dir.path(), QStringLiteral("plan")});
        QVERIFY2(r.out.startsWith("Nothing to do on sqlite:"), qPrintable(describe(r)));
    }
};

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "tst_cli_language.moc"
