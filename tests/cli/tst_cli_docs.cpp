// `strata docs` through the real binary: the Markdown of the golden project byte for byte (golden
// files in tests/data/docs/markdown; STRATA_UPDATE_GOLDEN=1 rewrites them), --check's exit codes and
// its report, determinism, stale pages removed, someone else's file never overwritten, the chosen
// packages, the chosen dialect, a project with errors, and the usage errors of both formats.

#include "DocsTestSupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Strata::Test;
using namespace Strata::Test::Docs;

namespace {

const QString Markdown = QStringLiteral("markdown");

CliResult docs(const QString &project, const QString &out, const QStringList &more = {})
{
    return runCli(QStringList{QStringLiteral("-C"), project, QStringLiteral("docs"), QStringLiteral("--out"), out}
                  + more);
}

CliResult markdown(const QString &project, const QString &out, const QStringList &more = {})
{
    return docs(project, out, QStringList{QStringLiteral("--format"), Markdown} + more);
}

// The golden project copied into `dir`, for a test that edits it.
QString copiedProject(const QTemporaryDir &dir)
{
    const QString root = dir.filePath(QStringLiteral("project"));
    return copyTree(goldenProject(), root) ? root : QString();
}

QString goldenFolder()
{
    return testDataDir() + QStringLiteral("/docs/markdown");
}

} // namespace

