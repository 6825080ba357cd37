// The Mermaid diagrams of the Markdown pages: the packages' dependency flowchart, and erDiagrams of a
// package's tables and of a table's neighbourhood, split (and saying so) when Mermaid would refuse them.
#include <strata/docs/MarkdownPages.h>
#include <strata/docs/MarkdownText.h>
#include <strata/docs/MermaidDiagram.h>

#include <QCoreApplication>
#include <QSet>

#include <functional>

using namespace Qt::StringLiterals;

namespace Strata {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Strata::MarkdownDocs)
};

QString entityStub(const QString &id, const QString &name)
{
    return u"  "_s + id + u"[\""_s + MermaidText::quoted(name) + u"\"]\n"_s;
}

// An attribute line: "    bigint owner_id FK". A name or type that is not a bare Mermaid word is
// shown as written in the attribute's comment.
QString attribute(const MarkdownSite &site, const Table &table, const Column &column, const QStringList &key)
{
    const QString type = column.type.isValid() ? site.dialect->typeName(column.type) : column.typeSpelling;
    bool typeExact = true, nameExact = true;
    QString line = u"    "_s + MermaidText::word(type, &typeExact) + u' ' + MermaidText::word(column.name, &nameExact);
    QStringList keys;
    if (key.contains(column.name))
        keys.append(u"PK"_s);
    if (column.references.isSet())
        keys.append(u"FK"_s);
    if (column.unique || (!key.contains(column.name) && table.isUniqueKey({column.name})))
        keys.append(u"UK"_s);
    if (!keys.isEmpty())
        line += u' ' + keys.join(u", "_s);
    if (!typeExact || !nameExact)
        line += u" \""_s + MermaidText::quoted(column.name + u' ' + type) + u'"';
    return line + u'\n';
}

QString entity(const MarkdownSite &site, const Table &table)
{
    const QString id = site.tableId(table.name);
    if (table.columns.isEmpty())
        return entityStub(id, table.name);
    const QStringList key = table.primaryKeyColumns();
    QString text = u"  "_s + id + u"[\""_s + MermaidText::quoted(table.name) + u"\"] {\n"_s;
    for (const Column &column : table.columns)
        text += attribute(site, table, column, key);
    return text + u"  }\n"_s;
}

// A table's node: its entity (or only its name), and a relationship per foreign key to a table that
// `drawn` accepts, written "parent ||--o{ child : column".
MermaidNode tableNode(const MarkdownSite &site, const QString &package, const Table &table, bool detailed,
                      const std::function<bool(const QString &)> &drawn)
{
    MermaidNode node;
    node.id = site.tableId(table.name);
    node.group = package;
    node.stub = entityStub(node.id, table.name);
    node.declaration = detailed ? entity(site, table) : node.stub;
    const QStringList key = table.primaryKeyColumns();
    for (const Column &column : table.columns) {
        if (!column.references.isSet() || !drawn(column.references.table))
            continue;
        const QString parent = site.tableId(column.references.table);
        // The parent side: exactly one when the column is NOT NULL, else zero or one. The child side:
        // at most one when the column is unique, else any number. Solid when the key holds it.
        const QString parentEnd = column.notNull || key.contains(column.name) ? u"||"_s : u"|o"_s;
        const bool single = column.unique || table.isUniqueKey({column.name});
        const QString childEnd = single ? u"o|"_s : u"o{"_s;
        const QString line = key.contains(column.name) ? u"--"_s : u".."_s;
        node.edges.append(u"  "_s + parent + u' ' + parentEnd + line + childEnd + u' ' + node.id + u" : \""_s
                          + MermaidText::quoted(column.name) + u"\"\n"_s);
        node.targets.append(parent);
    }
    return node;
}

// The blocks, with a word before each part when the diagram had to be split.
QString render(const QList<MermaidBlock> &blocks, const QHash<QString, QString> &namesById)
{
    QString text;
    if (blocks.size() > 1) {
        text += (blocks.first().groups.size() > 1 || blocks.first().groups != blocks.last().groups
                     ? Text::tr("This diagram would be longer than Mermaid accepts (%1 characters), so it is split by "
                                "package into the diagrams below.")
                     : Text::tr("This diagram would be longer than Mermaid accepts (%1 characters), so it is drawn in "
                                "the parts below."))
                    .arg(MermaidMaxTextSize)
            + u"\n\n"_s;
    }
    for (const MermaidBlock &block : blocks) {
        if (blocks.size() > 1) {
            const QString first = MarkdownText::inlineText(block.groups.value(0));
            QString caption;
            if (block.groups.size() > 1)
                caption = Text::tr("%1 to %2:").arg(first, MarkdownText::inlineText(block.groups.last()));
            else if (block.partCount > 1)
                caption = Text::tr("%1, part %2 of %3:").arg(first).arg(block.part).arg(block.partCount);
            else
                caption = first + u':';
            text += u"**"_s + caption + u"**\n\n"_s;
        }
        if (!block.stubbed.isEmpty()) {
            QStringList names;
            for (const QString &id : block.stubbed)
                names.append(MarkdownText::code(namesById.value(id)));
            text += Text::tr("Drawn without their columns, which alone exceed the limit: %1.").arg(names.join(u", "_s))
                + u"\n\n"_s;
        }
        text += u"```mermaid\n"_s + block.text + u"```\n\n"_s;
    }
    return text;
}

} // namespace

