#pragma once

#include <QString>
#include <QStringList>

namespace Strata {
class Registry;
}

namespace Strata::Test {

// Everything a reader of the registry can see, as lines of text, so that two registries that should
// agree (one updated in place or by a hot reload, one loaded from scratch) can be compared and a
// difference shows in the failure: every finding (code, place, message, help), every package with
// its version and dependencies, every effective table with its columns and index names, the
// migration order.
QStringList describeRegistry(const Registry &registry);

// The first line where `actual` and `expected` differ, for a failure message ("" when equal).
QString firstDifference(const QStringList &actual, const QStringList &expected);

} // namespace Strata::Test
