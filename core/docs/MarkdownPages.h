#pragma once

// The pages of the Markdown documentation (MarkdownDocs.cpp puts them together): what every page
// needs to know about the site, and one function per kind of page.

#include <strata/docs/Docs.h>
#include <strata/docs/DocsPaths.h>
#include <strata/sql/Dialect.h>

#include <QHash>
#include <QString>

#include <memory>

namespace Strata {

class MarkdownSite
{
public:
    MarkdownSite(const DocsInput &input, const DocsOptions &options);

    const DocsInput &input;
    const DocsOptions &options;
    const DocsPaths paths;
    const std::unique_ptr<Dialect> dialect;            // the column types are shown in this dialect
    const std::unique_ptr<Dialect> migrationDialect;   // the project's, which its migrations are written in

    // A link from the page at `from` to the page of a package or table; the name as plain text when
    // the package or table is not documented (a broken reference).
    QString packageLink(const QString &from, const QString &package) const;
    QString tableLink(const QString &from, const QString &table) const;
    // "`packages/crm/database.json`, line 12" (relative to the project root); empty without a file.
    QString where(const SourceLocation &location, bool inTable = false) const;
    // The Mermaid id of a documented table ("t12"), the same on every page.
    QString tableId(const QString &table) const { return m_tableIds.value(table); }

private:
    QHash<QString, QString> m_tableIds;
};

QString markdownProjectPage(const MarkdownSite &site);
QString markdownPackagePage(const MarkdownSite &site, const DocumentedPackage &package);
QString markdownTablePage(const MarkdownSite &site, const DocumentedPackage &package, const Table &table);

// The diagrams, as ```mermaid blocks with what a reader needs around them (which part of a split
// diagram each block shows, and why it is split), ending with a blank line.
QString markdownPackageGraph(const MarkdownSite &site);                 // the project's packages
QString markdownPackageDiagram(const MarkdownSite &site, const DocumentedPackage &package); // its tables
QString markdownTableDiagram(const MarkdownSite &site, const Table &table); // the table, one link away

// A section's findings as a table (severity, code, where, message), or an empty string.
QString markdownDiagnostics(const MarkdownSite &site, const Diagnostics &diagnostics, bool withPackage);

} // namespace Strata
