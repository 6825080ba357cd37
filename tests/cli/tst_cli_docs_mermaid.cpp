// Every Mermaid block of the Markdown documentation parses and renders with Mermaid itself
// (@mermaid-js/mermaid-cli's mmdc, in tests/web/node_modules, driving Debian's Chromium): the pages of
// examples/, of the golden project, and of a project large enough that its diagrams are split by
// package and into parts, each within Mermaid's default maxTextSize. scripts/install-deps.sh installs
// mmdc; without it the test fails (it never skips).

#include "DocsTestSupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Strata::Test;
using namespace Strata::Test::Docs;

namespace {

QString mmdcPath()
{
    return sourceDir() + QStringLiteral("/tests/web/node_modules/.bin/mmdc");
}

// Renders `blocks` in one browser session (mmdc renders every block of a Markdown file) and returns
// an empty string, or what went wrong and in which block.
QString renderAll(const QList<MermaidBlockFound> &blocks, const QTemporaryDir &dir)
{
    if (!QFileInfo(mmdcPath()).isExecutable())
        return QStringLiteral("%1 is missing: run scripts/install-deps.sh").arg(mmdcPath());
    const QString config = dir.filePath(QStringLiteral("puppeteer.json"));
    writeFile(config, "{\"executablePath\": \"/usr/bin/chromium\", \"args\": [\"--no-sandbox\", \"--disable-gpu\"]}");
    QString all;
    for (const MermaidBlockFound &block : blocks)
        all += QStringLiteral("## %1, block %2\n\n```mermaid\n%3```\n\n").arg(block.page).arg(block.index).arg(block.text);
    const QString input = dir.filePath(QStringLiteral("all.md"));
    writeFile(input, all.toUtf8());

    QProcess mmdc;
    mmdc.setWorkingDirectory(dir.path());
    mmdc.start(mmdcPath(), {QStringLiteral("-p"), config, QStringLiteral("-i"), input, QStringLiteral("-o"),
                            dir.filePath(QStringLiteral("rendered.md"))});
    if (!mmdc.waitForFinished(600000)) {
        mmdc.kill();
        mmdc.waitForFinished();
        return QStringLiteral("mmdc did not finish in 10 minutes");
    }
    // A line "✅ ./rendered-N.svg" per block rendered (and one for the Markdown it writes).
    const QString out = QString::fromUtf8(mmdc.readAllStandardOutput());
    static const QRegularExpression svg(QStringLiteral("✅ \\S*rendered-\\d+\\.svg"));
    if (mmdc.exitStatus() == QProcess::NormalExit && mmdc.exitCode() == 0) {
        // One SVG per block: none was left out.
        const qsizetype rendered = out.count(svg);
        return rendered == blocks.size()
            ? QString()
            : QStringLiteral("mmdc rendered %1 of %2 blocks:\n%3").arg(rendered).arg(blocks.size()).arg(out);
    }
    // mmdc renders in order and stops at the first block it cannot parse.
    const qsizetype failed = out.count(svg);
    const MermaidBlockFound block = blocks.value(failed);
    return QStringLiteral("block %1 of %2 does not parse:\n%3\n--- mmdc\n%4")
        .arg(block.index)
        .arg(block.page, block.text, QString::fromUtf8(mmdc.readAllStandardError()).left(3000));
}

QMap<QString, QByteArray> markdownOf(const QString &project, const QString &out,
                                     const QString &dialect = QStringLiteral("sqlite"))
{
    const CliResult r = runCli({QStringLiteral("-C"), project, QStringLiteral("docs"), QStringLiteral("--format"),
                                QStringLiteral("markdown"), QStringLiteral("--dialect"), dialect, QStringLiteral("--out"), out});
    if (r.exitCode != 0)
        qWarning("%s", qPrintable(describe(r)));
    return filesIn(out);
}

// A project whose diagrams Mermaid would refuse whole: two packages of 500 tables each, every one
// referencing the hub table. The packages' diagrams need two parts each; the hub's neighbourhood one
// diagram per package.
bool writeLargeProject(const QString &root)
{
    bool ok = writeFile(root + QStringLiteral("/strata.json"), "{\"packages\": [\"packages/*\"], \"dialect\": \"sqlite\"}");
    for (const char *name : {"a", "b"}) {
        const QString package = QString::fromLatin1(name);
        QString tables;
        if (package == u"a") {
            tables += QStringLiteral("{\"name\": \"hub\", \"columns\": [{\"name\": \"id\", \"type\": \"bigserial\", \"primaryKey\": true}]},");
        }
        for (int i = 0; i < 500; ++i) {
            tables += QStringLiteral("{\"name\": \"%1_table_with_a_longer_name_%2\", \"columns\": ["
                                     "{\"name\": \"id\", \"type\": \"bigserial\", \"primaryKey\": true}, "
                                     "{\"name\": \"hub_id\", \"type\": \"bigint\", \"notNull\": true, \"references\": {\"table\": \"hub\"}}, "
                                     "{\"name\": \"label\", \"type\": \"varchar(40)\"}]}")
                          .arg(package)
                          .arg(i, 3, 10, QLatin1Char('0'));
            if (i < 499)
                tables += u',';
        }
        const QString dependencies = package == u"b" ? QStringLiteral("{\"@large/a\": \"*\"}") : QStringLiteral("{}");
        ok = ok
            && writeFile(root + QStringLiteral("/packages/%1/database.json").arg(package),
                         QStringLiteral("{\"packageName\": \"@large/%1\", \"version\": \"1.0.0\", \"dependencies\": %2, \"tables\": [%3]}")
                             .arg(package, dependencies, tables)
                             .toUtf8());
    }
    return ok;
}

} // namespace

