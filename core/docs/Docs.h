#pragma once

#include <strata/common/Result.h>
#include <strata/docs/DocsInput.h>
#include <strata/docs/DocsSite.h>
#include <strata/model/DialectKind.h>

#include <QString>
#include <QStringView>

#include <functional>
#include <optional>

namespace Strata {

// The documentation a project exports (`strata docs`, File > Export Documentation): a static HTML
// site with Graphviz diagrams, or Markdown pages with Mermaid diagrams for code hosts.
enum class DocsFormat { Html, Markdown };

QString docsFormatName(DocsFormat format); // "html", "markdown"
std::optional<DocsFormat> docsFormatFromName(QStringView name);

struct DocsOptions
{
    DocsFormat format = DocsFormat::Html;
    DialectKind dialect = DialectKind::SQLite; // the column types are shown as this dialect names them
};

// Progress, called on the thread that builds the pages: `done` of `total` steps. Returning false
// cancels: buildDocs then fails with a "cancelled" message and nothing is written.
using DocsProgress = std::function<bool(qsizetype done, qsizetype total)>;

// Every file of the documentation of `input`, in memory and deterministic (the same input gives the
// same bytes); writeDocsSite() or checkDocsSite() (DocsSite.h) then compares it with a folder.
Result<DocsSite> buildDocs(const DocsInput &input, const DocsOptions &options, const DocsProgress &progress = {});

} // namespace Strata
