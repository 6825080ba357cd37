#include <strata/docs/HtmlPages.h>

#include <strata/docs/HtmlDocsText.h>
#include <strata/docs/HtmlText.h>

#include <QDir>

using namespace Qt::StringLiterals;

namespace Strata {

using HtmlText::escaped;

HtmlSite::HtmlSite(const DocsInput &input, DialectKind dialect)
    : input(input), paths(input, u"html"_s), dialect(Dialect::create(dialect))
{
}

QString HtmlSite::link(const QString &from, const QString &to, const QString &text, const QString &anchor) const
{
    if (to.isEmpty())
        return escaped(text);
    QString href = DocsPaths::relativeLink(from, to);
    if (!anchor.isEmpty())
        href += u'#' + anchor;
    return u"<a href=\""_s + escaped(href) + u"\">"_s + escaped(text) + u"</a>"_s;
}

QString HtmlSite::tableLink(const QString &from, const QString &table, const QString &column) const
{
    if (column.isEmpty())
        return u"<code>"_s + link(from, paths.tablePage(table), table) + u"</code>"_s;
    return u"<code>"_s + link(from, paths.tablePage(table), table + u'.' + column, columnAnchor(column)) + u"</code>"_s;
}

QString HtmlSite::packageLink(const QString &from, const QString &package) const
{
    return link(from, paths.packagePage(package), package);
}

QString HtmlSite::place(const SourceLocation &location) const
{
    if (location.file.isEmpty())
        return {};
    const QString file = QDir(input.project.root).relativeFilePath(location.file);
    return location.line > 0 ? file + u':' + QString::number(location.line) : file;
}

QString columnAnchor(const QString &column)
{
    return HtmlText::anchor(u"col-", column);
}

QString diagramBlock(const QString &svg)
{
    if (svg.isEmpty())
        return {};
    // The width the SVG was written with: past a page's width the picture scrolls at its own size,
    // since shrunk to fit it would be unreadable.
    const qsizetype at = svg.indexOf(u" width=\"");
    const double width = at < 0 ? 0 : QStringView(svg).mid(at + 8, svg.indexOf(u'"', at + 8) - at - 8).toDouble();
    return (width > 1400 ? u"<div class=\"diagram wide\">\n"_s : u"<div class=\"diagram\">\n"_s) + svg + u"\n</div>\n"_s;
}

QString dataTable(const QStringList &headers, const QList<QStringList> &rows, const QStringList &rowIds)
{
    QString out = u"<div class=\"table-wrap\"><table class=\"data\">\n<thead><tr>"_s;
    for (const QString &header : headers)
        out += u"<th scope=\"col\">"_s + escaped(header) + u"</th>"_s;
    out += u"</tr></thead>\n<tbody>\n"_s;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        out += r < rowIds.size() ? u"<tr id=\""_s + rowIds.at(r) + u"\">"_s : u"<tr>"_s;
        for (qsizetype c = 0; c < rows.at(r).size(); ++c)
            out += (c == 0 ? u"<td class=\"name\">"_s : u"<td>"_s) + rows.at(r).at(c) + u"</td>"_s;
        out += u"</tr>\n"_s;
    }
    return out + u"</tbody></table></div>\n"_s;
}

QString problemList(const HtmlSite &site, const Diagnostics &diagnostics)
{
    QString out = u"<ul class=\"problems plain\">\n"_s;
    for (const Diagnostic &d : diagnostics) {
        const QString place = site.place(d.location);
        out += u"<li class=\""_s + (d.isError() ? u"error"_s : u"warning"_s) + u"\"><span class=\"severity\">"_s
            + escaped(d.isError() ? HtmlDocsText::tr("error") : HtmlDocsText::tr("warning")) + u"</span> <code>"_s + escaped(d.code)
            + u"</code> "_s + escaped(d.message);
        if (!place.isEmpty())
            out += u" <span class=\"muted mono\">"_s + escaped(place) + u"</span>"_s;
        if (!d.help.isEmpty())
            out += u"<br><span class=\"muted\">"_s + escaped(d.help) + u"</span>"_s;
        out += u"</li>\n"_s;
    }
    return out + u"</ul>\n"_s;
}

QString section(const QString &id, const QString &title)
{
    return u"<h2 id=\""_s + id + u"\">"_s + escaped(title) + u"</h2>\n"_s;
}

