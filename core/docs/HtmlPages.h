#pragma once

#include <strata/docs/DocsInput.h>
#include <strata/docs/DocsPaths.h>
#include <strata/docs/SvgDiagram.h>
#include <strata/sql/Dialect.h>

#include <QString>

#include <memory>

namespace Strata {

// What every page writer of the HTML documentation reads: the input, where each page lives, the
// dialect the column types are shown in. Read-only once built, so pages are written in parallel.
struct HtmlSite
{
    HtmlSite(const DocsInput &input, DialectKind dialect);

    const DocsInput &input;
    DocsPaths paths;
    std::unique_ptr<Dialect> dialect;

    // An <a> from the page `from` to the page `to` (site paths) showing `text`; the text alone
    // when `to` is empty (a table or package that is not documented).
    QString link(const QString &from, const QString &to, const QString &text, const QString &anchor = {}) const;
    QString tableLink(const QString &from, const QString &table, const QString &column = {}) const;
    QString packageLink(const QString &from, const QString &package) const;
    // A file of the project as the reader sees it: relative to the project's folder, with its line.
    QString place(const SourceLocation &location) const;
};

// The anchor of a column's row on its table page ("col-<name>").
QString columnAnchor(const QString &column);

// The bodies of the three kinds of page (HtmlDocs wraps each in the page frame). A diagram is given
// already laid out and written (SvgDiagram), so that the layouts can be scheduled on their own.
QString projectPageBody(const HtmlSite &site, const QString &packageGraphSvg);
QString packagePageBody(const HtmlSite &site, const DocumentedPackage &package, const QString &diagramSvg);
QString tablePageBody(const HtmlSite &site, const DocumentedPackage &package, const Table &table,
                      const QString &diagramSvg);

// Pieces the pages share. Cells and items are markup already.
QString diagramBlock(const QString &svg); // scrolled when wider than the page
QString dataTable(const QStringList &headers, const QList<QStringList> &rows, const QStringList &rowIds = {});
QString problemList(const HtmlSite &site, const Diagnostics &diagnostics);
QString section(const QString &id, const QString &title); // an <h2> with its anchor

} // namespace Strata
