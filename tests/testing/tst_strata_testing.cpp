// Strata::Testing as a package author uses it: a scratch database with a package and its
// dependencies migrated (from a project folder, from C++ registrations), STRATA_COMPARE_SCHEMA
// passing on a package that matches its declaration and failing, at this file and line, on one
// whose migration was forgotten.

#include "TestSupport.h"

#include <strata/testing/SchemaAssertions.h>
#include <strata/testing/ScratchDatabase.h>
#include <strata/migration/MigrationContext.h>

#include <QSqlQuery>
#include <QTest>

using namespace Strata;
using namespace Strata::Test;

namespace {

TableOptions global()
{
    TableOptions options;
    options.global = true;
    return options;
}

Migration migration(const QString &id, const MigrationStep &up, const MigrationStep &down)
{
    MigrationSpec spec;
    spec.id = id;
    spec.up = up;
    spec.down = down;
    return createMigration(spec);
}

// Two packages in C++: contacts, and notes on them, whose second migration is a callable.
QList<PackageRegistration> cppPackages()
{
    PackageRegistration contacts;
    contacts.packageName = QStringLiteral("@cpp/contacts");
    contacts.version = QStringLiteral("1.0.0");
    contacts.schema = createSchema({createTable(QStringLiteral("contacts"),
                                                {column(QStringLiteral("id"), QStringLiteral("integer")).primaryKey(),
                                                 column(QStringLiteral("email"), QStringLiteral("varchar(320)")).notNull()},
                                                global())});
    contacts.migrations = {migration(QStringLiteral("0001_contacts"),
                                     "CREATE TABLE contacts (id INTEGER PRIMARY KEY, email VARCHAR(320) NOT NULL);",
                                     "DROP TABLE contacts;")};

    PackageRegistration notes;
    notes.packageName = QStringLiteral("@cpp/notes");
    notes.version = QStringLiteral("1.0.0");
    notes.dependencies = {QStringLiteral("@cpp/contacts")};
    notes.schema = createSchema({createTable(
        QStringLiteral("contact_notes"),
        {column(QStringLiteral("id"), QStringLiteral("integer")).primaryKey(),
         column(QStringLiteral("contact_id"), QStringLiteral("integer")).notNull().references(QStringLiteral("contacts")),
         column(QStringLiteral("body"), QStringLiteral("text"))},
        global())});
    notes.migrations = {
        migration(QStringLiteral("0001_notes"),
                  "CREATE TABLE contact_notes (id INTEGER PRIMARY KEY, "
                  "contact_id INTEGER NOT NULL REFERENCES contacts (id));",
                  "DROP TABLE contact_notes;"),
        migration(QStringLiteral("0002_body"), MigrationStep([](MigrationContext &context) {
                      return context.exec(QStringLiteral("ALTER TABLE contact_notes ADD COLUMN body TEXT"));
                  }),
                  "ALTER TABLE contact_notes DROP COLUMN body;"),
    };
    return {contacts, notes};
}

} // namespace

class TestStrataTesting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aProjectPackageMatches()
    {
        Testing::ScratchDatabase db(examplesDir(), QStringLiteral("@acme/crm"));
        QVERIFY2(db.isReady(), qPrintable(db.errorString()));
        STRATA_COMPARE_SCHEMA(db, "@acme/crm");
        // Its dependency is migrated; the packages that depend on it are not.
        QSqlQuery query(db.database());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM workspaces")));
        QVERIFY(!query.exec(QStringLiteral("SELECT count(*) FROM projects")));
    }

    void registeredPackagesMatch()
    {
        Testing::ScratchDatabase db(cppPackages(), QStringLiteral("@cpp/notes"));
        QVERIFY2(db.isReady(), qPrintable(db.errorString()));
        STRATA_COMPARE_SCHEMA(db, "@cpp/notes");
        QVERIFY(Testing::schemaDifferences(db, u"@cpp/notes").isEmpty());
    }

    void aForgottenMigrationIsEveryDifference()
    {
        Testing::ScratchDatabase db(testDataDir() + QStringLiteral("/pkgtest"), QStringLiteral("@t/forgotten"));
        QVERIFY2(db.isReady(), qPrintable(db.errorString()));
        const QList<SchemaDifference> differences = Testing::schemaDifferences(db, u"@t/forgotten");
        QCOMPARE(differences.size(), 1);
        QCOMPARE(differences.at(0).kind, SchemaDifference::Kind::MissingTable);
        QCOMPARE(differences.at(0).table, QStringLiteral("tags"));
    }

    // The macro fails the test here (an expected failure: were it to pass, Qt Test reports XPASS,
    // which fails this function).
    void theMacroFailsTheTest()
    {
        Testing::ScratchDatabase db(testDataDir() + QStringLiteral("/pkgtest"), QStringLiteral("@t/forgotten"));
        QVERIFY2(db.isReady(), qPrintable(db.errorString()));
        QEXPECT_FAIL("", "@t/forgotten declares a table that no migration creates", Abort);
        STRATA_COMPARE_SCHEMA(db, "@t/forgotten");
    }

    void aFailingMigrationIsNamed()
    {
        QList<PackageRegistration> packages = cppPackages();
        packages[1].migrations[0].up = MigrationStep("CREATE TABLE contact_notes (id INTEGER PRIMARY KEY);\n"
                                                     "INSERT INTO no_such_table VALUES (1);");
        Testing::ScratchDatabase db(packages, QStringLiteral("@cpp/notes"));
        QVERIFY(!db.isReady());
        QVERIFY2(db.errorString().contains(QStringLiteral("@cpp/notes:0001_notes failed at statement 2")),
                 qPrintable(db.errorString()));
        QVERIFY2(db.errorString().contains(QStringLiteral("no_such_table")), qPrintable(db.errorString()));
    }
};

QTEST_GUILESS_MAIN(TestStrataTesting)
#include "tst_strata_testing.moc"
