// `strata validate` and `strata migrate` on a project whose packages are partly Qt plugins (the test
// plugins of tests/plugins) and partly a database.json that depends on one of them, on SQLite.

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Strata::Test;
using namespace Qt::StringLiterals;

namespace {

QByteArray outputOf(const CliResult &result)
{
    return result.out + result.err;
}

QString builtPlugin(const QString &folder)
{
    const QDir dir(QStringLiteral(STRATA_TEST_PLUGINS_DIR) + u'/' + folder);
    const QStringList files = dir.entryList({u"*.so"_s}, QDir::Files);
    return files.isEmpty() ? QString() : dir.filePath(files.first());
}

// A package of database.json that builds on the billing plugin's invoices.
QByteArray notesPackage()
{
    return QByteArrayLiteral(R"({
  "packageName": "@plugintest/notes",
  "version": "1.0.0",
  "dependencies": {"@plugintest/billing": "^1.0.0"},
  "tables": [{"name": "invoice_notes", "workspaceScoped": true, "columns": [
    {"name": "id", "type": "bigint", "primaryKey": true},
    {"name": "invoice_id", "type": "bigint", "notNull": true, "references": {"table": "invoices"}}
  ]}]
}
)");
}

QByteArray notesMigration()
{
    return QByteArrayLiteral("-- strata:requires @plugintest/billing:0001_invoices\n-- strata:up\n"
                             "CREATE TABLE invoice_notes (id BIGINT PRIMARY KEY, invoice_id BIGINT NOT NULL "
                             "REFERENCES invoices (id), workspace_id BIGINT NOT NULL REFERENCES workspaces (id) "
                             "ON DELETE CASCADE);\n"
                             "CREATE INDEX invoice_notes_workspace_id_idx ON invoice_notes (workspace_id);\n"
                             "-- strata:down\nDROP TABLE invoice_notes;\n");
}

} // namespace

class TestCliPlugins : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_root;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_root = m_dir.path() + u"/project"_s;
        QDir(m_root).removeRecursively();
        QVERIFY(writeFile(m_root + u"/strata.json"_s,
                          "{\n  \"packages\": [\"packages/*\"],\n  \"plugins\": [\"build/plugins\"]\n}\n"));
        QVERIFY(writeFile(m_root + u"/packages/notes/database.json"_s, notesPackage()));
        QVERIFY(writeFile(m_root + u"/packages/notes/migrations/0001_notes.sql"_s, notesMigration()));
        QVERIFY(QDir().mkpath(m_root + u"/build/plugins"_s));
        for (const QString &plugin : {u"core"_s, u"billing"_s}) {
            const QString built = builtPlugin(plugin);
            QVERIFY2(!built.isEmpty(), qPrintable(plugin));
            QVERIFY(QFile::copy(built, m_root + u"/build/plugins/"_s + QFileInfo(built).fileName()));
        }
    }

    void validatePassesWithPlugins()
    {
        const CliResult result = runCli({u"-C"_s, m_root, u"validate"_s});
        QVERIFY2(result.exitCode == 0, outputOf(result).constData());
        const CliResult list = runCli({u"-C"_s, m_root, u"list"_s});
        QCOMPARE(list.exitCode, 0);
        for (const char *name : {"@plugintest/core", "@plugintest/billing", "@plugintest/notes"})
            QVERIFY2(list.out.contains(name), list.out.constData());
    }

    // A plugin of another program in the folder: validate fails, naming the file, and still checks
    // the others (the notes package finds its dependency).
    void validateReportsARefusedPlugin()
    {
        const QString foreign = builtPlugin(u"foreign"_s);
        const QString placed = m_root + u"/build/plugins/"_s + QFileInfo(foreign).fileName();
        QVERIFY(QFile::copy(foreign, placed));
        const CliResult result = runCli({u"-C"_s, m_root, u"validate"_s});
        QCOMPARE(result.exitCode, 1);
        const QString output = QString::fromUtf8(outputOf(result).constData());
        QVERIFY2(output.contains(u"plugin-wrong-interface"_s), qPrintable(output));
        QVERIFY2(output.contains(QFileInfo(foreign).fileName()), qPrintable(output));
        QVERIFY2(!output.contains(u"missing-dependency"_s), qPrintable(output));
    }

    // The plugins' migrations (SQL and C++) run in dependency order with the database.json package's.
    void migrateRunsPluginMigrations()
    {
        const CliResult result = runCli({u"-C"_s, m_root, u"migrate"_s});
        QVERIFY2(result.exitCode == 0, outputOf(result).constData());
        {
            QSqlDatabase db = openSqlite(m_root + u"/.strata/strata.db"_s, u"tst_cli_plugins"_s);
            QVERIFY(db.isOpen());
            const QStringList tables = db.tables();
            for (const QString &table : {u"workspaces"_s, u"invoices"_s, u"invoice_notes"_s})
                QVERIFY2(tables.contains(table), qPrintable(tables.join(u' ')));
            QSqlQuery query(db);
            QVERIFY(query.exec(u"SELECT name FROM workspaces WHERE id = 1"_s)); // the C++ migration's row
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toString(), u"main"_s);
            QVERIFY(query.exec(u"INSERT INTO invoices (id, total, workspace_id) VALUES (7, 100, 1)"_s));
            QVERIFY(query.exec(u"INSERT INTO invoice_notes (id, invoice_id, workspace_id) VALUES (1, 7, 1)"_s));
        }
        QSqlDatabase::removeDatabase(u"tst_cli_plugins"_s);

        const CliResult again = runCli({u"-C"_s, m_root, u"status"_s});
        QVERIFY2(again.exitCode == 0, outputOf(again).constData());
        QVERIFY2(again.out.contains("4 applied, 0 pending"), again.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliPlugins)
#include "tst_cli_plugins.moc"
