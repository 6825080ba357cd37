// Renders the realistic test schema for SQLite, runs it on a real database file and reads the
// schema back through the catalog: what the renderer writes is what SQLite keeps.

#include "CatalogTestSchema.h"
#include "TestSupport.h"

#include <strata/sql/CatalogReader.h>
#include <strata/sql/SqliteDialect.h>

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Strata;
using namespace Strata::CatalogTest;

class TestSqliteCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void schemaRoundTrip();
    void catalogDetails();
    void comparisonFindsDifferences();
    void behaviour();
    void everyKeywordAsIdentifier();
    void reservedWordsAreKeywords();

private:
    // Opens a fresh database file and runs the rendered schema on it.
    QSqlDatabase createSchema(const QList<Table> &tables);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_connection;
    int m_counter = 0;
    SqliteDialect m_dialect;
};

void TestSqliteCatalog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_connection = QStringLiteral("sqlite_catalog_%1").arg(++m_counter);
}

void TestSqliteCatalog::cleanup()
{
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
    m_dir.reset();
}

QSqlDatabase TestSqliteCatalog::createSchema(const QList<Table> &tables)
{
    QSqlDatabase db = Test::openSqlite(m_dir->filePath(QStringLiteral("catalog.db")), m_connection);
    if (!db.isOpen())
        return db;
    QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    const QString failure = execute(db, DdlRenderer(m_dialect).statements(tables));
    if (!failure.isEmpty()) {
        qWarning().noquote() << failure;
        db.close();
    }
    return db;
}

void TestSqliteCatalog::schemaRoundTrip()
{
    const QList<Table> declared = schema();
    QSqlDatabase db = createSchema(declared);
    QVERIFY(db.isOpen());

    const Result<QList<CatalogTable>> read = readCatalog(db, DialectKind::SQLite);
    QVERIFY_RESULT(read);
    const QList<CatalogTable> &catalog = *read;
    QCOMPARE(catalog.size(), declared.size());

    const QList<SchemaDifference> differences = compareCatalog(declared, catalog, m_dialect);
    QVERIFY2(differences.isEmpty(), qPrintable(describe(differences)));
}

void TestSqliteCatalog::catalogDetails()
{
    // The comparison above must not pass vacuously: look at what the catalog holds.
    QSqlDatabase db = createSchema(schema());
    QVERIFY(db.isOpen());
    const QList<CatalogTable> catalog = readCatalog(db, DialectKind::SQLite).value_or(QList<CatalogTable>{});

    // Creation order: referenced tables first, the cycle inline (SQLite allows forward keys).
    QStringList names;
    for (const CatalogTable &t : catalog)
        names.append(t.name);
    QCOMPARE(names,
             (QStringList{QStringLiteral("workspaces"), QStringLiteral("users"), QStringLiteral("memberships"),
                          QStringLiteral("crm_companies"), QStringLiteral("crm_contacts"), QStringLiteral("crm_deals"),
                          QStringLiteral("crm_deal_contacts")}));

    const CatalogTable &workspaces = catalog.at(0);
    QCOMPARE(workspaces.primaryKey, QStringList{QStringLiteral("id")});
    QCOMPARE(workspaces.column(u"id")->type, QStringLiteral("INTEGER"));
    QVERIFY(workspaces.column(u"id")->notNull); // the rowid
    QCOMPARE(workspaces.column(u"settings")->defaultValue, QStringLiteral("'{\"beta\":false,\"locale\":\"en\"}'"));
    QCOMPARE(workspaces.column(u"created_at")->defaultValue, QStringLiteral("CURRENT_TIMESTAMP"));

    const CatalogTable &companies = catalog.at(3);
    QCOMPARE(companies.column(u"revenue")->type, QStringLiteral("NUMERIC(14,2)"));
    QCOMPARE(companies.column(u"logo")->type, QStringLiteral("BLOB"));
    QCOMPARE(companies.column(u"is_active")->defaultValue, QStringLiteral("1"));
    QCOMPARE(companies.column(u"priority")->defaultValue, QStringLiteral("2 * 3"));
    QCOMPARE(companies.foreignKeys.size(), 2);
    QCOMPARE(companies.foreignKeys.at(0).referencedTable, QStringLiteral("workspaces"));
    QCOMPARE(companies.foreignKeys.at(0).onDelete, QStringLiteral("CASCADE"));
    QCOMPARE(companies.foreignKeys.at(1).columns, QStringList{QStringLiteral("primary_contact_id")});
    QCOMPARE(companies.foreignKeys.at(1).referencedTable, QStringLiteral("crm_contacts"));
    QCOMPARE(companies.foreignKeys.at(1).onDelete, QStringLiteral("SET NULL"));
    const CatalogIndex *byStatus = companies.index(u"crm_companies_by_status");
    QVERIFY(byStatus);
    QCOMPARE(byStatus->columns, (QStringList{QStringLiteral("status"), QStringLiteral("is_active")}));
    QVERIFY(companies.index(u"crm_companies_workspace_id_idx"));
    QVERIFY(companies.index(u"crm_companies_name_idx"));

    const CatalogTable &dealContacts = catalog.at(6);
    QCOMPARE(dealContacts.primaryKey, (QStringList{QStringLiteral("deal_id"), QStringLiteral("contact_id")}));
    QVERIFY(dealContacts.column(u"deal_id")->notNull);
    QVERIFY(dealContacts.column(u"order"));
    const CatalogForeignKey &toContacts = dealContacts.foreignKeys.at(1);
    QCOMPARE(toContacts.onUpdate, QStringLiteral("CASCADE"));
}

