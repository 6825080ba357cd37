#pragma once

#include <strata/docs/Docs.h>

namespace Strata {

// The Markdown documentation of `input` (Docs.h says what it holds).
Result<DocsSite> buildMarkdownDocs(const DocsInput &input, const DocsOptions &options, const DocsProgress &progress);

} // namespace Strata
