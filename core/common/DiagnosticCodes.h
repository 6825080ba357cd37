#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace Strata {

enum class Severity { Error, Warning };

// Every diagnostic code Strata reports, one enumerator each, so that a call site names a code the
// compiler knows rather than a string a typo turns into a new code. The strings themselves (what
// output, --skip, strata.json's "validation.disable" and scripts key on) are in the catalog below and
// documented in docs/validation.md (tests/core/tst_diagnosticcodes holds the two to each other).
enum class DiagnosticCode {
    // Package rules (core/validation/PackageRules.cpp)
    InvalidIdentifier,
    IdentifierTooLong,
    ReservedWord,
    NotSnakeCase,
    DuplicateTable,
    DuplicateColumn,
    DuplicateIndex,
    EmptyTable,
    MissingPrimaryKey,
    SerialNotPrimaryKey,
    UnknownColumn,
    UnknownType,
    InvalidTypeParameter,
    EnumWithoutValues,
    ValuesOnNonEnum,
    InvalidDefault,
    ConflictingDefaults,
    DefaultNowOnNonTemporal,
    InvalidReferenceAction,
    SetNullOnNotNull,
    WorkspaceColumnConflict,
    TablePrefix,
    WorkspaceScopeRequired,
    MissingComment,
    MigrationIdCollision,
    InvalidPackageName,
    InvalidVersion,
    InvalidVersionRange,
    // Project rules (core/registry/ProjectRules.cpp, MigrationGraph.cpp)
    DuplicatePackage,
    DuplicateIndexName,
    MissingDependency,
    DependencyCycle,
    VersionConflict,
    UnknownReferenceTable,
    UnknownReferenceColumn,
    ReferenceNotUnique,
    ReferenceTypeMismatch,
    ReferenceNotDependency,
    ReferenceNoPrimaryKey,
    WorkspaceTableMissing,
    WorkspaceUnreachable,
    MigrationRequiresUnknown,
    MigrationRequiresNotDependency,
    MigrationCycle,
    // Loading (core/loading, core/common/Diagnostic.cpp)
    JsonSyntax,
    WrongType,
    MissingKey,
    UnknownKey,
    FindingsOmitted,
    DuplicateKey,
    InvalidValue,
    UnknownRuleCode,
    FileUnreadable,
    FileTooLarge,
    FolderUnreadable,
    MigrationsFolderMissing,
    // Package plugins (core/registration/PluginLoader.cpp)
    PluginFolderMissing,
    PluginNotLoadable,
    PluginWrongInterface,
    PluginMetadataMismatch,
    // Migration files (core/loading/MigrationFile*.cpp)
    InvalidMigrationName,
    MigrationMissingUp,
    MigrationDuplicateSection,
    MigrationSqlBeforeUp,
    MigrationUnknownDirective,
    MigrationMalformedRequires,
    MigrationEmptyUp,
    SqlSyntax,
    MigrationEncoding,
    MigrationUnreadable,
    MigrationTooLarge,
    MigrationMalformedForeignKeys,
    MigrationForeignKeysIgnored,
    MigrationForeignKeysNoTransaction,
    // The declared schema against what the migrations produce (core/diff/RenameHints.cpp)
    RenameSettled,
    // Running migrations (the workbench's run dialog, ui/migrations/RunDialog.cpp)
    MigrationFailed,
    // Testing packages in the workbench (ui/testing/PackageTestRunner.cpp, core/testing)
    PackageTestFailed,
};

// A code's usual severity. `Either` for a code whose severity depends on the case (findings-omitted
// is an error when any finding it stands for is one).
enum class DefaultSeverity { Error, Warning, Either };

struct DiagnosticCodeInfo
{
    DiagnosticCode code;
    std::string_view name;    // kebab-case, as in output; stable
    DefaultSeverity severity;
    std::string_view summary; // one line, English; docs/validation.md says more
};

