// The migration runner's guarantees on real SQLite files (the bodies are in RunnerTestProject.h,
// shared with tst_pg_runner): atomic migrations, modified and missing files, dry runs,
// no-transaction migrations, cross-package order and targets, rollback, cancel, C++ migrations.
// RunnerAdoption.h adds what a run owes a database it did not make (issue #11).

#include "RunnerAdoption.h"
#include "RunnerTestProject.h"

using namespace Strata;

class TestRunnerSqlite : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void failureAtEveryStatement_data() { RunnerTest::Suite::failureAtEveryStatement_data(); }
    void failureAtEveryStatement() { m_suite.failureAtEveryStatement(); }
    void modifiedAndMissing() { m_suite.modifiedAndMissing(); }
    void dryRun() { m_suite.dryRun(); }
    void noTransaction_data() { RunnerTest::Suite::noTransaction_data(); }
    void noTransaction() { m_suite.noTransaction(); }
    void crossPackageOrder() { m_suite.crossPackageOrder(); }
    void rollback() { m_suite.rollback(); }
    void rollbackWithoutDown() { m_suite.rollbackWithoutDown(); }
    void rollbackRefusedForDependent_data() { RunnerTest::Suite::rollbackRefusedForDependent_data(); }
    void rollbackRefusedForDependent() { m_suite.rollbackRefusedForDependent(); }
    void cancel() { m_suite.cancel(); }
    void cancelRightAfterStart() { m_suite.cancelRightAfterStart(); }
    void failingCallable_data() { RunnerTest::Suite::failingCallable_data(); }
    void failingCallable() { m_suite.failingCallable(); }
    void failedRunLeavesNoHistoryTable_data() { RunnerTest::AdoptionSuite::failedRunLeavesNoHistoryTable_data(); }
    void failedRunLeavesNoHistoryTable() { m_adoption.failedRunLeavesNoHistoryTable(); }
    void alreadyExists_data() { RunnerTest::AdoptionSuite::alreadyExists_data(); }
    void alreadyExists() { m_adoption.alreadyExists(); }

private:
    RunnerTest::Suite m_suite{DialectKind::SQLite};
    RunnerTest::AdoptionSuite m_adoption{DialectKind::SQLite};
};

QTEST_GUILESS_MAIN(TestRunnerSqlite)
#include "tst_runner_sqlite.moc"
#include "moc_RunnerTestProject.cpp"
