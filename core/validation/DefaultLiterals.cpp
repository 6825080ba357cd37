#include <strata/validation/DefaultLiterals.h>

#include <strata/model/Schema.h>

#include <QCoreApplication>
#include <QDate>
#include <QJsonValue>
#include <QRegularExpression>

#include <cmath>
#include <limits>

// Whether a JSON literal fits a column as its "default": numbers in range, strings that fit their
// length, ISO dates and times, enum values, UUIDs. The rule that reports it (invalid-default) is in
// PackageRules; the messages share its translation context.
namespace Strata {

namespace {

QString integerProblem(const ColumnType &type, const QJsonValue &value)
{
    if (!value.isDouble())
        return QCoreApplication::translate("Strata::Validation", "is not a number");
    const double d = value.toDouble();
    if (!std::isfinite(d) || std::trunc(d) != d)
        return QCoreApplication::translate("Strata::Validation", "is not a whole number");
    double low = double(std::numeric_limits<qint64>::min());
    double high = double(std::numeric_limits<qint64>::max());
    if (type.kind == TypeKind::SmallInt) {
        low = -32768;
        high = 32767;
    } else if (type.kind == TypeKind::Integer || type.kind == TypeKind::Serial) {
        low = double(std::numeric_limits<qint32>::min());
        high = double(std::numeric_limits<qint32>::max());
    }
    if (d < low || d > high)
        return QCoreApplication::translate("Strata::Validation", "is out of range for %1").arg(type.portableName());
    return {};
}

QString numericProblem(const ColumnType &type, const QJsonValue &value)
{
    QString digits;
    if (value.isDouble()) {
        if (!std::isfinite(value.toDouble()))
            return QCoreApplication::translate("Strata::Validation", "is not a finite number");
        digits = QString::number(std::fabs(value.toDouble()), 'f', 0);
    } else if (value.isString() && type.kind == TypeKind::Numeric) {
        // Exact decimals may be written as strings so that JSON's doubles do not round them.
        static const QRegularExpression decimal(QStringLiteral("^[+-]?(\\d+)(\\.\\d+)?$"));
        const auto match = decimal.match(value.toString());
        if (!match.hasMatch())
            return QCoreApplication::translate("Strata::Validation", "is not a decimal number");
        digits = match.captured(1);
    } else {
        return QCoreApplication::translate("Strata::Validation", "is not a number");
    }
    if (type.kind == TypeKind::Numeric && type.precision > 0) {
        while (digits.size() > 1 && digits.startsWith(u'0'))
            digits.remove(0, 1);
        const qsizetype integerDigits = digits == u"0" ? 0 : digits.size();
        if (integerDigits > type.precision - type.scale)
            return QCoreApplication::translate("Strata::Validation", "has more integer digits than %1 allows")
                .arg(type.portableName());
    }
    return {};
}

bool isIsoTemporal(TypeKind kind, const QString &text)
{
    static const QRegularExpression date(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    static const QRegularExpression time(QStringLiteral("^(\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d{1,6})?)?$"));
    static const QRegularExpression stamp(QStringLiteral(
        "^(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,6})?)?)(Z|[+-]\\d{2}(?::?\\d{2})?)?$"));
    const auto validDate = [](const QString &s) { return QDate::fromString(s, Qt::ISODate).isValid(); };
    const auto validTime = [](const QString &s) {
        const QStringList parts = s.section(u'.', 0, 0).split(u':');
        const int h = parts.value(0).toInt(), m = parts.value(1).toInt(), sec = parts.value(2).toInt();
        return h < 24 && m < 60 && sec < 60;
    };
    switch (kind) {
    case TypeKind::Date:
        return date.match(text).hasMatch() && validDate(text);
    case TypeKind::Time:
        return time.match(text).hasMatch() && validTime(text);
    case TypeKind::Timestamp:
    case TypeKind::TimestampTz: {
        const auto m = stamp.match(text);
        return m.hasMatch() && validDate(m.captured(1)) && validTime(m.captured(2));
    }
    default:
        return true;
    }
}

} // namespace

QString defaultLiteralHelp(const Column &column)
{
    const ColumnType &type = column.type;
    switch (type.kind) {
    case TypeKind::Boolean:
        return QCoreApplication::translate("Strata::Validation", "write true or false, without quotes");
    case TypeKind::Enum:
        return QCoreApplication::translate("Strata::Validation", "use one of the values: %1")
            .arg(type.enumValues.join(QStringLiteral(", ")));
    case TypeKind::Date:
        return QCoreApplication::translate("Strata::Validation", "write an ISO date such as \"2024-01-31\"");
    case TypeKind::Time:
        return QCoreApplication::translate("Strata::Validation", "write an ISO time such as \"13:45:00\"");
    case TypeKind::Timestamp:
    case TypeKind::TimestampTz:
        return QCoreApplication::translate("Strata::Validation",
                                           "write an ISO timestamp such as \"2024-01-31T13:45:00Z\", or use "
                                           "\"defaultNow\": true");
    case TypeKind::Uuid:
        return QCoreApplication::translate("Strata::Validation",
                                           "write a UUID such as \"123e4567-e89b-12d3-a456-426614174000\", or "
                                           "use \"defaultSql\" for a generated one");
    default:
        break;
    }
    if (type.isNumeric())
        return QCoreApplication::translate("Strata::Validation",
                                           "write a number that fits %1, without quotes").arg(type.portableName());
    if (type.isTextual())
        return QCoreApplication::translate("Strata::Validation", "write a string that fits %1, in quotes")
            .arg(type.portableName());
    return QCoreApplication::translate("Strata::Validation",
                                       "write a literal of the column's type, or use \"defaultSql\"");
}

QString defaultLiteralProblem(const Column &column, const QJsonValue &value)
{
    const ColumnType &type = column.type;
    if (value.isNull()) {
        if (column.notNull || column.primaryKey)
            return QCoreApplication::translate("Strata::Validation", "is null, but the column is not null");
        return {};
    }
    switch (type.kind) {
    case TypeKind::Json:
    case TypeKind::Jsonb:
    case TypeKind::DialectSpecific:
    case TypeKind::Invalid:
        return {}; // any JSON value is a JSON document; native types are the author's business
    case TypeKind::Boolean:
        return value.isBool() ? QString()
                              : QCoreApplication::translate("Strata::Validation", "is not a boolean");
    case TypeKind::Enum:
        if (!value.isString())
            return QCoreApplication::translate("Strata::Validation", "is not a string");
        if (!type.enumValues.contains(value.toString()))
            return QCoreApplication::translate("Strata::Validation", "is \"%1\", which is not one of its values")
                .arg(value.toString());
        return {};
    case TypeKind::Date:
    case TypeKind::Time:
    case TypeKind::Timestamp:
    case TypeKind::TimestampTz:
        if (!value.isString())
            return QCoreApplication::translate("Strata::Validation", "is not a string");
        if (!isIsoTemporal(type.kind, value.toString()))
            return QCoreApplication::translate("Strata::Validation", "\"%1\" is not an ISO 8601 %2")
                .arg(value.toString(), type.portableName());
        return {};
    case TypeKind::Uuid: {
        static const QRegularExpression uuid(QStringLiteral(
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
        if (!value.isString() || !uuid.match(value.toString()).hasMatch())
            return QCoreApplication::translate("Strata::Validation", "is not a UUID string");
        return {};
    }
    case TypeKind::Bytes:
        return value.isString() ? QString()
                                : QCoreApplication::translate("Strata::Validation", "is not a string");
    default:
        break;
    }
    if (type.isInteger())
        return integerProblem(type, value);
    if (type.isNumeric())
        return numericProblem(type, value);
    if (type.isTextual()) {
        if (!value.isString())
            return QCoreApplication::translate("Strata::Validation", "is not a string");
        const qsizetype length = value.toString().toUcs4().size(); // both dialects count characters
        if ((type.kind == TypeKind::Varchar || type.kind == TypeKind::Char) && type.length > 0
            && length > type.length)
            return QCoreApplication::translate("Strata::Validation", "has %1 characters, more than %2")
                .arg(length)
                .arg(type.length);
    }
    return {};
}

} // namespace Strata
