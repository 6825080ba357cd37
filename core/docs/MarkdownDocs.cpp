#include <strata/docs/MarkdownDocs.h>

#include <strata/docs/MarkdownPages.h>
#include <strata/docs/MarkdownText.h>
#include <strata/export/DiagnosticsReport.h>

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Strata {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Strata::MarkdownDocs)
};

// A page's bytes: UTF-8, ending in exactly one line feed (the sections end in blank lines).
QByteArray pageBytes(QString page)
{
    while (page.endsWith(u"\n\n"_s))
        page.chop(1);
    return page.toUtf8();
}

QString severityText(Severity severity)
{
    return severity == Severity::Error ? Text::tr("error") : Text::tr("warning");
}

} // namespace

MarkdownSite::MarkdownSite(const DocsInput &docsInput, const DocsOptions &docsOptions)
    : input(docsInput),
      options(docsOptions),
      paths(docsInput, u"md"_s),
      dialect(Dialect::create(docsOptions.dialect)),
      migrationDialect(Dialect::create(docsInput.project.dialect))
{
    for (const DocumentedPackage &package : input.packages) {
        for (const Table &table : package.definition.tables) {
            if (!m_tableIds.contains(table.name))
                m_tableIds.insert(table.name, u't' + QString::number(m_tableIds.size() + 1));
        }
    }
}

QString MarkdownSite::packageLink(const QString &from, const QString &package) const
{
    const QString page = paths.packagePage(package);
    return page.isEmpty() ? MarkdownText::inlineText(package)
                          : MarkdownText::link(package, DocsPaths::relativeLink(from, page));
}

QString MarkdownSite::tableLink(const QString &from, const QString &table) const
{
    const QString page = paths.tablePage(table);
    return page.isEmpty() ? MarkdownText::inlineText(table)
                          : MarkdownText::link(table, DocsPaths::relativeLink(from, page));
}

QString MarkdownSite::where(const SourceLocation &location, bool inTable) const
{
    if (location.file.isEmpty())
        return {};
    const QString file = MarkdownText::code(relativePath(location.file, input.project.root), inTable);
    return location.line > 0 ? Text::tr("%1, line %2").arg(file).arg(location.line) : file;
}

QString markdownDiagnostics(const MarkdownSite &site, const Diagnostics &diagnostics, bool withPackage)
{
    if (diagnostics.isEmpty())
        return {};
    QStringList header{Text::tr("Severity"), Text::tr("Code")};
    if (withPackage)
        header.append(Text::tr("Package"));
    header += QStringList{Text::tr("Where"), Text::tr("Message")};
    QList<QStringList> rows;
    for (const Diagnostic &diagnostic : diagnostics) {
        QStringList row{severityText(diagnostic.severity), MarkdownText::code(diagnostic.code, true)};
        if (withPackage)
            row.append(diagnostic.package.isEmpty() ? u" "_s : site.packageLink(site.paths.projectPage(), diagnostic.package));
        QString message = MarkdownText::cell(diagnostic.message);
        if (!diagnostic.help.isEmpty())
            message += u"<br>"_s + MarkdownText::cell(diagnostic.help);
        const QString where = site.where(diagnostic.location, true);
        row += QStringList{where.isEmpty() ? u" "_s : where, message};
        rows.append(row);
    }
    return MarkdownText::table(header, rows);
}

Result<DocsSite> buildMarkdownDocs(const DocsInput &input, const DocsOptions &options, const DocsProgress &progress)
{
    const MarkdownSite site(input, options);
    // The pages, first counted for the progress. A table declared twice (a finding) has one page, in
    // the package that DocsInput names as its owner.
    QList<std::pair<const DocumentedPackage *, QList<const Table *>>> pages;
    qsizetype total = 1;
    QSet<QString> tablePages;
    for (const DocumentedPackage &package : input.packages) {
        QList<const Table *> tables;
        for (const Table &table : package.definition.tables) {
            if (input.tableOwners.value(table.name) == package.definition.name && !tablePages.contains(table.name)) {
                tablePages.insert(table.name);
                tables.append(&table);
            }
        }
        total += 1 + tables.size();
        pages.append({&package, tables});
    }
    qsizetype done = 0;
    const auto step = [&] { return !progress || progress(++done, total); };
    const auto cancelled = [] { return failure(Text::tr("The documentation was cancelled.")); };

    DocsSite docs;
    docs.add(site.paths.projectPage(), pageBytes(markdownProjectPage(site)));
    if (!step())
        return cancelled();
    for (const auto &[package, tables] : std::as_const(pages)) {
        docs.add(site.paths.packagePage(package->definition.name), pageBytes(markdownPackagePage(site, *package)));
        if (!step())
            return cancelled();
        for (const Table *table : tables) {
            docs.add(site.paths.tablePage(table->name), pageBytes(markdownTablePage(site, *package, *table)));
            if (!step())
                return cancelled();
        }
    }
    docs.sort();
    return docs;
}

} // namespace Strata
