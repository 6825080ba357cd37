// tables/<slug>.md: a table's columns, keys, indexes and constraints, what points at it, and its
// neighbourhood.
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

QString codeList(const QStringList &names, bool inTable)
{
    QStringList codes;
    for (const QString &name : names)
        codes.append(MarkdownText::code(name, inTable));
    return codes.join(u", "_s);
}

// "on delete cascade, on update restrict", as declared (empty: the database's default, no action).
QString actions(const ColumnReference &reference)
{
    QStringList parts;
    if (!reference.onDelete.isEmpty())
        parts.append(Text::tr("on delete %1").arg(reference.onDelete));
    if (!reference.onUpdate.isEmpty())
        parts.append(Text::tr("on update %1").arg(reference.onUpdate));
    return parts.join(u", "_s);
}

// The referenced column: as declared, else the referenced table's single-column key.
QString referencedColumn(const MarkdownSite &site, const ColumnReference &reference)
{
    if (!reference.column.isEmpty())
        return reference.column;
    const Table *target = site.input.table(reference.table);
    return target ? target->primaryKeyColumns().value(0) : QString();
}

QString referenceCell(const MarkdownSite &site, const QString &from, const Column &column)
{
    if (!column.references.isSet())
        return u" "_s;
    QString text = site.tableLink(from, column.references.table);
    const QString target = referencedColumn(site, column.references);
    if (!target.isEmpty())
        text += u'.' + MarkdownText::code(target, true);
    const QString how = actions(column.references);
    if (!how.isEmpty())
        text += u"<br>"_s + MarkdownText::cell(how);
    return text;
}

QString columnsTable(const MarkdownSite &site, const QString &from, const Table &table)
{
    const QStringList key = table.primaryKeyColumns();
    QList<QStringList> rows;
    for (const Column &column : table.columns) {
        const QString type = column.type.isValid() ? site.dialect->typeName(column.type) : column.typeSpelling;
        QStringList keys;
        if (key.contains(column.name))
            keys.append(Text::tr("PK"));
        if (column.unique || (table.isUniqueKey({column.name}) && !key.contains(column.name)))
            keys.append(Text::tr("unique"));
        if (column.references.isSet())
            keys.append(Text::tr("FK"));
        const bool nullable = !column.notNull && !key.contains(column.name);
        QString comment = MarkdownText::cell(column.comment);
        if (column.generated)
            comment = Text::tr("Added by Strata: the workspace the row belongs to.");
        if (column.type.kind == TypeKind::Enum) {
            const QString values = Text::tr("One of %1.").arg(codeList(column.type.enumValues, true));
            comment = comment.trimmed().isEmpty() ? values : comment + u"<br>"_s + values;
        }
        const QString defaultSql = site.dialect->defaultExpression(column);
        rows.append({MarkdownText::code(column.name, true), MarkdownText::code(type, true),
                     nullable ? Text::tr("yes") : Text::tr("no"),
                     defaultSql.isEmpty() ? u" "_s : MarkdownText::code(defaultSql, true),
                     keys.isEmpty() ? u" "_s : keys.join(u", "_s), referenceCell(site, from, column),
                     comment.isEmpty() ? u" "_s : comment});
    }
    QString text = MarkdownText::table({Text::tr("Column"), Text::tr("Type"), Text::tr("Null"), Text::tr("Default"),
                                        Text::tr("Key"), Text::tr("References"), Text::tr("Comment")},
                                       rows);
    if (key.size() > 1)
        text += u'\n' + Text::tr("Primary key: %1.").arg(codeList(key, false)) + u'\n';
    else if (key.isEmpty())
        text += u'\n' + Text::tr("No primary key.") + u'\n';
    return text;
}

QString indexesTable(const Table &table)
{
    QList<QStringList> rows;
    for (const Index &index : table.indexes) {
        const QString name = index.name.isEmpty() ? table.name + u'_' + index.columns.join(u'_') + u"_idx"_s : index.name;
        QString note = index.unique ? Text::tr("unique") : QString();
        if (index.generated)
            note = Text::tr("added by Strata");
        rows.append({MarkdownText::code(name, true), codeList(index.columns, true), note.isEmpty() ? u" "_s : note});
    }
    return MarkdownText::table({Text::tr("Index"), Text::tr("Columns"), Text::tr("Note")}, rows);
}

