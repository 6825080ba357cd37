#include <strata/migration/TemporaryDatabase.h>

#include <strata/common/Logging.h>
#include <strata/migration/Connection.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace Strata {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Strata::TemporaryDatabase)
};

} // namespace

TemporaryDatabase::TemporaryDatabase(const DatabaseUrl &server) : m_server(server)
{
    m_name = u"strata_scratch_%1_%2"_s.arg(QDateTime::currentMSecsSinceEpoch())
                 .arg(QRandomGenerator::global()->bounded(1000000));
}

TemporaryDatabase::~TemporaryDatabase()
{
    if (!m_created || m_server.dialect != DialectKind::PostgreSQL)
        return;
    Connection admin(m_server);
    if (admin.isOpen()) {
        if (Result<> dropped = admin.exec(u"DROP DATABASE IF EXISTS "_s + m_name); !dropped)
            qCWarning(lcMigrate) << "cannot drop the scratch database" << m_name << dropped.error().message;
    }
}

Result<DatabaseUrl> TemporaryDatabase::create()
{
    if (m_server.dialect == DialectKind::SQLite) {
        m_folder = std::make_unique<QTemporaryDir>();
        if (!m_folder->isValid())
            return failure(Text::tr("cannot create a temporary folder: %1").arg(m_folder->errorString()));
        DatabaseUrl file;
        file.dialect = DialectKind::SQLite;
        file.path = m_folder->filePath(m_name + u".db"_s);
        file.disposable = true;
        m_created = true;
        return file;
    }
    Connection admin(m_server);
    if (!admin.isOpen())
        return failure(admin.errorText());
    if (Result<> created = admin.exec(u"CREATE DATABASE "_s + m_name); !created)
        return failure(Text::tr("cannot create a scratch database on %1: %2")
                           .arg(m_server.display(), created.error().message));
    m_created = true;
    DatabaseUrl scratch = m_server;
    scratch.database = m_name;
    scratch.disposable = true;
    return scratch;
}

} // namespace Strata
