#include <strata/docs/HtmlDiagrams.h>

#include <strata/docs/HtmlDocsText.h>
#include <strata/docs/NeighbourhoodLayout.h>

#include <QSet>

using namespace Qt::StringLiterals;

namespace Strata::HtmlDiagrams {

namespace {
constexpr qsizetype MaxRows = 16;       // columns a table's box lists in a package's diagram
constexpr qsizetype MaxNeighbours = 12; // tables on each side of a neighbourhood

QString tableId(const QString &table) { return u"t:"_s + table; }

QList<DiagramRow> rowsOf(const HtmlSite &site, const Table &table, qsizetype limit, qsizetype *hidden)
{
    const QStringList key = table.primaryKeyColumns();
    QList<DiagramRow> rows;
    for (const Column &column : table.columns) {
        if (rows.size() == limit) {
            *hidden = table.columns.size() - limit;
            break;
        }
        QStringList marks;
        if (key.contains(column.name))
            marks.append(u"PK"_s);
        if (column.references.isSet())
            marks.append(u"FK"_s);
        if (column.unique && marks.isEmpty())
            marks.append(u"UQ"_s);
        rows.append({marks.join(u' '), column.name, site.dialect->typeName(column.type)});
    }
    return rows;
}

QString referenceTitle(const QString &table, const Column &column)
{
    const QString target = column.references.column.isEmpty()
        ? column.references.table
        : column.references.table + u'.' + column.references.column;
    return table + u'.' + column.name + u" → "_s + target;
}

// Foreign keys Strata added (workspace_id) are left out of the pictures: every scoped table has one
// to the workspace table, which would draw that table into every diagram. The pages list them.
bool drawn(const Column &column)
{
    return column.references.isSet() && !column.generated;
}

} // namespace

QString packageGraph(const HtmlSite &site)
{
    Diagram diagram;
    diagram.label = HtmlDocsText::tr("The packages and their dependencies");
    diagram.leftToRight = false;
    const QString page = site.paths.projectPage();
    for (const DocumentedPackage &package : site.input.packages) {
        const QString &name = package.definition.name;
        diagram.boxes.append({u"p:"_s + name, name, package.definition.version,
                              DocsPaths::relativeLink(page, site.paths.packagePage(name)), {}, u"own"_s, {}, 0});
    }
    for (const DocumentedPackage &package : site.input.packages) {
        for (const QString &dependency : package.dependencies) {
            if (site.input.package(dependency))
                diagram.edges.append({u"p:"_s + package.definition.name, u"p:"_s + dependency,
                                      package.definition.name + u" → "_s + dependency});
        }
    }
    if (diagram.boxes.isEmpty())
        return {};
    return SvgDiagram::svg(diagram, GraphLayout::run(SvgDiagram::layoutRequest(diagram)));
}

QString packageDiagram(const HtmlSite &site, const DocumentedPackage &package)
{
    const QString &name = package.definition.name;
    const QString page = site.paths.packagePage(name);
    Diagram diagram;
    diagram.label = HtmlDocsText::tr("The tables of %1 and the tables they refer to").arg(name);
    QSet<QString> clusters{name};
    diagram.clusters.append({name, name, {}});
    QSet<QString> boxes;
    for (const Table &table : package.definition.tables) {
        DiagramBox box{tableId(table.name), table.name, {}, DocsPaths::relativeLink(page, site.paths.tablePage(table.name)),
                       name, u"own"_s, {}, 0};
        box.rows = rowsOf(site, table, MaxRows, &box.hiddenRows);
        diagram.boxes.append(box);
        boxes.insert(table.name);
    }
    // The tables of other packages that these refer to, in their packages' clusters.
    for (const Table &table : package.definition.tables) {
        for (const Column &column : table.columns) {
            if (!drawn(column))
                continue;
            const QString &target = column.references.table;
            const QString owner = site.input.tableOwners.value(target);
            if (owner.isEmpty())
                continue;
            if (!boxes.contains(target)) {
                boxes.insert(target);
                if (!clusters.contains(owner)) {
                    clusters.insert(owner);
                    diagram.clusters.append({owner, owner, DocsPaths::relativeLink(page, site.paths.packagePage(owner))});
                }
                diagram.boxes.append({tableId(target), target, {}, DocsPaths::relativeLink(page, site.paths.tablePage(target)),
                                      owner, u"other"_s, {}, 0});
            }
            diagram.edges.append({tableId(table.name), tableId(target), referenceTitle(table.name, column)});
        }
    }
    if (package.definition.tables.isEmpty())
        return {};
    return SvgDiagram::svg(diagram, GraphLayout::run(SvgDiagram::layoutRequest(diagram)));
}

QString neighbourhood(const HtmlSite &site, const Table &table)
{
    const QString page = site.paths.tablePage(table.name);
    Diagram diagram;
    diagram.label = HtmlDocsText::tr("%1 and the tables one foreign key away").arg(table.name);
    DiagramBox focus{tableId(table.name), table.name, {}, {}, {}, u"focus"_s, {}, 0};
    focus.rows = rowsOf(site, table, 24, &focus.hiddenRows);
    diagram.boxes.append(focus);

    const auto neighbour = [&](const QString &name, const QString &id) {
        const QString owner = site.input.tableOwners.value(name);
        return DiagramBox{id, name, owner, DocsPaths::relativeLink(page, site.paths.tablePage(name)), {}, u"other"_s, {}, 0};
    };
    // More than MaxNeighbours on a side: one box says how many more, linking to the list.
    const auto more = [&](const QString &id, qsizetype count, const QString &anchor) {
        return DiagramBox{id, HtmlDocsText::tr("+%n more table(s)", nullptr, int(count)), {}, u'#' + anchor, {}, u"other"_s, {}, 0};
    };

    QStringList right;
    QSet<QString> placed{table.name};
    qsizetype moreRight = 0;
    for (const Column &column : table.columns) {
        if (!drawn(column) || !site.input.tableOwners.contains(column.references.table))
            continue;
        const QString &target = column.references.table;
        if (target == table.name) {
            diagram.edges.append({focus.id, focus.id, referenceTitle(table.name, column)});
            continue;
        }
        if (!placed.contains(target)) {
            if (right.size() == MaxNeighbours) {
                ++moreRight;
                continue;
            }
            placed.insert(target);
            right.append(u"out:"_s + target);
            diagram.boxes.append(neighbour(target, right.last()));
        }
        diagram.edges.append({focus.id, u"out:"_s + target, referenceTitle(table.name, column)});
    }
    if (moreRight > 0) {
        right.append(u"out:+"_s);
        diagram.boxes.append(more(right.last(), moreRight, u"columns"_s));
    }

    QStringList left;
    QSet<QString> referring;
    qsizetype moreLeft = 0;
    for (const IncomingReference &reference : site.input.referencedBy.value(table.name)) {
        if (reference.table == table.name)
            continue; // drawn above, as a loop
        const Table *from = site.input.table(reference.table);
        const Column *column = from ? from->column(reference.column) : nullptr;
        if (!column || column->generated)
            continue;
        if (!referring.contains(reference.table)) {
            if (left.size() == MaxNeighbours) {
                ++moreLeft;
                referring.insert(reference.table);
                continue;
            }
            referring.insert(reference.table);
            left.append(u"in:"_s + reference.table);
            diagram.boxes.append(neighbour(reference.table, left.last()));
        }
        if (left.contains(u"in:"_s + reference.table))
            diagram.edges.append({u"in:"_s + reference.table, focus.id, referenceTitle(reference.table, *column)});
    }
    if (moreLeft > 0) {
        left.append(u"in:+"_s);
        diagram.boxes.append(more(left.last(), moreLeft, u"referenced-by"_s));
    }
    return SvgDiagram::svg(diagram, neighbourhoodLayout(diagram, {left, {focus.id}, right}));
}

} // namespace Strata::HtmlDiagrams
