#include "UiTestProject.h"

#include "editor/EditorArea.h"
#include "editor/SourceEditor.h"
#include <strata/loading/PackageScanner.h>
#include <strata/registry/ProjectLoading.h>
#include <strata/registry/Registry.h>
#include "style/Icons.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QPalette>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>

using namespace Strata;
using namespace Strata::Ui;

namespace {

// A small database.json with non-ASCII text before the values the tests point at.
const QByteArray sampleJson = "{\n"
                              "  \"packageName\": \"grüße\",\n"
                              "  \"description\": \"Ünïcödé 🎉 text\", \"version\": \"1.0.0\",\n"
                              "  \"tables\": [\n"
                              "    { \"name\": \"nötes\", \"columns\": [\n"
                              "      { \"name\": \"body\", \"type\": \"txet\" } ] }\n"
                              "  ]\n"
                              "}\n";

long send(const SourceEditor *editor, unsigned int message, unsigned long wParam = 0, long lParam = 0)
{
    return editor->SendScintilla(message, wParam, lParam);
}

// The byte range an indicator covers around `position`: [start, end), or {-1, -1} when it is not there.
std::pair<long, long> indicatorRange(const SourceEditor *editor, int indicator, long position)
{
    if (send(editor, QsciScintillaBase::SCI_INDICATORVALUEAT, indicator, position) == 0)
        return {-1, -1};
    return {send(editor, QsciScintillaBase::SCI_INDICATORSTART, indicator, position),
            send(editor, QsciScintillaBase::SCI_INDICATOREND, indicator, position)};
}

// Every stretch of the document an indicator covers.
QList<std::pair<long, long>> indicatorRanges(const SourceEditor *editor, int indicator)
{
    QList<std::pair<long, long>> ranges;
    const long length = send(editor, QsciScintillaBase::SCI_GETLENGTH);
    long position = 0;
    while (position < length) {
        const long end = send(editor, QsciScintillaBase::SCI_INDICATOREND, indicator, position);
        if (send(editor, QsciScintillaBase::SCI_INDICATORVALUEAT, indicator, position) != 0)
            ranges.append({position, end});
        if (end <= position)
            break;
        position = end;
    }
    return ranges;
}

Diagnostic diagnosticAt(Severity severity, const QString &file, int line, int column, qsizetype offset,
                        qsizetype length, const QString &message)
{
    Diagnostic d;
    d.severity = severity;
    d.code = QStringLiteral("test-finding");
    d.message = message;
    d.help = QStringLiteral("fix it");
    d.location = SourceLocation{file, line, column, offset, length};
    return d;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb3));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    return p;
}

} // namespace

class TestEditor : public QObject
{
    Q_OBJECT

private:
    QString writeSample(const QTemporaryDir &dir, const QString &name, const QByteArray &content = sampleJson)
    {
        const QString path = dir.filePath(name);
        if (!Test::writeFile(path, content))
            return {};
        return EditorArea::normalizedPath(path);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void opensAtLineAndColumn()
    {
        QTemporaryDir dir;
        const QString path = writeSample(dir, QStringLiteral("database.json"));
        EditorArea area;
        area.resize(700, 400);
        area.show();
        QSignalSpy current(&area, &EditorArea::currentFileChanged);
        // Line 3, column 19: the "Ü" after `  "description": "`.
        QVERIFY(area.openLocation(path, 3, 19));
        SourceEditor *editor = area.currentEditor();
        QVERIFY(editor);
        QCOMPARE(editor->filePath(), path);
        QCOMPARE(area.count(), 1);
        QVERIFY(current.count() >= 1);
        QCOMPARE(current.last().at(0).toString(), path);
        int line = -1, index = -1;
        editor->getCursorPosition(&line, &index);
        QCOMPARE(line, 2);
        QCOMPARE(index, int(QByteArray("  \"description\": \"").size()));
        QCOMPARE(editor->contents(), sampleJson);
        QVERIFY(!editor->isModified());

        // Column past a non-ASCII character: `"nötes"` ends at column 20 on line 5, byte 21.
        QVERIFY(area.openLocation(path, 5, 21));
        QCOMPARE(area.count(), 1); // the same tab
        editor->getCursorPosition(&line, &index);
        QCOMPARE(line, 4);
        // QScintilla's index counts characters; the byte position is the one diagnostics use.
        QCOMPARE(index, 20);
        QCOMPARE(send(editor, QsciScintillaBase::SCI_GETCURRENTPOS)
                     - send(editor, QsciScintillaBase::SCI_POSITIONFROMLINE, 4),
                 long(QByteArray("    { \"name\": \"nötes").size()));

        // A column past the end of the line stops at its end; a line past the end at the last line.
        QVERIFY(area.openLocation(path, 1, 99));
        editor->getCursorPosition(&line, &index);
        QCOMPARE(line, 0);
        QCOMPARE(index, 1);
        QVERIFY(area.openLocation(path, 999, 1));
        editor->getCursorPosition(&line, &index);
        QCOMPARE(line, editor->lines() - 1);
    }

    void missingFileIsReported()
    {
        QTemporaryDir dir;
        EditorArea area;
        QStringList errors;
        area.setErrorReporter([&errors](const QString &message) { errors.append(message); });
        QVERIFY(!area.openLocation(dir.filePath(QStringLiteral("missing.json")), 1, 1));
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().contains(QLatin1String("missing.json")));
        QCOMPARE(area.count(), 0);
    }