void TestSqliteCatalog::comparisonFindsDifferences()
{
    const QList<Table> declared = schema();
    QSqlDatabase db = createSchema(declared);
    QVERIFY(db.isOpen());
    const QList<CatalogTable> catalog = readCatalog(db, DialectKind::SQLite).value_or(QList<CatalogTable>{});

    // Declare something else than what the database holds, one change per kind.
    QList<Table> changed = declared;
    Table &users = changed[1];
    users.columns[2].type = *ColumnType::parse(QStringLiteral("varchar(10)")); // display_name
    users.columns[3].notNull = false; // is_admin
    users.columns[3].defaultValue.literal = true;
    users.columns.append(column(QStringLiteral("locale"), QStringLiteral("text")));
    users.indexes.append(index({QStringLiteral("display_name")}));
    Table &contacts = changed[5];
    QCOMPARE(contacts.name, QStringLiteral("crm_contacts"));
    contacts.columns[2].references.onDelete = QStringLiteral("cascade"); // company_id
    contacts.uniques.clear();
    QCOMPARE(changed.at(2).name, QStringLiteral("memberships"));
    changed.removeAt(2); // in the database, not declared

    const QList<SchemaDifference> differences = compareCatalog(changed, catalog, m_dialect);
    const QString all = describe(differences);
    using Kind = SchemaDifference::Kind;
    QVERIFY2(hasDifference(differences, Kind::ColumnType, QStringLiteral("users"), QStringLiteral("display_name")),
             qPrintable(all));
    QVERIFY2(hasDifference(differences, Kind::Nullability, QStringLiteral("users"), QStringLiteral("is_admin")),
             qPrintable(all));
    QVERIFY2(hasDifference(differences, Kind::Default, QStringLiteral("users"), QStringLiteral("is_admin")),
             qPrintable(all));
    QVERIFY2(hasDifference(differences, Kind::MissingColumn, QStringLiteral("users"), QStringLiteral("locale")),
             qPrintable(all));
    QVERIFY2(hasDifference(differences, Kind::Index, QStringLiteral("users"), QStringLiteral("users_display_name_idx")),
             qPrintable(all));
    QVERIFY2(hasDifference(differences, Kind::ForeignKey, QStringLiteral("crm_contacts"), QStringLiteral("company_id")),
             qPrintable(all));
    QVERIFY2(
        hasDifference(differences, Kind::Unique, QStringLiteral("crm_contacts"), QStringLiteral("company_id, email")),
        qPrintable(all));
    QVERIFY2(hasDifference(differences, Kind::ExtraTable, QStringLiteral("memberships"), QString()), qPrintable(all));
    QCOMPARE(differences.size(), 8);

    SchemaComparisonOptions options;
    options.ignoredTables = {QStringLiteral("memberships")};
    QCOMPARE(compareCatalog(changed, catalog, m_dialect, options).size(), 7);
}

