#include <strata/docs/HtmlPages.h>

#include <strata/docs/HtmlDocsText.h>
#include <strata/docs/HtmlText.h>


using namespace Qt::StringLiterals;

namespace Strata {

namespace {
using HtmlText::escaped;

QString codeList(const QStringList &names)
{
    QStringList escapedNames;
    for (const QString &name : names)
        escapedNames.append(u"<code>"_s + escaped(name) + u"</code>"_s);
    return escapedNames.join(u", "_s);
}

QString referenceActions(const ColumnReference &reference)
{
    QStringList actions;
    if (!reference.onDelete.isEmpty())
        actions.append(HtmlDocsText::tr("on delete %1").arg(reference.onDelete));
    if (!reference.onUpdate.isEmpty())
        actions.append(HtmlDocsText::tr("on update %1").arg(reference.onUpdate));
    return actions.isEmpty() ? QString() : u" <span class=\"muted\">("_s + escaped(actions.join(u", "_s)) + u")</span>"_s;
}

QString columnsSection(const HtmlSite &site, const QString &page, const Table &table)
{
    const QStringList key = table.primaryKeyColumns();
    QList<QStringList> rows;
    QStringList ids;
    for (const Column &column : table.columns) {
        QStringList marks;
        if (key.contains(column.name))
            marks.append(HtmlDocsText::tr("primary key"));
        if (column.unique)
            marks.append(HtmlDocsText::tr("unique"));
        QString reference;
        if (column.references.isSet())
            reference = site.tableLink(page, column.references.table, column.references.column)
                + referenceActions(column.references);
        const QString defaultSql = site.dialect->defaultExpression(column);
        QString comment = u"<span class=\"comment\">"_s + escaped(column.comment) + u"</span>"_s;
        if (column.generated)
            comment += u"<span class=\"muted\">"_s + escaped(HtmlDocsText::tr("Added by Strata: the workspace the row belongs to."))
                + u"</span>"_s;
        rows.append({escaped(column.name), u"<code>"_s + escaped(site.dialect->typeName(column.type)) + u"</code>"_s,
                     u"<span class=\"nowrap\">"_s
                         + escaped(column.notNull || key.contains(column.name) ? HtmlDocsText::tr("not null") : HtmlDocsText::tr("null"))
                         + u"</span>"_s,
                     defaultSql.isEmpty() ? QString() : u"<code>"_s + escaped(defaultSql) + u"</code>"_s,
                     u"<span class=\"key nowrap\">"_s + escaped(marks.join(u", "_s)) + u"</span>"_s, reference, comment});
        ids.append(columnAnchor(column.name));
    }
    return dataTable({HtmlDocsText::tr("Column"), HtmlDocsText::tr("Type"), HtmlDocsText::tr("Null"), HtmlDocsText::tr("Default"), HtmlDocsText::tr("Key"),
                      HtmlDocsText::tr("References"), HtmlDocsText::tr("Comment")},
                     rows, ids);
}

QString constraintsSection(const Table &table)
{
    QString out;
    const QStringList key = table.primaryKeyColumns();
    if (key.size() > 1)
        out += u"<p>"_s + escaped(HtmlDocsText::tr("Primary key:")) + u' ' + codeList(key) + u"</p>\n"_s;
    if (!table.indexes.isEmpty()) {
        out += u"<h3 id=\"indexes\">"_s + escaped(HtmlDocsText::tr("Indexes")) + u"</h3>\n"_s;
        QList<QStringList> rows;
        for (const Index &index : table.indexes) {
            const QString name = index.name.isEmpty() ? table.name + u'_' + index.columns.join(u'_') + u"_idx"_s : index.name;
            QStringList notes;
            if (index.unique)
                notes.append(HtmlDocsText::tr("unique"));
            if (index.generated)
                notes.append(HtmlDocsText::tr("added by Strata"));
            rows.append({escaped(name), codeList(index.columns), escaped(notes.join(u", "_s))});
        }
        out += dataTable({HtmlDocsText::tr("Index"), HtmlDocsText::tr("Columns"), HtmlDocsText::tr("Notes")}, rows);
    }
    if (!table.uniques.isEmpty()) {
        out += u"<h3 id=\"uniques\">"_s + escaped(HtmlDocsText::tr("Unique constraints")) + u"</h3>\n<ul class=\"plain\">\n"_s;
        for (const UniqueConstraint &unique : table.uniques)
            out += u"<li>"_s + codeList(unique.columns) + u"</li>\n"_s;
        out += u"</ul>\n"_s;
    }
    if (!table.checks.isEmpty()) {
        out += u"<h3 id=\"checks\">"_s + escaped(HtmlDocsText::tr("Checks")) + u"</h3>\n<ul class=\"plain\">\n"_s;
        for (const CheckConstraint &check : table.checks) {
            out += u"<li>"_s;
            if (!check.name.isEmpty())
                out += escaped(check.name) + u": "_s;
            out += u"<code>"_s + escaped(check.expression) + u"</code></li>\n"_s;
        }
        out += u"</ul>\n"_s;
    }
    return out;
}

} // namespace

QString tablePageBody(const HtmlSite &site, const DocumentedPackage &package, const Table &table, const QString &diagramSvg)
{
    const QString page = site.paths.tablePage(table.name);
    const QString &packageName = package.definition.name;
    QString out = u"<h1><code>"_s + escaped(table.name) + u"</code></h1>\n<p class=\"lead\">"_s
        + escaped(HtmlDocsText::tr("A table of the package")) + u' ' + site.packageLink(page, packageName);
    const QString place = site.place(table.location);
    if (!place.isEmpty())
        out += u" · "_s + escaped(HtmlDocsText::tr("declared in")) + u" <span class=\"mono\">"_s + escaped(place) + u"</span>"_s;
    out += u"</p>\n"_s;
    if (!table.comment.isEmpty())
        out += u"<p class=\"comment\">"_s + escaped(table.comment) + u"</p>\n"_s;
    if (table.workspaceScoped)
        out += u"<p>"_s
            + escaped(HtmlDocsText::tr("Workspace-scoped: every row belongs to a workspace, through its column %1 that refers to %2.")
                          .arg(u"workspace_id"_s, site.input.project.workspaceTable))
            + u"</p>\n"_s;
    else if (table.global)
        out += u"<p>"_s + escaped(HtmlDocsText::tr("Global: shared by every workspace.")) + u"</p>\n"_s;
    else
        out += u"<p class=\"muted\">"_s + escaped(HtmlDocsText::tr("Not scoped to a workspace.")) + u"</p>\n"_s;

    out += section(u"columns"_s, HtmlDocsText::tr("Columns"));
    out += columnsSection(site, page, table);
    out += constraintsSection(table);

    out += section(u"referenced-by"_s, HtmlDocsText::tr("Referenced by"));
    const QList<IncomingReference> incoming = site.input.referencedBy.value(table.name);
    if (incoming.isEmpty()) {
        out += u"<p class=\"muted\">"_s + escaped(HtmlDocsText::tr("No documented table refers to this one.")) + u"</p>\n"_s;
    } else {
        QList<QStringList> rows;
        for (const IncomingReference &reference : incoming)
            rows.append({site.tableLink(page, reference.table, reference.column), site.packageLink(page, reference.package),
                         reference.reference.column.isEmpty() ? escaped(HtmlDocsText::tr("the primary key"))
                                                              : u"<code>"_s + escaped(reference.reference.column) + u"</code>"_s
                                                                  + referenceActions(reference.reference)});
        out += dataTable({HtmlDocsText::tr("Column"), HtmlDocsText::tr("Package"), HtmlDocsText::tr("Refers to")}, rows);
    }

    if (!diagramSvg.isEmpty()) {
        out += section(u"diagram"_s, HtmlDocsText::tr("Neighbourhood"));
        out += diagramBlock(diagramSvg);
    }
    return out;
}

} // namespace Strata
