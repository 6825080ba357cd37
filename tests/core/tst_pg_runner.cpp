// The migration runner's guarantees on a real PostgreSQL server (the bodies are in
// RunnerTestProject.h, shared with tst_runner_sqlite): every test gets a fresh database of the
// server that the ctest fixture starts.
// RunnerAdoption.h adds what a run owes a database it did not make (issue #11).

#include "RunnerAdoption.h"
#include "RunnerTestProject.h"

using namespace Strata;

class TestPgRunner : public QObject
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
    RunnerTest::Suite m_suite{DialectKind::PostgreSQL};
    RunnerTest::AdoptionSuite m_adoption{DialectKind::PostgreSQL};
};

QTEST_GUILESS_MAIN(TestPgRunner)
#include "tst_pg_runner.moc"
#include "moc_RunnerTestProject.cpp"
