#pragma once

#include "migrations/PlanScript.h"

#include <QWidget>

namespace Strata::Ui {

class SourceEditor;

// A read-only SQL view of a PlanScript: SQL highlighting, line numbers, and the lines of
// destructive statements on a warning background.
class SqlView : public QWidget
{
    Q_OBJECT

public:
    explicit SqlView(QWidget *parent = nullptr);

    void setScript(const PlanScript &script);
    const PlanScript &script() const { return m_script; }
    QString text() const { return m_script.text; }
    // The 0-based lines shown as destructive (read back from the editor's markers).
    QList<int> highlightedLines() const;
    SourceEditor *editor() const { return m_editor; }

private:
    void defineMarker();

    SourceEditor *m_editor;
    PlanScript m_script;
    int m_destructiveMarker = -1;
};

} // namespace Strata::Ui
