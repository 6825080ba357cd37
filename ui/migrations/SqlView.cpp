#include "migrations/SqlView.h"

#include "editor/SourceEditor.h"

#include <QVBoxLayout>

namespace Strata::Ui {

SqlView::SqlView(QWidget *parent) : QWidget(parent), m_editor(new SourceEditor(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_editor);
    m_editor->setLanguage(SourceLanguage::Sql);
    m_editor->setReadOnly(true);
    m_editor->setAccessibleName(tr("SQL"));
    defineMarker();
}

void SqlView::defineMarker()
{
    m_destructiveMarker = m_editor->markerDefine(QsciScintilla::Background);
    // A warm tint that reads on light and dark palettes alike, under the SQL colors.
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    m_editor->setMarkerBackgroundColor(dark ? QColor(0x5a, 0x2a, 0x22) : QColor(0xff, 0xe0, 0xd6), m_destructiveMarker);
}

void SqlView::setScript(const PlanScript &script)
{
    m_script = script;
    m_editor->setText(script.text);
    m_editor->markerDeleteAll(m_destructiveMarker);
    for (int line : script.destructiveLines())
        m_editor->markerAdd(line, m_destructiveMarker);
}

QList<int> SqlView::highlightedLines() const
{
    QList<int> lines;
    const unsigned mask = 1u << m_destructiveMarker;
    for (int line = m_editor->markerFindNext(0, mask); line >= 0; line = m_editor->markerFindNext(line + 1, mask))
        lines.append(line);
    return lines;
}

} // namespace Strata::Ui
