#pragma once

#include <strata/migration/DatabaseUrl.h>
#include <strata/model/ProjectConfig.h>

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QString>

namespace Strata::Ui {

// The database the workbench's migration features talk to: the project's default target
// (strata.json "database", else .strata/strata.db) or a URL the user chose. The chosen URL is
// remembered per project in WorkbenchSettings WITHOUT its password; a password typed by the user
// lives in this object's memory for the session only, else DatabaseUrl reads $PGPASSWORD or ~/.pgpass.
class MigrationConnection : public QObject
{
    Q_OBJECT

public:
    explicit MigrationConnection(QObject *parent = nullptr);

    // The project whose default applies; restores the URL last chosen for it.
    void setProject(const ProjectConfig &project);
    const ProjectConfig &project() const { return m_project; }

    // The URL as the user chose it, without a password; empty: the project's default.
    QString urlText() const { return m_urlText; }
    bool isProjectDefault() const { return m_urlText.isEmpty(); }
    // The URL text the project's default resolves to ("sqlite:.strata/strata.db" when unset).
    QString defaultUrlText() const;

    // Chooses `urlText` (empty: the project's default). A password inside the URL, or `password`
    // when not empty, is kept for this session only. Returns false and sets *error (translated)
    // when the URL cannot be parsed; nothing changes then.
    bool setTarget(const QString &urlText, const QString &password = {}, QString *error = nullptr);
    void useProjectDefault() { setTarget({}); }
    // Whether a password was typed for the current target in this session.
    bool hasSessionPassword() const;

    // The URL to connect with: parsed against the project root, with the session's password or
    // else $PGPASSWORD / ~/.pgpass. Invalid (and error() says why) when it cannot be used.
    DatabaseUrl url() const;
    // Why url() cannot take the project's migrations (unparsable, another dialect); empty when it can.
    QString error() const;
    bool isUsable() const { return error().isEmpty(); }
    // The URL with its password masked: safe to show and log.
    QString display() const;

    // `text` without the password part of a postgresql:// URL (what may be stored).
    static QString withoutPassword(const QString &text);
    // Opens `url` on a worker thread and runs a query; the future's result is empty on success,
    // else the reason (translated, never containing the password).
    static QFuture<QString> testConnection(const DatabaseUrl &url);

Q_SIGNALS:
    void changed();

private:
    QString effectiveText() const;

    ProjectConfig m_project;
    QString m_urlText;
    QHash<QString, QString> m_sessionPasswords; // URL text without password -> password
};

} // namespace Strata::Ui
