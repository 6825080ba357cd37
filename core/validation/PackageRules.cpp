#include <strata/validation/PackageRules.h>

#include <strata/validation/DefaultLiterals.h>
#include <strata/validation/Identifiers.h>
#include <strata/common/Suggest.h>

#include <strata/common/Semver.h>
#include <strata/model/Package.h>
#include <strata/model/ProjectConfig.h>
#include <strata/model/TableLookup.h>

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QSet>

#include <span>

using namespace Qt::StringLiterals;

// The rules that judge one package on its own. Each check appends diagnostics pointing at the JSON
// value at fault (the loader records a location per field; C++ registrations fall back to the
// object's location). Codes and their meaning are documented in docs/validation.md.
namespace Strata {

namespace {

// The column's display name in messages: "table.column".
QString columnName(const Table &table, const Column &column)
{
    return table.name + u'.' + column.name;
}

// The location of whichever of `keys` appears last in the file: of two conflicting fields, the
// second one written is the one to remove.
SourceLocation laterOf(const FieldLocations &fields, std::span<const FieldPath> keys, const SourceLocation &fallback)
{
    SourceLocation best;
    bool found = false;
    for (const FieldPath &key : keys) {
        if (!fields.contains(key))
            continue;
        const SourceLocation at = fields.value(key);
        if (!found || at.line > best.line || (at.line == best.line && at.column > best.column)) {
            best = at;
            found = true;
        }
    }
    return found ? best : fallback;
}

// `display` names the object in messages: the identifier itself, or "table.column" for columns.
Diagnostics identifierDiagnostics(const QString &identifier, const QString &what, const QString &display,
                                  const SourceLocation &location, const QString &package)
{
    Diagnostics out;
    const auto add = [&](Severity severity, DiagnosticCode code, const QString &message, const QString &help) {
        out.append(severity == Severity::Error ? makeError(code, message, location, help, package)
                                               : makeWarning(code, message, location, help, package));
    };
    if (!Identifiers::isValid(identifier)) {
        const QString fixed = Identifiers::sanitized(identifier);
        add(Severity::Error, DiagnosticCode::InvalidIdentifier,
            QCoreApplication::translate("Strata::Validation", "%1 name \"%2\" is not a valid SQL identifier: %3")
                .arg(what, display, Identifiers::invalidReason(identifier)),
            fixed.isEmpty() || fixed == u"_"
                ? QCoreApplication::translate("Strata::Validation",
                                              "use letters, digits and underscores, starting with a letter")
                : QCoreApplication::translate("Strata::Validation",
                                              "use letters, digits and underscores, starting with a letter, e.g. "
                                              "\"%1\"").arg(fixed));
    }
    const qsizetype bytes = identifier.toUtf8().size();
    if (bytes > Identifiers::MaxBytes) {
        add(Severity::Error, DiagnosticCode::IdentifierTooLong,
            QCoreApplication::translate("Strata::Validation", "%1 name \"%2\" is %3 bytes long, more than %4")
                .arg(what, display)
                .arg(bytes)
                .arg(Identifiers::MaxBytes),
            QCoreApplication::translate("Strata::Validation",
                                        "shorten it: PostgreSQL truncates longer names, so two of them can collide"));
    }
    if (Identifiers::isValid(identifier) && Identifiers::isReserved(identifier)) {
        add(Severity::Error, DiagnosticCode::ReservedWord,
            QCoreApplication::translate("Strata::Validation", "%1 name \"%2\" is a reserved SQL word")
                .arg(what, display),
            QCoreApplication::translate("Strata::Validation",
                                        "choose a name that is no SQL keyword, e.g. \"%1s\" or a longer one")
                .arg(identifier.toLower()));
    } else if (Identifiers::isValid(identifier) && !Identifiers::isSnakeCase(identifier)) {
        add(Severity::Warning, DiagnosticCode::NotSnakeCase,
            QCoreApplication::translate("Strata::Validation", "%1 name \"%2\" is not snake_case").arg(what, display),
            QCoreApplication::translate("Strata::Validation", "rename it to \"%1\"")
                .arg(Identifiers::toSnakeCase(identifier)));
    }
    return out;
}

class PackageValidator
{
public:
    PackageValidator(const PackageDefinition &package, const ProjectConfig *project)
        : m_package(package), m_project(project)
    {
    }

