// packages/<slug>.md: a package's tables, its place among the packages, its migrations and its diagram.
#include <strata/docs/MarkdownPages.h>
#include <strata/docs/MarkdownText.h>
#include <strata/docs/MigrationSummary.h>

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Strata {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Strata::MarkdownDocs)
};

// The first line of a comment, for a list of tables (the table's page has all of it).
QString firstLine(const QString &comment)
{
    return comment.trimmed().section(u'\n', 0, 0);
}

QString packageList(const MarkdownSite &site, const QString &from, const DocumentedPackage &package,
                    const QStringList &names, bool withRange)
{
    if (names.isEmpty())
        return Text::tr("None.") + u'\n';
    QString text;
    for (const QString &name : names) {
        text += u"- "_s + site.packageLink(from, name);
        if (withRange) {
            for (const Dependency &dependency : package.definition.dependencies) {
                if (dependency.name == name && !dependency.range.isEmpty())
                    text += u' ' + MarkdownText::code(dependency.range);
            }
        }
        text += u'\n';
    }
    return text;
}

QString tablesTable(const MarkdownSite &site, const QString &from, const DocumentedPackage &package)
{
    if (package.definition.tables.isEmpty())
        return Text::tr("None.") + u'\n';
    QList<QStringList> rows;
    for (const Table &table : package.definition.tables) {
        rows.append({site.tableLink(from, table.name), QString::number(table.columns.size()),
                     MarkdownText::cell(firstLine(table.comment))});
    }
    return MarkdownText::table({Text::tr("Table"), Text::tr("Columns"), Text::tr("Comment")}, rows);
}

QString migrationsTable(const MarkdownSite &site, const DocumentedPackage &package)
{
    if (package.definition.migrations.isEmpty())
        return Text::tr("None.") + u'\n';
    QList<QStringList> rows;
    for (const Migration &migration : package.definition.migrations) {
        const QStringList phrases = describeMigration(migration, site.migrationDialect->kind());
        QStringList escaped;
        for (const QString &phrase : phrases)
            escaped.append(MarkdownText::cell(phrase));
        // A migration file is the whole file (its location says line 1); a C++ one its registration.
        SourceLocation location = migration.location;
        if (!migration.file.isEmpty())
            location.line = 0;
        QString source = site.where(location, true);
        if (migration.up.isCallable() && source.isEmpty())
            source = Text::tr("C++");
        rows.append({MarkdownText::code(migration.id, true), MarkdownText::cell(migration.version),
                     migration.hasDown() ? Text::tr("yes") : Text::tr("no"), escaped.join(u"; "_s),
                     source.isEmpty() ? u" "_s : source});
    }
    return MarkdownText::table({Text::tr("Migration"), Text::tr("Version"), Text::tr("Down"), Text::tr("What it does"),
                                Text::tr("Source")},
                               rows);
}

} // namespace

QString markdownPackagePage(const MarkdownSite &site, const DocumentedPackage &package)
{
    const PackageDefinition &definition = package.definition;
    const QString from = site.paths.packagePage(definition.name);
    QString page = u"# "_s + MarkdownText::inlineText(definition.name) + u"\n\n"_s;
    QStringList facts;
    if (!definition.version.isEmpty())
        facts.append(Text::tr("Version %1.").arg(MarkdownText::code(definition.version)));
    const QString declared = site.where(definition.location);
    facts.append(declared.isEmpty() ? Text::tr("Registered in C++.") : Text::tr("Declared in %1.").arg(declared));
    facts.append(Text::tr("Part of %1.").arg(MarkdownText::link(site.input.projectName,
                                                                 DocsPaths::relativeLink(from, site.paths.projectPage()))));
    page += facts.join(u' ') + u"\n\n"_s;
    if (!package.diagnostics.isEmpty()) {
        page += u"## "_s + Text::tr("Problems") + u"\n\n"_s + markdownDiagnostics(site, package.diagnostics, false)
            + u'\n';
    }
    page += u"## "_s + Text::tr("Tables") + u"\n\n"_s + tablesTable(site, from, package) + u'\n';
    page += u"## "_s + Text::tr("Diagram") + u"\n\n"_s + markdownPackageDiagram(site, package);
    page += u"## "_s + Text::tr("Depends on") + u"\n\n"_s
        + packageList(site, from, package, package.dependencies, true) + u'\n';
    page += u"## "_s + Text::tr("Used by") + u"\n\n"_s + packageList(site, from, package, package.dependents, false)
        + u'\n';
    page += u"## "_s + Text::tr("Migrations") + u"\n\n"_s + migrationsTable(site, package);
    return page;
}

} // namespace Strata