QString constraints(const Table &table)
{
    QString text;
    if (!table.uniques.isEmpty()) {
        text += u"### "_s + Text::tr("Unique") + u"\n\n"_s;
        for (const UniqueConstraint &unique : table.uniques)
            text += u"- "_s + codeList(unique.columns, false) + u'\n';
        text += u'\n';
    }
    if (!table.checks.isEmpty()) {
        text += u"### "_s + Text::tr("Checks") + u"\n\n"_s;
        QList<QStringList> rows;
        for (const CheckConstraint &check : table.checks) {
            rows.append({check.name.isEmpty() ? u" "_s : MarkdownText::code(check.name, true),
                         MarkdownText::code(check.expression, true)});
        }
        text += MarkdownText::table({Text::tr("Name"), Text::tr("Expression")}, rows) + u'\n';
    }
    return text;
}

QString referencedByTable(const MarkdownSite &site, const QString &from, const Table &table)
{
    const QList<IncomingReference> incoming = site.input.referencedBy.value(table.name);
    if (incoming.isEmpty())
        return Text::tr("No documented table references this one.") + u'\n';
    QList<QStringList> rows;
    for (const IncomingReference &reference : incoming) {
        const QString how = actions(reference.reference);
        rows.append({site.tableLink(from, reference.table), MarkdownText::code(reference.column, true),
                     site.packageLink(from, reference.package), how.isEmpty() ? u" "_s : MarkdownText::cell(how)});
    }
    return MarkdownText::table({Text::tr("Table"), Text::tr("Column"), Text::tr("Package"), Text::tr("Actions")}, rows);
}

QString scoping(const MarkdownSite &site, const QString &from, const Table &table)
{
    if (table.workspaceScoped) {
        return Text::tr("Workspace-scoped: every row belongs to one workspace (column %1, referencing %2).")
            .arg(MarkdownText::code(u"workspace_id"_s), site.tableLink(from, site.input.project.workspaceTable));
    }
    if (table.global)
        return Text::tr("Global: shared by every workspace (exempt from the workspace rule).");
    return Text::tr("Not workspace-scoped.");
}

} // namespace

QString markdownTablePage(const MarkdownSite &site, const DocumentedPackage &package, const Table &table)
{
    const QString from = site.paths.tablePage(table.name);
    QString page = u"# "_s + MarkdownText::inlineText(table.name) + u"\n\n"_s;
    QStringList facts{Text::tr("Table of %1.").arg(site.packageLink(from, package.definition.name))};
    const QString declared = site.where(table.location);
    if (!declared.isEmpty())
        facts.append(Text::tr("Declared in %1.").arg(declared));
    if (!table.renamedFrom.isEmpty())
        facts.append(Text::tr("Formerly %1.").arg(MarkdownText::code(table.renamedFrom)));
    page += facts.join(u' ') + u"\n\n"_s;
    if (!table.comment.trimmed().isEmpty())
        page += MarkdownText::paragraphs(table.comment) + u"\n\n"_s;
    page += scoping(site, from, table) + u"\n\n"_s;
    page += u"## "_s + Text::tr("Columns") + u"\n\n"_s + columnsTable(site, from, table) + u'\n';
    if (!table.indexes.isEmpty())
        page += u"## "_s + Text::tr("Indexes") + u"\n\n"_s + indexesTable(table) + u'\n';
    const QString constraintText = constraints(table);
    if (!constraintText.isEmpty())
        page += u"## "_s + Text::tr("Constraints") + u"\n\n"_s + constraintText;
    page += u"## "_s + Text::tr("Referenced by") + u"\n\n"_s + referencedByTable(site, from, table) + u'\n';
    page += u"## "_s + Text::tr("Diagram") + u"\n\n"_s + markdownTableDiagram(site, table);
    return page;
}

} // namespace Strata
