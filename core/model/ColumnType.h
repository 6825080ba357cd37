#pragma once

#include <strata/common/Result.h>

#include <QMap>
#include <QString>
#include <QStringList>

namespace Strata {

// The portable column types of database.json; each renders to a documented type per dialect
// (docs/package-format.md, sql/ dialects).
enum class TypeKind {
    Invalid,
    Text, Varchar, Char,
    SmallInt, Integer, BigInt, Serial, BigSerial,
    Boolean, Real, Double, Numeric,
    Date, Time, Timestamp, TimestampTz,
    Uuid, Json, Jsonb, Bytes,
    Enum,
    DialectSpecific, // {"postgresql": "tsvector", "sqlite": "TEXT"}
};

struct ColumnType
{
    TypeKind kind = TypeKind::Invalid;
    int length = 0;     // varchar(n), char(n)
    int precision = 0;  // numeric(p,s); 0 = unconstrained numeric
    int scale = 0;
    QStringList enumValues;              // Enum
    QMap<QString, QString> dialectTypes; // DialectSpecific: dialect name -> native type
    QString spelling;                    // as written by the package author

    // Parses a portable spelling such as "varchar(40)" or "numeric(12, 2)", or says why it is not
    // one (translated). A column whose type does not parse holds an Invalid type (value_or({})).
    static Result<ColumnType> parse(const QString &spelling);
    static ColumnType enumeration(const QStringList &values);
    static ColumnType dialectSpecific(const QMap<QString, QString> &typesByDialect);

    bool isValid() const { return kind != TypeKind::Invalid; }
    bool isInteger() const; // smallint .. bigserial
    bool isSerial() const { return kind == TypeKind::Serial || kind == TypeKind::BigSerial; }
    bool isNumeric() const; // integers, real, double, numeric
    bool isTextual() const; // text, varchar, char, uuid, enum
    bool isTemporal() const;
    // The type a column referencing this one must have: serial -> integer, bigserial -> bigint.
    ColumnType referencingType() const;
    // Whether a foreign key of this type may reference `target` (same family after referencingType()).
    bool isCompatibleReference(const ColumnType &target) const;
    // Canonical portable spelling: "varchar(40)", "numeric(12,2)", "enum", "bigint".
    QString portableName() const;

    bool operator==(const ColumnType &) const = default;

    // Every portable type name, for did-you-mean suggestions and the JSON Schema.
    static QStringList portableTypeNames();
};

} // namespace Strata
