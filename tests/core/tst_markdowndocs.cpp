// The pieces of the Markdown documentation: text escaped for Markdown and for Mermaid, Mermaid
// diagrams split at the size limit (by group, then into parts, never cut short), what a migration
// does in words, and the progress (with its cancel) of buildDocs.

#include "TestSupport.h"

#include <strata/docs/Docs.h>
#include <strata/docs/MarkdownText.h>
#include <strata/docs/MermaidDiagram.h>
#include <strata/docs/MigrationSummary.h>
#include <strata/registry/ProjectLoading.h>
#include <strata/registry/Registry.h>

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Strata;
using namespace Qt::StringLiterals;

namespace {

// `count` nodes in `group`, each with `attributes` lines of detail and an edge to `target` (when set).
QList<MermaidNode> nodes(const QString &group, int count, int attributes, const QString &target = {})
{
    QList<MermaidNode> list;
    for (int i = 0; i < count; ++i) {
        MermaidNode node;
        node.id = group + QString::number(i);
        node.group = group;
        node.stub = QStringLiteral("  %1[\"%1\"]\n").arg(node.id);
        node.declaration = QStringLiteral("  %1[\"%1\"] {\n").arg(node.id);
        for (int a = 0; a < attributes; ++a)
            node.declaration += QStringLiteral("    integer column_%1\n").arg(a);
        node.declaration += QStringLiteral("  }\n");
        if (!target.isEmpty()) {
            node.edges.append(QStringLiteral("  %1 ||--o{ %2 : \"x\"\n").arg(target, node.id));
            node.targets.append(target);
        }
        list.append(node);
    }
    return list;
}

// The ids declared in full ("{") and as stubs in a block.
QStringList declared(const QString &text, bool full)
{
    static const QRegularExpression line(QStringLiteral("^  (\\w+)\\[\"[^\"]*\"\\]( \\{)?$"),
                                         QRegularExpression::MultilineOption);
    QStringList ids;
    for (auto it = line.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (match.hasCaptured(2) == full)
            ids.append(match.captured(1));
    }
    return ids;
}

} // namespace