    Diagnostics run()
    {
        checkMetadata();
        checkTables();
        checkIndexNamesAcrossTables();
        checkMigrations();
        return std::move(m_out);
    }

private:
    void error(DiagnosticCode code, const QString &message, const SourceLocation &at, const QString &help)
    {
        m_out.append(makeError(code, message, at, help, m_package.name));
    }
    void warning(DiagnosticCode code, const QString &message, const SourceLocation &at, const QString &help)
    {
        m_out.append(makeWarning(code, message, at, help, m_package.name));
    }

    // --- package metadata --------------------------------------------------------------------

    void checkMetadata()
    {
        const SourceLocation nameAt = m_package.fields.value(u"packageName", m_package.location);
        // An absent "packageName" is reported by the loader; judge the name only when one was written
        // (or when a C++ registration gave an empty one).
        const bool nameWritten = m_package.fields.contains(u"packageName") || m_package.file.isEmpty();
        if ((nameWritten || !m_package.name.isEmpty()) && !Identifiers::isValidPackageName(m_package.name)) {
            error(DiagnosticCode::InvalidPackageName,
                  m_package.name.isEmpty()
                      ? QCoreApplication::translate("Strata::Validation", "the package name is empty")
                      : QCoreApplication::translate("Strata::Validation",
                                                    "\"%1\" is not a valid package name").arg(m_package.name),
                  nameAt,
                  QCoreApplication::translate("Strata::Validation",
                                              "use an npm package name: lower case letters, digits, \"-\", \".\" "
                                              "and \"_\", optionally scoped, e.g. \"@acme/crm\""));
        }
        if (!m_package.version.isEmpty()) {
            if (const Result<SemVersion> version = SemVersion::parse(m_package.version); !version) {
                const QString why = version.errorMessage();
                error(DiagnosticCode::InvalidVersion,
                      why.isEmpty()
                          ? QCoreApplication::translate("Strata::Validation",
                                                        "the version \"%1\" of package \"%2\" is not a semantic "
                                                        "version")
                                .arg(m_package.version, m_package.name)
                          : QCoreApplication::translate("Strata::Validation",
                                                        "the version \"%1\" of package \"%2\" is not a semantic "
                                                        "version: %3")
                                .arg(m_package.version, m_package.name, why),
                      m_package.fields.value(u"version", m_package.location),
                      QCoreApplication::translate("Strata::Validation",
                                                  "write MAJOR.MINOR.PATCH, e.g. \"1.4.0\""));
            }
        }
        for (const Dependency &dependency : m_package.dependencies) {
            if (dependency.range.isEmpty())
                continue;
            if (const Result<SemverRange> range = SemverRange::parse(dependency.range); !range) {
                const QString why = range.errorMessage();
                const QString reason = why.isEmpty() ? QString() : QStringLiteral(": ") + why;
                error(DiagnosticCode::InvalidVersionRange,
                      QCoreApplication::translate("Strata::Validation",
                                                  "the version range \"%1\" of dependency \"%2\" does not parse%3")
                          .arg(dependency.range, dependency.name, reason),
                      m_package.rangeLocation(dependency),
                      QCoreApplication::translate("Strata::Validation",
                                                  "use an npm range such as \"^1.2.0\", \">=1.0.0 <2.0.0\" or \"*\""));
            }
        }
    }

    // --- tables --------------------------------------------------------------------------------

