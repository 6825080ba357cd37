// Package plugins (core/registration/PluginLoader, docs/plugins.md): the plugins of tests/plugins, built
// by this tree's CMake with strata_add_package_plugin, in a project whose strata.json lists their
// folder. Loaded through discoverAndRegister (as the CLI does) and through ProjectReloader (as the
// workbench does), which also reloads a plugin whose file is rebuilt.

#include "TestSupport.h"
#include <strata/common/DiagnosticCodes.h>
#include <strata/registry/ProjectLoading.h>
#include <strata/registry/Registry.h>
#include <strata/reload/ProjectReloader.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Strata;
using namespace Strata::Test;
using namespace Qt::StringLiterals;

namespace {

// A test plugin's file, as tests/plugins/CMakeLists.txt builds it (each in a folder named after its case).
QString builtPlugin(const QString &folder)
{
    const QDir dir(QStringLiteral(STRATA_TEST_PLUGINS_DIR) + u'/' + folder);
    const QStringList files = dir.entryList(QDir::Files);
    for (const QString &file : files) {
        if (file.endsWith(u".so"_s))
            return dir.filePath(file);
    }
    return {};
}

QString errorsOf(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics) {
        if (d.severity == Severity::Error)
            lines.append(d.code + u": "_s + d.message);
    }
    return lines.join(u'\n');
}

const Diagnostic *findCode(const Diagnostics &diagnostics, DiagnosticCode code)
{
    for (const Diagnostic &d : diagnostics) {
        if (d.hasCode(code))
            return &d;
    }
    return nullptr;
}

QStringList tableNames(const QList<Table> &tables)
{
    QStringList names;
    for (const Table &table : tables)
        names.append(table.name);
    return names;
}

} // namespace

