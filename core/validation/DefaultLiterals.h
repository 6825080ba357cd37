#pragma once

#include <QString>

class QJsonValue;

namespace Strata {

struct Column;

// Why `value` cannot be the "default" of `column` (a phrase such as "is not a boolean", to follow
// the column's name), or an empty string when it fits the column's type.
QString defaultLiteralProblem(const Column &column, const QJsonValue &value);
// One line that says how to write a default for `column`'s type.
QString defaultLiteralHelp(const Column &column);

} // namespace Strata
