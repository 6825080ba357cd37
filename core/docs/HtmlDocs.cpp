#include <strata/docs/HtmlDocs.h>

#include <strata/docs/HtmlAssets.h>
#include <strata/docs/HtmlDiagrams.h>
#include <strata/docs/HtmlDocsText.h>
#include <strata/docs/HtmlPage.h>
#include <strata/docs/HtmlPages.h>
#include <strata/docs/SearchIndex.h>

#include <QtConcurrent/QtConcurrentMap>

#include <numeric>
#include <vector>

using namespace Qt::StringLiterals;

namespace Strata {

namespace {
// One page to write. Packages come each before its tables, so that while one thread waits for
// Graphviz (a package's diagram; one layout at a time in a process) the others write table pages,
// whose diagrams need no Graphviz.
struct PageJob
{
    const DocumentedPackage *package = nullptr; // null: the project page
    const Table *table = nullptr;               // null: the package page
};

// Pages are written in parallel, in batches of this many: between batches the progress is reported
// and a cancel is honoured, on the calling thread.
constexpr qsizetype Batch = 64;

QString pageTitle(const PageJob &job, const DocsInput &input)
{
    if (!job.package)
        return input.projectName;
    return job.table ? job.table->name : job.package->definition.name;
}

DocsFile writePage(const HtmlSite &site, const PageJob &job)
{
    const DocsInput &input = site.input;
    HtmlPageFrame frame;
    frame.projectName = input.projectName;
    frame.title = pageTitle(job, input);
    if (!job.package) {
        frame.page = site.paths.projectPage();
        return {frame.page, htmlPage(frame, projectPageBody(site, HtmlDiagrams::packageGraph(site)))};
    }
    const QString &packageName = job.package->definition.name;
    frame.crumbs.append({input.projectName, site.paths.projectPage()});
    if (!job.table) {
        frame.page = site.paths.packagePage(packageName);
        frame.crumbs.append({packageName, {}});
        return {frame.page,
                htmlPage(frame, packagePageBody(site, *job.package, HtmlDiagrams::packageDiagram(site, *job.package)))};
    }
    frame.page = site.paths.tablePage(job.table->name);
    frame.crumbs.append({packageName, site.paths.packagePage(packageName)});
    frame.crumbs.append({job.table->name, {}});
    return {frame.page, htmlPage(frame, tablePageBody(site, *job.package, *job.table,
                                                      HtmlDiagrams::neighbourhood(site, *job.table)))};
}

SearchIndex searchIndexOf(const HtmlSite &site)
{
    SearchIndex index;
    for (const DocumentedPackage &package : site.input.packages)
        index.addPackage(package.definition.name, site.paths.packagePage(package.definition.name), package.definition.version);
    for (const DocumentedPackage &package : site.input.packages) {
        for (const Table &table : package.definition.tables) {
            if (site.input.tableOwners.value(table.name) != package.definition.name)
                continue;
            const QString page = site.paths.tablePage(table.name);
            index.addTable(table.name, page, package.definition.name);
            for (const Column &column : table.columns)
                index.addColumn(column.name, page + u'#' + columnAnchor(column.name), table.name);
        }
    }
    return index;
}

} // namespace

Result<DocsSite> buildHtmlDocs(const DocsInput &input, const DocsOptions &options, const DocsProgress &progress)
{
    const HtmlSite site(input, options.dialect);
    QList<PageJob> jobs{PageJob{}};
    for (const DocumentedPackage &package : input.packages) {
        jobs.append({&package, nullptr});
        for (const Table &table : package.definition.tables) {
            // A table name declared by two packages (an error the pages list) gets one page: its owner's.
            if (input.tableOwners.value(table.name) == package.definition.name)
                jobs.append({&package, &table});
        }
    }

    const qsizetype total = jobs.size() + 1; // the pages, then the assets
    QList<DocsFile> pages(jobs.size());
    for (qsizetype start = 0; start < jobs.size(); start += Batch) {
        if (progress && !progress(start, total))
            return failure(HtmlDocsText::tr("The documentation was cancelled."));
        std::vector<qsizetype> batch(std::min(Batch, jobs.size() - start));
        std::iota(batch.begin(), batch.end(), start);
        QtConcurrent::blockingMap(batch, [&](qsizetype i) { pages[i] = writePage(site, jobs.at(i)); });
    }
    if (progress && !progress(jobs.size(), total))
        return failure(HtmlDocsText::tr("The documentation was cancelled."));

    DocsSite result;
    for (DocsFile &page : pages)
        result.add(page.path, page.content);
    result.add(QString::fromLatin1(HtmlAssets::StylePath), HtmlAssets::styleSheet());
    result.add(QString::fromLatin1(HtmlAssets::ScriptPath), HtmlAssets::searchScript());
    result.add(QString::fromLatin1(SearchIndex::Path), searchIndexOf(site).script());
    result.sort();
    if (progress)
        progress(total, total);
    return result;
}

} // namespace Strata
