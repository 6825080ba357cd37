// Strata as a library others build on (issue #13): `cmake --install` into a temporary prefix, then
// examples/cpp-app (two packages in C++ registered from a static library, one in database.json added
// with strata_add_package) configured with find_package(Strata), built, and run on an SQLite file with
// the package files gone, and its own tests over Strata::Testing; the build-time check of a package; the same from the build tree; and the
// version rule (semver: the same major version, at least the minor asked for).

#include "PackageTestSupport.h"
#include "TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Strata::PackageTest;

class TestCmakePackage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void installedHeadersAreUnderOnePrefix();
    void applicationBuiltAgainstTheInstallRunsWithoutPackageFiles();
    void packagesAreCheckedAtBuildTime();
    void applicationBuildsAgainstTheBuildTree();
    void versionFollowsSemver_data();
    void versionFollowsSemver();

private:
    // Copies examples/cpp-app into a folder of its own and configures it with `hint` (where
    // find_package finds Strata). Returns the copy's root; its build folder is <root>/build.
    QString configureShop(const QString &hint);
    void build(const QString &root, Run *result);
    // Runs the built shop on a fresh SQLite file twice and checks what it printed and created.
    void runShop(const QString &root);

    QTemporaryDir m_work;
    QString m_prefix;
    int m_copies = 0;
};

namespace {

const QString BuiltInPackages = u"@shop/tenancy 1.0.0\n@shop/catalog 1.0.0\n@shop/orders 1.0.0\n"_s;

QString tenancyFile(const QString &root)
{
    return root + u"/packages/tenancy/database.json"_s;
}

// 1-based line and column of `needle` in `text`, as "LINE:COLUMN".
QString positionOf(const QByteArray &text, const QByteArray &needle)
{
    const qsizetype at = text.indexOf(needle);
    const qsizetype lineStart = text.lastIndexOf('\n', at) + 1;
    return u"%1:%2"_s.arg(text.left(at).count('\n') + 1).arg(at - lineStart + 1);
}

} // namespace

void TestCmakePackage::initTestCase()
{
    QVERIFY(m_work.isValid());
    m_prefix = m_work.filePath(u"prefix"_s);
    const Run install = cmake({u"--install"_s, QStringLiteral(STRATA_BINARY_DIR), u"--prefix"_s, m_prefix});
    QVERIFY2(install.ok(), qPrintable(install.output));
}

void TestCmakePackage::installedHeadersAreUnderOnePrefix()
{
    const QDir include(m_prefix + u"/include"_s);
    QVERIFY(include.exists(u"strata/registry/Registry.h"_s));
    QVERIFY(include.exists(u"strata/registration/BuiltInPackages.h"_s));
    QVERIFY(include.exists(u"strata/testing/ScratchDatabase.h"_s)); // Strata::Testing's
    // Nothing of Strata's beside the prefix, where it would clash with a project's own headers.
    QCOMPARE(include.entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList{u"strata"_s});
    QVERIFY(QFileInfo::exists(m_prefix + u"/lib/cmake/Strata/StrataConfigVersion.cmake"_s));
    QVERIFY(QFileInfo::exists(m_prefix + u"/lib/cmake/Strata/StrataFunctions.cmake"_s));
}

QString TestCmakePackage::configureShop(const QString &hint)
{
    const QString root = m_work.filePath(u"shop-%1"_s.arg(++m_copies));
    if (!Strata::Test::copyTree(Strata::Test::examplesDir() + u"/cpp-app"_s, root)) {
        qWarning("cannot copy examples/cpp-app to %s", qPrintable(root));
        return {};
    }
    const Run configured = configure(root, root + u"/build"_s, {hint});
    if (!configured.ok()) {
        qWarning("%s", qPrintable(configured.output));
        return {};
    }
    return root;
}

void TestCmakePackage::build(const QString &root, Run *result)
{
    *result = cmake({u"--build"_s, root + u"/build"_s});
}

void TestCmakePackage::runShop(const QString &root)
{
    const QString shop = root + u"/build/shop"_s;
    const Run list = run(shop, {u"--list"_s});
    QVERIFY2(list.ok(), qPrintable(list.output));
    QCOMPARE(list.output, BuiltInPackages);

    const QString database = root + u"/shop.db"_s;
    const QString expected = u"@shop/tenancy:0001_workspaces applied\n"
                             "@shop/catalog:0001_products applied\n"
                             "@shop/orders:0001_orders applied\n"
                             "@shop/orders:0002_placed_at applied\n"_s;
    for (int time = 1; time <= 2; ++time) { // the second run has nothing left to apply
        const Run migrated = run(shop, {database}, m_work.path());
        QVERIFY2(migrated.ok(), qPrintable(migrated.output));
        QCOMPARE(migrated.output, expected);
    }
    {
        QSqlDatabase db = Strata::Test::openSqlite(database, u"shop"_s);
        QVERIFY(db.isOpen());
        QSqlQuery columns(u"SELECT name FROM pragma_table_info('orders') ORDER BY cid"_s, db);
        QStringList names;
        while (columns.next())
            names.append(columns.value(0).toString());
        QCOMPARE(names, (QStringList{u"id"_s, u"product_id"_s, u"quantity"_s, u"workspace_id"_s, u"placed_at"_s}));
    }
    QSqlDatabase::removeDatabase(u"shop"_s);
}

