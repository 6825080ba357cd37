#pragma once

#include <QString>
#include <QStringList>

namespace Strata::MarkdownText {

// Text for GitHub- and GitLab-flavoured Markdown, escaped for where it stands. Code hosts pass HTML in
// Markdown through (sanitised, but a comment holding <img ...> would still become an element), so
// '<', '>' and '&' become entities everywhere; Markdown's own punctuation is backslash-escaped, so a
// name like "user_*_id" or "[x](y)" is shown as written and never becomes emphasis or a link.

// One line of text: newlines become spaces.
QString inlineText(const QString &text);
// A cell of a pipe table: as inlineText, '|' escaped, a line break written as <br>, empty as a space.
QString cell(const QString &text);
// A paragraph that keeps the text's own line breaks (<br>), for comments. Blank lines start a new
// paragraph; lines lose their leading spaces (four of them would make a code block).
QString paragraphs(const QString &text);
// An inline code span that holds `text` exactly (backticks in it get a longer fence); inside a table
// cell `inTable` escapes '|', which would otherwise end the cell even inside the span.
QString code(const QString &text, bool inTable = false);
// A link to a relative path of the site: [text](target), the target percent-encoded.
QString link(const QString &text, const QString &target);
// A link target: a relative path with every byte outside [A-Za-z0-9/._~-] percent-encoded.
QString linkTarget(const QString &path);
// A pipe table: a header row, the alignment row and the rows, each cell already escaped (cell()).
QString table(const QStringList &header, const QList<QStringList> &rows);

} // namespace Strata::MarkdownText