    void checkTables()
    {
        QHash<QString, const Table *> seen;
        for (const Table &table : m_package.tables) {
            const SourceLocation nameAt = table.fields.value(u"name", table.location);
            if (const Table *first = seen.value(table.name)) {
                error(DiagnosticCode::DuplicateTable,
                      QCoreApplication::translate("Strata::Validation",
                                                  "package \"%1\" declares table \"%2\" twice (first at line %3)")
                          .arg(m_package.name, table.name)
                          .arg(first->fields.value(u"name", first->location).line),
                      nameAt,
                      QCoreApplication::translate("Strata::Validation",
                                                  "rename or remove one of the two tables"));
            } else {
                seen.insert(table.name, &table);
            }
            checkIdentifier(table.name, QCoreApplication::translate("Strata::Validation", "table"), table.name,
                            nameAt);
            checkTable(table);
        }
    }

    void checkIdentifier(const QString &identifier, const QString &what, const QString &display,
                         const SourceLocation &at)
    {
        m_out += identifierDiagnostics(identifier, what, display, at, m_package.name);
    }

    void checkTable(const Table &table)
    {
        const SourceLocation nameAt = table.fields.value(u"name", table.location);
        // Asked once per key column, index column and reference action: hashed, not searched.
        const TableLookup lookup(table);
        m_lookup = &lookup;
        m_columnNamesKnown = false;

        QHash<QString, const Column *> columns;
        for (const Column &column : table.columns) {
            if (column.generated)
                continue;
            const SourceLocation columnAt = column.fields.value(u"name", column.location);
            if (columns.contains(column.name)) {
                error(DiagnosticCode::DuplicateColumn,
                      QCoreApplication::translate("Strata::Validation", "table \"%1\" declares column \"%2\" twice")
                          .arg(table.name, column.name),
                      columnAt,
                      QCoreApplication::translate("Strata::Validation", "rename or remove one of the two columns"));
            } else {
                columns.insert(column.name, &column);
            }
            checkIdentifier(column.name, QCoreApplication::translate("Strata::Validation", "column"),
                            columnName(table, column), columnAt);
            if (table.workspaceScoped && column.name == u"workspace_id") {
                error(DiagnosticCode::WorkspaceColumnConflict,
                      QCoreApplication::translate("Strata::Validation",
                                                  "table \"%1\" is workspace-scoped and declares its own "
                                                  "\"workspace_id\" column")
                          .arg(table.name),
                      columnAt,
                      QCoreApplication::translate("Strata::Validation",
                                                  "remove the column: Strata adds \"workspace_id\" to "
                                                  "workspace-scoped tables"));
            }
            checkColumnType(table, column);
            checkDefault(table, column);
            checkReferenceActions(table, column);
        }
        checkWholeTable(table);
        m_lookup = nullptr;
    }

    // After the columns one by one: the table as a whole (columns at all, key, indexes, project rules).
    void checkWholeTable(const Table &table)
    {
        const SourceLocation nameAt = table.fields.value(u"name", table.location);

        if (table.columns.isEmpty()) {
            // No CREATE TABLE can be written for it: SQL requires at least one column.
            error(DiagnosticCode::EmptyTable,
                  QCoreApplication::translate("Strata::Validation", "table \"%1\" has no columns").arg(table.name),
                  table.fields.value(u"columns", nameAt),
                  QCoreApplication::translate("Strata::Validation",
                                              "add its columns, or remove the table"));
            return;
        }
        if (m_lookup->primaryKey().isEmpty()) {
            warning(DiagnosticCode::MissingPrimaryKey,
                    QCoreApplication::translate("Strata::Validation", "table \"%1\" has no primary key").arg(table.name),
                    nameAt,
                    QCoreApplication::translate("Strata::Validation",
                                                "mark a column \"primaryKey\": true, or list the key columns in "
                                                "\"primaryKey\""));
        }
        for (const Column &column : table.columns) {
            if (!column.generated && column.type.isSerial() && !m_lookup->inPrimaryKey(column.name)) {
                warning(DiagnosticCode::SerialNotPrimaryKey,
                        QCoreApplication::translate("Strata::Validation",
                                                    "column \"%1\" is %2 but not the primary key of its table")
                            .arg(columnName(table, column), column.type.portableName()),
                        column.fields.value(u"type", column.location),
                        QCoreApplication::translate("Strata::Validation",
                                                    "use \"integer\" or \"bigint\", or make the column the "
                                                    "primary key"));
            }
        }

        checkKeyColumns(table);
        checkIndexes(table);
        checkProjectRules(table);
    }

