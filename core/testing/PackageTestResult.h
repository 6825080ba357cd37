#pragma once

#include <strata/common/SourceLocation.h>

#include <QList>
#include <QString>

namespace Strata {

// What `strata test` checks of a package, in the order it checks them.
enum class PackageTestStepKind {
    Migrate,     // its dependencies' migrations and its own applied to an empty database
    Schema,      // the result equals its declared schema
    Rollback,    // its migrations rolled back: its tables gone, its dependencies' schema unchanged
    Reapply,     // its migrations applied again
    SchemaAgain, // and the result equals its declared schema again
    Fixtures,    // the rows of its fixtures (tests/*.sql) loaded and survived every later migration
};
// "migrate", "schema", "rollback", "reapply", "schema-again", "fixtures": names in JSON and JUnit.
QString packageTestStepName(PackageTestStepKind kind);
QString packageTestStepTitle(PackageTestStepKind kind); // translated, for people

enum class PackageTestOutcome { Passed, Failed, Skipped };
QString packageTestOutcomeName(PackageTestOutcome outcome); // "passed", "failed", "skipped"

// One finding of a step: translated, with where it is written (a migration's statement, a declared
// column, a fixture) when there is such a place.
struct PackageTestMessage
{
    QString text;
    SourceLocation location;

    bool operator==(const PackageTestMessage &) const = default;
};

struct PackageTestStep
{
    PackageTestStepKind kind = PackageTestStepKind::Migrate;
    PackageTestOutcome outcome = PackageTestOutcome::Passed;
    QList<PackageTestMessage> messages; // why it failed or was skipped; notes when it passed
    qint64 elapsedMs = 0;

    bool operator==(const PackageTestStep &) const = default;
};

// A package's test as a value: the CLI prints it, the workbench can show it.
struct PackageTestResult
{
    QString package;
    QList<PackageTestStep> steps;
    qint64 elapsedMs = 0;

    bool passed() const; // no step failed
    const PackageTestStep *step(PackageTestStepKind kind) const;
};

struct PackageTestRun
{
    QList<PackageTestResult> packages;
    bool cancelled = false;
    QString error; // translated: why nothing could be tested (no server, say)

    bool passed() const; // every package passed, nothing cancelled, no error
};

} // namespace Strata
