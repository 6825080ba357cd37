// Fuzzes a whole package load (core/loading/PackageLoader, with ProjectConfig for the dialect and
// rules): database.json, package.json, strata.json and migration files, written to a temporary
// project folder. The input is database.json; a line "==> NAME <==" starts another file, NAME
// relative to the package folder ("package.json", "migrations/0001_a.sql"), except "strata.json",
// which goes to the project root. Every finding that names one of these files points inside it at
// the line and column of its offset; tables, columns and migrations are found where they stand.

#include "FuzzSupport.h"
#include "ProjectFolder.h"

#include <strata/loading/PackageLoader.h>
#include <strata/loading/ProjectConfigLoader.h>

#include <QFileInfo>
#include <QRegularExpression>

#include <optional>

using namespace Strata;
using namespace Strata::Fuzz;

namespace {

struct InputFile
{
    QString name;
    QByteArray content;
};

// Splits the input into its files; a section with a name outside the package folder is dropped.
QList<InputFile> filesOf(const QByteArray &input)
{
    static const QRegularExpression header(QStringLiteral("^==> ([A-Za-z0-9_.-]+(?:/[A-Za-z0-9_.-]+)?) <==$"));
    QList<InputFile> files{{QStringLiteral("database.json"), {}}};
    qsizetype start = 0;
    while (start <= input.size()) {
        qsizetype end = input.indexOf('\n', start);
        const bool last = end < 0;
        if (last)
            end = input.size();
        const QByteArray line = input.mid(start, end - start);
        const QRegularExpressionMatch match =
            line.startsWith("==> ") ? header.match(QString::fromLatin1(line)) : QRegularExpressionMatch();
        if (match.hasMatch()) {
            files.append({match.captured(1), {}});
        } else {
            files.last().content += line;
            if (!last)
                files.last().content += '\n';
        }
        if (last)
            break;
        start = end + 1;
    }
    files.removeIf([](const InputFile &file) {
        return file.name.split(u'/').contains(QStringLiteral("..")) || file.name.split(u'/').contains(QStringLiteral("."));
    });
    return files;
}

void checkFinding(const Diagnostic &diagnostic, const ProjectFolder &folder)
{
    const QString what = diagnostic.code + u' ' + describe(diagnostic.location);
    FUZZ_CHECK(!diagnostic.code.isEmpty() && !diagnostic.message.isEmpty(), what);
    const QString &file = diagnostic.location.file;
    // "migrations" may name any folder ("../.."): a file the input did not write is read from disk.
    std::optional<QByteArray> content;
    if (const QByteArray *written = folder.content(file)) {
        content = *written;
    } else if (QFile onDisk(file); QFileInfo(file).isFile() && onDisk.open(QIODevice::ReadOnly)) {
        content = onDisk.readAll();
    }
    if (content) {
        const bool sql = file.endsWith(QLatin1String(".sql"));
        checkLocation(diagnostic.location, *content, sql ? ByteOrderMark::Counted : ByteOrderMark::Skipped,
                      diagnostic.code == u"sql-syntax" ? ColumnCheck::AtLeast : ColumnCheck::Exact);
    } else {
        // No file there (a missing migrations folder, an unreadable path): no range.
        FUZZ_CHECK(diagnostic.location.offset <= 0 && diagnostic.location.length == 0, what);
    }
}

void checkDefinitionLocation(const SourceLocation &location, const PackageDefinition &package,
                             const ProjectFolder &folder)
{
    FUZZ_CHECK(location.file == package.file, describe(location));
    checkLocation(location, *folder.content(package.file), ByteOrderMark::Skipped);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static ProjectFolder folder;
    folder.clear();
    const QString packageFolder = QStringLiteral("pkg");
    bool hasDatabaseJson = false;
    for (const InputFile &file : filesOf(bytes(data, size))) {
        if (file.name == u"strata.json") {
            folder.write(file.name, file.content);
        } else {
            folder.write(packageFolder + u'/' + file.name, file.content);
            hasDatabaseJson |= file.name == u"database.json";
        }
    }

    const ProjectConfig project = loadProjectConfig(folder.root());
    const PackageDefinition package = PackageLoader::load(folder.root() + u'/' + packageFolder, project);
    FUZZ_CHECK(package.directory == folder.root() + u'/' + packageFolder, package.directory);
    FUZZ_CHECK(package.file == package.directory + QStringLiteral("/database.json"), package.file);
    FUZZ_CHECK(hasDatabaseJson, QString());
    FUZZ_CHECK(!package.name.isEmpty() || countErrors(package.diagnostics) > 0, QStringLiteral("nameless, and no error says so"));
    FUZZ_CHECK(package.loaded || countErrors(package.diagnostics) > 0, QStringLiteral("not loaded, and no error says why"));
    for (const Diagnostic &diagnostic : project.diagnostics)
        checkFinding(diagnostic, folder);
    for (const Diagnostic &diagnostic : package.diagnostics) {
        FUZZ_CHECK(diagnostic.package == package.name, diagnostic.code + u' ' + diagnostic.package);
        checkFinding(diagnostic, folder);
    }
    if (!package.loaded)
        return 0;

    checkDefinitionLocation(package.location, package, folder);
    for (const Table &table : package.tables) {
        checkDefinitionLocation(table.location, package, folder);
        if (table.fields.contains(u"name"))
            checkDefinitionLocation(table.fields.value(u"name"), package, folder);
        for (const Column &column : table.columns) {
            checkDefinitionLocation(column.location, package, folder);
            if (column.fields.contains(u"type"))
                checkDefinitionLocation(column.fields.value(u"type"), package, folder);
        }
    }
    for (const Migration &migration : package.migrations) {
        FUZZ_CHECK(migration.file.startsWith(package.migrationsDir + u'/'), migration.file);
        if (const QByteArray *content = folder.content(migration.file)) {
            if (migration.upLocation.isValid())
                checkLocation(migration.upLocation, *content, ByteOrderMark::Counted);
        }
    }
    return 0;
}