    // Every column a key, index or unique constraint names must exist in the effective table,
    // which has "workspace_id" when the table is workspace-scoped.
    bool hasEffectiveColumn(const Table &table, const QString &name) const
    {
        return m_lookup->column(name) || (table.workspaceScoped && name == u"workspace_id");
    }

    // The names to suggest from, worked out once per table on its first unknown column.
    const QStringList &columnNames(const Table &table)
    {
        if (!m_columnNamesKnown) {
            m_columnNames.clear();
            for (const Column &c : table.columns)
                m_columnNames.append(c.name);
            if (table.workspaceScoped && !m_lookup->column(u"workspace_id"_s))
                m_columnNames.append(QStringLiteral("workspace_id"));
            m_columnNamesKnown = true;
        }
        return m_columnNames;
    }

    void unknownColumn(const Table &table, const QString &name, const QString &where, const SourceLocation &at)
    {
        const QString close = suggest(name, columnNames(table));
        error(DiagnosticCode::UnknownColumn,
              QCoreApplication::translate("Strata::Validation", "%1 of table \"%2\" names column \"%3\", which "
                                                                "the table does not have")
                  .arg(where, table.name, name),
              at,
              close.isEmpty()
                  ? QCoreApplication::translate("Strata::Validation", "use one of the table's columns: %1")
                        .arg(columnNames(table).join(QStringLiteral(", ")))
                  : QCoreApplication::translate("Strata::Validation", "did you mean \"%1\"?").arg(close));
    }

    void checkKeyColumns(const Table &table)
    {
        for (qsizetype i = 0; i < table.primaryKey.size(); ++i) {
            const QString &name = table.primaryKey.at(i);
            if (!hasEffectiveColumn(table, name)) {
                unknownColumn(table, name, QCoreApplication::translate("Strata::Validation", "the primary key"),
                              table.fields.value(FieldPath(u"primaryKey").index(i),
                                                 table.fields.value(u"primaryKey", table.location)));
            }
        }
        for (const UniqueConstraint &unique : table.uniques) {
            for (qsizetype i = 0; i < unique.columns.size(); ++i) {
                const QString &name = unique.columns.at(i);
                if (!hasEffectiveColumn(table, name)) {
                    unknownColumn(table, name,
                                  QCoreApplication::translate("Strata::Validation", "a unique constraint"),
                                  unique.fields.value(FieldPath(u"columns").index(i), unique.location));
                }
            }
        }
    }

    void checkIndexes(const Table &table)
    {
        QHash<QString, const Index *> names;
        for (const Index &index : table.indexes) {
            if (index.generated)
                continue;
            for (qsizetype i = 0; i < index.columns.size(); ++i) {
                const QString &name = index.columns.at(i);
                if (!hasEffectiveColumn(table, name)) {
                    unknownColumn(table, name, QCoreApplication::translate("Strata::Validation", "an index"),
                                  index.fields.value(FieldPath(u"columns").index(i),
                                                     index.fields.value(u"columns", index.location)));
                }
            }
            const QString name = Identifiers::indexName(table, index);
            const SourceLocation at = index.fields.value(u"name", index.location);
            if (!index.name.isEmpty()) {
                checkIdentifier(index.name, QCoreApplication::translate("Strata::Validation", "index"), index.name,
                                at);
            } else if (name.toUtf8().size() > Identifiers::MaxBytes) {
                error(DiagnosticCode::IdentifierTooLong,
                      QCoreApplication::translate("Strata::Validation",
                                                  "the derived name \"%1\" of an index of table \"%2\" is longer "
                                                  "than %3 bytes")
                          .arg(name, table.name)
                          .arg(Identifiers::MaxBytes),
                      at,
                      QCoreApplication::translate("Strata::Validation",
                                                  "give the index a shorter \"name\"; PostgreSQL would truncate it"));
            }
            if (names.contains(name)) {
                error(DiagnosticCode::DuplicateIndex,
                      QCoreApplication::translate("Strata::Validation", "table \"%1\" has two indexes named \"%2\"")
                          .arg(table.name, name),
                      at,
                      QCoreApplication::translate("Strata::Validation",
                                                  "remove the repeated index or give it another \"name\""));
            } else {
                names.insert(name, &index);
            }
        }
    }

