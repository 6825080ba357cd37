#include <strata/docs/HtmlPages.h>

#include <strata/docs/HtmlDocsText.h>
#include <strata/docs/HtmlText.h>
#include <strata/docs/MigrationSummary.h>

using namespace Qt::StringLiterals;

namespace Strata {

namespace {
using HtmlText::escaped;

constexpr qsizetype MaxPhrases = 12; // listed per migration; the SQL below has all of it

// What the migration does, in words (MigrationSummary, as the Markdown pages say it), then its SQL.
QString migrationContents(const HtmlSite &site, const Migration &migration)
{
    const QStringList phrases = describeMigration(migration, site.input.project.dialect);
    if (phrases.isEmpty())
        return u"<span class=\"muted\">"_s + escaped(HtmlDocsText::tr("no statements")) + u"</span>"_s;
    QString out = u"<ul class=\"plain\">"_s;
    for (qsizetype i = 0; i < phrases.size() && i < MaxPhrases; ++i)
        out += u"<li>"_s + escaped(phrases.at(i)) + u"</li>"_s;
    if (phrases.size() > MaxPhrases)
        out += u"<li class=\"muted\">"_s
            + escaped(HtmlDocsText::tr("and %n more statement(s)", nullptr, int(phrases.size() - MaxPhrases))) + u"</li>"_s;
    out += u"</ul>"_s;
    if (!migration.up.isCallable()) {
        out += u"<details class=\"sql\"><summary>"_s + escaped(HtmlDocsText::tr("SQL")) + u"</summary><pre>"_s
            + escaped(migration.up.sql.trimmed()) + u"</pre></details>"_s;
    }
    return out;
}

QString linkList(const HtmlSite &site, const QString &page, const QStringList &packages, const QString &none)
{
    if (packages.isEmpty())
        return u"<p class=\"muted\">"_s + escaped(none) + u"</p>\n"_s;
    QString out = u"<ul class=\"inline\">"_s;
    for (const QString &package : packages)
        out += u"<li>"_s + site.packageLink(page, package) + u"</li>"_s;
    return out + u"</ul>\n"_s;
}

} // namespace

QString packagePageBody(const HtmlSite &site, const DocumentedPackage &package, const QString &diagramSvg)
{
    const PackageDefinition &definition = package.definition;
    const QString page = site.paths.packagePage(definition.name);
    QString out = u"<h1>"_s + escaped(definition.name);
    if (!definition.version.isEmpty())
        out += u"<span class=\"badge\">"_s + escaped(definition.version) + u"</span>"_s;
    out += u"</h1>\n"_s;
    const QString place = site.place(definition.location);
    out += u"<p class=\"lead\">"_s
        + escaped(HtmlDocsText::tr("%n table(s)", nullptr, int(definition.tables.size())) + u" · "_s
                  + HtmlDocsText::tr("%n migration(s)", nullptr, int(definition.migrations.size())));
    if (!place.isEmpty())
        out += u" · "_s + escaped(HtmlDocsText::tr("declared in %1").arg(place));
    out += u"</p>\n"_s;

    out += section(u"dependencies"_s, HtmlDocsText::tr("Dependencies"));
    out += u"<h3>"_s + escaped(HtmlDocsText::tr("Depends on")) + u"</h3>\n"_s
        + linkList(site, page, package.dependencies, HtmlDocsText::tr("No other package."));
    out += u"<h3>"_s + escaped(HtmlDocsText::tr("Used by")) + u"</h3>\n"_s
        + linkList(site, page, package.dependents, HtmlDocsText::tr("No documented package depends on this one."));

    if (!package.diagnostics.isEmpty()) {
        out += section(u"problems"_s, HtmlDocsText::tr("Problems"));
        out += problemList(site, package.diagnostics);
    }

    out += section(u"tables"_s, HtmlDocsText::tr("Tables"));
    if (definition.tables.isEmpty()) {
        out += u"<p class=\"muted\">"_s + escaped(HtmlDocsText::tr("This package declares no table.")) + u"</p>\n"_s;
    } else {
        QList<QStringList> rows;
        for (const Table &table : definition.tables)
            rows.append({site.tableLink(page, table.name), QString::number(table.columns.size()),
                         u"<span class=\"comment\">"_s + escaped(table.comment) + u"</span>"_s});
        out += dataTable({HtmlDocsText::tr("Table"), HtmlDocsText::tr("Columns"), HtmlDocsText::tr("Comment")}, rows);
    }
    if (!diagramSvg.isEmpty()) {
        out += section(u"diagram"_s, HtmlDocsText::tr("Diagram"));
        out += diagramBlock(diagramSvg);
    }

    out += section(u"migrations"_s, HtmlDocsText::tr("Migrations"));
    if (definition.migrations.isEmpty()) {
        out += u"<p class=\"muted\">"_s + escaped(HtmlDocsText::tr("This package has no migration.")) + u"</p>\n"_s;
    } else {
        QList<QStringList> rows;
        QStringList ids;
        for (const Migration &migration : definition.migrations) {
            QStringList notes;
            if (!migration.version.isEmpty())
                notes.append(escaped(HtmlDocsText::tr("version %1").arg(migration.version)));
            notes.append(escaped(migration.hasDown() ? HtmlDocsText::tr("can be rolled back") : HtmlDocsText::tr("no down section")));
            if (migration.noTransaction)
                notes.append(escaped(HtmlDocsText::tr("runs outside a transaction")));
            if (migration.foreignKeysOff)
                notes.append(escaped(HtmlDocsText::tr("foreign keys off while it runs (SQLite)")));
            for (const MigrationRequirement &requirement : migration.requirements)
                notes.append(escaped(HtmlDocsText::tr("requires %1").arg(requirement.package + u':' + requirement.migrationId)));
            const QString file = site.place(migration.location);
            if (!file.isEmpty())
                notes.append(u"<span class=\"mono\">"_s + escaped(file) + u"</span>"_s);
            rows.append({escaped(migration.id), migrationContents(site, migration), notes.join(u"<br>"_s)});
            ids.append(HtmlText::anchor(u"migration-", migration.id));
        }
        out += dataTable({HtmlDocsText::tr("Id"), HtmlDocsText::tr("What it does"), HtmlDocsText::tr("Notes")}, rows, ids);
    }
    return out;
}

} // namespace Strata
