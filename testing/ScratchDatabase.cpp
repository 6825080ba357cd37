#include <strata/testing/ScratchDatabase.h>

#include <strata/migration/Connection.h>
#include <strata/migration/MigrationRunner.h>
#include <strata/migration/TemporaryDatabase.h>
#include <strata/registry/ProjectLoading.h>
#include <strata/registry/Registry.h>

#include <QCoreApplication>
#include <QDir>

namespace Strata::Testing {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Strata::Testing)
};

} // namespace

ScratchDatabase::ScratchDatabase(const QString &projectRoot, const QString &package, const QString &serverUrl)
    : m_registry(std::make_unique<Registry>())
{
    if (discoverAndRegister(projectRoot, *m_registry) == 0) {
        m_error = Text::tr("no packages in %1").arg(QDir::toNativeSeparators(projectRoot));
        return;
    }
    migrate(package, serverUrl, projectRoot);
}

ScratchDatabase::ScratchDatabase(const QList<PackageRegistration> &packages, const QString &package,
                                 const QString &serverUrl)
    : m_registry(std::make_unique<Registry>())
{
    ProjectConfig project;
    if (serverUrl.startsWith(QLatin1String("postgres")))
        project.dialect = DialectKind::PostgreSQL;
    m_registry->setProject(project);
    for (const PackageRegistration &registration : packages)
        m_registry->registerDatabase(registration);
    migrate(package, serverUrl, QDir::currentPath());
}

ScratchDatabase::ScratchDatabase(const QList<PackageDefinition> &packages, const QString &package,
                                 const QString &serverUrl)
    : m_registry(std::make_unique<Registry>())
{
    ProjectConfig project;
    if (serverUrl.startsWith(QLatin1String("postgres")))
        project.dialect = DialectKind::PostgreSQL;
    m_registry->setProject(project, packages);
    migrate(package, serverUrl, QDir::currentPath());
}

ScratchDatabase::~ScratchDatabase()
{
    // The connection first: PostgreSQL drops no database that a session is connected to.
    m_connection.reset();
    m_scratch.reset();
}

void ScratchDatabase::migrate(const QString &package, const QString &serverUrl, const QString &projectRoot)
{
    const PackageDefinition *definition = m_registry->package(package);
    if (!definition) {
        m_error = Text::tr("no package %1 among those registered").arg(package);
        return;
    }
    DatabaseUrl server;
    server.dialect = m_registry->project().dialect;
    if (!serverUrl.isEmpty()) {
        Result<DatabaseUrl> url = DatabaseUrl::parse(serverUrl, projectRoot);
        if (!url) {
            m_error = url.errorMessage();
            return;
        }
        server = *url;
        server.resolvePassword();
    }
    m_scratch = std::make_unique<TemporaryDatabase>(server);
    Result<DatabaseUrl> created = m_scratch->create();
    if (!created) {
        m_error = created.errorMessage();
        return;
    }
    m_url = *created;

    // The package's migrations and all they depend on; of a package without migrations, its
    // dependencies' (the planner refuses a target with no migration).
    QStringList targets{package};
    if (definition->migrations.isEmpty())
        targets = m_registry->transitiveDependenciesOf(package);
    for (const QString &target : std::as_const(targets)) {
        const PackageDefinition *owner = m_registry->package(target);
        if (!owner || owner->migrations.isEmpty())
            continue;
        MigrationRunner runner;
        RunRequest request;
        request.url = m_url;
        request.target = target;
        const RunResult result = runner.run(*m_registry->migrationGraph(), request);
        if (result.failure) {
            const MigrationFailure &f = *result.failure;
            m_error = Text::tr("%1:%2 failed at statement %3 (%4:%5): %6").arg(f.package, f.id)
                          .arg(f.statementNumber)
                          .arg(f.file)
                          .arg(f.fileLine)
                          .arg(f.databaseError);
            return;
        }
        if (!result.ok()) {
            m_error = result.errorMessage();
            return;
        }
    }
}

QSqlDatabase ScratchDatabase::database()
{
    if (!m_connection && isReady())
        m_connection = std::make_unique<Connection>(m_url);
    return m_connection ? m_connection->database() : QSqlDatabase();
}

} // namespace Strata::Testing
