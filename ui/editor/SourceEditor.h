#pragma once

#include <strata/common/Diagnostic.h>
#include "editor/DiagnosticMarks.h"
#include "editor/Qsci.h"
#include "editor/SourceLanguage.h"

#include <QByteArray>
#include <QString>

class QsciLexer;

namespace Strata::Ui {

// The editor of one file, or of generated text: syntax highlighting by language (JSON, SQL, plain),
// line numbers, folding, the diagnostics of the file as markers and squiggles with their messages on
// hover, and colors that follow the application's palette.
//
// Files: load() reads one, save() writes it atomically (QSaveFile), reload() reads it again keeping
// the view. Generated text: setLanguage(), setText(), setReadOnly(true).
//
// Positions: the buffer holds the file's bytes unchanged (UTF-8), so a Scintilla position is the
// UTF-8 byte offset of SourceLocation and diagnostics land on their exact range.
class SourceEditor : public QsciScintilla
{
    Q_OBJECT

public:
    explicit SourceEditor(QWidget *parent = nullptr);
    ~SourceEditor() override;

    SourceLanguage language() const { return m_language; }
    void setLanguage(SourceLanguage language);

    // Replaces the whole text (also when read-only), unmodified and with no undo history: for
    // generated text. The diagnostics shown are dropped.
    void setText(const QString &text) override;
    // The text as UTF-8 bytes, and replacing it with bytes (kept as they are, with the same rules
    // as setText).
    QByteArray contents() const;
    void setContents(const QByteArray &utf8);

    // Reads `path` (the language follows its extension). False, with errorString(), when it cannot
    // be read; the editor is then unchanged.
    bool load(const QString &path);
    // Writes the text to filePath() through QSaveFile. False, with errorString(), on failure.
    bool save();
    // Reads filePath() again, keeping the cursor and the scroll position as far as they still exist.
    bool reload();
    QString filePath() const { return m_filePath; }
    QString errorString() const { return m_errorString; }
    // Whether the file on disk now differs from what was last loaded or saved (false when it cannot
    // be read, e.g. while another program replaces it).
    bool changedOnDisk() const;
    // Takes the current disk version as the known one, so that changedOnDisk() is false until the
    // next change: for a buffer the user chose to keep.
    void acceptDiskVersion();

    // Puts the cursor on 1-based `line` at 1-based `column` (code points; 0 for the line start) and
    // scrolls so that the line is in the middle of the view.
    void goToLine(int line, int column = 0);

    // Shows `diagnostics` (all of them: choosing those of this file is the caller's business). Their
    // positions are those of the file on disk. Call again to replace them.
    void setDiagnostics(const Diagnostics &diagnostics);
    const Diagnostics &diagnostics() const { return m_marks.diagnostics(); }
    const DiagnosticMarks &marks() const { return m_marks; }

    // The tooltip for a point of the viewport: the findings marked on that line when over the
    // margins, those underlined under it when over the text. Empty when there are none.
    QString toolTipAt(const QPoint &point) const;

Q_SIGNALS:
    // The text was read again from disk.
    void reloaded();

protected:
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void applyStyle();
    void centerLine(int lineIndex);
    void updateLineNumberWidth();
    bool readFile(QByteArray &bytes);

    SourceLanguage m_language = SourceLanguage::Plain;
    QsciLexer *m_lexer = nullptr;
    DiagnosticMarks m_marks;
    QString m_filePath;
    QString m_errorString;
    QByteArray m_diskContents; // what the file held when last loaded or saved
    bool m_applyingStyle = false;
    int m_lineNumberDigits = 0;
    // A line to center once the editor is shown: a hidden editor does not know its height yet.
    int m_centerOnShow = -1;
};

} // namespace Strata::Ui