// The built program holds its packages: it lists and migrates them with the package files gone.
void TestCmakePackage::applicationBuiltAgainstTheInstallRunsWithoutPackageFiles()
{
    const QString root = configureShop(u"-DCMAKE_PREFIX_PATH="_s + m_prefix);
    QVERIFY(!root.isEmpty());
    Run built;
    build(root, &built);
    QVERIFY2(built.ok(), qPrintable(built.output));
    QVERIFY(QDir(root + u"/packages"_s).removeRecursively());
    runShop(root);

    // The shop's own tests, over Strata::Testing: each built-in package migrated and compared.
    const Run tests = run(root + u"/build/tst_shop"_s, {});
    QVERIFY2(tests.ok(), qPrintable(tests.output));
    for (const QString &package : {u"@shop/tenancy"_s, u"@shop/catalog"_s, u"@shop/orders"_s})
        QVERIFY2(tests.output.contains(u"PASS   : TestShop::migrationsProduceTheDeclaredSchema(%1)"_s.arg(package)),
                 qPrintable(tests.output));
}

// strata_add_package checks the package when the build runs, only when one of its files changed, and
// fails the build on an error (not on a warning) with the error's file, line and column.
void TestCmakePackage::packagesAreCheckedAtBuildTime()
{
    const QString root = configureShop(u"-DCMAKE_PREFIX_PATH="_s + m_prefix);
    QVERIFY(!root.isEmpty());
    Run built;
    build(root, &built);
    QVERIFY2(built.ok(), qPrintable(built.output));
    QVERIFY2(built.output.contains(u"Checking the Strata package"_s), qPrintable(built.output));

    build(root, &built); // nothing changed: nothing is checked again
    QVERIFY2(built.ok(), qPrintable(built.output));
    QVERIFY2(!built.output.contains(u"Checking the Strata package"_s), qPrintable(built.output));

    const QByteArray good = Strata::Test::readFile(tenancyFile(root));
    QByteArray broken = good;
    broken.replace("\"varchar(63)\"", "\"varchr(63)\"");
    QVERIFY(broken != good);
    QVERIFY(Strata::Test::writeFile(tenancyFile(root), broken));
    build(root, &built);
    QVERIFY2(!built.ok(), qPrintable(built.output));
    const QString location = u"%1:%2: error: [unknown-type]"_s.arg(tenancyFile(root), positionOf(broken, "\"varchr(63)\""));
    QVERIFY2(built.output.contains(location), qPrintable(u"expected \"%1\" in:\n%2"_s.arg(location, built.output)));

    QByteArray warned = good; // a table name that is not snake_case: a warning, which does not fail the build
    warned.replace("\"name\": \"workspaces\"", "\"name\": \"Workspaces\"");
    QVERIFY(warned != good);
    QVERIFY(Strata::Test::writeFile(tenancyFile(root), warned));
    build(root, &built);
    QVERIFY2(built.ok(), qPrintable(built.output));
    const QString warning = u"%1:%2: warning: [not-snake-case]"_s.arg(tenancyFile(root), positionOf(warned, "\"Workspaces\""));
    QVERIFY2(built.output.contains(warning), qPrintable(u"expected \"%1\" in:\n%2"_s.arg(warning, built.output)));
}

void TestCmakePackage::applicationBuildsAgainstTheBuildTree()
{
    const QString root = configureShop(u"-DStrata_DIR="_s + QStringLiteral(STRATA_BINARY_DIR));
    QVERIFY(!root.isEmpty());
    Run built;
    build(root, &built);
    QVERIFY2(built.ok(), qPrintable(built.output));
    runShop(root);
}
void TestCmakePackage::versionFollowsSemver_data()
{
    QTest::addColumn<QString>("requested");
    QTest::addColumn<bool>("found");
    QTest::newRow("this version") << QStringLiteral(STRATA_VERSION) << true;
    QTest::newRow("an earlier minor of the same major") << u"0.0"_s << true;
    QTest::newRow("a later minor") << u"0.99"_s << false;
    QTest::newRow("another major") << u"1.0"_s << false;
}

void TestCmakePackage::versionFollowsSemver()
{
    QFETCH(QString, requested);
    QFETCH(bool, found);
    QTemporaryDir project(m_work.filePath(u"version-XXXXXX"_s));
    QVERIFY(project.isValid());
    QVERIFY(Strata::Test::writeFile(project.filePath(u"CMakeLists.txt"_s),
                                    "cmake_minimum_required(VERSION 3.25)\n"
                                    "project(VersionCheck LANGUAGES CXX)\n"
                                    "find_package(Strata ${REQUESTED} QUIET)\n"
                                    "message(STATUS \"found=${Strata_FOUND}\")\n"));
    const Run configured = configure(project.path(), project.filePath(u"build"_s),
                                     {u"-DCMAKE_PREFIX_PATH="_s + m_prefix, u"-DREQUESTED="_s + requested});
    QVERIFY2(configured.ok(), qPrintable(configured.output));
    QVERIFY2(configured.output.contains(found ? u"found=1"_s : u"found=0"_s), qPrintable(configured.output));
}

QTEST_GUILESS_MAIN(TestCmakePackage)
#include "tst_cmake_package.moc"
