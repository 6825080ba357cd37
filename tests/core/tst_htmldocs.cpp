// The HTML documentation (core/docs/HtmlDocs and its parts), on real projects read from disk:
//  - golden files of a small project (tests/data/docs-html/project -> .../golden). After a deliberate
//    change of the pages, regenerate them with STRATA_UPDATE_GOLDEN=1 ctest -R tst_htmldocs and
//    review the diff like code;
//  - the same project gives the same bytes; progress counts up and a cancel stops the build;
//  - on examples/ plus a package with hostile comments (DocsTestProject.h): every SVG parses as XML,
//    every link of every page leads to a file of the site and to an id there, and the comments are
//    text. tests/web/docs.mjs checks the same site in a real browser.

#include "DocsTestProject.h"

#include <strata/docs/Docs.h>
#include <strata/docs/HtmlText.h>
#include <strata/registry/ProjectLoading.h>
#include <strata/registry/Registry.h>

#include <QDirIterator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QXmlStreamReader>

using namespace Strata;
using namespace Qt::StringLiterals;

namespace {

Result<DocsSite> htmlDocsOf(const QString &project, const DocsProgress &progress = {})
{
    Registry registry;
    discoverAndRegister(project, registry);
    return buildDocs(DocsInput::of(registry), DocsOptions{DocsFormat::Html, DialectKind::SQLite}, progress);
}

QString goldenProject() { return Test::testDataDir() + u"/docs-html/project"_s; }
QString goldenDir() { return Test::testDataDir() + u"/docs-html/golden"_s; }

// Every file below `dir`, as '/'-separated paths relative to it.
QStringList filesBelow(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(dir).relativeFilePath(it.next()));
    files.sort();
    return files;
}

QString unescaped(QString text)
{
    text.replace(u"&quot;"_s, u"\""_s).replace(u"&#39;"_s, u"'"_s).replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s);
    return text.replace(u"&amp;"_s, u"&"_s);
}

} // namespace

