// strata-workbench-screenshots PROJECT OUTDIR [SUFFIX]: renders the workbench's main views to PNG
// files (docs/screenshots, via scripts/screenshots.sh). Not installed.
#include "Application.h"
#include "MainWindow.h"
#include "models/PackageTreeModel.h"
#include "panels/PackagesPanel.h"
#include "project/ProjectSession.h"
#include "registry/Registry.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QTimer>
#include <QTreeView>

using namespace Strata::Ui;

namespace {

void settle()
{
    // Let layouts, deferred resizes and icon rendering run before grabbing.
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QEventLoop loop;
        QTimer::singleShot(40, &loop, &QEventLoop::quit);
        loop.exec();
    }
}

bool save(QWidget *window, const QString &dir, const QString &name, const QString &suffix)
{
    settle();
    const QString path = dir + QLatin1Char('/') + name + suffix + QStringLiteral(".png");
    const bool ok = window->grab().save(path);
    qInfo("%s %s", ok ? "wrote" : "could not write", qPrintable(path));
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationVersion(QStringLiteral(STRATA_VERSION));
    setUpApplication(app);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        qWarning("usage: strata-workbench-screenshots PROJECT OUTDIR [SUFFIX]");
        return 2;
    }
    const QString project = args.at(1);
    const QString out = args.at(2);
    const QString suffix = args.value(3);
    QDir().mkpath(out);

    MainWindow window;
    window.resize(1360, 820);
    window.show();
    bool ok = true;
    if (suffix.isEmpty()) {
        window.openInitialProject({});
        ok &= save(&window, out, QStringLiteral("welcome"), suffix);
    }

    QEventLoop loading;
    QObject::connect(window.session(), &ProjectSession::loaded, &loading, &QEventLoop::quit);
    QObject::connect(window.session(), &ProjectSession::loadFailed, &loading, [&] { loading.exit(1); });
    window.openProject(project);
    if (loading.exec() != 0)
        return 1;
    ok &= save(&window, out, QStringLiteral("project"), suffix);

    // The package with the most dependencies, and its first table: the richest pages.
    const Strata::Registry &registry = *window.session()->registry();
    const Strata::PackageDefinition &package = registry.packages().constLast();
    window.packagesPanel()->selectItem(package.name);
    ok &= save(&window, out, QStringLiteral("package"), suffix);
    const QList<Strata::Table> tables = registry.effectiveTables(package.name);
    if (!tables.isEmpty()) {
        window.packagesPanel()->selectItem(package.name, tables.constLast().name);
        window.packagesPanel()->view()->expand(window.packagesPanel()->view()->currentIndex());
        ok &= save(&window, out, QStringLiteral("table"), suffix);
    }
    return ok ? 0 : 1;
}
