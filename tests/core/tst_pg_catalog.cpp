// Renders the realistic test schema for PostgreSQL, runs it on a fresh database of the test
// server and reads the schema back through the system catalogs.

#include "CatalogTestSchema.h"
#include "TestSupport.h"

#include <strata/sql/CatalogReader.h>
#include <strata/sql/PostgresDialect.h>

#include <QSqlQuery>
#include <QTest>

using namespace Strata;
using namespace Strata::CatalogTest;

class TestPgCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void schemaRoundTrip();
    void catalogDetails();
    void comparisonFindsDifferences();
    void behaviour();
    void reservedWordsMatchServer();
    void everyKeywordAsIdentifier();

private:
    // Opens a fresh database and runs the rendered schema on it.
    QSqlDatabase createSchema(const QList<Table> &tables);

    QString m_connection;
    int m_counter = 0;
    PostgresDialect m_dialect;
};

void TestPgCatalog::init()
{
    m_connection = QStringLiteral("pg_catalog_%1").arg(++m_counter);
}

void TestPgCatalog::cleanup()
{
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase TestPgCatalog::createSchema(const QList<Table> &tables)
{
    QString error;
    const QString url = Test::createPostgresDatabase(QStringLiteral("catalog"), &error);
    if (url.isEmpty()) {
        qWarning().noquote() << "no PostgreSQL database:" << error;
        return {};
    }
    QSqlDatabase db = Test::openPostgres(url, m_connection);
    if (!db.isOpen()) {
        qWarning().noquote() << db.lastError().text();
        return db;
    }
    const QString failure = execute(db, DdlRenderer(m_dialect).statements(tables));
    if (!failure.isEmpty()) {
        qWarning().noquote() << failure;
        db.close();
    }
    return db;
}

void TestPgCatalog::schemaRoundTrip()
{
    const QList<Table> declared = schema();
    QSqlDatabase db = createSchema(declared);
    QVERIFY(db.isOpen());

    const Result<QList<CatalogTable>> read = readCatalog(db, DialectKind::PostgreSQL);
    QVERIFY_RESULT(read);
    const QList<CatalogTable> &catalog = *read;
    QCOMPARE(catalog.size(), declared.size());

    const QList<SchemaDifference> differences = compareCatalog(declared, catalog, m_dialect);
    QVERIFY2(differences.isEmpty(), qPrintable(describe(differences)));
}

void TestPgCatalog::catalogDetails()
{
    QSqlDatabase db = createSchema(schema());
    QVERIFY(db.isOpen());
    const QList<CatalogTable> catalog = readCatalog(db, DialectKind::PostgreSQL).value_or(QList<CatalogTable>{});

    QStringList names;
    for (const CatalogTable &t : catalog)
        names.append(t.name);
    // Creation order: referenced tables first; the companies/contacts cycle closed by ALTER TABLE.
    QCOMPARE(names,
             (QStringList{QStringLiteral("workspaces"), QStringLiteral("users"), QStringLiteral("memberships"),
                          QStringLiteral("crm_companies"), QStringLiteral("crm_contacts"), QStringLiteral("crm_deals"),
                          QStringLiteral("crm_deal_contacts")}));

    const CatalogTable &workspaces = catalog.at(0);
    QCOMPARE(workspaces.primaryKey, QStringList{QStringLiteral("id")});
    QCOMPARE(workspaces.column(u"id")->type, QStringLiteral("bigint"));
    QVERIFY(workspaces.column(u"id")->defaultValue.startsWith(QLatin1String("nextval(")));
    QCOMPARE(workspaces.column(u"settings")->type, QStringLiteral("jsonb"));
    QCOMPARE(workspaces.column(u"created_at")->type, QStringLiteral("timestamp with time zone"));
    QCOMPARE(workspaces.column(u"created_at")->defaultValue, QStringLiteral("CURRENT_TIMESTAMP"));
    QCOMPARE(workspaces.comment, QStringLiteral("Tenants; every scoped row belongs to one."));
    QCOMPARE(workspaces.column(u"name")->comment, QStringLiteral("Shown in the workspace switcher."));

    const CatalogTable &companies = catalog.at(3);
    QCOMPARE(companies.column(u"vat_number")->type, QStringLiteral("character(14)"));
    QCOMPARE(companies.column(u"score")->type, QStringLiteral("double precision"));
    QCOMPARE(companies.column(u"logo")->type, QStringLiteral("bytea"));
    QCOMPARE(companies.column(u"search")->type, QStringLiteral("tsvector"));
    QCOMPARE(companies.column(u"status")->defaultValue, QStringLiteral("'lead'::text"));
    QCOMPARE(companies.foreignKeys.size(), 2);
    QCOMPARE(companies.foreignKeys.at(1).referencedTable, QStringLiteral("crm_contacts"));
    QCOMPARE(companies.foreignKeys.at(1).onDelete, QStringLiteral("SET NULL"));
    QCOMPARE(companies.foreignKeys.at(1).name, QStringLiteral("crm_companies_primary_contact_id_fkey"));
    QVERIFY(companies.index(u"crm_companies_by_status"));
    QCOMPARE(companies.index(u"crm_companies_vat_number_key")->origin, CatalogIndex::Origin::UniqueConstraint);
    QCOMPARE(companies.index(u"crm_companies_pkey")->origin, CatalogIndex::Origin::PrimaryKey);
    QStringList checks;
    for (const CatalogCheck &c : companies.checks)
        checks.append(c.name + QLatin1Char(' ') + c.definition);
    QVERIFY2(checks.contains(QStringLiteral("revenue_not_negative CHECK ((revenue >= (0)::numeric))")),
             qPrintable(checks.join(u'\n')));
    QCOMPARE(checks.size(), 2); // the enum's CHECK and the named one

    const CatalogTable &deals = catalog.at(5);
    QCOMPARE(deals.column(u"sequence")->type, QStringLiteral("integer"));
    QVERIFY(deals.column(u"sequence")->notNull); // serial implies NOT NULL

    const CatalogTable &dealContacts = catalog.at(6);
    QCOMPARE(dealContacts.primaryKey, (QStringList{QStringLiteral("deal_id"), QStringLiteral("contact_id")}));
    QCOMPARE(dealContacts.column(u"weight")->type, QStringLiteral("numeric(5,4)"));
    QCOMPARE(dealContacts.foreignKeys.at(1).onUpdate, QStringLiteral("CASCADE"));
    QCOMPARE(dealContacts.index(u"crm_deal_contacts_contact_id_order_idx")->columns,
             (QStringList{QStringLiteral("contact_id"), QStringLiteral("order")}));
}

void TestPgCatalog::comparisonFindsDifferences()
{
    const QList<Table> declared = schema();
    QSqlDatabase db = createSchema(declared);
    QVERIFY(db.isOpen());
    const QList<CatalogTable> catalog = readCatalog(db, DialectKind::PostgreSQL).value_or(QList<CatalogTable>{});

    QList<Table> changed = declared;
    Table &users = changed[1];
    users.columns[2].type = *ColumnType::parse(QStringLiteral("varchar(10)")); // display_name
    users.columns[3].notNull = false; // is_admin
    users.columns[3].defaultValue.literal = true;
    users.columns.append(column(QStringLiteral("locale"), QStringLiteral("text")));
    users.indexes.append(index({QStringLiteral("display_name")}));
    users.comment = QStringLiteral("People who sign in.");
    Table &contacts = changed[5];
    QCOMPARE(contacts.name, QStringLiteral("crm_contacts"));
    contacts.columns[2].references.onDelete = QStringLiteral("cascade"); // company_id
    contacts.uniques.clear();
    QCOMPARE(changed.at(2).name, QStringLiteral("memberships"));
    changed.removeAt(2);

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
    QVERIFY2(hasDifference(differences, Kind::Comment, QStringLiteral("users"), QString()), qPrintable(all));
    QVERIFY2(hasDifference(differences, Kind::ForeignKey, QStringLiteral("crm_contacts"), QStringLiteral("company_id")),
             qPrintable(all));
    QVERIFY2(
        hasDifference(differences, Kind::Unique, QStringLiteral("crm_contacts"), QStringLiteral("company_id, email")),
        qPrintable(all));
    QVERIFY2(hasDifference(differences, Kind::ExtraTable, QStringLiteral("memberships"), QString()), qPrintable(all));
    QCOMPARE(differences.size(), 9);
}

void TestPgCatalog::behaviour()
{
    QSqlDatabase db = createSchema(schema());
    QVERIFY(db.isOpen());
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral(
        "INSERT INTO workspaces (slug, name) VALUES ('acme', 'Acme') RETURNING id, settings->>'locale'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), 1);
    QCOMPARE(q.value(1).toString(), QStringLiteral("en"));

    QVERIFY(q.exec(QStringLiteral("INSERT INTO crm_companies (workspace_id, name) VALUES (1, 'Initech') "
                                  "RETURNING status, is_active, code, priority, rating, opens_at::text")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("lead"));
    QCOMPARE(q.value(1).toBool(), true);
    QCOMPARE(q.value(2).toString(), QStringLiteral("acme"));
    QCOMPARE(q.value(3).toInt(), 6);
    QCOMPARE(q.value(4).toDouble(), 2.5);
    QCOMPARE(q.value(5).toString(), QStringLiteral("09:00:00"));
    QVERIFY(!q.exec(QStringLiteral("UPDATE crm_companies SET status = 'unknown'")));
    QVERIFY(!q.exec(QStringLiteral("UPDATE crm_companies SET revenue = -1")));
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO crm_companies (workspace_id, name) VALUES (42, 'Nowhere')")));
    // The deferred key of the cycle is in force.
    QVERIFY(!q.exec(QStringLiteral("UPDATE crm_companies SET primary_contact_id = 7")));
    QVERIFY(q.exec(QStringLiteral("DELETE FROM workspaces")));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM crm_companies")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestPgCatalog::reservedWordsMatchServer()
{
    // The dialect's list is exactly the server's reserved keywords ("R"), plus those that may only
    // name a function or type ("T"): neither is accepted as a bare table or column name.
    QSqlDatabase db = createSchema({});
    QVERIFY(db.isOpen());
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT word FROM pg_get_keywords() WHERE catcode IN ('R', 'T') ORDER BY word")));
    QStringList server;
    while (q.next())
        server.append(q.value(0).toString());
    QStringList ours = m_dialect.reservedWords();
    ours.sort();
    QCOMPARE(ours, server);
}

void TestPgCatalog::everyKeywordAsIdentifier()
{
    QSqlDatabase db = createSchema({});
    QVERIFY(db.isOpen());
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT word FROM pg_get_keywords() ORDER BY word")));
    QStringList words;
    while (q.next())
        words.append(q.value(0).toString());
    QVERIFY(words.size() > 400);
    QStringList failures;
    for (const QString &word : std::as_const(words)) {
        const Table table
            = createTable(word,
                          {
                              column(QStringLiteral("id"), QStringLiteral("integer")).primaryKey(),
                              column(word, QStringLiteral("enum"))
                                  .notNull()
                                  .enumValues({QStringLiteral("a")})
                                  .defaultValue(QStringLiteral("a"))
                                  .comment(QStringLiteral("c")),
                              column(word + QStringLiteral("_ref"), QStringLiteral("integer")).references(word),
                          },
                          {.indexes = {index({word, QStringLiteral("id")}, word + QStringLiteral("_ix"))},
                           .uniques = {uniqueOn({QStringLiteral("id"), word})},
                           .comment = QStringLiteral("t")});
        const QString failure = execute(db, DdlRenderer(m_dialect).statements({table}));
        if (!failure.isEmpty())
            failures.append(word + QStringLiteral(": ") + failure);
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestPgCatalog)
#include "tst_pg_catalog.moc"
