#include <strata/migration/DatabaseUrl.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace Strata {

namespace {

// The messages of this file, in the context "Strata::DatabaseUrl". A class with Q_DECLARE_TR_FUNCTIONS rather than a
// free tr() helper, so that lupdate files them under the context they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Strata::DatabaseUrl)
};

// Splits a .pgpass line on unescaped colons; "\:" and "\\" are escapes.
QStringList splitPgpassLine(const QString &line)
{
    QStringList fields;
    QString current;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == u'\\' && i + 1 < line.size()) {
            current += line.at(++i);
        } else if (c == u':') {
            fields.append(current);
            current.clear();
        } else {
            current += c;
        }
    }
    fields.append(current);
    return fields;
}

} // namespace

Result<DatabaseUrl> DatabaseUrl::parse(const QString &text, const QString &projectRoot)
{
    DatabaseUrl url;
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(u"sqlite:")) {
        url.dialect = DialectKind::SQLite;
        QString path = trimmed.mid(7);
        if (path == u":memory:") {
            url.memory = true;
            return url;
        }
        if (path.startsWith(u"//")) // sqlite:///abs/path and sqlite://rel are common spellings
            path = path.mid(2);
        if (path.isEmpty())
            return failure(Text::tr("the SQLite URL \"%1\" names no file").arg(text));
        url.path = QDir::cleanPath(QDir(projectRoot).absoluteFilePath(path));
        return url;
    }
    if (trimmed.startsWith(u"postgresql://") || trimmed.startsWith(u"postgres://")) {
        const QUrl parsed(trimmed, QUrl::StrictMode);
        if (!parsed.isValid() || parsed.host().isEmpty()) {
            return failure(Text::tr("\"%1\" is not a valid PostgreSQL URL; write postgresql://USER@HOST:PORT/DB")
                               .arg(DatabaseUrl{DialectKind::PostgreSQL}.display()));
        }
        url.dialect = DialectKind::PostgreSQL;
        url.host = parsed.host();
        url.port = parsed.port(5432);
        url.user = parsed.userName(QUrl::FullyDecoded);
        url.password = parsed.password(QUrl::FullyDecoded);
        url.database = parsed.path().mid(1);
        // libpq also takes the password as an option (?password=...): keep it out of `options`,
        // which display() shows.
        QUrlQuery query(parsed.query());
        if (query.hasQueryItem(QStringLiteral("password"))) {
            if (url.password.isEmpty())
                url.password = query.queryItemValue(QStringLiteral("password"), QUrl::FullyDecoded);
            query.removeAllQueryItems(QStringLiteral("password"));
        }
        url.options = query.toString();
        if (url.database.isEmpty())
            url.database = url.user.isEmpty() ? QStringLiteral("postgres") : url.user;
        return url;
    }
    return failure(Text::tr("unknown database URL \"%1\": use sqlite:PATH, sqlite::memory: or postgresql://USER@HOST:PORT/DB")
                       .arg(trimmed.section(QLatin1Char('@'), -1))); // never echo what could be a password
}

QString DatabaseUrl::display() const
{
    if (dialect == DialectKind::SQLite)
        return memory ? QStringLiteral("sqlite::memory:") : QStringLiteral("sqlite:") + path;
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty()) {
        text += user;
        if (!password.isEmpty())
            text += QStringLiteral(":***");
        text += QLatin1Char('@');
    }
    text += host + QLatin1Char(':') + QString::number(port) + QLatin1Char('/') + database;
    if (!options.isEmpty())
        text += QLatin1Char('?') + options;
    return text;
}

QString DatabaseUrl::passwordFromPgpass(const QString &pgpassText, const QString &host, int port,
                                        const QString &database, const QString &user)
{
    const auto matches = [](const QString &pattern, const QString &value) {
        return pattern == u"*" || pattern == value;
    };
    for (const QString &rawLine : pgpassText.split(QLatin1Char('\n'))) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = splitPgpassLine(line);
        if (fields.size() != 5)
            continue;
        const bool hostMatches = matches(fields.at(0), host)
            || (fields.at(0) == u"localhost" && (host == u"127.0.0.1" || host == u"::1"));
        if (hostMatches && matches(fields.at(1), QString::number(port)) && matches(fields.at(2), database)
            && matches(fields.at(3), user))
            return fields.at(4);
    }
    return {};
}

void DatabaseUrl::resolvePassword()
{
    if (dialect != DialectKind::PostgreSQL || !password.isEmpty())
        return;
    const QByteArray fromEnvironment = qgetenv("PGPASSWORD");
    if (!fromEnvironment.isEmpty()) {
        password = QString::fromUtf8(fromEnvironment);
        return;
    }
    QString file = QString::fromLocal8Bit(qgetenv("PGPASSFILE"));
    if (file.isEmpty())
        file = QDir::homePath() + QStringLiteral("/.pgpass");
    QFile pgpass(file);
    if (!pgpass.open(QIODevice::ReadOnly))
        return;
    password = passwordFromPgpass(QString::fromUtf8(pgpass.readAll()), host, port, database, user);
}

} // namespace Strata
