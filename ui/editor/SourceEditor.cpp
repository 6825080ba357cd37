#include "editor/SourceEditor.h"

#include "editor/EditorStyle.h"

#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QHelpEvent>
#include <QSaveFile>
#include <QTimer>
#include <QToolTip>

namespace Strata::Ui {

namespace {
constexpr int LineNumberMargin = 0;
constexpr int FoldMargin = 2;
} // namespace

SourceEditor::SourceEditor(QWidget *parent)
    : QsciScintilla(parent)
    , m_marks(this)
{
    setAccessibleName(tr("Source editor"));
    setUtf8(true);
    setEolMode(EolUnix);
    setTabWidth(4);
    setIndentationsUseTabs(false);
    setAutoIndent(true);
    setIndentationGuides(true);
    setBraceMatching(SloppyBraceMatch);
    setCaretLineVisible(true);
    setScrollWidthTracking(true);
    setScrollWidth(1);
    setMarginType(LineNumberMargin, NumberMargin);
    setMarginLineNumbers(LineNumberMargin, true);
    connect(this, &QsciScintilla::linesChanged, this, &SourceEditor::updateLineNumberWidth);
    applyStyle();
}

SourceEditor::~SourceEditor() = default;

void SourceEditor::setLanguage(SourceLanguage language)
{
    if (language == m_language && (m_lexer || language == SourceLanguage::Plain))
        return;
    m_language = language;
    QsciLexer *old = m_lexer;
    m_lexer = EditorStyle::createLexer(language, this);
    applyStyle();
    delete old;
}

void SourceEditor::setText(const QString &text)
{
    setContents(text.toUtf8());
}

QByteArray SourceEditor::contents() const
{
    const long length = SendScintilla(SCI_GETLENGTH);
    const auto *data = static_cast<const char *>(SendScintillaPtrResult(SCI_GETCHARACTERPOINTER));
    return QByteArray(data, length);
}

void SourceEditor::setContents(const QByteArray &utf8)
{
    m_marks.clear();
    const bool readOnly = isReadOnly();
    setReadOnly(false);
    setEolMode(utf8.contains("\r\n") ? EolWindows : EolUnix);
    // Clear and append rather than SCI_SETTEXT: it takes a length, so a NUL byte does not cut the text.
    SendScintilla(SCI_CLEARALL);
    SendScintilla(SCI_APPENDTEXT, static_cast<unsigned long>(utf8.size()), utf8.constData());
    SendScintilla(SCI_EMPTYUNDOBUFFER);
    setModified(false);
    setReadOnly(readOnly);
    updateLineNumberWidth();
}

bool SourceEditor::readFile(QByteArray &bytes)
{
    QFile file(m_filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        m_errorString = tr("Cannot read %1: %2").arg(m_filePath, file.errorString());
        return false;
    }
    bytes = file.readAll();
    return true;
}

bool SourceEditor::load(const QString &path)
{
    const QString previous = m_filePath;
    m_filePath = path;
    QByteArray bytes;
    if (!readFile(bytes)) {
        m_filePath = previous;
        return false;
    }
    m_errorString.clear();
    setLanguage(languageForFile(path));
    setContents(bytes);
    m_diskContents = bytes;
    setAccessibleName(tr("Editor of %1").arg(QFileInfo(path).fileName()));
    return true;
}

bool SourceEditor::save()
{
    if (m_filePath.isEmpty()) {
        m_errorString = tr("The text has no file to be saved to.");
        return false;
    }
    const QByteArray bytes = contents();
    // QSaveFile writes a temporary file and renames it over the old one: a crash or a full disk never
    // leaves half a database.json behind, and watchers see one complete change.
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        m_errorString = tr("Cannot save %1: %2").arg(m_filePath, file.errorString());
        return false;
    }
    m_errorString.clear();
    m_diskContents = bytes;
    setModified(false);
    return true;
}

bool SourceEditor::reload()
{
    QByteArray bytes;
    if (!readFile(bytes))
        return false;
    int line = 0;
    int index = 0;
    getCursorPosition(&line, &index);
    const int firstVisible = firstVisibleLine();
    const Diagnostics shown = m_marks.diagnostics();
    setContents(bytes);
    m_diskContents = bytes;
    // The diagnostics refer to the disk, which the buffer now matches again.
    m_marks.set(shown);
    line = qMin(line, lines() - 1);
    index = qMin(index, lineLength(line) < 0 ? 0 : lineLength(line));
    setCursorPosition(line, index);
    setFirstVisibleLine(firstVisible);
    Q_EMIT reloaded();
    return true;
}

