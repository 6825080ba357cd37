#include "TestSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QUuid>

namespace Strata::Test {

void isolateSettings(const QString &applicationName)
{
    static QTemporaryDir folder; // removed when the process ends
    Q_ASSERT(folder.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("StrataTest"));
    QCoreApplication::setApplicationName(applicationName);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, folder.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder.path());
    QSettings().clear();
}

QString sourceDir() { return QStringLiteral(STRATA_SOURCE_DIR); }
QString testDataDir() { return QStringLiteral(STRATA_TEST_DATA_DIR); }
QString examplesDir() { return sourceDir() + QStringLiteral("/examples"); }

QString copyExamples(const QString &root, ExamplesCopy which)
{
    if (which == ExamplesCopy::PostgreSQL)
        return copyTree(examplesDir() + QStringLiteral("/postgresql"), root) ? root : QString();
    if (!copyTree(examplesDir(), root) || !QDir(root + QStringLiteral("/.strata")).removeRecursively())
        return {};
    return root;
}

QString describeError(const ResultError &error)
{
    if (!error.location.isValid())
        return error.message;
    return QStringLiteral("%1 (%2:%3:%4)").arg(error.message, error.location.file).arg(error.location.line).arg(error.location.column);
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        qWarning("cannot write %s: %s", qPrintable(path), qPrintable(file.errorString()));
        return false;
    }
    return file.write(content) == content.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool copyTree(const QString &from, const QString &to)
{
    QDir source(from);
    if (!source.exists())
        return false;
    QDir().mkpath(to);
    QDirIterator it(from, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + QLatin1Char('/') + source.relativeFilePath(path);
        const QFileInfo info = it.fileInfo();
        if (info.isDir()) {
            QDir().mkpath(target);
        } else {
            QDir().mkpath(QFileInfo(target).absolutePath());
            QFile::remove(target);
            if (!QFile::copy(path, target))
                return false;
            QFile::setPermissions(target, QFile::permissions(target) | QFileDevice::WriteOwner);
        }
    }
    return true;
}

QString postgresUrl()
{
    const QByteArray fromEnv = qgetenv("STRATA_TEST_PG_URL");
    if (!fromEnv.isEmpty())
        return QString::fromUtf8(fromEnv);
    return QString::fromUtf8(readFile(QStringLiteral(STRATA_PG_URL_FILE))).trimmed();
}

QSqlDatabase openPostgres(const QString &url, const QString &connectionName)
{
    const QUrl parsed(url);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(parsed.host());
    db.setPort(parsed.port(5432));
    db.setUserName(parsed.userName());
    db.setPassword(parsed.password());
    db.setDatabaseName(parsed.path().mid(1));
    db.open();
    return db;
}

QSqlDatabase openSqlite(const QString &path, const QString &connectionName)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    db.open();
    return db;
}

QString createPostgresDatabase(const QString &prefix, QString *error)
{
    const QString serverUrl = postgresUrl();
    if (serverUrl.isEmpty()) {
        if (error)
            *error = QStringLiteral("no PostgreSQL test server: set STRATA_TEST_PG_URL or run through ctest");
        return {};
    }
    const QString name = prefix.toLower() + QLatin1Char('_')
        + QUuid::createUuid().toString(QUuid::Id128).left(12);
    const QString connection = QStringLiteral("admin_") + name;
    QString result;
    {
        QSqlDatabase admin = openPostgres(serverUrl, connection);
        if (!admin.isOpen()) {
            if (error)
                *error = admin.lastError().text();
        } else {
            QSqlQuery query(admin);
            if (!query.exec(QStringLiteral("CREATE DATABASE ") + name)) {
                if (error)
                    *error = query.lastError().text();
            } else {
                QUrl url(serverUrl);
                url.setPath(QLatin1Char('/') + name);
                result = url.toString();
            }
        }
        admin.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

CliResult runCli(const QStringList &arguments, const QString &workingDir, int timeoutMs)
{
    QProcess process;
    if (!workingDir.isEmpty())
        process.setWorkingDirectory(workingDir);
    process.start(QStringLiteral(STRATA_CLI_PATH), arguments);
    CliResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = "timed out";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace Strata::Test
