#include <strata/model/DialectKind.h>

namespace Strata {

QString dialectTitle(DialectKind kind)
{
    return kind == DialectKind::PostgreSQL ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite");
}

QString dialectName(DialectKind kind)
{
    switch (kind) {
    case DialectKind::SQLite:
        return QStringLiteral("sqlite");
    case DialectKind::PostgreSQL:
        return QStringLiteral("postgresql");
    }
    return {};
}

bool parseDialectName(const QString &name, DialectKind *kind)
{
    const QString key = name.trimmed().toLower();
    DialectKind parsed;
    if (key == QLatin1String("sqlite") || key == QLatin1String("sqlite3"))
        parsed = DialectKind::SQLite;
    else if (key == QLatin1String("postgresql") || key == QLatin1String("postgres") || key == QLatin1String("pg"))
        parsed = DialectKind::PostgreSQL;
    else
        return false;
    if (kind)
        *kind = parsed;
    return true;
}

} // namespace Strata
