// Core's folders are floors (docs/architecture.md, "Layers of core"): a file includes the headers of
// its own folder and of the floors below it, never of one above or beside it. This test reads every
// #include <strata/folder/File.h> line of core/ and fails on one that goes up or sideways, naming the
// file and line, on a folder of core/ that has no floor yet (a new room is placed here when it is made),
// and on a header of core included in quotes: core's headers are included as <strata/...> everywhere,
// as the programs that link the installed library include them.

#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// From the floor up. A folder may include the folders before it in this list.
const QStringList Floors{
    u"common"_s,       // values and helpers every floor uses: locations, findings, versions, logging
    u"layout"_s,       // Graphviz behind one adapter: node, cluster and edge placement (QtCore types only)
    u"json"_s,         // the JSON parser with exact positions
    u"model"_s,        // the schema: packages, tables, columns, migrations, the project's settings
    u"sql"_s,          // dialects, DDL, statement splitting, catalogs
    u"validation"_s,   // the rules one package is held to
    u"loading"_s,      // files on disk into the model (and the package rules on them)
    u"registration"_s, // packages declared in C++
    u"registry"_s,     // the project as a whole: order, effective tables, project rules, migration graph
    u"export"_s,       // reports and graphs of the registry
    u"migration"_s,    // planning and running migrations against a database
    u"diff"_s,         // the schema migrations produce, compared with the declared one
    u"docs"_s,         // the documentation a project exports (HTML, Markdown)
    u"testing"_s,      // `strata test`: packages migrated, compared, rolled back in scratch databases
    u"reload"_s,       // following the disk
};

// Every include that breaks the order, as "file:line: what".
QStringList violations(const QString &coreDir)
{
    static const QRegularExpression include(u"^\\s*#\\s*include\\s+<strata/(([^>/]+)/[^>]+)>"_s);
    static const QRegularExpression quoted(u"^\\s*#\\s*include\\s+\"([^\"]+)\""_s);
    QStringList found;
    const QDir core(coreDir);
    for (const QString &folder : core.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const qsizetype floor = Floors.indexOf(folder);
        if (floor < 0) {
            found.append(u"core/%1: a folder with no floor: add it to Floors in tests/core/tst_layers.cpp "
                         "and to docs/architecture.md"_s.arg(folder));
            continue;
        }
        QDirIterator files(core.filePath(folder), {u"*.h"_s, u"*.cpp"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                found.append(path + u": cannot be read"_s);
                continue;
            }
            int lineNumber = 0;
            while (!file.atEnd()) {
                const QString line = QString::fromUtf8(file.readLine());
                ++lineNumber;
                const QRegularExpressionMatch quotedMatch = quoted.match(line);
                if (quotedMatch.hasMatch()) {
                    found.append(u"core/%1:%2: includes \"%3\": include core's headers as <strata/%4/...>"_s
                                     .arg(core.relativeFilePath(path))
                                     .arg(lineNumber)
                                     .arg(quotedMatch.captured(1), folder));
                    continue;
                }
                const QRegularExpressionMatch match = include.match(line);
                if (!match.hasMatch())
                    continue;
                const QString target = match.captured(2);
                const qsizetype targetFloor = Floors.indexOf(target);
                if (targetFloor < 0 || targetFloor <= floor)
                    continue; // its own floor or one below (a folder outside core/ is not this test's)
                found.append(u"core/%1:%2: %3/ includes %4, a floor above it"_s.arg(core.relativeFilePath(path))
                                 .arg(lineNumber)
                                 .arg(folder, match.captured(1)));
            }
        }
    }
    found.sort();
    return found;
}

} // namespace

class TestLayers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void coreIncludesOnlyDownward()
    {
        const QStringList found = violations(Strata::Test::sourceDir() + u"/core"_s);
        QVERIFY2(found.isEmpty(), qPrintable(u"\n"_s + found.join(u'\n')));
    }

    // The check itself, on a small tree: an include up, one sideways-up and a folder with no floor
    // are each named; includes down and within a folder are not.
    void theCheckFindsWhatItShould()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto write = [&](const QString &path, const QByteArray &text) {
            QVERIFY(QDir().mkpath(QFileInfo(dir.filePath(path)).path()));
            QFile file(dir.filePath(path));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text);
        };
        write(u"model/Package.h"_s, "#include <strata/common/Diagnostic.h>\n#include <strata/model/Schema.h>\n#include <QString>\n");
        write(u"model/Schema.cpp"_s, "#include <strata/model/Schema.h>\n\n  #  include <strata/registry/Registry.h>\n");
        write(u"validation/Rules.cpp"_s, "#include <strata/loading/ProjectConfigLoader.h>\n#include <strata/sql/Dialect.h>\n");
        write(u"sql/Dialect.cpp"_s, "#include \"Dialect.h\"\n");
        write(u"attic/Old.h"_s, "#pragma once\n");
        QCOMPARE(violations(dir.path()),
                 (QStringList{u"core/attic: a folder with no floor: add it to Floors in tests/core/tst_layers.cpp "
                              "and to docs/architecture.md"_s,
                              u"core/model/Schema.cpp:3: model/ includes registry/Registry.h, a floor above it"_s,
                              u"core/sql/Dialect.cpp:1: includes \"Dialect.h\": include core's headers as <strata/sql/...>"_s,
                              u"core/validation/Rules.cpp:1: validation/ includes loading/ProjectConfigLoader.h, a floor above it"_s}));
    }
};

QTEST_GUILESS_MAIN(TestLayers)
#include "tst_layers.moc"