    void centersTheLine()
    {
        QTemporaryDir dir;
        QByteArray text;
        for (int i = 1; i <= 300; ++i)
            text += "line " + QByteArray::number(i) + '\n';
        const QString path = writeSample(dir, QStringLiteral("long.sql"), text);
        EditorArea area;
        area.resize(600, 400);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        QVERIFY(area.openLocation(path, 150, 1));
        SourceEditor *editor = area.currentEditor();
        const int onScreen = int(send(editor, QsciScintillaBase::SCI_LINESONSCREEN));
        QVERIFY(onScreen > 4);
        const int first = editor->firstVisibleLine();
        QVERIFY2(first < 149 && 149 < first + onScreen, qPrintable(QString::number(first)));
        QVERIFY(qAbs(149 - (first + onScreen / 2)) <= 1);

        // Opened while hidden (the window shows the editor afterwards): centered once shown.
        EditorArea hidden;
        QVERIFY(hidden.openLocation(path, 200, 1));
        hidden.resize(600, 400);
        hidden.show();
        QVERIFY(QTest::qWaitForWindowExposed(&hidden));
        SourceEditor *later = hidden.currentEditor();
        QTRY_VERIFY(qAbs(199 - (later->firstVisibleLine() + int(send(later, QsciScintillaBase::SCI_LINESONSCREEN)) / 2)) <= 1);
    }