class TestHtmlDocs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escapedText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("markup") << u"<b>&\"'</b>"_s << u"&lt;b&gt;&amp;&quot;&#39;&lt;/b&gt;"_s;
        QTest::newRow("script") << u"</script><script>alert(1)</script>"_s
                                << u"&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;"_s;
        QTest::newRow("controls") << u"a\u0001b\tc\n"_s << u"a\uFFFDb\tc\n"_s;
        QTest::newRow("lone surrogate") << QString(QChar(0xD800)) + u"x"_s << u"\uFFFDx"_s;
        QTest::newRow("pair kept") << u"\U0001F600"_s << u"\U0001F600"_s;
    }
    void escapedText()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(HtmlText::escaped(text), expected);
    }

    void anchorsDifferForDifferentNames()
    {
        QCOMPARE(HtmlText::anchor(u"col-", u"a b"), u"col-a.20b"_s);
        QVERIFY(HtmlText::anchor(u"col-", u"a b") != HtmlText::anchor(u"col-", u"a_b"));
        QVERIFY(HtmlText::anchor(u"col-", u"a.b") != HtmlText::anchor(u"col-", u"a.2eb"));
    }

    void smallProjectMatchesGolden()
    {
        const Result<DocsSite> site = htmlDocsOf(goldenProject());
        QVERIFY2(site, qPrintable(Test::describeResult(site)));
        if (qEnvironmentVariableIntValue("STRATA_UPDATE_GOLDEN") == 1) {
            QVERIFY(QDir(goldenDir()).removeRecursively());
            for (const DocsFile &file : site->files())
                QVERIFY(Test::writeFile(goldenDir() + u'/' + file.path, file.content));
        }
        QStringList paths;
        for (const DocsFile &file : site->files()) {
            paths.append(file.path);
            const QByteArray golden = Test::readFile(goldenDir() + u'/' + file.path);
            QVERIFY2(file.content == golden, qPrintable(file.path + u" differs from its golden file"_s));
        }
        QCOMPARE(paths, filesBelow(goldenDir()));
        QCOMPARE(paths, (QStringList{u"assets/search-index.js"_s, u"assets/search.js"_s, u"assets/strata-docs.css"_s,
                                     u"index.html"_s, u"packages/small-core.html"_s, u"packages/small-shop.html"_s,
                                     u"tables/order_lines.html"_s, u"tables/orders.html"_s, u"tables/users.html"_s,
                                     u"tables/workspaces.html"_s}));
    }

    void sameProjectSameBytes()
    {
        const Result<DocsSite> first = htmlDocsOf(goldenProject());
        const Result<DocsSite> second = htmlDocsOf(goldenProject());
        QVERIFY(first && second);
        QCOMPARE(first->files().size(), second->files().size());
        for (qsizetype i = 0; i < first->files().size(); ++i) {
            QCOMPARE(first->files().at(i).path, second->files().at(i).path);
            QVERIFY2(first->files().at(i).content == second->files().at(i).content, qPrintable(first->files().at(i).path));
        }
    }

    void progressCountsUpAndCancelStops()
    {
        QList<qsizetype> seen;
        qsizetype last = -1;
        const Result<DocsSite> site = htmlDocsOf(goldenProject(), [&](qsizetype done, qsizetype total) {
            seen.append(done);
            last = total;
            return true;
        });
        QVERIFY(site);
        QVERIFY(seen.size() >= 2);
        QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
        QCOMPARE(seen.last(), last);

        int calls = 0;
        const Result<DocsSite> cancelled = htmlDocsOf(goldenProject(), [&](qsizetype, qsizetype) { return ++calls < 1; });
        QVERIFY(!cancelled);
        QVERIFY(cancelled.errorMessage().contains(u"cancelled"_s));
    }

    // Every inline SVG is well-formed XML; every href and src of every page leads to a file of the
    // site and, with a fragment, to an id on that page; the hostile comments are text.
    void examplesSiteIsWellFormed()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString project = Test::writeDocsTestProject(dir.filePath(u"project"_s));
        QVERIFY(!project.isEmpty());
        const Result<DocsSite> site = htmlDocsOf(project);
        QVERIFY2(site, qPrintable(Test::describeResult(site)));

        static const QRegularExpression svgElement(u"<svg .*?</svg>"_s, QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression link(u"(?:href|src)=\"([^\"]*)\""_s);
        static const QRegularExpression id(u" id=\"([^\"]*)\""_s);
        QHash<QString, QSet<QString>> ids;
        QSet<QString> files;
        for (const DocsFile &file : site->files()) {
            files.insert(file.path);
            const QString text = QString::fromUtf8(file.content);
            for (auto it = id.globalMatch(text); it.hasNext();)
                ids[file.path].insert(unescaped(it.next().captured(1)));
        }
        int svgs = 0, links = 0;
        for (const DocsFile &file : site->files()) {
            if (!file.path.endsWith(u".html"))
                continue;
            const QString text = QString::fromUtf8(file.content);
            QVERIFY2(!text.contains(u"<img"_s) && !text.contains(u"<script>"_s), qPrintable(file.path));
            for (auto it = svgElement.globalMatch(text); it.hasNext();) {
                QXmlStreamReader xml(it.next().captured(0));
                while (!xml.atEnd())
                    xml.readNext();
                QVERIFY2(!xml.hasError(), qPrintable(file.path + u": "_s + xml.errorString()));
                ++svgs;
            }
            for (auto it = link.globalMatch(text); it.hasNext();) {
                const QString href = unescaped(it.next().captured(1));
                const QUrl base(u"file:///site/"_s + file.path);
                const QUrl target = base.resolved(QUrl(href));
                QCOMPARE(target.scheme(), u"file"_s);
                const QString path = target.path().mid(6); // "/site/"
                QVERIFY2(files.contains(path), qPrintable(file.path + u": "_s + href));
                if (target.hasFragment())
                    QVERIFY2(ids.value(path).contains(target.fragment(QUrl::FullyDecoded)), qPrintable(file.path + u": "_s + href));
                ++links;
            }
        }
        QVERIFY2(svgs > 20 && links > 200, qPrintable(u"%1 SVGs, %2 links"_s.arg(svgs).arg(links)));

        const DocsFile *hostile = site->file(u"tables/"_s + QString::fromLatin1(Test::HostileTable) + u".html"_s);
        QVERIFY(hostile);
        const QString page = QString::fromUtf8(hostile->content);
        QVERIFY(page.contains(HtmlText::escaped(QString::fromLatin1(Test::ScriptBreakout))));
        QVERIFY(page.contains(HtmlText::escaped(QString::fromLatin1(Test::AttributeBreakout))));
        QVERIFY(!page.contains(QString::fromLatin1(Test::ScriptBreakout)));
        QVERIFY(!page.contains(QString::fromLatin1(Test::AttributeBreakout)));
    }
};

QTEST_GUILESS_MAIN(TestHtmlDocs)
#include "tst_htmldocs.moc"
