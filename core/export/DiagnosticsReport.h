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
// The form compilers print and IDEs and CI annotate: "FILE:LINE:COLUMN: error: [CODE] MESSAGE" with the
// file's absolute path, then the help line. For findings printed by a build (strata check-package).
QString diagnosticToBuildText(const Diagnostic &diagnostic);
// Keys in the documented order.
OrderedJson diagnosticToJson(const Diagnostic &diagnostic, const QString &projectRoot);
OrderedJson diagnosticsToJson(const Diagnostics &diagnostics, const QString &projectRoot);

} // namespace Strata
