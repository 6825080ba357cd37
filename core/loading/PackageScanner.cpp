#include <strata/loading/PackageScanner.h>

#include <strata/common/Logging.h>
#include <strata/loading/PackageLoader.h>
#include <strata/loading/ProjectConfigLoader.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

namespace Strata {

namespace {

constexpr int MaxDepth = 32;

// node_modules, .git and build folders hold no packages of the project, only copies and outputs.
bool isIgnoredFolder(const QString &name)
{
    return name.startsWith(QLatin1Char('.')) || name == u"node_modules" || name == u"build"
        || name.startsWith(u"build-") || name.startsWith(u"cmake-build") || name == u"dist";
}

// Glob -> regular expression over '/'-separated relative paths: "*" stays within one folder name,
// "**" crosses folders, "?" is one character.
QRegularExpression globToRegex(QString glob)
{
    glob = QDir::cleanPath(glob);
    if (glob.startsWith(u"./"))
        glob = glob.mid(2);
    QString pattern;
    for (qsizetype i = 0; i < glob.size(); ++i) {
        const QChar c = glob.at(i);
        if (c == u'*') {
            if (i + 1 < glob.size() && glob.at(i + 1) == u'*') {
                ++i;
                if (i + 1 < glob.size() && glob.at(i + 1) == u'/') {
                    ++i;
                    pattern += QStringLiteral("(?:.*/)?"); // "**/" matches zero or more folders
                } else {
                    pattern += QStringLiteral(".*");
                }
            } else {
                pattern += QStringLiteral("[^/]*");
            }
        } else if (c == u'?') {
            pattern += QStringLiteral("[^/]");
        } else {
            pattern += QRegularExpression::escape(QString(c));
        }
    }
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern));
}

void walk(const QString &folder, const QString &relative, int depth, const QList<QRegularExpression> &globs,
          QStringList &found, QStringList *visited, Diagnostics *problems)
{
    if (depth > MaxDepth)
        return;
    if (visited)
        visited->append(folder);
    const QFileInfo self(folder);
    if (!self.isReadable() || !self.isExecutable()) {
        // Packages inside would vanish without a word; say that the folder could not be read.
        if (problems) {
            problems->append(makeWarning(
                DiagnosticCode::FolderUnreadable,
                QCoreApplication::translate("Strata::Scanner", "cannot read the folder %1; packages in it are not loaded")
                    .arg(relative.isEmpty() ? folder : relative),
                SourceLocation{folder, 0, 0},
                QCoreApplication::translate("Strata::Scanner", "give yourself read and execute permission on it")));
        }
        return;
    }
    QDir dir(folder);
    // A database.json that is a broken or looping symbolic link still marks a package: the loader
    // reports it as unreadable instead of the package vanishing without a word.
    const QFileInfo databaseJson(folder + QStringLiteral("/database.json"));
    if (!relative.isEmpty() && (databaseJson.exists() || databaseJson.isSymLink())) {
        bool matches = globs.isEmpty();
        for (const QRegularExpression &glob : globs)
            matches = matches || glob.match(relative).hasMatch();
        if (matches)
            found.append(folder);
    }
    // Symbolic links to folders are not followed: they are how loops and duplicate copies arise.
    const QStringList children = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks | QDir::Hidden);
    for (const QString &child : children) {
        if (isIgnoredFolder(child))
            continue;
        walk(folder + QLatin1Char('/') + child, relative.isEmpty() ? child : relative + QLatin1Char('/') + child,
             depth + 1, globs, found, visited, problems);
    }
}

} // namespace

PackageScanner::PackageScanner(QObject *parent) : QObject(parent) {}

QStringList PackageScanner::discover(const ProjectConfig &project, QStringList *visitedFolders, Diagnostics *problems)
{
    QList<QRegularExpression> globs;
    for (const QString &glob : project.packageGlobs)
        globs.append(globToRegex(glob));
    QStringList found;
    walk(project.root, {}, 0, globs, found, visitedFolders, problems);
    std::sort(found.begin(), found.end());
    qCDebug(lcScanner) << "discovered" << found.size() << "packages below" << project.root;
    return found;
}

QStringList PackageScanner::discoverBelow(const ProjectConfig &project, const QString &folder,
                                          QStringList *visitedFolders, Diagnostics *problems)
{
    const QString root = QDir::cleanPath(project.root);
    const QString path = QDir::cleanPath(folder);
    if (path == root)
        return discover(project, visitedFolders, problems);
    if (!path.startsWith(root + QLatin1Char('/')) || !QFileInfo(path).isDir())
        return {};
    QList<QRegularExpression> globs;
    for (const QString &glob : project.packageGlobs)
        globs.append(globToRegex(glob));
    const QString relative = path.mid(root.size() + 1);
    QStringList found;
    walk(path, relative, int(relative.count(QLatin1Char('/'))) + 1, globs, found, visitedFolders, problems);
    std::sort(found.begin(), found.end());
    return found;
}

QList<PackageDefinition> PackageScanner::loadAll(const QStringList &folders, const ProjectConfig &project)
{
    std::function<PackageDefinition(const QString &)> load = [&project](const QString &folder) {
        return PackageLoader::load(folder, project);
    };
    return QtConcurrent::blockingMapped<QList<PackageDefinition>>(folders, load);
}

} // namespace Strata
