#include <strata/sql/CatalogSchema.h>

#include <strata/sql/Dialect.h>
#include <strata/sql/SchemaComparison.h>

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Strata {

namespace {

// PostgreSQL's canonical type names and the portable spelling each comes back as.
QString portableCandidate(const QString &canonical)
{
    static const QHash<QString, QString> names = {
        {u"double precision"_s, u"double"_s},
        {u"bytea"_s, u"bytes"_s},
        {u"time without time zone"_s, u"time"_s},
        {u"timestamp without time zone"_s, u"timestamp"_s},
        {u"timestamp with time zone"_s, u"timestamptz"_s},
    };
    if (const auto it = names.constFind(canonical); it != names.constEnd())
        return *it;
    static const QRegularExpression sized(u"^(character varying|character)\\((\\d+)\\)$"_s);
    if (const QRegularExpressionMatch m = sized.match(canonical); m.hasMatch())
        return (m.captured(1) == u"character" ? u"char("_s : u"varchar("_s) + m.captured(2) + u')';
    return canonical;
}

QString referentialAction(const QString &catalogAction)
{
    const QString action = catalogAction.toLower();
    return action == u"no action" ? QString() : action;
}

QString checkExpression(const QString &definition)
{
    static const QRegularExpression shape(u"^\\s*CHECK\\s*\\((.*)\\)(\\s+NOT VALID)?\\s*$"_s,
                                          QRegularExpression::CaseInsensitiveOption
                                              | QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = shape.match(definition);
    return match.hasMatch() ? match.captured(1).trimmed() : definition.trimmed();
}

} // namespace

namespace {

ColumnType typeFromCatalog(const QString &native, DialectKind dialect)
{
    const std::unique_ptr<Dialect> rendering = Dialect::create(dialect);
    const QString canonical = dialect == DialectKind::PostgreSQL ? catalogTypeName(
                                  ColumnType::dialectSpecific({{dialectName(dialect), native}}), *rendering)
                                                                 : native.simplified();
    const QString candidate = dialect == DialectKind::PostgreSQL ? portableCandidate(canonical) : canonical.toLower();
    if (Result<ColumnType> portable = ColumnType::parse(candidate); portable && portable->kind != TypeKind::Enum) {
        // Only a type that renders back to the same native type: SQLite's TIMESTAMP has another
        // affinity than the TEXT a portable timestamp renders to, so it stays what it is.
        const QString back = catalogTypeName(*portable, *rendering);
        if (back.compare(canonical, Qt::CaseInsensitive) == 0) {
            portable->spelling = native;
            return *portable;
        }
    }
    ColumnType specific = ColumnType::dialectSpecific({{dialectName(dialect), native}});
    specific.spelling = native;
    return specific;
}

} // namespace

ColumnType columnTypeFromCatalog(const QString &native, DialectKind dialect)
{
    // A catalog of 100,000 columns spells a handful of types: convert each spelling once per
    // thread and dialect (a Dialect, two parses and a rendering each, 0.1 s of the replay's 10,000
    // tables). Bounded, as ColumnType::parse's own memory is.
    constexpr qsizetype MaxCached = 512;
    thread_local QHash<QString, ColumnType> known[2];
    QHash<QString, ColumnType> &converted = known[dialect == DialectKind::PostgreSQL ? 1 : 0];
    if (const auto it = converted.constFind(native); it != converted.cend())
        return *it;
    ColumnType type = typeFromCatalog(native, dialect);
    if (converted.size() < MaxCached)
        converted.insert(native, type);
    return type;
}

CatalogSchema schemaFromCatalog(const QList<CatalogTable> &catalog, DialectKind dialect)
{
    CatalogSchema schema;
    schema.tables.reserve(catalog.size());
    for (const CatalogTable &source : catalog) {
        Table table;
        table.name = source.name;
        table.comment = source.comment;
        table.primaryKey = source.primaryKey;
        table.columns.reserve(source.columns.size());
        for (const CatalogColumn &c : source.columns) {
            Column column;
            column.name = c.name;
            column.typeSpelling = c.type;
            column.type = columnTypeFromCatalog(c.type, dialect);
            column.notNull = c.notNull;
            column.comment = c.comment;
            const bool sequence = dialect == DialectKind::PostgreSQL && c.defaultValue.startsWith(u"nextval(");
            if (sequence && column.type.kind == TypeKind::Integer)
                column.type = *ColumnType::parse(u"serial"_s);
            else if (sequence && column.type.kind == TypeKind::BigInt)
                column.type = *ColumnType::parse(u"bigserial"_s);
            else if (!c.defaultValue.isEmpty())
                column.defaultValue = {ColumnDefault::Kind::Sql, {}, c.defaultValue};
            table.columns.append(std::move(column));
        }
        for (const CatalogForeignKey &key : source.foreignKeys) {
            if (key.columns.size() != 1) {
                schema.notRepresented.append(
                    QCoreApplication::translate("Strata::CatalogSchema",
                                                "Table %1 has a foreign key on several columns (%2) referencing %3, "
                                                "which Strata does not compare.")
                        .arg(source.name, key.columns.join(u", "_s), key.referencedTable));
                continue;
            }
            for (Column &column : table.columns) {
                if (column.name == key.columns.first())
                    column.references = {key.referencedTable, key.referencedColumns.value(0),
                                         referentialAction(key.onDelete), referentialAction(key.onUpdate)};
            }
        }
        for (const CatalogIndex &index : source.indexes) {
            if (index.origin == CatalogIndex::Origin::PrimaryKey)
                continue;
            if (index.partial || index.columns.contains(QString()))
                schema.notRepresented.append(
                    QCoreApplication::translate("Strata::CatalogSchema",
                                                "Index %1 on %2 is partial or indexes an expression, which Strata "
                                                "compares by its columns only.")
                        .arg(index.name, source.name));
            if (index.origin == CatalogIndex::Origin::UniqueConstraint) {
                UniqueConstraint unique;
                unique.columns = index.columns;
                table.uniques.append(unique);
            } else {
                Index model;
                model.name = index.name;
                model.columns = index.columns;
                model.unique = index.unique;
                table.indexes.append(std::move(model));
            }
        }
        for (const CatalogCheck &check : source.checks)
            table.checks.append({check.name, checkExpression(check.definition), {}});
        schema.tables.append(std::move(table));
    }
    return schema;
}

} // namespace Strata