namespace Detail {

using enum DiagnosticCode;
constexpr DefaultSeverity E = DefaultSeverity::Error;
constexpr DefaultSeverity W = DefaultSeverity::Warning;

// In the order of the enumerators (checked below), so that a code's entry is found by its value.
inline constexpr std::array DiagnosticCodeTable{
    DiagnosticCodeInfo{InvalidIdentifier, "invalid-identifier", E, "a name is not a valid SQL identifier"},
    DiagnosticCodeInfo{IdentifierTooLong, "identifier-too-long", E, "a name is longer than 63 bytes"},
    DiagnosticCodeInfo{ReservedWord, "reserved-word", E, "a name is a reserved SQL word"},
    DiagnosticCodeInfo{NotSnakeCase, "not-snake-case", W, "a name is not snake_case"},
    DiagnosticCodeInfo{DuplicateTable, "duplicate-table", E, "two tables have the same name"},
    DiagnosticCodeInfo{DuplicateColumn, "duplicate-column", E, "a table declares two columns of the same name"},
    DiagnosticCodeInfo{DuplicateIndex, "duplicate-index", E, "two indexes of a package have the same name"},
    DiagnosticCodeInfo{EmptyTable, "empty-table", E, "a table has no columns"},
    DiagnosticCodeInfo{MissingPrimaryKey, "missing-primary-key", W, "a table has no primary key"},
    DiagnosticCodeInfo{SerialNotPrimaryKey, "serial-not-primary-key", W, "a serial column is not the primary key"},
    DiagnosticCodeInfo{UnknownColumn, "unknown-column", E, "a key, index or unique constraint names no column of the table"},
    DiagnosticCodeInfo{UnknownType, "unknown-type", E, "a column's type is not a portable type"},
    DiagnosticCodeInfo{InvalidTypeParameter, "invalid-type-parameter", E, "a type's parameters are invalid"},
    DiagnosticCodeInfo{EnumWithoutValues, "enum-without-values", E, "an enum column has no values"},
    DiagnosticCodeInfo{ValuesOnNonEnum, "values-on-non-enum", W, "a column that is not an enum lists values"},
    DiagnosticCodeInfo{InvalidDefault, "invalid-default", E, "a default does not fit the column's type"},
    DiagnosticCodeInfo{ConflictingDefaults, "conflicting-defaults", E, "a column has more than one default"},
    DiagnosticCodeInfo{DefaultNowOnNonTemporal, "default-now-on-non-temporal", E, "defaultNow on a column that is no date or time"},
    DiagnosticCodeInfo{InvalidReferenceAction, "invalid-reference-action", E, "onDelete or onUpdate is no referential action"},
    DiagnosticCodeInfo{SetNullOnNotNull, "set-null-on-not-null", E, "set null on a column that cannot be null"},
    DiagnosticCodeInfo{WorkspaceColumnConflict, "workspace-column-conflict", E, "a workspace-scoped table declares workspace_id"},
    DiagnosticCodeInfo{TablePrefix, "table-prefix", E, "a table name lacks the project's prefix"},
    DiagnosticCodeInfo{WorkspaceScopeRequired, "workspace-scope-required", E, "a table is neither workspace-scoped nor global"},
    DiagnosticCodeInfo{MissingComment, "missing-comment", W, "a table or column has no comment"},
    DiagnosticCodeInfo{MigrationIdCollision, "migration-id-collision", E, "two migrations share an id or a number"},
    DiagnosticCodeInfo{InvalidPackageName, "invalid-package-name", E, "the package name is not a valid npm name"},
    DiagnosticCodeInfo{InvalidVersion, "invalid-version", E, "the version is not a semantic version"},
    DiagnosticCodeInfo{InvalidVersionRange, "invalid-version-range", E, "a dependency's range does not parse"},
    DiagnosticCodeInfo{DuplicatePackage, "duplicate-package", E, "two folders declare the same package"},
    DiagnosticCodeInfo{DuplicateIndexName, "duplicate-index-name", E, "indexes of two packages have the same name"},
    DiagnosticCodeInfo{MissingDependency, "missing-dependency", E, "a dependency names no package of the project"},
    DiagnosticCodeInfo{DependencyCycle, "dependency-cycle", E, "packages depend on each other in a cycle"},
    DiagnosticCodeInfo{VersionConflict, "version-conflict", E, "a dependency's range excludes the package's version"},
    DiagnosticCodeInfo{UnknownReferenceTable, "unknown-reference-table", E, "a reference names no table of the project"},
    DiagnosticCodeInfo{UnknownReferenceColumn, "unknown-reference-column", E, "a reference names no column of its table"},
    DiagnosticCodeInfo{ReferenceNotUnique, "reference-not-unique", E, "a referenced column is neither key nor unique"},
    DiagnosticCodeInfo{ReferenceTypeMismatch, "reference-type-mismatch", E, "a column's type cannot reference its target's"},
    DiagnosticCodeInfo{ReferenceNotDependency, "reference-not-dependency", E, "a reference reaches a package that is no dependency"},
    DiagnosticCodeInfo{ReferenceNoPrimaryKey, "reference-no-primary-key", E, "a reference without a column targets no single-column key"},
    DiagnosticCodeInfo{WorkspaceTableMissing, "workspace-table-missing", E, "no package declares the workspace table"},
    DiagnosticCodeInfo{WorkspaceUnreachable, "workspace-unreachable", E, "a scoped table's package does not reach the workspace table"},
    DiagnosticCodeInfo{MigrationRequiresUnknown, "migration-requires-unknown", E, "a migration requires an unknown migration"},
    DiagnosticCodeInfo{MigrationRequiresNotDependency, "migration-requires-not-dependency", W, "a migration requires one of a package that is no dependency"},
    DiagnosticCodeInfo{MigrationCycle, "migration-cycle", E, "migration requirements close a cycle"},
    DiagnosticCodeInfo{JsonSyntax, "json-syntax", E, "a file is not valid JSON"},
    DiagnosticCodeInfo{WrongType, "wrong-type", E, "a value has the wrong JSON type"},
    DiagnosticCodeInfo{MissingKey, "missing-key", E, "a required key is absent"},
    DiagnosticCodeInfo{UnknownKey, "unknown-key", W, "a key the format does not know"},
    DiagnosticCodeInfo{FindingsOmitted, "findings-omitted", DefaultSeverity::Either, "more findings of one code in one file than are listed"},
    DiagnosticCodeInfo{DuplicateKey, "duplicate-key", W, "an object has the same key twice"},
    DiagnosticCodeInfo{InvalidValue, "invalid-value", E, "a value outside its set"},
    DiagnosticCodeInfo{UnknownRuleCode, "unknown-rule-code", W, "a code to skip names no rule"},
    DiagnosticCodeInfo{FileUnreadable, "file-unreadable", E, "a file cannot be read"},
    DiagnosticCodeInfo{FileTooLarge, "file-too-large", E, "a file is too large to read"},
    DiagnosticCodeInfo{FolderUnreadable, "folder-unreadable", W, "a folder of the project cannot be listed"},
    DiagnosticCodeInfo{MigrationsFolderMissing, "migrations-folder-missing", E, "the migrations folder does not exist"},
    DiagnosticCodeInfo{PluginFolderMissing, "plugin-folder-missing", E, "a folder of \"plugins\" in strata.json does not exist"},
    DiagnosticCodeInfo{PluginNotLoadable, "plugin-not-loadable", E, "a library in a plugins folder cannot be loaded"},
    DiagnosticCodeInfo{PluginWrongInterface, "plugin-wrong-interface", E, "a plugin is no Strata package plugin of this version"},
    DiagnosticCodeInfo{PluginMetadataMismatch, "plugin-metadata-mismatch", E, "a plugin's metadata disagrees with the package it registers"},
    DiagnosticCodeInfo{InvalidMigrationName, "invalid-migration-name", E, "a migration's file name does not start with a number"},
    DiagnosticCodeInfo{MigrationMissingUp, "migration-missing-up", E, "a migration has no up marker"},
    DiagnosticCodeInfo{MigrationDuplicateSection, "migration-duplicate-section", E, "a migration has two up or two down markers"},
    DiagnosticCodeInfo{MigrationSqlBeforeUp, "migration-sql-before-up", E, "SQL stands before the up marker"},
    DiagnosticCodeInfo{MigrationUnknownDirective, "migration-unknown-directive", W, "an unknown strata: directive"},
    DiagnosticCodeInfo{MigrationMalformedRequires, "migration-malformed-requires", E, "a requires line without package:id"},
    DiagnosticCodeInfo{MigrationEmptyUp, "migration-empty-up", W, "the up section holds no statement"},
    DiagnosticCodeInfo{SqlSyntax, "sql-syntax", E, "a migration's SQL has a syntax error"},
    DiagnosticCodeInfo{MigrationEncoding, "migration-encoding", E, "a migration file is not UTF-8"},
    DiagnosticCodeInfo{MigrationUnreadable, "migration-unreadable", E, "a migration file cannot be read"},
    DiagnosticCodeInfo{MigrationTooLarge, "migration-too-large", E, "a migration file is over 16 MB"},
    DiagnosticCodeInfo{MigrationMalformedForeignKeys, "migration-malformed-foreign-keys", E, "a foreign-keys line that does not say off"},
    DiagnosticCodeInfo{MigrationForeignKeysIgnored, "migration-foreign-keys-ignored", W, "foreign-keys off does nothing on PostgreSQL"},
    DiagnosticCodeInfo{MigrationForeignKeysNoTransaction, "migration-foreign-keys-no-transaction", E, "foreign-keys off in a migration without a transaction"},
    DiagnosticCodeInfo{RenameSettled, "rename-settled", W, "a renamedFrom the migrations have carried out already"},
    DiagnosticCodeInfo{MigrationFailed, "migration-failed", E, "a migration failed while it ran"},
    DiagnosticCodeInfo{PackageTestFailed, "package-test-failed", E, "a package failed a step of strata test"},
};

constexpr bool tableFollowsEnumerators()
{
    for (std::size_t i = 0; i < DiagnosticCodeTable.size(); ++i) {
        if (std::size_t(DiagnosticCodeTable[i].code) != i)
            return false;
    }
    return true;
}

constexpr bool isKebabCase(std::string_view name)
{
    if (name.empty() || name.front() == '-' || name.back() == '-')
        return false;
    for (std::size_t i = 0; i < name.size(); ++i) {
        const char c = name[i];
        if (c == '-' ? name[i - 1] == '-' : !((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
            return false;
    }
    return true;
}

constexpr bool namesAreKebabCaseAndUnique()
{
    for (std::size_t i = 0; i < DiagnosticCodeTable.size(); ++i) {
        if (!isKebabCase(DiagnosticCodeTable[i].name) || DiagnosticCodeTable[i].summary.empty())
            return false;
        for (std::size_t j = i + 1; j < DiagnosticCodeTable.size(); ++j) {
            if (DiagnosticCodeTable[i].name == DiagnosticCodeTable[j].name)
                return false;
        }
    }
    return true;
}

static_assert(DiagnosticCodeTable.size() == std::size_t(DiagnosticCode::PackageTestFailed) + 1,
              "every DiagnosticCode has one entry in DiagnosticCodeTable (PackageTestFailed is the last enumerator)");
static_assert(tableFollowsEnumerators(), "DiagnosticCodeTable lists the codes in the order of the enumerators");
static_assert(namesAreKebabCaseAndUnique(), "code names are kebab-case, unique, and have a summary");

} // namespace Detail

constexpr const DiagnosticCodeInfo &diagnosticCodeInfo(DiagnosticCode code)
{
    return Detail::DiagnosticCodeTable[std::size_t(code)];
}
constexpr std::string_view diagnosticCodeName(DiagnosticCode code) { return diagnosticCodeInfo(code).name; }
constexpr DefaultSeverity diagnosticCodeSeverity(DiagnosticCode code) { return diagnosticCodeInfo(code).severity; }
constexpr std::string_view diagnosticCodeSummary(DiagnosticCode code) { return diagnosticCodeInfo(code).summary; }

// Every code, in the order of the enumerators.
constexpr const auto &diagnosticCodes() { return Detail::DiagnosticCodeTable; }

// The code named `name` ("missing-primary-key"), or none: codes a user writes (--skip, strata.json's
// "validation.disable") are checked against it.
std::optional<DiagnosticCode> diagnosticCodeNamed(QStringView name);
// Every code's name, for did-you-mean suggestions.
QStringList diagnosticCodeNames();

// The code's name as a QString, as Diagnostic::code holds it. Shared, not built per call: a large
// project reports hundreds of thousands of findings.
QString diagnosticCodeString(DiagnosticCode code);

// Whether `severity` is one `code` is reported with (always true for DefaultSeverity::Either).
constexpr bool isDefaultSeverity(DiagnosticCode code, Severity severity)
{
    switch (diagnosticCodeSeverity(code)) {
    case DefaultSeverity::Error:
        return severity == Severity::Error;
    case DefaultSeverity::Warning:
        return severity == Severity::Warning;
    case DefaultSeverity::Either:
        return true;
    }
    return false;
}

} // namespace Strata