QString markdownPackageGraph(const MarkdownSite &site)
{
    QHash<QString, QString> ids;
    for (const DocumentedPackage &package : site.input.packages)
        ids.insert(package.definition.name, u'p' + QString::number(ids.size() + 1));
    QList<MermaidNode> nodes;
    QHash<QString, QString> names;
    for (const DocumentedPackage &package : site.input.packages) {
        MermaidNode node;
        node.id = ids.value(package.definition.name);
        node.group = package.definition.name;
        QString label = package.definition.name;
        if (!package.definition.version.isEmpty())
            label += u' ' + package.definition.version;
        node.declaration = u"  "_s + node.id + u"[\""_s + MermaidText::quoted(label) + u"\"]\n"_s;
        node.stub = u"  "_s + node.id + u"[\""_s + MermaidText::quoted(package.definition.name) + u"\"]\n"_s;
        for (const QString &dependency : package.dependencies) {
            node.edges.append(u"  "_s + node.id + u" --> "_s + ids.value(dependency) + u'\n');
            node.targets.append(ids.value(dependency));
        }
        names.insert(node.id, package.definition.name);
        nodes.append(node);
    }
    if (nodes.isEmpty())
        return Text::tr("No packages.") + u"\n\n"_s;
    return render(mermaidBlocks(u"flowchart LR\n"_s, nodes), names);
}

QString markdownPackageDiagram(const MarkdownSite &site, const DocumentedPackage &package)
{
    if (package.definition.tables.isEmpty())
        return Text::tr("No tables.") + u"\n\n"_s;
    const auto documented = [&](const QString &table) { return !site.tableId(table).isEmpty(); };
    QList<MermaidNode> nodes;
    QHash<QString, QString> names;
    QSet<QString> own;
    for (const Table &table : package.definition.tables) {
        if (own.contains(table.name))
            continue;
        own.insert(table.name);
        nodes.append(tableNode(site, package.definition.name, table, true, documented));
        names.insert(nodes.last().id, table.name);
    }
    // The tables of other packages that these reference, drawn by name only.
    QList<MermaidNode> far;
    QSet<QString> farNames;
    for (const Table &table : package.definition.tables) {
        for (const Column &column : table.columns) {
            const QString &target = column.references.table;
            if (!column.references.isSet() || own.contains(target) || farNames.contains(target) || !documented(target))
                continue;
            farNames.insert(target);
            MermaidNode node;
            node.id = site.tableId(target);
            node.group = site.input.tableOwners.value(target);
            node.stub = node.declaration = entityStub(node.id, target);
            far.append(node);
        }
    }
    return render(mermaidBlocks(u"erDiagram\n"_s, nodes, far), names);
}

QString markdownTableDiagram(const MarkdownSite &site, const Table &table)
{
    // The table in full, then by name the tables it references and those referencing it, each with
    // its foreign keys to this table: the neighbourhood, one link deep.
    const QString owner = site.input.tableOwners.value(table.name);
    QList<MermaidNode> nodes{tableNode(site, owner, table, true,
                                       [&](const QString &name) { return site.input.table(name) != nullptr; })};
    QHash<QString, QString> names{{nodes.first().id, table.name}};
    QSet<QString> placed{table.name};
    const auto place = [&](const QString &name) {
        const Table *neighbour = site.input.table(name);
        if (!neighbour || placed.contains(name))
            return;
        placed.insert(name);
        nodes.append(tableNode(site, site.input.tableOwners.value(name), *neighbour, false,
                               [&](const QString &target) { return target == table.name; }));
        names.insert(nodes.last().id, name);
    };
    for (const Column &column : table.columns) {
        if (column.references.isSet())
            place(column.references.table);
    }
    for (const IncomingReference &reference : site.input.referencedBy.value(table.name))
        place(reference.table);
    return render(mermaidBlocks(u"erDiagram\n"_s, nodes), names);
}

} // namespace Strata
