// write_docs_site OUT: the site the browser test (tests/web/docs.mjs) opens. Writes the documentation
// test project (tests/support/DocsTestProject.h: examples/ plus a package with hostile comments) to
// OUT/project and its HTML documentation to OUT/site, both made afresh. ctest runs it as the setup of
// the `web_docs` fixture.
#include "DocsTestProject.h"

#include <strata/docs/Docs.h>
#include <strata/registry/ProjectLoading.h>
#include <strata/registry/Registry.h>

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (app.arguments().size() != 2) {
        std::fprintf(stderr, "usage: write_docs_site OUT\n");
        return 2;
    }
    QDir out(app.arguments().at(1));
    if (out.exists() && !out.removeRecursively()) {
        std::fprintf(stderr, "cannot empty %s\n", qPrintable(out.path()));
        return 1;
    }
    const QString project = Strata::Test::writeDocsTestProject(out.filePath(QStringLiteral("project")));
    if (project.isEmpty())
        return 1;
    Strata::Registry registry;
    Strata::discoverAndRegister(project, registry);
    const Strata::Result<Strata::DocsSite> site = Strata::buildDocs(Strata::DocsInput::of(registry), {});
    if (!site) {
        std::fprintf(stderr, "buildDocs failed: %s\n", qPrintable(site.errorMessage()));
        return 1;
    }
    const auto written = Strata::writeDocsSite(out.filePath(QStringLiteral("site")), *site);
    if (!written) {
        std::fprintf(stderr, "writeDocsSite failed: %s\n", qPrintable(written.errorMessage()));
        return 1;
    }
    std::printf("%lld files in %s\n", qlonglong(written->written.size()), qPrintable(out.filePath(QStringLiteral("site"))));
    return 0;
}
