#include <strata/model/ColumnType.h>

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <array>

namespace Strata {

namespace {

struct TypeName
{
    QLatin1StringView name;
    TypeKind kind;
};

// In the order the documentation lists them; portableTypeNames() keeps it.
constexpr std::array kTypeNames{
    TypeName{QLatin1StringView("text"), TypeKind::Text},
    TypeName{QLatin1StringView("varchar"), TypeKind::Varchar},
    TypeName{QLatin1StringView("char"), TypeKind::Char},
    TypeName{QLatin1StringView("smallint"), TypeKind::SmallInt},
    TypeName{QLatin1StringView("integer"), TypeKind::Integer},
    TypeName{QLatin1StringView("bigint"), TypeKind::BigInt},
    TypeName{QLatin1StringView("serial"), TypeKind::Serial},
    TypeName{QLatin1StringView("bigserial"), TypeKind::BigSerial},
    TypeName{QLatin1StringView("boolean"), TypeKind::Boolean},
    TypeName{QLatin1StringView("real"), TypeKind::Real},
    TypeName{QLatin1StringView("double"), TypeKind::Double},
    TypeName{QLatin1StringView("numeric"), TypeKind::Numeric},
    TypeName{QLatin1StringView("date"), TypeKind::Date},
    TypeName{QLatin1StringView("time"), TypeKind::Time},
    TypeName{QLatin1StringView("timestamp"), TypeKind::Timestamp},
    TypeName{QLatin1StringView("timestamptz"), TypeKind::TimestampTz},
    TypeName{QLatin1StringView("uuid"), TypeKind::Uuid},
    TypeName{QLatin1StringView("json"), TypeKind::Json},
    TypeName{QLatin1StringView("jsonb"), TypeKind::Jsonb},
    TypeName{QLatin1StringView("bytes"), TypeKind::Bytes},
    TypeName{QLatin1StringView("enum"), TypeKind::Enum},
};

// PostgreSQL's own limits, so that a type valid here is valid on both dialects.
constexpr int kMaxNumericPrecision = 1000;
constexpr int kMaxCharacterLength = 10485760;

QString kindName(TypeKind kind)
{
    for (const TypeName &t : kTypeNames) {
        if (t.kind == kind)
            return QString(t.name);
    }
    return {};
}

// Parses one positive parameter; returns -1 when it is not a whole number.
int parameter(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,9}$"));
    if (!digits.match(text).hasMatch())
        return -1;
    return text.toInt();
}

Result<ColumnType> parseSpelling(const QString &spelling);

} // namespace

Result<ColumnType> ColumnType::parse(const QString &spelling)
{
    // The columns of a project share a handful of spellings ("bigint", "varchar(255)"), and a large
    // project has hundreds of thousands of columns: remember the valid ones, per thread so that the
    // loader threads share no lock. Invalid ones are parsed every time (their message is translated
    // when made). Bounded, for projects that spell every length differently.
    constexpr qsizetype MaxCached = 512;
    thread_local QHash<QString, ColumnType> valid;
    if (const auto it = valid.constFind(spelling); it != valid.cend())
        return *it;
    Result<ColumnType> type = parseSpelling(spelling);
    if (type && valid.size() < MaxCached)
        valid.insert(spelling, *type);
    return type;
}

namespace {

Result<ColumnType> parseSpelling(const QString &spelling)
{
    // name, then an optional parenthesised parameter list; spaces allowed anywhere between tokens.
    static const QRegularExpression shape(QStringLiteral("^\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*(?:\\((.*)\\))?\\s*$"));
    const QString trimmed = spelling.trimmed();
    if (trimmed.isEmpty())
        return failure(QCoreApplication::translate("Strata::ColumnType", "The column type is empty."));
    const QRegularExpressionMatch match = shape.match(spelling);
    if (!match.hasMatch())
        return failure(QCoreApplication::translate("Strata::ColumnType",
                                                   "\"%1\" is not a column type: write a type name such as \"text\" or "
                                                   "\"varchar(40)\".")
                           .arg(trimmed));

    const QString name = match.captured(1).toLower();
    const bool hasParameters = match.capturedStart(2) >= 0;
    QStringList parameters;
    if (hasParameters) {
        parameters = match.captured(2).split(QLatin1Char(','));
        for (QString &p : parameters)
            p = p.trimmed();
    }

    ColumnType type;
    type.spelling = spelling;
    for (const TypeName &t : kTypeNames) {
        if (t.name == name)
            type.kind = t.kind;
    }
    if (type.kind == TypeKind::Invalid)
        return failure(QCoreApplication::translate("Strata::ColumnType", "Unknown column type \"%1\".").arg(match.captured(1)));

    switch (type.kind) {
    case TypeKind::Varchar:
    case TypeKind::Char: {
        if (!hasParameters)
            return failure(QCoreApplication::translate("Strata::ColumnType", "The type %1 needs a length, as in %1(40).")
                    .arg(name));
        if (parameters.size() != 1)
            return failure(QCoreApplication::translate("Strata::ColumnType",
                                                       "The type %1 takes exactly one parameter, its length.")
                               .arg(name));
        const int length = parameter(parameters.first());
        if (length < 0)
            return failure(QCoreApplication::translate("Strata::ColumnType",
                                                       "The length of %1 must be a whole number, not \"%2\".")
                               .arg(name, parameters.first()));
        if (length == 0)
            return failure(QCoreApplication::translate("Strata::ColumnType", "The length of %1 must be at least 1.").arg(name));
        if (length > kMaxCharacterLength)
            return failure(QCoreApplication::translate(
                               "Strata::ColumnType", "The length of %1 may be at most %2; use text for longer values.")
                               .arg(name)
                               .arg(kMaxCharacterLength));
        type.length = length;
        break;
    }
    case TypeKind::Numeric: {
        if (!hasParameters)
            break;
        if (parameters.size() > 2 || parameters.first().isEmpty())
            return failure(QCoreApplication::translate("Strata::ColumnType",
                                            "The type numeric takes a precision and an optional scale, as in "
                                            "numeric(12, 2)."));
        const int precision = parameter(parameters.at(0));
        if (precision < 0)
            return failure(QCoreApplication::translate("Strata::ColumnType",
                                                       "The precision of numeric must be a whole number, not \"%1\".")
                               .arg(parameters.at(0)));
        if (precision == 0)
            return failure(QCoreApplication::translate("Strata::ColumnType", "The precision of numeric must be at least 1."));
        if (precision > kMaxNumericPrecision)
            return failure(QCoreApplication::translate("Strata::ColumnType", "The precision of numeric may be at most %1.")
                    .arg(kMaxNumericPrecision));
        int scale = 0;
        if (parameters.size() == 2) {
            scale = parameter(parameters.at(1));
            if (scale < 0)
                return failure(QCoreApplication::translate("Strata::ColumnType",
                                                           "The scale of numeric must be a whole number, not \"%1\".")
                                   .arg(parameters.at(1)));
            if (scale > precision)
                return failure(QCoreApplication::translate(
                                   "Strata::ColumnType", "The scale of numeric (%1) may not exceed its precision (%2).")
                                   .arg(scale)
                                   .arg(precision));
        }
        type.precision = precision;
        type.scale = scale;
        break;
    }
    default:
        if (hasParameters)
            return failure(QCoreApplication::translate("Strata::ColumnType", "The type %1 takes no parameters.").arg(name));
        break;
    }
    return type;
}

} // namespace

