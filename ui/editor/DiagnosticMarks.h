#pragma once

#include <strata/common/Diagnostic.h>

#include <QList>
#include <QString>

#include <utility>

class QPalette;
class QsciScintilla;

namespace Strata::Ui {

// Shows diagnostics in a QScintilla editor: a marker in the symbol margin on the line of each
// finding, and a squiggle (error red, warning amber) under the exact UTF-8 byte range of the value
// it is about. Markers and squiggles then move with the text as it is edited, so hovering finds the
// right finding even in a changed buffer.
class DiagnosticMarks
{
public:
    // The margin that holds the markers.
    static constexpr int MarkerMargin = 1;

    explicit DiagnosticMarks(QsciScintilla *editor);

    // Defines the indicators and markers in the palette's error and warning colors. Call again when
    // the palette changes.
    void applyPalette(const QPalette &palette);

    // Replaces the shown diagnostics (positions are those of the file on disk).
    void set(const Diagnostics &diagnostics);
    void clear();
    const Diagnostics &diagnostics() const { return m_diagnostics; }

    // The byte range [start, start + length) that the squiggle of `diagnostic` covers in the current
    // text: its offset and length when known, else the token at its line and column; length 0 when
    // there is nothing to underline. `start` is -1 when the finding has no place in the text.
    std::pair<qsizetype, qsizetype> rangeOf(const Diagnostic &diagnostic) const;
    // The 0-based line the marker of `diagnostic` goes on, -1 for none.
    int lineOf(const Diagnostic &diagnostic) const;

    // The diagnostics underlined at byte position `position`, and those marked on 0-based `line`.
    Diagnostics at(qsizetype position) const;
    Diagnostics onLine(int line) const;
    // Rich text for a tooltip: each finding's severity, message, code and help.
    static QString toolTip(const Diagnostics &diagnostics);

    int errorIndicator() const { return m_errorIndicator; }
    int warningIndicator() const { return m_warningIndicator; }
    int errorMarker() const { return m_errorMarker; }
    int warningMarker() const { return m_warningMarker; }

private:
    qsizetype tokenEnd(qsizetype start, qsizetype lineEnd) const;
    long send(unsigned int message, unsigned long wParam = 0, long lParam = 0) const;

    QsciScintilla *m_editor;
    int m_errorIndicator = -1;
    int m_warningIndicator = -1;
    // A faint box under the same range as the squiggle: a thin wavy line alone hides where a short
    // value starts and ends.
    int m_errorTint = -1;
    int m_warningTint = -1;
    int m_errorMarker = -1;
    int m_warningMarker = -1;
    Diagnostics m_diagnostics;
    // Diagnostics on the same range and of the same severity share one indicator value, so that
    // hovering shows all of them: value v stands for m_groups[v - 1], indices into m_diagnostics.
    QList<QList<int>> m_groups;
    // The marker handle of each diagnostic (-1 for none), which follows its line through edits.
    QList<int> m_markerHandles;
};

} // namespace Strata::Ui
