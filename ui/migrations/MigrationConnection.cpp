#include "migrations/MigrationConnection.h"

#include <strata/migration/Connection.h>
#include <strata/migration/MigrationQueries.h>
#include "settings/WorkbenchSettings.h"

#include <QFileInfo>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

namespace Strata::Ui {

MigrationConnection::MigrationConnection(QObject *parent) : QObject(parent) {}

void MigrationConnection::setProject(const ProjectConfig &project)
{
    m_project = project;
    m_urlText = project.root.isEmpty() ? QString()
                                       : withoutPassword(workbenchSettings().databaseUrl.value(project.root));
    Q_EMIT changed();
}

QString MigrationConnection::defaultUrlText() const
{
    return m_project.databaseUrl();
}

QString MigrationConnection::effectiveText() const
{
    return m_urlText.isEmpty() ? defaultUrlText() : m_urlText;
}

QString MigrationConnection::withoutPassword(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (!trimmed.startsWith(QLatin1String("postgres"), Qt::CaseInsensitive))
        return trimmed;
    QUrl url(trimmed, QUrl::TolerantMode);
    if (!url.isValid() || url.password().isEmpty())
        return trimmed;
    url.setPassword(QString());
    return url.toString();
}

bool MigrationConnection::setTarget(const QString &urlText, const QString &password, QString *error)
{
    const QString trimmed = urlText.trimmed();
    if (!trimmed.isEmpty()) {
        const Result<DatabaseUrl> parsed = DatabaseUrl::parse(trimmed, m_project.root);
        if (!parsed) {
            if (error)
                *error = parsed.errorMessage();
            return false;
        }
        const QString stored = withoutPassword(trimmed);
        const QString sessionPassword = password.isEmpty() ? parsed->password : password;
        if (!sessionPassword.isEmpty())
            m_sessionPasswords.insert(stored, sessionPassword);
        m_urlText = stored;
    } else {
        m_urlText.clear();
    }
    // Compared with the default so that choosing the default URL by hand follows later edits of strata.json.
    if (m_urlText == defaultUrlText())
        m_urlText.clear();
    if (!m_project.root.isEmpty())
        workbenchSettings().databaseUrl.setValue(m_project.root, m_urlText); // never with a password; "" removes it
    Q_EMIT changed();
    return true;
}

bool MigrationConnection::hasSessionPassword() const
{
    return m_sessionPasswords.contains(withoutPassword(effectiveText()));
}

DatabaseUrl MigrationConnection::url() const
{
    Result<DatabaseUrl> parsed = DatabaseUrl::parse(effectiveText(), m_project.root);
    if (!parsed)
        return {}; // error() says why
    DatabaseUrl url = std::move(parsed).value();
    const QString session = m_sessionPasswords.value(withoutPassword(effectiveText()));
    if (!session.isEmpty())
        url.password = session;
    url.resolvePassword();
    return url;
}

QString MigrationConnection::error() const
{
    if (m_project.root.isEmpty())
        return tr("No project is open.");
    const Result<DatabaseUrl> url = DatabaseUrl::parse(effectiveText(), m_project.root);
    if (!url)
        return url.errorMessage().isEmpty() ? tr("The database URL is not valid.") : url.errorMessage();
    return checkMigrationDialect(*url, m_project.dialect);
}

QString MigrationConnection::display() const
{
    const Result<DatabaseUrl> url = DatabaseUrl::parse(effectiveText(), m_project.root);
    return url ? url->display() : effectiveText();
}

QFuture<QString> MigrationConnection::testConnection(const DatabaseUrl &url)
{
    return QtConcurrent::run([url]() -> QString {
        // Testing must not create the file: a run creates it when it first migrates.
        if (url.dialect == DialectKind::SQLite && !url.memory && !QFileInfo::exists(url.path))
            return {};
        Connection connection(url);
        if (!connection.isOpen())
            return connection.errorText();
        return connection.exec(QStringLiteral("SELECT 1")).errorMessage();
    });
}

} // namespace Strata::Ui
