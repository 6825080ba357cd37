#pragma once

#include <strata/migration/DatabaseUrl.h>
#include <strata/registration/Registration.h>

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace Strata {
class Connection;
class Registry;
class TemporaryDatabase;
}

namespace Strata::Testing {

// A database of a test's own with a package and its dependencies migrated, as `strata test` makes
// them: an SQLite file in a temporary folder, or with `serverUrl` a database created on that
// PostgreSQL server; gone with the object. The packages come from a project folder or from C++
// registrations (the package author's own `registerDatabase` calls, say).
//
//     Strata::Testing::ScratchDatabase db(QStringLiteral(PROJECT_DIR), QStringLiteral("@acme/crm"));
//     QVERIFY2(db.isReady(), qPrintable(db.errorString()));
//     STRATA_COMPARE_SCHEMA(db, "@acme/crm");
class ScratchDatabase
{
public:
    ScratchDatabase(const QString &projectRoot, const QString &package, const QString &serverUrl = {});
    ScratchDatabase(const QList<PackageRegistration> &packages, const QString &package, const QString &serverUrl = {});
    // Packages already defined: the ones a program was built with (Strata::builtInPackages()), say.
    ScratchDatabase(const QList<PackageDefinition> &packages, const QString &package, const QString &serverUrl = {});
    ~ScratchDatabase();
    ScratchDatabase(const ScratchDatabase &) = delete;
    ScratchDatabase &operator=(const ScratchDatabase &) = delete;

    // Migrated without a failure; else errorString() says why (the failing migration and statement).
    bool isReady() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    const Registry &registry() const { return *m_registry; }
    const DatabaseUrl &url() const { return m_url; }
    // A connection of its own, made on first use; use it on the thread that made the object.
    QSqlDatabase database();

private:
    void migrate(const QString &package, const QString &serverUrl, const QString &projectRoot);

    std::unique_ptr<Registry> m_registry;
    std::unique_ptr<TemporaryDatabase> m_scratch;
    std::unique_ptr<Connection> m_connection;
    DatabaseUrl m_url;
    QString m_error;
};

} // namespace Strata::Testing
