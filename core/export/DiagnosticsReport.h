#pragma once

#include <strata/common/Diagnostic.h>
#include <strata/export/OrderedJson.h>

#include <QString>

namespace Strata {

// The two report forms of `strata validate` (and of every other place that prints findings):
//   FILE:LINE:COLUMN: error [CODE] MESSAGE
//     help: HELP
// with paths relative to the project root, and the JSON form
//   {"diagnostics": [{"severity", "code", "message", "file", "line", "column", "package", "help"}],
//    "errors": N, "warnings": N}
QString relativePath(const QString &file, const QString &projectRoot);
QString diagnosticToText(const Diagnostic &diagnostic, const QString &projectRoot);
QString diagnosticsToText(const Diagnostics &diagnostics, const QString &projectRoot);
// Keys in the documented order.
OrderedJson diagnosticToJson(const Diagnostic &diagnostic, const QString &projectRoot);
OrderedJson diagnosticsToJson(const Diagnostics &diagnostics, const QString &projectRoot);

} // namespace Strata
