#pragma once

#include <strata/common/Result.h>

#include <QByteArray>
#include <QProcess>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTest>

namespace Strata::Test {

// Gives this test process settings of its own, starting empty: QSettings reads and writes in a
// temporary folder that lives until the process ends, under the organization "StrataTest" and
// `applicationName`. Another test, or the same test run at once from a second build folder (the
// sanitizer build beside the normal one), never shares the file.
void isolateSettings(const QString &applicationName);

// Paths of the source tree, for fixtures and examples.
QString sourceDir();   // the repository root
QString testDataDir(); // tests/data
QString examplesDir(); // examples

// Writes `content` to `path`, creating parent folders. Returns false (and warns) on failure.
bool writeFile(const QString &path, const QByteArray &content);
QByteArray readFile(const QString &path);
// Copies a folder recursively (fixtures into a QTemporaryDir before a test edits them).
bool copyTree(const QString &from, const QString &to);
// examples/ copied into `root` for a test to edit and migrate: the SQLite project without its
// embedded database, or examples/postgresql (whose database.json links copyTree follows).
// Returns `root`, or an empty string when the copy failed.
enum class ExamplesCopy { SQLite, PostgreSQL };
QString copyExamples(const QString &root, ExamplesCopy which = ExamplesCopy::SQLite);

// The URL of the test suite's PostgreSQL server: $STRATA_TEST_PG_URL, else the file the ctest
// fixture `postgres_start` wrote. Empty when neither exists; PG tests then fail, never skip.
QString postgresUrl();
// A new, empty PostgreSQL database on the test server, named uniquely; returns its URL.
// `admin` opens on the server's "postgres" database with a connection of its own.
QString createPostgresDatabase(const QString &prefix, QString *error = nullptr);
// Opens a QPSQL connection (a unique connection name) on a postgresql:// URL.
QSqlDatabase openPostgres(const QString &url, const QString &connectionName);
QSqlDatabase openSqlite(const QString &path, const QString &connectionName);

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
// Runs the `strata` command line program with `arguments`, waits up to `timeoutMs`.
CliResult runCli(const QStringList &arguments, const QString &workingDir = {}, int timeoutMs = 60000);

// A failed result for a test message: the error's message, and where when it has a location
// ("message (file:3:7)").
QString describeError(const ResultError &error);
template<typename T>
QString describeResult(const Result<T> &result)
{
    return result ? QString() : describeError(result.error());
}

} // namespace Strata::Test

// Fails the test, naming the expression and the error (with its location), when `expr`, a
// Result, holds an error; as Qt Creator's QVERIFY_RESULT. `expr` is evaluated once.
#define QVERIFY_RESULT(expr)                                                                                \
    do {                                                                                                    \
        const auto &strataResult_ = (expr);                                                                 \
        if (!QTest::qVerify(static_cast<bool>(strataResult_), #expr,                                        \
                            qPrintable(::Strata::Test::describeResult(strataResult_)), __FILE__, __LINE__)) \
            return;                                                                                         \
    } while (false)
