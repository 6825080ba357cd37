#pragma once

#include "editor/SourceLanguage.h"

#include <QColor>

class QObject;
class QPalette;
class QsciLexer;
class QsciScintilla;

namespace Strata::Ui::EditorStyle {

// The lexer of `language` (nullptr for plain text), owned by `parent`.
QsciLexer *createLexer(SourceLanguage language, QObject *parent);

// Colors and fonts for `editor` and its `lexer` (may be null) taken from `palette`: paper and text
// from Base/Text, margins from Window, selection from Highlight, and syntax colors chosen for a light
// or a dark base, so that the editor reads well in both of the application's palettes.
void apply(QsciScintilla *editor, QsciLexer *lexer, const QPalette &palette);

bool isDark(const QPalette &palette);
// The squiggle and marker colors of findings.
QColor errorColor(const QPalette &palette);
QColor warningColor(const QPalette &palette);

} // namespace Strata::Ui::EditorStyle
