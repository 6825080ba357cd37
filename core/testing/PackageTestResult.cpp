#include <strata/testing/PackageTestResult.h>

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Strata {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Strata::PackageTest)
};

} // namespace

QString packageTestStepName(PackageTestStepKind kind)
{
    switch (kind) {
    case PackageTestStepKind::Migrate: return u"migrate"_s;
    case PackageTestStepKind::Schema: return u"schema"_s;
    case PackageTestStepKind::Rollback: return u"rollback"_s;
    case PackageTestStepKind::Reapply: return u"reapply"_s;
    case PackageTestStepKind::SchemaAgain: return u"schema-again"_s;
    case PackageTestStepKind::Fixtures: return u"fixtures"_s;
    }
    return {};
}

QString packageTestStepTitle(PackageTestStepKind kind)
{
    switch (kind) {
    case PackageTestStepKind::Migrate: return Text::tr("migrate");
    case PackageTestStepKind::Schema: return Text::tr("schema matches the declaration");
    case PackageTestStepKind::Rollback: return Text::tr("rollback");
    case PackageTestStepKind::Reapply: return Text::tr("migrate again");
    case PackageTestStepKind::SchemaAgain: return Text::tr("schema matches again");
    case PackageTestStepKind::Fixtures: return Text::tr("fixtures");
    }
    return {};
}

QString packageTestOutcomeName(PackageTestOutcome outcome)
{
    switch (outcome) {
    case PackageTestOutcome::Passed: return u"passed"_s;
    case PackageTestOutcome::Failed: return u"failed"_s;
    case PackageTestOutcome::Skipped: return u"skipped"_s;
    }
    return {};
}

bool PackageTestResult::passed() const
{
    for (const PackageTestStep &s : steps) {
        if (s.outcome == PackageTestOutcome::Failed)
            return false;
    }
    return true;
}

const PackageTestStep *PackageTestResult::step(PackageTestStepKind kind) const
{
    for (const PackageTestStep &s : steps) {
        if (s.kind == kind)
            return &s;
    }
    return nullptr;
}

bool PackageTestRun::passed() const
{
    if (cancelled || !error.isEmpty())
        return false;
    for (const PackageTestResult &package : packages) {
        if (!package.passed())
            return false;
    }
    return true;
}

} // namespace Strata
