#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Strata {

// Mermaid diagrams for the Markdown documentation, written so that every name reaches the page as text.
// Mermaid refuses a diagram longer than its maxTextSize (50,000 characters by default, counted as
// JavaScript counts, in UTF-16 units like QString): a diagram that would be longer is split by group
// (package), and a group that is still too long into parts, never cut short.
inline constexpr qsizetype MermaidMaxTextSize = 50000;

namespace MermaidText {
// Text for inside a double-quoted Mermaid string (labels, aliases, attribute comments): quotes, '<',
// '>', '&', '#', '%', '`' and the like become Mermaid's entity codes (#quot; #lt; #35;...), which
// Mermaid turns into the characters after parsing; line breaks become spaces.
QString quoted(const QString &text);
// A bare word of an erDiagram attribute (its type or name): [A-Za-z_][A-Za-z0-9_()[\]-]*, anything
// else replaced by '_' ("numeric(12,2)" -> "numeric(12_2)"). `exact` is false when it had to change.
QString word(const QString &text, bool *exact = nullptr);
} // namespace MermaidText

// One node of a diagram with the edges that leave it. The diagram declares a node in full when it is
// one of its own, and as `stub` when it stands there only as the far end of an edge.
struct MermaidNode
{
    QString id;          // a plain word, unique in the diagram: "t12"
    QString group;       // the package: splitting keeps a group together when it can
    QString declaration; // its lines (ending in '\n'): an entity with its attributes, a labelled node
    QString stub;        // its declaration without detail (ending in '\n')
    QStringList edges;   // lines (ending in '\n') of the edges that leave it
    QStringList targets; // the ids its edges lead to
};

// One diagram to print in a ```mermaid block.
struct MermaidBlock
{
    QString text;      // the whole diagram, starting with its header line ("erDiagram\n")
    QStringList groups; // empty when the diagram is whole; else the groups it shows, in order
    int part = 1;      // of the group's parts (when it shows part of one group)
    int partCount = 1;
    QStringList stubbed; // ids of the group's own nodes drawn without detail: alone they exceed the limit
};

// The diagram of `nodes` after `header`, in as few blocks as the limit allows: one when it fits, else
// split by group (in the order the groups first appear): each block holds as many whole groups as fit,
// and a group too long for a block of its own is cut into parts.
// `far` are nodes drawn only as the stubs at the far end of an edge (another package's tables).
QList<MermaidBlock> mermaidBlocks(const QString &header, const QList<MermaidNode> &nodes,
                                  const QList<MermaidNode> &far = {}, qsizetype limit = MermaidMaxTextSize);

} // namespace Strata
