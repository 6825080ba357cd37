#pragma once

// The project the HTML documentation is tested on (tests/core/tst_htmldocs, and the browser test's
// site written by tests/web/write_docs_site): a copy of examples/ plus one package whose comments
// try to break out of the page. Comments are text: the pages must show them as written.

#include "TestSupport.h"

#include <QDir>

namespace Strata::Test {

inline constexpr const char *ScriptBreakout = "</script><script>alert(1)</script>";
inline constexpr const char *AttributeBreakout = "\"><img src=x onerror=alert(1)>";
inline constexpr const char *HostileTable = "hostile_notes";

// Copies examples/ (SQLite) below `root` and adds packages/hostile; returns the project's folder.
inline QString writeDocsTestProject(const QString &root)
{
    const QString project = copyExamples(root);
    if (project.isEmpty())
        return {};
    const QByteArray database = R"json({
  "packageName": "@acme/hostile",
  "version": "0.0.1",
  "dependencies": { "@acme/crm": "^1.0.0" },
  "tables": [
    {
      "name": "hostile_notes",
      "workspaceScoped": true,
      "comment": "</script><script>alert(1)</script>",
      "columns": [
        { "name": "id", "type": "bigserial", "primaryKey": true },
        { "name": "company_id", "type": "bigint", "references": { "table": "companies" },
          "comment": "\"><img src=x onerror=alert(1)>" },
        { "name": "body", "type": "text", "comment": "</script><script>alert(1)</script> & \"><img src=x onerror=alert(1)>" }
      ]
    }
  ]
}
)json";
    if (!writeFile(QDir(project).filePath(QStringLiteral("packages/hostile/database.json")), database))
        return {};
    return project;
}

} // namespace Strata::Test