    // Index names are schema-wide in PostgreSQL: two tables of one package may not share one.
    void checkIndexNamesAcrossTables()
    {
        QHash<QString, QString> owner; // index name -> table
        for (const Table &table : m_package.tables) {
            QSet<QString> own; // repeats within a table were reported by checkIndexes
            for (const Index &index : table.indexes) {
                if (index.generated)
                    continue;
                const QString name = Identifiers::indexName(table, index);
                if (own.contains(name))
                    continue;
                own.insert(name);
                const auto it = owner.constFind(name);
                if (it != owner.cend() && *it != table.name) {
                    error(DiagnosticCode::DuplicateIndex,
                          QCoreApplication::translate("Strata::Validation",
                                                      "index \"%1\" of table \"%2\" has the same name as an index "
                                                      "of table \"%3\"")
                              .arg(name, table.name, *it),
                          index.fields.value(u"name", index.location),
                          QCoreApplication::translate("Strata::Validation",
                                                      "give the index another \"name\"; index names are shared by "
                                                      "the whole schema"));
                } else if (it == owner.cend()) {
                    owner.insert(name, table.name);
                }
            }
        }
    }

    // --- types ---------------------------------------------------------------------------------

    static QStringList typeBaseNames()
    {
        QStringList names;
        for (const QString &name : ColumnType::portableTypeNames()) {
            const QString base = name.section(u'(', 0, 0).trimmed().toLower();
            if (!base.isEmpty() && !names.contains(base))
                names.append(base);
        }
        return names;
    }