QString projectPageBody(const HtmlSite &site, const QString &packageGraphSvg)
{
    const DocsInput &input = site.input;
    const QString page = site.paths.projectPage();
    qsizetype tables = 0, columns = 0, migrations = 0;
    for (const DocumentedPackage &package : input.packages) {
        tables += package.definition.tables.size();
        migrations += package.definition.migrations.size();
        for (const Table &table : package.definition.tables)
            columns += table.columns.size();
    }
    const int errors = countErrors(input.diagnostics);
    const qsizetype warnings = input.diagnostics.size() - errors;

    QString out = u"<h1>"_s + escaped(input.projectName) + u"</h1>\n<p class=\"lead\">"_s
        + escaped(HtmlDocsText::tr("The declared schema of the project, as %1 creates it.").arg(dialectTitle(site.dialect->kind())))
        + u"</p>\n<ul class=\"counts\">\n"_s;
    const auto count = [&](qsizetype n, const QString &what) {
        out += u"<li><b>"_s + QString::number(n) + u"</b>"_s + escaped(what) + u"</li>\n"_s;
    };
    count(input.packages.size(), HtmlDocsText::tr("packages"));
    count(tables, HtmlDocsText::tr("tables"));
    count(columns, HtmlDocsText::tr("columns"));
    count(migrations, HtmlDocsText::tr("migrations"));
    count(errors, HtmlDocsText::tr("errors"));
    count(warnings, HtmlDocsText::tr("warnings"));
    out += u"</ul>\n"_s;
    if (input.packages.size() < input.allPackages.size())
        out += u"<p class=\"muted\">"_s
            + escaped(HtmlDocsText::tr("%1 of the project's %2 packages are documented here: the ones asked for and those they depend on.")
                          .arg(input.packages.size())
                          .arg(input.allPackages.size()))
            + u"</p>\n"_s;

    out += section(u"packages"_s, HtmlDocsText::tr("Packages"));
    out += u"<p class=\"muted\">"_s + escaped(HtmlDocsText::tr("In dependency order: each package comes after those it depends on."))
        + u"</p>\n"_s;
    QList<QStringList> rows;
    for (const DocumentedPackage &package : input.packages) {
        QStringList dependencies;
        for (const QString &dependency : package.dependencies)
            dependencies.append(site.packageLink(page, dependency));
        const int packageErrors = countErrors(package.diagnostics);
        const QString problems = package.diagnostics.isEmpty()
            ? QString()
            : escaped(HtmlDocsText::tr("%n error(s)", nullptr, packageErrors) + u", "_s
                      + HtmlDocsText::tr("%n warning(s)", nullptr, int(package.diagnostics.size() - packageErrors)));
        rows.append({site.packageLink(page, package.definition.name), escaped(package.definition.version),
                     QString::number(package.definition.tables.size()), dependencies.join(u", "_s), problems});
    }
    out += dataTable({HtmlDocsText::tr("Package"), HtmlDocsText::tr("Version"), HtmlDocsText::tr("Tables"), HtmlDocsText::tr("Depends on"),
                      HtmlDocsText::tr("Problems")},
                     rows);

    if (!packageGraphSvg.isEmpty()) {
        out += section(u"graph"_s, HtmlDocsText::tr("Dependency graph"));
        out += diagramBlock(packageGraphSvg);
    }

    out += section(u"rules"_s, HtmlDocsText::tr("Rules"));
    const ProjectConfig &project = input.project;
    QList<QStringList> rules;
    const QString yes = escaped(HtmlDocsText::tr("yes")), no = escaped(HtmlDocsText::tr("no"));
    rules.append({escaped(HtmlDocsText::tr("Dialect")), escaped(dialectName(project.dialect))});
    rules.append({escaped(HtmlDocsText::tr("Table name prefix")),
                  project.rules.tablePrefix.isEmpty() ? escaped(HtmlDocsText::tr("none"))
                                                      : u"<code>"_s + escaped(project.rules.tablePrefix) + u"</code>"_s});
    rules.append({escaped(HtmlDocsText::tr("Every table workspace-scoped unless global")), project.rules.requireWorkspaceScope ? yes : no});
    rules.append({escaped(HtmlDocsText::tr("Every table and column commented")), project.rules.requireComments ? yes : no});
    rules.append({escaped(HtmlDocsText::tr("Workspace table")), site.tableLink(page, project.workspaceTable)});
    if (!project.disabledCodes.isEmpty())
        rules.append({escaped(HtmlDocsText::tr("Checks turned off")), u"<code>"_s + escaped(project.disabledCodes.join(u", "_s)) + u"</code>"_s});
    out += dataTable({HtmlDocsText::tr("Rule"), HtmlDocsText::tr("Setting")}, rules);

    if (!input.cycles.isEmpty() || !input.diagnostics.isEmpty()) {
        out += section(u"problems"_s, HtmlDocsText::tr("Problems"));
        for (const QStringList &cycle : input.cycles)
            out += u"<p class=\"muted\">"_s + escaped(HtmlDocsText::tr("Dependency cycle: %1").arg(cycle.join(u" → "_s))) + u"</p>\n"_s;
        out += problemList(site, input.diagnostics);
    }
    return out;
}

} // namespace Strata
