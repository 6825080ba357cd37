// README.md: the project, its packages in dependency order, their graph, its rules and its problems.
#include <strata/docs/MarkdownPages.h>
#include <strata/docs/MarkdownText.h>

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Strata {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Strata::MarkdownDocs)
};

QString counts(const DocsInput &input)
{
    qsizetype tables = 0, columns = 0, migrations = 0;
    for (const DocumentedPackage &package : input.packages) {
        tables += package.definition.tables.size();
        migrations += package.definition.migrations.size();
        for (const Table &table : package.definition.tables)
            columns += table.columns.size();
    }
    QString text = Text::tr("%n package(s)", nullptr, int(input.packages.size())) + u", "_s
        + Text::tr("%n table(s)", nullptr, int(tables)) + u", "_s + Text::tr("%n column(s)", nullptr, int(columns))
        + u", "_s + Text::tr("%n migration(s)", nullptr, int(migrations)) + u'.';
    if (input.packages.size() < input.allPackages.size()) {
        text += u' '
            + Text::tr("Only the chosen packages and what they depend on are documented here, of %n package(s) in the project.",
                       nullptr, int(input.allPackages.size()));
    }
    return text;
}

QString packagesTable(const MarkdownSite &site)
{
    const QString from = site.paths.projectPage();
    QList<QStringList> rows;
    for (const DocumentedPackage &package : site.input.packages) {
        QStringList dependencies;
        for (const QString &dependency : package.dependencies)
            dependencies.append(site.packageLink(from, dependency));
        rows.append({site.packageLink(from, package.definition.name), package.definition.version.isEmpty() ? u" "_s : MarkdownText::code(package.definition.version, true),
                     QString::number(package.definition.tables.size()),
                     QString::number(package.definition.migrations.size()),
                     dependencies.isEmpty() ? u" "_s : dependencies.join(u", "_s)});
    }
    return MarkdownText::table({Text::tr("Package"), Text::tr("Version"), Text::tr("Tables"), Text::tr("Migrations"),
                                Text::tr("Depends on")},
                               rows);
}

QString rules(const MarkdownSite &site)
{
    const ProjectConfig &project = site.input.project;
    QStringList items;
    items.append(Text::tr("Dialect: %1.").arg(dialectTitle(project.dialect)));
    if (!project.rules.tablePrefix.isEmpty())
        items.append(Text::tr("Every table name starts with %1.").arg(MarkdownText::code(project.rules.tablePrefix)));
    if (project.rules.requireWorkspaceScope) {
        items.append(Text::tr("Every table is workspace-scoped (a %1 column referencing %2), unless it is marked global.")
                         .arg(MarkdownText::code(u"workspace_id"_s), site.tableLink(site.paths.projectPage(),
                                                                                     project.workspaceTable)));
    } else {
        items.append(Text::tr("Workspace-scoped tables reference %1.")
                         .arg(site.tableLink(site.paths.projectPage(), project.workspaceTable)));
    }
    if (project.rules.requireComments)
        items.append(Text::tr("Every table and column has a comment."));
    if (!project.disabledCodes.isEmpty()) {
        QStringList codes;
        for (const QString &code : project.disabledCodes)
            codes.append(MarkdownText::code(code));
        items.append(Text::tr("Findings turned off: %1.").arg(codes.join(u", "_s)));
    }
    return u"- "_s + items.join(u"\n- "_s) + u'\n';
}

QString problems(const MarkdownSite &site)
{
    // The project's own findings and those of the documented packages.
    Diagnostics shown;
    for (const Diagnostic &diagnostic : site.input.diagnostics) {
        if (diagnostic.package.isEmpty() || site.input.package(diagnostic.package))
            shown.append(diagnostic);
    }
    QString text;
    for (const QStringList &cycle : site.input.cycles) {
        QStringList names;
        for (const QString &name : cycle)
            names.append(site.packageLink(site.paths.projectPage(), name));
        text += u"- "_s + Text::tr("Dependency cycle: %1").arg(names.join(u" → "_s)) + u'\n';
    }
    if (shown.isEmpty())
        return text;
    if (!text.isEmpty())
        text += u'\n';
    text += Text::tr("%n error(s)", nullptr, countErrors(shown)) + u", "_s
        + Text::tr("%n warning(s)", nullptr, countWarnings(shown)) + u".\n\n"_s;
    return text + markdownDiagnostics(site, shown, true);
}

} // namespace

QString markdownProjectPage(const MarkdownSite &site)
{
    QString page = u"# "_s + MarkdownText::inlineText(site.input.projectName) + u"\n\n"_s;
    page += Text::tr("The declared schema of this project, written by %1 (the column types as %2 names them).")
                .arg(MarkdownText::code(u"strata docs"_s), dialectTitle(site.options.dialect))
        + u"\n\n"_s;
    page += counts(site.input) + u"\n\n"_s;
    const QString problemText = problems(site);
    if (!problemText.isEmpty())
        page += u"## "_s + Text::tr("Problems") + u"\n\n"_s + problemText + u'\n';
    page += u"## "_s + Text::tr("Packages") + u"\n\n"_s;
    page += Text::tr("In dependency order: each package comes after the packages it depends on.") + u"\n\n"_s;
    page += packagesTable(site) + u'\n';
    page += u"## "_s + Text::tr("Dependencies") + u"\n\n"_s + markdownPackageGraph(site);
    page += u"## "_s + Text::tr("Rules") + u"\n\n"_s + rules(site);
    return page;
}

} // namespace Strata