    void checkColumnType(const Table &table, const Column &column)
    {
        const SourceLocation typeAt = column.fields.value(u"type", column.location);
        const ColumnType &type = column.type;
        if (!type.isValid()) {
            // Without a spelling the loader already reported a missing or mistyped "type".
            if (column.typeSpelling.isEmpty())
                return;
            const QString why = ColumnType::parse(column.typeSpelling).errorMessage();
            const QString base = column.typeSpelling.section(u'(', 0, 0).trimmed().toLower();
            const QStringList known = typeBaseNames();
            if (known.contains(base)) {
                // The name is right; what is in the parentheses is not.
                error(DiagnosticCode::InvalidTypeParameter,
                      QCoreApplication::translate("Strata::Validation", "column \"%1\" has an invalid type \"%2\"%3")
                          .arg(columnName(table, column), column.typeSpelling,
                               why.isEmpty() ? QString() : QStringLiteral(": ") + why),
                      typeAt, typeParameterHelp(base));
                return;
            }
            const QString close = suggest(base, known);
            error(DiagnosticCode::UnknownType,
                  QCoreApplication::translate("Strata::Validation", "column \"%1\" has an unknown type \"%2\"")
                      .arg(columnName(table, column), column.typeSpelling),
                  typeAt,
                  close.isEmpty()
                      ? QCoreApplication::translate("Strata::Validation", "use one of the portable types: %1")
                            .arg(known.join(QStringLiteral(", ")))
                      : QCoreApplication::translate("Strata::Validation", "did you mean \"%1\"?").arg(close));
            return;
        }

        // The parser accepts any number; these are the bounds both dialects enforce.
        QString problem;
        if ((type.kind == TypeKind::Varchar || type.kind == TypeKind::Char)
            && (type.length < 1 || type.length > 10485760)) {
            problem = QCoreApplication::translate("Strata::Validation", "the length must be between 1 and 10485760");
        } else if (type.kind == TypeKind::Numeric && type.precision > 1000) {
            problem = QCoreApplication::translate("Strata::Validation", "the precision must be at most 1000");
        } else if (type.kind == TypeKind::Numeric && (type.scale < 0 || type.scale > type.precision)
                   && !(type.precision == 0 && type.scale == 0)) {
            problem = QCoreApplication::translate("Strata::Validation",
                                                  "the scale (%1) must be between 0 and the precision (%2)")
                          .arg(type.scale)
                          .arg(type.precision);
        }
        if (!problem.isEmpty()) {
            error(DiagnosticCode::InvalidTypeParameter,
                  QCoreApplication::translate("Strata::Validation", "column \"%1\" has an invalid type \"%2\": %3")
                      .arg(columnName(table, column), column.typeSpelling, problem),
                  typeAt, typeParameterHelp(type.kind == TypeKind::Numeric ? u"numeric"_s : u"varchar"_s));
        }

        if (type.kind == TypeKind::Enum && type.enumValues.isEmpty()) {
            error(DiagnosticCode::EnumWithoutValues,
                  QCoreApplication::translate("Strata::Validation", "enum column \"%1\" has no values")
                      .arg(columnName(table, column)),
                  column.fields.value(u"values", typeAt),
                  QCoreApplication::translate("Strata::Validation",
                                              "list the allowed values: \"values\": [\"draft\", \"sent\"]"));
        } else if (type.kind != TypeKind::Enum && !type.enumValues.isEmpty()) {
            warning(DiagnosticCode::ValuesOnNonEnum,
                    QCoreApplication::translate("Strata::Validation",
                                                "column \"%1\" lists \"values\" but its type is %2, not enum")
                        .arg(columnName(table, column), column.typeSpelling),
                    column.fields.value(u"values", column.location),
                    QCoreApplication::translate("Strata::Validation",
                                                "remove \"values\", or set \"type\": \"enum\""));
        }
    }

    static QString typeParameterHelp(const QString &base)
    {
        if (base == u"numeric" || base == u"decimal")
            return QCoreApplication::translate("Strata::Validation",
                                               "write numeric(precision, scale) with 1 <= precision <= 1000 and "
                                               "0 <= scale <= precision, e.g. numeric(12,2)");
        return QCoreApplication::translate("Strata::Validation",
                                           "write %1(n) with a length n of at least 1, e.g. %1(255)").arg(base);
    }

    // --- defaults ------------------------------------------------------------------------------

    void checkDefault(const Table &table, const Column &column)
    {
        const FieldPath kinds[] = {FieldPath(u"default"), FieldPath(u"defaultSql"), FieldPath(u"defaultNow")};
        int written = 0;
        for (const FieldPath &k : kinds)
            written += column.fields.contains(k) ? 1 : 0;
        if (written > 1) {
            error(DiagnosticCode::ConflictingDefaults,
                  QCoreApplication::translate("Strata::Validation",
                                              "column \"%1\" has more than one of \"default\", \"defaultSql\" and "
                                              "\"defaultNow\"")
                      .arg(columnName(table, column)),
                  laterOf(column.fields, kinds, column.location),
                  QCoreApplication::translate("Strata::Validation", "keep only one of them"));
            return;
        }

        const ColumnDefault &def = column.defaultValue;
        if (def.kind == ColumnDefault::Kind::Now) {
            if (column.type.isValid() && !column.type.isTemporal() && column.type.kind != TypeKind::DialectSpecific) {
                error(DiagnosticCode::DefaultNowOnNonTemporal,
                      QCoreApplication::translate("Strata::Validation",
                                                  "column \"%1\" is %2, so \"defaultNow\" does not apply")
                          .arg(columnName(table, column), column.type.portableName()),
                      column.fields.value(u"defaultNow", column.location),
                      QCoreApplication::translate("Strata::Validation",
                                                  "use a date, time or timestamp type, or remove \"defaultNow\""));
            }
            return;
        }
        if (def.kind != ColumnDefault::Kind::Literal || !column.type.isValid())
            return;
        const QString why = defaultLiteralProblem(column, def.literal);
        if (!why.isEmpty()) {
            error(DiagnosticCode::InvalidDefault,
                  QCoreApplication::translate("Strata::Validation", "the default of column \"%1\" (%2) %3")
                      .arg(columnName(table, column), column.typeSpelling, why),
                  column.fields.value(u"default", column.location), defaultLiteralHelp(column));
        }
    }