void TestSqliteCatalog::behaviour()
{
    // The rendered schema behaves as declared: keys assigned, defaults filled, cascades run.
    QSqlDatabase db = createSchema(schema());
    QVERIFY(db.isOpen());
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("INSERT INTO workspaces (slug, name) VALUES ('acme', 'Acme')")));
    QVERIFY(q.exec(QStringLiteral("SELECT id, settings, created_at FROM workspaces")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), 1);
    QCOMPARE(q.value(1).toString(), QStringLiteral("{\"beta\":false,\"locale\":\"en\"}"));
    QVERIFY(QDateTime::fromString(q.value(2).toString(), QStringLiteral("yyyy-MM-dd HH:mm:ss")).isValid());

    QVERIFY(q.exec(QStringLiteral("INSERT INTO crm_companies (workspace_id, name) VALUES (1, 'Initech')")));
    QVERIFY(q.exec(QStringLiteral("SELECT status, is_active, code, priority FROM crm_companies")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("lead"));
    QCOMPARE(q.value(1).toInt(), 1);
    QCOMPARE(q.value(2).toString(), QStringLiteral("acme"));
    QCOMPARE(q.value(3).toInt(), 6);
    // The enum's CHECK and the named CHECK hold.
    QVERIFY(!q.exec(QStringLiteral("UPDATE crm_companies SET status = 'unknown'")));
    QVERIFY(!q.exec(QStringLiteral("UPDATE crm_companies SET revenue = -1")));
    // A key to a missing row is refused; deleting the workspace cascades.
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO crm_companies (workspace_id, name) VALUES (42, 'Nowhere')")));
    QVERIFY(q.exec(QStringLiteral("DELETE FROM workspaces")));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM crm_companies")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestSqliteCatalog::everyKeywordAsIdentifier()
{
    // Every keyword of the linked SQLite works as a table, column and index name once quoted as
    // the dialect decides, including in keys, checks and defaults.
    QSqlDatabase db = createSchema({});
    QVERIFY(db.isOpen());
    QStringList failures;
    QVERIFY(db.transaction()); // one sync for 147 tables, not one each
    for (int i = 0; i < sqlite3_keyword_count(); ++i) {
        const char *name = nullptr;
        int length = 0;
        QVERIFY(sqlite3_keyword_name(i, &name, &length) == SQLITE_OK);
        const QString word = QString::fromLatin1(name, length).toLower();
        const Table table = createTable(
            word,
            {
                column(QStringLiteral("id"), QStringLiteral("integer")).primaryKey(),
                column(word, QStringLiteral("enum"))
                    .notNull()
                    .enumValues({QStringLiteral("a")})
                    .defaultValue(QStringLiteral("a")),
                column(word + QStringLiteral("_ref"), QStringLiteral("integer")).references(word, QStringLiteral("id")),
            },
            {.indexes = {index({word, QStringLiteral("id")}, word + QStringLiteral("_ix"))},
             .uniques = {uniqueOn({QStringLiteral("id"), word})}});
        const QString failure = execute(db, DdlRenderer(m_dialect).statements({table}));
        if (!failure.isEmpty())
            failures.append(word + QStringLiteral(": ") + failure);
    }
    QVERIFY(db.commit());
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

void TestSqliteCatalog::reservedWordsAreKeywords()
{
    // The reserved list names SQLite keywords only (no typos that would quote needlessly).
    QSet<QString> keywords;
    for (int i = 0; i < sqlite3_keyword_count(); ++i) {
        const char *name = nullptr;
        int length = 0;
        sqlite3_keyword_name(i, &name, &length);
        keywords.insert(QString::fromLatin1(name, length).toLower());
    }
    for (const QString &word : m_dialect.reservedWords())
        QVERIFY2(keywords.contains(word), qPrintable(word));
}

QTEST_GUILESS_MAIN(TestSqliteCatalog)
#include "tst_sqlite_catalog.moc"