bool SourceEditor::changedOnDisk() const
{
    QFile file(m_filePath);
    if (m_filePath.isEmpty() || !file.open(QIODevice::ReadOnly))
        return false;
    return file.readAll() != m_diskContents;
}

void SourceEditor::acceptDiskVersion()
{
    QFile file(m_filePath);
    if (file.open(QIODevice::ReadOnly))
        m_diskContents = file.readAll();
}

void SourceEditor::goToLine(int line, int column)
{
    const int lineIndex = qBound(0, line - 1, qMax(0, lines() - 1));
    const long lineStart = SendScintilla(SCI_POSITIONFROMLINE, lineIndex);
    const long lineEnd = SendScintilla(SCI_GETLINEENDPOSITION, lineIndex);
    long position = lineStart;
    if (column > 1) {
        // Columns count code points, as Scintilla's relative positions do (0 when past the end).
        position = SendScintilla(SCI_POSITIONRELATIVE, static_cast<unsigned long>(lineStart), long(column - 1));
        if (position <= lineStart || position > lineEnd)
            position = lineEnd;
    }
    SendScintilla(SCI_GOTOPOS, static_cast<unsigned long>(position));
    centerLine(lineIndex);
    m_centerOnShow = isVisible() ? -1 : lineIndex;
}

void SourceEditor::centerLine(int lineIndex)
{
    const long onScreen = SendScintilla(SCI_LINESONSCREEN);
    setFirstVisibleLine(qMax(0, lineIndex - int(onScreen / 2)));
}

void SourceEditor::showEvent(QShowEvent *event)
{
    QsciScintilla::showEvent(event);
    if (m_centerOnShow < 0)
        return;
    const int line = m_centerOnShow;
    m_centerOnShow = -1;
    // After the layouts have given the editor its size.
    QTimer::singleShot(0, this, [this, line] { centerLine(line); });
}

void SourceEditor::setDiagnostics(const Diagnostics &diagnostics)
{
    m_marks.set(diagnostics);
}

QString SourceEditor::toolTipAt(const QPoint &point) const
{
    int marginsWidth = 0;
    const int margins = int(SendScintilla(SCI_GETMARGINS));
    for (int margin = 0; margin < margins; ++margin)
        marginsWidth += marginWidth(margin);
    if (point.x() < marginsWidth) {
        const long position = SendScintilla(SCI_POSITIONFROMPOINT, static_cast<unsigned long>(marginsWidth), long(point.y()));
        const int line = int(SendScintilla(SCI_LINEFROMPOSITION, static_cast<unsigned long>(position)));
        return DiagnosticMarks::toolTip(m_marks.onLine(line));
    }
    const long position =
        SendScintilla(SCI_CHARPOSITIONFROMPOINTCLOSE, static_cast<unsigned long>(point.x()), long(point.y()));
    return DiagnosticMarks::toolTip(m_marks.at(position));
}

bool SourceEditor::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, viewport());
        }
        return true;
    }
    return QsciScintilla::viewportEvent(event);
}

void SourceEditor::changeEvent(QEvent *event)
{
    QsciScintilla::changeEvent(event);
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) && !m_applyingStyle)
        applyStyle();
}

void SourceEditor::applyStyle()
{
    m_applyingStyle = true;
    // Folding first: it defines the fold markers in colors of its own, which the style then replaces.
    setFolding(m_lexer ? BoxedTreeFoldStyle : NoFoldStyle, FoldMargin);
    EditorStyle::apply(this, m_lexer, palette());
    m_marks.applyPalette(palette());
    m_lineNumberDigits = 0;
    updateLineNumberWidth();
    m_applyingStyle = false;
}

void SourceEditor::updateLineNumberWidth()
{
    const int digits = qMax(3, int(QString::number(lines()).size()));
    if (digits == m_lineNumberDigits)
        return;
    m_lineNumberDigits = digits;
    // One digit more than the count needs, for a little space around the numbers.
    setMarginWidth(LineNumberMargin, QString(digits + 1, u'9'));
}

} // namespace Strata::Ui