    // --- references ----------------------------------------------------------------------------

    void checkReferenceActions(const Table &table, const Column &column)
    {
        if (!column.references.isSet())
            return;
        static const QStringList actions{QStringLiteral("cascade"), QStringLiteral("restrict"),
                                         QStringLiteral("set null"), QStringLiteral("set default"),
                                         QStringLiteral("no action")};
        // The key names the field in messages ("onDelete"); its location is at "references.<key>".
        static const FieldPath references(u"references");
        static const std::tuple<QString, FieldPath> keys[] = {
            {QStringLiteral("onDelete"), references.key(u"onDelete")},
            {QStringLiteral("onUpdate"), references.key(u"onUpdate")},
        };
        const QString *actionOf[] = {&column.references.onDelete, &column.references.onUpdate};
        for (std::size_t i = 0; i < std::size(keys); ++i) {
            const auto &[key, path] = keys[i];
            const QString *action = actionOf[i];
            const SourceLocation at = column.fields.value(path, column.fields.value(u"references", column.location));
            const QString normalized = action->toLower().simplified();
            if (action->isEmpty())
                continue;
            if (!actions.contains(normalized)) {
                const QString close = suggest(normalized, actions);
                error(DiagnosticCode::InvalidReferenceAction,
                      QCoreApplication::translate("Strata::Validation",
                                                  "\"%1\" of column \"%2\" is \"%3\", which is not a referential "
                                                  "action")
                          .arg(key, columnName(table, column), *action),
                      at,
                      close.isEmpty()
                          ? QCoreApplication::translate("Strata::Validation", "use one of: %1")
                                .arg(actions.join(QStringLiteral(", ")))
                          : QCoreApplication::translate("Strata::Validation", "did you mean \"%1\"?").arg(close));
            } else if (normalized == u"set null"
                       && (column.notNull || m_lookup->inPrimaryKey(column.name))) {
                error(DiagnosticCode::SetNullOnNotNull,
                      QCoreApplication::translate("Strata::Validation",
                                                  "column \"%1\" cannot be null (not null or part of the primary key), "
                                                  "so \"%2\": \"set null\" would fail")
                          .arg(columnName(table, column), key),
                      at,
                      QCoreApplication::translate("Strata::Validation",
                                                  "use \"cascade\" or \"restrict\", or allow nulls in the column"));
            }
        }
    }

    // --- project rules from strata.json ----------------------------------------------------------

