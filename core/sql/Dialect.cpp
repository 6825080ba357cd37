#include <strata/sql/Dialect.h>

#include <strata/sql/DialectSupport.h>
#include <strata/sql/PostgresDialect.h>
#include <strata/sql/SqliteDialect.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace Strata {

QString Dialect::quoteString(const QString &value) const
{
    QString quoted = value;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

bool Dialect::isReservedWord(const QString &word) const
{
    return reservedWords().contains(word.toLower());
}

std::unique_ptr<Dialect> Dialect::create(DialectKind kind)
{
    switch (kind) {
    case DialectKind::SQLite:
        return std::make_unique<SqliteDialect>();
    case DialectKind::PostgreSQL:
        return std::make_unique<PostgresDialect>();
    }
    return nullptr;
}

namespace DialectSupport {

QString quoteIdentifierIfNeeded(const QString &identifier, const Dialect &dialect)
{
    static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    if (plain.match(identifier).hasMatch() && !dialect.isReservedWord(identifier))
        return identifier;
    QString quoted = identifier;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString numberLiteral(double value)
{
    // 2^53: beyond it a double no longer holds every integer, and the author wrote no such number.
    if (std::isfinite(value) && value == std::trunc(value) && std::fabs(value) <= 9007199254740992.0)
        return QString::number(qint64(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString literalDefault(const Dialect &dialect, const ColumnDefault &value, const QString &trueSql,
                       const QString &falseSql)
{
    const QJsonValue &literal = value.literal;
    switch (literal.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("NULL");
    case QJsonValue::Bool:
        return literal.toBool() ? trueSql : falseSql;
    case QJsonValue::Double:
        return numberLiteral(literal.toDouble());
    case QJsonValue::String:
        return dialect.quoteString(literal.toString());
    case QJsonValue::Array:
        return dialect.quoteString(QString::fromUtf8(QJsonDocument(literal.toArray()).toJson(QJsonDocument::Compact)));
    case QJsonValue::Object:
        return dialect.quoteString(QString::fromUtf8(QJsonDocument(literal.toObject()).toJson(QJsonDocument::Compact)));
    }
    return {};
}

bool isParenthesized(const QString &sql)
{
    if (!sql.startsWith(QLatin1Char('(')) || !sql.endsWith(QLatin1Char(')')))
        return false;
    int depth = 0;
    QChar quote;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
        } else if (c == QLatin1Char('(')) {
            ++depth;
        } else if (c == QLatin1Char(')')) {
            if (--depth == 0 && i != sql.size() - 1)
                return false;
        }
    }
    return depth == 0;
}

bool isBareDefault(const QString &sql)
{
    static const QRegularExpression bare(
        QStringLiteral("^(?:[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?"
                       "|[+-]?0[xX][0-9a-fA-F]+"
                       "|'(?:[^']|'')*'"
                       "|[xX]'[0-9a-fA-F]*'"
                       "|null|true|false|current_time|current_date|current_timestamp)$"),
        QRegularExpression::CaseInsensitiveOption);
    return bare.match(sql).hasMatch() || isParenthesized(sql);
}

bool isFunctionCall(const QString &sql)
{
    static const QRegularExpression name(
        QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)?\\s*(?=\\()"));
    const QRegularExpressionMatch match = name.match(sql);
    return match.hasMatch() && isParenthesized(sql.mid(match.capturedEnd()));
}

QString referentialAction(const QString &action)
{
    QString spaced;
    for (const QChar c : action.trimmed()) {
        if (c.isUpper() && !spaced.isEmpty() && !spaced.endsWith(QLatin1Char(' ')))
            spaced.append(QLatin1Char(' '));
        spaced.append(c == QLatin1Char('_') || c == QLatin1Char('-') ? QLatin1Char(' ') : c);
    }
    spaced = spaced.simplified().toUpper();
    // Written without a separator ("setnull", or camelCase lowered by a builder).
    static const QStringList spacedActions
        = {QStringLiteral("SET NULL"), QStringLiteral("SET DEFAULT"), QStringLiteral("NO ACTION")};
    for (const QString &known : spacedActions) {
        if (QString(known).remove(QLatin1Char(' ')) == spaced)
            return known;
    }
    return spaced;
}

QString nowKeyword(const ColumnType &type)
{
    if (type.kind == TypeKind::Date)
        return QStringLiteral("CURRENT_DATE");
    if (type.kind == TypeKind::Time)
        return QStringLiteral("CURRENT_TIME");
    return QStringLiteral("CURRENT_TIMESTAMP");
}

} // namespace DialectSupport

} // namespace Strata