class TestPlugins : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_root;

    // The project: strata.json listing `folders`, no database.json package.
    void writeProject(const QStringList &folders)
    {
        QStringList quoted;
        for (const QString &folder : folders)
            quoted.append(u'"' + folder + u'"');
        QVERIFY(writeFile(m_root + u"/strata.json"_s,
                          (u"{\n  \"plugins\": ["_s + quoted.join(u", "_s) + u"]\n}\n"_s).toUtf8()));
    }

    // Copies a built plugin into a plugins folder of the project; returns its path there.
    QString install(const QString &builtFolder, const QString &pluginsFolder)
    {
        const QString built = builtPlugin(builtFolder);
        if (built.isEmpty())
            return {};
        QDir().mkpath(m_root + u'/' + pluginsFolder);
        const QString target = m_root + u'/' + pluginsFolder + u'/' + QFileInfo(built).fileName();
        QFile::remove(target);
        return QFile::copy(built, target) ? target : QString();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_root = m_dir.path() + u"/project"_s;
        QDir(m_root).removeRecursively();
        QVERIFY(QDir().mkpath(m_root));
    }

    // Two plugins, one depending on the other: both load, the dependency resolves, the workspace
    // column is added as for any package, and the migrations (SQL and C++) are the project's.
    void loadsPluginsThatDependOnEachOther()
    {
        writeProject({u"build/plugins"_s});
        const QString core = install(u"core"_s, u"build/plugins"_s);
        const QString billing = install(u"billing"_s, u"build/plugins"_s);
        QVERIFY(!core.isEmpty() && !billing.isEmpty());

        Registry registry;
        QCOMPARE(discoverAndRegister(m_root, registry), 2);
        QCOMPARE(registry.packageNames(), (QStringList{u"@plugintest/core"_s, u"@plugintest/billing"_s}));
        QVERIFY2(errorsOf(registry.diagnostics()).isEmpty(), qPrintable(errorsOf(registry.diagnostics())));
        const PackageDefinition *package = registry.package(u"@plugintest/billing");
        QVERIFY(package);
        QCOMPARE(package->pluginFile, billing);
        QCOMPARE(package->version, u"1.0.0"_s);
        QVERIFY(registry.dependsOn(u"@plugintest/billing"_s, u"@plugintest/core"_s));
        const QList<Table> tables = registry.effectiveTables(u"@plugintest/billing"_s);
        QCOMPARE(tableNames(tables), QStringList{u"invoices"_s});
        QVERIFY(tables.first().column(u"workspace_id"));
        QCOMPARE(package->migrations.size(), 2);
        QVERIFY(package->migrations.at(1).up.isCallable());
        QVERIFY(registry.packageByKey(billing));
        QCOMPARE(registry.packageByKey(billing)->name, u"@plugintest/billing"_s);
    }

    // Whatever is wrong with a plugin is a finding with the file's path, and the good plugin in the
    // other folder loads all the same.
    void refusedPlugins_data()
    {
        QTest::addColumn<QString>("builtFolder"); // empty: `junk` is written as the library instead
        QTest::addColumn<QByteArray>("junk");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("messagePart");

        QTest::newRow("another program's plugin")
            << u"foreign"_s << QByteArray() << int(DiagnosticCode::PluginWrongInterface)
            << u"org.example.ImageFilter/1"_s;
        QTest::newRow("an older interface version")
            << u"oldinterface"_s << QByteArray() << int(DiagnosticCode::PluginWrongInterface)
            << u"org.strata.PackagePlugin/0"_s;
        QTest::newRow("text named like a library")
            << QString() << QByteArray("not a library\n") << int(DiagnosticCode::PluginNotLoadable) << u"no Qt plugin"_s;
        QTest::newRow("an empty file")
            << QString() << QByteArray() << int(DiagnosticCode::PluginNotLoadable) << u"no Qt plugin"_s;
    }

    void refusedPlugins()
    {
        QFETCH(QString, builtFolder);
        QFETCH(QByteArray, junk);
        QFETCH(int, code);
        QFETCH(QString, messagePart);
        writeProject({u"good"_s, u"bad"_s});
        QVERIFY(!install(u"core"_s, u"good"_s).isEmpty());
        QString bad;
        if (builtFolder.isEmpty()) {
            bad = m_root + u"/bad/libjunk.so"_s;
            QVERIFY(writeFile(bad, junk));
        } else {
            bad = install(builtFolder, u"bad"_s);
            QVERIFY(!bad.isEmpty());
        }

        Registry registry;
        QCOMPARE(discoverAndRegister(m_root, registry), 1);
        QVERIFY(registry.package(u"@plugintest/core"));
        const Diagnostic *finding = findCode(registry.diagnostics(), DiagnosticCode(code));
        QVERIFY2(finding, qPrintable(errorsOf(registry.diagnostics())));
        QCOMPARE(finding->severity, Severity::Error);
        QCOMPARE(finding->location.file, bad);
        QVERIFY2(finding->message.contains(bad), qPrintable(finding->message));
        QVERIFY2(finding->message.contains(messagePart), qPrintable(finding->message));
        QVERIFY(!finding->help.isEmpty());
    }

    // A plugins folder that is not there: a finding at its entry in strata.json.
    void missingFolder()
    {
        writeProject({u"good"_s, u"build/missing"_s});
        QVERIFY(!install(u"core"_s, u"good"_s).isEmpty());
        Registry registry;
        QCOMPARE(discoverAndRegister(m_root, registry), 1);
        const Diagnostic *finding = findCode(registry.diagnostics(), DiagnosticCode::PluginFolderMissing);
        QVERIFY2(finding, qPrintable(errorsOf(registry.diagnostics())));
        QCOMPARE(finding->location.file, m_root + u"/strata.json"_s);
        QCOMPARE(finding->location.line, 2);
        QCOMPARE(finding->location.column, 23); // the second entry, "build/missing"
        QVERIFY2(finding->message.contains(m_root + u"/build/missing"_s), qPrintable(finding->message));
    }

    // Metadata that says another name and version than the code registers: the package is loaded as
    // registered, with a finding that names both.
    void metadataDisagreeingWithTheCode()
    {
        writeProject({u"plugins"_s});
        const QString path = install(u"mismatch"_s, u"plugins"_s);
        QVERIFY(!path.isEmpty());
        Registry registry;
        QCOMPARE(discoverAndRegister(m_root, registry), 1);
        QVERIFY(registry.package(u"@plugintest/core"));
        const Diagnostic *finding = findCode(registry.diagnostics(), DiagnosticCode::PluginMetadataMismatch);
        QVERIFY2(finding, qPrintable(errorsOf(registry.diagnostics())));
        QCOMPARE(finding->location.file, path);
        QCOMPARE(finding->package, u"@plugintest/core"_s);
        QVERIFY2(finding->message.contains(u"packageName \"@plugintest/renamed\" (the code registers \"@plugintest/core\")"_s),
                 qPrintable(finding->message));
        QVERIFY2(finding->message.contains(u"version \"2.0.0\""_s), qPrintable(finding->message));
        QVERIFY2(!finding->message.contains(u"dependencies"_s), qPrintable(finding->message));
    }

    // The workbench's reloader shows plugin packages like the others, and when a plugin's file is
    // rebuilt (a new file renamed over it, as linkers write) it loads the new build: the same path,
    // which the dynamic loader would hand back as the old library without the private copy.
    void reloadsARebuiltPlugin()
    {
        writeProject({u"plugins"_s});
        // A package folder too: with one, a change is read incrementally rather than as a full reload.
        QVERIFY(writeFile(m_root + u"/local/database.json"_s,
                          R"({"packageName": "@plugintest/local", "version": "1.0.0", "tables": [
                              {"name": "settings", "global": true,
                               "columns": [{"name": "id", "type": "bigint", "primaryKey": true}]}]})"));
        QVERIFY(!install(u"core"_s, u"plugins"_s).isEmpty());
        const QString billing = install(u"billing"_s, u"plugins"_s);
        QVERIFY(!billing.isEmpty());

        Registry registry;
        ProjectReloader reloader(registry);
        reloader.watcher().setDebounce(50);
        reloader.open(m_root);
        reloader.waitForIdle();
        QVERIFY(registry.package(u"@plugintest/billing"));
        QCOMPARE(tableNames(registry.effectiveTables(u"@plugintest/billing"_s)), QStringList{u"invoices"_s});
        QTRY_VERIFY(!reloader.watcher().isBusy());

        QSignalSpy reloaded(&reloader, &ProjectReloader::reloaded);
        const QString rebuilt = billing + u".new"_s;
        QVERIFY(QFile::copy(builtPlugin(u"billing_v2"_s), rebuilt));
        QVERIFY(::rename(QFile::encodeName(rebuilt).constData(), QFile::encodeName(billing).constData()) == 0);
        QTRY_VERIFY_WITH_TIMEOUT(registry.package(u"@plugintest/billing")
                                     && registry.package(u"@plugintest/billing")->version == u"1.1.0"_s,
                                 10000);
        reloader.waitForIdle();
        QCOMPARE(tableNames(registry.effectiveTables(u"@plugintest/billing"_s)),
                 (QStringList{u"invoices"_s, u"payments"_s}));
        QVERIFY2(errorsOf(registry.diagnostics()).isEmpty(), qPrintable(errorsOf(registry.diagnostics())));
        QVERIFY(!reloaded.isEmpty());
        QVERIFY(!reloaded.first().first().value<ReloadSummary>().fullReload);
        QString said;
        for (const QList<QVariant> &signal : std::as_const(reloaded))
            said += signal.first().value<ReloadSummary>().toText();
        QVERIFY2(said.contains(u"payments"_s), qPrintable(said));

        // Written in place this time, as `cp` does: the process runs its private copy, so the old
        // build's code is untouched, and the first build comes back.
        reloaded.clear();
        QVERIFY(writeFile(billing, readFile(builtPlugin(u"billing"_s))));
        QTRY_VERIFY_WITH_TIMEOUT(registry.package(u"@plugintest/billing")
                                     && registry.package(u"@plugintest/billing")->version == u"1.0.0"_s,
                                 10000);
        reloader.waitForIdle();
        QCOMPARE(tableNames(registry.effectiveTables(u"@plugintest/billing"_s)), QStringList{u"invoices"_s});

        // A plugin removed is a package removed.
        QVERIFY(QFile::remove(billing));
        QTRY_VERIFY_WITH_TIMEOUT(!registry.package(u"@plugintest/billing"), 10000);
        QVERIFY(registry.package(u"@plugintest/core"));
    }
};

QTEST_GUILESS_MAIN(TestPlugins)
#include "tst_plugins.moc"