class TestCliDocs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void markdownIsGolden()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out"));
        const CliResult r = markdown(goldenProject(), out);
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QMap<QString, QByteArray> written = filesIn(out);

        if (qEnvironmentVariableIntValue("STRATA_UPDATE_GOLDEN") == 1) {
            QDir(goldenFolder()).removeRecursively();
            for (auto it = written.cbegin(); it != written.cend(); ++it)
                QVERIFY(writeFile(goldenFolder() + u'/' + it.key(), it.value()));
            qWarning("Rewrote the golden files in %s", qPrintable(goldenFolder()));
        }
        const QMap<QString, QByteArray> golden = filesIn(goldenFolder());
        QCOMPARE(written.keys(), golden.keys());
        for (auto it = written.cbegin(); it != written.cend(); ++it) {
            QVERIFY2(it.value() == golden.value(it.key()),
                     qPrintable(it.key() + QStringLiteral(" differs from the golden file (run the test with "
                                                          "STRATA_UPDATE_GOLDEN=1 after checking the change):\n")
                                + QString::fromUtf8(it.value())));
            QVERIFY2(!it.value().contains('\r'), qPrintable(it.key()));
            QVERIFY2(it.value().endsWith('\n') && !it.value().endsWith("\n\n"), qPrintable(it.key()));
        }
    }

    // The malicious comments reach the page as text: no tag of theirs survives, in Markdown or Mermaid.
    void commentsAreText()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out"));
        QVERIFY2(markdown(goldenProject(), out).exitCode == 0, "docs");
        const QString orders = QString::fromUtf8(readFile(out + QStringLiteral("/tables/orders.md")));
        QVERIFY2(orders.contains(QStringLiteral("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;")), qPrintable(orders));
        QVERIFY2(orders.contains(QStringLiteral("\"&gt;&lt;img src=x onerror=alert(1)&gt;")), qPrintable(orders));
        QVERIFY2(orders.contains(QStringLiteral("| Who \\| ordered<br>it |")), qPrintable(orders));
        for (const auto &[path, bytes] : filesIn(out).asKeyValueRange()) {
            for (const char *tag : {"<script", "</script", "<img", "<b>"})
                QVERIFY2(!bytes.contains(tag), qPrintable(path + QStringLiteral(": ") + QLatin1String(tag)));
        }
    }

    void checkReportsStaleMissingAndExtra()
    {
        QTemporaryDir dir;
        const QString project = copiedProject(dir);
        QVERIFY(!project.isEmpty());
        const QString out = dir.filePath(QStringLiteral("out"));

        // Nothing written yet: every file is missing, and --check writes nothing.
        CliResult r = markdown(project, out, {QStringLiteral("--check")});
        QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
        QVERIFY2(r.out.contains("missing: README.md\n") && r.out.contains("missing: tables/orders.md\n")
                     && r.out.contains("missing: .strata-docs.json\n"),
                 qPrintable(describe(r)));
        QVERIFY(!QFileInfo::exists(out));

        r = markdown(project, out);
        QVERIFY2(r.exitCode == 0 && r.out.startsWith("9 written, 0 unchanged, 0 removed: "), qPrintable(describe(r)));
        r = markdown(project, out, {QStringLiteral("--check")});
        QVERIFY2(r.exitCode == 0 && r.out.contains("is up to date"), qPrintable(describe(r)));

        // A changed comment makes its table's page stale.
        const QString shop = project + QStringLiteral("/packages/shop/database.json");
        QByteArray json = readFile(shop);
        json.replace("One line of an order", "One row of an order");
        QVERIFY(writeFile(shop, json));
        r = markdown(project, out, {QStringLiteral("--check")});
        QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
        QCOMPARE(QString::fromUtf8(r.out), QStringLiteral("stale: packages/golden-shop.md\nstale: tables/order_lines.md\n"));
        QVERIFY2(r.err.contains("is not up to date"), qPrintable(describe(r)));
        r = markdown(project, out);
        QVERIFY2(r.exitCode == 0 && r.out.startsWith("2 written, 7 unchanged, 0 removed: "), qPrintable(describe(r)));

        // A removed table leaves its page behind as extra, until the next run removes it.
        const QString notes = project + QStringLiteral("/packages/notes/database.json");
        QByteArray notesJson = readFile(notes);
        const qsizetype tables = notesJson.indexOf("\"tables\"");
        QVERIFY(tables > 0);
        notesJson = notesJson.left(tables) + "\"tables\": []\n}\n";
        QVERIFY(writeFile(notes, notesJson));
        r = markdown(project, out, {QStringLiteral("--check")});
        QVERIFY2(r.exitCode == 1 && r.out.contains("extra: tables/order_notes.md\n"), qPrintable(describe(r)));
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/tables/order_notes.md")));
        r = markdown(project, out);
        QVERIFY2(r.exitCode == 0 && r.out.contains(", 1 removed: "), qPrintable(describe(r)));
        QVERIFY(!QFileInfo::exists(out + QStringLiteral("/tables/order_notes.md")));
        r = markdown(project, out, {QStringLiteral("--check")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));

        // A page edited by hand is stale.
        QVERIFY(writeFile(out + QStringLiteral("/tables/orders.md"), "edited\n"));
        r = markdown(project, out, {QStringLiteral("--check")});
        QVERIFY2(r.exitCode == 1 && r.out == "stale: tables/orders.md\n", qPrintable(describe(r)));
    }

    void twoRunsAreByteIdentical_data()
    {
        QTest::addColumn<QString>("project");
        QTest::newRow("golden") << goldenProject();
        QTest::newRow("examples") << examplesDir();
    }
    void twoRunsAreByteIdentical()
    {
        QFETCH(QString, project);
        QTemporaryDir dir;
        const QString first = dir.filePath(QStringLiteral("first"));
        const QString second = dir.filePath(QStringLiteral("second"));
        QVERIFY2(markdown(project, first).exitCode == 0, "first");
        QVERIFY2(markdown(project, second).exitCode == 0, "second");
        const QMap<QString, QByteArray> a = filesIn(first);
        QVERIFY(a.size() > 5);
        QVERIFY(a == filesIn(second));
        // A third run into the first folder changes nothing.
        const CliResult again = markdown(project, first);
        QVERIFY2(again.out.startsWith(QStringLiteral("0 written, %1 unchanged, 0 removed").arg(a.size() - 1).toUtf8()),
                 qPrintable(describe(again)));
    }

    // The HTML site of a project with many packages whose diagrams cluster several packages each,
    // written by two processes: byte for byte the same. Graphviz ordered clusters by the addresses
    // of their names, so about one package page in ten differed from run to run before its IDs
    // were made sequential (core/layout/GraphLayout.cpp, SequentialIds).
    void htmlOfManyPackagesIsReproducible()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("project"));
        QProcess generate;
        generate.start(QStringLiteral(STRATA_BINARY_DIR "/bench/strata-generate"),
                       {QStringLiteral("--packages"), QStringLiteral("200"), QStringLiteral("--tables-per-package"),
                        QStringLiteral("5"), QStringLiteral("--columns-per-table"), QStringLiteral("6"),
                        QStringLiteral("--migrations-per-package"), QStringLiteral("1"), QStringLiteral("--seed"),
                        QStringLiteral("3"), project});
        QVERIFY(generate.waitForFinished(60000));
        QVERIFY2(generate.exitCode() == 0, generate.readAllStandardError().constData());
        const QString first = dir.filePath(QStringLiteral("first"));
        const QString second = dir.filePath(QStringLiteral("second"));
        const CliResult a = docs(project, first);
        QVERIFY2(a.exitCode == 0, qPrintable(describe(a)));
        const CliResult b = docs(project, second);
        QVERIFY2(b.exitCode == 0, qPrintable(describe(b)));
        const QMap<QString, QByteArray> one = filesIn(first);
        const QMap<QString, QByteArray> other = filesIn(second);
        QCOMPARE(one.keys(), other.keys());
        QStringList differing;
        for (auto it = one.cbegin(); it != one.cend(); ++it) {
            if (other.value(it.key()) != it.value())
                differing.append(it.key());
        }
        QVERIFY2(differing.isEmpty(), qPrintable(differing.join(u' ')));
        QVERIFY(one.size() > 1200);
    }

    void someoneElsesFileIsNeverOverwritten()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out"));
        QVERIFY(writeFile(out + QStringLiteral("/README.md"), "# Our own readme\n"));
        const CliResult r = markdown(goldenProject(), out);
        QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
        QVERIFY2(r.err.contains("did not write") && r.err.contains("README.md"), qPrintable(describe(r)));
        QCOMPARE(readFile(out + QStringLiteral("/README.md")), QByteArray("# Our own readme\n"));
        QVERIFY(!QFileInfo::exists(out + QStringLiteral("/tables")));
        QVERIFY(!QFileInfo::exists(out + QStringLiteral("/.strata-docs.json")));
    }

    void chosenPackagesAndWhatTheyDependOn()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out"));
        const CliResult r = markdown(goldenProject(), out, {QStringLiteral("@golden/shop")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QMap<QString, QByteArray> files = filesIn(out);
        QVERIFY(files.contains(QStringLiteral("packages/golden-core.md")));
        QVERIFY(files.contains(QStringLiteral("tables/users.md")));
        QVERIFY(!files.contains(QStringLiteral("packages/golden-notes.md")));
        QVERIFY(!files.contains(QStringLiteral("tables/order_notes.md")));
        const QByteArray readme = files.value(QStringLiteral("README.md"));
        QVERIFY2(readme.contains("of 3 packages in the project"), readme.constData());
        // What no documented page can link to is not referenced: orders' page does not name order_notes.
        QVERIFY(!files.value(QStringLiteral("tables/orders.md")).contains("order_notes"));
    }

    void typesInTheChosenDialect()
    {
        QTemporaryDir dir;
        const QString sqlite = dir.filePath(QStringLiteral("sqlite"));
        const QString postgres = dir.filePath(QStringLiteral("postgres"));
        QVERIFY2(markdown(goldenProject(), sqlite).exitCode == 0, "sqlite");
        QVERIFY2(markdown(goldenProject(), postgres, {QStringLiteral("--dialect"), QStringLiteral("postgresql")}).exitCode == 0,
                 "postgresql");
        const QByteArray inSqlite = readFile(sqlite + QStringLiteral("/tables/orders.md"));
        const QByteArray inPostgres = readFile(postgres + QStringLiteral("/tables/orders.md"));
        QVERIFY2(inSqlite.contains("| `total` | `NUMERIC(12,2)` |"), inSqlite.constData());
        QVERIFY2(inPostgres.contains("| `total` | `numeric(12,2)` |"), inPostgres.constData());
        QVERIFY2(inPostgres.contains("| `buyer_id` | `bigint` |"), inPostgres.constData());
    }

    void aProjectWithErrorsIsDocumentedWithItsProblems()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out"));
        const CliResult r = markdown(testDataDir() + QStringLiteral("/cli/errors"), out);
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(r.err.contains("strata: warning: the project has errors"), qPrintable(describe(r)));
        const QByteArray readme = readFile(out + QStringLiteral("/README.md"));
        QVERIFY2(readme.contains("\n## Problems\n") && readme.contains("| error | `"), readme.constData());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        for (const QString &format : {QStringLiteral("html"), Markdown}) {
            const QStringList withFormat{QStringLiteral("docs"), QStringLiteral("--format"), format};
            QTest::addRow("%s: no --out", qPrintable(format)) << withFormat << QStringLiteral("docs needs --out DIR");
            QTest::addRow("%s: unknown package", qPrintable(format))
                << withFormat + QStringList{QStringLiteral("--out"), QStringLiteral("out"), QStringLiteral("@golden/shp")}
                << QStringLiteral("no package \"@golden/shp\" in the project; did you mean \"@golden/shop\"?");
            QTest::addRow("%s: unknown dialect", qPrintable(format))
                << withFormat + QStringList{QStringLiteral("--out"), QStringLiteral("out"), QStringLiteral("--dialect"),
                                            QStringLiteral("oracle")}
                << QStringLiteral("unknown dialect \"oracle\"");
        }
        QTest::newRow("unknown format")
            << QStringList{QStringLiteral("docs"), QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"),
                           QStringLiteral("out")}
            << QStringLiteral("unknown format \"pdf\" for docs: use html or markdown");
        QTest::newRow("a package nothing is close to")
            << QStringList{QStringLiteral("docs"), QStringLiteral("--out"), QStringLiteral("out"), QStringLiteral("zzzzzzzz")}
            << QStringLiteral("no package \"zzzzzzzz\" in the project\n");
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const CliResult r = runCli(QStringList{QStringLiteral("-C"), goldenProject()} + arguments, dir.path());
        QVERIFY2(r.exitCode == 2, qPrintable(describe(r)));
        QVERIFY2(QString::fromUtf8(r.err).contains(message), qPrintable(describe(r)));
        QVERIFY2(r.out.isEmpty(), qPrintable(describe(r)));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("out"))));
    }
};

QTEST_GUILESS_MAIN(TestCliDocs)
#include "tst_cli_docs.moc"