    void diagnosticsShowOnTheirExactRange()
    {
        QTemporaryDir dir;
        const QString path = writeSample(dir, QStringLiteral("database.json"));
        const QString other = writeSample(dir, QStringLiteral("other.json"));
        EditorArea area;
        QVERIFY(area.openLocation(path, 1, 1));
        SourceEditor *editor = area.currentEditor();

        // An error on "txet" (exact bytes, after several multi-byte characters), a warning with no
        // offset on the "🎉" line (found by line and column), and an error of another file.
        const qsizetype typeOffset = sampleJson.indexOf("\"txet\"");
        const qsizetype versionOffset = sampleJson.indexOf("\"1.0.0\"");
        Diagnostics all;
        all.append(diagnosticAt(Severity::Error, path, 6, 37, typeOffset, 6, QStringLiteral("unknown type txet")));
        // Line 3: `  "description": "Ünïcödé 🎉 text", "version": "1.0.0",`: "1.0.0" starts at column 47.
        all.append(diagnosticAt(Severity::Warning, path, 3, 47, -1, 0, QStringLiteral("old version")));
        all.append(diagnosticAt(Severity::Error, other, 2, 3, 4, 13, QStringLiteral("elsewhere")));
        area.setDiagnostics(all);

        QCOMPARE(editor->diagnostics().size(), 2);
        const DiagnosticMarks &marks = editor->marks();
        QCOMPARE(indicatorRanges(editor, marks.errorIndicator()),
                 (QList<std::pair<long, long>>{{long(typeOffset), long(typeOffset + 6)}}));
        QCOMPARE(indicatorRanges(editor, marks.warningIndicator()),
                 (QList<std::pair<long, long>>{{long(versionOffset), long(versionOffset + 7)}}));
        QCOMPARE(editor->markersAtLine(5), 1u << marks.errorMarker());
        QCOMPARE(editor->markersAtLine(2), 1u << marks.warningMarker());
        QCOMPARE(editor->markersAtLine(0), 0u);

        // Hover: what lies under a position and on a line, with the message and help.
        QCOMPARE(marks.at(typeOffset + 2).size(), 1);
        QCOMPARE(marks.at(typeOffset + 2).first().message, QStringLiteral("unknown type txet"));
        QVERIFY(marks.at(typeOffset - 1).isEmpty());
        QVERIFY(marks.at(typeOffset + 6).isEmpty());
        QCOMPARE(marks.onLine(2).size(), 1);
        const QString tip = DiagnosticMarks::toolTip(marks.at(typeOffset));
        QVERIFY(tip.contains(QLatin1String("unknown type txet")));
        QVERIFY(tip.contains(QLatin1String("fix it")));
        QVERIFY(tip.contains(QLatin1String("test-finding")));

        // The tab says there are errors.
        QVERIFY(area.tabWidget()->tabToolTip(0).contains(QDir::toNativeSeparators(path)));
        QVERIFY(!area.tabWidget()->tabIcon(0).isNull());

        // Called again: the shown findings are replaced, not added to.
        area.setDiagnostics({all.at(1)});
        QVERIFY(indicatorRanges(editor, marks.errorIndicator()).isEmpty());
        QCOMPARE(indicatorRanges(editor, marks.warningIndicator()).size(), 1);
        QCOMPARE(editor->markersAtLine(5), 0u);
        area.setDiagnostics({});
        QVERIFY(indicatorRanges(editor, marks.warningIndicator()).isEmpty());
        QVERIFY(area.tabWidget()->tabIcon(0).isNull());

        // A file opened after the findings came gets its own at once.
        area.setDiagnostics(all);
        QVERIFY(area.openLocation(other, 1, 1));
        QCOMPARE(area.currentEditor()->diagnostics().size(), 1);
        QCOMPARE(indicatorRanges(area.currentEditor(), marks.errorIndicator()),
                 (QList<std::pair<long, long>>{{4, 17}}));
    }

    void sameRangeFindingsShareTheTooltip()
    {
        SourceEditor editor;
        editor.setLanguage(SourceLanguage::Json);
        editor.setContents(sampleJson);
        const qsizetype offset = sampleJson.indexOf("\"txet\"");
        editor.setDiagnostics({diagnosticAt(Severity::Error, {}, 6, 37, offset, 6, QStringLiteral("first")),
                               diagnosticAt(Severity::Error, {}, 6, 37, offset, 6, QStringLiteral("second"))});
        const Diagnostics found = editor.marks().at(offset + 1);
        QCOMPARE(found.size(), 2);
        QCOMPARE(editor.marks().onLine(5).size(), 2);
    }

    void hoverShowsTheMessages()
    {
        QTemporaryDir dir;
        const QString path = writeSample(dir, QStringLiteral("database.json"));
        EditorArea area;
        area.resize(700, 300);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        QVERIFY(area.openLocation(path, 1, 1));
        SourceEditor *editor = area.currentEditor();
        const qsizetype offset = sampleJson.indexOf("\"txet\"");
        area.setDiagnostics({diagnosticAt(Severity::Error, path, 6, 37, offset, 6, QStringLiteral("unknown type txet"))});

        auto hover = [editor](const QPoint &point) {
            QHelpEvent event(QEvent::ToolTip, point, editor->viewport()->mapToGlobal(point));
            QCoreApplication::sendEvent(editor->viewport(), &event);
        };
        const QPoint onValue(int(send(editor, QsciScintillaBase::SCI_POINTXFROMPOSITION, 0, long(offset + 2))),
                             int(send(editor, QsciScintillaBase::SCI_POINTYFROMPOSITION, 0, long(offset + 2))) + 4);
        QVERIFY(editor->toolTipAt(onValue).contains(QLatin1String("unknown type txet")));
        hover(onValue);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY(QToolTip::text().contains(QLatin1String("unknown type txet")));
        if (const QString out = qEnvironmentVariable("STRATA_EDITOR_SCREENSHOTS"); !out.isEmpty()) {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                if (widget->inherits("QTipLabel") && widget->isVisible())
                    widget->grab().save(QDir(out).filePath(QStringLiteral("editor-tooltip.png")));
            }
        }

