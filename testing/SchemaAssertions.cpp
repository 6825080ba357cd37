#include <strata/testing/SchemaAssertions.h>

#include <strata/diff/SchemaDiff.h>
#include <strata/migration/History.h>
#include <strata/registry/Registry.h>
#include <strata/sql/CatalogReader.h>

#include <QCoreApplication>
#include <QTest>

namespace Strata::Testing {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Strata::Testing)
};

} // namespace

QList<SchemaDifference> schemaDifferences(ScratchDatabase &database, QAnyStringView package)
{
    const QString name = package.toString();
    const Registry &registry = database.registry();
    QStringList packages = registry.transitiveDependenciesOf(name);
    packages.append(name);
    Result<QList<CatalogTable>> catalog = readCatalog(database.database(), database.url().dialect);
    if (!catalog) {
        SchemaDifference unreadable{SchemaDifference::Kind::MissingTable, {}, {}, {}, {},
                                    Text::tr("the catalog cannot be read: %1").arg(catalog.errorMessage())};
        return {unreadable};
    }
    const SchemaDiff diff = diffWithDatabase(registry, *catalog, database.url().dialect,
                                             {QLatin1String(History::TableName)}, packages);
    QList<SchemaDifference> differences;
    for (const PackageDiff &packageDiff : diff.packages)
        differences.append(packageDiff.differences);
    return differences;
}

bool compareSchema(ScratchDatabase &database, QAnyStringView package, const char *file, int line)
{
    if (!database.isReady()) {
        QTest::qFail(qPrintable(Text::tr("the scratch database is not ready: %1").arg(database.errorString())), file,
                     line);
        return false;
    }
    const QList<SchemaDifference> differences = schemaDifferences(database, package);
    for (const SchemaDifference &difference : differences)
        QTest::qFail(qPrintable(Text::tr("%1: %2").arg(package.toString(), difference.message)), file, line);
    return differences.isEmpty();
}

} // namespace Strata::Testing
