#pragma once

#include <strata/testing/ScratchDatabase.h>
#include <strata/sql/SchemaComparison.h>

#include <QAnyStringView>
#include <QList>

namespace Strata::Testing {

// How the scratch database differs from the declared schema of `package` and of the packages it
// depends on (diff/'s comparison of a live database with the declaration); empty when they match.
// A catalog that cannot be read is one difference saying so.
QList<SchemaDifference> schemaDifferences(ScratchDatabase &database, QAnyStringView package);

// Reports each difference as a test failure (QTest::qFail) at `file` and `line`; true when none.
bool compareSchema(ScratchDatabase &database, QAnyStringView package, const char *file, int line);

} // namespace Strata::Testing

// In a Qt Test function: fails the test at this line with every difference between the database
// and the declared schema, and returns from the function, as QCOMPARE does.
#define STRATA_COMPARE_SCHEMA(database, package)                                                            \
    do {                                                                                                   \
        if (!Strata::Testing::compareSchema(database, package, __FILE__, __LINE__))                         \
            return;                                                                                        \
    } while (false)