    void checkProjectRules(const Table &table)
    {
        if (!m_project)
            return;
        const ProjectRules &rules = m_project->rules;
        const SourceLocation nameAt = table.fields.value(u"name", table.location);
        if (!rules.tablePrefix.isEmpty() && !table.name.startsWith(rules.tablePrefix)) {
            error(DiagnosticCode::TablePrefix,
                  QCoreApplication::translate("Strata::Validation", "table \"%1\" does not start with \"%2\"")
                      .arg(table.name, rules.tablePrefix),
                  nameAt,
                  QCoreApplication::translate("Strata::Validation",
                                              "rename it to \"%1\" (strata.json: rules.tablePrefix)")
                      .arg(rules.tablePrefix + table.name));
        }
        // The workspace table itself cannot belong to a workspace.
        if (rules.requireWorkspaceScope && !table.workspaceScoped && !table.global
            && table.name != m_project->workspaceTable) {
            error(DiagnosticCode::WorkspaceScopeRequired,
                  QCoreApplication::translate("Strata::Validation",
                                              "table \"%1\" is neither workspace-scoped nor global")
                      .arg(table.name),
                  nameAt,
                  QCoreApplication::translate("Strata::Validation",
                                              "add \"workspaceScoped\": true, or \"global\": true for shared data "
                                              "(strata.json: rules.requireWorkspaceScope)"));
        }
        if (rules.requireComments) {
            if (table.comment.trimmed().isEmpty()) {
                warning(DiagnosticCode::MissingComment,
                        QCoreApplication::translate("Strata::Validation", "table \"%1\" has no comment").arg(table.name),
                        nameAt,
                        QCoreApplication::translate("Strata::Validation",
                                                    "add a \"comment\" that says what a row is "
                                                    "(strata.json: rules.requireComments)"));
            }
            for (const Column &column : table.columns) {
                if (column.generated || !column.comment.trimmed().isEmpty())
                    continue;
                warning(DiagnosticCode::MissingComment,
                        QCoreApplication::translate("Strata::Validation", "column \"%1\" has no comment")
                            .arg(columnName(table, column)),
                        column.fields.value(u"name", column.location),
                        QCoreApplication::translate("Strata::Validation",
                                                    "add a \"comment\" that says what the column holds "
                                                    "(strata.json: rules.requireComments)"));
            }
        }
    }

    // --- migrations ------------------------------------------------------------------------------

    void checkMigrations()
    {
        QHash<QString, const Migration *> byId;
        QHash<qint64, const Migration *> bySequence;
        for (const Migration &migration : m_package.migrations) {
            const SourceLocation at = migration.location.isValid() ? migration.location : m_package.location;
            if (const Migration *first = byId.value(migration.id)) {
                Q_UNUSED(first);
                error(DiagnosticCode::MigrationIdCollision,
                      QCoreApplication::translate("Strata::Validation",
                                                  "package \"%1\" has two migrations with the id \"%2\"")
                          .arg(m_package.name, migration.id),
                      at, QCoreApplication::translate("Strata::Validation", "rename one of the two migrations"));
                continue;
            }
            byId.insert(migration.id, &migration);
            const qint64 sequence = migration.sequence();
            if (sequence < 0)
                continue; // an id without a number is the migration file parser's finding
            if (const Migration *first = bySequence.value(sequence)) {
                error(DiagnosticCode::MigrationIdCollision,
                      QCoreApplication::translate("Strata::Validation",
                                                  "migrations \"%1\" and \"%2\" of package \"%3\" share the number "
                                                  "%4, so their order is ambiguous")
                          .arg(first->id, migration.id, m_package.name)
                          .arg(sequence),
                      at,
                      QCoreApplication::translate("Strata::Validation",
                                                  "give \"%1\" the next free number").arg(migration.id));
            } else {
                bySequence.insert(sequence, &migration);
            }
        }
    }

    const PackageDefinition &m_package;
    const ProjectConfig *m_project;
    Diagnostics m_out;
    // Of the table checkTable() is judging.
    const TableLookup *m_lookup = nullptr;
    QStringList m_columnNames;
    bool m_columnNamesKnown = false;
};

} // namespace

Diagnostics validateIdentifier(const QString &identifier, const QString &what, const SourceLocation &location,
                               const QString &package)
{
    return identifierDiagnostics(identifier, what, identifier, location, package);
}

Diagnostics validatePackage(const PackageDefinition &package, const ProjectConfig *project)
{
    return PackageValidator(package, project).run();
}

} // namespace Strata
