#include <strata/model/Schema.h>

#include <strata/model/Migration.h>
#include <strata/model/Package.h>

#include <QCryptographicHash>

namespace Strata {

const Column *Table::column(QStringView columnName) const
{
    for (const Column &c : columns) {
        if (c.name == columnName)
            return &c;
    }
    return nullptr;
}

QStringList Table::primaryKeyColumns() const
{
    if (!primaryKey.isEmpty())
        return primaryKey;
    QStringList keys;
    for (const Column &c : columns) {
        if (c.primaryKey)
            keys.append(c.name);
    }
    return keys;
}

bool Table::isUniqueKey(const QStringList &keyColumns) const
{
    if (keyColumns.isEmpty())
        return false;
    if (primaryKeyColumns() == keyColumns)
        return true;
    if (keyColumns.size() == 1) {
        if (const Column *c = column(keyColumns.first()); c && (c->unique || c->primaryKey))
            return true;
    }
    for (const UniqueConstraint &u : uniques) {
        if (u.columns == keyColumns)
            return true;
    }
    for (const Index &i : indexes) {
        if (i.unique && i.columns == keyColumns)
            return true;
    }
    return false;
}

qint64 Migration::sequence() const
{
    qsizetype digits = 0;
    while (digits < id.size() && id.at(digits).isDigit())
        ++digits;
    if (digits == 0)
        return -1;
    bool ok = false;
    const qint64 value = QStringView(id).left(digits).toLongLong(&ok);
    return ok ? value : -1;
}

const Table *PackageDefinition::table(QStringView tableName) const
{
    for (const Table &t : tables) {
        if (t.name == tableName)
            return &t;
    }
    return nullptr;
}

bool PackageDefinition::dependsDirectlyOn(QStringView package) const
{
    for (const Dependency &d : dependencies) {
        if (d.name == package)
            return true;
    }
    return false;
}

SourceLocation PackageDefinition::rangeLocation(const Dependency &dependency) const
{
    const SourceLocation fallback = dependency.location.isValid() ? dependency.location : location;
    return fields.value(FieldPath::dependency(dependency.name), fallback);
}

QString Migration::computeChecksum() const
{
    QByteArray text;
    if (up.isCallable()) {
        text = "callable:" + id.toUtf8();
    } else {
        QString normalized = up.sql;
        normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        text = normalized.toUtf8();
    }
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
}

} // namespace Strata