        // Over the marker margin of the same line, and over text with no finding.
        const QPoint onMarker(editor->marginWidth(0) + 3, onValue.y());
        QVERIFY(editor->toolTipAt(onMarker).contains(QLatin1String("unknown type txet")));
        const QPoint elsewhere(onValue.x(), int(send(editor, QsciScintillaBase::SCI_POINTYFROMPOSITION, 0, 0L)) + 4);
        QVERIFY(editor->toolTipAt(elsewhere).isEmpty());
        hover(elsewhere);
        QTRY_VERIFY(!QToolTip::isVisible());
    }

    void fallbackRanges_data()
    {
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QByteArray>("underlined");
        // Line 2 is `  "packageName": "grüße",`.
        QTest::newRow("quoted string after non-ASCII") << 5 << 15 << QByteArray("\"nötes\"");
        QTest::newRow("key") << 2 << 3 << QByteArray("\"packageName\"");
        QTest::newRow("string with umlauts") << 2 << 18 << QByteArray("\"grüße\"");
        QTest::newRow("word") << 3 << 19 << QByteArray("Ünïcödé");
        QTest::newRow("emoji") << 3 << 27 << QByteArray("🎉");
        QTest::newRow("punctuation") << 4 << 13 << QByteArray("[");
        QTest::newRow("indentation skipped") << 4 << 1 << QByteArray("\"tables\"");
        QTest::newRow("end of line") << 4 << 14 << QByteArray("[");
        QTest::newRow("whole line") << 7 << 0 << QByteArray("]");
    }

    void fallbackRanges()
    {
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QByteArray, underlined);
        SourceEditor editor;
        editor.setContents(sampleJson);
        const auto [start, length] =
            editor.marks().rangeOf(diagnosticAt(Severity::Warning, {}, line, column, -1, 0, QStringLiteral("w")));
        QVERIFY(start >= 0);
        QCOMPARE(sampleJson.mid(start, length), underlined);
    }

    void realFindingsUnderlineTheirValue()
    {
        // The loader's own diagnostics: the squiggle covers exactly the value it names.
        QTemporaryDir dir;
        QVERIFY(Test::writeUiTestProject(dir.path()));
        Registry registry;
        discoverAndRegister(dir.path(), registry);
        const QString notes = EditorArea::normalizedPath(dir.filePath(QStringLiteral("notes/database.json")));
        Diagnostics ofNotes;
        for (const Diagnostic &d : registry.diagnostics()) {
            if (EditorArea::normalizedPath(d.location.file) == notes && d.location.offset >= 0)
                ofNotes.append(d);
        }
        QVERIFY(!ofNotes.isEmpty());
        EditorArea area;
        QVERIFY(area.openLocation(notes, ofNotes.first().location.line, ofNotes.first().location.column));
        area.setDiagnostics(registry.diagnostics());
        SourceEditor *editor = area.currentEditor();
        const QByteArray bytes = Test::readFile(notes);
        for (const Diagnostic &d : std::as_const(ofNotes)) {
            const int indicator = d.isError() ? editor->marks().errorIndicator() : editor->marks().warningIndicator();
            const auto range = indicatorRange(editor, indicator, long(d.location.offset));
            QCOMPARE(range.first, long(d.location.offset));
            QCOMPARE(range.second, long(d.location.offset + d.location.length));
            QVERIFY(editor->markersAtLine(d.location.line - 1) != 0);
        }
        const auto typo = std::find_if(ofNotes.cbegin(), ofNotes.cend(), [&bytes](const Diagnostic &d) {
            return bytes.mid(d.location.offset, d.location.length).contains("txet");
        });
        QVERIFY2(typo != ofNotes.cend(), "a finding on the unknown type \"txet\"");
    }

    void editAndSave()
    {
        QTemporaryDir dir;
        const QString path = writeSample(dir, QStringLiteral("database.json"));
        EditorArea area;
        QSignalSpy saved(&area, &EditorArea::fileSaved);
        QVERIFY(area.openLocation(path, 2, 19));
        SourceEditor *editor = area.currentEditor();
        QVERIFY(!area.saveAction()->isEnabled());
        editor->insert(QStringLiteral("neue "));
        QVERIFY(editor->isModified());
        QVERIFY(area.tabWidget()->tabText(0).endsWith(u'*'));
        QVERIFY(area.saveAction()->isEnabled());
        area.saveAction()->trigger();
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved.first().at(0).toString(), path);
        QByteArray expected = sampleJson;
        expected.insert(sampleJson.indexOf("grüße"), "neue ");
        QCOMPARE(Test::readFile(path), expected);
        QVERIFY(!editor->isModified());
        QVERIFY(!area.tabWidget()->tabText(0).endsWith(u'*'));
        QVERIFY(!area.saveAction()->isEnabled());

        // Our own save is not taken for a change made by someone else.
        QTest::qWait(200);
        QCOMPARE(editor->contents(), expected);
        QVERIFY(!editor->changedOnDisk());
    }

    void externalChangeReloadsAnUnmodifiedBuffer()
    {
        QTemporaryDir dir;
        const QString path = writeSample(dir, QStringLiteral("database.json"));
        EditorArea area;
        int asked = 0;
        area.setReloadQuestion([&asked](SourceEditor *) {
            ++asked;
            return false;
        });
        QVERIFY(area.openLocation(path, 3, 1));
        SourceEditor *editor = area.currentEditor();
        QSignalSpy reloaded(editor, &SourceEditor::reloaded);

        // Rewritten in place.
        QByteArray changed = sampleJson;
        changed.replace("txet", "text");
        QVERIFY(Test::writeFile(path, changed));
        QTRY_COMPARE(editor->contents(), changed);
        QCOMPARE(reloaded.count(), 1);
        QVERIFY(!editor->isModified());
        int line = -1, index = -1;
        editor->getCursorPosition(&line, &index);
        QCOMPARE(line, 2); // the cursor stays

        // Saved by writing a new file and renaming it over the old one.
        changed.replace("nötes", "notes");
        const QString temporary = dir.filePath(QStringLiteral("database.json.tmp"));
        QVERIFY(Test::writeFile(temporary, changed));
        QFile::remove(path);
        QVERIFY(QFile::rename(temporary, path));
        QTRY_COMPARE(editor->contents(), changed);
        // And once more, to see that the replaced file is still watched.
        changed.replace("1.0.0", "1.1.0");
        QVERIFY(Test::writeFile(path, changed));
        QTRY_COMPARE(editor->contents(), changed);
        QCOMPARE(asked, 0);
    }

    void modifiedBufferAsksBeforeReloading()
    {
        QTemporaryDir dir;
        const QString path = writeSample(dir, QStringLiteral("001_init.sql"), "CREATE TABLE t (id integer);\n");
        EditorArea area;
        bool answer = false;
        int asked = 0;
        area.setReloadQuestion([&](SourceEditor *editor) {
            ++asked;
            [&] { QCOMPARE(editor->filePath(), path); }();
            return answer;
        });
        QVERIFY(area.openLocation(path, 1, 1));
        SourceEditor *editor = area.currentEditor();
        editor->insert(QStringLiteral("-- mine\n"));
        const QByteArray mine = editor->contents();

        // Keep: the buffer stays, and the same disk version is not asked about again.
        QVERIFY(Test::writeFile(path, "CREATE TABLE t (id bigint);\n"));
        QTRY_COMPARE(asked, 1);
        QCOMPARE(editor->contents(), mine);
        QVERIFY(editor->isModified());
        QVERIFY(!editor->changedOnDisk());

        // Reload: the disk wins.
        answer = true;
        QVERIFY(Test::writeFile(path, "CREATE TABLE t (id text);\n"));
        QTRY_COMPARE(asked, 2);
        QCOMPARE(editor->contents(), QByteArray("CREATE TABLE t (id text);\n"));
        QVERIFY(!editor->isModified());
    }

    void closingAModifiedEditorAsks()
    {
        QTemporaryDir dir;
        const QString first = writeSample(dir, QStringLiteral("a.sql"), "SELECT 1;\n");
        const QString second = writeSample(dir, QStringLiteral("b.sql"), "SELECT 2;\n");
        EditorArea area;
        EditorArea::SaveAnswer answer = EditorArea::SaveAnswer::Cancel;
        QStringList asked;
        area.setSaveQuestion([&](SourceEditor *editor) {
            asked.append(editor->filePath());
            return answer;
        });
        QVERIFY(area.openLocation(first, 1, 1));
        QVERIFY(area.openLocation(second, 1, 1));
        QCOMPARE(area.count(), 2);

        // Unmodified: closes without a question.
        QVERIFY(area.closeEditor(1));
        QCOMPARE(area.count(), 1);
        QVERIFY(asked.isEmpty());

        area.currentEditor()->insert(QStringLiteral("-- x\n"));
        QVERIFY(!area.closeEditor(0));
        QCOMPARE(asked, QStringList{first});
        QCOMPARE(area.count(), 1);
        QVERIFY(!area.maybeSaveAll());

        answer = EditorArea::SaveAnswer::Save;
        QVERIFY(area.maybeSaveAll());
        QCOMPARE(Test::readFile(first), QByteArray("-- x\nSELECT 1;\n"));
        QVERIFY(!area.currentEditor()->isModified());

        area.currentEditor()->insert(QStringLiteral("-- y\n"));
        answer = EditorArea::SaveAnswer::Discard;
        QSignalSpy countChanged(&area, &EditorArea::countChanged);
        area.closeAction()->trigger();
        QCOMPARE(area.count(), 0);
        QCOMPARE(countChanged.count(), 1);
        QCOMPARE(Test::readFile(first), QByteArray("-- x\nSELECT 1;\n"));
        QVERIFY(area.currentEditor() == nullptr);
        QVERIFY(!area.closeAction()->isEnabled());

        // closeAll: every tab, asking about the modified ones.
        QVERIFY(area.openLocation(first, 1, 1));
        QVERIFY(area.openLocation(second, 1, 1));
        area.editorAt(0)->insert(QStringLiteral("-- z\n"));
        answer = EditorArea::SaveAnswer::Cancel;
        QVERIFY(!area.closeAll());
        QCOMPARE(area.count(), 1);
        answer = EditorArea::SaveAnswer::Discard;
        QVERIFY(area.closeAll());
        QCOMPARE(area.count(), 0);
    }

    void tabTitlesNameThePackageWhenFilesShareAName()
    {
        QTemporaryDir dir;
        const QString crm = writeSample(dir, QStringLiteral("crm/database.json"));
        const QString billing = writeSample(dir, QStringLiteral("billing/database.json"));
        EditorArea area;
        QVERIFY(area.openLocation(crm, 1, 1));
        QCOMPARE(area.tabWidget()->tabText(0), QStringLiteral("database.json"));
        QVERIFY(area.openLocation(billing, 1, 1));
        QCOMPARE(area.tabWidget()->tabText(0), QStringLiteral("crm/database.json"));
        QCOMPARE(area.tabWidget()->tabText(1), QStringLiteral("billing/database.json"));
    }

    void lexerFollowsTheExtension_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("language");
        QTest::addColumn<QString>("lexer");
        QTest::newRow("database.json") << QStringLiteral("database.json") << int(SourceLanguage::Json) << QStringLiteral("JSON");
        QTest::newRow("upper case") << QStringLiteral("PACKAGE.JSON") << int(SourceLanguage::Json) << QStringLiteral("JSON");
        QTest::newRow("migration") << QStringLiteral("001_init.sql") << int(SourceLanguage::Sql) << QStringLiteral("SQL");
        QTest::newRow("text") << QStringLiteral("notes.txt") << int(SourceLanguage::Plain) << QString();
        QTest::newRow("no extension") << QStringLiteral("README") << int(SourceLanguage::Plain) << QString();
    }

    void lexerFollowsTheExtension()
    {
        QFETCH(QString, name);
        QFETCH(int, language);
        QFETCH(QString, lexer);
        QTemporaryDir dir;
        const QString path = writeSample(dir, name, "{}\n");
        QCOMPARE(int(languageForFile(path)), language);
        SourceEditor editor;
        QVERIFY(editor.load(path));
        QCOMPARE(int(editor.language()), language);
        if (lexer.isEmpty())
            QVERIFY(editor.lexer() == nullptr);
        else
            QCOMPARE(QString::fromLatin1(editor.lexer()->language()), lexer);
    }

    void readOnlyGeneratedText()
    {
        SourceEditor editor;
        editor.setLanguage(SourceLanguage::Sql);
        editor.setReadOnly(true);
        editor.setText(QStringLiteral("CREATE TABLE \"größe\" (id integer);\n"));
        QCOMPARE(editor.contents(), QByteArray("CREATE TABLE \"größe\" (id integer);\n"));
        QVERIFY(!editor.isModified());
        QVERIFY(editor.isReadOnly());
        QVERIFY(!editor.isUndoAvailable());
        editor.setText(QStringLiteral("DROP TABLE x;\n"));
        QCOMPARE(editor.text(), QStringLiteral("DROP TABLE x;\n"));
        // Highlights in generated text are diagnostics without a file.
        editor.setDiagnostics({diagnosticAt(Severity::Warning, {}, 1, 1, 0, 13, QStringLiteral("destructive"))});
        QCOMPARE(indicatorRange(&editor, editor.marks().warningIndicator(), 3), (std::pair<long, long>{0, 13}));
        QVERIFY(!editor.save()); // no file
    }

    void colorsFollowThePalette()
    {
        SourceEditor editor;
        editor.setLanguage(SourceLanguage::Json);
        const QColor lightBase = editor.palette().color(QPalette::Base);
        QCOMPARE(editor.lexer()->paper(0), lightBase);
        editor.setPalette(darkPalette());
        QCOMPARE(editor.lexer()->paper(0), QColor(0x1e, 0x1f, 0x22));
        QCOMPARE(editor.lexer()->paper(4), QColor(0x1e, 0x1f, 0x22));
        QCOMPARE(editor.lexer()->color(0), QColor(0xe6, 0xe6, 0xe6));
        // The syntax colors are light enough to read on the dark paper.
        for (int style : {1, 2, 4, 11})
            QVERIFY2(editor.lexer()->color(style).lightness() > 120, qPrintable(QString::number(style)));
    }

    // Renders the editor with an example database.json and two findings in the light and the dark
    // palette; the pictures go to $STRATA_EDITOR_SCREENSHOTS when it is set, to be looked at.
    void screenshots()
    {
        const QString out = qEnvironmentVariable("STRATA_EDITOR_SCREENSHOTS");
        const QString file = EditorArea::normalizedPath(Test::examplesDir() + QStringLiteral("/packages/crm/database.json"));
        QVERIFY(QFileInfo::exists(file));
        const QByteArray bytes = Test::readFile(file);
        const qsizetype typeOffset = bytes.indexOf("\"type\"");
        QVERIFY(typeOffset > 0);
        for (bool dark : {false, true}) {
            EditorArea area;
            if (dark)
                area.setPalette(darkPalette());
            area.resize(900, 520);
            area.show();
            QVERIFY(QTest::qWaitForWindowExposed(&area));
            QVERIFY(area.openLocation(file, 12, 1));
            const qsizetype valueOffset = bytes.indexOf('"', typeOffset + 7);
            const qsizetype valueEnd = bytes.indexOf('"', valueOffset + 1) + 1;
            Diagnostics findings;
            findings.append(diagnosticAt(Severity::Error, file, 0, 0, valueOffset, valueEnd - valueOffset,
                                         QStringLiteral("unknown column type")));
            findings.append(diagnosticAt(Severity::Warning, file, 10, 7, -1, 0, QStringLiteral("a warning")));
            area.setDiagnostics(findings);
            const QImage image = area.grab().toImage();
            QVERIFY(!image.isNull());
            if (!out.isEmpty())
                image.save(QDir(out).filePath(dark ? QStringLiteral("editor-dark.png") : QStringLiteral("editor-light.png")));

            // A migration beside it, for the SQL colors.
            const QDir migrations(QFileInfo(file).dir().filePath(QStringLiteral("migrations")));
            const QStringList sql = migrations.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
            QVERIFY(!sql.isEmpty());
            QVERIFY(area.openLocation(migrations.filePath(sql.first()), 1, 1));
            QCOMPARE(area.count(), 2);
            if (!out.isEmpty())
                area.grab().save(QDir(out).filePath(dark ? QStringLiteral("editor-sql-dark.png") : QStringLiteral("editor-sql-light.png")));
        }
    }
};

QTEST_MAIN(TestEditor)
#include "tst_editor.moc"
