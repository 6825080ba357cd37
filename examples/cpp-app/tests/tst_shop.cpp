// The shop's own tests, with Strata::Testing: each package the program is built with, migrated into a
// scratch database of its own, holds exactly the schema it declares.
#include <strata/registration/BuiltInPackages.h>
#include <strata/testing/SchemaAssertions.h>
#include <strata/testing/ScratchDatabase.h>

#include <QTest>

using namespace Qt::StringLiterals;

class TestShop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void migrationsProduceTheDeclaredSchema_data()
    {
        QTest::addColumn<QString>("package");
        for (const Strata::PackageDefinition &package : Strata::builtInPackages(Strata::ProjectConfig()))
            QTest::newRow(qPrintable(package.name)) << package.name;
    }

    void migrationsProduceTheDeclaredSchema()
    {
        QFETCH(QString, package);
        Strata::Testing::ScratchDatabase database(Strata::builtInPackages(Strata::ProjectConfig()), package);
        QVERIFY2(database.isReady(), qPrintable(database.errorString()));
        STRATA_COMPARE_SCHEMA(database, package);
    }
};

QTEST_GUILESS_MAIN(TestShop)
#include "tst_shop.moc"