class TestCliDocsMermaid : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // One browser session for the three projects: starting Chromium is much of mmdc's time.
    void everyBlockParses()
    {
        const QList<std::pair<QString, QString>> projects{
            {examplesDir(), QStringLiteral("sqlite")},
            // PostgreSQL's type names have spaces ("double precision"), which a Mermaid attribute cannot.
            {examplesDir(), QStringLiteral("postgresql")},
            {goldenProject(), QStringLiteral("sqlite")},
        };
        QTemporaryDir dir;
        QList<MermaidBlockFound> blocks;
        for (const auto &[project, dialect] : projects) {
            const QString out = dir.filePath(QStringLiteral("out-%1").arg(blocks.size()));
            QList<MermaidBlockFound> found = mermaidBlocksIn(markdownOf(project, out, dialect));
            QVERIFY2(found.size() > 5, qPrintable(project));
            for (MermaidBlockFound &block : found)
                block.page = QFileInfo(project).fileName() + u' ' + dialect + QStringLiteral(": ") + block.page;
            blocks += found;
        }
        const QString problem = renderAll(blocks, dir);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void largeDiagramsAreSplitAndParse()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("project"));
        QVERIFY(writeLargeProject(project));
        const QMap<QString, QByteArray> files = markdownOf(project, dir.filePath(QStringLiteral("out")));
        QCOMPARE(files.size(), 1 + 2 + 1001 + 1);

        const QString hub = QString::fromUtf8(files.value(QStringLiteral("tables/hub.md")));
        QVERIFY2(hub.contains(QStringLiteral("so it is split by package into the diagrams below.")), qPrintable(hub.left(2000)));
        QVERIFY2(hub.contains(QStringLiteral("\n**@large/a:**\n")) && hub.contains(QStringLiteral("\n**@large/b:**\n")),
                 qPrintable(hub.left(2000)));
        const QString packageA = QString::fromUtf8(files.value(QStringLiteral("packages/large-a.md")));
        QVERIFY2(packageA.contains(QStringLiteral("so it is drawn in the parts below."))
                     && packageA.contains(QStringLiteral("\n**@large/a, part 1 of 2:**\n"))
                     && packageA.contains(QStringLiteral("\n**@large/a, part 2 of 2:**\n")),
                 qPrintable(packageA.left(2000)));

        // Only the pages with split diagrams go to the browser: the thousand small ones add nothing.
        QMap<QString, QByteArray> split;
        for (const QString &page : {QStringLiteral("README.md"), QStringLiteral("tables/hub.md"),
                                    QStringLiteral("packages/large-a.md"), QStringLiteral("packages/large-b.md")})
            split.insert(page, files.value(page));
        const QList<MermaidBlockFound> blocks = mermaidBlocksIn(split);
        QCOMPARE(blocks.size(), 1 + 2 + 2 + 2);
        QSet<QString> drawn;
        for (const MermaidBlockFound &block : blocks) {
            QVERIFY2(block.text.size() <= 50000, qPrintable(block.page));
            if (block.page.startsWith(u"packages/")) {
                // Every table of the package is drawn in full in exactly one of its parts.
                static const QRegularExpression entity(QStringLiteral("\\n  (t\\d+)\\[\"[^\"]*\"\\] \\{\\n"));
                for (auto it = entity.globalMatch(block.text); it.hasNext();) {
                    const QString id = it.next().captured(1);
                    QVERIFY2(!drawn.contains(id), qPrintable(id));
                    drawn.insert(id);
                }
            }
        }
        QCOMPARE(drawn.size(), 1001);
        const QString problem = renderAll(blocks, dir);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
};

int main(int argc, char *argv[])
{
    // Chromium renders about a hundred diagrams here: minutes on a loaded 2-core machine, past QtTest's
    // five-minute watchdog (ctest's TIMEOUT for this test is raised to match, tests/CMakeLists.txt).
    if (!qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", "1200000");
    QCoreApplication app(argc, argv);
    TestCliDocsMermaid test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_cli_docs_mermaid.moc"