class TestMarkdownDocs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void markdownText_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("script") << u"inline"_s << u"</script><script>alert(1)</script>"_s
                                << u"&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;"_s;
        QTest::newRow("attribute") << u"inline"_s << u"\"><img src=x onerror=alert(1)>"_s
                                   << u"\"&gt;&lt;img src=x onerror=alert(1)&gt;"_s;
        QTest::newRow("entity stays text") << u"inline"_s << u"&amp; &#60;"_s << u"&amp;amp; &amp;#60;"_s;
        QTest::newRow("emphasis and links") << u"inline"_s << u"*a* _b_ ~c~ [d](e) ![f](g) `h` \\ $x$"_s
                                            << u"\\*a\\* \\_b\\_ \\~c\\~ \\[d\\](e) \\!\\[f\\](g) \\`h\\` \\\\ \\$x\\$"_s;
        QTest::newRow("inline newline") << u"inline"_s << u"a\nb"_s << u"a b"_s;
        QTest::newRow("cell pipe and lines") << u"cell"_s << u"a | b\nc\n"_s << u"a \\| b<br>c"_s;
        QTest::newRow("empty cell") << u"cell"_s << u""_s << u" "_s;
        QTest::newRow("paragraph blocks") << u"paragraphs"_s << u"# not a heading\n- not a list\n1. nor this\n\nnext"_s
                                          << u"\\# not a heading<br>\n\\- not a list<br>\n1\\. nor this\n\nnext"_s;
        QTest::newRow("paragraph code indent") << u"paragraphs"_s << u"    indented\n==="_s << u"indented<br>\n\\==="_s;
        QTest::newRow("code") << u"code"_s << u"a <b> & c"_s << u"`a <b> & c`"_s;
        QTest::newRow("code with ticks") << u"code"_s << u"x `y` z"_s << u"``x `y` z``"_s;
        QTest::newRow("code starting with a tick") << u"code"_s << u"`y"_s << u"`` `y ``"_s;
        QTest::newRow("code in a table") << u"table code"_s << u"a|b"_s << u"`a\\|b`"_s;
        QTest::newRow("link target") << u"target"_s << u"tables/a b(c).md"_s << u"tables/a%20b%28c%29.md"_s;
        QTest::newRow("link") << u"link"_s << u"x_y]"_s << u"[x\\_y\\]](tables/x.md)"_s;
    }
    void markdownText()
    {
        QFETCH(QString, kind);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QString actual;
        if (kind == u"inline")
            actual = MarkdownText::inlineText(text);
        else if (kind == u"cell")
            actual = MarkdownText::cell(text);
        else if (kind == u"paragraphs")
            actual = MarkdownText::paragraphs(text);
        else if (kind == u"code")
            actual = MarkdownText::code(text);
        else if (kind == u"table code")
            actual = MarkdownText::code(text, true);
        else if (kind == u"target")
            actual = MarkdownText::linkTarget(text);
        else
            actual = MarkdownText::link(text, QStringLiteral("tables/x.md"));
        QCOMPARE(actual, expected);
    }

    void mermaidText()
    {
        QCOMPARE(MermaidText::quoted(QStringLiteral("</script><script>alert(1)</script>")),
                 QStringLiteral("#lt;/script#gt;#lt;script#gt;alert(1)#lt;/script#gt;"));
        QCOMPARE(MermaidText::quoted(QStringLiteral("\"><img src=x onerror=alert(1)>")),
                 QStringLiteral("#quot;#gt;#lt;img src=x onerror=alert(1)#gt;"));
        QCOMPARE(MermaidText::quoted(QStringLiteral("%%{init}%% #quot; `md` a;b|c\nd")),
                 QStringLiteral("#37;#37;#123;init#125;#37;#37; #35;quot#59; #96;md#96; a#59;b#124;c d"));
        bool exact = true;
        QCOMPARE(MermaidText::word(QStringLiteral("numeric(12,2)"), &exact), QStringLiteral("numeric(12_2)"));
        QVERIFY(!exact);
        QCOMPARE(MermaidText::word(QStringLiteral("timestamp with time zone"), &exact),
                 QStringLiteral("timestamp_with_time_zone"));
        QCOMPARE(MermaidText::word(QStringLiteral("2fa"), &exact), QStringLiteral("_2fa"));
        QCOMPARE(MermaidText::word(QStringLiteral("varchar(40)"), &exact), QStringLiteral("varchar(40)"));
        QVERIFY(exact);
    }

    void aDiagramThatFitsIsOneBlock()
    {
        const QList<MermaidNode> all = nodes(QStringLiteral("a"), 3, 2) + nodes(QStringLiteral("b"), 2, 2, QStringLiteral("a0"));
        const QList<MermaidBlock> blocks = mermaidBlocks(QStringLiteral("erDiagram\n"), all);
        QCOMPARE(blocks.size(), 1);
        QVERIFY(blocks.first().groups.isEmpty());
        QCOMPARE(declared(blocks.first().text, true).size(), 5);
        QVERIFY(declared(blocks.first().text, false).isEmpty());
        QVERIFY(blocks.first().text.startsWith(QStringLiteral("erDiagram\n  a0[\"a0\"] {\n")));
    }

    void splitByGroupAtTheLimit()
    {
        // Each group alone fits in 1,500 characters; together they do not.
        const QList<MermaidNode> all = nodes(QStringLiteral("a"), 8, 4) + nodes(QStringLiteral("b"), 8, 4, QStringLiteral("a0"));
        const QString header = QStringLiteral("erDiagram\n");
        qsizetype whole = header.size();
        for (const MermaidNode &node : all)
            whole += node.declaration.size() + node.edges.join(QString()).size();
        const qsizetype limit = 1500;
        QVERIFY(whole > limit && whole < 2 * limit);
        QCOMPARE(mermaidBlocks(header, all, {}, whole).size(), 1); // exactly at the limit: whole

        const QList<MermaidBlock> blocks = mermaidBlocks(header, all, {}, limit);
        QCOMPARE(blocks.size(), 2);
        QCOMPARE(blocks.at(0).groups, QStringList{QStringLiteral("a")});
        QCOMPARE(blocks.at(1).groups, QStringList{QStringLiteral("b")});
        QCOMPARE(declared(blocks.at(0).text, true).size(), 8);
        QCOMPARE(declared(blocks.at(1).text, true).size(), 8);
        // b's edges lead to a0, drawn in b's diagram as a stub, declared before the edges.
        QCOMPARE(declared(blocks.at(1).text, false), QStringList{QStringLiteral("a0")});
        QVERIFY(blocks.at(1).text.indexOf(QStringLiteral("  a0[\"a0\"]\n")) < blocks.at(1).text.indexOf(QStringLiteral("||--o{")));
        QCOMPARE(blocks.at(1).text.count(QStringLiteral("||--o{")), 8);
        for (const MermaidBlock &block : blocks)
            QVERIFY(block.text.size() <= limit);
    }

    void smallGroupsShareABlock()
    {
        // Ten groups of one node each (101 characters), three of which fit in 350 with the header.
        QList<MermaidNode> all;
        for (int g = 0; g < 10; ++g)
            all += nodes(QStringLiteral("g%1_").arg(g), 1, 4);
        const QList<MermaidBlock> blocks = mermaidBlocks(QStringLiteral("erDiagram\n"), all, {}, 350);
        QCOMPARE(blocks.size(), 4);
        QCOMPARE(blocks.at(0).groups, (QStringList{QStringLiteral("g0_"), QStringLiteral("g1_"), QStringLiteral("g2_")}));
        QCOMPARE(blocks.at(3).groups, QStringList{QStringLiteral("g9_")});
        qsizetype drawn = 0;
        for (const MermaidBlock &block : blocks) {
            QVERIFY(block.text.size() <= 350);
            QCOMPARE(block.partCount, 1);
            drawn += declared(block.text, true).size();
        }
        QCOMPARE(drawn, 10);
    }

    void aGroupTooLongIsCutIntoParts()
    {
        const QList<MermaidNode> all = nodes(QStringLiteral("a"), 40, 5);
        const QList<MermaidBlock> blocks = mermaidBlocks(QStringLiteral("erDiagram\n"), all, {}, 1000);
        QVERIFY(blocks.size() > 3);
        QSet<QString> seen;
        for (const MermaidBlock &block : blocks) {
            QVERIFY2(block.text.size() <= 1000, qPrintable(QString::number(block.text.size())));
            QCOMPARE(block.partCount, int(blocks.size()));
            for (const QString &id : declared(block.text, true)) {
                QVERIFY(!seen.contains(id));
                seen.insert(id);
            }
        }
        QCOMPARE(seen.size(), 40);
        QCOMPARE(blocks.last().part, int(blocks.size()));
    }

    void aNodeTooLongAloneIsDrawnAsItsStub()
    {
        const QList<MermaidNode> all = nodes(QStringLiteral("a"), 1, 100) + nodes(QStringLiteral("b"), 1, 2);
        const QList<MermaidBlock> blocks = mermaidBlocks(QStringLiteral("erDiagram\n"), all, {}, 500);
        QCOMPARE(blocks.size(), 2);
        QCOMPARE(blocks.at(0).stubbed, QStringList{QStringLiteral("a0")});
        QCOMPARE(declared(blocks.at(0).text, false), QStringList{QStringLiteral("a0")});
        QVERIFY(blocks.at(1).stubbed.isEmpty());
    }

    void farNodesAreOnlyStubs()
    {
        const QList<MermaidNode> far = nodes(QStringLiteral("other"), 1, 50);
        const QList<MermaidBlock> blocks
            = mermaidBlocks(QStringLiteral("erDiagram\n"), nodes(QStringLiteral("a"), 2, 1, QStringLiteral("other0")), far);
        QCOMPARE(blocks.size(), 1);
        QCOMPARE(declared(blocks.first().text, false), QStringList{QStringLiteral("other0")});
        QVERIFY(!blocks.first().text.contains(QStringLiteral("column_49")));
    }

    void migrationSummary_data()
    {
        QTest::addColumn<int>("dialect");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QStringList>("expected");
        const int sqlite = int(DialectKind::SQLite), postgres = int(DialectKind::PostgreSQL);
        QTest::newRow("tables and indexes")
            << sqlite << u"CREATE TABLE deals (id INTEGER PRIMARY KEY);\nCREATE UNIQUE INDEX IF NOT EXISTS d_idx ON deals (id);"_s
            << QStringList{u"creates table deals"_s, u"creates index d_idx on deals"_s};
        QTest::newRow("alter actions")
            << postgres << u"ALTER TABLE public.deals ADD COLUMN closed_at timestamptz, ALTER COLUMN amount TYPE numeric(10, 2), "
                           u"DROP COLUMN IF EXISTS old, RENAME COLUMN a TO b"_s
            << QStringList{u"adds column deals.closed_at"_s, u"changes column deals.amount"_s, u"drops column deals.old"_s,
                           u"renames column deals.a to b"_s};
        QTest::newRow("rename") << sqlite << u"ALTER TABLE deals RENAME COLUMN a TO b; ALTER TABLE x RENAME TO y"_s
                                << QStringList{u"renames column deals.a to b"_s, u"renames table x to y"_s};
        QTest::newRow("unnamed index") << postgres << u"CREATE INDEX ON deals (stage_id)"_s
                                       << QStringList{u"creates an index on deals"_s};
        QTest::newRow("quoted names") << postgres << u"CREATE TABLE \"Odd\"\"Name\" (id int); DROP TABLE \"create\""_s
                                      << QStringList{u"creates table Odd\"Name"_s, u"drops table create"_s};
        QTest::newRow("rows") << sqlite << u"INSERT OR IGNORE INTO roles VALUES ('a;b'); UPDATE roles SET x = 1; DELETE FROM t"_s
                              << QStringList{u"inserts rows into roles"_s, u"updates rows of roles"_s, u"deletes rows from t"_s};
        QTest::newRow("other") << postgres << u"CREATE EXTENSION IF NOT EXISTS pgcrypto; SELECT 1"_s
                               << QStringList{u"creates extension pgcrypto"_s, u"runs a SELECT statement"_s};
        QTest::newRow("empty") << sqlite << u"-- nothing\n"_s << QStringList{u"runs no statement"_s};
    }
    void migrationSummary()
    {
        QFETCH(int, dialect);
        QFETCH(QString, sql);
        QFETCH(QStringList, expected);
        Migration migration;
        migration.id = QStringLiteral("001_x");
        migration.up = sql;
        QCOMPARE(describeMigration(migration, DialectKind(dialect)), expected);
    }

    void aCppMigrationSaysSo()
    {
        Migration migration;
        migration.id = QStringLiteral("002_code");
        migration.up = MigrationStep([](MigrationContext &) -> Result<> { return {}; });
        QCOMPARE(describeMigration(migration, DialectKind::SQLite), QStringList{QStringLiteral("runs C++ code")});
    }

    void progressPerPageAndCancel()
    {
        Registry registry;
        discoverAndRegister(Test::testDataDir() + QStringLiteral("/docs/project"), registry);
        const DocsInput input = DocsInput::of(registry);
        DocsOptions options;
        options.format = DocsFormat::Markdown;

        QList<std::pair<qsizetype, qsizetype>> calls;
        const Result<DocsSite> site = buildDocs(input, options, [&](qsizetype done, qsizetype total) {
            calls.append({done, total});
            return true;
        });
        QVERIFY_RESULT(site);
        QCOMPARE(site->files().size(), 1 + 3 + 5);
        QCOMPARE(calls.size(), 9);
        for (qsizetype i = 0; i < calls.size(); ++i)
            QCOMPARE(calls.at(i), std::make_pair(i + 1, qsizetype(9)));

        int seen = 0;
        const Result<DocsSite> cancelled = buildDocs(input, options, [&](qsizetype, qsizetype) { return ++seen < 3; });
        QVERIFY(!cancelled);
        QCOMPARE(seen, 3);
        QVERIFY2(cancelled.errorMessage().contains(QStringLiteral("cancelled")), qPrintable(cancelled.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestMarkdownDocs)
#include "tst_markdowndocs.moc"