ColumnType ColumnType::enumeration(const QStringList &values)
{
    ColumnType type;
    type.kind = TypeKind::Enum;
    type.enumValues = values;
    type.spelling = QStringLiteral("enum");
    return type;
}

ColumnType ColumnType::dialectSpecific(const QMap<QString, QString> &typesByDialect)
{
    ColumnType type;
    type.kind = TypeKind::DialectSpecific;
    type.dialectTypes = typesByDialect;
    type.spelling = type.portableName();
    return type;
}

bool ColumnType::isInteger() const
{
    switch (kind) {
    case TypeKind::SmallInt:
    case TypeKind::Integer:
    case TypeKind::BigInt:
    case TypeKind::Serial:
    case TypeKind::BigSerial:
        return true;
    default:
        return false;
    }
}

bool ColumnType::isNumeric() const
{
    return isInteger() || kind == TypeKind::Real || kind == TypeKind::Double || kind == TypeKind::Numeric;
}

bool ColumnType::isTextual() const
{
    switch (kind) {
    case TypeKind::Text:
    case TypeKind::Varchar:
    case TypeKind::Char:
    case TypeKind::Uuid:
    case TypeKind::Enum:
        return true;
    default:
        return false;
    }
}

bool ColumnType::isTemporal() const
{
    switch (kind) {
    case TypeKind::Date:
    case TypeKind::Time:
    case TypeKind::Timestamp:
    case TypeKind::TimestampTz:
        return true;
    default:
        return false;
    }
}

ColumnType ColumnType::referencingType() const
{
    ColumnType type = *this;
    if (kind == TypeKind::Serial)
        type.kind = TypeKind::Integer;
    else if (kind == TypeKind::BigSerial)
        type.kind = TypeKind::BigInt;
    else
        return type;
    type.spelling = type.portableName();
    return type;
}

bool ColumnType::isCompatibleReference(const ColumnType &target) const
{
    const ColumnType from = referencingType();
    const ColumnType to = target.referencingType();
    if (!from.isValid() || !to.isValid())
        return false;
    // Character types compare with each other on both dialects (PostgreSQL casts varchar and char
    // to text); an enum is stored as text. uuid is deliberately not among them: PostgreSQL has no
    // uuid = text operator, so such a key cannot be declared there.
    const auto characterLike = [](TypeKind k) {
        return k == TypeKind::Text || k == TypeKind::Varchar || k == TypeKind::Char || k == TypeKind::Enum;
    };
    if (characterLike(from.kind) && characterLike(to.kind))
        return true;
    if (from.kind != to.kind)
        return false;
    if (from.kind == TypeKind::DialectSpecific)
        return from.dialectTypes == to.dialectTypes;
    // Integer widths must match exactly: a smallint key referencing a bigint would truncate ids.
    return true;
}

QString ColumnType::portableName() const
{
    switch (kind) {
    case TypeKind::Invalid:
        return {};
    case TypeKind::Varchar:
    case TypeKind::Char:
        return kindName(kind) + QLatin1Char('(') + QString::number(length) + QLatin1Char(')');
    case TypeKind::Numeric:
        if (precision == 0)
            return QStringLiteral("numeric");
        if (scale == 0)
            return QStringLiteral("numeric(%1)").arg(precision);
        return QStringLiteral("numeric(%1,%2)").arg(precision).arg(scale);
    case TypeKind::DialectSpecific: {
        // Shown as the JSON object the author wrote, keys in order.
        QStringList entries;
        for (auto it = dialectTypes.cbegin(); it != dialectTypes.cend(); ++it)
            entries.append(QStringLiteral("\"%1\": \"%2\"").arg(it.key(), it.value()));
        return QLatin1Char('{') + entries.join(QStringLiteral(", ")) + QLatin1Char('}');
    }
    default:
        return kindName(kind);
    }
}

QStringList ColumnType::portableTypeNames()
{
    QStringList names;
    names.reserve(qsizetype(kTypeNames.size()));
    for (const TypeName &t : kTypeNames)
        names.append(QString(t.name));
    return names;
}

} // namespace Strata
