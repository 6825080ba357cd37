#include <strata/migration/Connection.h>

#include <strata/common/Logging.h>

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace Strata {

namespace {

// The messages of this file, in the context "Strata::Connection". A class with Q_DECLARE_TR_FUNCTIONS rather than a
// free tr() helper, so that lupdate files them under the context they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Strata::Connection)
};

QString uniqueConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("strata-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Connection::Connection(const DatabaseUrl &url, const Options &options) : m_url(url), m_name(uniqueConnectionName())
{
    if (url.dialect == DialectKind::SQLite) {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        if (url.memory) {
            m_db.setDatabaseName(QStringLiteral(":memory:"));
        } else {
            QDir().mkpath(QFileInfo(url.path).absolutePath());
            m_db.setDatabaseName(url.path);
        }
        m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
    } else {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        m_db.setHostName(url.host);
        m_db.setPort(url.port);
        m_db.setUserName(url.user);
        m_db.setPassword(url.password);
        m_db.setDatabaseName(url.database);
        m_db.setConnectOptions(QStringLiteral("application_name=strata;connect_timeout=10"));
    }
    if (!m_db.open()) {
        // The driver's text names host and user, never the password.
        m_error = Text::tr("cannot open %1: %2").arg(url.display(), m_db.lastError().text());
        qCWarning(lcMigrate) << m_error;
        return;
    }
    if (url.dialect == DialectKind::SQLite) {
        (void)exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    } else {
        // Settings for quieter logs and faster failures: a server that refuses them still works.
        (void)exec(QStringLiteral("SET client_min_messages = warning"));
        // PostgreSQL 14+: notice a vanished client during a long statement and roll back at once.
        (void)exec(QStringLiteral("SET client_connection_check_interval = 1000"));
    }
    qCDebug(lcMigrate) << "connected to" << url.display();
}

Connection::~Connection()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

Result<> Connection::exec(const QString &sql)
{
    QSqlQuery query(m_db);
    if (query.exec(sql))
        return {};
    const QSqlError error = query.lastError();
    QString message = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    // A failure must say something: callers report the message, and an empty one was once read as success.
    if (message.trimmed().isEmpty())
        message = Text::tr("the database refused the statement without saying why");
    return failure(message);
}

} // namespace Strata
